"""MEANTIME event participants: the kit's event `actor` against gold Arg0, its `target` against gold Arg1.

    python benchmarks/meantime_participants.py [--errors PATH] [--model NAME]

Reads ../shared/eval/external/meantime-english/intra-doc_annotation/corpus_{airbus,apple}/*.xml (60 Wikinews
articles; corpus_gm and corpus_stock are held out and not on disk), runs the kit on each detokenised article and
scores the events whose trigger is a gold event mention (see helpers/evaluation/scoring/participants.py for the
matching rule: the phrase's head token inside a gold participant's span). Prints precision/recall/F1 per role,
the recall over every gold event with that role (end to end: events the kit missed count), and last a JSON
line. Scored twice: by mention (the gold participant's own words) and by entity (any mention of the
participant's entity, through MEANTIME's REFERS_TO links: "the government" for MEANTIME's "which" in "the
government, which distributes").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

from helpers.nlp import load_model  # noqa: E402
from helpers.evaluation.scoring.participants import score_participants  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402
from meantime_timex import meantime_documents  # noqa: E402

DEFAULT_ERRORS = ROOT / "build" / "meantime_participants_errors.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS, help="wrong and missed phrases, CSV")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    arguments = parser.parse_args(argv)
    try:
        paths = meantime_documents()
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    nlp = load_model(arguments.model)
    scores = score_participants(paths, nlp)
    by_entity = score_participants(paths, nlp, entity_level=True)
    seconds = time.perf_counter() - started
    first = next(iter(scores.values()))
    print(f"MEANTIME intra-doc: {len(paths)} documents, {first.gold_events} gold event mentions, "
          f"{first.matched_events} met by a kit event's trigger, {seconds:.1f} s")
    header = (f"{'role':<12} {'by':<7} {'system':>6} {'correct':>7} {'gold':>5} {'found':>5}  {'P':>6} {'R':>6} "
              f"{'F1':>6}  {'gold all':>8} {'R end-to-end':>12}")
    print(header)
    print("-" * len(header))
    for role in scores:
        name = f"{role} ({'actor' if role == 'Arg0' else 'target'})"
        for by, score in (("mention", scores[role]), ("entity", by_entity[role])):
            print(f"{name:<12} {by:<7} {score.system:>6} {score.correct:>7} {score.gold:>5} {score.found:>5}  "
                  f"{100 * score.precision:>6.2f} {100 * score.recall:>6.2f} {100 * score.f1:>6.2f}  "
                  f"{score.gold_all:>8} {100 * score.end_to_end_recall:>12.2f}")
        if scores[role].unplaced:
            print(f"  {scores[role].unplaced} {role} phrases not found in their sentence (counted wrong)")
    errors = pd.DataFrame([row for score in scores.values() for row in score.errors],
                          columns=["doc_id", "role", "kind", "trigger", "phrase", "sentence"])
    write_csv(errors, arguments.errors)
    print(f"errors -> {arguments.errors}")
    print(json.dumps({role: score.as_dict() for role, score in scores.items()}
                     | {"by_entity": {role: score.as_dict() for role, score in by_entity.items()},
                        "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
