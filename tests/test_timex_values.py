"""Tests of helpers.timex.values: the typed records of the time stage and the values of whole calendar units."""
from datetime import date

import pytest

from helpers.timex.values import Timex, Value, day_result, month_result, quarter_result, rule, week_result, \
    year_ago_quarter, year_result


def test_a_value_is_read_by_name_and_still_equals_its_tuple():
    value = Value("DATE", "2022-09-12", date(2022, 9, 12), date(2022, 9, 12))
    assert (value.type, value.value, value.resolved_start, value.resolved_end) == tuple(value)
    assert value == ("DATE", "2022-09-12", date(2022, 9, 12), date(2022, 9, 12)) == day_result(date(2022, 9, 12))
    assert Value("DURATION", "P3M") == ("DURATION", "P3M", None, None)  # a length covers no calendar days
    assert Timex(0, 6, "Monday", *value).resolved_end == date(2022, 9, 12)


@pytest.mark.parametrize("made, expected", [
    (week_result(date(2020, 12, 28)), ("DATE", "2020-W53", date(2020, 12, 28), date(2021, 1, 3))),  # ISO week year
    (month_result(2024, 2), ("DATE", "2024-02", date(2024, 2, 1), date(2024, 2, 29))),  # a leap year
    (quarter_result(1989, 3), ("DATE", "1989-Q3", date(1989, 7, 1), date(1989, 9, 30))),
    (year_ago_quarter("1989-Q4"), ("DATE", "1988-Q4", date(1988, 10, 1), date(1988, 12, 31))),
    (year_result(1), ("DATE", "0001", date(1, 1, 1), date(1, 12, 31))),  # four digits, as TIMEX3 writes a year
])
def test_whole_calendar_units(made, expected):
    assert made == expected


def test_a_rule_needs_two_examples_and_reads_as_its_function():
    with pytest.raises(ValueError):
        rule(("2022", "DATE", "2022"))

    @rule(("noon", "TIME", "T12:00"), ("midnight", "TIME", "T24:00", "past"))
    def rule_of_a_test(t, anchor, tense, last_day):
        return Value("TIME", "T12:00") if t == "noon" else None

    assert rule_of_a_test.name == "rule_of_a_test"
    assert rule_of_a_test.examples[1].tense == "past" and rule_of_a_test.examples[0].last_day is None
    assert rule_of_a_test("noon", None, "", None) == ("TIME", "T12:00", None, None)
