"""Misfires a review found in session 20's rules, each with the near-miss that must stay right (tests fail on the
tree before the mends)."""
from datetime import date

import pandas as pd
import pytest

from helpers.events import events_of, events_table
from helpers.timeline import build_timeline
from helpers.timex import timexes_of


@pytest.mark.parametrize("text, trigger, value", [
    # an occasion's time is not that of what it is about, of where it was sent, or of its start
    ("In a statement about the elections held in May, the party claimed victory.", "claimed", "2022-09-13"),
    ("In a report submitted to the conference scheduled for December, the agency found widespread abuses.",
     "found", "2022-09-13"),
    ("At the trial, which began in 2019, the former minister pleaded guilty.", "pleaded", "2022-09-13"),
    # what one acts "at" is no occasion, but a gathering is
    ("The opposition leader lashed out at a report published on Monday by the election commission.", "lashed",
     "2022-09-13"),
    ("Police fired tear gas at a rally held on Sunday.", "fired", "2022-09-11"),
    # "talks" as written
    ("In talks held in Doha on Monday, the Taliban agreed to release prisoners.", "agreed", "2022-09-12"),
])
def test_an_occasion_dates_the_act_told_in_it_only(events, text, trigger, value):
    assert events(text).loc[trigger, "date_value"] == value


@pytest.mark.parametrize("text, value", [
    # an older act of the kind, another place's, another thing's: the headline keeps its own day
    ("Apple unveils iPhone 14\n\nApple unveiled its first iPhone in 2007. It unveiled the iPhone 14 in "
     "Cupertino.", "2022-09-13"),
    ("France condemns coup in Niger\n\nFrance condemned the coup in Mali on Monday.", "2022-09-13"),
    ("Iran launches satellite\n\nIran fired missiles at Kurdish groups in Iraq on Wednesday.", "2022-09-13"),
    # ... the same act, told in the week before, does date it
    ("Apple unveils new MacBook Air laptops\n\nApple Inc. unveiled new MacBook Air laptops on Wednesday in "
     "Cupertino.", "2022-09-07"),
])
def test_a_headline_takes_only_its_own_acts_day(events, text, value):
    table = events(text)
    assert table.iloc[0]["date_value"] == value


def reports(nlp, *told: tuple[str, str, date]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events of small reports (article id, text, publication day) and their articles table."""
    tables = []
    for article_id, text, published in told:
        doc = nlp(text)
        tables.append(events_table(events_of(doc, timexes_of(doc, published=published), article_id=article_id,
                                             published=published)))
    articles = pd.DataFrame({"article_id": [a for a, _, _ in told], "published": [p for _, _, p in told]})
    return pd.concat(tables, ignore_index=True), articles


@pytest.mark.parametrize("first, second, rows", [
    # another of its kind, another thing of the same number, another verb governed, days too far apart
    ("Russian forces shelled the centre of Kharkiv on Friday.", "Russian forces shelled the centre of Kharkiv again.",
     2),
    ("The finance minister resigned on Monday.", "A second minister resigned.", 2),
    ("Militants killed 12 soldiers on Monday.", "Militants killed 12 civilians in a market.", 2),
    ("Parliament voted on Monday to extend the state of emergency.", "Parliament voted to approve the budget.", 2),
])
def test_an_act_dated_by_its_report_joins_only_the_same_act(nlp, first, second, rows):
    events, articles = reports(nlp, ("a", first, date(2022, 9, 10)), ("b", second, date(2022, 9, 13)))
    assert len(build_timeline(events, articles)) == rows


def test_a_day_too_far_before_its_report_is_not_joined(nlp):
    events, articles = reports(nlp, ("a", "Steve Jobs resigned on Monday.", date(2022, 9, 5)),
                               ("b", "Steve Jobs resigned.", date(2022, 9, 10)))
    assert len(build_timeline(events, articles)) == 2
    events, articles = reports(nlp, ("a", "Steve Jobs resigned on Friday.", date(2022, 9, 10)),
                               ("b", "Steve Jobs resigned.", date(2022, 9, 11)))
    assert len(build_timeline(events, articles)) == 1


@pytest.mark.parametrize("first, second, rows", [
    # regions with no code of their own, a company with another word after its name, a police raid
    ("Al-Shabaab militants attacked a military base in Puntland on Monday.",
     "Al-Shabaab militants attacked a police station in Somaliland on Monday.", 2),
    ("Apple sued Samsung on Monday.", "Apple Corps sued a record label on Monday.", 2),
    ("United cut 200 flights on Monday.", "The United Nations cut food aid to Yemen on Monday.", 2),
    ("Police raided a brothel in Lahore on Monday.", "Police attacked protesters in Lahore on Monday.", 2),
    # ... a province and its region, a company and its legal form, launching missiles and attacking
    ("Gunmen attacked a bus in Balochistan on Monday.", "Gunmen attacked a bus in Balochistan province on Monday.", 1),
    ("Apple sued Samsung on Monday.", "Apple Inc. sued Samsung on Monday.", 1),
    ("Russia launched missiles at Kyiv on Monday.", "Russia attacked Kyiv on Monday.", 1),
])
def test_the_timeline_merges_one_place_one_side_one_act(nlp, first, second, rows):
    events, articles = reports(nlp, ("a", first, date(2022, 9, 13)), ("b", second, date(2022, 9, 13)))
    assert len(build_timeline(events, articles)) == rows
