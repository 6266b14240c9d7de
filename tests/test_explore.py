"""The interactive view: its rows, the sentence marked up safely, the first window on the bulk of the dates,
the map's frame, and the chart's linked filters."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers import explore
from helpers.pipeline import analyse
from helpers.reading import parse_txt

REPORT = """date: 2025-03-12
title: Militants attack train in Balochistan

Militants attacked a passenger train in Balochistan on Tuesday, officials said.
Pakistani troops rescued 155 passengers on Wednesday, the military said.
<script>alert(1)</script> Officials in Quetta said on Wednesday that the attackers had killed 21 people.
"""


@pytest.fixture(scope="module")
def tables(nlp):
    return analyse([parse_txt(REPORT, path="train.txt")], progress=False)


@pytest.fixture(scope="module")
def rows(tables):
    return explore.explorer_rows(tables)


def test_one_row_per_timeline_row_and_place(tables, rows):
    assert set(rows["id"]) == set(tables.timeline.index)
    assert rows.groupby("id")["first"].sum().eq(1).all()  # the timeline and the table draw each event once
    placed = rows[rows["place"] != ""]
    assert placed["lat"].notna().all() and placed["kind"].isin(["country", "region", "city", "continent"]).all()
    assert list(rows.columns) == list(explore.ROW_COLUMNS)


def test_rows_carry_readable_labels_and_lists_for_the_filters(rows):
    rescue = rows[rows["label"].str.contains("rescued")].iloc[0]
    assert rescue["label"].startswith("Pakistani troops rescued 155 passengers")
    assert rescue["date"] == "2025-03-12"
    assert isinstance(rescue["sources"], list) and rescue["sources"] == ["the military"]


def test_the_sentence_is_escaped_and_its_entities_and_times_marked(tables, rows):
    attack = rows[rows["sentence"].str.contains("killed")]
    assert not attack.empty
    html = attack.iloc[0]["sentence_html"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark style="background:' in html and 'title="DATE 2025-03-12"' in html
    assert html.replace("&lt;", "<").count("<mark") == html.count("</mark>")


def test_days_are_written_as_precisely_as_they_are_known():
    assert explore.when("2025-03-11", "2025-03-11") == "2025-03-11"
    assert explore.when("2017-01-01", "2017-12-31") == "2017"
    assert explore.when("2024-02-01", "2024-02-29") == "2024-02"
    assert explore.when("2025-03-08", "2025-03-09") == "2025-03-08 to 2025-03-09"
    assert explore.when(None, None) == ""


def test_the_first_window_holds_the_bulk_and_leaves_outliers_to_the_strip():
    dates = pd.Series(["1950-06-25"] + [f"2025-03-{day:02d}" for day in range(1, 29)] * 2)
    window = explore.bulk_window(dates)
    assert window[0]["year"] == 2025 and window[1] == {"year": 2025, "month": 3, "date": 28}
    assert explore.bulk_window(pd.Series([None, None])) is None


def test_the_map_is_framed_on_the_places_or_on_the_world():
    rows = pd.DataFrame({"lat": [30.2, 29.5, 33.7], "lon": [67.0, 66.9, 73.1]})
    frame = explore.map_frame(rows)
    assert 66 < frame["center"][0] < 71 and 28 < frame["center"][1] < 34
    world = explore.map_frame(pd.DataFrame({"lat": [None], "lon": [None]}))
    assert world["center"] == [0.0, 10.0] and world["scale"] < frame["scale"]


def test_the_world_is_drawn_from_basemaps_own_data():
    lines = explore.world_lines()
    assert len(lines) > 300 and all(feature["geometry"]["type"] == "LineString" for feature in lines)
    longitudes = [point[0] for feature in lines for point in feature["geometry"]["coordinates"]]
    assert min(longitudes) < -170 and max(longitudes) > 170


def test_the_chart_links_its_views_by_filters_and_a_shared_selection(rows):
    spec = explore.explorer(rows, title="train").to_dict()
    names = {param["name"] for param in spec["params"]}
    assert {"actor", "place", "type", "source", "window", "pick"} <= names
    pick = next(param for param in spec["params"] if param["name"] == "pick")
    assert len(pick["views"]) >= 2  # the timeline and the table select the same event
    assert spec["usermeta"]["newsline"] == {"pick": "pick", "sentence": "sentence_html", "rows": explore.TABLE_ROWS}
    text = json.dumps(spec)
    assert "indexof(datum.places, place)" in text and '"param": "window"' in text


def test_filters_offer_the_most_frequent_values_first():
    rows = pd.DataFrame({"first": [True, True, True, False], "type": ["FIGHT", "AID", "FIGHT", "AID"],
                         "actors": [["Pakistan"], ["Pakistan", "BLA"], ["BLA"], ["Taliban"]]})
    assert explore.choices(rows, "type") == ["FIGHT", "AID"]
    assert explore.choices(rows, "actors") == ["BLA", "Pakistan"]  # ties by name; a place row is not counted
