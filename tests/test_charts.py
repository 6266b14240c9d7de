"""Tests of helpers.charts: what each chart draws, on small hand-made tables, ugly cases included."""
import os

os.environ.setdefault("MPLBACKEND", "Agg")  # before matplotlib is imported: no window, ever

import sys
import warnings
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
import pytest
from matplotlib import cbook
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.text import Text

from helpers import charts

matplotlib.use("Agg")

TIMELINE_COLUMNS = ["date_start", "date_end", "summary", "actors", "places", "sources",
                    "n_reports", "article_ids", "event_ids"]
ENTITY_COLUMNS = ["article_id", "start", "end", "text", "label", "canonical", "lat", "lon"]
EVENT_COLUMNS = ["event_id", "article_id", "sentence", "start", "end", "action", "actor", "target",
                 "place", "date_value", "date_start", "date_end", "date_from", "source", "hedged",
                 "quote"]

KHARKIV = (49.98177, 36.25475)
BAKHMUT = (48.59419, 37.99886)
HORLIVKA = (48.29986, 38.01709)
KYIV = (50.45466, 30.5238)
CUPERTINO = (37.32300, -122.03218)


def timeline_table(rows: list[tuple]) -> pd.DataFrame:
    """A timeline table from (date_start, date_end, summary, n_reports) tuples."""
    return pd.DataFrame(
        [{"date_start": start, "date_end": end, "summary": summary, "actors": "", "places": "",
          "sources": "", "n_reports": n, "article_ids": "", "event_ids": ""}
         for start, end, summary, n in rows], columns=TIMELINE_COLUMNS)


def entity_table(rows: list[tuple]) -> pd.DataFrame:
    """An entities table from (text, label, canonical, lat, lon) tuples."""
    return pd.DataFrame(
        [{"article_id": 1, "start": 0, "end": len(text), "text": text, "label": label,
          "canonical": canonical, "lat": lat, "lon": lon}
         for text, label, canonical, lat, lon in rows], columns=ENTITY_COLUMNS)


def event_table(rows: list[dict]) -> pd.DataFrame:
    """An events table whose unspecified cells are empty."""
    return pd.DataFrame([{column: row.get(column) for column in EVENT_COLUMNS} for row in rows],
                        columns=EVENT_COLUMNS)


def place(name: str, where: tuple[float, float], times: int = 1, label: str = "GPE") -> list[tuple]:
    return [(name, label, name, where[0], where[1])] * times


def texts(figure: Figure) -> list[str]:
    """Every piece of text drawn on the figure."""
    return [text.get_text() for text in figure.findobj(Text) if text.get_text()]


def tick_labels(axis) -> list[str]:
    return [label.get_text() for label in axis.get_ticklabels()]


def by_gid(figure: Figure, gid: str) -> list:
    return [artist for artist in figure.findobj() if artist.get_gid() == gid]


def main_axes(figure: Figure):
    return figure.axes[0]


def title(axes) -> str:
    """The title, which the kit's style puts on the left."""
    return axes.get_title(loc="left")


def png_bytes(figure: Figure, tmp_path: Path, name: str) -> bytes:
    return charts.save_figure(figure, tmp_path / f"{name}.png", dpi=80).read_bytes()


def is_no_data(figure: Figure) -> bool:
    return charts.NO_DATA in texts(figure)


# --- _label: text from reports ------------------------------------------------------------


def test_label_escapes_dollars_so_mathtext_is_not_triggered():
    raw = "$5 <script>alert(1)</script> a_b costs $6"
    assert cbook.is_math_text(raw)  # what would have happened without escaping
    label = charts._label(raw, max_chars=100)
    assert label == r"\$5 <script>alert(1)</script> a_b costs \$6"
    assert not cbook.is_math_text(label)


def test_label_collapses_whitespace_and_cuts_long_text_with_an_ellipsis():
    label = charts._label("Russia has largely ceded\n its gains near Kharkiv " * 10, max_chars=40)
    assert "\n" not in label
    assert len(label) <= 40
    assert label.endswith("…")
    assert label.startswith("Russia has largely ceded its gains")


