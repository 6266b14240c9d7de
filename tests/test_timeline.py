"""Timeline: merging mentions across reports, keeping disagreements apart, and the exports."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from helpers.events import events_table, kind_of
from helpers.timeline import Window, build_timeline, export_timeline, timelinejs, window_of, within_window

SATURDAY = date(2022, 9, 10)


def event(event_id, article_id, action, actor_key, place, *, day=SATURDAY, source="", sentence="s.",
          statement=False, hedged=False, target="", negated=False, end=None):
    return {"event_id": event_id, "article_id": article_id, "sentence": sentence, "start": 0, "end": len(sentence),
            "action": action, "trigger": action, "actor": actor_key, "target": target, "place": place,
            "date_value": day.isoformat() if day else "", "date_start": day, "date_end": end or day,
            "date_from": "sentence" if day else "unknown", "source": source, "cue": "", "hedged": hedged,
            "quote": False, "actor_key": actor_key, "statement": statement, "type": "", "negated": negated,
            "modality": "claimed" if source else "asserted", "sources_chain": source, "trigger_start": 0,
            "trigger_end": len(action), "kind": kind_of(action)}


def frame(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=events_table([]).columns)


ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["2022-09-10", "2022-09-11", "2022-09-12"]})


def test_the_same_event_from_three_reports_is_one_row_with_every_source():
    events = frame(
        event("a-1", "a", "enter", "Ukraine", "Kupyansk", source="Ukraine’s general staff",
              sentence="Troops entered Kupiansk."),
        event("b-1", "b", "retake", "Ukraine", "Kupyansk", source="a US official"),
        event("c-1", "c", "take", "", "Kupyansk"),  # passive, no doer named: still the same event
    )
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1
    row = timeline.iloc[0]
    assert row["n_reports"] == 3 and row["n_mentions"] == 3
    assert row["sources"] == "Ukraine’s general staff; a US official"
    assert (row["first_published"], row["last_published"]) == ("2022-09-10", "2022-09-12")
    assert row["event_ids"] == "a-1; b-1; c-1"


def test_different_places_actors_or_days_stay_apart():
    events = frame(
        event("a-1", "a", "shell", "Russia", "Kharkiv"),
        event("a-2", "a", "shell", "Russia", "Izyum"),
        event("b-1", "b", "shell", "Ukraine", "Kharkiv"),
        event("b-2", "b", "shell", "Russia", "Kharkiv", day=date(2022, 9, 11)),
    )
    assert len(build_timeline(events, ARTICLES)) == 4


def test_mentions_sharing_nothing_named_are_not_merged():
    events = frame(event("a-1", "a", "say", "", "", target="x"), event("b-1", "b", "say", "", "", target="y"))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_statements_and_undated_events_stay_out_of_the_timeline():
    events = frame(event("a-1", "a", "say", "Russia", "", statement=True),
                   event("a-2", "a", "shell", "Russia", "", day=None))
    assert build_timeline(events, ARTICLES).empty


def test_rows_are_sorted_by_date():
    events = frame(event("a-1", "a", "shell", "Russia", "Kharkiv", day=date(2022, 9, 12)),
                   event("a-2", "a", "shell", "Russia", "Kharkiv", day=date(2022, 9, 8)))
    assert list(build_timeline(events, ARTICLES)["date_start"]) == [date(2022, 9, 8), date(2022, 9, 12)]


def test_timelinejs_escapes_report_text():
    events = frame(event("a-1", "a", "shell", "<b>Russia</b>", "Kharkiv", sentence="<script>alert(1)</script>"))
    payload = json.dumps(timelinejs(build_timeline(events, ARTICLES)))
    assert "<script>" not in payload and "&lt;script&gt;" in payload
    assert '"year": "2022"' in payload


def test_exports_round_trip(tmp_path):
    events = frame(event("a-1", "a", "shell", "Russia", "Kharkiv", sentence="Russia shelled Kharkiv."))
    timeline = build_timeline(events, ARTICLES)
    csv_path, parquet_path, json_path = export_timeline(timeline, tmp_path)
    assert pd.read_csv(csv_path)["summary"].tolist() == ["Russia shelled Kharkiv."]
    assert pd.read_parquet(parquet_path)["date_start"].iloc[0] == pd.Timestamp("2022-09-10")
    assert len(json.loads(json_path.read_text(encoding="utf-8"))["events"]) == 1
    assert not list(tmp_path.glob("*.part"))


def test_taking_a_place_and_leaving_it_are_one_change_of_control():
    events = frame(
        event("a-1", "a", "take", "Ukraine", "Izyum", source="Ukraine’s general staff"),
        event("b-1", "b", "abandon", "Russia", "Izyum", source="Ukrainian officials"),
        event("c-1", "c", "withdraw", "Russia", "Kupyansk"),  # another place: another event
    )
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 2
    izium = timeline[timeline["places"] == "Izyum"].iloc[0]
    assert (izium["n_reports"], izium["actors"]) == (2, "Ukraine; Russia")


def test_one_side_taking_somewhere_and_leaving_somewhere_unnamed_stay_apart():
    # "its forces had retaken several villages" and a quoted "they left in a hurry" on one day
    events = frame(event("a-1", "a", "retake", "Ukraine", ""), event("b-1", "b", "leave", "Ukraine", ""))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_a_decision_to_pull_back_is_the_pullback():
    events = frame(event("a-1", "a", "take", "Ukraine", "Izyum"),
                   event("b-1", "b", "decide to regroup", "Russia", "Izyum", source="Russia’s defence ministry"))
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1 and timeline.iloc[0]["n_reports"] == 2


def test_attacks_by_two_sides_on_one_place_stay_apart():
    events = frame(event("a-1", "a", "shell", "Russia", "Kharkiv"), event("b-1", "b", "shell", "Ukraine", "Kharkiv"))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_a_mention_of_several_places_is_one_row_that_joins_each_places_row():
    events = frame(
        event("a-1", "a", "enter", "Ukraine", "Kupyansk"),
        event("b-1", "b", "take", "Ukraine", "Izyum"),
        event("c-1", "c", "take", "Ukraine", "Izyum; Kupyansk"),  # "took control of Izium and Kupiansk"
    )
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1, timeline[["places", "n_reports"]]
    row = timeline.iloc[0]
    assert (row["places"], row["n_reports"], row["n_mentions"], row["event_ids"]) == (
        "Kupyansk; Izyum", 3, 3, "a-1; b-1; c-1")


def test_a_mention_of_several_places_alone_is_one_row():
    # "Russian missiles struck Kharkiv, Dnipro and Odesa": one row, not one a place
    events = frame(event("a-1", "a", "strike", "Russia", "Kharkiv; Dnipro; Odesa"))
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1 and timeline.iloc[0]["places"] == "Kharkiv; Dnipro; Odesa"
    assert timeline.iloc[0]["n_mentions"] == 1


def test_same_kind_without_a_shared_participant_or_place_stays_apart():
    # "security forces surrounded the hotel" and "plumes of smoke were seen": other kinds, nothing shared
    events = frame(event("a-1", "a", "surround", "security forces", "", target="the hotel"),
                   event("b-1", "b", "see", "", "", target="plumes of smoke"),
                   event("c-1", "c", "surround", "", "", target="a convoy"))  # the same kind, nothing shared
    assert len(build_timeline(events, ARTICLES)) == 3
    # the same kind and place, but different counts: one row, the counts side by side
    events = frame(event("a-1", "a", "kill", "", "Quetta", target="5 people", source="police"),
                   event("b-1", "b", "kill", "", "Quetta", target="more than 10 people", source="officials"))
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1
    assert timeline.iloc[0]["conflicts"] == "police: 5 people; officials: more than 10 people"


def test_a_weekend_joins_its_saturday_and_the_row_keeps_the_day():
    events = frame(event("a-1", "a", "take", "Ukraine", "Kupyansk"),
                   event("b-1", "b", "fall", "", "Kupyansk", end=date(2022, 9, 11)))  # "over the weekend"
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1
    assert (timeline.iloc[0]["date_start"], timeline.iloc[0]["date_end"], timeline.iloc[0]["n_reports"]) == (
        SATURDAY, SATURDAY, 2)


def test_a_month_does_not_join_its_first_day():
    events = frame(event("a-1", "a", "take", "Ukraine", "Kupyansk", day=date(2022, 9, 1)),
                   event("b-1", "b", "take", "Ukraine", "Kupyansk", day=date(2022, 9, 1), end=date(2022, 9, 30)))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_different_numbers_from_different_sources_are_kept_side_by_side():
    events = frame(
        event("a-1", "a", "recapture", "Ukraine", "", source="Ukraine’s general staff", target="20 towns"),
        event("b-1", "b", "recapture", "Ukraine", "", source="Russia’s defence ministry", target="three villages"),
        event("c-1", "c", "recapture", "Ukraine", "", source="Ukraine’s general staff", target="more than 20 towns"),
    )
    row = build_timeline(events, ARTICLES).iloc[0]
    assert row["conflicts"] == "Ukraine’s general staff: 20 towns; Russia’s defence ministry: three villages"


def test_a_denial_is_kept_beside_the_claim_it_denies():
    events = frame(event("a-1", "a", "shell", "Russia", "Enerhodar", source="Kyiv", target="the plant"),
                   event("b-1", "b", "shell", "Russia", "Enerhodar", source="Moscow", target="the plant", negated=True))
    row = build_timeline(events, ARTICLES).iloc[0]
    assert row["n_reports"] == 2
    assert row["conflicts"] == "Kyiv: shell the plant; Moscow: not shell the plant"


def test_sources_that_agree_have_no_conflict():
    events = frame(
        event("a-1", "a", "recapture", "Ukraine", "", source="Ukraine’s general staff", target="more than 20 towns"),
        event("b-1", "b", "retake", "Ukraine", "", source="Kyiv", target="more than 20 settlements"),
        event("c-1", "c", "retake", "Ukraine", "", source="a US official", target="the town"),
    )
    assert build_timeline(events, ARTICLES).iloc[0]["conflicts"] == ""


def test_a_surname_is_the_person_named_in_full():
    events = frame(event("a-1", "a", "visit", "Volodymyr Zelensky", "Izyum"),
                   event("b-1", "b", "visit", "Zelensky", "Izyum"),
                   event("c-1", "c", "visit", "North Korea", "Izyum"),
                   event("c-2", "c", "visit", "South Korea", "Izyum"))
    timeline = build_timeline(events, ARTICLES)
    assert sorted(timeline["n_reports"]) == [1, 1, 2]


def test_a_place_is_not_the_surname_of_a_longer_place():
    events = frame(event("a-1", "a", "shell", "Korea", "Seoul"), event("b-1", "b", "shell", "South Korea", "Seoul"))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_a_side_alone_does_not_make_two_advances_one():
    # "Ukraine had advanced a few dozen kilometres" (a US official) and "its forces pushed Russian troops back
    # near Kherson" (the southern command): one side, one day, but nothing else in common
    events = frame(event("a-1", "a", "advance", "Ukraine", "", source="a US official", target="a few dozen kilometres"),
                   event("b-1", "b", "push", "Ukraine", "Kherson", source="Ukraine’s southern command",
                         target="Russian troops"))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_a_side_and_the_same_words_make_one_event_where_a_place_is_missing():
    events = frame(event("a-1", "a", "break", "Ukraine", "", source="Vitaly Ganchev", target=""),
                   event("b-1", "b", "break", "Ukraine", "Kharkiv region", source="Vitaly Ganchev"),  # same verb
                   event("c-1", "c", "retake", "Ukraine", "", source="Kyiv", target="more than 20 settlements"),
                   event("c-2", "c", "recapture", "Ukraine", "", source="the general staff",
                         target="20 towns and villages"))  # the same number
    timeline = build_timeline(events, ARTICLES)
    assert sorted(timeline["n_mentions"]) == [2, 2]


def test_a_row_shows_the_sides_that_acted_not_plain_words():
    events = frame(event("a-1", "a", "continue", "fighting", "Bakhmut"),
                   event("b-1", "b", "continue", "Ukraine", "Bakhmut"))
    assert sorted(build_timeline(events, ARTICLES)["actors"]) == ["", "Ukraine"]


def test_states_stay_off_the_timeline_also_when_read_back_from_csv_or_parquet(tmp_path):
    events = frame(event("a-1", "a", "lie", "", "Izyum"), event("a-2", "a", "be indicative", "", "Izyum"),
                   event("a-3", "a", "shell", "Russia", "Kharkiv"))
    assert list(events["kind"]) == ["", "", "attack"]
    events.to_csv(tmp_path / "events.csv", index=False)
    events.to_parquet(tmp_path / "events.parquet", index=False)
    from_csv, from_parquet = pd.read_csv(tmp_path / "events.csv"), pd.read_parquet(tmp_path / "events.parquet")
    assert from_csv["kind"].isna().sum() == 2  # an empty string comes back from a CSV as a missing value
    for table in (events, from_csv, from_parquet):
        assert list(build_timeline(table, ARTICLES)["action"]) == ["shell"]


def test_the_timeline_merges_on_the_kind_the_events_table_gives():
    # the table's `kind` decides, not the action's words: a verb of no family the table calls a capture
    events = frame(event("a-1", "a", "take", "Ukraine", "Izyum"),
                   {**event("b-1", "b", "wrest", "Ukraine", "Izyum"), "kind": "take"},
                   {**event("c-1", "c", "take", "Ukraine", "Izyum"), "kind": ""})  # a state: left out
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == 1 and timeline.iloc[0]["event_ids"] == "a-1; b-1"


DAYS = pd.DataFrame({
    "summary": ["1 Sep", "the week of 5 Sep", "20 Sep, no last day", "undated", "1 Oct"],
    "date_start": ["2022-09-01", "2022-09-05", "2022-09-20", None, "2022-10-01"],
    "date_end": ["2022-09-01", "2022-09-11", None, None, "2022-10-01"],
})


def test_a_window_keeps_the_rows_whose_days_overlap_it_both_ends_included():
    assert list(within_window(DAYS, "2022-09-08", "2022-09-30")["summary"]) == ["the week of 5 Sep",
                                                                                 "20 Sep, no last day"]
    assert list(within_window(DAYS, "2022-09-11", "2022-09-20")["summary"]) == ["the week of 5 Sep",
                                                                                 "20 Sep, no last day"]
    assert list(within_window(DAYS, "2022-09-12", "2022-09-19")["summary"]) == []
    assert list(within_window(DAYS, end="2022-09-04")["summary"]) == ["1 Sep"]
    assert list(within_window(DAYS, start="2022-09-21")["summary"]) == ["1 Oct"]
    assert list(within_window(DAYS, "2022-10-01")["summary"]) == ["1 Oct"]
    assert list(within_window(DAYS, "2022-09-20").index) == [2, 4]  # the rows' own index


def test_a_window_reads_dates_iso_strings_and_datetimes_alike():
    as_dates = DAYS.assign(date_start=pd.to_datetime(DAYS["date_start"]).dt.date,
                           date_end=pd.to_datetime(DAYS["date_end"]).dt.date)
    as_datetimes = DAYS.assign(date_start=pd.to_datetime(DAYS["date_start"]) + pd.Timedelta(hours=15),
                               date_end=pd.to_datetime(DAYS["date_end"]))
    for table in (DAYS, as_dates, as_datetimes):
        assert list(within_window(table, date(2022, 9, 8), pd.Timestamp("2022-09-20"))["summary"]) == [
            "the week of 5 Sep", "20 Sep, no last day"]
    assert list(within_window(DAYS[["summary", "date_start"]], "2022-09-06")["summary"]) == [
        "20 Sep, no last day", "1 Oct"]  # no date_end column: a row is its first day


def test_no_window_keeps_every_row_undated_ones_too():
    pd.testing.assert_frame_equal(within_window(DAYS), DAYS)
    pd.testing.assert_frame_equal(within_window(DAYS, None, ""), DAYS)
    assert "undated" not in set(within_window(DAYS, end="2099-12-31")["summary"])  # a window: no day, no row


@pytest.mark.parametrize("start, end, message", [
    ("2022-13-01", None, "start '2022-13-01' is no day"),
    (None, "next week", "end 'next week' is no day"),
    ("2022-09-30", "2022-09-01", r"starts \(2022-09-30\) after it ends \(2022-09-01\)"),
])
def test_a_window_refuses_unreadable_days_and_an_end_before_its_start(start, end, message):
    with pytest.raises(ValueError, match=message):
        within_window(DAYS, start, end)


def test_a_window_is_made_of_days():
    assert window_of("2022-09-01", None) == Window(date(2022, 9, 1), None)
    assert window_of(pd.Timestamp("2022-09-01 15:00"), date(2022, 9, 30)) == Window(date(2022, 9, 1),
                                                                                    date(2022, 9, 30))


def test_two_names_of_one_place_and_one_side_in_either_case_are_one_event():
    # "Balochistan province" and "Balochistan" are one region, "Kiev" and "Kyiv" one city; a side's key opening a
    # sentence ("Separatist militants attacked") is the same side as inside one ("separatists attacked")
    events = frame(event("a-1", "a", "attack", "Separatist", "Balochistan province"),
                   event("b-1", "b", "attack", "separatist", "Balochistan"),
                   event("a-2", "a", "shell", "Russia", "Kiev"), event("b-2", "b", "strike", "Russia", "Kyiv"))
    assert sorted(build_timeline(events, ARTICLES)["n_reports"]) == [2, 2]


def test_different_regions_of_one_country_stay_apart():
    events = frame(event("a-1", "a", "attack", "Russia", "Donetsk region"),
                   event("b-1", "b", "attack", "Russia", "Kharkiv region"))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_carrying_out_an_attack_is_the_attack():
    assert kind_of("carry out attack") == kind_of("attack") == kind_of("launch airstrike") == "attack"
    assert kind_of("carry out census") == "carry out census"


def test_a_company_is_its_name_with_or_without_its_suffix():
    events = frame(event("a-1", "a", "launch", "Apple", ""), event("b-1", "b", "launch", "Apple Inc.", ""))
    assert list(build_timeline(events, ARTICLES)["n_reports"]) == [2]


def published_on(row: dict, day) -> dict:
    """A mention dated only by its report's publication day."""
    return {**row, "date_value": day.isoformat(), "date_start": day, "date_end": day, "date_from": "published"}


