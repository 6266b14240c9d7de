"""Helpers of the news-timeline kit: one module per stage, from raw report to charts."""
from __future__ import annotations

import importlib

# The package's public face, each name with the module that defines it. A name is imported on
# first use: `import helpers.paths` (and `python -m helpers --help`) stays light, and no module
# of the package waits on another half-imported one.
PUBLIC = {
    "run": "helpers.pipeline", "process": "helpers.pipeline", "analyse": "helpers.pipeline",
    "Options": "helpers.pipeline", "Tables": "helpers.pipeline", "Summary": "helpers.pipeline",
    "write_tables": "helpers.pipeline",
    "read_reports": "helpers.reading", "Article": "helpers.reading", "Rejected": "helpers.reading",
    "load_model": "helpers.nlp", "ModelNotFound": "helpers.nlp",
    "read_places": "helpers.geography", "BadPlaces": "helpers.geography",
    "entities_table": "helpers.entities",
    "Timex": "helpers.timex", "timexes_of": "helpers.timex", "timexes_table": "helpers.timex",
    "Event": "helpers.events", "events_of": "helpers.events", "events_table": "helpers.events",
    "build_timeline": "helpers.timeline", "export_timeline": "helpers.timeline",
    "within_window": "helpers.timeline",
    "highlight": "helpers.display",
}
__all__ = sorted(PUBLIC)


def __getattr__(name: str):
    if name not in PUBLIC:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(PUBLIC[name]), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(PUBLIC))
