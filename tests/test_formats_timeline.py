"""Tests of the SemEval-2015 Task 4 timeline files (helpers/evaluation/formats/timeline.py): target lists, timelines."""
import pytest

from helpers.evaluation.formats.timeline import (
    Timeline,
    TimelineLine,
    format_timeline,
    parse_timeline,
    read_targets,
    read_timeline,
    timeline_file_name,
    write_timeline,
)

AIRBUS = Timeline("Airbus", (TimelineLine(0, "XXXX-XX-XX", ("42-4-build",)),
                             TimelineLine(1, "2005-01-18", ("42-0-unveils", "43-2-unveiled"))))


def test_target_lists_leave_out_blank_lines_duplicates_and_spaces(tmp_path):
    path = tmp_path / "targets.txt"
    path.write_text("\ufeffAirbus\n\n  Boeing   787 \nAirbus\n", encoding="utf-8")
    assert read_targets(path) == ["Airbus", "Boeing 787"]


def test_file_names():
    assert timeline_file_name("S&P 500") == "s_and_p_500.txt"
    assert timeline_file_name("Boeing 787  Dreamliner") == "boeing_787_dreamliner.txt"


def test_a_timeline_is_written_and_read_back_unchanged(tmp_path):
    text = "Airbus\n0\tXXXX-XX-XX\t42-4-build\n1\t2005-01-18\t42-0-unveils\t43-2-unveiled\n"
    assert format_timeline(AIRBUS) == text
    assert parse_timeline(text) == AIRBUS
    path = write_timeline(AIRBUS, tmp_path / "out")
    assert path == tmp_path / "out" / "airbus.txt"
    assert path.read_text(encoding="utf-8") == text
    assert read_timeline(path) == AIRBUS


def test_a_timeline_of_no_events_is_its_name():
    assert format_timeline(Timeline("Boeing", ())) == "Boeing\n"
    assert parse_timeline("Boeing\n") == Timeline("Boeing", ())


def test_malformed_lines_are_refused():
    with pytest.raises(ValueError, match="line 2"):
        parse_timeline("Airbus\n1\t2005-01-18\n")
    with pytest.raises(ValueError, match="line 3"):
        parse_timeline("Airbus\n1\t2005\t1-2-a\nfirst\t2005\t1-2-b\n")
    with pytest.raises(ValueError, match="name the entity"):
        parse_timeline("\n1\t2005\t1-2-a\n")
