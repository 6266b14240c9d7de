"""MEANTIME cross-document event coreference: does the timeline make one row of the mentions that tell one event?

    python benchmarks/meantime_merges.py [--errors PATH] [--model NAME]

Reads ../shared/eval/external/meantime-english/intra_cross-doc_annotation/corpus_{airbus,apple}/*.xml (60 Wikinews
articles annotated with event instances shared across the corpus; the corpus_gm and corpus_stock parts are held
out and not on disk). Runs the kit on every article as `make run` does (events_of, then build_timeline over all
of them together), meets each kit event with the gold event mention under its trigger, and scores pairs of
mentions (helpers/evaluation/scoring/merges.py): across reports (the same event told by two articles: one
timeline row?) and within one report (told twice). A mention left off the timeline (a state, a statement with no
content, an undated event) is a row of its own. The error table lists the wrong merges and the missed ones with
both sentences. The last line is JSON.

MEANTIME is CC BY 4.0; it is read from ../shared, not copied.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from helpers.evaluation.formats.cat import read_task_document  # noqa: E402
from helpers.evaluation.formats.meantime import event_instances, meantime_files  # noqa: E402
from helpers.evaluation.scoring.merges import score_merges  # noqa: E402
from helpers.evaluation.systems.semeval_timeline import trigger_token  # noqa: E402
from helpers.events import events_of, events_table  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.nlp import load_model  # noqa: E402
from helpers.paths import ROOT  # noqa: E402
from helpers.timeline import build_timeline  # noqa: E402
from helpers.timex import timexes_of  # noqa: E402

CROSS_DOC = ROOT.parent / "shared" / "eval" / "external" / "meantime-english" / "intra_cross-doc_annotation"
DEFAULT_ERRORS = ROOT / "build" / "meantime_merges_errors.csv"


def read_corpus(paths: list[Path], nlp) -> tuple[pd.DataFrame, pd.DataFrame, dict, dict]:
    """Every article's kit events and the articles table; the gold event of each gold mention ((doc, mention) ->
    instance) and the kit event met at each gold mention ((doc, mention) -> event id)."""
    events, articles, gold, met = [], [], {}, {}
    for path in paths:
        document = read_task_document(path)
        doc_id, doc = document.doc_id, nlp(document.text)
        found = events_of(doc, timexes_of(doc, published=document.published), article_id=doc_id,
                          published=document.published)
        instances = event_instances(path)
        gold |= {(doc_id, mention): instance for mention, (_, instance) in instances.items()}
        mention_at = {token: mention for mention, (tokens, _) in instances.items() for token in tokens}
        for event in found:
            token = trigger_token(doc, event)
            index = document.token_at(token.idx) if token is not None else None
            mention = mention_at.get(document.cat.tokens[index].t_id) if index is not None else None
            if mention is not None:
                met.setdefault((doc_id, mention), event.event_id)
        events += found
        articles.append({"article_id": doc_id, "published": document.published})
    return events_table(events), pd.DataFrame(articles), gold, met


def error_rows(rows: dict, gold: dict, sentence_of: dict) -> list[dict]:
    """The pairs the kit merged that are two events, and the pairs of one event it left in two rows."""
    keys = sorted(rows)
    found = []
    for number, one in enumerate(keys):
        for other in keys[number + 1:]:
            merged, same = rows[one] == rows[other], gold[one] == gold[other]
            if merged != same:
                found.append({"kind": "wrong merge" if merged else "missed merge",
                              "across": one[0] != other[0], "first": sentence_of[one], "second": sentence_of[other]})
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS, help="wrong and missed merges, CSV")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    arguments = parser.parse_args(argv)
    try:
        paths = meantime_files(CROSS_DOC)
    except FileNotFoundError as error:
        print(f"error: {error} (expected ../shared beside the repo, see "
              "../shared/eval/external/meantime-english/SOURCE.md)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    events, articles, gold, met = read_corpus(paths, load_model(arguments.model))
    timeline = build_timeline(events, articles)
    row_of = {event_id: number for number, ids in enumerate(timeline["event_ids"]) for event_id in ids.split("; ")}
    rows = {key: row_of.get(event_id, event_id) for key, event_id in met.items()}
    scores = {"across reports": score_merges(rows, gold, across=True),
              "within a report": score_merges(rows, gold, across=False)}
    seconds = time.perf_counter() - started
    print(f"MEANTIME cross-document: {len(paths)} articles, {len(gold)} gold event mentions of shared events, "
          f"{len(met)} met by a kit event; {len(events)} kit events, {len(timeline)} timeline rows; {seconds:.1f} s")
    header = f"{'pairs':<16} {'merged':>6} {'right':>6} {'gold':>5} {'found':>5}  {'P':>6} {'R':>6} {'F1':>6}  " \
             f"{'gold all':>8} {'R end-to-end':>12}"
    print(header)
    print("-" * len(header))
    for name, score in scores.items():
        print(f"{name:<16} {score.system:>6} {score.correct:>6} {score.gold:>5} {score.found:>5}  "
              f"{100 * score.precision:>6.2f} {100 * score.recall:>6.2f} {100 * score.f1:>6.2f}  "
              f"{score.gold_all:>8} {100 * score.end_to_end_recall:>12.2f}")
    sentence_of = {key: events.loc[events["event_id"] == event_id, "sentence"].iloc[0] for key, event_id in met.items()}
    write_csv(pd.DataFrame(error_rows(rows, gold, sentence_of), columns=["kind", "across", "first", "second"]),
              arguments.errors)
    print(f"errors -> {arguments.errors}")
    print(json.dumps({name.replace(" ", "_"): score.as_dict() for name, score in scores.items()}
                     | {"articles": len(paths), "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
