"""Command line: `python -m helpers run | render | tempeval | semeval-timeline` (`--help` on each)."""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pyarrow

from helpers.cache import default_folder
from helpers.geography import BadPlaces
from helpers.nlp import ModelNotFound
from helpers.paths import DATA_PROCESSED, DATA_RAW, NOTEBOOKS, REPORTS
from helpers.backends import BACKENDS
from helpers.pipeline import Options, process
from helpers.render import BUILD, NOTEBOOK_GLOB, find_notebooks, refresh_notebooks, render_notebooks
from helpers.reading import shown_path
from helpers.evaluation.formats.timeline import read_targets
from helpers.evaluation.systems.semeval_timeline import write_timelines
from helpers.evaluation.systems.tempeval import annotate_folder

EXIT_OK, EXIT_FAILED, EXIT_SOME_REJECTED = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """Usage errors exit 1: exit 2 means "some reports were rejected" to the tools that call us."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILED, f"{self.prog}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    parser = command_line()
    arguments = parser.parse_args(argv)
    if arguments.command == "render":
        return render(arguments)
    if arguments.command == "tempeval":
        return tempeval(arguments)
    if arguments.command == "semeval-timeline":
        return semeval_timeline(arguments)
    if arguments.scheduler and arguments.backend != "dask":
        parser.error("--scheduler needs --backend dask")
    if arguments.date_from and arguments.date_to and arguments.date_from > arguments.date_to:
        parser.error(f"--from {arguments.date_from} is after --to {arguments.date_to}")
    return run(arguments)


def command_line() -> Parser:
    """The parser of every command: run, render, tempeval and semeval-timeline."""
    parser = Parser(prog="python -m helpers", description=__doc__,
                    epilog="exit status: 0 every input read, 1 failed (bad arguments, no model), "
                           "2 some inputs rejected (the rest processed); warnings (a table or folder with "
                           "no dated report) are printed but leave the status as it is")
    commands = parser.add_subparsers(dest="command", required=True)
    add_run_command(commands)
    add_render_command(commands)
    tempeval_command = commands.add_parser("tempeval", help="write TIMEX3 tags into TempEval-3 system-input files")
    tempeval_command.add_argument("in_dir", metavar="IN_DIR", help="folder of *.tml / *.TE3input files (DCT only)")
    tempeval_command.add_argument("--out", required=True, help="folder for the annotated <name>.tml files")
    tempeval_command.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    tempeval_command.add_argument("--quiet", action="store_true", help="no progress bar")
    tempeval_command.add_argument("--reading", choices=("auto", "news", "history"), default="auto",
                                  help="news or history; auto (default) decides from each text")
    timeline_command = commands.add_parser(
        "semeval-timeline", help="write SemEval-2015 Task 4 Track A timelines, one file per target entity")
    timeline_command.add_argument("cat_dir", metavar="CAT_DIR", help="folder of the task's CAT XML documents")
    timeline_command.add_argument("targets", metavar="TARGETS_FILE", help="target entities, one a line")
    timeline_command.add_argument("--out", required=True, help="folder for the <target>.txt timelines")
    timeline_command.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    timeline_command.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def add_run_command(commands) -> None:
    run_command = commands.add_parser("run", help="read reports and write the tables")
    run_command.add_argument("inputs", nargs="+", metavar="INPUT", help="report files or folders")
    run_command.add_argument("--out", required=True, help="folder for the tables")
    run_command.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    run_command.add_argument("--quiet", action="store_true", help="no progress bar")
    run_command.add_argument("--workers", type=positive, default=1, metavar="N",
                             help="processes that parse reports, each loading the model once (default: 1)")
    run_command.add_argument("--cache", default=None, metavar="DIR",
                             help="folder of analysed reports, reused by later runs (default: ~/.cache/newsline)")
    run_command.add_argument("--no-cache", action="store_true", help="analyse every report, keep nothing")
    run_command.add_argument("--backend", choices=BACKENDS, default="local",
                             help="where reports are parsed: local processes, or a Dask cluster (default: local)")
    run_command.add_argument("--scheduler", default=None, metavar="ADDRESS",
                             help="with --backend dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 "
                                  "(default: a local cluster of --workers processes)")
    add_places_and_window(run_command)


def add_places_and_window(command) -> None:
    """--places, --from and --to: the settings `run` and `render` share (the notebooks' PLACES, SINCE, UNTIL)."""
    command.add_argument("--places", default=None, metavar="FILE",
                         help="your places: a CSV of name, canonical, kind, country, lat, lon rows that add places "
                              "to the gazetteer, correct them, or (kind none) say a name is no place (PLACES)")
    command.add_argument("--from", dest="date_from", type=day, default=None, metavar="YYYY-MM-DD",
                         help="the timeline and charts start on this day; events.csv keeps every event (SINCE)")
    command.add_argument("--to", dest="date_to", type=day, default=None, metavar="YYYY-MM-DD",
                         help="the timeline and charts end on this day, included (UNTIL)")


def add_render_command(commands) -> None:
    render_command = commands.add_parser(
        "render", help="run the numbered notebooks on the reports and tables, and write each as an offline HTML page")
    render_command.add_argument("--reports", type=Path, default=DATA_RAW,
                                help="folder of raw reports (REPORTS parameter)")
    render_command.add_argument("--out", type=Path, default=DATA_PROCESSED,
                                help="folder of the pipeline's tables (OUTPUT parameter)")
    render_command.add_argument("--html", type=Path, default=REPORTS, help="where the HTML pages go")
    render_command.add_argument("--notebooks", type=Path, default=NOTEBOOKS, help="folder of the notebooks to run")
    render_command.add_argument("--model", default=None,
                                help="spaCy model name (MODEL parameter); default: each notebook's own")
    add_places_and_window(render_command)
    render_command.add_argument("--focus", default=None, metavar="SUBFOLDER",
                                help="the subfolder of the reports the chapters look at closely (FOCUS); default: all")
    render_command.add_argument("--example", default=None, metavar="REPORT",
                                help="the report shown in detail: file name, article_id or title (EXAMPLE); "
                                     "default: the richest report")
    render_command.add_argument("--build", type=Path, default=BUILD, help="where the executed copies go")
    render_command.add_argument("--refresh", action="store_true",
                                help="instead: re-execute the committed notebooks in place (their stored outputs), "
                                     "for nbval")


def run(arguments: argparse.Namespace) -> int:
    """`python -m helpers run`: read, analyse and write the reports; exit 2 if some were rejected.

    A warning (a table or folder none of whose reports has a publication date: read, but its
    relative dates unresolved) is printed as `warning: PATH: TEXT` and written to warnings.csv,
    but leaves the exit status as it is (0 when nothing was rejected): the run did what was asked,
    and tools that call us read 2 as "some inputs were not read", which would not be true.
    """
    # pyarrow's default pool (jemalloc) keeps memory it freed for its own reuse: over a run of
    # thousands of Parquet parts, tens of MB that never go back; the system allocator returns them.
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    started = time.perf_counter()
    try:
        window = (arguments.date_from, arguments.date_to) if arguments.date_from or arguments.date_to else None
        options = Options(model=arguments.model, progress=not arguments.quiet,
                          cache=None if arguments.no_cache else (arguments.cache or default_folder()),
                          workers=arguments.workers, backend=arguments.backend, scheduler=arguments.scheduler,
                          places=arguments.places, window=window)
        summary = process(arguments.inputs, out=arguments.out, options=options)
    except (ModelNotFound, BadPlaces) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    rejected = [(shown_path(refused.path), shown_path(refused.reason)) for refused in summary.rejected]
    warned = [(shown_path(warned.path), shown_path(warned.warning)) for warned in summary.warnings]
    return finish(rejected, f"{summary.reports} reports read, {len(rejected)} rejected, {summary.cached} cached, "
                            f"{summary.processed} processed, {summary.events} events, "
                            f"{summary.timeline_rows} timeline rows", started, arguments.out, warnings=warned)


def finish(rejected: list[tuple[str, str]], summary: str, started: float, out: str, *,
           warnings: Sequence[tuple[str, str]] = ()) -> int:
    """One stderr line per refused input and per warning, the summary line, and the exit status
    (2: some refused; warnings do not change it)."""
    for path, reason in rejected:
        print(f"rejected: {path}: {reason}", file=sys.stderr)
    for path, warning in warnings:
        print(f"warning: {path}: {warning}", file=sys.stderr)
    print(f"{summary} in {time.perf_counter() - started:.1f} s -> {out}", file=sys.stderr)
    return EXIT_SOME_REJECTED if rejected else EXIT_OK


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def day(text: str) -> date:
    """An argparse type: a day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day written YYYY-MM-DD, got {text!r}") from None


def render(arguments: argparse.Namespace) -> int:
    """`python -m helpers render`: execute the notebooks on --reports/--out and write their pages to
    --html (exit 1 if one failed); with --refresh, re-execute the committed notebooks in place."""
    if arguments.refresh:
        refresh_notebooks(arguments.notebooks)
        return EXIT_OK
    if not find_notebooks(arguments.notebooks):
        print(f"no notebooks named {NOTEBOOK_GLOB} in {arguments.notebooks}: nothing to render")
        return EXIT_OK
    settings = {"PLACES": str(Path(arguments.places).resolve()) if arguments.places else None,
                "FOCUS": arguments.focus, "EXAMPLE": arguments.example,
                "SINCE": arguments.date_from and arguments.date_from.isoformat(),
                "UNTIL": arguments.date_to and arguments.date_to.isoformat()}
    summary = render_notebooks(reports=arguments.reports, out=arguments.out, html=arguments.html,
                               notebooks=arguments.notebooks, model=arguments.model, settings=settings,
                               build=arguments.build)
    print(f"{summary.line()} -> {arguments.html}")
    return EXIT_FAILED if summary.failures else EXIT_OK


def tempeval(arguments: argparse.Namespace) -> int:
    """`python -m helpers tempeval`: annotate a folder, report rejected files, exit 2 if there were any."""
    started = time.perf_counter()
    try:
        summary = annotate_folder(arguments.in_dir, arguments.out, model=arguments.model,
                                  progress=not arguments.quiet, reading=arguments.reading)
    except (ModelNotFound, ValueError, OSError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    return finish(list(summary.rejected), f"{len(summary.written)} files annotated, {len(summary.rejected)} rejected, "
                                          f"{summary.timexes} TIMEX3", started, arguments.out)


def semeval_timeline(arguments: argparse.Namespace) -> int:
    """`python -m helpers semeval-timeline`: one timeline per target; exit 2 if some documents were rejected."""
    started = time.perf_counter()
    try:
        targets = read_targets(arguments.targets)
        summary = write_timelines(arguments.cat_dir, targets, arguments.out, model=arguments.model,
                                  progress=not arguments.quiet)
    except (ModelNotFound, ValueError, OSError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    return finish(list(summary.rejected), f"{summary.documents} documents read, {len(summary.rejected)} rejected, "
                                          f"{summary.mentions} event mentions, {len(summary.written)} timelines",
                  started, arguments.out)


if __name__ == "__main__":
    sys.exit(main())
