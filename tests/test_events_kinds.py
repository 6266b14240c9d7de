"""What kind of event (helpers.events.kinds): types, families of synonyms, states, negation, modality."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.events import action_class, kind_of

PUBLISHED = date(2022, 9, 13)


def test_synonyms_share_an_action_class():
    assert action_class("retake") == action_class("enter") == action_class("recapture")
    assert action_class("shell") == action_class("strike")
    assert action_class("visit") == "visit"


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Russian troops pulled back from Izium.", "pulled", "RETREAT"),
    ("Russian troops abandoned their positions.", "abandoned", "RETREAT"),
    ("Ukrainian forces took control of Izium on Saturday.", "took", "ASSAULT"),
    ("Ukrainian soldiers entered Kupiansk.", "entered", "ASSAULT"),
    ("The minister entered the room.", "entered", ""),  # entering is taking ground only for a place
    ("Russian missiles struck a dam in Kryvyi Rih.", "struck", "ASSAULT"),
    ("Russia is moving additional troops to the Kharkiv direction.", "moving", "MOBILIZE"),
    ("Antony Blinken pledged further military aid.", "pledged", "AID"),
    ("The European Union imposed sanctions on Russia.", "imposed", "SANCTION"),
    ("Thousands of people protested in Moscow.", "protested", "PROTEST"),
    ("Russia threatened Ukraine with new strikes.", "threatened", "THREATEN"),
    ("Zelensky accused Moscow of targeting civilians.", "accused", "ACCUSE"),
    ("Kyiv rejected the proposal.", "rejected", "REJECT"),
    ("The governor asked residents not to return.", "asked", "REQUEST"),
    ("The two sides agreed to a prisoner exchange.", "agreed", "AGREE"),
    ("Zelensky visited Izium.", "visited", "CONSULT"),
    ("The two armies coordinated their operations.", "coordinated", "COOPERATE"),
    ("The commander surrendered.", "surrendered", "CONCEDE"),
    ("Poland praised the decision.", "praised", "SUPPORT"),
    ("Police arrested the protesters.", "arrested", "COERCE"),
    ("The ministry warned.", "warned", "STATEMENT"),
])
def test_types(events, sentence, trigger, kind):
    assert events(sentence).loc[trigger, "type"] == kind


@pytest.mark.parametrize("sentence, trigger, negated", [
    ("Russian forces did not capture Bakhmut.", "capture", True),
    ("Russia never attacked the plant, the ministry said.", "attacked", True),
    ("Russia denied shelling the plant.", "shelling", True),
    ("Russian forces failed to take Bakhmut.", "failed", True),
    ("Russian forces captured Bakhmut.", "captured", False),
])
def test_negation(events, sentence, trigger, negated):
    assert bool(events(sentence).loc[trigger, "negated"]) is negated


def test_a_denial_is_the_denying_sources_negated_claim(events):
    row = events("Russia denied that its forces had shelled the plant.").loc["shelled"]
    assert bool(row["negated"]) and (row["source"], row["cue"], row["type"]) == ("Russia", "deny", "ASSAULT")


@pytest.mark.parametrize("sentence, trigger, modality", [
    ("Russian troops abandoned Izium.", "abandoned", "asserted"),
    ("Russian troops abandoned Izium, the general staff said.", "abandoned", "claimed"),
    ("Russian troops reportedly abandoned Izium.", "abandoned", "asserted"),  # hedged, not attributed
    ("Ukraine plans to attack Kherson.", "plans", "planned"),
    ("Russia will send more troops.", "send", "planned"),
    ("Russia is going to withdraw from Kherson.", "going", "planned"),
    ("If Ukraine holds the town, Russian troops would retreat.", "retreat", "hypothetical"),
    ("Russian troops could leave Kherson.", "leave", "hypothetical"),
])
def test_modality(events, sentence, trigger, modality):
    assert events(sentence).loc[trigger, "modality"] == modality


def test_a_planned_action_takes_the_type_of_what_is_planned(events):
    row = events("Russia’s defence ministry said it had decided to regroup its troops near Izium.").loc["decided"]
    assert (row["type"], row["modality"], row["actor_key"]) == ("RETREAT", "planned", "Russia")


def test_a_plan_is_named_with_what_it_plans(events):
    row = events("Russia’s defence ministry said it had decided to regroup its troops near Izium.").loc["decided"]
    assert (row["action"], row["type"], row["modality"]) == ("decide to regroup", "RETREAT", "planned")
    assert action_class(row["action"]) == "withdraw"


def test_came_only_says_when_something_else_happened(events):
    from helpers.timeline import build_timeline

    table = events("The strikes came a day after Ukrainian forces took control of Izium on Saturday.")
    articles = pd.DataFrame({"article_id": ["a"], "published": [PUBLISHED.isoformat()]})
    timeline = build_timeline(table.reset_index(), articles)
    assert list(timeline["action"]) == ["take"]


@pytest.mark.parametrize("action, kind", [
    ("retake", "take"), ("enter", "take"), ("abandon", "withdraw"), ("decide to regroup", "withdraw"),
    ("visit", "visit"), ("lie", ""), ("be indicative", ""), ("come", ""),
])
def test_kind_is_the_family_of_synonyms_and_empty_for_a_state(action, kind):
    assert kind_of(action) == kind


def test_the_events_table_gives_each_events_kind(events):
    table = events("Balakliia lies on the road to Izium. Ukrainian forces retook Izium on Saturday.")
    assert "lies" not in table.index and table.loc["retook", "kind"] == "take"  # a state is no event (issue 13)