def test_label_keeps_cyrillic_replaces_what_the_font_cannot_draw_and_names_missing_values():
    assert charts._label("Харків") == "Харків"
    assert charts._label("北京 Beijing") == "□□ Beijing"
    assert charts._label(None, empty="?") == "?"
    assert charts._label(float("nan"), empty="?") == "?"
    assert charts._label("   ", empty="?") == "?"


# --- timeline_chart -----------------------------------------------------------------------


def test_timeline_draws_one_dot_per_row_in_date_order_with_spans_as_bars():
    timeline = timeline_table([
        ("2022-09-12", "2022-09-12", "Russia cedes gains near Kharkiv", 3),
        ("2022-09-08", "2022-09-10", "Counteroffensive east of Kharkiv", 5),
        ("2022-09-14", "2022-09-14", "Zelensky visits Izyum", 1),
    ])
    figure = charts.timeline_chart(timeline)
    axes = main_axes(figure)
    dots = by_gid(figure, "timeline-dots")[0]
    assert len(dots.get_offsets()) == 3
    assert tick_labels(axes.yaxis) == ["Counteroffensive east of Kharkiv",
                                       "Russia cedes gains near Kharkiv", "Zelensky visits Izyum"]
    assert list(dots.get_array()) == [5, 3, 1]  # colour follows n_reports
    spans = by_gid(figure, "timeline-spans")
    assert len(spans) == 1  # only the 8-10 September row spans days
    assert spans[0].get_width() == 2
    low, high = axes.get_xlim()
    assert low < mdates.date2num(pd.Timestamp("2022-09-08"))
    assert high > mdates.date2num(pd.Timestamp("2022-09-14"))
    assert title(axes).startswith("Timeline: 3 rows, 2022-09-08 to 2022-09-14")


def test_timeline_is_labelled_by_event_labels_and_drawn_on_the_bulk_of_its_dates():
    rows = [(f"2025-03-{day:02d}", f"2025-03-{day:02d}", f"sentence {day}", 1) for day in range(1, 13)]
    timeline = timeline_table(rows + [("1950-06-25", "1950-06-25", "North Korea invaded", 2)])
    timeline["label"] = [f"Event {n}" for n in range(12)] + ["North Korea invaded the South"]
    figure = charts.timeline_chart(timeline)
    axes = main_axes(figure)
    assert tick_labels(axes.yaxis) == [f"Event {n}" for n in range(12)]  # the label, not the sentence
    assert "1 rows far from the rest not shown (1950)" in title(axes)
    assert axes.get_xlim()[0] > mdates.date2num(pd.Timestamp("2025-01-01"))  # 1950 does not squeeze March
    spread = timeline_table([(f"{year}-01-01", f"{year}-01-01", str(year), 1) for year in range(2000, 2013)])
    assert "far from the rest" not in title(main_axes(charts.timeline_chart(spread)))  # evenly spread: all drawn


def test_timeline_leaves_out_undated_rows_and_says_how_many():
    timeline = timeline_table([
        ("2022-09-13", "2022-09-13", "Dated", 2),
        (None, None, "No date at all", 1),
        (pd.NaT, pd.NaT, "NaT dates", 1),
        ("not a date", "", "Unreadable date", 1),
        (None, "2022-09-15", "Only an end date", 1),
    ])
    figure = charts.timeline_chart(timeline)
    axes = main_axes(figure)
    assert tick_labels(axes.yaxis) == ["Dated", "Only an end date"]
    assert "3 undated rows not shown" in title(axes)


def test_timeline_spanning_years_gets_year_ticks_and_contains_every_date():
    timeline = timeline_table([
        ("2005-06-06", "2005-06-06", "Apple announces the switch to Intel", 3),
        ("2011-10-05", "2011-10-05", "Steve Jobs dies", 7),
        ("2022-09-13", "2022-09-13", "Russia cedes gains near Kharkiv", 2),
    ])
    figure = charts.timeline_chart(timeline)
    figure.draw_without_rendering()
    axes = main_axes(figure)
    years = [label for label in tick_labels(axes.xaxis) if label]
    assert years and all(label.isdigit() and len(label) == 4 for label in years)
    low, high = axes.get_xlim()
    for day in ("2005-06-06", "2022-09-13"):
        assert low < mdates.date2num(pd.Timestamp(day)) < high


