"""TempEval-3 Task A (time expressions) on TBAQ-cleaned, tuned and held-out parts, or on two folders.

    python benchmarks/tempeval3.py [--dev] [--quick N] [--errors PATH] [--model NAME]
    python benchmarks/tempeval3.py --gold DIR --system DIR [--errors PATH]

--dev (the default) strips the gold TIMEX3s of ../shared/eval/external/tempeval3/TBAQ-cleaned/
{TimeBank,AQUAINT}/*.tml into system inputs in a temporary folder, runs `annotate_folder` on them and
scores two parts: TUNED (look at its errors, fix the time stage) and HELD-OUT (every 5th file by name,
never looked at: only its figures are printed). The data is read from ../shared and never copied into
the repo (no licence to redistribute it). The scoring itself lives in helpers/evaluation/scoring/tempeval.py.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.evaluation.formats.timeml import DroppedSpan, strip_to_input  # noqa: E402
from helpers.evaluation.scoring.tempeval import FileComparison, compare, error_table, figures, score  # noqa: E402,F401
from helpers.evaluation.systems.tempeval import annotate_folder  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402

TBAQ = ROOT.parent / "shared" / "eval" / "external" / "tempeval3" / "TBAQ-cleaned"
DEFAULT_ERRORS = ROOT / "build" / "tempeval3_errors.csv"
HELD_OUT_EVERY = 5  # file i (0-based, sorted by name) is held out when i % 5 == 4


def development_files(tbaq: Path = TBAQ) -> list[Path]:
    """The gold files of TBAQ-cleaned's TimeBank and AQUAINT folders, sorted by file name."""
    return sorted([*(tbaq / "TimeBank").glob("*.tml"), *(tbaq / "AQUAINT").glob("*.tml")], key=lambda p: p.name)


def split_development(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(tuned, held_out): sorted by file name, every 5th file (index % 5 == 4) is held out. Never changes."""
    ordered = sorted(paths, key=lambda p: p.name)
    tuned = [p for i, p in enumerate(ordered) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    held_out = [p for i, p in enumerate(ordered) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    return tuned, held_out


def run_part(gold_paths: list[Path], work: Path, *, model: str | None, reading: str = "auto"
             ) -> tuple[list[FileComparison], int]:
    """Strip the gold files to inputs, annotate them, align with gold; also how many spans were dropped."""
    inputs, system = work / "input", work / "system"
    for path in gold_paths:
        strip_to_input(path, inputs / path.name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DroppedSpan)
        summary = annotate_folder(inputs, system, model=model, progress=True, reading=reading)
    for path, reason in summary.rejected:
        print(f"rejected: {path.name}: {reason}", file=sys.stderr)
    dropped = sum(issubclass(w.category, DroppedSpan) for w in caught)
    return compare(gold_paths, system), dropped


def table(rows: dict[str, dict]) -> str:
    """The figures of each part as a fixed-width table, scores in percent."""
    width = max(9, *map(len, rows))
    header = (f"{'part':<{width}} {'files':>5} {'gold':>5} {'system':>6}  {'strict P':>8} {'R':>6} {'F1':>6}  "
              f"{'relaxed P':>9} {'R':>6} {'F1':>6}  {'type F1':>7} {'value F1':>8}")
    lines = [header, "-" * len(header)]
    for part, f in rows.items():
        lines.append(f"{part:<{width}} {f['files']:>5} {f['gold']:>5} {f['system']:>6}  "
                     f"{100 * f['strict_precision']:>8.2f} {100 * f['strict_recall']:>6.2f} {100 * f['strict_f1']:>6.2f}  "
                     f"{100 * f['relaxed_precision']:>9.2f} {100 * f['relaxed_recall']:>6.2f} "
                     f"{100 * f['relaxed_f1']:>6.2f}  {100 * f['type_f1']:>7.2f} {100 * f['value_f1']:>8.2f}")
    return "\n".join(lines)


def print_parts(results: dict[str, dict], seconds: float) -> None:
    """The parts' table, the time taken and, last, a JSON line of every part's figures (keys with "_" for "-")."""
    print(table(results))
    print(f"{seconds:.1f} s")
    print(json.dumps({part.replace("-", "_"): summary_json(result) for part, result in results.items()}
                     | {"seconds": round(seconds, 1)}))


def summary_json(f: dict) -> dict:
    """Figures for the JSON line: fractions to 4 places, problems as a count (no held-out file names)."""
    return {key: (round(value, 4) if isinstance(value, float) else value) for key, value in f.items()
            if key != "problems"} | {"problem_files": len(f["problems"])}


def development(*, quick: int | None, errors: Path, model: str | None) -> int:
    if not TBAQ.is_dir():
        print(f"error: the TempEval-3 development data is not at {TBAQ} (expected ../shared beside the repo, "
              "see ../shared/eval/external/tempeval3/SOURCE.md)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    tuned, held_out = split_development(development_files())
    if quick:
        tuned, held_out = tuned[:quick], held_out[:quick]
    print(f"TBAQ-cleaned: {len(tuned)} tuned files, {len(held_out)} held-out files "
          "(held-out names and errors are never shown)")
    results, dropped = {}, {}
    with tempfile.TemporaryDirectory(prefix="tempeval3-") as work:
        comparisons, dropped["tuned"] = run_part(tuned, Path(work) / "tuned", model=model)
        results["tuned"] = figures(comparisons)
        write_csv(error_table(comparisons), errors)
        held_comparisons, dropped["held-out"] = run_part(held_out, Path(work) / "held-out", model=model)
        results["held-out"] = figures(held_comparisons)
    seconds = time.perf_counter() - started
    print(table(results))
    for part, result in results.items():
        if result["problems"] or dropped[part]:
            print(f"{part}: {len(result['problems'])} files without usable system output, "
                  f"{dropped[part]} system spans dropped")
    print(f"tuned-part errors -> {errors}")
    print(f"{seconds:.1f} s")
    print(json.dumps({"tuned": summary_json(results["tuned"]), "held_out": summary_json(results["held-out"]),
                      "seconds": round(seconds, 1)}))
    return 0


def folders(gold: Path, system: Path, *, errors: Path | None) -> int:
    comparisons = compare(sorted(Path(gold).glob("*.tml")), system)
    result = figures(comparisons)
    print(table({"all": result}))
    for name, problem in result["problems"].items():
        print(f"{name}: {problem}")
    if errors:
        write_csv(error_table(comparisons), errors)
        print(f"errors -> {errors}")
    print(json.dumps(summary_json(result)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", action="store_true", help="score TBAQ-cleaned, tuned and held-out parts (default)")
    parser.add_argument("--gold", type=Path, help="folder of gold *.tml (with --system)")
    parser.add_argument("--system", type=Path, help="folder of system *.tml, same names as the gold files")
    parser.add_argument("--quick", type=int, default=None, metavar="N", help="only the first N files of each part")
    parser.add_argument("--errors", type=Path, default=None,
                        help=f"error table CSV (tuned part only in --dev; default {DEFAULT_ERRORS.relative_to(ROOT)})")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    arguments = parser.parse_args(argv)
    if (arguments.gold is None) != (arguments.system is None):
        parser.error("--gold and --system go together")
    if arguments.gold is not None:
        if arguments.dev:
            parser.error("--dev or --gold/--system, not both")
        return folders(arguments.gold, arguments.system, errors=arguments.errors)
    return development(quick=arguments.quick, errors=arguments.errors or DEFAULT_ERRORS, model=arguments.model)


if __name__ == "__main__":
    sys.exit(main())
