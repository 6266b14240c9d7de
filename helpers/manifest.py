"""Checksums of the raw data: write a `sha256sum`-style manifest of a folder and check the folder against it."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from helpers.io import write_atomic

MANIFEST_NAME = "MANIFEST.sha256"
# `sha256sum` text-mode lines: 64 hex digits, two spaces (or space + `*` for binary mode), the path.
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


def sha256_of(path: Path) -> str:
    """The SHA-256 hex digest of a file's bytes, read in chunks so large files need little memory."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def list_files(folder: Path) -> list[str]:
    """Every file under `folder` (recursively, symlinks not followed), as sorted POSIX relative paths.

    The manifest itself is left out.
    """
    found = []
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        subdirectories.sort()
        for name in files:
            relative = (Path(directory) / name).relative_to(folder).as_posix()
            if relative != MANIFEST_NAME:
                found.append(relative)
    return sorted(found)


def write_manifest(folder: Path) -> Path:
    """Write `folder/MANIFEST.sha256` listing the SHA-256 of every other file in it; return its path.

    The format is `sha256sum`'s (`<digest>  <relative path>`, sorted by path), so
    `cd folder && sha256sum -c MANIFEST.sha256` checks it too. Written atomically.
    """
    folder = Path(folder)
    lines = []
    for relative in list_files(folder):
        if "\n" in relative or "\\" in relative:
            # sha256sum escapes such names; refusing them keeps the format plain
            raise ValueError(f"cannot list a file name with a newline or backslash: {relative!r}")
        lines.append(f"{sha256_of(folder / relative)}  {relative}\n")
    manifest = folder / MANIFEST_NAME
    write_atomic(manifest, lambda handle: handle.writelines(lines))
    return manifest


def read_manifest(manifest: Path) -> tuple[dict[str, str], list[str]]:
    """The (relative path -> digest) entries of a manifest, and a problem for each unreadable line."""
    entries: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if not match:
            problems.append(f"malformed manifest line {number}: {line!r}")
            continue
        digest, relative = match.groups()
        if relative in entries:
            problems.append(f"listed twice in the manifest: {relative}")
        entries[relative] = digest
    return entries, problems


def check_manifest(folder: Path) -> list[str]:
    """Compare `folder` with its `MANIFEST.sha256`: one message per missing, changed or unlisted file.

    An empty list means every file is listed and unchanged, and every listed file exists.
    """
    folder = Path(folder)
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return [f"no manifest: {manifest} does not exist (write one with write_manifest)"]
    entries, problems = read_manifest(manifest)
    present = set(list_files(folder))
    for relative, digest in sorted(entries.items()):
        if relative not in present:
            problems.append(f"missing: {relative}")
        elif sha256_of(folder / relative) != digest:
            problems.append(f"changed: {relative}")
    for relative in sorted(present - entries.keys()):
        problems.append(f"unlisted: {relative}")
    return problems