def test_timeline_keeps_the_most_reported_rows_beyond_max_rows():
    timeline = timeline_table([(f"2022-09-{day:02d}", None, f"Event on day {day}", day % 4 + 1)
                               for day in range(1, 21)])
    figure = charts.timeline_chart(timeline, max_rows=5)
    axes = main_axes(figure)
    shown = tick_labels(axes.yaxis)
    assert shown == ["Event on day 3", "Event on day 7", "Event on day 11", "Event on day 15",
                     "Event on day 19"]  # n_reports 4, then by date
    assert "the 5 most-reported of 20 rows shown" in title(axes)


def test_timeline_makes_report_text_safe():
    timeline = timeline_table([
        ("2022-09-11", "2022-09-11", "Costs $5 <script>alert(1)</script> rose_to $6", 2),
        ("2022-09-12", "2022-09-12", "Обстріл Харкова " + "дуже довгий опис " * 20, 1),
        ("2022-09-13", "2022-09-13", None, 1),
    ])
    figure = charts.timeline_chart(timeline)
    labels = tick_labels(main_axes(figure).yaxis)
    assert labels[0] == r"Costs \$5 <script>alert(1)</script> rose_to \$6"
    assert not any(cbook.is_math_text(label) for label in labels)
    assert labels[1].startswith("Обстріл Харкова") and labels[1].endswith("…")
    assert len(labels[1]) <= 70
    assert labels[2] == "(no summary)"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no mathtext error, no missing-glyph warning
        figure.savefig(os.devnull, format="png")


def test_timeline_accepts_datetime_and_timezone_aware_columns():
    timeline = timeline_table([(None, None, "One", 1), (None, None, "Two", 2)])
    timeline["date_start"] = pd.to_datetime(["2022-09-13 23:30", "2022-09-14 01:00"]).tz_localize("Europe/Kyiv")
    timeline["date_end"] = timeline["date_start"]
    axes = main_axes(charts.timeline_chart(timeline))
    days = [mdates.num2date(x).date().isoformat() for x, _ in by_gid(axes.figure, "timeline-dots")[0].get_offsets()]
    assert days == ["2022-09-13", "2022-09-14"]  # the wall-clock day, not the UTC one


def test_timeline_with_a_single_row_has_room_around_its_date():
    figure = charts.timeline_chart(timeline_table([("2022-09-13", "2022-09-13", "Alone", 1)]))
    axes = main_axes(figure)
    low, high = axes.get_xlim()
    assert high - low >= 2  # days
    assert tick_labels(axes.yaxis) == ["Alone"]


def test_timeline_does_not_modify_its_input():
    timeline = timeline_table([("2022-09-13", None, "A", None), (None, None, "B $1", 2)])
    before = timeline.copy()
    charts.timeline_chart(timeline)
    pd.testing.assert_frame_equal(timeline, before)


def test_timeline_refuses_a_table_without_its_columns():
    with pytest.raises(ValueError, match="summary"):
        charts.timeline_chart(pd.DataFrame(columns=["date_start", "date_end", "n_reports"]))


# --- top_entities -------------------------------------------------------------------------


def test_top_entities_ranks_by_mentions_then_name_and_falls_back_to_text():
    entities = entity_table(
        place("Kharkiv", KHARKIV, 3)
        + [("Ukrainian", "NORP", None, None, None)] * 2
        + [("Pentagon", "ORG", "Pentagon", None, None)] * 2
        + [("Zelensky", "PERSON", "Volodymyr Zelensky", None, None)]
    )
    figure = charts.top_entities(entities)
    axes = main_axes(figure)
    bars = by_gid(figure, "entity-bars")
    assert tick_labels(axes.yaxis) == ["Kharkiv", "Pentagon", "Ukrainian", "Volodymyr Zelensky"]
    assert [bar.get_width() for bar in bars] == [3, 2, 2, 1]
    assert matplotlib.colors.to_hex(bars[0].get_facecolor()) == charts.LABEL_COLOURS["GPE"]
    assert matplotlib.colors.to_hex(bars[2].get_facecolor()) == charts.LABEL_COLOURS["NORP"]
    assert [text.get_text() for text in axes.get_legend().get_texts()] == ["GPE", "NORP", "ORG", "PERSON"]
    assert title(axes) == "Most mentioned entities: top 4 of 4"


