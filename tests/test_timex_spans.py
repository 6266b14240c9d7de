"""Tests of helpers.timex.spans: which spans of a parsed report are time expressions, and their TimeML extents."""
from datetime import date

import pytest

from helpers.timex import Timex, normalise, timexes_of
from helpers.timex.spans import find_time_spans, phrases_of

PUBLISHED = date(2022, 9, 13)  # a Tuesday
D = date
EARNINGS_DAY = D(1989, 10, 27)  # a Friday in the fourth quarter


def check_offsets(doc, timexes: list[Timex]) -> None:
    """Every expression's offsets point at its own text (the other time tests use this too)."""
    for timex in timexes:
        assert doc.text[timex.start:timex.end] == timex.text


def test_timeml_extent_drops_the_preposition(nlp):
    doc = nlp("The army said on Friday that it had retaken the town.")
    assert [span.text for span in find_time_spans(doc)] == ["Friday"]
    assert timexes_of(doc, published=PUBLISHED) == [Timex(17, 23, "Friday", "DATE", "2022-09-09",
                                                          D(2022, 9, 9), D(2022, 9, 9))]


def test_two_expressions_in_one_model_span_are_split(nlp):
    doc = nlp("Net income for the quarter ended Sept. 30 rose, and sales between 1985 and 1987 fell.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.value) for t in timexes] == [
        ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("1985", "1985"), ("1987", "1987")]
    check_offsets(doc, timexes)


