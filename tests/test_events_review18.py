"""Misfires a review found in session 18's rules, each with the near-miss that must stay right (tests fail on the
tree before the mends)."""
import pytest


@pytest.mark.parametrize("text, trigger, actor", [
    # "the statement" is its issuer's, not of whoever rejected, welcomed or condemned a statement before
    ("Moscow rejected a statement by the G7 on Monday. The statement accused Russia of war crimes.", "accused",
     "The statement"),
    # ... but the issuer it was told with
    ("Ukraine welcomed the statement issued by the G7. The statement condemned Russia.", "condemned", "G7"),
    ("China criticized a U.S. statement. The statement called Taiwan a democracy.", "called", "United States"),
    # "the storm" is the last storm told, not a named one an unnamed or figurative storm came after
    ("Hurricane Beryl hit Jamaica. A new storm formed on Monday. The storm struck Cuba on Tuesday.", "struck",
     "The storm"),
    ("Cyclone Freddy hit Malawi in March. Opposition leaders faced a political storm after the vote. The storm "
     "forced the minister to resign.", "forced", "The storm"),
])
def test_a_description_is_not_whom_an_earlier_mention_of_another_role_names(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # a plural title with its own phrase names another group
    ("Hamas leader Yahya Sinwar was killed in Gaza. Hezbollah leader Hassan Nasrallah vowed revenge. The leaders of "
     "Arab states condemned Israel.", "condemned", "The leaders of Arab states"),
    # ... as does a group described in between
    ("Foreign Minister Dmytro Kuleba met Foreign Minister Annalena Baerbock in Kyiv on Monday. On Tuesday, EU foreign "
     "ministers met in Brussels. The ministers agreed on new sanctions.", "agreed", "The ministers"),
    # more titles than names found: the list is not whole
    ("Prime Minister Modi met Prime Minister Albanese and Prime Minister Kishida and President Biden in Tokyo. The "
     "prime ministers agreed on a plan.", "agreed", "The prime ministers"),
    # "both" of three is no pair
    ("Xi Jinping hosted Vladimir Putin in Beijing. Lavrov also attended. Both leaders signed a joint statement.",
     "signed", "Both leaders"),
    ("Russia, China and Iran held naval drills. Both countries pledged to deepen ties.", "pledged", "Both countries"),
])
def test_a_counted_or_plural_description_names_only_a_whole_group(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


def test_his_troops_are_the_speakers_side_only_when_no_one_else_is_told_before_them(events):
    table = events("The Ukrainian general said the Russian commander had fled and his troops had surrendered.")
    assert table.loc["surrendered", "actor"] == "his troops"
    table = events("The rebel leader Ahmed Dawood said on Sunday his men had shot down a helicopter.")
    assert table.loc["shot", "actor"] != "his men"


@pytest.mark.parametrize("text, trigger, actor, place", [
    # only harm done in a fight is the other side's doing
    ("Biden was elected in a close battle with Trump in 2020.", "elected", "", ""),
    ("The actor was hospitalized during his battle with cancer.", "hospitalized", "", ""),
    ("Two militants and a soldier were killed in a gunfight with each other.", "killed", "", ""),
    # where the fight was stays the place
    ("Four protesters were killed in clashes with police near the parliament in Nairobi.", "killed", "police",
     "Nairobi"),
    ("A journalist was beaten during clashes with supporters of the ruling party in Dhaka.", "beaten", "", "Dhaka"),
])
def test_only_harm_in_a_fight_is_the_other_sides_and_its_place_stays(events, text, trigger, actor, place):
    row = events(text).loc[trigger]
    assert (row["actor"], row["place"]) == (actor, place)


@pytest.mark.parametrize("text, trigger", [
    ("Ukrainian troops held their positions near Bakhmut despite heavy shelling.", "held"),  # a military hold
    ("Marines held the post against a Taliban assault.", "held"),
    ("Labour held the seat in Thursday's by-election.", "held"),  # an election result
    ("Protesters held the office of the governor for two days.", "held"),  # an occupation
    ("NATO will base 4,000 more troops in Lithuania.", "base"),  # basing troops is an act
])
def test_holding_ground_a_seat_or_an_office_and_basing_troops_are_acts(events, text, trigger):
    assert trigger in events(text).index


def test_a_title_of_a_department_is_no_speakers_side(events):
    table = events("Secretary of State Antony Blinken met Chinese officials in Beijing. “We raised our concerns "
                   "about Taiwan,” he told reporters.")
    assert table.loc["raised", "actor"] != "State"


def test_movement_away_from_a_place_keeps_it(events):
    assert events("Russian forces pulled away from Kyiv in late March.").loc["pulled", "place"] == "Kyiv"


def test_a_warplane_named_typhoon_is_no_storm(events):
    assert events("Typhoon Eurofighters bombed targets in Syria on Monday.").loc["bombed", "type"] == "ASSAULT"


def test_a_captive_does_not_issue_the_video_it_speaks_in(events):
    table = events("In a video message released Saturday, a hostage pleaded for his release.")
    assert table.loc["released", "actor"] == ""
