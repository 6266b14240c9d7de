"""Events: actions, participants, sources, hedges, quotes and dates from small hand-made reports."""
from __future__ import annotations

from datetime import date

import pytest

from helpers.events import action_class, events_of, events_table
from helpers.timex import timexes_of

PUBLISHED = date(2022, 9, 13)


@pytest.fixture
def events(nlp):
    def extract(text: str, published: date | None = PUBLISHED):
        doc = nlp(text)
        found = events_of(doc, timexes_of(doc, published=published), article_id="a", published=published)
        return events_table(found).set_index("trigger")
    return extract


def test_according_to_gives_the_source(events):
    row = events("Russian forces shelled Kharkiv on Sunday, according to the regional governor.").loc["shelled"]
    assert (row["source"], row["cue"]) == ("the regional governor", "according to")
    assert (row["actor_key"], row["place"], row["date_start"], row["date_from"]) == (
        "Russia", "Kharkiv", date(2022, 9, 11), "sentence")


def test_reporting_verb_gives_the_source_and_the_reported_action(events):
    table = events("Ukraine's army said its troops had retaken Izium.")
    assert "said" not in table.index
    row = table.loc["retaken"]
    assert row["source"] == "Ukraine's army" and row["cue"] == "say"
    assert row["actor"] == "Ukraine’s troops" and row["place"] == "Izyum"


def test_the_official_is_the_one_named_before(events):
    table = events("A senior US defence official said Russia was retreating. "
                   "The official said Ukraine had taken Kupiansk.")
    assert table.loc["taken", "source"] == "A senior US defence official"


def test_passive_voice_puts_the_doer_first(events):
    row = events("Balakliia was recaptured by Ukrainian forces on Thursday.").loc["recaptured"]
    assert row["actor_key"] == "Ukraine" and row["target"] == "Balakliia"
    assert row["date_start"] == date(2022, 9, 8)


def test_without_a_time_expression_the_publication_date_is_used_and_said(events):
    row = events("Russian troops abandoned their equipment.").loc["abandoned"]
    assert (row["date_start"], row["date_from"]) == (PUBLISHED, "published")


def test_undated_report_says_unknown(events):
    row = events("Russian troops abandoned their equipment.", published=None).loc["abandoned"]
    assert row["date_from"] == "unknown" and row["date_start"] is None


def test_after_a_time_is_not_the_time_of_the_event(events):
    row = events("The remarks came after a weekend of rapid gains.").loc["came"]
    assert row["date_from"] == "published"


@pytest.mark.parametrize("sentence, trigger, hedged", [
    ("Russian troops reportedly abandoned Izium.", "abandoned", True),
    ("This could be indicative of disorganised command.", "be", True),
    ("Ukrainian forces recaptured Izium, a claim that could not be independently verified.", "recaptured", True),
    ("Ukrainian forces recaptured Izium.", "recaptured", False),
])
def test_hedges(events, sentence, trigger, hedged):
    assert bool(events(sentence).loc[trigger, "hedged"]) is hedged


def test_a_quote_over_two_sentences_is_attributed_where_it_closes(events):
    table = events("“We have pushed them back. They left their tanks behind,” the commander said.")
    for trigger in ["pushed", "left"]:
        assert table.loc[trigger, "source"] == "the commander", trigger
        assert bool(table.loc[trigger, "quote"]), trigger


def test_offsets_and_sentence(nlp):
    text = "Advertisement free intro.\n\nRussia shelled Kharkiv overnight, officials said."
    doc = nlp(text)
    row = events_table(events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a",
                                 published=PUBLISHED)).iloc[-1]
    assert text[row["start"]:row["end"]] == row["sentence"] == "Russia shelled Kharkiv overnight, officials said."
    assert row["date_value"] == "2022-09-12TNI"


def test_synonyms_share_an_action_class():
    assert action_class("retake") == action_class("enter") == action_class("recapture")
    assert action_class("shell") == action_class("strike")
    assert action_class("visit") == "visit"
