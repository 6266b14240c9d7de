"""Tests of helpers.timex's rules and normalise: every rule's examples (helpers/timex/dates.py, relative.py,
lengths.py), and the TIMEX3 values of expressions read alone, against a publication date."""
from datetime import date

import pytest

from helpers.timex.rules import RULES, answer_of_rules, cleaned, normalise
from helpers.timex.values import EXAMPLES_PUBLISHED

PUBLISHED = date(2022, 9, 13)  # a Tuesday
D = date
EARNINGS_DAY = D(1989, 10, 27)  # a Friday in the fourth quarter


def day(year: int, month: int, number: int) -> tuple:
    """The result of an expression that names one calendar day."""
    return "DATE", f"{year:04d}-{month:02d}-{number:02d}", D(year, month, number), D(year, month, number)


EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize("rule, example", EXAMPLES,
                         ids=[f"{rule.name}-{example.text}-{example.tense or 'none'}" for rule, example in EXAMPLES])
def test_each_rule_reads_its_examples(rule, example):
    # an example is read by its own rule, no rule before it in RULES taking it first, and normalise gives that value
    found = normalise(example.text, published=EXAMPLES_PUBLISHED, tense=example.tense, last_day=example.last_day)
    answered_by, value = answer_of_rules(cleaned(example.text), EXAMPLES_PUBLISHED, example.tense, example.last_day)
    if example.type is None:
        assert found is None
        assert answered_by in (rule, None), f"{example.text!r} is read by {answered_by.name}"  # no other rule takes it
    else:
        assert answered_by is rule, f"{example.text!r} is read by {answered_by and answered_by.name}"
        assert (value.type, value.value) == (example.type, example.value)
        assert found == value


def test_every_rule_has_one_place_in_the_order_and_a_hard_case_among_two_examples_or_more():
    assert len({rule.name for rule in RULES}) == len(RULES) == 29
    assert all(len(rule.examples) >= 2 for rule in RULES)
    assert [rule.name for rule in RULES[:3]] == ["rule_iso", "rule_numeric_date", "rule_reference"]
    assert [rule.name for rule in RULES[-2:]] == ["rule_clock", "rule_duration"]


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
    ("this past Sunday", "", day(2022, 9, 11)),  # a VOA story's "this past Tuesday" was no time at all
    ("this past Tuesday", "", day(2022, 9, 6)),
    ("this coming Friday", "", day(2022, 9, 16)),
    ("this past weekend", "", ("DATE", "2022-W36-WE", D(2022, 9, 10), D(2022, 9, 11))),
    ("this past week", "", ("DATE", "2022-W36", D(2022, 9, 5), D(2022, 9, 11))),
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
    ("the 1990s", "", ("DATE", "199", D(1990, 1, 1), D(1999, 12, 31))),  # the TimeML guidelines, TimeBank
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
    ("present", "", ("DATE", "PRESENT_REF", D(2022, 9, 13), D(2022, 9, 13))),  # a VOA story's "at present" crashed
    ("these days", "", ("DATE", "PRESENT_REF", D(2022, 9, 13), D(2022, 9, 13))),
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


@pytest.mark.parametrize("text, value", [
    ("third-quarter", "1989-Q3"), ("the third quarter", "1989-Q3"), ("the latest quarter", "1989-Q3"),
    ("the year-ago quarter", "1988-Q3"), ("the year-earlier third quarter", "1988-Q3"),
    ("the 1988 second quarter", "1988-Q2"), ("the fiscal first quarter", "1989-Q1"),
    ("the current quarter", "1989-Q4"), ("fiscal 1990", "1990"),
])
def test_business_quarters_and_fiscal_years(text, value):
    assert normalise(text, published=EARNINGS_DAY, tense="past")[1] == value


