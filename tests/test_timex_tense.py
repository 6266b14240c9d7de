"""Tests of helpers.timex.tense: which way a time expression points, from the verb it hangs on."""
from datetime import date

import pytest

from helpers.timex import timexes_of
from helpers.timex.spans import find_time_spans
from helpers.timex.tense import TENSE_TABLE, tense_entry, tense_of
from test_timex_spans import check_offsets  # tests/ is on the path under pytest

PUBLISHED = date(2022, 9, 13)  # a Tuesday
D = date


@pytest.mark.parametrize("entry", TENSE_TABLE, ids=[entry.test.__name__ for entry in TENSE_TABLE])
def test_each_entry_of_the_tense_table_decides_its_example(nlp, entry):
    # the example's expression, in [brackets], is one the stage finds, and this entry is the first whose test holds
    start, end = entry.example.index("["), entry.example.index("]") - 1
    doc = nlp(entry.example.replace("[", "").replace("]", ""))
    span = doc.char_span(start, end)
    assert span is not None and span in find_time_spans(doc)
    assert tense_entry(span) is entry
    assert tense_of(span) == entry.answer


def test_the_table_ends_with_a_test_that_always_holds():
    assert TENSE_TABLE[-1].answer == "" and TENSE_TABLE[-1].test(None)
    assert {entry.answer for entry in TENSE_TABLE} == {"past", "future", ""}


def test_tense_decides_the_direction_of_a_weekday(nlp):
    doc = nlp("Troops entered the town on Sunday. Officials will meet on Sunday.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert [(t.start, t.text, t.value) for t in timexes] == [(27, "Sunday", "2022-09-11"), (58, "Sunday", "2022-09-18")]
    check_offsets(doc, timexes)


def test_a_plan_already_overtaken_looks_back(nlp):
    doc = nlp("The offer was extended to Nov. 16. It had been due to expire Friday evening.")
    monday = D(1989, 10, 30)
    assert [(t.text, t.value) for t in timexes_of(doc, published=monday)][-1] == ("Friday evening", "1989-10-27TEV")


def test_a_deadline_after_until_looks_ahead(nlp):
    doc = nlp("Officials postponed until Tuesday any action on the permit.")
    thursday = D(2000, 3, 30)
    assert [(t.text, t.value) for t in timexes_of(doc, published=thursday)] == [("Tuesday", "2000-04-04")]


def test_until_closing_a_span_begun_in_the_past_looks_back(nlp):
    doc = nlp("“We lived in the basement from March until Saturday,” said a resident.")
    wednesday = D(2022, 9, 14)
    assert [(t.text, t.value) for t in timexes_of(doc, published=wednesday)][-1] == ("Saturday", "2022-09-10")


def test_soon_looks_ahead_unless_the_story_is_told_in_the_past(nlp):
    doc = nlp("The company will soon begin selling boxes. He was soon released. Call as soon as you can.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=PUBLISHED)] == [("soon", "FUTURE_REF")]


def test_could_is_the_past_of_can_but_as_early_as_looks_ahead(nlp):
    thursday = D(2000, 1, 6)
    doc = nlp("His grandparents could not be located Wednesday. His father could come as early as Tuesday.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=thursday)] == [
        ("Wednesday", "2000-01-05"), ("Tuesday", "2000-01-11")]


@pytest.mark.parametrize("text, value", [
    ("The vote is expected on Sunday.", "2013-03-24"),  # what is expected lies ahead
    ("Talks are scheduled for Monday.", "2013-03-25"),
    ("The summit ends on Saturday.", "2013-03-23"),  # a timetable told in the present
    ("The move follows Tuesday's declaration by Ford.", "2013-03-19"),  # a present that is no timetable
    ("The summit ended on Saturday.", "2013-03-16"),
])
def test_expected_and_timetabled_days_lie_ahead(nlp, text, value):
    found = timexes_of(nlp(text), published=date(2013, 3, 22))  # a Friday
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("text, value", [
    ("Russia said on Monday it would send troops.", "2013-03-18"),  # the day of the saying
    ("The results, expected on Friday, will show a loss.", "2013-03-22"),
    ("The meeting, due on Friday, was cancelled.", "2013-03-22"),
    ("The payment was due on Friday.", "2013-03-15"),
    ("He is to travel to Moscow on Friday.", "2013-03-22"),
    ("The deadline is Friday.", "2013-03-22"),
    ("The cardinals gather on Tuesday for the conclave.", "2013-03-26"),
    ("Shares are near the record high set on Friday.", "2013-03-15"),  # a record set is no schedule
])
def test_the_day_of_a_saying_a_schedule_and_a_deadline(nlp, text, value):
    found = timexes_of(nlp(text), published=date(2013, 3, 20))  # a Wednesday
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("Traders sold shares ahead of the weekend.", "2022-W37-WE"),  # the weekend to come
    ("Farmers planned a protest march in the capital on Saturday.", "2022-09-17"),  # what is planned lies ahead
    ("On Friday, the council planned to pay the first claims.", "2022-09-09"),  # the day the planning was done
    ("The storm may have been responsible for the outage on Sunday.", "2022-09-11"),  # a modal perfect looks back
])
def test_the_verb_and_its_preposition_decide_past_or_future(nlp, sentence, value):
    assert [t.value for t in timexes_of(nlp(sentence), published=PUBLISHED)] == [value]


