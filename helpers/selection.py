"""Choosing what a notebook shows: one example report, and a collection (subfolder) to focus on."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from helpers.reading import Article


def example_article(articles: list[Article], *, name: str | None = None, events: pd.DataFrame | None = None) -> Article:
    """The report a chapter shows in detail: the one `name` names (its file name, article_id or title),
    else the richest report of `events` (see richness), else the earliest report."""
    if name:
        for article in articles:
            if name in (Path(article.path).name, article.article_id, article.title):
                return article
    if not articles:
        raise ValueError("no reports to choose an example from")
    score = richness(events) if events is not None else {}
    return min(articles, key=lambda a: (-score.get(a.article_id, 0), a.published is None, a.published or "", a.path,
                                        a.row or 0))


def richness(events: pd.DataFrame) -> dict[str, int]:
    """How much each report gives an analyst: per article_id, one point for each event's place, for a
    date its own sentence gives (not the publication date) and for a named source."""
    if events.empty:
        return {}
    points = ((events["place"] != "").astype(int) + (events["date_from"] != "published").astype(int)
              + (events["source"] != "").astype(int))
    return points.groupby(events["article_id"]).sum().to_dict()


def collection_of(path: str, root: Path) -> str:
    """The subfolder of `root` a report sits in ("voa", "wikinews"), or "" at the top."""
    try:
        parts = Path(path).resolve().relative_to(Path(root).resolve()).parts
    except ValueError:
        return ""
    return parts[0] if len(parts) > 1 else ""


def focus(articles: pd.DataFrame, root: Path, collection: str | None) -> tuple[str, list[str]]:
    """Ids of the reports in one collection (a subfolder of `root`), and its name; every report when
    `collection` is None or no report sits in it."""
    folders = articles["path"].map(lambda path: collection_of(path, root))
    chosen = folders == collection
    if collection and chosen.any():
        return collection, list(articles.loc[chosen, "article_id"])
    return "all reports", list(articles["article_id"])


def sample_reports(source: Path, target: Path, size: int) -> list[Path]:
    """Copy the first `size` report files under `source` (in reading order) into `target`,
    keeping their paths below `source`; return the copies. `source` is only read."""
    from helpers.reading import Rejected, iter_report_files

    source, target = Path(source), Path(target)
    passed_over: list[Rejected] = []
    copies = []
    for path in iter_report_files([source], passed_over):
        if len(copies) == size:
            break
        copy = target / (path.relative_to(source) if source.is_dir() else path.name)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies
