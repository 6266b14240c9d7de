"""Shared fixtures: the spaCy pipeline and the seed report, each built once per test session; a small report's events."""
from __future__ import annotations

from datetime import date

import pytest

from helpers.paths import SEED


@pytest.fixture(scope="session")
def nlp():
    from helpers.nlp import load_model

    return load_model()


@pytest.fixture
def events(nlp):
    """The events table of a small report (published on Tuesday 2022-09-13 unless told), indexed by trigger."""
    from helpers.events import events_of, events_table
    from helpers.timex import timexes_of

    def extract(text: str, published: date | None = date(2022, 9, 13)):
        doc = nlp(text)
        found = events_of(doc, timexes_of(doc, published=published), article_id="a", published=published)
        return events_table(found).set_index("trigger")
    return extract


@pytest.fixture(scope="session")
def seed_article():
    from helpers.reading import read_reports

    articles, rejected = read_reports([SEED])
    assert not rejected
    return articles[0]


@pytest.fixture(scope="session")
def seed_tables(seed_article):
    from helpers.pipeline import analyse

    return analyse([seed_article], progress=False)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Command-line runs started by the tests keep their report cache in a temporary folder,
    not in the user's ~/.cache/newsline (subprocesses inherit the variable)."""
    import os

    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous
