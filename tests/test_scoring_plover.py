"""Tests of the PLOVER record scorer (helpers/evaluation/scoring/plover.py) on records written here."""
from __future__ import annotations

import pytest

from helpers.evaluation.formats.plover import PloverRecord
from helpers.evaluation.scoring.plover import content_words, event_at_trigger, score_plover, shares_a_word
from helpers.events import Event


def record(text: str, event: str, sources: tuple[str, ...], targets: tuple[str, ...], phrases: tuple[str, ...],
           record_id: str = "T-1") -> PloverRecord:
    return PloverRecord(record_id, text, event, sources, targets, phrases)


def kit_event(trigger: str, start: int, type_: str = "") -> Event:
    return Event(event_id="e", article_id="a", sentence=trigger, start=start, end=start + len(trigger),
                 action=trigger, trigger=trigger, actor="", target="", place="", date_value="", date_start=None,
                 date_end=None, date_from="", source="", cue="", hedged=False, quote=False, actor_key="",
                 statement=False, type=type_)


@pytest.mark.parametrize("text, words", [
    ("the Turkish government", {"turkish", "government"}),
    ("U.S. official", {"us", "official"}),  # an acronym is kept though "us" is a stop word
    ("Haiti's", {"haiti"}),
    ("Greek-Cypriot", {"greek", "cypriot"}),
    ("Sierra Leonean ... refugees", {"sierra", "leonean", "refugees"}),
    ("us", set()),
])
def test_content_words(text, words):
    assert content_words(text) == words


def test_shares_a_word():
    assert shares_a_word("Turkish authorities", ("Turkish", "Greek"))
    assert not shares_a_word("the government", ("Turkish", "Greek"))
    assert not shares_a_word("", ("Turkish",))


def test_the_event_of_the_word_marked_first_is_scored():
    gold = record("Peru agreed to reopen the border.", "AGREE", ("Peru",), (), ("agreed", "reopen"))
    events = [kit_event("reopen", 15), kit_event("agreed", 5)]
    assert event_at_trigger(gold, events).trigger == "agreed"
    assert event_at_trigger(gold, [kit_event("border", 25)]) is None


def test_scores_type_source_and_target(nlp):
    records = [record("Police arrested dozens of protesters in Cairo.", "COERCE", ("Police",), ("protesters",),
                      ("arrested",), "T-1"),
               record("Lakeland police arrested a Ruritanian reporter.", "SUPPORT", ("Lakeland police",),
                      ("Ruritanian",), ("arrested",), "T-2"),
               record("The talks were long.", "CONSULT", ("Peru",), (), ("negotiations",), "T-3")]
    score = score_plover(records, nlp)
    assert (score.records, score.typed_right, score.no_event) == (3, 1, 1)
    assert (score.with_source, score.source_right, score.with_target, score.target_right) == (3, 2, 2, 2)
    assert score.confusion[("CONSULT", "-")] == 1 and score.confusion[("SUPPORT", "COERCE")] == 1
    assert [row["id"] for row in score.errors] == ["T-2", "T-3"]
    assert score.errors[1]["missed"] == "type source"
