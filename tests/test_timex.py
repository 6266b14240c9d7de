"""Tests of helpers.timex: TIMEX3 values and calendar days of time expressions, against a publication date."""
from datetime import date

import pytest

from helpers.timex import Timex, find_time_spans, normalise, timexes_of

PUBLISHED = date(2022, 9, 13)  # a Tuesday
D = date


def day(year: int, month: int, number: int) -> tuple:
    """The result of an expression that names one calendar day."""
    return "DATE", f"{year:04d}-{month:02d}-{number:02d}", D(year, month, number), D(year, month, number)


NORMALISED = [
    # (text, tense, expected (type, value, resolved_start, resolved_end))
    ("the previous day", "", day(2022, 9, 12)),
    ("a weekend", "", ("DATE", "2022-W36-WE", D(2022, 9, 10), D(2022, 9, 11))),
    ("last weekend", "", ("DATE", "2022-W36-WE", D(2022, 9, 10), D(2022, 9, 11))),
    ("the weekend", "future", ("DATE", "2022-W37-WE", D(2022, 9, 17), D(2022, 9, 18))),
    ("Sunday", "past", day(2022, 9, 11)),
    ("Sunday", "future", day(2022, 9, 18)),
    ("Tuesday", "", day(2022, 9, 13)),
    ("Tuesday", "past", day(2022, 9, 13)),
    ("last Tuesday", "", day(2022, 9, 6)),
    ("next Tuesday", "", day(2022, 9, 20)),
    ("Friday morning", "past", ("DATE", "2022-09-09TMO", D(2022, 9, 9), D(2022, 9, 9))),  # TimeBank: a DATE
    ("last week", "", ("DATE", "2022-W36", D(2022, 9, 5), D(2022, 9, 11))),
    ("this week", "", ("DATE", "2022-W37", D(2022, 9, 12), D(2022, 9, 18))),
    ("next week", "", ("DATE", "2022-W38", D(2022, 9, 19), D(2022, 9, 25))),
    ("earlier this month", "", ("DATE", "2022-09", D(2022, 9, 1), D(2022, 9, 30))),
    ("last month", "", ("DATE", "2022-08", D(2022, 8, 1), D(2022, 8, 31))),
    ("last year", "", ("DATE", "2021", D(2021, 1, 1), D(2021, 12, 31))),
    ("overnight", "", ("TIME", "2022-09-12TNI", D(2022, 9, 12), D(2022, 9, 13))),
    ("last night", "", ("TIME", "2022-09-12TNI", D(2022, 9, 12), D(2022, 9, 13))),
    ("yesterday", "", day(2022, 9, 12)),
    ("today", "", day(2022, 9, 13)),
    ("tomorrow", "", day(2022, 9, 14)),
    ("this morning", "", ("TIME", "2022-09-13TMO", D(2022, 9, 13), D(2022, 9, 13))),
    ("September 10", "", day(2022, 9, 10)),
    ("Sept. 10, 2022", "", day(2022, 9, 10)),
    ("10th September", "", day(2022, 9, 10)),
    ("September 10th, 2021", "", day(2021, 9, 10)),
    ("December 5", "past", day(2021, 12, 5)),
    ("January 5", "future", day(2023, 1, 5)),
    ("2022-09-10", "", day(2022, 9, 10)),
    ("August 2022", "", ("DATE", "2022-08", D(2022, 8, 1), D(2022, 8, 31))),
    ("2011", "", ("DATE", "2011", D(2011, 1, 1), D(2011, 12, 31))),
    ("the 1990s", "", ("DATE", "199X", D(1990, 1, 1), D(1999, 12, 31))),  # TimeBank writes decades so
    ("summer 2012", "", ("DATE", "2012-SU", D(2012, 6, 1), D(2012, 8, 31))),
    ("last winter", "", ("DATE", "2021-WI", D(2021, 12, 1), D(2022, 2, 28))),
    ("the third quarter", "", ("DATE", "2022-Q3", D(2022, 7, 1), D(2022, 9, 30))),
    ("the first quarter of 2021", "", ("DATE", "2021-Q1", D(2021, 1, 1), D(2021, 3, 31))),
    ("two days ago", "", day(2022, 9, 11)),
    ("two weeks ago", "", ("DATE", "2022-W35", D(2022, 8, 29), D(2022, 9, 4))),
    ("the past two days", "", ("DURATION", "P2D", D(2022, 9, 11), D(2022, 9, 13))),
    ("three months", "", ("DURATION", "P3M", None, None)),
    ("several days", "", ("DURATION", "PXD", None, None)),
    ("10:30 a.m.", "", ("TIME", "2022-09-13T10:30", D(2022, 9, 13), D(2022, 9, 13))),
    ("5 p.m.", "", ("TIME", "2022-09-13T17:00", D(2022, 9, 13), D(2022, 9, 13))),
    ("12 p.m.", "", ("TIME", "2022-09-13T12:00", D(2022, 9, 13), D(2022, 9, 13))),
    ("now", "", ("DATE", "PRESENT_REF", D(2022, 9, 13), D(2022, 9, 13))),
    ("recently", "", ("DATE", "PAST_REF", None, None)),
    ("every week", "", ("SET", "P1W", None, None)),
    ("daily", "", ("SET", "P1D", None, None)),
]