def test_a_clock_time_and_its_day_are_one_expression(nlp):
    doc = nlp("The offer expires at 5 p.m. EST Nov. 9, the company said.")
    assert [(t.text, t.type, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]


def test_at_least_stays_in_the_extent(nlp):
    doc = nlp("The banks must wait at least 30 days before closing the purchase.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.type, t.value) for t in timexes] == [("at least 30 days", "DURATION", "P30D")]
    check_offsets(doc, timexes)


def test_extents_leave_out_a_determiner_of_the_noun_and_a_dangling_conjunction(nlp):
    doc = nlp("The quake will cause a fourth-quarter charge. He stays between now and Feb. 10. "
              "Earnings fall in both 1990 and 1991.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [t.text for t in timexes] == ["fourth-quarter", "now", "Feb. 10", "1990", "1991"]
    check_offsets(doc, timexes)


def test_a_list_of_years_is_one_expression_each(nlp):
    doc = nlp("His car crossed the border in 1994, 1995 and 1997, and on Sept. 27, 1989.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.value) for t in timexes] == [
        ("1994", "1994"), ("1995", "1995"), ("1997", "1997"), ("Sept. 27, 1989", "1989-09-27")]
    check_offsets(doc, timexes)


def test_overlapping_pieces_of_one_expression_are_joined(nlp):
    doc = nlp("The parade began early Friday morning, as crowds filled the square.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.text, t.value) for t in timexes] == [("early Friday morning", "2022-09-09TMO")]
    check_offsets(doc, timexes)


def test_a_length_and_a_date_side_by_side_are_two_expressions(nlp):
    found = timexes_of(nlp("He said he had been detained for three days last week."), published=date(2013, 3, 22))
    assert [(t.text, t.value) for t in found] == [("three days", "P3D"), ("last week", "2013-W11")]
    # a span the rules read as one stays whole
    found = timexes_of(nlp("The hearing is set for the week of March 6."), published=date(2000, 2, 20))
    assert [(t.text, t.value) for t in found] == [("the week of March 6", "2000-W10")]


@pytest.mark.parametrize("text, expected", [
    # the model's one span holds a figure and a date: the date is kept, the figure left out
    ("The number of soldiers killed was under 100 per month in the second half of 2008.",
     [("the second half of 2008", "2008-H2")]),
    ("Attacks rose from a low in January of 114 to over 250.", [("January", "2009-01")]),
    ("Tourists visited from January through July this year.", [("January", "2009-01"), ("July", "2009-07")]),
])
def test_a_span_the_rules_cannot_read_whole_keeps_the_dates_it_holds(nlp, text, expected):
    doc = nlp(text)
    timexes = timexes_of(doc, published=date(2009, 12, 19))
    assert [(t.text, t.value) for t in timexes] == expected
    check_offsets(doc, timexes)


@pytest.mark.parametrize("text", [
    "His 6-year-old son survived the crossing.",  # an age: TimeML marks none
    "The deadline expires on the 30th day after March 15.",  # a day counted from March 15
    "In the late 1980's the firm added audio recording.",  # a decade, not the year 1980
    "The air was cold on a recent afternoon.",
])
def test_no_piece_is_cut_from_a_word_an_age_or_a_part_of_the_day(nlp, text):
    assert all(t.value not in {"1980", "P6Y"} and "afternoon" not in t.text and t.text != "March 15"
               for t in timexes_of(nlp(text), published=date(2019, 12, 9)))


@pytest.mark.parametrize("text, extent", [
    ("Earlier Friday, Cuba's government spoke.", "Friday"),
    ("He agreed to a meeting earlier this week.", "this week"),
    ("Sales fell earlier this year.", "earlier this year"),  # TimeBank keeps "earlier" with a year (6 of 7)
])
def test_earlier_before_a_weekday_or_this_week_is_left_out_of_the_extent(nlp, text, extent):
    assert [t.text for t in timexes_of(nlp(text), published=date(2000, 2, 11))] == [extent]


def test_word_patterns_become_the_phrases_they_spell_and_others_stay_patterns():
    pattern = [{"LOWER": {"IN": ["monday", "friday"]}}, {"LOWER": {"IN": ["morning", "night"]}, "OP": "?"}]
    assert sorted(map(tuple, phrases_of(pattern))) == [("friday",), ("friday", "morning"), ("friday", "night"),
                                                        ("monday",), ("monday", "morning"), ("monday", "night")]
    assert phrases_of([{"SHAPE": "dddd"}]) is None
    assert phrases_of([{"LOWER": "the"}, {"LOWER": "future", "POS": "NOUN"}]) is None
    assert phrases_of([{"LOWER": {"IN": [str(n) for n in range(100)]}}] * 2, most=1000) is None


def test_a_weekday_and_its_day_first_date_are_one_expression(nlp):
    found = timexes_of(nlp("The eurozone agreed a deal in the early hours of Saturday, 16 March."),
                       published=date(2013, 3, 22))
    assert [(t.text, t.value) for t in found] == [("Saturday, 16 March", "2013-03-16")]


def test_a_day_and_year_take_the_month_written_before_them(nlp):
    text = "Apple unveils iPhone 4 at Worldwide Developers Conference 2010\n\nJune 8, 2010\n\nYesterday, Apple spoke."
    found = timexes_of(nlp(text), published=date(2010, 6, 8))
    assert ("June 8, 2010", "2010-06-08") in [(t.text, t.value) for t in found]
    assert normalise("8, 2010", published=date(2010, 6, 8)) is None  # not August


@pytest.mark.parametrize("text, expected", [
    ("Fighting raged between 10 and 12 September.", [("10", "2022-09-10"), ("12 September", "2022-09-12")]),
    ("The offensive of 6-11 September took Izium.", [("6", "2022-09-06"), ("11 September", "2022-09-11")]),
    ("From 1 to 3 March 2022, columns stalled.", [("1", "2022-03-01"), ("3 March 2022", "2022-03-03")]),
    ("He served 10 to 12 years.", [("10 to 12 years", "P10Y")]),  # a range of lengths stays one
])
def test_day_first_ranges_are_two_days_of_the_month_named_last(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=date(2022, 9, 13))] == expected


@pytest.mark.parametrize("text, expected", [
    ("The summit will take place on April 3-4.", [("April 3", "2013-04-03"), ("4", "2013-04-04")]),
    ("The summit will take place on 3-4 April.", [("3", "2013-04-03"), ("4 April", "2013-04-04")]),
    ("It lasted 3-4 weeks.", [("3-4 weeks", "P3W")]),  # a range of lengths keeps its lower bound
    ("The company expects growth in the second quarter.", [("the second quarter", "2013-Q2")]),  # just ahead
    ("Profit fell in the fourth quarter.", [("the fourth quarter", "2012-Q4")]),
])
def test_hyphenated_day_ranges_ranges_of_lengths_and_the_quarter_just_ahead(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=date(2013, 3, 20))] == expected


def test_the_day_before_a_weekday_is_that_weekday(nlp):
    doc = nlp("During the day Friday, the boy played in the garden with a puppy.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.text, t.value) for t in timexes] == [("Friday", "2022-09-09")]
    check_offsets(doc, timexes)


@pytest.mark.parametrize("text, expected", [
    ("The group's Sunday Times interview caused a stir.", []),  # a newspaper
    ("The march commemorates Bloody Sunday.", []),  # an event's name
    ("Christians marked Good Friday.", [("Good Friday", "2012-04-06")]),
    ("Shoppers crowded stores on Black Friday.", [("Black Friday", "2012-11-23")]),
    ("Elian was found on Thanksgiving Day.", [("Thanksgiving Day", "2012-11-22")]),
])
def test_weekdays_in_names_and_holidays(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=date(2013, 3, 20))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("After a flat second quarter, profit rose.", [("second quarter", "1989-Q2")]),
    ("For the quarter a year ago, it earned $1 million.", [("the quarter a year ago", "1988-Q3")]),
])
def test_quarters_the_model_misses(nlp, sentence, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(sentence), published=EARNINGS_DAY)] == expected


