"""Claims across the invented war updates (tests/fixtures/war/, test fixtures): who says what, and how many reports tell it.

The eight invented reports of 2022-09-08..15 tell the same events from different sources. A careful
reader counts the reports that tell each capture (data/README.md):
- Balakliia, 8 September: 4 (the 8th; the 9th "had retaken Balakliia on Thursday"; the 10th "entered
  Balakliia two days ago"; the 14th "the recapture of Balakliia last week, on September 8");
- Kupiansk, 10 September: 6 (the 10th "entered Kupiansk"; the 11th "took control of Izium and
  Kupiansk on Saturday"; the 12th "Saturday, when Ukrainian troops entered Kupiansk and Izium"; the
  13th "Kupiansk, retaken on September 10"; the 14th "the fall of Kupiansk and Izium over the
  weekend"; the 15th "Kupiansk was taken the same day");
- Izium, 10 September: 6 (the 10th "Russian units had left the city"; the 11th, 12th and 14th as for
  Kupiansk; the 13th "Izium, which Ukrainian troops entered on Saturday"; the 15th "Russian troops
  abandoned their last positions around Izium"): the side leaving and the side taking tell one event.

And one attack: the strike on Kharkiv's power plant, Sunday 11 September: 3 (the 11th "lost electricity on
Sunday evening after Russian missiles struck a thermal power plant"; the 12th "after Russian strikes late on
Sunday on a thermal power plant"; the 13th "the Kharkiv power plant hit two days ago").

With the seed (000_…, 13 September), which the war updates were written around, five more events are told
twice, each by two reports:
- Blinken's visit to Kyiv, Thursday 8 September (the 8th "pledged further military aid during an unannounced
  visit on Thursday"; the 9th "the visit to Kyiv on Thursday by Secretary of State Antony Blinken");
- the last reactor of the Zaporizhzhia plant shut down, Sunday 11 September (the 11th "Early this morning";
  the 12th "where the last reactor was shut down on Sunday");
- Ukraine's forces broke through to the border, as Vitaly Ganchev acknowledged, 13 September (the seed; the
  15th "Two days ago, ... Vitaly Ganchev acknowledged");
- Ukraine repelled Russian assaults near Bakhmut and near Maiorsk, 13 September (the seed "in two key areas of
  the Donetsk region: Bakhmut and Maiorsk"; the 13th "near Bakhmut and Maiorsk in the Donetsk region");
- Zelensky's visit to Izium, Wednesday 14 September (the 14th; the 15th "after Zelensky visited Izium on
  Wednesday").
Each is one timeline row with that count; nothing else on those days and places is merged into it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures


@pytest.fixture(scope="module")
def war_tables(nlp):
    from helpers.pipeline import analyse
    from helpers.reading import read_reports

    articles, rejected = read_reports(sorted(WAR.glob("*.txt")))
    assert not rejected and len(articles) == 8
    return analyse(articles, progress=False)


@pytest.fixture(scope="module")
def story_tables(nlp):
    """The seed and the eight war updates, read and merged together."""
    from helpers.paths import SEED
    from helpers.pipeline import analyse
    from helpers.reading import read_reports

    articles, rejected = read_reports([SEED, *sorted(WAR.glob("*.txt"))])
    assert not rejected and len(articles) == 9
    return analyse(articles, progress=False)


def capture(timeline, place: str, day: date):
    """The timeline row of the change of control of `place` on `day`."""
    from helpers.events import action_class

    rows = timeline[(timeline["date_start"] == day) & timeline["places"].str.split("; ").map(lambda p: place in p)
                    & timeline["action"].map(action_class).isin(["take", "withdraw"])]
    assert len(rows) == 1, rows[["action", "places", "n_reports"]]
    return rows.iloc[0]


@pytest.mark.parametrize("place, day, n_reports", [
    ("Balakliya", date(2022, 9, 8), 4),
    ("Kupyansk", date(2022, 9, 10), 6),
    ("Izyum", date(2022, 9, 10), 6),
])
def test_captures_are_corroborated_by_every_report_that_tells_them(war_tables, place, day, n_reports):
    row = capture(war_tables.timeline, place, day)
    assert row["n_reports"] == n_reports
    assert row["date_end"] == day
    assert row["first_published"] == day.isoformat()


def test_the_power_plant_strike_is_one_row_told_by_three_reports(war_tables):
    timeline = war_tables.timeline
    rows = timeline[(timeline["date_start"] == date(2022, 9, 11)) & (timeline["type"] == "ASSAULT")
                    & timeline["places"].eq("Kharkiv")]
    assert len(rows) == 1, rows[["action", "actors", "n_reports"]]
    row = rows.iloc[0]
    assert (row["n_reports"], row["actors"], row["first_published"]) == (3, "Russia", "2022-09-11")


@pytest.mark.parametrize("day, place, kind, published", [
    (date(2022, 9, 8), "Kyiv", "visit", ["2022-09-08", "2022-09-09"]),
    (date(2022, 9, 11), "Zaporizhzhya", "shut", ["2022-09-11", "2022-09-12"]),
    (date(2022, 9, 13), "Kharkiv region", "advance", ["2022-09-13", "2022-09-15"]),
    (date(2022, 9, 13), "Bakhmut", "repel", ["2022-09-13", "2022-09-13"]),
    (date(2022, 9, 13), "Maiorsk", "repel", ["2022-09-13", "2022-09-13"]),
    (date(2022, 9, 14), "Izyum", "visit", ["2022-09-14", "2022-09-15"]),
])
def test_events_told_by_two_reports_are_one_row_each(story_tables, day, place, kind, published):
    from helpers.events import action_class

    timeline, articles = story_tables.timeline, story_tables.articles
    rows = timeline[(timeline["date_start"] == day) & timeline["places"].str.split("; ").map(lambda p: place in p)
                    & timeline["action"].map(action_class).eq(kind)]
    assert len(rows) == 1, rows[["action", "places", "n_reports"]]
    row = rows.iloc[0]
    days = dict(zip(articles["article_id"], articles["published"].astype(str)))
    assert row["n_reports"] == 2
    assert sorted(days[article] for article in row["article_ids"].split("; ")) == published


def test_two_advances_of_one_side_on_one_day_told_by_different_sources_stay_apart(war_tables):
    # the US official's "had advanced a few dozen kilometres" and the southern command's "pushed Russian
    # troops back several kilometres near Kherson", both on Friday 9 September
    timeline = war_tables.timeline
    rows = timeline[(timeline["date_start"] == date(2022, 9, 9)) & timeline["action"].isin(["advance", "push"])]
    assert len(rows) == 2 and set(rows["n_reports"]) == {1}, rows[["action", "places", "sources"]]


def test_a_headline_participle_makes_no_capture(war_tables):
    timeline = war_tables.timeline
    assert not ((timeline["date_start"] == date(2022, 9, 14)) & timeline["action"].eq("recapture")).any()


def test_izium_is_told_by_both_sides_of_the_change(war_tables):
    row = capture(war_tables.timeline, "Izyum", date(2022, 9, 10))
    assert set(row["actors"].split("; ")) >= {"Ukraine", "Russia"}
    assert {"Russia", "Ukrainian officials", "Residents of Izium"} <= set(row["sources"].split("; "))


@pytest.mark.parametrize("sentence_start, trigger, source", [
    ("Ukrainian troops entered the town of Balakliia", "entered", "Ukraine’s general staff"),
    ("Speaking to reporters at the Pentagon", "retaken", "a senior US defence official"),
    ("Ukrainian forces are making", "making", "a senior US defence official"),
    ("A Ukrainian officer near the front line", "left", "a Ukrainian officer near the front line"),
    ("The governor of the Kharkiv region, Oleh Syniehubov, said on Telegram that fighting", "continuing",
     "Oleh Syniehubov"),
    ("Near Lyman, fighting continued", "continued", "a Ukrainian military spokesman"),
    ("President Volodymyr Zelensky visited the city of Izium", "visited", "Volodymyr Zelensky’s office"),
    ("Ukraine says its forces have entered Kupiansk", "entered", "Ukraine"),
    ("Late on Saturday, Russian troops abandoned", "abandoned", "Ukrainian officials"),
    ("Two days ago, the Russian-installed official", "broken", "Vitaly Ganchev"),
    ("Ukraine making “meaningful progress”", "making", "a senior US defence official"),  # the headline's
    # ("“Yesterday there were still", "were", "Mykola"): his quotation going on, but "there were" is a state, no
    # event since issue 13; a quotation going on is checked in test_events_sources.py
    ("“We waited six months for this,” said Mykola", "waited", "Mykola"),
    ("Russia’s defence ministry did not mention", "inflicting", "Russia’s defence ministry"),
])
def test_each_claim_has_the_source_a_reader_names(war_tables, sentence_start, trigger, source):
    events = war_tables.events
    rows = events[events["sentence"].str.startswith(sentence_start) & (events["trigger"] == trigger)]
    assert len(rows) == 1, sentence_start
    assert rows.iloc[0]["source"] == source


def test_claims_carry_type_modality_and_negation(war_tables):
    events = war_tables.events.set_index("event_id")
    regroup = events[events["sentence"].str.startswith("Hours later") & (events["trigger"] == "decided")].iloc[0]
    assert (regroup["type"], regroup["modality"], regroup["source"]) == (
        "RETREAT", "planned", "Russia’s defence ministry")
    # what the ministry did not mention is no event (since issue 13: a negated saying PLOVER does not code); what
    # it said instead is
    silent = events[events["sentence"].str.startswith("Russia’s defence ministry did not mention")]
    assert list(silent["trigger"]) == ["inflicting"]
    repelled = events["sentence"].str.startswith("Russia’s defence ministry said its forces had repelled")
    claimed = events[repelled].iloc[0]
    assert (claimed["modality"], bool(claimed["hedged"])) == ("claimed", True)


def test_trigger_and_source_offsets_point_into_each_report(war_tables):
    texts = dict(zip(war_tables.articles["article_id"], war_tables.articles["text"]))
    triggers = sources = 0
    for row in war_tables.events.itertuples():
        assert texts[row.article_id][row.trigger_start:row.trigger_end] == row.trigger
        triggers += 1
        if row.source:
            assert texts[row.article_id][row.source_start:row.source_end] == row.source_text
            sources += 1
    assert triggers >= 50 and sources >= 20, (triggers, sources)  # the eight reports tell many sourced events
