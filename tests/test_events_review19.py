"""Misfires a review found in session 19's rules, each with the near-miss that must stay right (tests fail on the
tree before the mends)."""
from datetime import date

import pytest


@pytest.mark.parametrize("text, trigger, actor", [
    # "the countries" are not the ones acted on, nor a group the description names itself
    ("The United States and Britain imposed new sanctions on Russia and Iran on Monday. The countries also froze "
     "the assets of 12 companies.", "froze", "The countries"),
    ("Russia and China vetoed the resolution on Friday. The countries that voted in favor urged the council to act.",
     "urged", "The countries"),
    ("Saudi Arabia and the United Arab Emirates met on Monday. The countries of the Gulf Cooperation Council "
     "pledged $2 billion.", "pledged", "The countries of the Gulf Cooperation Council"),
    # ... and all of a list of three, not its last two
    ("Egypt, Qatar and the United States have mediated the talks. The nations issued a joint statement on Monday.",
     "issued", "Egypt, Qatar and United States"),
    # a capital counts only where too few countries are named
    ("Beijing brokered the deal between Iran and Saudi Arabia. Both countries agreed to reopen their embassies.",
     "agreed", "Iran and Saudi Arabia"),
    ("Ankara said relations between Turkey and Israel had deteriorated. Both countries recalled their ambassadors.",
     "recalled", "Turkey and Israel"),
])
def test_countries_described_are_the_ones_that_act(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # "the group" is not a body another group acted on
    ("Hezbollah accused the United Nations Interim Force in Lebanon of spying for Israel. The group warned "
     "peacekeepers to stay away.", "warned", "Hezbollah"),
    ("Al-Shabab fighters stormed a hotel in Mogadishu on Friday. The Somali government thanked the African Union "
     "for its support. The group claimed the attack.", "claimed", "The group"),
])
def test_a_group_described_is_not_one_a_body_acted_on(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # "that agreement" is not an older one the sentence names beside a new one
    ("Iran reached a new agreement with the IAEA on Monday, a year after the 2015 nuclear deal collapsed. That "
     "agreement ended a months-long standoff.", "ended", "That agreement"),
    # "the storm" is not a named one when a new storm came in since
    ("Hurricane Maria devastated Puerto Rico in 2017. On Sunday, a powerful storm struck the island again. The "
     "storm knocked out power to 400,000 homes.", "knocked", "The storm"),
])
def test_a_description_is_not_an_older_thing_of_its_kind(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger", [
    # a count up to now is not on the day told before
    ("Haftar's forces launched an offensive on Tripoli in April. Since then, more than 2,000 people were killed.",
     "killed"),
    ("Protests began in Baghdad on October 1. More than 300 people were killed in the unrest so far.", "killed"),
])
def test_no_narrative_time_is_carried(events, text, trigger):
    assert events(text, published=date(2019, 11, 25)).loc[trigger, "date_from"] == "published"


def test_a_place_written_as_a_short_code_is_still_a_place(events):
    table = events("Gunmen attacked a police station in KP on Sunday.")
    assert table.loc["attacked", "place"] == "KP"
