"""Misfires a review found in session 21's rules, each with the near-miss that must stay right (the misfires fail
on the tree before the mends)."""
from datetime import date

import pytest

from helpers.timex import timexes_of


@pytest.mark.parametrize("text, trigger, actor", [
    # an owner pronoun after a clause that named another person may be that person's: it stays as written
    ("An Israeli soldier shot a Palestinian teenager near Hebron, and his family said he was unarmed.", "said",
     "his family"),
    ("A police officer stopped a driver in Minneapolis, and his lawyer said the stop was illegal.", "said",
     "his lawyer"),
    ("Iran's U.N. ambassador participated in the meeting, but his U.N. mission criticized it.", "criticized",
     "Iran's U.N. ambassador’s U.N. mission"),  # (no one else named: the subject's)
    # those harmed of the doer's own side were harmed by the other side, which the clause does not name
    ("Militants attacked an army post near Gao and four militants were killed.", "killed", ""),
    ("Rebels attacked the town and the rebel commander was killed.", "killed", ""),
    ("The army attacked the ridge at dawn and dozens of soldiers were wounded.", "wounded", ""),
    ("Police fired tear gas and several officers were injured.", "injured", ""),
    ("Troops raided the camp and several fighters were killed, the army said.", "killed", "Troops"),  # the other side
    ("The mob attacked the police station and an officer was killed.", "killed", "The mob"),
])
def test_whom_a_pronoun_or_a_passive_harm_is_given_to(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger", [
    # a past verb after "could not ... and" tells what was done instead: an event
    ("The ship could not dock in Port Sudan and anchored offshore on Tuesday.", "anchored"),
    ("Rescuers could not reach the village and turned back on Friday.", "turned"),
    ("The government cannot pay its debts and defaulted last year.", "defaulted"),
])
def test_a_past_verb_joined_to_a_possibility_is_an_event(events, text, trigger):
    assert trigger in events(text).index


@pytest.mark.parametrize("text, trigger, value", [
    # a passive's "as" phrase tells what its subject became: the day is when
    ("Smith was chosen Monday as the party's candidate for governor.", "chosen", "2022-09-12"),
    ("The group was designated Monday as a terrorist organization.", "designated", "2022-09-12"),
    # a length or the story's own time named again leaves the narrative's date
    ("The rebels took Goma in November 2012. The group held the city for a little more than a week, then withdrew.",
     "held", "2012-11"),
    ("Napoleon invaded Russia in June 1812. By that time, his army numbered 600,000 men.", "numbered", "1812-06"),
])
def test_dates_a_review_found_wrong(events, text, trigger, value):
    assert events(text).loc[trigger, "date_value"] == value


def test_the_scene_of_an_attack_is_where_it_was(events):
    assert events("The scene of the Kabul attack was cordoned off by police.").loc["cordoned", "place"] == "Kabul"


@pytest.mark.parametrize("text, expected", [
    # "this period" after two dates named together is the span between them, which no one date is
    ("From 2001 to 2018, the economy grew steadily. Over this period, exports tripled.", ["2001", "2018"]),
    ("The company was founded in 1998 and went public in 2004. During this period, it grew.", ["1998", "2004"]),
    ("He was jailed in 1964 and freed in 1990. By that time he was famous.", ["1964", "1990", "1990"]),  # a point
])
def test_a_period_after_two_dates_is_not_the_last_one(nlp, text, expected):
    assert [t.value for t in timexes_of(nlp(text), published=date(2022, 9, 13))] == expected