def test_top_entities_keeps_n_and_filters_labels():
    entities = entity_table([(f"Place {index:02d}", "GPE", None, None, None) for index in range(30)]
                            + [("NATO", "ORG", "NATO", None, None)] * 5)
    axes = main_axes(charts.top_entities(entities, n=10))
    assert len(tick_labels(axes.yaxis)) == 10
    assert tick_labels(axes.yaxis)[0] == "NATO"
    axes = main_axes(charts.top_entities(entities, n=3, labels=["GPE"]))
    assert tick_labels(axes.yaxis) == ["Place 00", "Place 01", "Place 02"]
    assert "(GPE)" in title(axes)
    assert is_no_data(charts.top_entities(entities, labels=["PERSON"]))


def test_top_entities_gives_a_name_its_most_frequent_label():
    entities = entity_table([("Kharkiv", "ORG", "Kharkiv", None, None)]
                            + [("Kharkiv", "GPE", "Kharkiv", None, None)] * 2)
    bars = by_gid(charts.top_entities(entities), "entity-bars")
    assert len(bars) == 1
    assert matplotlib.colors.to_hex(bars[0].get_facecolor()) == charts.LABEL_COLOURS["GPE"]


def test_top_entities_escapes_and_shortens_names():
    entities = entity_table([("$5 <script>", "MONEY", None, None, None),
                             ("A" * 100, "ORG", None, None, None)])
    labels = tick_labels(main_axes(charts.top_entities(entities)).yaxis)
    assert r"\$5 <script>" in labels
    assert any(label.endswith("…") and len(label) <= 40 for label in labels)


# --- events_per_day -----------------------------------------------------------------------


def test_events_per_day_stacks_by_date_source_and_shows_gaps_as_zero():
    events = event_table([
        {"date_start": "2022-09-08", "date_from": "sentence"},
        {"date_start": "2022-09-08", "date_from": "published"},
        {"date_start": "2022-09-08", "date_from": "sentence"},
        {"date_start": "2022-09-10", "date_from": "published"},
        {"date_start": None, "date_from": "published"},
        {"date_start": pd.NaT, "date_from": None},
    ])
    figure = charts.events_per_day(events)
    axes = main_axes(figure)
    sentence = by_gid(figure, "events-sentence")
    published = by_gid(figure, "events-published")
    assert [bar.get_height() for bar in sentence] == [2, 0, 0]
    assert [bar.get_height() for bar in published] == [1, 0, 1]
    assert [bar.get_y() for bar in published] == [2, 0, 0]  # stacked on the sentence bars
    assert [total.get_text() for total in by_gid(figure, "events-total")] == ["3", "0", "1"]
    days = [mdates.num2date(bar.get_x() + bar.get_width() / 2).date().isoformat() for bar in sentence]
    assert days == ["2022-09-08", "2022-09-09", "2022-09-10"]
    assert [text.get_text() for text in axes.get_legend().get_texts()] == ["sentence", "published"]
    assert "Events per day (date_start): 4 dated events" in title(axes)
    assert "2 undated events not shown" in title(axes)


def test_events_per_day_counts_by_another_column_and_an_unknown_source():
    events = event_table([{"date_start": "2022-09-08", "date_end": "2022-09-09", "date_from": None}])
    figure = charts.events_per_day(events, by="date_end")
    bars = by_gid(figure, "events-unknown")
    assert len(bars) == 1 and bars[0].get_height() == 1
    assert mdates.num2date(bars[0].get_x() + bars[0].get_width() / 2).date().isoformat() == "2022-09-09"


