"""Shared fixtures: the spaCy pipeline and the seed report, each built once per test session."""
from __future__ import annotations

import pytest

from helpers.paths import SEED


@pytest.fixture(scope="session")
def nlp():
    from helpers.entities import load_model

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
