"""Tests of helpers.io: outputs are written atomically, readable by colleagues, never half-written."""
import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from helpers.io import write_atomic, write_csv


@pytest.fixture
def normal_umask():
    """Run the test under the usual 022 umask, whatever the runner's, and put the old one back."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") or path.suffix == ".part")


def test_writes_the_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "table.csv"
    assert write_atomic(target, lambda handle: handle.write("a,b\n1,2\n")) == target
    assert target.read_bytes() == b"a,b\n1,2\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["table.csv"]


def test_text_is_utf8_and_newlines_are_not_translated(tmp_path):
    target = tmp_path / "t.txt"
    write_atomic(target, lambda handle: handle.write("Kyiv’s line\r\nnext\n"))
    assert target.read_bytes() == "Kyiv’s line\r\nnext\n".encode("utf-8")


def test_binary_mode_writes_bytes(tmp_path):
    target = tmp_path / "t.bin"
    write_atomic(target, lambda handle: handle.write(b"\x00\x01PAR1"), binary=True)
    assert target.read_bytes() == b"\x00\x01PAR1"


def test_missing_parent_folders_are_made(tmp_path):
    target = tmp_path / "out" / "deeper" / "t.txt"
    write_atomic(target, lambda handle: handle.write("x"))
    assert target.read_text(encoding="utf-8") == "x"


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "t.txt"
    target.write_text("old content\n", encoding="utf-8")
    write_atomic(target, lambda handle: handle.write("new\n"))
    assert target.read_text(encoding="utf-8") == "new\n"
    assert leftovers(tmp_path) == []


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("error", [Interrupted, KeyboardInterrupt])
def test_a_writer_failing_half_way_leaves_the_previous_file_intact(tmp_path, error):
    target = tmp_path / "t.csv"
    target.write_text("a,b\n1,2\n", encoding="utf-8")

    def half_then_fail(handle):
        handle.write("a,b\n3,")
        handle.flush()
        raise error("killed half-way")

    with pytest.raises(error):
        write_atomic(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "a,b\n1,2\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["t.csv"]  # no .t.csv.*.part behind


def test_a_writer_failing_before_the_first_write_creates_nothing(tmp_path):
    target = tmp_path / "t.csv"

    def fail(handle):
        raise Interrupted("no data")

    with pytest.raises(Interrupted):
        write_atomic(target, fail)
    assert list(tmp_path.iterdir()) == []


def test_written_files_are_readable_by_others(tmp_path, normal_umask):
    text_file = write_atomic(tmp_path / "t.csv", lambda handle: handle.write("x"))
    binary_file = write_atomic(tmp_path / "t.parquet", lambda handle: handle.write(b"x"), binary=True)
    for path in (text_file, binary_file):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o044 != 0
        assert mode == 0o644


def test_a_strict_umask_is_respected(tmp_path):
    previous = os.umask(0o077)
    try:
        path = write_atomic(tmp_path / "t.csv", lambda handle: handle.write("x"))
        umask_after = os.umask(0o077)  # reading the umask means setting it
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert umask_after == 0o077  # write_atomic put the process umask back as it found it


def test_write_csv_writes_the_frame_without_index(tmp_path):
    frame = pd.DataFrame({"text": ["Izium, retaken", "line\nbreak"], "n": [1, 2]})
    path = write_csv(frame, tmp_path / "t.csv")
    assert path.read_bytes() == b'text,n\n"Izium, retaken",1\n"line\nbreak",2\n'
    assert pd.read_csv(path).equals(frame)
