"""Runs over many reports: `process` writes a batch at a time, and the Dask backend gives the same tables."""
from __future__ import annotations

import shutil
import socket
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers.__main__ import main
from helpers.paths import DATA_RAW
from helpers.pipeline import TABLES, process, run
from helpers.timeline import ToldDays, build_timeline, timeline_groups, timeline_rows
from helpers.timeline_runs import TimelineRuns

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures
FILES = [f"{name}.csv" for name in TABLES] + ["timeline.csv", "timeline.json"]


def same_files(first: Path, second: Path) -> None:
    for name in FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    pd.testing.assert_frame_equal(pd.read_parquet(first / "timeline.parquet"),
                                  pd.read_parquet(second / "timeline.parquet"), check_dtype=False)


def parts(out: Path, table: str) -> pd.DataFrame:
    return pd.concat([pd.read_parquet(part) for part in sorted((out / "parquet" / table).glob("part-*.parquet"))],
                     ignore_index=True)


@pytest.fixture(scope="module")
def in_memory(tmp_path_factory) -> Path:
    """The bundled reports' tables as `run` writes them, all held in memory."""
    out = tmp_path_factory.mktemp("in-memory")
    run([DATA_RAW], out=out, progress=False)
    return out


def test_batches_write_the_same_files_as_one_run_in_memory(in_memory, tmp_path):
    summary = process([DATA_RAW], out=tmp_path, progress=False, batch_reports=4)
    same_files(in_memory, tmp_path)
    assert summary.reports == len(pd.read_csv(in_memory / "articles.csv"))
    assert summary.timeline_rows == len(pd.read_csv(in_memory / "timeline.csv"))


def test_each_batch_is_a_parquet_part_holding_the_csv_rows(tmp_path):
    process([WAR], out=tmp_path, progress=False, batch_reports=3)
    assert len(list((tmp_path / "parquet" / "articles").glob("part-*.parquet"))) == 3  # 8 reports, 3 a batch
    for table in ("articles", "entities", "events"):
        from_csv = pd.read_csv(tmp_path / f"{table}.csv", keep_default_na=False)
        from_parts = parts(tmp_path, table)
        assert len(from_parts) == len(from_csv), table
        assert list(from_parts["article_id"]) == list(from_csv["article_id"]), table


def test_a_copy_met_after_its_batch_was_written_still_gets_its_note(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(WAR, reports)
    first = sorted(WAR.glob("*.txt"))[0]
    shutil.copy(first, reports / "zz-copy.txt")  # read last, long after the first copy's batch
    process([reports], out=tmp_path / "streamed", progress=False, batch_reports=2)
    run([reports], out=tmp_path / "in-memory", progress=False)
    same_files(tmp_path / "in-memory", tmp_path / "streamed")
    articles = parts(tmp_path / "streamed", "articles")
    noted = articles[articles["notes"].fillna("").str.contains("zz-copy.txt has the same text")]
    assert list(noted["path"]) == [str(reports / first.name)]


def test_no_reports_at_all_still_writes_every_table_with_its_columns(in_memory, tmp_path):
    (tmp_path / "empty").mkdir()
    summary = process([tmp_path / "empty"], out=tmp_path / "out", progress=False)
    assert (summary.reports, summary.events, summary.timeline_rows) == (0, 0, 0)
    for name in FILES[:-1]:
        assert list(pd.read_csv(tmp_path / "out" / name).columns) == list(pd.read_csv(in_memory / name).columns)


def test_the_timeline_merged_a_day_at_a_time_is_the_whole_timeline(in_memory, tmp_path):
    events, articles = parts(in_memory, "events"), parts(in_memory, "articles")
    runs = TimelineRuns(tmp_path)
    for start in range(0, len(events), 50):  # runs of 50 events, each sorted by day
        runs.add(events.iloc[start:start + 50])
    days = list(runs.days())
    assert [day["date_start"].iloc[0] for day in days] == sorted(events["date_start"].dropna().unique())
    told, merged = ToldDays(), []  # a day at a time, as TimelineRuns.write merges them (see ToldDays)
    for day in days:
        merged.append(timeline_rows(told.ready(day["date_start"].iloc[0]), articles))
        told.add(timeline_groups(day, articles))
    merged = pd.concat([*merged, timeline_rows(told.ready(), articles)], ignore_index=True)
    pd.testing.assert_frame_equal(merged, build_timeline(events, articles), check_dtype=False)


def test_dask_local_cluster_with_two_workers_gives_the_same_tables(tmp_path):
    pytest.importorskip("distributed")
    local = process([WAR], out=tmp_path / "local", progress=False, batch_reports=3)
    on_dask = process([WAR], out=tmp_path / "dask", progress=False, batch_reports=3, backend="dask", workers=2)
    assert (on_dask.reports, on_dask.processed, on_dask.events) == (local.reports, local.processed, local.events)
    same_files(tmp_path / "local", tmp_path / "dask")
    for table in ("entities", "timexes", "events"):
        pd.testing.assert_frame_equal(parts(tmp_path / "local", table), parts(tmp_path / "dask", table), obj=table)


def test_a_dask_run_prints_nothing_when_the_dashboard_port_is_taken(tmp_path, capfd):
    pytest.importorskip("distributed")
    with socket.socket() as taken:  # as another cluster or a second notebook would hold it
        try:
            taken.bind(("127.0.0.1", 8787))
        except OSError:
            pass  # already taken by something else: the same situation
        taken.listen()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            process([WAR], out=tmp_path / "dask", progress=False, batch_reports=3, backend="dask", workers=1)
    assert not [w for w in caught if "8787" in str(w.message)]
    assert "8787" not in capfd.readouterr().err


def test_command_line_scheduler_needs_the_dask_backend(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_status:
        main(["run", str(WAR), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"])
    assert exit_status.value.code == 1
    assert "--scheduler needs --backend dask" in capsys.readouterr().err


def test_command_line_summary_counts_the_run(tmp_path, capsys):
    assert main(["run", str(WAR), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("8 reports read, 0 rejected, 0 cached, 8 processed, ")
    assert f"{len(pd.read_csv(tmp_path / 'out' / 'events.csv'))} events" in summary


def test_a_sample_copies_the_first_report_files_and_leaves_the_source_alone(tmp_path):
    from helpers.selection import sample_reports

    before = {path: path.read_bytes() for path in DATA_RAW.rglob("*") if path.is_file()}
    copies = sample_reports(DATA_RAW, tmp_path / "sample", 3)
    assert [copy.relative_to(tmp_path / "sample") for copy in copies] == \
        [Path("000_1a380022945c7723.txt"), Path("voa/voa_stories_2025-03.jsonl"), Path("wikinews/10718.txt")]
    assert all(copy.read_bytes() == (DATA_RAW / copy.relative_to(tmp_path / "sample")).read_bytes() for copy in copies)
    assert {path: path.read_bytes() for path in DATA_RAW.rglob("*") if path.is_file()} == before