@pytest.mark.parametrize("text, expected", [
    ("The law, passed in 2010, takes effect Jan. 1.", [("2010", "2010"), ("Jan. 1", "2014-01-01")]),
    ("The measure passed 10 years ago this month.", [("10 years ago this month", "2003-03")]),
])
def test_what_takes_effect_lies_ahead_and_years_ago_this_month(nlp, text, expected):
    assert [(t.text, t.value) for t in timexes_of(nlp(text), published=date(2013, 3, 20))] == expected


@pytest.mark.parametrize("text, value", [
    ("The government fell in the autumn.", "2012-FA"),  # said in March: the autumn before
    ("Elections will be held in the summer.", "2013-SU"),
    ("The fall of the city shocked Moscow.", None),  # a fall that is no season
])
def test_a_season_with_the_takes_the_verbs_direction(nlp, text, value):
    found = timexes_of(nlp(text), published=date(2013, 3, 22))
    assert [t.value for t in found] == ([value] if value else [])


@pytest.mark.parametrize("published, text, expected", [
    (date(2025, 3, 10), "U.S. and Ukrainian officials are in Saudi Arabia for talks Tuesday.", "2025-03-11"),
    (date(2025, 3, 10), "Rubio arrived in Jeddah ahead of talks Tuesday with Ukrainian officials.", "2025-03-11"),
    (date(2025, 3, 11), "The committee's hearing Thursday is the first of three.", "2025-03-13"),
    (date(2025, 3, 11), "The vote Sunday will be watched closely.", "2025-03-16"),
    (date(2025, 3, 11), "A meeting Friday ended without agreement.", "2025-03-07"),  # told as past
    (date(2025, 3, 11), "The attack Sunday is the largest so far.", "2025-03-09"),  # no event one schedules
    (date(2025, 3, 11), "Biden's visit Monday angers Moscow", "2025-03-10"),  # a headline's present
])
def test_a_weekday_of_an_event_one_schedules_lies_ahead_unless_told_as_past(nlp, published, text, expected):
    assert [t.value for t in timexes_of(nlp(text), published=published)] == [expected]


@pytest.mark.parametrize("text, tense", [
    ("Protesters tried to storm the Israeli Embassy in Amman late [Tuesday].", "past"),
    ("Rebels sought to seize the airport on [Sunday].", "past"),
    # an attempt still being made, and the other verbs that look ahead, still look ahead
    ("Negotiators are trying to reach a deal by [Friday].", "future"),
    ("He was expected to testify on [Friday].", "future"),
])
def test_an_attempt_told_in_the_past_was_made_then(nlp, text, tense):
    start, end = text.index("["), text.index("]") - 1
    doc = nlp(text.replace("[", "").replace("]", ""))
    assert tense_of(doc.char_span(start, end, alignment_mode="expand")) == tense
