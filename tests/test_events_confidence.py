"""The events' confidence (helpers.events.confidence): a chance from 0 to 1, lower for rows told as no event is."""
from __future__ import annotations

import math
from datetime import date

from helpers.events import events_of
from helpers.events.confidence import confidence_of, recording
from helpers.events.confidence_weights import WEIGHTS
from helpers.paths import ROOT
from helpers.timex import timexes_of

PUBLISHED = date(2022, 9, 13)


def confidences(nlp, text: str) -> dict[str, float]:
    doc = nlp(text)
    return {event.trigger: event.confidence
            for event in events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a", published=PUBLISHED)}


def test_a_dated_typed_attack_is_surer_than_a_habit_told_in_the_present(nlp):
    scores = confidences(nlp, "Russian forces shelled Kharkiv on Tuesday. "
                              "The archive is keeping their stories alive and sharing them with new generations.")
    assert scores["shelled"] > 0.9
    assert scores["sharing"] < 0.6
    assert all(0.0 <= score <= 1.0 for score in scores.values())


def test_a_conditional_threat_in_a_quotation_is_less_sure_than_the_same_act_told_as_done(nlp):
    told = confidences(nlp, "On Monday, the army retaliated against the rebels in Goma.")
    quoted = confidences(nlp, '"If they take negative steps toward us, then we will retaliate," the general said.')
    assert quoted["retaliate"] < told["retaliated"]


def test_every_feature_the_bundled_reports_show_has_a_weight(nlp):
    # a feature renamed or added without `python benchmarks/confidence.py train` would silently weigh nothing
    seed = (ROOT / "data" / "raw" / "000_1a380022945c7723.txt").read_text(encoding="utf-8")
    doc = nlp(seed)
    with recording() as found:
        events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a", published=PUBLISHED)
    shown = {name for _, told in found for name in told}
    assert found and shown <= set(WEIGHTS)


def test_the_score_is_the_logistic_chance_of_an_event():
    assert abs(confidence_of({}) - 1.0 / (1.0 + math.exp(WEIGHTS["bias"]))) < 1e-9
    assert confidence_of({"untyped conjunct": 1.0, "tag=VBZ/VBP": 1.0}) < confidence_of({})
