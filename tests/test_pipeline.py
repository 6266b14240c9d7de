"""helpers.pipeline's Options: one set of choices, given whole or field by field, passed down unchanged."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers import __main__ as cli
from helpers import pipeline
from helpers.paths import SEED
from helpers.__main__ import main
from helpers.pipeline import Options, Summary, options_of, process, run
from helpers.timeline import Window


@pytest.fixture
def passed_down(monkeypatch) -> list[Options]:
    """The Options each analysis was started with; nothing is parsed."""
    seen: list[Options] = []

    def analysed_stream(articles, options, *, counts):
        seen.append(options)
        return iter(())

    monkeypatch.setattr(pipeline, "analysed_stream", analysed_stream)
    return seen


def test_settings_given_by_keyword_replace_those_of_the_options():
    assert options_of(None, {}) == Options()
    assert options_of(Options(model="a_model", workers=3), {"workers": 2, "progress": False}) == Options(
        model="a_model", workers=2, progress=False)
    assert Options().progress and Options().backend == "local" and Options().cache is None


def test_a_misspelt_setting_is_refused_before_any_report_is_read(passed_down):
    with pytest.raises(TypeError, match="modle"):
        run([SEED], modle="en_core_web_sm")
    assert passed_down == []


def test_run_passes_its_options_down_once(passed_down, tmp_path):
    chosen = Options(model="a_model", cache=tmp_path / "cache", workers=2)
    tables = run([SEED], options=chosen, progress=False)
    assert passed_down == [Options(model="a_model", cache=tmp_path / "cache", workers=2, progress=False)]
    assert tables.reports == [] and tables.articles.empty  # the stand-in analysed nothing


def test_keywords_alone_make_the_same_options(passed_down):
    run([SEED], model="a_model", progress=False, max_chars=1500)
    assert passed_down == [Options(model="a_model", progress=False, max_chars=1500)]


def test_process_passes_its_options_down_once(passed_down, tmp_path):
    summary = process([SEED], out=tmp_path / "out", options=Options(backend="dask"), progress=False, batch_reports=3)
    assert passed_down == [Options(backend="dask", progress=False)]
    assert summary.reports == 0 and (tmp_path / "out" / "articles.csv").exists()


def test_the_command_line_says_everything_in_one_options(monkeypatch, tmp_path):
    calls = []

    def process(inputs, *, out, options):
        calls.append((inputs, out, options))
        return Summary(out=Path(out))

    monkeypatch.setattr(cli, "process", process)
    assert cli.main(["run", str(SEED), "--out", str(tmp_path), "--quiet", "--workers", "2",
                     "--cache", str(tmp_path / "cache"), "--model", "a_model"]) == 0
    chosen = Options(model="a_model", progress=False, cache=str(tmp_path / "cache"), workers=2)
    assert calls == [([str(SEED)], str(tmp_path), chosen)]


def test_the_tables_carry_the_reports_they_were_made_from(seed_article, seed_tables):
    assert seed_tables.reports == [seed_article]
    assert seed_tables.articles["article_id"].tolist() == [seed_article.article_id]


# --- warnings: inputs read with no publication date ----------------------------------------------

@pytest.fixture
def undated_reports(tmp_path) -> Path:
    """A JSONL table with no date column, a folder of undated .txt reports, and a dated one."""
    folder = tmp_path / "reports"
    (folder / "undated").mkdir(parents=True)
    (folder / "stories.jsonl").write_text('{"id": "1", "title": "Talks", "text": "Talks resumed on Thursday."}\n',
                                          encoding="utf-8")
    (folder / "undated" / "a.txt").write_text("Officials met the previous day.\n", encoding="utf-8")
    (folder / "dated.txt").write_text("date: 2025-03-14\n\nOfficials met on Thursday.\n", encoding="utf-8")
    return folder


def test_run_and_process_warn_about_each_undated_input_in_warnings_csv(undated_reports, tmp_path):
    tables = run([undated_reports], out=tmp_path / "run", progress=False)
    summary = process([undated_reports], out=tmp_path / "process", progress=False)
    assert [path for path, _ in tables.warnings.values.tolist()] == [
        str(undated_reports / "stories.jsonl"), str(undated_reports / "undated")]
    assert tables.warnings["warning"].str.startswith(("no row has a publication date (looked for columns: date, ",
                                                      "the .txt/.html report read from this folder has no ")).all()
    assert [[w.path, w.warning] for w in summary.warnings] == tables.warnings.values.tolist()
    written = (tmp_path / "run" / "warnings.csv").read_bytes()
    assert written == (tmp_path / "process" / "warnings.csv").read_bytes()
    assert written.decode("utf-8").splitlines()[0] == "path,warning"
    assert tables.rejected.empty and len(tables.articles) == 3  # warned about, but every report read


def test_a_run_of_dated_reports_writes_an_empty_warnings_table(tmp_path):
    tables = run([SEED], out=tmp_path, progress=False)
    assert tables.warnings.empty and tables.warnings.columns.tolist() == ["path", "warning"]
    assert (tmp_path / "warnings.csv").read_text(encoding="utf-8") == "path,warning\n"


def test_a_window_is_checked_and_made_of_days_when_the_options_are_made():
    assert Options(window=("2022-09-01", None)).window == Window(date(2022, 9, 1), None)
    assert Options(window=["2022-09-01", "2022-09-30"]) == Options(window=Window(date(2022, 9, 1), date(2022, 9, 30)))
    assert Options(window=(None, None)) == Options() and Options().window is None
    for bad in (("2022-13-01", None), ("2022-09-30", "2022-09-01"), "2022-09-01"):
        with pytest.raises(ValueError):
            Options(window=bad)


WINDOW_REPORT = ("title: Izium retaken\n"
                 "date: 2022-09-10\n"
                 "\n"
                 "Ukrainian forces entered Izium on Saturday. "
                 "The previous day, Russian troops withdrew from Balakliia.\n")


def test_a_window_cuts_the_timeline_and_keeps_every_event(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "izium.txt").write_text(WINDOW_REPORT, encoding="utf-8")
    whole = run([tmp_path / "reports"], progress=False)
    assert set(whole.timeline["date_start"].astype(str)) == {"2022-09-09", "2022-09-10"}
    cut = run([tmp_path / "reports"], progress=False, window=("2022-09-10", None), out=tmp_path / "run")
    assert set(cut.timeline["date_start"].astype(str)) == {"2022-09-10"}
    assert list(cut.timeline.index) == list(range(len(cut.timeline)))  # numbered afresh, as a timeline is
    pd.testing.assert_frame_equal(cut.events, whole.events)
    # the command line's streamed timeline is the same, file for file
    assert main(["run", str(tmp_path / "reports"), "--out", str(tmp_path / "cli"), "--quiet", "--no-cache",
                 "--from", "2022-09-10"]) == 0
    for name in ("timeline.csv", "timeline.json", "events.csv"):
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "run" / name).read_bytes(), name


@pytest.mark.parametrize("arguments, message", [
    (["--from", "2022-09-30", "--to", "2022-09-01"], "--from 2022-09-30 is after --to 2022-09-01"),
    (["--from", "2022-09-31"], "expected a day written YYYY-MM-DD, got '2022-09-31'"),
])
def test_the_command_line_refuses_a_bad_window(tmp_path, capsys, arguments, message):
    with pytest.raises(SystemExit) as exited:
        main(["run", str(SEED), "--out", str(tmp_path), *arguments])
    assert exited.value.code == 1 and message in capsys.readouterr().err


def test_the_command_line_gives_its_window_in_the_options(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(cli, "process", lambda inputs, *, out, options: calls.append(options) or Summary(out=out))
    assert main(["run", str(SEED), "--out", str(tmp_path), "--quiet", "--no-cache",
                 "--from", "2022-09-01", "--to", "2022-09-30"]) == 0
    assert main(["run", str(SEED), "--out", str(tmp_path), "--quiet", "--no-cache", "--to", "2022-09-30"]) == 0
    assert main(["run", str(SEED), "--out", str(tmp_path), "--quiet", "--no-cache"]) == 0
    assert [options.window for options in calls] == [Window(date(2022, 9, 1), date(2022, 9, 30)),
                                                     Window(None, date(2022, 9, 30)), None]