@pytest.mark.parametrize("text, value", [
    ("Thanksgiving Day", "1988-11-24"), ("Christmas", "1988-12-25"), ("the 1990s", "199"),
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


def test_a_future_weekday_named_on_that_weekday_is_that_day():
    thursday = D(2000, 6, 1)
    assert normalise("Thursday", published=thursday, tense="future") == day(2000, 6, 1)
    assert normalise("next Thursday", published=thursday, tense="future") == day(2000, 6, 8)


def test_the_previous_weekday_counts_from_the_last_day_named():
    friday = D(1989, 10, 27)
    assert normalise("the previous Friday", published=D(1989, 10, 30), last_day=friday) == day(1989, 10, 20)
    assert normalise("the previous Friday", published=D(1989, 10, 30)) == day(1989, 10, 27)


@pytest.mark.parametrize("text, value", [
    ("at least 30 days", "P30D"), ("at least several years", "PXY"), ("as long as a month", "P1M"),
    ("the next couple of years", "P2Y"), ("the next two years or so", "P2Y"), ("the next year or so", "1990"),
    ("at least the past 18 months", "P18M"), ("sometime next year", "1990"), ("year's end", "1989"),
    ("then current", "PAST_REF"),
])
def test_modified_and_approximate_expressions(text, value):
    assert normalise(text, published=EARNINGS_DAY)[1] == value


@pytest.mark.parametrize("text, expected", [
    ("the 20th century", ("DATE", "19")), ("this century", ("DATE", "19")),
    ("the second half of 1989", ("DATE", "1989-H2")), ("the first two quarters of 1990", ("DATE", "1990-H1")),
    ("two to three weeks", ("DURATION", "P2W")), ("the next 12 to 18 months", ("DURATION", "P12M")),
    ("the weeks ahead", ("DURATION", "PXW")), ("the past decade", ("DURATION", "P10Y")),
    ("the past two quarters", ("DURATION", "P2Q")), ("an additional year", ("DURATION", "P1Y")),
    ("two more weeks", ("DURATION", "P2W")), ("eight trading days", ("DURATION", "P8D")),
    ("each of the past three years", ("DURATION", "P3Y")), ("months ago", ("DATE", "PAST_REF")),
    ("next year's first quarter", ("DATE", "1990-Q1")), ("the year-earlier nine months", ("DURATION", "P9M")),
])
def test_centuries_halves_ranges_and_counted_spans(text, expected):
    assert normalise(text, published=EARNINGS_DAY)[:2] == expected


@pytest.mark.parametrize("text", ["more than a quarter", "a quarter", "four-quarter"])
def test_a_quarter_of_something_is_no_span_of_time(text):
    assert normalise(text, published=EARNINGS_DAY) is None


def test_later_in_the_day_and_in_the_morning_are_the_day_last_named():
    friday = D(1989, 10, 20)
    assert normalise("later in the day", published=EARNINGS_DAY, last_day=friday) == day(1989, 10, 20)
    assert normalise("the morning", published=EARNINGS_DAY, last_day=friday) == (
        "TIME", "1989-10-20TMO", friday, friday)


@pytest.mark.parametrize("text, value", [("a minute and a half later", "PT1M30S"), ("just over an hour later", "PT1H")])
def test_a_clock_length_later_is_the_length(text, value):
    assert normalise(text, published=PUBLISHED) == ("DURATION", value, None, None)


@pytest.mark.parametrize("text, value", [("March eighth", "2022-03-08"), ("September twenty-first", "2022-09-21"),
                                         ("this coming Sunday, March eighth", "2023-03-08")])
def test_a_spelled_day_of_the_month(text, value):
    assert normalise(text, published=PUBLISHED)[1] == value


def test_the_week_of_a_day_is_its_iso_week():
    assert normalise("the week of March 6", published=D(2000, 2, 24)) == (
        "DATE", "2000-W10", D(2000, 3, 6), D(2000, 3, 12))


@pytest.mark.parametrize("published, value", [(D(1998, 3, 1), "1997-02"), (D(1998, 6, 1), "1998-02")])
def test_last_month_name_of_the_month_just_gone_is_a_year_back(published, value):
    assert normalise("last February", published=published)[1] == value


@pytest.mark.parametrize("text, value", [("day-long", "P1D"), ("weeklong", "P1W"), ("year-long", "P1Y")])
def test_a_unit_long_adjective_is_its_length(text, value):
    assert normalise(text, published=PUBLISHED) == ("DURATION", value, None, None)


@pytest.mark.parametrize("text, expected", [
    ("the years", ("DURATION", "PXY", None, None)),  # "over the years"
    ("almost a hundred years", ("DURATION", "P100Y", None, None)),
    ("the year two thousand", ("DATE", "2000", D(2000, 1, 1), D(2000, 12, 31))),  # broadcast transcripts
    ("the latest fiscal year", ("DATE", "2021", D(2021, 1, 1), D(2021, 12, 31))),  # the last one closed
    ("Easter week", ("DATE", "2023-W14", D(2023, 4, 3), D(2023, 4, 9))),  # the week of the nearest Easter
])
def test_more_expressions_with_a_value(text, expected):
    published = D(2023, 4, 4) if text == "Easter week" else PUBLISHED
    assert normalise(text, published=published) == expected


def test_two_thousand_years_is_not_the_year_2000():
    assert normalise("two thousand years", published=PUBLISHED) != ("DATE", "2000", D(2000, 1, 1), D(2000, 12, 31))


@pytest.mark.parametrize("text, value", [
    ("24.02.2022", "2022-02-24"),  # dots: day first
    ("12/09/2022", "2022-09-12"),  # either reading: the one nearer the report (13 September 2022)
    ("09/12/2022", "2022-09-12"),
    ("31/12/2021", "2021-12-31"),  # only one reading is a date
])
def test_numeric_dates_with_the_year_last(text, value):
    assert normalise(text, published=date(2022, 9, 13))[1] == value
    assert normalise("30.02.2022", published=date(2022, 9, 13)) is None


def test_a_two_digit_year_without_a_report_date_takes_strptimes_century():
    assert normalise("7/8/07", published=None)[1] == "2007-07-08"
    assert normalise("7/8/89", published=None)[1] == "1989-07-08"


@pytest.mark.parametrize("text, value", [("decades-long", "PXY"), ("months-long", "PXM"), ("hours-long", "PTXH")])
def test_a_units_long_adjective_is_a_vague_length(text, value):
    assert normalise(text, published=date(2022, 9, 13))[:2] == ("DURATION", value)


@pytest.mark.parametrize("text, value", [("the nineties", "199"), ("the '80s", "198"), ("the early seventies", "197"),
                                         ("the mid-1990s", "199")])
def test_decades_written_out_or_cut_short(text, value):
    assert normalise(text, published=date(1998, 3, 3))[1] == value


def test_a_season_to_come_said_after_it_is_next_years():
    assert normalise("the spring", published=date(2013, 10, 2), tense="future")[1] == "2014-SP"


@pytest.mark.parametrize("text", ["9 a.m. cet", "14:00 bst", "3 p.m. local time", "8 p.m. pt"])
def test_a_clock_with_a_zone_is_a_time(text):
    assert normalise(text, published=date(2013, 3, 22))[0] == "TIME"
