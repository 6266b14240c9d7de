"""Choosing what a notebook shows: one example report, and a collection (subfolder) to focus on."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from helpers.paths import SEED
from helpers.reading import Article


def example_article(articles: list[Article], *, name: str | None = None) -> Article:
    """The report named `name` (a file name), else the seed report, else the earliest report."""
    for wanted in (name, SEED.name):
        for article in articles:
            if wanted and Path(article.path).name == wanted:
                return article
    if not articles:
        raise ValueError("no reports to choose an example from")
    return min(articles, key=lambda a: (a.published is None, a.published or "", a.path))


def collection_of(path: str, root: Path) -> str:
    """The subfolder of `root` a report sits in ("war", "wikinews"), or "" at the top."""
    try:
        parts = Path(path).resolve().relative_to(Path(root).resolve()).parts
    except ValueError:
        return ""
    return parts[0] if len(parts) > 1 else ""


def focus(articles: pd.DataFrame, root: Path, collection: str | None) -> tuple[str, list[str]]:
    """Ids of the reports in one collection, and its name; every report when it has none.

    The example report of the kit (the seed) belongs with the war updates it was written with.
    """
    folders = articles["path"].map(lambda path: collection_of(path, root))
    chosen = folders == collection
    if collection and chosen.any():
        chosen |= articles["path"].map(lambda path: Path(path).name == SEED.name)
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