def test_events_per_day_switches_to_months_over_years():
    events = event_table([{"date_start": "2005-06-06", "date_from": "sentence"},
                          {"date_start": "2022-09-13", "date_from": "published"}])
    figure = charts.events_per_day(events)
    bars = by_gid(figure, "events-sentence")
    assert len(bars) == (2022 - 2005) * 12 + (9 - 6) + 1
    assert "Events per month" in title(main_axes(figure))
    with pytest.raises(ValueError, match="period"):
        charts.events_per_day(events, period="fortnight")


def test_events_per_day_refuses_an_unknown_column():
    with pytest.raises(ValueError, match="published_at"):
        charts.events_per_day(event_table([]), by="published_at")


# --- actor_place --------------------------------------------------------------------------


def test_actor_place_counts_actor_place_pairs_and_annotates_them():
    events = event_table([
        {"actor": "Russia", "place": "Kharkiv"},
        {"actor": "Russia", "place": "Kharkiv"},
        {"actor": "Russia", "place": "Bakhmut"},
        {"actor": "Ukrainian forces; Ukraine", "place": "Izyum"},
        {"actor": "Ukraine", "place": None},
        {"actor": None, "place": "Kyiv"},
    ])
    figure = charts.actor_place(events)
    axes = main_axes(figure)
    assert tick_labels(axes.yaxis) == ["Russia", "Ukraine", "Ukrainian forces"]
    assert tick_labels(axes.xaxis) == ["Izyum", "Kharkiv", "Bakhmut"]  # 2, 2 (ties by name), 1
    cells = by_gid(figure, "actor-place-cells")[0].get_array()
    assert cells.tolist() == [[0, 2, 1], [1, 0, 0], [1, 0, 0]]
    assert sorted(text.get_text() for text in by_gid(figure, "actor-place-count")) == ["1", "1", "1", "2"]
    assert title(axes).endswith("3 actors × 3 places")


def test_actor_place_keeps_the_top_n_and_escapes_names():
    events = event_table([{"actor": f"Actor {index:02d}", "place": f"Place $ {index:02d}"}
                          for index in range(20)] + [{"actor": "Actor 19", "place": "Kyiv"}])
    axes = main_axes(charts.actor_place(events, n=4))
    assert tick_labels(axes.yaxis) == ["Actor 19", "Actor 00", "Actor 01", "Actor 02"]
    assert tick_labels(axes.xaxis)[0] == "Kyiv"
    assert all(label == "Kyiv" or label.startswith(r"Place \$") for label in tick_labels(axes.xaxis))


def test_actor_place_without_pairs_says_no_data():
    assert is_no_data(charts.actor_place(event_table([{"actor": "Russia", "place": None}])))


# --- claims_by_source ---------------------------------------------------------------------


def claims(rows: list[tuple]) -> pd.DataFrame:
    """An events table from (source, modality, hedged, statement) tuples."""
    return pd.DataFrame([{"event_id": f"a-{index}", "source": source, "modality": modality, "hedged": hedged,
                          "statement": statement} for index, (source, modality, hedged, statement) in enumerate(rows)])


def bar_widths(figure: Figure, gid: str) -> list[float]:
    return [patch.get_width() for patch in by_gid(figure, gid)]


