"""Tests of helpers.manifest: sha256 manifests that prove raw data was not modified."""
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers.manifest import MANIFEST_NAME, check_manifest, write_manifest
from helpers.paths import DATA_RAW


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small raw-data folder: two reports, one in a subfolder, one with a space and non-ASCII name."""
    raw = tmp_path / "raw"
    (raw / "war").mkdir(parents=True)
    (raw / "b.txt").write_text("date: 2022-09-11\n\nBody.\n", encoding="utf-8")
    (raw / "war" / "a report é.txt").write_text("Kharkiv\n", encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    return raw


def test_manifest_lists_every_file_sorted_with_relative_paths(folder):
    manifest = write_manifest(folder)
    assert manifest == folder / MANIFEST_NAME
    lines = manifest.read_text(encoding="utf-8").splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == ["b.txt", "empty.txt", "war/a report é.txt"]
    assert lines[0] == hashlib.sha256(b"date: 2022-09-11\n\nBody.\n").hexdigest() + "  b.txt"
    assert lines[1].startswith("e3b0c44298fc1c149afbf4c8996fb924")  # the digest of no bytes


def test_untouched_folder_has_no_problems(folder):
    write_manifest(folder)
    assert check_manifest(folder) == []


def test_rewriting_the_manifest_does_not_list_itself_or_leave_temporary_files(folder):
    write_manifest(folder)
    write_manifest(folder)
    assert MANIFEST_NAME not in (folder / MANIFEST_NAME).read_text(encoding="utf-8")
    assert sorted(path.name for path in folder.iterdir()) == [MANIFEST_NAME, "b.txt", "empty.txt", "war"]
    assert check_manifest(folder) == []


def test_changed_file_is_reported(folder):
    write_manifest(folder)
    (folder / "b.txt").write_text("date: 2022-09-12\n\nBody.\n", encoding="utf-8")  # same length, one digit
    assert check_manifest(folder) == ["changed: b.txt"]


def test_missing_file_is_reported(folder):
    write_manifest(folder)
    (folder / "war" / "a report é.txt").unlink()
    assert check_manifest(folder) == ["missing: war/a report é.txt"]


def test_unlisted_file_is_reported(folder):
    write_manifest(folder)
    (folder / "war" / "new.txt").write_text("added later\n", encoding="utf-8")
    assert check_manifest(folder) == ["unlisted: war/new.txt"]


def test_all_problems_at_once(folder):
    write_manifest(folder)
    (folder / "b.txt").write_text("edited\n", encoding="utf-8")
    (folder / "empty.txt").unlink()
    (folder / ".hidden").write_text("x", encoding="utf-8")
    assert check_manifest(folder) == ["changed: b.txt", "missing: empty.txt", "unlisted: .hidden"]


def test_folder_without_manifest_is_a_problem(folder):
    problems = check_manifest(folder)
    assert len(problems) == 1 and problems[0].startswith("no manifest")


def test_malformed_manifest_line_is_reported(folder):
    manifest = write_manifest(folder)
    with manifest.open("a", encoding="utf-8") as stream:
        stream.write("not a checksum line\n")
    assert check_manifest(folder) == ["malformed manifest line 4: 'not a checksum line'"]


def test_file_name_with_newline_is_refused(tmp_path):
    (tmp_path / "two\nlines.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="newline"):
        write_manifest(tmp_path)


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="the sha256sum command is not installed")
def test_sha256sum_accepts_the_manifest(folder):
    write_manifest(folder)
    result = subprocess.run(["sha256sum", "--check", "--strict", MANIFEST_NAME], cwd=folder,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_data_raw_matches_its_committed_manifest():
    assert (DATA_RAW / MANIFEST_NAME).is_file(), "data/raw/MANIFEST.sha256 is missing"
    assert check_manifest(DATA_RAW) == []
