"""The whole chain in one call: reports in, tables out (what the command line and notebooks call)."""
from __future__ import annotations

import multiprocessing
import re
import sys
import time
import warnings
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import spacy
from tqdm import TqdmWarning

with warnings.catch_warnings():
    # without ipywidgets tqdm.auto falls back to text bars, warning on stderr with a local path in it
    warnings.simplefilter("ignore", TqdmWarning)
    from tqdm.auto import tqdm

from helpers.cache import Cache, article_key, code_version, model_version
from helpers.entities import entities_table, load_model
from helpers.events import events_of, events_table
from helpers.io import staged_folder, write_csv
from helpers.reading import (Article, Rejected, articles_table, read_reports, rejected_table, removed_table,
                             with_notes)
from helpers.timeline import build_timeline, export_timeline
from helpers.timex import timexes_of, timexes_table

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
    #: how much the run did (not a table: never written, never compared)
    counts: Counts | None = field(default=None, repr=False, compare=False)


def analyse(articles: list[Article], *, model: str | None = None, progress: bool = True,
            max_chars: int | None = None, cache: str | Path | None = None, workers: int = 1,
            counts: Counts | None = None) -> Tables:
    """Parse each article once and derive entities, time expressions, events and the timeline.

    An article longer than `max_chars` (default PIECE_CHARS, never more than the model's
    `max_length`) is parsed in pieces cut at paragraph breaks (else sentence ends, else white
    space); every offset is shifted back, so `text[start:end]` holds in every table.

    An article whose analysis fails (a defect in a stage, met on some odd text) is left out of
    every table and listed in `rejected` with the error: one report never stops a run.

    `cache` is a folder of analysed reports (see helpers.cache): reports found there are not
    parsed again, and the model is not even loaded when all of them are. `workers` > 1 parses
    in that many processes; the tables are the same, in the same order. `counts`, if given, is
    filled in with how many reports came from the cache and how many were analysed.
    """
    started = time.perf_counter()
    store = Cache(cache) if cache is not None else None
    keys: list[str | None] = [None] * len(articles)
    found: list = [None] * len(articles)
    if store is not None:
        version, code = model_version(model), code_version()
        for index, article in enumerate(articles):
            keys[index] = article_key(article, model=version, code=code, max_chars=max_chars or PIECE_CHARS)
            found[index] = store.get(keys[index])
    missing = [index for index, rows in enumerate(found) if rows is None]
    bar = tqdm(total=len(articles), initial=len(articles) - len(missing), desc="reports", unit="report",
               disable=not progress, file=sys.stderr)
    with bar:
        for index, rows in zip(missing, analysed_rows([articles[i] for i in missing], model=model,
                                                      max_chars=max_chars, workers=workers)):
            found[index] = rows
            if store is not None and not isinstance(rows, str):
                store.put(keys[index], rows)
            bar.update()
    analysed, failed, entities, timexes, events = [], [], [], [], []
    for article, rows in zip(articles, found):
        if isinstance(rows, str):
            where = "" if article.row is None else f"line {article.row}: "
            failed.append(Rejected(article.path, f"{where}analysis failed ({rows})"))
            continue
        analysed.append(article)
        for table, frame in zip((entities, timexes, events), rows):
            table.append(frame)
    if counts is not None:
        counts.cached, counts.processed = len(articles) - len(missing), len(missing)
        counts.seconds = time.perf_counter() - started
    articles_frame = articles_table(analysed)
    events_frame = concat(events, events_table([]))
    return Tables(
        articles=articles_frame, removed=removed_table(analysed),
        entities=concat(entities, entities_table(_blank_doc(), article_id="")),
        timexes=concat(timexes, timexes_table([], article_id="")), events=events_frame,
        timeline=build_timeline(events_frame, articles_frame), rejected=rejected_table(failed), counts=counts,
    )


@lru_cache(maxsize=1)
def _blank_doc():
    """An empty Doc, for the columns of an empty entities table without loading a model."""
    return spacy.blank("en").make_doc("")