def test_claims_by_source_stacks_modalities_and_hatches_hedged_claims():
    events = claims([
        ("Ukraine’s general staff", "claimed", False, False),
        ("Ukraine’s general staff", "claimed", True, False),
        ("Ukraine’s general staff", "planned", False, False),
        ("Russia’s defence ministry", "claimed", True, False),
        ("Russia’s defence ministry", "hypothetical", False, False),
        ("Russia’s defence ministry", "asserted", False, True),  # a statement reporting nothing: not a claim
        (None, "asserted", False, False),  # unattributed
        ("", "asserted", False, False),  # unattributed too
    ])
    figure = charts.claims_by_source(events)
    axes = main_axes(figure)
    assert tick_labels(axes.yaxis) == ["Ukraine’s general staff", "Russia’s defence ministry"]
    assert bar_widths(figure, "claims-claimed") == [1.0, 0.0]
    assert bar_widths(figure, "claims-claimed-hedged") == [1.0, 1.0]
    assert bar_widths(figure, "claims-planned") == [1.0, 0.0]
    assert bar_widths(figure, "claims-hypothetical") == [0.0, 1.0]
    assert all(patch.get_hatch() == charts.HEDGED_HATCH for patch in by_gid(figure, "claims-claimed-hedged"))
    assert [text.get_text() for text in by_gid(figure, "claims-total")] == ["3", "2"]
    assert "2 unattributed events not shown" in title(axes)
    assert [text.get_text() for text in axes.get_legend().get_texts()] == ["claimed", "planned", "hypothetical",
                                                                           "hedged"]


def test_claims_by_source_keeps_the_top_n_ties_by_name_and_escapes():
    events = claims([(f"Source $ {index:02d}", "claimed", False, False) for index in range(6)]
                    + [("Source $ 05", "claimed", False, False)])
    axes = main_axes(charts.claims_by_source(events, n=3))
    assert tick_labels(axes.yaxis) == [r"Source \$ 05", r"Source \$ 00", r"Source \$ 01"]


def test_claims_by_source_reads_an_older_table_without_modality():
    events = pd.DataFrame({"source": ["Kyiv", "Kyiv", None]})
    figure = charts.claims_by_source(events)
    assert bar_widths(figure, "claims-claimed") == [2.0]


def test_claims_by_source_without_sources_says_no_data():
    assert is_no_data(charts.claims_by_source(claims([(None, "asserted", False, False)])))
    with pytest.raises(ValueError, match="source"):
        charts.claims_by_source(pd.DataFrame({"actor": ["Russia"]}))


# --- place_map ----------------------------------------------------------------------------


def dot_offsets(figure: Figure) -> np.ndarray:
    return np.asarray(by_gid(figure, "place-dots")[0].get_offsets())


def assert_inside_limits(axes, points: np.ndarray) -> None:
    (left, right), (bottom, top) = axes.get_xlim(), axes.get_ylim()
    assert np.all((left < points[:, 0]) & (points[:, 0] < right))
    assert np.all((bottom < points[:, 1]) & (points[:, 1] < top))


def test_place_map_draws_a_dot_and_label_per_place_on_a_basemap():
    entities = entity_table(place("Kharkiv", KHARKIV, 3) + place("Bakhmut", BAKHMUT, 2)
                            + place("Horlivka", HORLIVKA) + place("Kyiv", KYIV)
                            + [("Russia", "GPE", "Russia", None, None)])
    figure = charts.place_map(entities)
    axes = main_axes(figure)
    points = dot_offsets(figure)
    assert len(points) == 4
    assert_inside_limits(axes, points)
    assert np.abs(points).max() > 1000  # projected metres (Mercator), not degrees
    assert sum(isinstance(c, LineCollection) for c in axes.collections) >= 2  # coasts, borders
    sizes = by_gid(figure, "place-dots")[0].get_sizes()
    assert sizes[0] == sizes.max() and sizes[0] > sizes[-1]  # Kharkiv, most mentioned, first
    labels = [text.get_text() for text in by_gid(figure, "place-label")]
    assert sorted(labels) == ["Bakhmut", "Horlivka", "Kharkiv", "Kyiv"]
    assert title(axes) == "Places mentioned: 4 places, 7 mentions"


def test_place_map_shows_the_world_for_places_continents_apart():
    figure = charts.place_map(entity_table(place("Kharkiv", KHARKIV) + place("Cupertino", CUPERTINO)))
    axes = main_axes(figure)
    points = dot_offsets(figure)
    assert_inside_limits(axes, points)
    assert axes.get_xlim() == pytest.approx((-180, 180))  # equidistant cylindrical: degrees
    assert sorted(points[:, 0].round(3)) == [CUPERTINO[1].__round__(3), KHARKIV[1].__round__(3)]
    assert "(world view)" in title(axes)


