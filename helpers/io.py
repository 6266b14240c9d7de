"""Writing outputs atomically: a run killed half-way never leaves a half-written table behind."""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import IO, Callable

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
