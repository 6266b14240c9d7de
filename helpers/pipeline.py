"""The whole chain in one call: reports in, tables out (what the command line and notebooks call)."""
from __future__ import annotations

import re
import sys
import time
import warnings
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import pandas as pd
from tqdm import TqdmWarning

with warnings.catch_warnings():
    # without ipywidgets tqdm.auto falls back to text bars, warning on stderr with a local path in it
    warnings.simplefilter("ignore", TqdmWarning)
    from tqdm.auto import tqdm

from helpers import backends
from helpers.backends import CHUNK_REPORTS
from helpers.cache import Cache, article_key, code_version, model_version, places_version
from helpers.entities import entities_frame, entity_rows
from helpers.events import Event, events_of, events_table
from helpers.geography import UserPlace, read_places
from helpers.io import TableParts, staged_folder, write_csv
from helpers.reading import (Article, InputWarning, Rejected, articles_table, iter_report_files, iter_reports,
                             read_reports, rejected_table, removed_table, unique, unique_stream, warnings_table)
from helpers.timeline import Window, build_timeline, export_timeline, window_of, within_window
from helpers.timeline_runs import TimelineRuns
from helpers.timex import Timex, timexes_of, timexes_table

#: The longest stretch of text parsed at once (about 3,000 words: a long feature article). spaCy
#: refuses texts over `nlp.max_length` (1,000,000 characters), its parser needs about 1 GB per
#: 100,000 characters, and finding events takes time that grows with the square of a text's
#: length; so longer reports are parsed in pieces cut between paragraphs, their offsets shifted back.
#: What is lost at a cut: a relative time ("the previous day") or a source ("the official") in
#: the first paragraphs of a piece cannot refer back to the piece before.
PIECE_CHARS = 20_000
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+")
# Where a piece may end, best first: after a blank line, a sentence, a line, any white space.
CUTS = (PARAGRAPH_BREAK, SENTENCE_BREAK, re.compile(r"\n"), re.compile(r"\s"))


@dataclass
class Counts:
    """How much a run did: reports taken from the cache, reports analysed, and the time it took."""

    cached: int = 0
    processed: int = 0
    seconds: float = 0.0


@dataclass
class Tables:
    """Every table the kit produces for a set of reports (see docs/tables.md)."""

    articles: pd.DataFrame
    removed: pd.DataFrame
    entities: pd.DataFrame
    timexes: pd.DataFrame
    events: pd.DataFrame
    timeline: pd.DataFrame
    rejected: pd.DataFrame
    #: inputs read but probably read wrong: a table or folder with no dated report (see helpers.reading)
    warnings: pd.DataFrame = field(default_factory=lambda: warnings_table([]))
    #: how much the run did (not a table: never written, never compared)
    counts: Counts | None = field(default=None, repr=False, compare=False)
    #: the reports the tables were made from, as read (text, removed boilerplate), in the order of `articles`;
    #: not a table either: what a notebook shows a report with
    reports: list[Article] = field(default_factory=list, repr=False, compare=False)


@dataclass(frozen=True)
class Options:
    """How reports are analysed, one set of choices for `run`, `process` and `analyse`.

    `model`: a spaCy model name or path (None: en_core_web_sm, see helpers.nlp). `progress`: a
    progress bar on stderr. `max_chars`: the longest stretch of text parsed at once (None:
    PIECE_CHARS). `cache`: a folder of analysed reports, reused by later runs (None: no cache;
    see helpers.cache). `workers`: processes that parse, on `backend` "local" or "dask";
    `scheduler`: with "dask", the address of a running cluster (see helpers.backends).
    `places`: a user's places file (a CSV read by helpers.geography.read_places): names it adds to
    the gazetteer or corrects, or says are no place; part of the cache key. `window`: (start, end),
    the days the timeline shows, both included, either None for an open end (see
    helpers.timeline.within_window): only the timeline is cut; every other table keeps every row.
    A window is checked and made a helpers.timeline.Window when the Options are made (ValueError
    for an unreadable day); (None, None) is no window.
    """

    model: str | None = None
    progress: bool = True
    max_chars: int | None = None
    cache: str | Path | None = None
    workers: int = 1
    backend: str = "local"
    scheduler: str | None = None
    places: str | Path | None = None
    window: Window | tuple | None = None

    def __post_init__(self) -> None:
        if self.window is not None:
            if not isinstance(self.window, (tuple, list)) or len(self.window) != 2:
                raise ValueError(f"a window is (start, end), not {self.window!r}")
            window = window_of(*self.window)
            object.__setattr__(self, "window", None if window == Window() else window)


