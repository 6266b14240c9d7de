"""Convert the 30 Apple Wikinews articles of the SemEval-2015 Task 4 trial data into kit `.txt` reports.

    python scripts/import_semeval_trial.py [--input TRIAL_DATA] [--output data/raw/wikinews]

Reads the CAT XML tokens (`Corpus-trial-data_task4/*.xml`) and each document's creation time
(DCT) from the TimeML file with the same DOCID (`Corpus-trial-data_task4_TimeML/*.tml`), and
writes `<doc_id>.txt` plus `ATTRIBUTION.md`. Files are written atomically and only when their
content changes, so a re-run leaves identical files untouched.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file, the script sees scripts/, not the package

from helpers.evaluation.formats.cat import (  # noqa: E402
    CatDocument,
    parse_dateline,
    parse_dct,
    read_cat,
    read_cat_creation_time,
    read_tml_dct,
    to_report_text,
)
from helpers.io import write_text_atomic  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "external" / "semeval2015-task4-timeline" / "trial_data"
DEFAULT_OUTPUT = ROOT / "data" / "raw" / "wikinews"
CAT_FOLDER = "Corpus-trial-data_task4"
TML_FOLDER = "Corpus-trial-data_task4_TimeML"

# The text names `helpers.cat.detokenize`, where the function was when these files were built (it is now in
# helpers.evaluation.formats.cat): kept as written so that a re-run leaves ATTRIBUTION.md, listed in
# data/raw/MANIFEST.sha256, unchanged.
ATTRIBUTION_HEAD = """\
# Wikinews articles (SemEval-2015 Task 4 trial data)

The {count} reports in this folder are articles from **English Wikinews**
(<https://en.wikinews.org>), published under the Creative Commons Attribution 2.5 licence
(CC BY 2.5). We took them from the trial data of **SemEval-2015 Task 4, TimeLine:
Cross-Document Event Ordering** (© 2015 FBK, VUA, EHU; CC BY 3.0; Minard et al. 2015,
"SemEval-2015 Task 4: TimeLine: Cross-Document Event Ordering", *Proceedings of the 9th
International Workshop on Semantic Evaluation*; <http://alt.qcri.org/semeval2015/task4/>).

The task distributes the articles as tokens (CAT XML), not as the original pages. These files
were rebuilt from those tokens by `scripts/import_semeval_trial.py` (detokenised with
`helpers.cat.detokenize`), so spacing and punctuation may differ from the original Wikinews
pages: one sentence per paragraph, and a few tokenisation quirks kept (`Wal - Mart`). The date
is the task's document creation time (DCT); the dateline sentence is left out because it only
repeats it. Cite the Wikinews page, not these files.

| file | date | title | original URL |
|---|---|---|---|
"""


def write_text_atomically(path: Path, text: str) -> bool:
    """Write `text` to `path` via a temporary file and os.replace; False if it already held it."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    write_text_atomic(path, text)
    return True


def find_dct_files(tml_folder: Path) -> dict[str, tuple[Path, str]]:
    """DOCID -> (TimeML file, raw DCT value), for every `.tml` in the folder."""
    found: dict[str, tuple[Path, str]] = {}
    for path in sorted(tml_folder.glob("*.tml")):
        doc_id, value = read_tml_dct(path)
        if doc_id in found:
            raise ValueError(f"DOCID {doc_id} appears in both {found[doc_id][0].name} and {path.name}")
        found[doc_id] = (path, value)
    return found


def check_document(document: CatDocument, cat_path: Path, tml_path: Path, published: date, note: str) -> list[str]:
    """What is worth telling the user about one document: odd DCT formats, names, disagreements."""
    messages = []
    if note != "ISO":
        messages.append(f"DCT read as {note}")
    if tml_path.stem != cat_path.stem:
        messages.append(f"matched by DOCID: CAT {cat_path.name} <-> TimeML {tml_path.name}")
    cat_value = read_cat_creation_time(cat_path)
    if cat_value is not None and parse_dct(cat_value)[0] != published:
        messages.append(f"CAT CREATION_TIME {cat_value} differs from the TimeML DCT {published}; TimeML used")
    dateline = parse_dateline(document.sentence_tokens(1))
    if dateline is None:
        messages.append("sentence 1 is not a dateline like 'May 7 , 2005'; it is skipped anyway")
    elif dateline != published:
        messages.append(f"dateline says {dateline}, DCT says {published}; DCT used")
    return messages


def import_trial_corpus(input_folder: Path, output_folder: Path) -> list[Path]:
    """Write one `<doc_id>.txt` report per CAT document, plus ATTRIBUTION.md; return the reports' paths."""
    cat_files = sorted((input_folder / CAT_FOLDER).glob("*.xml"))
    if not cat_files:
        raise SystemExit(f"no CAT XML files in {input_folder / CAT_FOLDER}")
    dct_files = find_dct_files(input_folder / TML_FOLDER)
    output_folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rows: list[tuple[int, str]] = []
    dct_layouts: Counter[str] = Counter()
    changed = 0
    for cat_path in cat_files:
        document = read_cat(cat_path)
        if document.doc_id not in dct_files:
            raise SystemExit(f"{cat_path.name}: no TimeML file with DOCID {document.doc_id} in {TML_FOLDER}")
        tml_path, raw_dct = dct_files[document.doc_id]
        published, note = parse_dct(raw_dct)
        dct_layouts[note.split(":")[0]] += 1
        for message in check_document(document, cat_path, tml_path, published, note):
            print(f"{document.doc_id}: {message}")
        text = to_report_text(document, published)
        path = output_folder / f"{document.doc_id}.txt"
        changed += write_text_atomically(path, text)
        written.append(path)
        title = text.splitlines()[1].removeprefix("title: ")
        row = f"| `{path.name}` | {published} | {title.replace('|', '/')} | <{document.url}> |"
        rows.append((int(document.doc_id) if document.doc_id.isdigit() else 0, row))
    table = "\n".join(row for _, row in sorted(rows))
    changed += write_text_atomically(output_folder / "ATTRIBUTION.md",
                                     ATTRIBUTION_HEAD.format(count=len(rows)) + table + "\n")
    print("DCT formats: " + ", ".join(f"{count} {layout}" for layout, count in dct_layouts.most_common()))
    print(f"{len(written)} reports in {output_folder} ({changed} file(s) written, the rest unchanged)")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT,
                        help=f"the trial_data folder (default: {DEFAULT_INPUT})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"where to write the reports (default: {DEFAULT_OUTPUT})")
    arguments = parser.parse_args(argv)
    import_trial_corpus(arguments.input, arguments.output)


if __name__ == "__main__":
    main()
