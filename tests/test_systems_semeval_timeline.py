"""Tests of the SemEval-2015 Task 4 Track A adapter (helpers/evaluation/systems/semeval_timeline.py) and its command
line.

The CAT documents are tiny and written here (`cat_xml` is tests/test_formats_cat.py's): no task data is needed
(the real sets live in ../shared and are scored by benchmarks/semeval2015.py).
"""
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from helpers.evaluation.formats.timeline import read_targets
from helpers.evaluation.systems.semeval_timeline import (
    anchor_of,
    anchor_sort_key,
    names_pattern,
    target_names,
    write_timelines,
)
from helpers.paths import ROOT
from test_formats_cat import cat_xml


AIRBUS = ["Airbus unveils new plane",
          "January 18 , 2005",
          "Airbus unveiled the A380 in Toulouse on January 17 .",
          "In 2004 , Airbus sold more planes than Boeing .",
          "The company will build a new factory ."]


@pytest.fixture(scope="module")
def task(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("task")
    (folder / "cat").mkdir()
    (folder / "cat" / "42_Airbus_unveils.xml").write_text(cat_xml("42", AIRBUS, "2005-01-18"), encoding="utf-8")
    (folder / "targets.txt").write_text("Airbus\nBoeing\n\nAirbus\n", encoding="utf-8")
    return folder


def test_a_target_timeline_lists_its_events_dated_and_ordered(task, tmp_path, nlp):
    summary = write_timelines(task / "cat", read_targets(task / "targets.txt"), tmp_path)
    assert [path.name for path in summary.written] == ["airbus.txt", "boeing.txt"]
    assert (summary.documents, summary.rejected) == (1, [])
    # the headline's act on the day the body gives it ("unveiled ... on January 17", the day before publication),
    # "In 2004" a year, "The company will build" (the company = Airbus, named in the headline) future with no
    # date: order 0
    assert (tmp_path / "airbus.txt").read_text(encoding="utf-8") == (
        "Airbus\n"
        "0\tXXXX-XX-XX\t42-4-build\n"
        "1\t2004-XX-XX\t42-3-sold\n"
        "2\t2005-01-17\t42-0-unveils\t42-2-unveiled\n")
    # "more planes than Boeing": Boeing takes no part in an event, so its timeline is only its name
    assert (tmp_path / "boeing.txt").read_text(encoding="utf-8") == "Boeing\n"


@pytest.mark.parametrize("value, start, end, anchor", [
    ("2005-01-18", date(2005, 1, 18), date(2005, 1, 18), "2005-01-18"),
    ("2005-01-18T10:30", date(2005, 1, 18), date(2005, 1, 18), "2005-01-18"),
    ("2005-01", date(2005, 1, 1), date(2005, 1, 31), "2005-01-XX"),
    ("2004", date(2004, 1, 1), date(2004, 12, 31), "2004-XX-XX"),
    ("2006-SU", date(2006, 6, 1), date(2006, 8, 31), "2006-XX-XX"),
    ("2005-W03", date(2005, 1, 17), date(2005, 1, 23), "2005-01-XX"),
    ("199X", date(1990, 1, 1), date(1999, 12, 31), "XXXX-XX-XX"),
    ("", None, None, "XXXX-XX-XX"),
])
def test_anchor_of_writes_the_gold_granularity(value, start, end, anchor):
    assert anchor_of(value, start, end) == anchor


def test_anchors_sort_year_before_month_before_day():
    anchors = ["2007-02-28", "2007-XX-XX", "2006-05-29", "2007-02-XX"]
    assert sorted(anchors, key=anchor_sort_key) == ["2006-05-29", "2007-XX-XX", "2007-02-XX", "2007-02-28"]


def test_target_names_and_their_pattern():
    assert target_names("Boeing 787 Dreamliner") == ["Boeing 787 Dreamliner", "787 Dreamliner", "787", "Dreamliner"]
    assert target_names("iPhone 4") == ["iPhone 4"]  # "4" alone would match any four
    assert target_names("Steve Jobs") == ["Steve Jobs", "Jobs"]
    assert "USAF" in target_names("United States Air Force")
    assert "China Eastern" in target_names("China Eastern Airlines")
    pattern = names_pattern("Boeing 777")
    found = [match.group() for match in pattern.finditer("two 777s, $777 million, 777 million, BOEING 777-200LR")]
    assert found == ["777s", "BOEING 777-200LR"]
    assert not names_pattern("Steve Jobs").search("10,000 jobs")


def run_cli(*arguments) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "helpers", "semeval-timeline", *map(str, arguments)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=600)


def test_command_line_writes_one_file_per_target_and_reports_rejected(tmp_path):
    cat = tmp_path / "cat"
    cat.mkdir()
    (cat / "42.xml").write_text(cat_xml("42", AIRBUS, "2005-01-18"), encoding="utf-8")
    (cat / "43.xml").write_text(cat_xml("43", ["No date", "anywhere", "here ."]), encoding="utf-8")
    targets = tmp_path / "targets.txt"
    targets.write_text("Airbus\nS&P 500\n", encoding="utf-8")
    out = tmp_path / "out"
    completed = run_cli(cat, targets, "--out", out, "--quiet")
    assert completed.returncode == 2, completed.stderr  # one document without a creation time
    assert "43.xml: no creation time" in completed.stderr
    assert "1 documents read, 1 rejected" in completed.stderr
    assert sorted(path.name for path in out.iterdir()) == ["airbus.txt", "s_and_p_500.txt"]
    assert (out / "s_and_p_500.txt").read_text(encoding="utf-8") == "S&P 500\n"


def test_command_line_fails_on_an_empty_target_list(tmp_path):
    (tmp_path / "targets.txt").write_text("\n", encoding="utf-8")
    completed = run_cli(tmp_path, tmp_path / "targets.txt", "--out", tmp_path / "out", "--quiet")
    assert completed.returncode == 1
    assert "error: no target entities" in completed.stderr