@pytest.mark.parametrize("text, tense, expected", NORMALISED, ids=[f"{t}-{s or 'none'}" for t, s, _ in NORMALISED])
def test_normalise_against_a_tuesday(text, tense, expected):
    assert normalise(text, published=PUBLISHED, tense=tense) == expected


@pytest.mark.parametrize("text", ["49", "Papermaster, 49", "1,000", "55 years old"])
def test_a_bare_number_or_an_age_is_not_a_time(text):
    assert normalise(text, published=PUBLISHED) is None


@pytest.mark.parametrize("text, value", [("months", "PXM"), ("years", "PXY"), ("several weeks", "PXW"),
                                         ("hours", "PTXH"), ("twenty years", "P20Y"),
                                         ("the first nine months", "P9M")])
def test_durations_without_or_with_spelled_numbers(text, value):
    # TimeBank marks "for years", "for months" as durations of unknown length
    assert normalise(text, published=PUBLISHED) == ("DURATION", value, None, None)


def test_week_across_a_year_boundary_uses_the_iso_week_year():
    assert normalise("last week", published=D(2021, 1, 4)) == ("DATE", "2020-W53", D(2020, 12, 28), D(2021, 1, 3))


def test_chained_expression_counts_from_the_last_day_mentioned():
    assert normalise("the previous day", published=PUBLISHED, last_day=D(2022, 9, 8)) == day(2022, 9, 7)
    assert normalise("the next day", published=PUBLISHED, last_day=D(2022, 9, 8)) == day(2022, 9, 9)


NO_PUBLICATION_DATE = [
    ("the previous day", ("DATE", "XXXX-XX-XX", None, None)),
    ("a weekend", ("DATE", "XXXX-WXX-WE", None, None)),
    ("Sunday", ("DATE", "XXXX-WXX-7", None, None)),
    ("last week", ("DATE", "XXXX-WXX", None, None)),
    ("earlier this month", ("DATE", "XXXX-XX", None, None)),
    ("last year", ("DATE", "XXXX", None, None)),
    ("overnight", ("TIME", "XXXX-XX-XXTNI", None, None)),
    ("yesterday", ("DATE", "XXXX-XX-XX", None, None)),
    ("this morning", ("TIME", "XXXX-XX-XXTMO", None, None)),
    ("September 10", ("DATE", "XXXX-09-10", None, None)),
    ("the third quarter", ("DATE", "XXXX-Q3", None, None)),
    ("10:30 a.m.", ("TIME", "XXXX-XX-XXT10:30", None, None)),
    ("now", ("DATE", "PRESENT_REF", None, None)),
    ("the past two days", ("DURATION", "P2D", None, None)),
    # absolute expressions need no publication date
    ("2011", ("DATE", "2011", D(2011, 1, 1), D(2011, 12, 31))),
    ("Sept. 10, 2022", day(2022, 9, 10)),
]


