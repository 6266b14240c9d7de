"""Time expressions on MEANTIME (Wikinews, NewsReader guidelines): the time stage on other annotators' news.

    python benchmarks/meantime_timex.py [--errors PATH] [--model NAME]

Reads the 60 English MEANTIME documents in ../shared/eval/external/meantime-english/intra-doc_annotation/, makes
each readable text from its tokens (as the SemEval adapter does), runs the kit's time stage against the document's
creation time and scores it with TempEval-3's rules (helpers/evaluation/scoring/tempeval.py: strict and relaxed
span F1, type and value F1, micro-averaged). MEANTIME annotates only the first sentences of each article (the
title, the dateline and about four more): the system's expressions after the last annotated sentence are left out.
The dateline (sentence 1) is the creation time itself and is left out on both sides; so are gold TIMEX3s with no
words in the text (MEANTIME's "empty" ones). MEANTIME's annotators are not TimeBank's: read the figures as a check
that the stage holds up on other news (some rules were written from its errors since the fourth session; the
held-out TBAQ part is the untouched check), beside benchmarks/tempeval3.py, not as a TempEval-3 score. The last
line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.nlp import load_model  # noqa: E402
from helpers.evaluation.formats.cat import read_task_document  # noqa: E402
from helpers.evaluation.formats.meantime import meantime_files  # noqa: E402
from helpers.evaluation.formats.timeml import TimeMLTimex  # noqa: E402
from helpers.evaluation.scoring.tempeval import FileComparison, align, error_table, figures  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402
from helpers.timex import timexes_of  # noqa: E402

#: Where the MEANTIME benchmarks read the English documents: ../shared beside the repo (never copied into it).
MEANTIME_FOLDER = ROOT.parent / "shared" / "eval" / "external" / "meantime-english" / "intra-doc_annotation"
DEFAULT_ERRORS = ROOT / "build" / "meantime_timex_errors.csv"
DATELINE = 1  # sentence 0 is the title, 1 the dateline


def meantime_documents(folder: Path = MEANTIME_FOLDER) -> list[Path]:
    """The MEANTIME documents under `folder`; raises FileNotFoundError saying where they were looked for and where
    they are expected when there are none."""
    try:
        return meantime_files(folder)
    except FileNotFoundError as error:
        raise FileNotFoundError(f"{error} (expected ../shared beside the repo, "
                                "see ../shared/eval/external/meantime-english/SOURCE.md)") from None


def gold_timexes(path: Path, text: str, offsets: tuple, sentence_of: dict[int, int]) -> list[TimeMLTimex]:
    """The document's TIMEX3 markables that have words outside the dateline, as character spans of `text`."""
    found = []
    for markable in ET.parse(path).getroot().iter("TIMEX3"):
        anchors = sorted(int(anchor.get("t_id", "0")) for anchor in markable.iter("token_anchor"))
        if not anchors or markable.get("functionInDocument") == "CREATION_TIME" \
                or sentence_of.get(anchors[0]) == DATELINE:
            continue
        start, end = offsets[anchors[0] - 1][0], offsets[anchors[-1] - 1][1]
        found.append(TimeMLTimex(start, end, text[start:end], markable.get("type", ""), markable.get("value", ""),
                                 markable.get("m_id", "")))
    return sorted(found, key=lambda timex: timex.start)


def annotated_region(path: Path, document) -> tuple[int, list[tuple[int, int]], dict[int, int]]:
    """Where a document's annotation ends (a character offset), its dateline's token spans, and each token's
    sentence."""
    offsets = document.offsets
    sentence_of = {token.t_id: token.sentence for token in document.cat.tokens}
    dateline = [offsets[token.t_id - 1] for token in document.cat.tokens if token.sentence == DATELINE]
    markables = ET.parse(path).getroot().find("Markables")
    last = max((sentence_of[int(anchor.get("t_id", "0"))] for anchor in markables.iter("token_anchor")), default=0)
    annotated_end = max(end for (_, end), token in zip(offsets, document.cat.tokens) if token.sentence <= last)
    return annotated_end, dateline, sentence_of


def compare_document(path: Path, nlp) -> FileComparison:
    """One MEANTIME document: its gold TIMEX3s against the kit's, aligned."""
    document = read_task_document(path)
    text, offsets = document.text, document.offsets
    annotated_end, dateline, sentence_of = annotated_region(path, document)
    gold = gold_timexes(path, text, offsets, sentence_of)
    system = [TimeMLTimex(t.start, t.end, t.text, t.type, t.value, f"s{number}")
              for number, t in enumerate(timexes_of(nlp(text), published=document.published))
              if t.start < annotated_end and not any(start <= t.start < end for start, end in dateline)]
    return FileComparison(path.name, text, tuple(align(text, gold, system)), len(gold), len(system))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS, help="missed, spurious and wrong, CSV")
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    arguments = parser.parse_args(argv)
    try:
        paths = meantime_documents()
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    nlp = load_model(arguments.model)
    comparisons = [compare_document(path, nlp) for path in paths]
    result = figures(comparisons)
    write_csv(error_table(comparisons), arguments.errors)
    print(f"MEANTIME time expressions: {result['files']} documents, {result['gold']} gold, {result['system']} system")
    for name in ("strict", "relaxed"):
        print(f"  {name:<8} P {100 * result[f'{name}_precision']:6.2f}  R {100 * result[f'{name}_recall']:6.2f}  "
              f"F1 {100 * result[f'{name}_f1']:6.2f}")
    print(f"  type F1 {100 * result['type_f1']:6.2f}   value F1 {100 * result['value_f1']:6.2f}")
    print(f"errors -> {arguments.errors}")
    summary = {key: (round(value, 4) if isinstance(value, float) else value) for key, value in result.items()
               if key != "problems"}
    print(json.dumps(summary | {"seconds": round(time.perf_counter() - started, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
