"""The whole chain in one call: reports in, tables out (what the command line and notebooks call)."""
from __future__ import annotations

import re
import sys
import warnings
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
from tqdm import TqdmWarning

with warnings.catch_warnings():
    # without ipywidgets tqdm.auto falls back to text bars, warning on stderr with a local path in it
    warnings.simplefilter("ignore", TqdmWarning)
    from tqdm.auto import tqdm

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
class Tables:
    """Every table the kit produces for a set of reports (see docs/tables.md)."""

    articles: pd.DataFrame
    removed: pd.DataFrame
    entities: pd.DataFrame
    timexes: pd.DataFrame
    events: pd.DataFrame
    timeline: pd.DataFrame
    rejected: pd.DataFrame


def analyse(articles: list[Article], *, model: str | None = None, progress: bool = True,
            max_chars: int | None = None) -> Tables:
    """Parse each article once and derive entities, time expressions, events and the timeline.

    An article longer than `max_chars` (default PIECE_CHARS, never more than the model's
    `max_length`) is parsed in pieces cut at paragraph breaks (else sentence ends, else white
    space); every offset is shifted back, so `text[start:end]` holds in every table.

    An article whose analysis fails (a defect in a stage, met on some odd text) is left out of
    every table and listed in `rejected` with the error: one report never stops a run.
    """
    nlp = load_model(model)
    limit = max(1, min(max_chars or PIECE_CHARS, nlp.max_length))
    analysed, failed, entities, timexes, events = [], [], [], [], []
    pieces = ((article.body[start:end], (index, start)) for index, article in enumerate(articles)
              for start, end in cut_points(article.body, limit=limit))
    parsed = nlp.pipe(pieces, batch_size=16, as_tuples=True)
    for article, article_pieces in tqdm(zip(articles, per_article(parsed, len(articles))), total=len(articles),
                                        desc="reports", unit="report", disable=not progress, file=sys.stderr):
        try:
            found = analyse_pieces(article, article_pieces)
        except Exception as problem:  # noqa: BLE001 - reported as a refusal, with the error
            where = "" if article.row is None else f"line {article.row}: "
            failed.append(Rejected(article.path, f"{where}analysis failed ({type(problem).__name__}: {problem})"))
            continue
        analysed.append(article)
        for table, frame in zip((entities, timexes, events), found):
            table.append(frame)
    articles_frame = articles_table(analysed)
    events_frame = concat(events, events_table([]))
    return Tables(
        articles=articles_frame, removed=removed_table(analysed),
        entities=concat(entities, entities_table(nlp.make_doc(""), article_id="")),
        timexes=concat(timexes, timexes_table([], article_id="")), events=events_frame,
        timeline=build_timeline(events_frame, articles_frame), rejected=rejected_table(failed),
    )


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
        progress: bool = True, max_chars: int | None = None) -> Tables:
    """Read reports from files and folders, analyse them, and write the tables to `out` if given."""
    articles, rejected = read_reports(inputs)
    articles = unique(articles)
    tables = analyse(articles, model=model, progress=progress, max_chars=max_chars)
    tables.rejected = concat([rejected_table(rejected), tables.rejected], rejected_table([]))
    if out is not None:
        write_tables(tables, Path(out))
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
        for field in fields(tables):
            if field.name != "timeline":
                names.append(write_csv(getattr(tables, field.name), staging / f"{field.name}.csv").name)
        names.extend(path.name for path in export_timeline(tables.timeline, staging))
    return [out / name for name in names]
