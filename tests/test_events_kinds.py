"""What kind of event (helpers.events.kinds): types, families of synonyms, states, negation, modality."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.events import action_class, kind_of
from helpers.events.plover import CATEGORIES

PUBLISHED = date(2022, 9, 13)


def test_synonyms_share_an_action_class():
    assert action_class("retake") == action_class("enter") == action_class("recapture")
    assert action_class("shell") == action_class("strike")
    assert action_class("visit") == "visit"


def bracketed(example: str) -> tuple[str, str]:
    """An example sentence without its brackets, and the word the brackets mark."""
    return example.replace("[", "").replace("]", ""), example[example.index("[") + 1:example.index("]")]


@pytest.mark.parametrize("category", CATEGORIES, ids=[category.name for category in CATEGORIES])
def test_each_plover_categorys_example(events, category):
    sentence, trigger = bracketed(category.example)
    assert events(sentence).loc[trigger, "type"] == category.name


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Russian troops pulled back from Izium.", "pulled", "RETREAT"),
    ("Russian troops abandoned their positions.", "abandoned", "RETREAT"),
    ("Ukrainian forces took control of Izium on Saturday.", "took", "FIGHT"),
    ("Ukrainian soldiers entered Kupiansk.", "entered", "FIGHT"),
    ("The minister entered the room.", "entered", ""),  # entering is taking ground only for a place
    # ... and only for a force: aid, travellers and the unarmed who enter a place do not fight for it
    ("Aid trucks entered northern Gaza on Tuesday.", "entered", ""),
    ("Tropical Cyclone Jude slammed into southern Africa this week.", "slammed", ""),  # not a criticism
    ("Refugees entered Poland on Tuesday.", "entered", ""),
    ("Thousands of migrants entered Ceuta on Monday.", "entered", ""),
    ("A Russian special forces team entered the town of Kreminna.", "entered", "FIGHT"),
    ("The enemy captured the village.", "captured", "FIGHT"),
    ("Soldiers returned fire on the gunmen.", "returned", "FIGHT"),  # as "opened fire" is
    ("Russian missiles struck a dam in Kryvyi Rih.", "struck", "ASSAULT"),  # a dam is civilian
    ("Russia is moving additional troops to the Kharkiv direction.", "moving", "MOBILIZE"),
    ("Antony Blinken pledged further military aid.", "pledged", "AGREE"),  # a pledge is an intention
    ("The United States sent more weapons to Kyiv.", "sent", "AID"),
    ("The European Union imposed sanctions on Russia.", "imposed", "SANCTION"),
    ("Sanctions were imposed on the bank.", "imposed", "SANCTION"),  # the passive subject is the object
    ("Thousands of people protested in Moscow.", "protested", "PROTEST"),
    ("Russia threatened Ukraine with new strikes.", "threatened", "THREATEN"),
    ("Zelensky accused Moscow of targeting civilians.", "accused", "DISAPPROVE"),
    ("Kyiv rejected the proposal.", "rejected", "REJECT"),
    ("The governor asked residents not to return.", "asked", "DEMAND"),  # PLOVER codes no appeals
    ("The two sides agreed to a prisoner exchange.", "agreed", "AGREE"),
    ("Zelensky visited Izium.", "visited", "CONSULT"),
    ("The two armies coordinated their operations.", "coordinated", "COOPERATE"),
    ("The commander surrendered.", "surrendered", "RETREAT"),  # carried out: material
    ("Poland praised the decision.", "praised", "SUPPORT"),
    ("Police arrested the protesters.", "arrested", "COERCE"),
    ("Prosecutors opened an investigation into the deaths.", "opened", "INVESTIGATE"),
    ("The ministry warned.", "warned", "STATEMENT"),
    ("The rebels released two hostages.", "released", "RETREAT"),
    ("The agency released a report on the floods.", "released", ""),  # publishing, not freeing
    ("Apple released a new phone.", "released", ""),
    ("He fought cancer for years.", "fought", ""),  # not armed forces
    ("The ministry announced the visit.", "announced", "STATEMENT"),  # speech about an event is speech
])
def test_types(events, sentence, trigger, kind):
    assert type_at(events(sentence), trigger) == kind


def type_at(table, trigger: str) -> str:
    """The type of the event at `trigger`; "" where it has none, or where the words tell no event at all (a
    state, an opinion: what PLOVER would not code either)."""
    if trigger not in table.index:
        return ""
    return table.loc[trigger, "type"]


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Government troops shelled rebel positions.", "shelled", "FIGHT"),  # forces hit
    ("Soldiers shot dead three protesters.", "shot", "ASSAULT"),  # civilians hit
    ("Russia shelled Kharkiv overnight.", "shelled", "FIGHT"),  # a state's forces, no victims named
    ("Russian artillery struck residential districts of Kharkiv.", "struck", "ASSAULT"),
    ("Russian artillery struck Ukrainian units near Izium.", "struck", "FIGHT"),
    ("Gunmen attacked a village in the north.", "attacked", "ASSAULT"),
    ("A roadside bomb killed two soldiers.", "killed", "ASSAULT"),  # a bombing is one-sided
    ("Militants kidnapped two engineers.", "kidnapped", "ASSAULT"),
    ("Rebels clashed with the army near the airport.", "clashed", "FIGHT"),
])
def test_fight_or_assault(events, sentence, trigger, kind):
    assert events(sentence).loc[trigger, "type"] == kind


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Japan pledged to send tents to the flood victims.", "pledged", "AGREE"),
    ("The militia vowed to attack the port.", "vowed", "THREATEN"),
    ("Norway is willing to send engineers.", "is", "AGREE"),
    ("Iran warned that it would cut off the gas supply.", "cut", "THREATEN"),
    ("The minister warned that prices would rise.", "rise", ""),  # a warning of what others do is no threat
    ("The president said that China must drop its tariffs.", "drop", "DEMAND"),
    ("The analyst said each company must fend for itself.", "fend", ""),  # a demand is addressed to someone
    ("On Wednesday, Macron called Chinese subsidies unbearable.", "called", ""),  # "on Wednesday" only dates it
    ("The party said it will boycott the elections unless the president resigns.", "boycott", "THREATEN"),
    ("The president will visit Kyiv next week.", "visit", "AGREE"),  # a cooperative act to come: intention
    ("The United States continued to send arms to the rebels.", "continued", "AID"),
    ("The prisoners staged a hunger strike.", "staged", "PROTEST"),
    ("Both sides held talks in Doha.", "held", "CONSULT"),
    ("Police will not tolerate rallies.", "tolerate", ""),  # only support verbs carry their noun's type
    ("The president arrived in Amman on a visit.", "arrived", "CONSULT"),  # going there for the event
    ("Thousands were converging for a rally in Lagos.", "converging", "PROTEST"),
    ("Russian troops fled Izium.", "fled", "RETREAT"),  # forces leaving
    ("Tens of thousands of people fled the fighting.", "fled", ""),  # people fleeing is no retreat
    ("Ukrainian forces captured the airport.", "captured", "FIGHT"),  # ground taken
    ("The film captured the mood of the city.", "captured", ""),
    ("The president signed the budget law.", "signed", ""),  # signing a treaty is support, a law is not
    ("The United States banned the sale of chips to China.", "banned", "SANCTION"),  # a trade ban
    ("The junta banned the opposition party.", "banned", "COERCE"),
    ("Bilateral trade hit $1.1 billion last year.", "hit", ""),  # no one takes part in violence
    ("The transfers demonstrate a disregard for human dignity.", "demonstrate", ""),  # showing, not protesting
    ("He agreed with the president's remark.", "agreed", ""),  # an opinion
    ("Serbia agreed with Kosovo on a border crossing.", "agreed", "AGREE"),
    ("Tokyo, which reached a record high of 35 degrees on Monday, issued a heat alert.", "reached", ""),
    ("Britain took ownership of the islands from France.", "took", ""),  # no place is taken
])
def test_what_a_verb_reports_commits_to_or_carries(events, sentence, trigger, kind):
    assert type_at(events(sentence), trigger) == kind


@pytest.mark.parametrize("sentence, trigger, mode", [
    ("Government troops shelled rebel positions.", "shelled", "heavy-weapons"),
    ("Gunmen opened fire on a bus.", "opened", "firearms"),
    ("A car bomb killed five people.", "killed", "explosives"),
    ("The prisoners staged a hunger strike.", "staged", "strike-hun"),
    ("Thousands of people protested in Moscow.", "protested", "demo"),
    ("The army imposed a curfew on the city.", "imposed", "curfew"),
    ("Police arrested the protesters.", "arrested", "arrest"),
    ("Japan donated tents and blankets to the flood victims.", "donated", "humanitarian"),
    ("Rebels released twelve hostages on Sunday.", "released", "release"),
    ("Zelensky visited Izium.", "visited", "visit"),
    ("Kyiv rejected the proposal.", "rejected", ""),  # the text does not say what was refused
])
def test_modes(events, sentence, trigger, mode):
    assert events(sentence).loc[trigger, "mode"] == mode


@pytest.mark.parametrize("sentence, trigger, negated", [
    ("The minister said Iran will not cooperate with the inspectors.", "cooperate", True),  # a refusal
    ("Russia denied shelling the plant.", "shelling", True),
    ("Russian forces failed to take Bakhmut.", "failed", True),
    ("Russian forces captured Bakhmut.", "captured", False),
])
def test_negation(events, sentence, trigger, negated):
    assert bool(events(sentence).loc[trigger, "negated"]) is negated


def test_a_denial_is_the_denying_sources_negated_claim(events):
    row = events("Russia denied that its forces had shelled the plant.").loc["shelled"]
    assert bool(row["negated"]) and (row["source"], row["cue"], row["type"]) == ("Russia", "deny", "FIGHT")


@pytest.mark.parametrize("sentence, trigger, modality", [
    ("Russian troops abandoned Izium.", "abandoned", "asserted"),
    ("Russian troops abandoned Izium, the general staff said.", "abandoned", "claimed"),
    ("Russian troops reportedly abandoned Izium.", "abandoned", "asserted"),  # hedged, not attributed
    ("Ukraine plans to attack Kherson.", "plans", "planned"),
    ("Russia will send more troops.", "send", "planned"),
    ("Russia is going to withdraw from Kherson.", "going", "planned"),
    ("If Ukraine holds the town, Russian troops would retreat.", "retreat", "hypothetical"),
    ("Russian troops could leave Kherson.", "leave", "hypothetical"),
    # "would" under a saying in the past is the future told in the past, in a clause joined to another too
    ("The envoy said she was tired and would leave Kherson.", "leave", "planned"),
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


@pytest.mark.parametrize("sentence, trigger", [
    ("The regional leaders said they will no longer recognize Farmajo as president.", "recognize"),
    ("Dodik said he will not cooperate with the court.", "cooperate"),
])
def test_a_cooperative_act_refused_is_a_rejection(events, sentence, trigger):
    row = events(sentence).loc[trigger]
    assert row["type"] == "REJECT" and bool(row["negated"])


def test_a_call_for_a_clause_is_a_demand(events):
    # the parser gives the clause's "for" to the clause ("for the army to hand over"): the verb's all the same
    row = events("Demonstrators called for the army to hand over power to civilians.").loc["called"]
    assert row["type"] == "DEMAND"


@pytest.mark.parametrize("text, trigger, kind", [
    ("Sudan's army regained control of the presidential palace in Khartoum.", "regained", "FIGHT"),
    ("The rebels wrested control of the town from the army.", "wrested", "FIGHT"),
    ("With treatment, he has regained control over his health.", "regained", ""),  # no ground taken
])
def test_control_of_ground_regained_or_wrested_is_fight_and_of_anything_else_nothing(events, text, trigger, kind):
    assert events(text).loc[trigger, "type"] == kind


@pytest.mark.parametrize("text, trigger, kind", [
    # beating people is violence against them (CAMEO's "physically assault") ...
    ("Police beat protesters outside parliament on Monday.", "beat", "ASSAULT"),
    ("Security forces beat up two journalists in Harare.", "beat", "ASSAULT"),
    # ... beating a rival in a vote is not
    ("Biden beat Trump in the 2020 election.", "beat", ""),
])
def test_a_beating_is_an_assault_a_win_is_not(events, text, trigger, kind):
    assert events(text).loc[trigger, "type"] == kind
