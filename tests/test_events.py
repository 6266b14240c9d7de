"""Events: actions, participants, sources, hedges, quotes and dates from small hand-made reports."""
from __future__ import annotations

from datetime import date

import pandas as pd
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
    assert table.loc["taken", "source"] == "a senior US defence official"  # the article is not part of a name


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
    ("Balakliia lies on the road to Izium.", "lies", ""),
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
    ("If Ukraine holds the town, Russian troops would come under threat.", "come", "hypothetical"),
    ("Russian troops could leave Kherson.", "leave", "hypothetical"),
])
def test_modality(events, sentence, trigger, modality):
    assert events(sentence).loc[trigger, "modality"] == modality


def test_a_planned_action_takes_the_type_of_what_is_planned(events):
    row = events("Russia’s defence ministry said it had decided to regroup its troops near Izium.").loc["decided"]
    assert (row["type"], row["modality"], row["actor_key"]) == ("RETREAT", "planned", "Russia")


def test_a_claim_inside_a_claim_keeps_both_sources(events):
    table = events("The ministry said that a local official told Reuters that troops had left.")
    assert list(table.index) == ["left"]
    row = table.loc["left"]
    assert (row["source"], row["cue"], row["sources_chain"]) == (
        "a local official", "tell", "the ministry > a local official")
    assert row["modality"] == "claimed"


def test_a_single_source_is_its_own_chain_and_a_report_before_another_is_not_inside_it(events):
    row = events("Ukraine’s army said its troops had retaken Izium.").loc["retaken"]
    assert row["sources_chain"] == row["source"] == "Ukraine’s army"
    row = events("Ukraine says its forces have entered Kupiansk; Moscow announces a regrouping.").loc["entered"]
    assert (row["source"], row["sources_chain"], row["actor_key"]) == ("Ukraine", "Ukraine", "Ukraine")


@pytest.mark.parametrize("sentence, trigger, source", [
    ("Near Lyman, fighting continued, a Ukrainian military spokesman said.", "continued",
     "a Ukrainian military spokesman"),
    ("Ukrainian forces are making “meaningful progress” in the Kharkiv region, a senior US defence official said "
     "on Friday.", "making", "a senior US defence official"),
    ("A Ukrainian officer near the front line, who asked not to be named, said that Russian units had left "
     "positions without a fight.", "left", "a Ukrainian officer near the front line"),
    ("President Volodymyr Zelensky visited Izium, his office said.", "visited", "Volodymyr Zelensky’s office"),
])
def test_sources_as_a_reader_names_them(events, sentence, trigger, source):
    assert events(sentence).loc[trigger, "source"] == source


def test_trigger_offsets_index_the_text_and_survive_a_shift(nlp):
    from dataclasses import replace

    text = "Advertisement free intro.\n\nRussia shelled Kharkiv overnight, officials said."
    doc = nlp(text)
    event = events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a", published=PUBLISHED)[-1]
    row = events_table([event]).iloc[0]
    assert text[row["trigger_start"]:row["trigger_end"]] == "shelled" == row["trigger"]
    shifted = events_table([replace(event, start=event.start + 10, end=event.end + 10)]).iloc[0]
    assert (("x" * 10) + text)[shifted["trigger_start"]:shifted["trigger_end"]] == "shelled"


def test_a_dated_subordinate_clause_is_an_event_and_names_every_place(events):
    row = events("The strikes came a day after Ukrainian forces took control of Izium and Kupiansk on "
                 "Saturday.").loc["took"]
    assert (row["type"], row["actor_key"], row["place"], row["date_start"]) == (
        "ASSAULT", "Ukraine", "Izyum; Kupyansk", date(2022, 9, 10))


def test_an_undated_subordinate_clause_is_left_out(events):
    assert "took" not in events("The strikes came after Ukrainian forces took control of Izium.").index


def test_when_clause_takes_the_time_it_follows(events):
    table = events("Since Saturday, when Ukrainian troops entered Kupiansk, Russian units have fallen back.")
    row = table.loc["entered"]
    assert (row["place"], row["date_start"]) == ("Kupyansk", date(2022, 9, 10))


