"""Writing outputs atomically: a run killed half-way never leaves a half-written table behind."""
from __future__ import annotations

import os
import re
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator

import pandas as pd


def write_atomic(path: Path, write: Callable[[IO], object], *, binary: bool = False) -> Path:
    """Call `write(handle)` on a temporary file beside `path`, then rename it over `path`.

    The temporary file is created with mode 0o666 less the process umask (what a plain open()
    gives), not mkstemp's 0o600, so colleagues can read the outputs.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.parent / f".{path.name}.{uuid.uuid4().hex}.part"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        options = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(descriptor, "wb" if binary else "w", **options) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_text_atomic(path: Path, text: str) -> Path:
    """A text file (UTF-8), atomically."""
    return write_atomic(path, lambda handle: handle.write(text))


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """A table as UTF-8 CSV, atomically."""
    return write_atomic(path, lambda handle: frame.to_csv(handle, index=False))


STAGING_PREFIX = ".staging-"


@contextmanager
def staged_folder(out: Path) -> Iterator[Path]:
    """A hidden staging folder inside `out` to write a set of files into; on success they replace
    their namesakes in `out`, each with one rename, and the staging folder goes.

    A run killed while writing leaves `out` as it was: the new files were all in the staging
    folder, which the next run clears away. Only the renames at the end (microseconds, no data
    written) touch `out`; each of them swaps in a whole file. A folder written there (parquet/)
    takes two renames, the old one out and the new one in: only between those two is it absent.
    Names starting with "." in the staging folder are scratch space and are not moved. Nothing in `out` that is not ours
    (other files, folders such as charts/) is touched. If the code in the `with` block raises,
    the staging folder is removed and `out` is left as it was.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    clear_stale_staging(out)
    staging = out / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        yield staging
        entries = sorted((entry.name, entry.is_dir(follow_symlinks=False)) for entry in os.scandir(staging)
                         if not entry.name.startswith("."))
        _fsync_folder(staging)
        for name, is_folder in entries:
            if is_folder and (out / name).is_dir() and not (out / name).is_symlink():
                # a folder cannot be renamed over a full one: the old one moves into the
                # staging folder (deleted below) and the new one takes its place
                os.replace(out / name, staging / f".replaced-{name}")
            os.replace(staging / name, out / name)
        _fsync_folder(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def clear_stale_staging(out: Path) -> list[Path]:
    """Remove staging folders a killed run left in `out` (never one whose process still runs)."""
    cleared = []
    for entry in os.scandir(out):
        match = re.fullmatch(re.escape(STAGING_PREFIX) + r"(\d+)-[0-9a-f]{12}", entry.name)
        if match and entry.is_dir(follow_symlinks=False) and not _is_running(int(match.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)
            cleared.append(Path(entry.path))
    return cleared


def _is_running(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # on Windows, os.kill(pid, 0) would not ask but send CTRL_C_EVENT
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or a number no process has: leave it be
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the renames into `folder` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class TableParts:
    """Tables written a batch at a time into `folder` (a staging folder): `<name>.csv` grows by
    appending, and each non-empty batch is also `parquet/<name>/part-NNNNN.parquet`.

    Memory holds one batch, whatever the number of batches. `finish(empty)` writes the header
    of every table that never got a row (`empty` maps its name to an empty frame).
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.parts: dict[str, int] = {}

    def add(self, name: str, frame: pd.DataFrame) -> None:
        first = name not in self.parts
        with open(self.folder / f"{name}.csv", "w" if first else "a", encoding="utf-8", newline="") as handle:
            frame.to_csv(handle, index=False, header=first)
        number = self.parts.get(name, 0)
        if not frame.empty:
            part = self.folder / "parquet" / name / f"part-{number:05d}.parquet"
            part.parent.mkdir(parents=True, exist_ok=True)
            frame.to_parquet(part, index=False)
            number += 1
        self.parts[name] = number

    def finish(self, empty: dict[str, pd.DataFrame]) -> None:
        for name, frame in empty.items():
            if name not in self.parts:
                self.add(name, frame)