def options_of(options: Options | None, settings: dict) -> Options:
    """`options` (default: Options()) with the fields named in `settings` replaced, so a caller can
    pass `model="..."` alone; a name that is not a field of Options raises TypeError."""
    return replace(options or Options(), **settings)


def analyse(articles: list[Article], *, options: Options | None = None, counts: Counts | None = None,
            **settings) -> Tables:
    """Parse each article once and derive entities, time expressions, events and the timeline.

    How is said by `options` or by its fields given as keywords (`progress=False`, see Options).
    An article longer than `max_chars` (default PIECE_CHARS, never more than the model's
    `max_length`) is parsed in pieces cut at paragraph breaks (else sentence ends, else white
    space); every offset is shifted back, so `text[start:end]` holds in every table.

    An article whose analysis fails (a defect in a stage, met on some odd text) is left out of
    every table and listed in `rejected` with the error: one report never stops a run.

    `cache` is a folder of analysed reports (see helpers.cache): reports found there are not
    parsed again, and the model is not even loaded when all of them are. `workers` > 1 parses
    in that many processes (`backend="dask"`: on a Dask cluster, see helpers.backends); the
    tables are the same, in the same order. `counts`, if given, is filled in with how many
    reports came from the cache and how many were analysed.
    """
    options = options_of(options, settings)
    started = time.perf_counter()
    counts = counts if counts is not None else Counts()
    analysed, failed = [], []
    stream = analysed_stream(articles, options, counts=counts)
    for article, found in with_progress(stream, total=len(articles), shown=options.progress):
        if isinstance(found, str):
            failed.append(analysis_failed(article, found))
        else:
            analysed.append((article, found))
    counts.seconds = time.perf_counter() - started
    reports = [article for article, _ in analysed]
    articles_frame = articles_table(reports)
    entities, timexes, events = tables_of(analysed)
    timeline = within_window(build_timeline(events, articles_frame), *(options.window or ())).reset_index(drop=True)
    return Tables(
        articles=articles_frame, removed=removed_table(reports), entities=entities,
        timexes=timexes, events=events, timeline=timeline,
        rejected=rejected_table(failed), counts=counts, reports=reports,
    )


def with_progress(items: Iterable, *, total: int, shown: bool) -> Iterator:
    """`items` as they come, counted on a bar of reports on stderr when `shown`; the bar grows
    past `total` where a CSV or JSONL file holds many reports."""
    with tqdm(total=total, desc="reports", unit="report", disable=not shown, file=sys.stderr) as bar:
        for item in items:
            if bar.n >= bar.total:
                bar.total = bar.n + 1
            bar.update()
            yield item


def analysis_failed(article: Article, error: str) -> Rejected:
    where = "" if article.row is None else f"line {article.row}: "
    return Rejected(article.path, f"{where}analysis failed ({error})")


def analysed_stream(articles: Iterable[Article], options: Options, *,
                    counts: Counts) -> Iterator[tuple[Article, object]]:
    """Each article with its (entities, timexes, events) tables, or the error (a str) that
    stopped its analysis, in the order given; taken from `options.cache` where it is there, else
    parsed (chunks of CHUNK_REPORTS articles, a few in flight at a time) and put there.

    `articles` may be a generator: it is read as the work goes, never all at once. The model
    is loaded only when an article needs parsing. `counts` is kept up to date as results come.
    The user's places file (`options.places`) is read at once: a bad one raises
    helpers.geography.BadPlaces before any article is read.
    """
    places = read_places(options.places) if options.places is not None else ()
    return analysed_with(articles, options, places, counts=counts)


