"""PLOVER gold-standard records: the kit's event type, actor and target at each record's marked event words.

    python benchmarks/plover.py [--records PATH] [--errors PATH] [--model NAME]

Reads ../shared/eval/external/plover-gsr/gsr-dev.json (108 records, the development third of the PLOVER GSR;
`--records` scores any file of the same format: a JSON list of records, one sentence each; the original
file's trailing commas and JSON lines are read too). Each sentence is
read as a report published on 2000-01-01; see helpers/evaluation/scoring/plover.py for the rule. Prints the
share of records typed right, with the right source and with the right target, how many records had no kit
event at the marked words, a confusion of gold against kit types, and last a JSON line; writes the misses to a
CSV (default build/plover_errors.csv).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from helpers.evaluation.formats.plover import read_plover_records  # noqa: E402
from helpers.evaluation.scoring.plover import PloverScore, score_plover  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.nlp import load_model  # noqa: E402
from helpers.paths import ROOT  # noqa: E402

DEFAULT_RECORDS = ROOT.parent / "shared" / "eval" / "external" / "plover-gsr" / "gsr-dev.json"
DEFAULT_ERRORS = ROOT / "build" / "plover_errors.csv"
ERROR_COLUMNS = ["id", "missed", "gold_type", "kit_type", "trigger", "gold_words", "gold_source", "kit_actor",
                 "gold_target", "kit_target", "kit_place", "text"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS, help="a PLOVER GSR file (JSON list)")
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS, help="the records missed, CSV")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    arguments = parser.parse_args(argv)
    try:
        records = read_plover_records(arguments.records)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (ValueError, KeyError, TypeError) as error:
        print(f"error: {arguments.records} is not a PLOVER GSR file (a JSON list of records): {error}",
              file=sys.stderr)
        return 1
    started = time.perf_counter()
    score = score_plover(records, load_model(arguments.model))
    seconds = time.perf_counter() - started
    print(f"PLOVER records: {arguments.records} ({score.records} records, {seconds:.1f} s)")
    print(f"type   {100 * score.type_share:6.1f}%  ({score.typed_right}/{score.records})")
    print(f"source {100 * score.source_share:6.1f}%  ({score.source_right}/{score.with_source} records with a source)")
    print(f"target {100 * score.target_share:6.1f}%  ({score.target_right}/{score.with_target} records with a target)")
    print(f"no kit event at the marked words: {score.no_event} records")
    print()
    print(confusion_table(score).to_string())
    write_csv(pd.DataFrame(score.errors, columns=ERROR_COLUMNS), arguments.errors)
    print(f"\nerrors -> {arguments.errors}")
    print(json.dumps(score.as_dict() | {"seconds": round(seconds, 1)}))
    return 0


def confusion_table(score: PloverScore) -> pd.DataFrame:
    """Gold types (rows) against the kit's types at the trigger (columns: "" untyped, "-" no event there)."""
    rows = [{"gold": gold, "kit": kit or '""', "records": count} for (gold, kit), count in score.confusion.items()]
    table = pd.DataFrame(rows, columns=["gold", "kit", "records"])
    return table.pivot_table(index="gold", columns="kit", values="records", aggfunc="sum", fill_value=0)


if __name__ == "__main__":
    sys.exit(main())
