"""Shared fixtures: the spaCy pipeline and the seed report, each built once per test session."""
from __future__ import annotations

import pytest

from helpers.paths import SEED


@pytest.fixture(scope="session")
def nlp():
    from helpers.nlp import load_model

    return load_model()


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