@pytest.mark.parametrize("day, rows", [
    (date(2022, 9, 12), 1),  # reported two days after the day told: the same resignation
    (date(2022, 9, 25), 2),  # more than a week after: another
])
def test_an_act_dated_by_its_report_joins_the_day_another_report_tells(day, rows):
    events = frame(event("a-1", "a", "resign", "Jobs", ""),
                   published_on(event("b-1", "b", "resign", "Jobs", ""), day))
    timeline = build_timeline(events, ARTICLES)
    assert len(timeline) == rows
    assert timeline["date_start"].iloc[0] == SATURDAY


def test_an_act_dated_by_its_report_joins_no_day_when_two_could_be_meant():
    events = frame(event("a-1", "a", "resign", "Jobs", ""),
                   event("c-1", "c", "resign", "Jobs", "", day=date(2022, 9, 11)),
                   published_on(event("b-1", "b", "resign", "Jobs", ""), date(2022, 9, 12)))
    assert len(build_timeline(events, ARTICLES)) == 3


def test_an_act_dated_by_its_report_needs_the_same_side():
    events = frame(event("a-1", "a", "resign", "Jobs", ""),
                   published_on(event("b-1", "b", "resign", "Cook", ""), date(2022, 9, 12)))
    assert len(build_timeline(events, ARTICLES)) == 2


def test_a_rows_confidence_is_its_surest_mentions():
    events = frame(
        event("a-1", "a", "enter", "Ukraine", "Kupyansk", sentence="Troops entered Kupiansk."),
        event("b-1", "b", "retake", "Ukraine", "Kupyansk"),
        event("c-1", "c", "shell", "Russia", "Kharkiv"),
    ).assign(confidence=[0.42, 0.91, None])
    timeline = build_timeline(events, ARTICLES).set_index("event_ids")
    assert timeline.loc["a-1; b-1", "confidence"] == 0.91
    assert pd.isna(timeline.loc["c-1", "confidence"])  # (an events table written before the column)
