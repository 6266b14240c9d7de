"""SemEval-2015 Task 4 Track A (cross-document timelines): temporal awareness of system timelines against gold.

    python benchmarks/semeval2015.py --gold DIR --system DIR [--relations]
    python benchmarks/semeval2015.py [--dev] [--baseline] [--out DIR] [--errors PATH] [--model NAME]

--gold/--system scores one folder of timelines against another (files paired by name; a gold timeline
without a system file scores zero recall). --dev (the default) runs `python -m helpers semeval-timeline`'s
pipeline on the development data in ../shared/eval/external/semeval2015-task4-timeline/ and scores it: the
trial data (Apple; targets = the entities of its 6 gold timelines) and corpus_1 (Airbus/Boeing, its target
list). Corpora 2 and 3 are held out and not on disk. --baseline adds the task's naive baseline (per target,
the root verb of each sentence naming it, anchored to the publication date). The scoring itself lives in
helpers/evaluation/scoring/timeline.py; the last line printed is JSON with the micro-averaged counts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.evaluation.formats.timeline import read_targets, read_timeline  # noqa: E402
from helpers.evaluation.scoring.timeline import TargetScore, mention_table, score_folders, total  # noqa: E402
from helpers.evaluation.systems.semeval_timeline import baseline_events, select_events, write_timelines  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402

TASK = ROOT.parent / "shared" / "eval" / "external" / "semeval2015-task4-timeline"
TRIAL = TASK / "trial_data"
CORPUS_1 = TASK / "evaluation_data" / "corpus_1"
DEFAULT_OUT = ROOT / "build" / "semeval2015"


def development_sets() -> dict[str, tuple[Path, Path, list[str]]]:
    """part -> (CAT folder, gold timelines folder, target entities)."""
    trial_gold = TRIAL / "TimeLines_trial_data_task4_v1.2"
    trial_targets = [read_timeline(path).entity for path in sorted(trial_gold.glob("*.txt"))]
    return {
        "trial": (TRIAL / "Corpus-trial-data_task4", trial_gold, trial_targets),
        "corpus_1": (CORPUS_1 / "corpus_trackA_CAT", CORPUS_1 / "TimeLines_Gold_Standard",
                     read_targets(CORPUS_1 / "list_target_entities_corpus_1.txt")),
    }


def table(scores: list[TargetScore]) -> str:
    """Per-target rows and the micro-average, scores in percent."""
    header = f"{'target':<30} {'p_num':>5} {'p_den':>5} {'r_num':>5} {'r_den':>5}  {'P':>6} {'R':>6} {'F1':>6}"
    lines = [header, "-" * len(header)]
    for score in [*scores, TargetScore("micro-average", "", total(scores))]:
        c = score.counts
        note = f"  ({score.problem})" if score.problem else ""
        lines.append(f"{score.name.removesuffix('.txt'):<30} {c.p_num:>5} {c.p_den:>5} {c.r_num:>5} {c.r_den:>5}  "
                     f"{100 * c.precision:>6.2f} {100 * c.recall:>6.2f} {100 * c.f1:>6.2f}{note}")
    return "\n".join(lines)


def folders(gold: Path, system: Path, *, endpoints: bool) -> int:
    if not gold.is_dir():
        print(f"error: no gold folder {gold}", file=sys.stderr)
        return 1
    scores = score_folders(gold, system, endpoints=endpoints)
    if not scores:
        print(f"error: no gold timelines (*.txt) in {gold}", file=sys.stderr)
        return 1
    print(table(scores))
    print(json.dumps(total(scores).as_dict()))
    return 0


def development(*, out: Path, errors: Path, model: str | None, baseline: bool, endpoints: bool) -> int:
    if not TASK.is_dir():
        print(f"error: the SemEval-2015 Task 4 data is not at {TASK} (expected ../shared beside the repo, "
              "see ../shared/eval/external/semeval2015-task4-timeline/SOURCE.md)", file=sys.stderr)
        return 1
    systems = {"system": select_events} | ({"baseline": baseline_events} if baseline else {})
    results: dict[str, dict] = {}
    error_tables = []
    for part, (cat_dir, gold_dir, targets) in development_sets().items():
        for system, select in systems.items():
            started = time.perf_counter()
            system_dir = out / system / part
            summary = write_timelines(cat_dir, targets, system_dir, model=model, select=select)
            seconds = time.perf_counter() - started
            for path, reason in summary.rejected:
                print(f"rejected: {path.name}: {reason}", file=sys.stderr)
            scores = score_folders(gold_dir, system_dir, endpoints=endpoints)
            print(f"== {part}, {system}: {summary.documents} documents, {len(targets)} targets, "
                  f"{summary.mentions} event mentions found, {seconds:.1f} s -> {system_dir}")
            print(table(scores))
            results[f"{part}/{system}"] = total(scores).as_dict() | {"seconds": round(seconds, 1)}
            if system == "system":
                error_tables.append(mention_table(gold_dir, system_dir).assign(part=part))
    import pandas as pd

    write_csv(pd.concat(error_tables, ignore_index=True), errors)
    print(f"mention-level differences -> {errors}")
    for name, result in results.items():
        print(f"{name:<20} P {100 * result['p']:6.2f}  R {100 * result['r']:6.2f}  F1 {100 * result['f1']:6.2f}  "
              f"({result['seconds']} s)")
    print(json.dumps(results["corpus_1/system"] | {"parts": results}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", action="store_true", help="run on the trial data and corpus_1 and score (default)")
    parser.add_argument("--gold", type=Path, help="folder of gold timelines (with --system)")
    parser.add_argument("--system", type=Path, help="folder of system timelines, named like the gold files")
    parser.add_argument("--baseline", action="store_true", help="with --dev: also score the naive baseline")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"with --dev: where the timelines go (default {DEFAULT_OUT.relative_to(ROOT)})")
    parser.add_argument("--errors", type=Path, default=DEFAULT_OUT / "mentions.csv",
                        help="with --dev: mention-level differences CSV")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    parser.add_argument("--relations", action="store_true",
                        help="count each relation once instead of by interval end points (SIMULTANEOUS = 2)")
    arguments = parser.parse_args(argv)
    if (arguments.gold is None) != (arguments.system is None):
        parser.error("--gold and --system go together")
    if arguments.gold is not None:
        if arguments.dev or arguments.baseline:
            parser.error("--dev/--baseline or --gold/--system, not both")
        return folders(arguments.gold, arguments.system, endpoints=not arguments.relations)
    return development(out=arguments.out, errors=arguments.errors, model=arguments.model,
                       baseline=arguments.baseline, endpoints=not arguments.relations)


if __name__ == "__main__":
    sys.exit(main())
