"""Writing outputs atomically: a run killed half-way never leaves a half-written table behind."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable, IO

import pandas as pd


def write_atomic(path: Path, write: Callable[[IO], object], *, binary: bool = False) -> Path:
    """Call `write(handle)` on a temporary file beside `path`, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp's 0600 would hide outputs from colleagues
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> Path:
    """A text file (UTF-8), atomically."""
    return write_atomic(path, lambda handle: handle.write(text))


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """A table as UTF-8 CSV, atomically."""
    return write_atomic(path, lambda handle: frame.to_csv(handle, index=False))
