"""A disk cache of analysed reports: one small pickle per report, keyed by its text, the model and the code."""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from helpers.geography import UserPlace
from helpers.nlp import DEFAULT_MODELS
from helpers.io import write_atomic
from helpers.paths import cache_folder
from helpers.reading import Article

#: The modules (a `name.py` file or a `name/` package) whose code decides what a report's rows are:
#: a change to any of their files is a new code version.
STAGES = ("nlp", "entities", "geography", "lexicon", "timex", "events", "pipeline", "reading")
#: The folder of the stages' source: this package.
PACKAGE = Path(__file__).parent
#: Bumped when the layout of a cache file changes.
FORMAT = 2

Rows = tuple[list, list, list]  # one report's entity records, Timex and Event objects (helpers.pipeline.Found)


def default_folder() -> Path:
    """Where the command line keeps analysed reports: `$XDG_CACHE_HOME/newsline`, else `~/.cache/newsline`.

    Outside the output folder, so that folder holds only the tables, and one cache serves every
    output folder (the key holds everything that decides a report's rows). Delete it at any time.
    """
    return cache_folder()


@lru_cache(maxsize=1)
def code_version() -> str:
    """sha256 of the source of the stages that produce a report's rows, file by file in path order."""
    digest = hashlib.sha256()
    for path in stage_files(PACKAGE):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def stage_files(package: Path) -> list[Path]:
    """The source files of STAGES in `package`, sorted by path: a module's file, or every .py of a
    package (a stage may be either, and become the other when it grows)."""
    files = []
    for name in STAGES:
        folder = package / name
        if folder.is_dir():
            files.extend(folder.rglob("*.py"))
        elif (package / f"{name}.py").is_file():
            files.append(package / f"{name}.py")
        else:
            raise FileNotFoundError(f"stage {name!r} is neither {name}.py nor a package {name}/ in {package}")
    return sorted(files)


def model_version(model: str | None) -> str:
    """Name and version of the spaCy model `model` names, found without loading it.

    A package gives its installed version; a folder its meta.json; None the first of
    DEFAULT_MODELS that is installed (what load_model would load).
    """
    for name in ((model,) if model else DEFAULT_MODELS):
        meta = Path(name) / "meta.json"
        if meta.is_file():
            about = json.loads(meta.read_text(encoding="utf-8"))
            return f"{about.get('lang', '')}_{about.get('name', '')} {about.get('version', '')} {meta.stat().st_mtime_ns}"
        try:
            return f"{name} {importlib.metadata.version(name)}"
        except (importlib.metadata.PackageNotFoundError, ValueError):
            continue
    return f"{model} unknown"  # load_model will say what to install


def places_version(rows: Iterable[UserPlace]) -> str:
    """What a user's places file says (helpers.geography.read_places), as a sha256; "" for no places. Only
    what its rows say counts: a comment or a blank line added to the file keeps the reports cached."""
    rows = list(rows)
    if not rows:
        return ""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(repr((row.name, row.canonical, row.kind, row.country, row.lat, row.lon)).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def article_key(article: Article, *, model: str, code: str, max_chars: int, places: str = "") -> str:
    """The cache key of one report: its content, the model and version, the code version, the piece size,
    and the version of the user's places (places_version)."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), article.article_id, article.text, str(article.published), article.title,
                 model, code, str(max_chars), places):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class Cache:
    """Analysed reports under `folder`, one `<key[:2]>/<key>.pkl` file each.

    A file that cannot be read back (truncated, corrupted, from another pandas) counts as a
    miss: the report is analysed again and the file rewritten. Writes are atomic.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> Rows | None:
        """The rows stored under `key`, or None (absent or unreadable)."""
        path = self.path(key)
        try:
            with path.open("rb") as handle:
                rows = pickle.load(handle)
        except Exception:  # noqa: BLE001 - absent, or any damage to the file, means "analyse again"
            return None
        if not (isinstance(rows, tuple) and len(rows) == 3 and all(isinstance(part, list) for part in rows)):
            return None
        return rows

    def put(self, key: str, rows: Rows) -> None:
        """Store one report's rows (atomically: a killed run never leaves half a file)."""
        data = pickle.dumps(tuple(rows), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(self.path(key), lambda handle: handle.write(data), binary=True)