def analysed_with(articles: Iterable[Article], options: Options, places: tuple[UserPlace, ...], *,
                  counts: Counts) -> Iterator[tuple[Article, object]]:
    """analysed_stream, the user's places read (their rows go to the model and into the cache key)."""
    store = Cache(options.cache) if options.cache is not None else None
    version = model_version(options.model) if store is not None else ""
    code = code_version() if store is not None else ""
    key_of = partial(article_key, model=version, code=code, max_chars=options.max_chars or PIECE_CHARS,
                     places=places_version(places))

    def groups() -> Iterator[tuple[list, list | None]]:
        """(articles, their cached rows) for a cache hit, (articles, None) for a chunk to parse."""
        missing: list = []
        for article in articles:
            rows = store.get(key_of(article)) if store is not None else None
            if rows is None:
                missing.append(article)
                if len(missing) == CHUNK_REPORTS:
                    yield missing, None
                    missing = []
                continue
            if missing:  # keep the order: the chunk before the hit goes first
                yield missing, None
                missing = []
            yield [article], [Found(*rows)]
        if missing:
            yield missing, None

    with backends.backend(options.backend, workers=options.workers, scheduler=options.scheduler,
                          model=options.model, places=places, max_chars=options.max_chars,
                          rows_of=rows_of) as engine:
        def submit(group):
            chunk, rows = group
            return chunk, rows, None if rows is not None else engine.submit(chunk)

        def result(handle):
            chunk, rows, job = handle
            if rows is not None:
                counts.cached += len(chunk)
                return chunk, rows
            rows = engine.result(job)
            counts.processed += len(chunk)
            if store is not None:
                for article, article_rows in zip(chunk, rows):
                    if not isinstance(article_rows, str):  # a failure is tried again next time
                        store.put(key_of(article), article_rows)
            return chunk, rows

        for chunk, rows in backends.in_order(groups(), submit, result, window=engine.window):
            yield from zip(chunk, rows)


def rows_of(articles: list[Article], nlp, *, max_chars: int | None) -> Iterator:
    """Parse `articles` with `nlp` (in pieces) and yield each one's tables, or its error as a str."""
    limit = max(1, min(max_chars or PIECE_CHARS, nlp.max_length))

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, article in enumerate(articles):
            body = article.body
            for start, end in cut_points(body, limit=limit):
                yield body[start:end], (index, start)

    parsed = nlp.pipe(pieces(), batch_size=16, as_tuples=True)
    for article, article_pieces in zip(articles, per_article(parsed, len(articles))):
        try:
            yield analyse_pieces(article, article_pieces)
        except Exception as problem:  # noqa: BLE001 - reported as a refusal, with the error
            yield f"{type(problem).__name__}: {problem}"


class Found(NamedTuple):
    """What the analysis of one article found, as plain records: tables are made from them a
    batch of articles at a time (one DataFrame per article cost more than the stages did)."""

    entities: list[dict]
    timexes: list[Timex]
    events: list[Event]


def analyse_pieces(article: Article, pieces: list) -> Found:
    """Entities, time expressions and events of one article from its parsed (doc, offset) pieces,
    with offsets into the article's text."""
    entities, timexes, events = [], [], []
    for doc, offset in pieces:
        piece_times = timexes_of(doc, published=article.published)
        piece_events = events_of(doc, piece_times, article_id=article.article_id, published=article.published)
        entities.extend(shifted(without_edge_space(entity_rows(doc, article_id=article.article_id)), offset))
        timexes.extend(replace(t, start=t.start + offset, end=t.end + offset) for t in piece_times)
        events.extend(replace(e, start=e.start + offset, end=e.end + offset) for e in piece_events)
    if len(pieces) > 1:  # number the events of all pieces in one run, as for a whole report
        events = [replace(event, event_id=f"{article.article_id}-{number:03d}")
                  for number, event in enumerate(events, start=1)]
    return Found(entities, timexes, events)


