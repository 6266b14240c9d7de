"""What every chapter notebook starts with: the folders its parameters name, and tables shown the kit's way."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers.paths import DATA_PROCESSED, DATA_RAW

#: How pandas shows tables in the chapters: a report's sentence or title whole, and long tables in full.
DISPLAY_OPTIONS = {"display.max_colwidth": 120, "display.max_rows": 120}


class Folders(NamedTuple):
    """Where a chapter reads reports from and writes its tables (and charts) to."""

    reports: Path
    output: Path


def setup(reports: str | Path | None, output: str | Path | None) -> Folders:
    """The folders given by a chapter's REPORTS and OUTPUT parameters (None: the bundled data/raw and
    data/processed), once pandas is set to show tables the kit's way (DISPLAY_OPTIONS) and Altair to
    show charts as Vega-Lite specs (its `mimetype` renderer): JupyterLab draws them offline and the
    rendered pages carry the scripts, where Altair's default HTML would load Vega from a CDN."""
    import altair

    for option, value in DISPLAY_OPTIONS.items():
        pd.set_option(option, value)
    altair.renderers.enable("mimetype")
    return Folders(Path(reports) if reports else DATA_RAW, Path(output) if output else DATA_PROCESSED)
