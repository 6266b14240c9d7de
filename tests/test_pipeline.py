"""helpers.pipeline's Options: one set of choices, given whole or field by field, passed down unchanged."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import __main__ as cli
from helpers import pipeline
from helpers.paths import SEED
from helpers.pipeline import Options, Summary, options_of, process, run


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