def analysed_rows(articles: list[Article], *, model: str | None, max_chars: int | None,
                  workers: int = 1) -> Iterator:
    """For each article in order, its (entities, timexes, events) tables, or the error (a str) if
    its analysis failed. The model is loaded only if there is an article to parse."""
    if not articles:
        return
    if workers <= 1 or len(articles) < 2:
        yield from rows_of(articles, load_model(model), max_chars=max_chars)
        return
    load_model(model)  # fail here, with the helpful message, not inside a worker
    # "spawn": a forked copy of a loaded spaCy pipeline is not safe to use, and each worker
    # loads its own model once (the initializer) however many chunks it is sent.
    chunk = max(1, min(CHUNK_REPORTS, -(-len(articles) // workers)))
    chunks = [articles[i:i + chunk] for i in range(0, len(articles), chunk)]
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        for rows in pool.imap(partial(_worker_rows, max_chars=max_chars), chunks):
            yield from rows


#: Reports sent to a worker at a time: large enough to keep nlp.pipe batching, small enough to balance.
CHUNK_REPORTS = 32


_WORKER_MODEL: list = []  # the model name a worker process was started with


def _start_worker(model: str | None) -> None:
    _WORKER_MODEL[:] = [model]
    load_model(model)


def _worker_rows(articles: list[Article], *, max_chars: int | None) -> list:
    return list(rows_of(articles, load_model(_WORKER_MODEL[0]), max_chars=max_chars))


def rows_of(articles: list[Article], nlp, *, max_chars: int | None) -> Iterator:
    """Parse `articles` with `nlp` (in pieces) and yield each one's tables, or its error as a str."""
    limit = max(1, min(max_chars or PIECE_CHARS, nlp.max_length))
    pieces = ((article.body[start:end], (index, start)) for index, article in enumerate(articles)
              for start, end in cut_points(article.body, limit=limit))
    parsed = nlp.pipe(pieces, batch_size=16, as_tuples=True)
    for article, article_pieces in zip(articles, per_article(parsed, len(articles))):
        try:
            yield analyse_pieces(article, article_pieces)
        except Exception as problem:  # noqa: BLE001 - reported as a refusal, with the error
            yield f"{type(problem).__name__}: {problem}"


def analyse_pieces(article: Article, pieces: list) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Entities, time expressions and events of one article from its parsed (doc, offset) pieces,
    with offsets into the article's text."""
    entities, timexes, events = [], [], []
    for doc, offset in pieces:
        piece_times = timexes_of(doc, published=article.published)
        piece_events = events_of(doc, piece_times, article_id=article.article_id, published=article.published)
        entities.append(shifted(without_edge_space(entities_table(doc, article_id=article.article_id)), offset))
        timexes.extend(replace(t, start=t.start + offset, end=t.end + offset) for t in piece_times)
        events.extend(replace(e, start=e.start + offset, end=e.end + offset) for e in piece_events)
    if len(pieces) > 1:  # number the events of all pieces in one run, as for a whole report
        events = [replace(event, event_id=f"{article.article_id}-{number:03d}")
                  for number, event in enumerate(events, start=1)]
    return (entities[0] if len(entities) == 1 else concat(entities, entities[0]),
            timexes_table(timexes, article_id=article.article_id), events_table(events))


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


def without_edge_space(entities: pd.DataFrame) -> pd.DataFrame:
    """Entities with the white space at their edges left out.

    The model may end an entity on a white-space token: where that white space is boilerplate
    blanked out of the body (a header line), the entity's text would not be the article's
    text at its offsets. Trimmed, the span is the name alone and `text[start:end]` holds.
    """
    if entities.empty:
        return entities
    texts = entities["text"]
    leading = texts.str.len() - texts.str.lstrip().str.len()
    trailing = texts.str.len() - texts.str.rstrip().str.len()
    if not (leading.any() or trailing.any()):
        return entities
    trimmed = entities.assign(start=entities["start"] + leading, end=entities["end"] - trailing, text=texts.str.strip())
    return trimmed[trimmed["text"] != ""].reset_index(drop=True)


def shifted(frame: pd.DataFrame, offset: int) -> pd.DataFrame:
    """A table of spans found in a piece of text, with `start` and `end` counted from the article's start."""
    if not offset:
        return frame
    return frame.assign(start=frame["start"] + offset, end=frame["end"] + offset)


def concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    """Stack per-article tables; an empty run still has the right columns."""
    frames = [frame for frame in frames if not frame.empty]
    return pd.concat(frames, ignore_index=True) if frames else empty


def run(inputs: Iterable[str | Path], *, out: str | Path | None = None, model: str | None = None,
        progress: bool = True, max_chars: int | None = None, cache: str | Path | None = None,
        workers: int = 1) -> Tables:
    """Read reports from files and folders, analyse them, and write the tables to `out` if given.

    `cache` is a folder where analysed reports are kept (None: no cache; the command line
    uses `<out>/.cache`); `workers` the number of processes that parse. `tables.counts` says
    how many reports came from the cache and how many were analysed.
    """
    started = time.perf_counter()
    articles, rejected = read_reports(inputs)
    articles = unique(articles)
    counts = Counts()
    tables = analyse(articles, model=model, progress=progress, max_chars=max_chars, cache=cache,
                     workers=workers, counts=counts)
    tables.rejected = concat([rejected_table(rejected), tables.rejected], rejected_table([]))
    if out is not None:
        write_tables(tables, Path(out))
    counts.seconds = time.perf_counter() - started
    tables.counts = counts
    return tables


def unique(articles: list[Article]) -> list[Article]:
    """The same report read twice (same text) counts once: the first path read wins, and its
    `notes` name every other place the text was found."""
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.article_id)
        if first is None:
            kept[article.article_id] = article
        else:
            where = article.path if article.row is None else f"{article.path} line {article.row}"
            kept[article.article_id] = with_notes(first, f"duplicate: {where} has the same text (read once)")
    return list(kept.values())


def write_tables(tables: Tables, out: Path) -> list[Path]:
    """Write every table as CSV (and the timeline's exports) into `out`, as one set.

    The files are written into a staging folder inside `out` and then renamed over the old
    ones (see helpers.io.staged_folder): a run killed while writing leaves the previous tables
    whole, and other files in `out` (charts/, the user's own) are never touched.
    """
    out = Path(out)
    names = []
    with staged_folder(out) as staging:
        for table in fields(tables):
            if table.name not in ("timeline", "counts"):
                names.append(write_csv(getattr(tables, table.name), staging / f"{table.name}.csv").name)
        names.extend(path.name for path in export_timeline(tables.timeline, staging))
    return [out / name for name in names]
