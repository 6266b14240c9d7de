"""The whole chain in one call: reports in, tables out (what the command line and notebooks call)."""
from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable

import warnings

import pandas as pd
from tqdm import TqdmWarning

with warnings.catch_warnings():
    # without ipywidgets tqdm.auto falls back to text bars, warning on stderr with a local path in it
    warnings.simplefilter("ignore", TqdmWarning)
    from tqdm.auto import tqdm

from helpers.entities import entities_table, load_model
from helpers.events import events_of, events_table
from helpers.io import write_csv
from helpers.reading import Article, articles_table, read_reports, rejected_table, removed_table
from helpers.timeline import build_timeline, export_timeline
from helpers.timex import timexes_of, timexes_table


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


def analyse(articles: list[Article], *, model: str | None = None, progress: bool = True) -> Tables:
    """Parse each article once and derive entities, time expressions, events and the timeline."""
    nlp = load_model(model)
    entities, timexes, events = [], [], []
    bodies = (article.body for article in articles)
    parsed = nlp.pipe(bodies, batch_size=16)
    for article, doc in tqdm(zip(articles, parsed), total=len(articles), desc="reports", unit="report",
                             disable=not progress, file=sys.stderr):
        found_times = timexes_of(doc, published=article.published)
        entities.append(entities_table(doc, article_id=article.article_id))
        timexes.append(timexes_table(found_times, article_id=article.article_id))
        events.append(events_table(events_of(doc, found_times, article_id=article.article_id,
                                             published=article.published)))
    articles_frame = articles_table(articles)
    events_frame = concat(events, events_table([]))
    return Tables(
        articles=articles_frame, removed=removed_table(articles),
        entities=concat(entities, entities_table(nlp.make_doc(""), article_id="")),
        timexes=concat(timexes, timexes_table([], article_id="")), events=events_frame,
        timeline=build_timeline(events_frame, articles_frame), rejected=rejected_table([]),
    )


def concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    """Stack per-article tables; an empty run still has the right columns."""
    frames = [frame for frame in frames if not frame.empty]
    return pd.concat(frames, ignore_index=True) if frames else empty


def run(inputs: Iterable[str | Path], *, out: str | Path | None = None, model: str | None = None,
        progress: bool = True) -> Tables:
    """Read reports from files and folders, analyse them, and write the tables to `out` if given."""
    articles, rejected = read_reports(inputs)
    articles = unique(articles)
    tables = analyse(articles, model=model, progress=progress)
    tables.rejected = rejected_table(rejected)
    if out is not None:
        write_tables(tables, Path(out))
    return tables


def unique(articles: list[Article]) -> list[Article]:
    """The same report read twice (same text) counts once: the first path read wins."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            kept.append(article)
    return kept


def write_tables(tables: Tables, out: Path) -> list[Path]:
    """Write every table as CSV (and the timeline's exports), each file atomically."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for field in fields(tables):
        if field.name != "timeline":
            written.append(write_csv(getattr(tables, field.name), out / f"{field.name}.csv"))
    written.extend(export_timeline(tables.timeline, out))
    return written