@pytest.mark.parametrize("text, expected", NO_PUBLICATION_DATE, ids=[t for t, _ in NO_PUBLICATION_DATE])
def test_without_publication_date_relative_expressions_keep_x_values(text, expected):
    assert normalise(text, published=None) == expected


# --- known bugs ----------------------------------------------------------------------------------

def test_ago_without_publication_date_keeps_an_x_value():
    assert normalise("two days ago", published=None) == ("DATE", "XXXX-XX-XX", None, None)


@pytest.mark.parametrize("text, value", [("12 a.m.", "2022-09-13T00:00"), ("12:30 a.m.", "2022-09-13T00:30")])
def test_twelve_a_m_is_midnight(text, value):
    assert normalise(text, published=PUBLISHED)[1] == value


@pytest.mark.parametrize("text, values", [("a decade", {"P10Y", "P1DE"}), ("the past two decades", {"P20Y", "P2DE"})])
def test_decades_are_not_days(text, values):
    found = normalise(text, published=PUBLISHED)
    assert found[0] == "DURATION" and found[1] in values
    assert found[2] != D(2022, 9, 11)


def test_mid_month_is_the_month():
    assert normalise("mid-September", published=PUBLISHED) == ("DATE", "2022-09", D(2022, 9, 1), D(2022, 9, 30))


def test_impossible_day_of_month_is_not_a_date():
    assert normalise("September 31", published=PUBLISHED) is None


@pytest.mark.parametrize("text, values", [("the past week", {"P1W", "2022-W36"}), ("the previous week", {"2022-W36"})])
def test_the_past_week_is_a_time_expression(text, values):
    assert normalise(text, published=PUBLISHED)[1] in values


# --- in a parsed report --------------------------------------------------------------------------

def check_offsets(doc, timexes: list[Timex]) -> None:
    for timex in timexes:
        assert doc.text[timex.start:timex.end] == timex.text


def test_previous_day_chains_from_the_date_before_it(nlp):
    doc = nlp("On September 8, troops entered the town. The previous day, they shelled it.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert timexes == [
        Timex(3, 14, "September 8", "DATE", "2022-09-08", D(2022, 9, 8), D(2022, 9, 8)),
        Timex(41, 57, "The previous day", "DATE", "2022-09-07", D(2022, 9, 7), D(2022, 9, 7)),
    ]
    check_offsets(doc, timexes)


def test_without_publication_date_a_report_has_x_values_and_no_dates(nlp):
    doc = nlp("On September 8, troops entered the town. The previous day, they shelled it. "
              "Fighting continued overnight and this morning, after a weekend of rapid gains.")
    timexes = timexes_of(doc, published=None)
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("September 8", "DATE", "XXXX-09-08"),
        ("The previous day", "DATE", "XXXX-XX-XX"),
        ("overnight", "TIME", "XXXX-XX-XXTNI"),
        ("this morning", "TIME", "XXXX-XX-XXTMO"),
        ("a weekend", "DATE", "XXXX-WXX-WE"),
    ]
    assert all(t.resolved_start is None and t.resolved_end is None for t in timexes)
    check_offsets(doc, timexes)


