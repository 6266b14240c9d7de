"""The pipeline at scale: a disk cache of analysed reports, and several worker processes giving the same tables."""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import cache as cache_module
from helpers import backends, pipeline
from helpers.__main__ import main
from helpers.pipeline import run

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures
TABLES = ("articles", "removed", "entities", "timexes", "events", "timeline", "rejected", "warnings")


def assert_same_tables(first, second) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name), obj=name)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """Three of the bundled reports in a folder of their own."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(WAR.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def test_second_run_takes_every_report_from_the_cache(reports, tmp_path, monkeypatch):
    first = run([reports], cache=tmp_path / "cache", progress=False)
    assert (first.counts.cached, first.counts.processed) == (0, 3)

    monkeypatch.setattr(backends, "load_model", lambda *_, **__: pytest.fail("model loaded on a cached run"))
    second = run([reports], cache=tmp_path / "cache", progress=False)
    assert (second.counts.cached, second.counts.processed) == (3, 0)
    assert_same_tables(first, second)


def test_an_added_report_is_the_only_one_analysed(reports, tmp_path):
    run([reports], cache=tmp_path / "cache", progress=False)
    added = sorted(WAR.glob("*.txt"))[3]
    shutil.copy(added, reports / added.name)
    tables = run([reports], cache=tmp_path / "cache", progress=False)
    assert (tables.counts.cached, tables.counts.processed) == (3, 1)
    assert_same_tables(tables, run([reports], progress=False))


def test_cached_tables_equal_uncached_ones(reports, tmp_path):
    run([reports], cache=tmp_path / "cache", progress=False)
    assert_same_tables(run([reports], cache=tmp_path / "cache", progress=False), run([reports], progress=False))


def test_another_model_or_code_version_misses_the_cache(reports, tmp_path, monkeypatch):
    run([reports], cache=tmp_path / "cache", progress=False)
    real_version = cache_module.model_version
    monkeypatch.setattr(pipeline, "model_version", lambda model: real_version(model) + " retrained")
    assert run([reports], cache=tmp_path / "cache", progress=False).counts.processed == 3
    monkeypatch.setattr(pipeline, "model_version", real_version)
    monkeypatch.setattr(pipeline, "code_version", lambda: "edited")
    assert run([reports], cache=tmp_path / "cache", progress=False).counts.processed == 3


def test_the_model_version_is_known_without_loading_it():
    assert cache_module.model_version(None).split()[-1][0].isdigit()
    assert cache_module.model_version(".nope") != cache_module.model_version(None)


def test_the_code_version_covers_every_file_of_a_stage_module_or_package(tmp_path):
    for name in cache_module.STAGES:
        (tmp_path / f"{name}.py").write_text(f"# {name}", encoding="utf-8")
    (tmp_path / "charts.py").write_text("# not a stage", encoding="utf-8")
    (tmp_path / "events.py").unlink()
    (tmp_path / "events" / "rules").mkdir(parents=True)
    for part in ("__init__.py", "sources.py", "rules/actions.py"):
        (tmp_path / "events" / part).write_text(f"# {part}", encoding="utf-8")
    files = [path.relative_to(tmp_path).as_posix() for path in cache_module.stage_files(tmp_path)]
    assert files == sorted(files) and "charts.py" not in files
    assert {"nlp.py", "lexicon.py", "events/__init__.py", "events/sources.py", "events/rules/actions.py"} <= set(files)
    assert len(files) == len(cache_module.STAGES) - 1 + 3
    (tmp_path / "nlp.py").unlink()
    with pytest.raises(FileNotFoundError, match="nlp"):
        cache_module.stage_files(tmp_path)


def test_the_kits_own_stages_are_all_found():
    files = {path.name for path in cache_module.stage_files(Path(cache_module.__file__).parent)}
    assert {"nlp.py", "entities.py", "lexicon.py", "pipeline.py", "reading.py"} <= files
    assert len(cache_module.code_version()) == 64


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps("a string, not three tables")])
def test_a_damaged_cache_file_is_analysed_again(reports, tmp_path, damage):
    first = run([reports], cache=tmp_path / "cache", progress=False)
    files = sorted((tmp_path / "cache").rglob("*.pkl"))
    assert len(files) == 3
    files[0].write_bytes(damage)
    second = run([reports], cache=tmp_path / "cache", progress=False)
    assert (second.counts.cached, second.counts.processed) == (2, 1)
    assert_same_tables(first, second)
    assert len(pickle.loads(files[0].read_bytes())) == 3  # rewritten whole: entities, timexes, events


def test_two_workers_give_the_same_tables_in_the_same_order(reports):
    one = run([reports], progress=False, workers=1)
    two = run([reports], progress=False, workers=2)
    assert len(one.events) > 0
    assert_same_tables(one, two)


def test_command_line_caches_in_the_user_cache_folder_unless_told_not_to(reports, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    out = tmp_path / "out"
    assert main(["run", str(reports), "--out", str(out), "--quiet"]) == 0
    assert "3 reports read, 0 rejected, 0 cached, 3 processed" in capsys.readouterr().err
    assert len(list((tmp_path / "user-cache" / "newsline").rglob("*.pkl"))) == 3
    assert not [path.name for path in out.iterdir() if path.name.startswith(".")]  # out holds only tables
    assert main(["run", str(reports), "--out", str(out), "--quiet"]) == 0
    assert "3 reports read, 0 rejected, 3 cached, 0 processed" in capsys.readouterr().err
    assert main(["run", str(reports), "--out", str(out), "--quiet", "--no-cache"]) == 0
    assert "0 cached, 3 processed" in capsys.readouterr().err
    elsewhere = tmp_path / "elsewhere"
    assert main(["run", str(reports), "--out", str(out), "--quiet", "--cache", str(elsewhere)]) == 0
    assert len(list(elsewhere.rglob("*.pkl"))) == 3


def test_command_line_refuses_zero_workers(reports, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["run", str(reports), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert exited.value.code == 1