def test_a_dated_nominal_event_on_a_place(events):
    table = events("The counter-offensive began with the recapture of Balakliia last week, on September 8.")
    row = table.loc["recapture"]
    assert (row["type"], row["place"], row["date_start"], row["date_end"]) == (
        "ASSAULT", "Balakliya", date(2022, 9, 8), date(2022, 9, 8))


def test_columns_are_those_documented():
    from helpers.paths import ROOT

    documented = next(line for line in (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").splitlines()
                      if line.startswith("| `events.csv` |"))
    listed = documented.split("|")[2].strip().split(", ")  # every column, in the order written
    assert listed == list(events_table([]).columns)


def test_a_nominal_attack_dated_in_its_own_words_is_an_event(events):
    row = events("Power returned to most of Kharkiv after Russian strikes late on Sunday on a power plant.").loc["strikes"]
    assert (row["action"], row["type"], row["actor_key"], row["target"]) == ("strike", "ASSAULT", "Russia", "a power plant")
    assert (row["date_start"], row["date_from"], row["place"]) == (date(2022, 9, 11), "sentence", "Kharkiv")


def test_an_undated_nominal_attack_is_not_an_event(events):
    assert "strikes" not in events("Power returned to most of Kharkiv after Russian strikes on a power plant.").index


def test_a_time_is_not_what_a_nominal_attack_hit(events):
    table = events("Repairs went on where strikes by Russia on Sunday evening cut the power.")
    assert (table.loc["strikes", "actor_key"], table.loc["strikes", "target"]) == ("Russia", "")


def test_an_after_clause_takes_the_day_of_its_main_clause(events):
    row = events("The city lost power on Sunday evening after Russian missiles struck a power plant.").loc["struck"]
    assert (row["type"], row["actor_key"], row["date_start"], row["date_from"]) == (
        "ASSAULT", "Russia", date(2022, 9, 11), "main clause")


def test_a_year_does_not_date_what_came_before_it(events):
    table = events("Prices rose in 2021 after Russian forces attacked the port.")
    assert "attacked" not in table.index  # told in passing and undated: left out


def test_without_its_own_time_a_claim_takes_the_time_it_was_said(events):
    row = events("A spokesman said on Friday that Ukrainian forces were fighting near Lyman.").loc["fighting"]
    assert (row["date_start"], row["date_from"]) == (date(2022, 9, 9), "speech")


def test_they_in_a_quotation_is_not_the_speakers_side(events):
    row = events("“They left in such a hurry,” a Ukrainian soldier said.").loc["left"]
    assert row["actor_key"] == "" and row["actor"] == "They"


def test_it_in_reported_speech_is_the_speakers_side(events):
    assert events("Ukraine said it had repelled an attack.").loc["repelled", "actor_key"] == "Ukraine"


def test_a_participle_before_its_noun_in_a_headline_is_not_an_event(events):
    table = events("Zelensky visits recaptured city of Izium\n\nZelensky visited Izium on Wednesday.")
    assert "recaptured" not in table.index and "visited" in table.index


def test_a_plan_is_named_with_what_it_plans(events):
    row = events("Russia’s defence ministry said it had decided to regroup its troops near Izium.").loc["decided"]
    assert (row["action"], row["type"], row["modality"]) == ("decide to regroup", "RETREAT", "planned")
    assert action_class(row["action"]) == "withdraw"


def test_a_surname_source_is_the_person_named_in_full_before(events):
    table = events("Steve Jobs unveiled the phone on Tuesday. Jobs said the company would ship it in June.")
    assert table.loc["ship", "source"] == "Steve Jobs"


def test_a_surname_alone_stays_as_written(events):
    assert events("Jobs said the company would ship the phone in June.").loc["ship", "source"] == "Jobs"


def test_a_relative_pronoun_is_the_noun_it_stands_for(events):
    row = events("Lyman lies south-east of Izium, which Ukrainian troops entered on Saturday.").loc["entered"]
    assert (row["target"], row["place"], row["date_start"]) == ("Izium", "Izyum", date(2022, 9, 10))


def test_an_untyped_event_told_in_passing_and_dated_is_an_event(events):
    row = events("At the Zaporizhzhia nuclear plant, where the last reactor was shut down on Sunday, engineers "
                 "relied on one power line.").loc["shut"]
    assert (row["place"], row["date_start"], row["date_from"]) == ("Zaporizhzhya", date(2022, 9, 11), "sentence")


def test_a_time_before_as_is_not_the_time_of_the_as_clause(events):
    table = events("A spokesman said on Tuesday that troops were fighting, as the offensive that swept the region "
                   "last week pushed on.")
    assert "swept" not in table.index or table.loc["swept", "date_start"] != date(2022, 9, 13)


def test_a_source_keeps_its_words_and_where_they_are(events):
    text = ("A senior US military official said Russia was retreating. "
            "“They have left,” the official said.")
    table = events(text)
    row = table.loc["left"]
    assert (row["source"], row["source_text"]) == ("a senior US military official", "the official")
    assert text[row["source_start"]:row["source_end"]] == "the official"
    first = table.loc["retreating"]
    assert text[first["source_start"]:first["source_end"]] == "A senior US military official"


def test_an_event_without_a_source_has_no_source_offsets(events):
    row = events("Russian troops abandoned their equipment.").loc["abandoned"]
    assert row["source_text"] == "" and row["source_start"] is pd.NA and row["source_end"] is pd.NA


def test_what_is_to_come_is_not_dated_by_the_saying(events):
    row = events("Jobs said on Friday that Apple will offer a free case.").loc["offer"]
    assert (row["date_start"], row["date_from"], row["modality"]) == (PUBLISHED, "published", "planned")


def test_the_most_precise_place_of_a_clause_is_kept(events):
    row = events("Ukrainian forces had broken through to the border with Russia in parts of the Kharkiv region."
                 ).loc["broken"]
    assert row["place"] == "Kharkiv region"  # a region, not the country the border is with


def test_a_place_of_another_clause_is_not_the_events(events):
    row = events("Ukrainian forces are making progress in the Kharkiv region, a day after Ukrainian troops "
                 "entered the town of Balakliia.").loc["making"]
    assert row["place"] == "Kharkiv region"


def test_the_city_is_the_town_named_before(events):
    table = events("Ukrainian troops reached Izium on Saturday. Residents reported that Russian units had "
                   "left the city by the afternoon.")
    assert table.loc["left", "place"] == "Izyum"
    council = events("Ukrainian troops entered Balakliia. Soldiers raised a flag over the town council building.")
    assert pd.isna(council.loc["raised", "place"]) or council.loc["raised", "place"] == ""


def test_a_visit_told_as_a_noun_is_an_event_dated_by_its_own_words(events):
    table = events("The US official also pointed to the visit to Kyiv on Thursday by Antony Blinken.")
    visit = table.loc["visit"]
    assert (visit["action"], visit["type"], visit["place"], visit["date_start"]) == (
        "visit", "CONSULT", "Kyiv", date(2022, 9, 8))
    # the pointing was not on Thursday: that is the visit's time
    assert (table.loc["pointed", "date_start"], table.loc["pointed", "date_from"]) == (PUBLISHED, "published")


def test_who_acts_during_a_visit_is_the_visitor(events):
    table = events("In Kyiv, Antony Blinken pledged further military aid during an unannounced visit on Friday.")
    assert table.loc["visit", "actor"] == "Antony Blinken"
    assert table.loc["pledged", "date_start"] == date(2022, 9, 9)  # during the visit: its day is the pledge's


def test_came_only_says_when_something_else_happened(events):
    from helpers.timeline import build_timeline

    table = events("The strikes came a day after Ukrainian forces took control of Izium on Saturday.")
    articles = pd.DataFrame({"article_id": ["a"], "published": [PUBLISHED.isoformat()]})
    timeline = build_timeline(table.reset_index(), articles)
    assert list(timeline["action"]) == ["take"]


def test_a_place_the_model_runs_into_a_time_stops_before_it(nlp):
    doc = nlp("Ukrainian troops entered Balakliia, the largest gain of a counter-offensive that began in the "
              "east earlier this month.")
    places = [ent.text for ent in doc.ents if ent.label_ in {"GPE", "LOC", "FAC"}]
    assert not any("earlier" in place for place in places), places


def test_what_a_participle_reports_is_a_claim_of_the_main_subject(events):
    table = events("Russia’s defence ministry did not mention Balakliia in its daily briefing, saying only that its "
                   "forces were inflicting heavy losses on Ukrainian units.")
    row = table.loc["inflicting"]
    assert (row["source"], row["cue"], row["modality"]) == ("Russia’s defence ministry", "say", "claimed")


def test_a_quotation_going_on_keeps_its_speaker(events):
    table = events("“We waited six months for this,” said Mykola, a pensioner in a village near Kupiansk. "
                   "“Yesterday there were still Russian tanks in our street.”")
    assert table.loc["were", "source"] == "Mykola"
    assert table.loc["were", "source_text"] == "Mykola"
    fresh = events("“We waited six months for this,” said Mykola.\n\n“Tanks came back.”")
    assert pd.isna(fresh.loc["came", "source"]) or fresh.loc["came", "source"] == ""  # a new paragraph: no speaker


def test_a_headline_source_is_the_fuller_one_the_body_names(events):
    table = events("Ukraine making progress near Kharkiv, US official says\n\nUkrainian forces are making progress "
                   "in the Kharkiv region, a senior US defence official said on Friday.")
    assert set(table["source"]) == {"a senior US defence official"}
    assert table.iloc[0]["source_text"] == "US official"  # as the headline words it


def test_a_side_quoted_through_its_own_staff_is_the_staff(events):
    table = events("Ukraine’s general staff announced gains. Ukraine said it repelled Russian advances near "
                   "Bakhmut, according to an evening update from the general staff.")
    assert table.loc["repelled", "source"] == "Ukraine’s general staff"
    other = events("Ukraine says its forces have entered Kupiansk; Moscow announces a regrouping near Izium.")
    assert other.loc["entered", "source"] == "Ukraine"  # Moscow does not report what Ukraine says


def test_a_passive_after_and_takes_its_doer_from_by(events):
    row = events("Balakliia lies on the road to Izium and had been held by Russian forces since March.").loc["held"]
    assert (row["actor_key"], row["target"]) == ("Russia", "Balakliia")


def test_a_place_near_the_action_is_not_its_doer(events):
    row = events("On Friday, shelling near the Zaporizhzhia nuclear plant again cut power to Enerhodar.").loc["cut"]
    assert row["actor_key"] != "Zaporizhzhya"


def test_what_a_sources_relative_clause_reports_is_its_claim(events):
    table = events("Ukraine’s general staff said troops held the line. In the Donetsk region, Russian forces kept up "
                   "their attacks near Bakhmut, according to an evening update from the general staff, which said "
                   "Ukrainian troops had repelled assaults near the town.")
    row = table.loc["repelled"]
    assert (row["source"], row["actor_key"], row["place"]) == ("Ukraine’s general staff", "Ukraine", "Bakhmut")


def test_he_is_the_person_last_named(events):
    table = events("Steve Jobs opened the developers' conference in San Francisco. During his two-hour speech he "
                   "stated that Apple would reinvent the phone.")
    assert table.loc["reinvent", "source"] == "Steve Jobs"


def test_he_after_a_surname_is_the_person_named_in_full(events):
    table = events("Apple chief executive Steve Jobs spoke in Cupertino. Jobs said Apple would offer a free case. "
                   "He said that the phones can be returned for a refund.")
    assert set(table.loc[["offer", "returned"], "source"]) == {"Steve Jobs"}


def test_a_reporting_relative_clause_without_a_sentence_source(events):
    table = events("A contrary view is offered by Charles O'Reilly, a management expert, who stated that great "
                   "companies rarely go from strength to strength.")
    assert table.loc["go", "source"] == "Charles O'Reilly"