def test_tense_decides_the_direction_of_a_weekday(nlp):
    doc = nlp("Troops entered the town on Sunday. Officials will meet on Sunday.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.start, t.text, t.value) for t in timexes] == [(27, "Sunday", "2022-09-11"), (58, "Sunday", "2022-09-18")]
    check_offsets(doc, timexes)


def test_timeml_extent_drops_the_preposition(nlp):
    doc = nlp("The army said on Friday that it had retaken the town.")
    assert [span.text for span in find_time_spans(doc)] == ["Friday"]
    assert timexes_of(doc, published=PUBLISHED) == [Timex(17, 23, "Friday", "DATE", "2022-09-09",
                                                          D(2022, 9, 9), D(2022, 9, 9))]


def test_an_age_tagged_date_by_the_model_is_dropped(nlp):
    doc = nlp("The plant was built in the 1990s and expanded in summer 2012. "
              "Papermaster, 49, said the third quarter was hard.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.text, t.value) for t in timexes] == [("the 1990s", "199X"), ("summer 2012", "2012-SU"),
                                                    ("the third quarter", "2022-Q3")]
    check_offsets(doc, timexes)


def test_expressions_the_model_misses_are_found(nlp):
    doc = nlp("He said that at 10:30 a.m. now, every week, for the past two days and three months. "
              "Fighting continued overnight.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("10:30 a.m.", "TIME", "2022-09-13T10:30"),
        ("now", "DATE", "PRESENT_REF"),
        ("every week", "SET", "P1W"),
        ("the past two days", "DURATION", "P2D"),
        ("three months", "DURATION", "P3M"),
        ("overnight", "TIME", "2022-09-12TNI"),
    ]
    check_offsets(doc, timexes)


def test_every_timex_of_the_seed_points_at_its_text(nlp, seed_article):
    doc = nlp(seed_article.body)
    timexes = timexes_of(doc, published=seed_article.published)
    assert [(t.text, t.value) for t in timexes] == [("a weekend", "2022-W36-WE"), ("the previous day", "2022-09-12"),
                                                    ("evening", "2022-09-13TEV")]
    for timex in timexes:
        assert seed_article.text[timex.start:timex.end] == timex.text


# --- rules added while measuring on TBAQ's tuned part (benchmarks/tempeval3.py) --------------------

EARNINGS_DAY = D(1989, 10, 27)  # a Friday in the fourth quarter


@pytest.mark.parametrize("text, value", [
    ("third-quarter", "1989-Q3"), ("the third quarter", "1989-Q3"), ("the latest quarter", "1989-Q3"),
    ("the year-ago quarter", "1988-Q3"), ("the year-earlier third quarter", "1988-Q3"),
    ("the 1988 second quarter", "1988-Q2"), ("the fiscal first quarter", "1989-Q1"),
    ("the current quarter", "1989-Q4"), ("fiscal 1990", "1990"),
])
def test_business_quarters_and_fiscal_years(text, value):
    assert normalise(text, published=EARNINGS_DAY, tense="past")[1] == value


@pytest.mark.parametrize("text, value", [
    ("Thanksgiving Day", "1988-11-24"), ("Christmas", "1988-12-25"), ("the 1990s", "199X"),
    ("2 1/2 years", "P2Y6M"), ("5 1/2 hours", "PT5H30M"), ("a year earlier", "1988"),
    ("several years ago", "PAST_REF"), ("recent years", "PXY"), ("the coming months", "PXM"),
    ("last April", "1989-04"), ("last Oct. 23", "1989-10-23"), ("year-end", "1989"),
    ("10 p.m. Wednesday", "1989-10-25T22:00"), ("noon Thursday", "1989-10-26T12:00"),
    ("each Thursday", "XXXX-WXX-4"), ("every July", "XXXX-07"),
])
def test_more_expressions_of_news(text, value):
    assert normalise(text, published=EARNINGS_DAY, tense="past")[1] == value


def test_dateparser_may_not_invent_a_year():
    assert normalise("April 24 and 25", published=EARNINGS_DAY) is None


def test_two_expressions_in_one_model_span_are_split(nlp):
    doc = nlp("Net income for the quarter ended Sept. 30 rose, and sales between 1985 and 1987 fell.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.value) for t in timexes] == [
        ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("1985", "1985"), ("1987", "1987")]
    check_offsets(doc, timexes)


def test_a_year_earlier_in_an_earnings_report_is_the_same_quarter_a_year_before(nlp):
    doc = nlp("Third-quarter profit rose 10% to $5 million from $4.5 million a year earlier.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_a_clock_time_and_its_day_are_one_expression(nlp):
    doc = nlp("The offer expires at 5 p.m. EST Nov. 9, the company said.")
    assert [(t.text, t.type, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]


def test_the_previous_day_in_a_new_paragraph_is_counted_from_the_report(nlp):
    doc = nlp("Power failed late on Sunday.\n\nUkraine says it retook 20 settlements in the previous day.")
    monday = D(2022, 9, 12)
    assert [(t.text, t.value) for t in timexes_of(doc, published=monday)] == [
        ("Sunday", "2022-09-11"), ("the previous day", "2022-09-11")]