@pytest.mark.parametrize("padding", [0.0, 2.0])
def test_place_map_frames_a_single_place(padding):
    figure = charts.place_map(entity_table(place("Kyiv", KYIV, 2)), padding_deg=padding)
    axes = main_axes(figure)
    assert_inside_limits(axes, dot_offsets(figure))
    width = np.diff(axes.get_xlim())[0]
    height = np.diff(axes.get_ylim())[0]
    assert 0.9 <= width / height <= 2.1  # neither a sliver nor a strip
    assert [text.get_text() for text in by_gid(figure, "place-label")] == ["Kyiv"]


def test_place_map_copes_with_the_poles_and_the_date_line():
    entities = entity_table(place("Vostok Station", (-89.9, 106.8)) + place("Tiksi", (71.6, 128.9))
                            + place("Suva", (-18.1, 178.4)))
    figure = charts.place_map(entities)
    assert_inside_limits(main_axes(figure), dot_offsets(figure))


def test_place_map_leaves_out_impossible_coordinates_and_escapes_names():
    entities = entity_table(place("$5 Town_1", KHARKIV) + [("Nowhere", "GPE", "Nowhere", 123.0, 500.0)])
    figure = charts.place_map(entities)
    assert len(dot_offsets(figure)) == 1
    assert [text.get_text() for text in by_gid(figure, "place-label")] == [r"\$5 Town_1"]
    assert "1 rows with impossible coordinates not shown" in title(main_axes(figure))