def tables_of(analysed: list[tuple[Article, Found]]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The entities, timexes and events tables of several analysed articles, in their order."""
    entities = entities_frame([row for _, found in analysed for row in found.entities])
    timexes = timexes_table([timex for _, found in analysed for timex in found.timexes], article_id="")
    if len(timexes):
        timexes["article_id"] = [article.article_id for article, found in analysed for _ in found.timexes]
    return entities, timexes, events_table([event for _, found in analysed for event in found.events])


def cut_points(text: str, *, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, none longer than `limit`, covering all of it.

    Each cut falls after a paragraph break when one lies in the second half of the window, else
    after a sentence end, else after a line end or a space, else (one unbroken word) at `limit`.
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in CUTS:
            ends = [match.end() for match in pattern.finditer(window) if match.end() < len(window)]
            later = [end for end in ends if end >= limit // 2]
            if later:
                cut = later[-1]
                break
        if not cut:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def per_article(parsed: Iterator, n_articles: int) -> Iterator[list]:
    """Group the (doc, (article index, offset)) stream of nlp.pipe back into one list per article."""
    group: list = []
    current = 0
    for doc, (index, offset) in parsed:
        while index > current:
            yield group
            group, current = [], current + 1
        group.append((doc, offset))
    while current < n_articles:
        yield group
        group, current = [], current + 1


def without_edge_space(entities: list[dict]) -> list[dict]:
    """Entity records with the white space at their edges left out.

    The model may end an entity on a white-space token: where that white space is boilerplate
    blanked out of the body (a header line), the entity's text would not be the article's
    text at its offsets. Trimmed, the span is the name alone and `text[start:end]` holds.
    """
    trimmed = []
    for entity in entities:
        text = entity["text"]
        name = text.strip()
        if name == text:
            trimmed.append(entity)
        elif name:
            leading = len(text) - len(text.lstrip())
            trimmed.append({**entity, "start": entity["start"] + leading,
                            "end": entity["end"] - (len(text) - len(text.rstrip())), "text": name})
    return trimmed


def shifted(entities: list[dict], offset: int) -> list[dict]:
    """Entity records found in a piece of text, with `start` and `end` counted from the article's start."""
    if not offset:
        return entities
    return [{**entity, "start": entity["start"] + offset, "end": entity["end"] + offset} for entity in entities]


def concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    """Stack per-article tables; an empty run still has the right columns."""
    frames = [frame for frame in frames if not frame.empty]
    return pd.concat(frames, ignore_index=True) if frames else empty


def run(inputs: Iterable[str | Path], *, out: str | Path | None = None, options: Options | None = None,
        **settings) -> Tables:
    """Read reports from files and folders, analyse them, and write the tables to `out` if given.

    Every table is held in memory (what notebooks want); for more reports than that, see
    `process`, which writes the same files a batch at a time. How the reports are analysed is
    said by `options`, or by its fields given as keywords: `model`, `progress`, `max_chars`,
    `cache` (a folder where analysed reports are kept; None: no cache), `workers` (processes
    that parse) on `backend` "local" or "dask", `scheduler` (see Options and helpers.backends),
    `places` (a user's places file), `window` (the days the timeline shows).
    `tables.counts` says how many reports came from the cache and how many were analysed.

    `tables.warnings` lists each table or folder none of whose reports has a publication date
    (their relative dates stay unresolved). Nothing is printed: the command line prints them,
    and a notebook shows the table if it wants to.
    """
    options = options_of(options, settings)
    started = time.perf_counter()
    rejected: list[Rejected] = []
    read_warnings: list[InputWarning] = []
    articles = list(iter_reports(inputs, rejected, read_warnings))
    counts = Counts()
    tables = analyse(unique(articles), options=options, counts=counts)
    tables.rejected = concat([rejected_table(rejected), tables.rejected], rejected_table([]))
    tables.warnings = warnings_table(read_warnings)
    if out is not None:
        write_tables(tables, Path(out))
    counts.seconds = time.perf_counter() - started
    tables.counts = counts
    return tables


#: Tables written by a run, in this order; the timeline adds timeline.parquet and timeline.json.
TABLES = ("articles", "removed", "entities", "timexes", "events", "rejected", "warnings")


def write_tables(tables: Tables, out: Path) -> list[Path]:
    """Write every table as CSV and Parquet (and the timeline's exports) into `out`, as one set.

    The files are written into a staging folder inside `out` and then renamed over the old
    ones (see helpers.io.staged_folder): a run killed while writing leaves the previous tables
    whole, and other files in `out` (charts/, the user's own) are never touched.
    """
    out = Path(out)
    with staged_folder(out) as staging:
        parts = TableParts(staging)
        for name in TABLES:
            parts.add(name, getattr(tables, name))
        exports = export_timeline(tables.timeline, staging)
    return [out / f"{name}.csv" for name in TABLES] + [out / path.name for path in exports] + [out / "parquet"]


#: Reports whose tables are gathered before they are written out as one Parquet part each.
BATCH_REPORTS = 256


@dataclass
class Summary:
    """What `process` did: reports read and refused, inputs warned about, cache hits, events and
    timeline rows written."""

    out: Path
    reports: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    cached: int = 0
    processed: int = 0
    events: int = 0
    timeline_rows: int = 0
    seconds: float = 0.0


def process(inputs: Iterable[str | Path], *, out: str | Path, options: Options | None = None,
            batch_reports: int = BATCH_REPORTS, **settings) -> Summary:
    """`run` for any number of reports: read, analyse and write them as they go, in bounded memory.

    Reports are read one file at a time and written out `batch_reports` at a time: the CSVs
    grow by appending and each batch is a Parquet part (`out/parquet/<table>/part-NNNNN.parquet`).
    The files are those `run(..., out=out)` writes, row for row; `options` (or its fields given
    as keywords) as for `run`. What stays in memory until the end: each report's id, date and
    duplicate notes, the refused inputs and warnings, and one day's events while the timeline is
    merged (see helpers.timeline.TimelineRuns).
    """
    options = options_of(options, settings)
    started = time.perf_counter()
    summary = Summary(out=Path(out))
    read_rejected: list[Rejected] = []
    files = list(iter_report_files([inputs] if isinstance(inputs, (str, Path)) else inputs, read_rejected))
    duplicates: dict[str, list[str]] = {}
    counts = Counts()
    failed: list[Rejected] = []
    with staged_folder(summary.out) as staging:
        writer = BatchWriter(staging, batch_reports=batch_reports, window=options.window)
        reports = iter_reports(files, read_rejected, summary.warnings)
        stream = analysed_stream(unique_stream(reports, duplicates), options, counts=counts)
        for article, found in with_progress(stream, total=len(files), shown=options.progress):
            if isinstance(found, str):
                failed.append(analysis_failed(article, found))
            else:
                writer.add(article, found)
        summary.rejected = read_rejected + failed
        writer.finish(duplicates=duplicates, rejected=summary.rejected, warnings=summary.warnings)
    summary.reports, summary.events, summary.timeline_rows = len(writer.published), writer.events, writer.timeline_rows
    summary.cached, summary.processed = counts.cached, counts.processed
    summary.seconds = time.perf_counter() - started
    return summary


class BatchWriter:
    """The tables of `process`, written into a staging folder a batch of reports at a time (see
    helpers.io.TableParts), the timeline merged at the end from day-sorted runs on disk."""

    def __init__(self, staging: Path, *, batch_reports: int, window: Window | None = None):
        self.staging, self.batch_reports, self.window = staging, batch_reports, window
        self.parts = TableParts(staging)
        self.timeline = TimelineRuns(staging / ".timeline-runs")
        self.batch: list[tuple[Article, Found]] = []
        #: each report's publication date (ISO) by article_id: what the timeline needs of it
        self.published: dict[str, str | None] = {}
        self.events = self.timeline_rows = 0

    def add(self, article: Article, found: Found) -> None:
        """One analysed report; a full batch is written out (`flush`: one part of each table)."""
        self.published[article.article_id] = article.published.isoformat() if article.published else None
        self.batch.append((article, found))
        if len(self.batch) >= self.batch_reports:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        articles = [article for article, _ in self.batch]
        self.parts.add("articles", articles_table(articles))
        self.parts.add("removed", removed_table(articles))
        entities, timexes, events = tables_of(self.batch)
        for name, frame in (("entities", entities), ("timexes", timexes), ("events", events)):
            self.parts.add(name, frame)
        self.events += len(events)
        self.timeline.add(events)
        self.batch.clear()

    def finish(self, *, duplicates: dict[str, list[str]], rejected: list[Rejected],
               warnings: list[InputWarning]) -> None:
        """Write the last batch, the header of each table that got no row, the notes owed for later
        copies of a report, the refused inputs, the warnings and the timeline."""
        self.flush()
        self.parts.finish(dict(zip(("articles", "removed", "entities", "timexes", "events"),
                                   (articles_table([]), removed_table([]), *tables_of([])))))
        if duplicates:
            add_duplicate_notes(self.staging, duplicates)
        self.parts.add("rejected", rejected_table(rejected))
        self.parts.add("warnings", warnings_table(warnings))
        self.timeline_rows = self.timeline.write(self.staging, self.published, window=self.window)


def add_duplicate_notes(staging: Path, duplicates: dict[str, list[str]]) -> None:
    """Add the notes about later copies of a report to its row of articles.csv and of the
    Parquet part that holds it (both rewritten: they were written before the copy was met)."""
    rows: list[pd.DataFrame] = []
    for part in sorted((staging / "parquet" / "articles").glob("part-*.parquet")):
        frame = pd.read_parquet(part)
        owed = frame["article_id"].map(lambda article_id: "; ".join(duplicates.get(article_id, [])))
        if owed.astype(bool).any():
            notes = frame["notes"].fillna("")
            frame["notes"] = notes.where(~owed.astype(bool), (notes + "; " + owed).str.lstrip("; "))
            frame.to_parquet(part, index=False)
        rows.append(frame)
    write_csv(concat(rows, articles_table([])), staging / "articles.csv")
