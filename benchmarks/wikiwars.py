"""WikiWars war histories (time expressions in narratives), scored as TempEval-3 Task A.

    python benchmarks/wikiwars.py [--errors PATH] [--model NAME] [--part tuned|check|all] [--reading auto|news|history]

The sixteen development histories of ../shared/eval/external/wikiwars-dev/gold (the other six are held out
and not here) are stripped of their TIMEX3s, annotated by the kit and scored by the same code as
benchmarks/tempeval3.py (strict, relaxed, type and value F1). The sixteen are split once, by name: every
third file (index % 3 == 2) is the CHECK part, never looked at while tuning (only its figures are printed);
the other eleven are TUNED (their errors go to the error table). The pages were retrieved on 2009-12-19, the
documents' creation time; a history's "June 10" takes the year of the story told, not that one. The kit decides
that from the text (`--reading auto`, the default); `--reading history` or `news` tells it instead.

The data is CC BY-SA and read from ../shared, never copied into the repo. The last line is JSON.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers.evaluation.scoring.tempeval import error_table, figures  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402
from tempeval3 import print_parts, run_part  # noqa: E402

WIKIWARS = ROOT.parent / "shared" / "eval" / "external" / "wikiwars-dev" / "gold"
DEFAULT_ERRORS = ROOT / "build" / "wikiwars_errors.csv"
CHECK_EVERY = 3  # file i (0-based, sorted by name) is in the check part when i % 3 == 2


def split(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(tuned, check): sorted by file name, every third file (index % 3 == 2) is the check part. Never changes."""
    ordered = sorted(paths, key=lambda p: p.name)
    return ([p for i, p in enumerate(ordered) if i % CHECK_EVERY != CHECK_EVERY - 1],
            [p for i, p in enumerate(ordered) if i % CHECK_EVERY == CHECK_EVERY - 1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS,
                        help=f"error table CSV of the tuned part (default {DEFAULT_ERRORS.relative_to(ROOT)})")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    parser.add_argument("--reading", choices=("auto", "news", "history"), default="auto",
                        help="what the kit takes the texts for (default: it decides from each text)")
    parser.add_argument("--part", choices=("tuned", "check", "all"), default="all",
                        help="which part to run (default: both, and the sixteen together)")
    arguments = parser.parse_args(argv)
    if not WIKIWARS.is_dir():
        print(f"error: the WikiWars development data is not at {WIKIWARS} (expected ../shared beside the repo, "
              "see ../shared/eval/external/wikiwars-dev/SOURCE.md)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    tuned, check = split(sorted(WIKIWARS.glob("*.tml")))
    parts = {"tuned": tuned, "check": check}
    if arguments.part != "all":
        parts = {arguments.part: parts[arguments.part]}
    print(f"WikiWars development part: {len(tuned)} tuned histories, {len(check)} check histories "
          "(check errors are never shown)")
    results, comparisons_of = {}, {}
    with tempfile.TemporaryDirectory(prefix="wikiwars-") as work:
        for part, paths in parts.items():
            comparisons_of[part], dropped = run_part(paths, Path(work) / part, model=arguments.model,
                                                     reading=arguments.reading)
            results[part] = figures(comparisons_of[part])
            if dropped:
                print(f"{part}: {dropped} system spans dropped")
    if len(results) == 2:
        results["dev"] = figures(comparisons_of["tuned"] + comparisons_of["check"])
    if "tuned" in comparisons_of:
        write_csv(error_table(comparisons_of["tuned"]), arguments.errors)
        print(f"tuned-part errors -> {arguments.errors}")
    print_parts(results, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