def test_place_map_leaves_out_crowded_labels_rather_than_overlapping_them():
    crowd = [(f"Village {index}", (48.0 + index * 0.01, 37.8)) for index in range(12)]
    entities = entity_table([row for name, where in crowd for row in place(name, where)]
                            + place("Cupertino", CUPERTINO))
    figure = charts.place_map(entities)
    labels = by_gid(figure, "place-label")
    boxes = [label.get_window_extent() for label in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    note = by_gid(figure, "labels-left-out")
    assert len(labels) < 13 and note and note[0].get_text().endswith("left out")


def test_place_map_falls_back_to_a_plain_scatter_without_basemap(monkeypatch):
    monkeypatch.setitem(sys.modules, "mpl_toolkits.basemap", None)  # makes the import fail
    figure = charts.place_map(entity_table(place("Kharkiv", KHARKIV) + place("Cupertino", CUPERTINO)))
    axes = main_axes(figure)
    points = dot_offsets(figure)
    assert sorted(map(tuple, points.round(4))) == [(CUPERTINO[1].__round__(4), CUPERTINO[0].__round__(4)),
                                                   (KHARKIV[1].__round__(4), KHARKIV[0].__round__(4))]
    assert_inside_limits(axes, points)
    assert "basemap unavailable" in title(axes)
    assert axes.get_xlabel() == "longitude"


def test_place_map_without_coordinates_says_no_data():
    assert is_no_data(charts.place_map(entity_table([("Russia", "GPE", "Russia", None, None)])))


# --- every chart --------------------------------------------------------------------------


EMPTY_INPUTS = [
    (charts.timeline_chart, TIMELINE_COLUMNS),
    (charts.top_entities, ENTITY_COLUMNS),
    (charts.events_per_day, EVENT_COLUMNS),
    (charts.actor_place, EVENT_COLUMNS),
    (charts.place_map, ENTITY_COLUMNS),
]


@pytest.mark.parametrize(("chart", "columns"), EMPTY_INPUTS, ids=lambda value: getattr(value, "__name__", ""))
def test_every_chart_says_no_data_for_an_empty_table(chart, columns):
    figure = chart(pd.DataFrame(columns=columns))
    assert isinstance(figure, Figure)
    assert is_no_data(figure)


def sample_inputs() -> list[tuple]:
    timeline = timeline_table([("2022-09-08", "2022-09-10", "Counteroffensive $5", 4),
                               ("2022-09-13", "2022-09-13", "Russia cedes gains", 2)])
    entities = entity_table(place("Kharkiv", KHARKIV, 3) + place("Bakhmut", BAKHMUT)
                            + [("Zelensky", "PERSON", "Zelensky", None, None)])
    events = event_table([{"actor": "Russia", "place": "Kharkiv", "date_start": "2022-09-08",
                           "date_from": "sentence"},
                          {"actor": "Ukraine", "place": "Bakhmut", "date_start": "2022-09-10",
                           "date_from": "published"}])
    return [(charts.timeline_chart, timeline), (charts.top_entities, entities),
            (charts.events_per_day, events), (charts.actor_place, events),
            (charts.place_map, entities)]


@pytest.mark.parametrize(("chart", "table"), sample_inputs(), ids=lambda value: getattr(value, "__name__", ""))
def test_every_chart_is_deterministic_leaves_its_input_and_the_style_alone(chart, table, tmp_path):
    before = table.copy()
    font_size = matplotlib.rcParams["font.size"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing on stderr in a notebook
        first = png_bytes(chart(table), tmp_path, "first")
        second = png_bytes(chart(table), tmp_path, "second")
    assert first == second
    assert first.startswith(b"\x89PNG")
    pd.testing.assert_frame_equal(table, before)
    assert matplotlib.rcParams["font.size"] == font_size  # the style is not left behind
    assert chart.__doc__ and "Out:" in chart.__doc__


# --- save_figure --------------------------------------------------------------------------


def test_save_figure_replaces_the_file_and_leaves_no_temporary_behind(tmp_path):
    target = tmp_path / "figures" / "timeline.png"
    target.parent.mkdir()
    target.write_bytes(b"old")
    figure = charts.timeline_chart(timeline_table([("2022-09-13", "2022-09-13", "A", 1)]))
    written = charts.save_figure(figure, target)
    assert written == target
    assert target.read_bytes().startswith(b"\x89PNG")
    assert [path.name for path in target.parent.iterdir()] == ["timeline.png"]


def test_save_figure_keeps_the_old_file_when_saving_fails(tmp_path, monkeypatch):
    target = tmp_path / "timeline.png"
    target.write_bytes(b"old")
    figure = charts.timeline_chart(timeline_table([("2022-09-13", "2022-09-13", "A", 1)]))

    def fail_half_way(stream, **options):
        stream.write(b"\x89PNG half")
        raise OSError("disk full")

    monkeypatch.setattr(figure, "savefig", fail_half_way)
    with pytest.raises(OSError, match="disk full"):
        charts.save_figure(figure, target)
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["timeline.png"]


def test_saved_writes_the_chart_and_gives_it_back_to_show(tmp_path):
    figure = charts.timeline_chart(timeline_table([("2022-09-13", "2022-09-13", "A", 1)]))
    target = tmp_path / "charts" / "timeline.png"
    assert charts.saved(figure, target) is figure  # ends a notebook cell: shown as its PNG
    assert target.read_bytes() == charts.save_figure(figure, tmp_path / "again.png").read_bytes()
    assert figure._repr_png_().startswith(b"\x89PNG")


def test_style_is_applied_by_the_context_and_restored_after():
    default = matplotlib.rcParams["axes.titlelocation"]
    with charts.style():
        assert matplotlib.rcParams["axes.titlelocation"] == charts.STYLE["axes.titlelocation"]
    assert matplotlib.rcParams["axes.titlelocation"] == default
    axes = main_axes(charts.timeline_chart(timeline_table([("2022-09-13", None, "A", 1)])))
    assert axes.get_title(loc="left").startswith("Timeline") and axes.get_title() == ""


def test_a_chart_shows_itself_in_a_notebook_and_stays_out_of_pyplot():
    import matplotlib.pyplot as plt

    open_before = plt.get_fignums()
    figure = charts.top_entities(entity_table(place("Kyiv", KYIV)))
    assert plt.get_fignums() == open_before  # nothing piles up in pyplot between cells
    assert figure._repr_png_().startswith(b"\x89PNG")  # what Jupyter shows for a bare `figure`
    assert repr(figure).startswith("<Chart size 800x")  # no memory address for nbval to trip on
