"""A chapter's setup: the folders its parameters name (the bundled ones by default), pandas set to show tables."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.notebook import DISPLAY_OPTIONS, setup
from helpers.paths import DATA_PROCESSED, DATA_RAW


@pytest.fixture
def display_options():
    """Leave pandas as it was for the tests that follow."""
    before = {option: pd.get_option(option) for option in DISPLAY_OPTIONS}
    yield
    for option, value in before.items():
        pd.set_option(option, value)


def test_no_parameters_mean_the_bundled_folders(display_options):
    reports, output = setup(None, None)
    assert (reports, output) == (DATA_RAW, DATA_PROCESSED)
    assert setup("", "").reports == DATA_RAW  # an empty parameter names no folder either


def test_parameters_name_the_users_folders(display_options, tmp_path):
    folders = setup(str(tmp_path / "my reports"), tmp_path / "my tables")
    assert folders.reports == tmp_path / "my reports" and isinstance(folders.reports, Path)
    assert folders.output == tmp_path / "my tables"


def test_pandas_shows_tables_the_kits_way(display_options):
    pd.set_option("display.max_rows", 10)
    setup(None, None)
    assert {option: pd.get_option(option) for option in DISPLAY_OPTIONS} == DISPLAY_OPTIONS
    assert DISPLAY_OPTIONS["display.max_colwidth"] >= 100
