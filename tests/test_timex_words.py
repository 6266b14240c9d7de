"""Tests of helpers.timex.words: the word tables and the patterns built from them."""
from datetime import date

import pytest

from helpers.timex.words import DAY_MONTH, HOLIDAYS, MONTH_NAME, MONTHS, WEEKDAYS, nth_weekday


@pytest.mark.parametrize("name, day", [
    ("thanksgiving", date(2022, 11, 24)),  # the fourth Thursday of November
    ("memorial day", date(2022, 5, 30)),  # the last Monday of May
    ("labor day", date(2022, 9, 5)),  # the first Monday of September
    ("good friday", date(2022, 4, 15)),  # two days before (western) Easter
    ("black friday", date(2022, 11, 25)),
])
def test_holidays_of_a_year(name, day):
    assert HOLIDAYS[name](2022) == day


def test_nth_weekday_counts_from_either_end_of_the_month():
    assert nth_weekday(2022, 9, 1, 2) == date(2022, 9, 13)  # the second Tuesday
    assert nth_weekday(2022, 9, 4, -1) == date(2022, 9, 30)  # the last Friday


def test_month_and_weekday_names():
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9 and WEEKDAYS["monday"] == 0
    assert MONTH_NAME.match("Sept. 10").group() == "Sept"  # the longest name first
    assert DAY_MONTH.match("11 September") and not DAY_MONTH.match("11 Septembers")