def test_a_day_long_meeting_is_found(nlp):
    doc = nlp("The union left its second day-long meeting with the employers.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=PUBLISHED)] == [("day-long", "P1D")]


def test_a_decades_long_dispute_is_found_whole(nlp):
    found = timexes_of(nlp("Apple Corps said Monday it has settled its decades-long trademark dispute."),
                       published=date(2007, 2, 5))
    assert [(t.text, t.value) for t in found] == [("Monday", "2007-02-05"), ("decades-long", "PXY")]


def test_a_spelled_decade_is_found_but_an_age_in_decades_is_not(nlp):
    found = timexes_of(nlp("Numbers dropped through the nineties. Most of them are in their twenties."),
                       published=date(1998, 3, 3))
    assert [(t.text, t.value) for t in found] == [("the nineties", "199")]


def test_a_rate_of_millions_a_year_is_not_a_count_of_years(nlp):
    found = timexes_of(nlp("Profit rose to $12 million, up from $10 million a year ago."), published=date(1989, 11, 1))
    assert [t.text for t in found] == ["a year ago"]


@pytest.mark.parametrize("text, found", [
    ("For two bloody weeks, severe fighting raged.", [("two bloody weeks", "DURATION", "P2W")]),
    ("The talks lasted three straight days.", [("three straight days", "DURATION", "P3D")]),
    ("The withdrawal is to be completed during the spring of next year.",
     [("the spring of next year", "DATE", "2023-SP")]),
])
def test_a_count_with_a_word_of_how_it_ran_and_a_season_of_a_named_year(nlp, text, found):
    doc = nlp(text)
    assert [(t.text, t.type, t.value) for t in timexes_of(doc, published=PUBLISHED)] == found


@pytest.mark.parametrize("text, expected", [
    # a rate per unit of time is how often, a SET
    ("Sinkings rose above 500,000 tons per month.", [("per month", "SET", "P1M")]),
    ("Deaths tripled to 33 per day.", [("per day", "SET", "P1D")]),
    # a season modifying a noun is the season, though the model takes the noun in ("winter quarters")
    ("Washington then entered winter quarters at Morristown.", [("winter", "DATE", "2012-WI")]),
])
def test_rates_and_seasons_before_a_noun(nlp, text, expected):
    found = timexes_of(nlp(text), published=date(2012, 12, 19))
    assert [(t.text, t.type, t.value) for t in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a range joined by "or" is one length, its lower bound (as "two to three weeks"); centuries counted in years
    ("They were trained by the Americans for ten or fifteen years.", [("ten or fifteen years", "P10Y")]),
    ("The talks could take two or three days.", [("two or three days", "P2D")]),
    ("It broke international agreements of the past two centuries.", [("the past two centuries", "P200Y")]),
    # a length of one unit with "more than" before it, which the model leaves out
    ("Serbia was conquered in a little more than a month.", [("a little more than a month", "P1M")]),
    ("Serbia was conquered in little more than a month.", [("little more than a month", "P1M")]),
    # "over" before "a" is "more than", part of the length; before a count or "the", a preposition of time
    ("He waited for over an hour.", [("over an hour", "PT1H")]),
    ("The price rose over three years.", [("three years", "P3Y")]),
])
def test_lengths_joined_by_or_and_counted_in_centuries_are_found(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=PUBLISHED)] == expected


def test_the_past_decades_reach_back_that_many_years():
    value = normalise("the past two decades", published=PUBLISHED)
    assert (value.value, value.resolved_start.year) == ("P20Y", 2002)  # (counted in days: not 1802)


@pytest.mark.parametrize("text, expected", [
    # "may" after "that" is a modal verb, "May" a month; quarters of troops are a share, not three months each
    ("He said that may change soon.", []),
    ("That May, the army attacked the town.", [("That May", "2022-05")]),
    ("The diversion of three quarters of the Axis troops made it possible.", []),
    ("It was argued in some quarters that the plan had failed.", []),
    ("Profits rose in three quarters of 1989.", [("three quarters", "P3Q"), ("1989", "1989")]),
])
def test_a_modal_may_and_a_share_in_quarters_are_no_time(nlp, text, expected):
    found = [(t.text, t.value) for t in timexes_of(nlp(text), published=PUBLISHED) if t.value != "FUTURE_REF"]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a count given as a choice reads as its lower count, as "two to three weeks" does; "to last" is no part of it
    ("Talks are expected to last two or three days.", [("two or three days", "P2D")]),
    ("The strike happened three or four weeks ago.", [("three or four weeks ago", "2022-W34")]),
    ("The talks ended a year or two ago.", [("a year or two ago", "2021")]),
    ("They stayed for two or three nights.", [("two or three nights", "P2D")]),
    ("It does not bode well for coming quarters.", [("coming quarters", "PXQ")]),
])
def test_a_count_given_as_a_choice_is_its_lower_count(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=PUBLISHED)] == expected
