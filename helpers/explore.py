"""The interactive view: the timeline, a map and a table of events, linked by filters (Vega-Lite through Altair).

The charts are Vega-Lite specs: JupyterLab draws them itself, offline, and `helpers.render` puts the
Vega scripts inline in every page that holds one, so a rendered page opens with the network off.
"""
from __future__ import annotations

import html
import json
import math
import warnings
from functools import lru_cache

import altair as alt
import pandas as pd

from helpers.charts import split_list
from helpers.colours import label_colour, light
from helpers.display import TIME_COLOUR

#: Choices a filter lists (the most frequent values); the table's rows; the width of every panel.
FILTER_CHOICES = 40
TABLE_ROWS = 20
WIDTH = 760
MAP_HEIGHT = 380
#: How far (degrees) a coastline or border point lies from the last one kept (see world_lines).
LINE_STEP = 0.3
#: The share of events the timeline's first window holds (the rest stay on the overview strip below it).
BULK = 0.9
#: Entity labels an event's sentence highlights; times are highlighted too.
HIGHLIGHTED = ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")
#: How the table may be ordered (the radio buttons' values and labels), and the sort key each gives.
TABLE_ORDERS = {"earliest": "earliest first", "latest": "latest first", "reports": "most reports first"}
ORDER_KEY = ("order == 'reports' ? -datum.n_reports * 1e13 + time(toDate(datum.date))"
             " : order == 'latest' ? -time(toDate(datum.date)) : time(toDate(datum.date))")
NO_TYPE = "(no type)"
NO_SOURCE = "(the report itself)"


def explorer_rows(tables, *, timeline: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per timeline row and place it names (a row with no place once), for the explorer.

    In: the pipeline's Tables, and `timeline`, the rows of its timeline to show (default: all). Out:
    `id` (the timeline row), `date`, `label`, `type`, lists `actors`/`places`/`sources` for the
    filters, `n_reports`, `hedged`, `conflicts`, `sentence` and `sentence_html` (the first
    mention's sentence with its entities and times marked), `report`, and the place's `place`,
    `kind`, `lat`, `lon` (`first` marks the one row per event the timeline and table draw).
    """
    timeline = tables.timeline if timeline is None else timeline
    events = tables.events.set_index("event_id")
    titles = tables.articles.set_index("article_id")
    places = (tables.entities.dropna(subset=["lat"]).drop_duplicates("canonical")
              .set_index("canonical")[["place_kind", "lat", "lon"]])
    texts = {report.article_id: report.text for report in tables.reports}
    marked = marks_by_report(tables)
    rows = []
    for index, row in timeline.iterrows():
        first = events.loc[row["event_ids"].split("; ")[0]]
        article = titles.loc[first["article_id"]]
        common = {
            "id": int(index), "date": iso(row["date_start"]), "date_end": iso(row["date_end"]),
            "when": when(row["date_start"], row["date_end"]), "label": row["label"],
            "type": row["type"] or NO_TYPE, "actors": split_list(row["actors"]), "places": split_list(row["places"]),
            "sources": split_list(row["sources"]) or [NO_SOURCE], "n_reports": int(row["n_reports"]),
            "hedged": bool(row["hedged"]), "conflicts": row["conflicts"] or "",
            "sentence": first["sentence"],
            "sentence_html": sentence_html(texts.get(first["article_id"], ""), int(first["start"]), int(first["end"]),
                                           marked.get(first["article_id"], [])),
            "report": f"{article['title'] or article['path']} ({article['published'] or 'undated'})",
        }
        named = [place for place in common["places"] if place in places.index] or [None]
        for order, place in enumerate(named):
            where = places.loc[place] if place else None
            rows.append(common | {
                "place": place or "", "kind": where["place_kind"] if place else "",
                "lat": float(where["lat"]) if place else None, "lon": float(where["lon"]) if place else None,
                "first": order == 0})
    return pd.DataFrame(rows, columns=[*ROW_COLUMNS])


ROW_COLUMNS = ("id", "date", "date_end", "when", "label", "type", "actors", "places", "sources", "n_reports", "hedged",
               "conflicts", "sentence", "sentence_html", "report", "place", "kind", "lat", "lon", "first")


def iso(value: object) -> str | None:
    """A date as an ISO string (None for none): what Vega-Lite reads as a date."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def when(start: object, end: object) -> str:
    """A row's days as a reader writes them: "2025-03-11", "2025-03" for a whole month, "2017" for a
    whole year (a date said by its year alone), else "2025-03-08 to 2025-03-09"."""
    first, last = iso(start), iso(end) or iso(start)
    if first is None:
        return ""
    if first == last:
        return first
    if first.endswith("-01-01") and last == first[:4] + "-12-31":
        return first[:4]
    if first.endswith("-01") and (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d") == last:
        return first[:7]
    return f"{first} to {last}"


def marks_by_report(tables) -> dict[str, list[tuple[int, int, str, str]]]:
    """Per article_id, what its sentences mark: (start, end, label, colour) for each entity of a
    HIGHLIGHTED label (its chart colour made light) and each time expression (type and value)."""
    entities = tables.entities[tables.entities["label"].isin(HIGHLIGHTED)]
    marks: dict[str, list] = {}
    for row in entities.itertuples():
        mark = (int(row.start), int(row.end), row.label, light(label_colour(row.label)))
        marks.setdefault(row.article_id, []).append(mark)
    for row in tables.timexes.itertuples():
        mark = (int(row.start), int(row.end), f"{row.type} {row.value}", TIME_COLOUR)
        marks.setdefault(row.article_id, []).append(mark)
    return marks


def sentence_html(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """The sentence `text[start:end]` as HTML, the `marks` within it (see marks_by_report) as <mark>s
    with their colour and label as title; every character of the report is escaped."""
    if not text:
        return ""
    inside = sorted((mark for mark in marks if start <= mark[0] and mark[1] <= end),
                    key=lambda mark: (mark[0], -mark[1]))
    pieces, at = [], start
    for mark_start, mark_end, label, colour in inside:
        if mark_start < at:
            continue  # overlaps one already marked
        pieces.append(html.escape(text[at:mark_start]))
        pieces.append(f'<mark style="background:{colour}" title="{html.escape(label)}">'
                      f'{html.escape(text[mark_start:mark_end])}</mark>')
        at = mark_end
    pieces.append(html.escape(text[at:end]))
    return "".join(pieces)


def bulk_window(dates: pd.Series, *, share: float = BULK) -> list[dict] | None:
    """The first and last day of the middle `share` of `dates`, a twentieth of its width (at least a
    day) wider each side, as Vega-Lite DateTime objects; None when there are no dates."""
    dates = pd.to_datetime(dates, errors="coerce").dropna()
    if dates.empty:
        return None
    low = dates.quantile((1 - share) / 2, interpolation="nearest")
    high = dates.quantile(1 - (1 - share) / 2, interpolation="nearest")
    pad = max((high - low) * 0.05, pd.Timedelta(days=1))  # the first and last events off the frame's edge
    return [{"year": day.year, "month": day.month, "date": day.day} for day in (low - pad, high + pad)]


def choices(rows: pd.DataFrame, column: str, *, limit: int = FILTER_CHOICES) -> list[str]:
    """The values a filter offers: the most frequent first, at most `limit`."""
    values = rows.loc[rows["first"], column]
    counts = values.explode().dropna().value_counts() if values.map(lambda v: isinstance(v, list)).any() \
        else values.value_counts()
    return sorted(counts.head(limit).index, key=lambda value: (-counts[value], value))


def dropdown(name: str, options: list[str]) -> alt.Parameter:
    """A filter: a drop-down of `options`, "all" first (its value null)."""
    return alt.param(name=name, value=None,
                     bind=alt.binding_select(options=[None, *options], labels=["all", *options], name=f"{name} "))


def explorer(rows: pd.DataFrame, *, title: str = "") -> alt.VConcatChart:
    """The linked view of `explorer_rows`: filters on actor, place, type and source; a timeline
    (hover: the event, its sources, hedging, corroboration and sentence; click: select it); the
    overview strip below it, whose brush sets the timeline's window (first on the bulk of the
    dates, outliers still on the strip); a map of the places; a table of the events shown, earliest,
    latest or most corroborated first as the reader picks."""
    filters = [dropdown("actor", choices(rows, "actors")), dropdown("place", choices(rows, "places")),
               dropdown("type", choices(rows, "type")), dropdown("source", choices(rows, "sources"))]
    window = alt.selection_interval(name="window", encodings=["x"], value={"x": bulk_window(rows["date"]) or []}) \
        if rows["date"].notna().any() else alt.selection_interval(name="window", encodings=["x"])
    pick = alt.selection_point(name="pick", fields=["id"], on="click", clear="dblclick", empty=False)
    kept = ("(actor == null || indexof(datum.actors, actor) >= 0)"
            " && (place == null || indexof(datum.places, place) >= 0)"
            " && (type == null || datum.type == type) && (source == null || indexof(datum.sources, source) >= 0)")
    base = alt.Chart(rows).transform_filter(kept)
    events = base.transform_filter("datum.first")
    tooltip = [alt.Tooltip("label:N", title="event"), alt.Tooltip("when:N", title="when"),
               alt.Tooltip("sources:N", title="according to"), alt.Tooltip("hedged:N", title="hedged"),
               alt.Tooltip("n_reports:Q", title="reports"), alt.Tooltip("conflicts:N", title="conflicts"),
               alt.Tooltip("sentence:N", title="sentence"), alt.Tooltip("report:N", title="first told in")]
    timeline = events.mark_point(filled=True, clip=True).encode(
        x=alt.X("date:T", title=None, scale=alt.Scale(domain=window)),
        y=alt.Y("type:N", title=None),
        yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[0, 1], range=[-8, 8])),
        size=alt.Size("n_reports:Q", title="reports", scale=alt.Scale(range=[40, 400])),
        color=alt.Color("type:N", legend=None),
        shape=alt.Shape("hedged:N", title="hedged", scale=alt.Scale(domain=[False, True], range=["circle", "diamond"])),
        stroke=alt.condition(pick, alt.value("black"), alt.value(None)),
        strokeWidth=alt.value(2),
        tooltip=tooltip,
    ).transform_calculate(jitter="(datum.id * 0.618034) % 1").add_params(*filters, pick).properties(
        width=WIDTH, height=alt.Step(26), title=title or "Events: hover for the sentence, click to select",
        name="timeline")
    # the strip's scale stays on every date, whatever the filters keep: the brush is kept in pixels, and
    # a domain that moved with the filters would move the window with them
    overview = events.mark_tick(thickness=2).encode(
        x=alt.X("date:T", title="drag to choose the window the timeline shows (double-click: every date)",
                scale=alt.Scale(domain=bulk_window(rows["date"], share=1.0) or alt.Undefined)),
        color=alt.Color("type:N", legend=None),
    ).add_params(window).properties(width=WIDTH, height=30, name="overview")
    shown = events.transform_filter(window)
    # the table's order, a choice of the reader: the key is one number, so one window transform sorts by it
    order = alt.param(name="order", value="earliest", bind=alt.binding_radio(
        options=list(TABLE_ORDERS), labels=list(TABLE_ORDERS.values()), name="table: "))
    table = shown.transform_calculate(key=ORDER_KEY).transform_window(
        row="row_number()", sort=[{"field": "key"}, {"field": "id"}]).transform_filter(f"datum.row <= {TABLE_ROWS}")
    columns = [
        table.mark_text(align="left", baseline="middle", limit=width - 6).encode(
            y=alt.Y("row:O", axis=None), text=alt.Text(field, type=kind, **extra),
            color=alt.condition(pick, alt.value("#d62728"), alt.value("#222222")), tooltip=tooltip,
        ).add_params(pick)
        .properties(width=width, height=alt.Step(18), title=heading, name=f"table_{field}")
        for field, kind, extra, width, heading in (
            ("when", "nominal", {}, 90, "when"), ("label", "nominal", {}, 430, "event"),
            ("sources", "nominal", {}, 180, "according to"), ("n_reports", "quantitative", {}, 40, "reports"))]
    count = shown.transform_aggregate(n="count()").transform_calculate(
        shown=f"'The table lists the first {TABLE_ROWS} of ' + datum.n + ' events in the window, '"
              f" + {json.dumps(TABLE_ORDERS)}[order] + '.'",
    ).mark_text(align="left", x=0).encode(text="shown:N").add_params(order).properties(
        width=WIDTH, height=16, name="table_count")
    return alt.vconcat(
        timeline, overview, place_map(shown, rows), count, alt.hconcat(*columns, spacing=4),
    ).resolve_scale(color="independent").configure_view(stroke=None).properties(
        usermeta={"newsline": {"pick": "pick", "sentence": "sentence_html", "rows": TABLE_ROWS}})


def place_map(shown: alt.Chart, rows: pd.DataFrame) -> alt.LayerChart:
    """The places of the events shown: one dot per place sized by its events, over coastlines and
    borders (basemap's own data, offline), framed on where most of `rows`' places lie; hover for
    the place, its kind and its events."""
    frame = map_frame(rows)
    # one JSON string, not a list of objects: a notebook stores a spec pretty-printed, a value a line
    lines = json.dumps({"type": "FeatureCollection", "features": world_lines()}, separators=(",", ":"))
    land = alt.Chart(alt.Data(values=lines, format=alt.DataFormat(type="json", property="features"))).mark_geoshape(
        filled=False, stroke="#999999", strokeWidth=0.5, clip=True)
    dots = shown.transform_filter("datum.lat != null").transform_aggregate(
        events="count()", labels="values(label)", groupby=["place", "kind", "lat", "lon"],
    ).transform_calculate(some="join(slice(pluck(datum.labels, 'label'), 0, 3), ' | ')").mark_circle(
        opacity=0.75, stroke="white", clip=True).encode(
        longitude="lon:Q", latitude="lat:Q", size=alt.Size("events:Q", scale=alt.Scale(range=[30, 600]), legend=None),
        color=alt.Color("kind:N", title="place", scale=alt.Scale(domain=["continent", "country", "region", "city"])),
        tooltip=[alt.Tooltip("place:N"), alt.Tooltip("kind:N"), alt.Tooltip("events:Q"),
                 alt.Tooltip("some:N", title="events (first three)")])
    return alt.layer(land, dots).project(**frame).properties(width=WIDTH, height=MAP_HEIGHT, name="map")


def map_frame(rows: pd.DataFrame, *, share: float = BULK, margin: float = 4.0) -> dict:
    """The map's first frame, an equirectangular projection's `center` and `scale`: around the middle
    `share` of the places' points (at least 24 by 12 degrees, `margin` degrees wider each side), or
    the world when no place has a point. (Set by hand: Vega-Lite fits a projection to the coastlines
    drawn, i.e. to the whole world.)"""
    points = rows.dropna(subset=["lat", "lon"])
    if points.empty:
        west, south, east, north = -180.0, -60.0, 180.0, 80.0
    else:
        low, high = (1 - share) / 2, 1 - (1 - share) / 2
        west, east = points["lon"].quantile(low) - margin, points["lon"].quantile(high) + margin
        south, north = points["lat"].quantile(low) - margin, points["lat"].quantile(high) + margin
        if east - west < 24:
            west, east = (west + east) / 2 - 12, (west + east) / 2 + 12
        if north - south < 12:
            south, north = (south + north) / 2 - 6, (south + north) / 2 + 6
    # equirectangular: x = scale * longitude in radians, so the frame fits when scale = pixels / radians
    scale = min(WIDTH / math.radians(east - west), MAP_HEIGHT / math.radians(north - south))
    return {"type": "equirectangular", "center": [round((west + east) / 2, 2), round((south + north) / 2, 2)],
            "scale": round(scale, 2), "translate": [WIDTH / 2, MAP_HEIGHT / 2]}


@lru_cache(maxsize=1)
def world_lines(*, step: float = LINE_STEP) -> list[dict]:
    """Coastlines and country borders as GeoJSON lines, from basemap's crude-resolution data (no
    download), rounded to a tenth of a degree, a point kept once it lies `step` degrees (in longitude
    plus latitude) from the last one kept: enough for a map of where events happened, at a third of
    the size of every point."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from mpl_toolkits.basemap import Basemap

        world = Basemap(projection="cyl", llcrnrlon=-180, llcrnrlat=-90, urcrnrlon=180, urcrnrlat=90, resolution="c")
        segments = list(world.coastsegs) + list(world._readboundarydata("countries")[0])
    features = []
    for segment in segments:
        points = [[round(float(lon), 1), round(float(lat), 1)] for lon, lat in segment]
        kept = points[:1]
        for point in points[1:-1]:
            if abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= step:
                kept.append(point)
        if len(points) > 1 and points[-1] != kept[-1]:
            kept.append(points[-1])
        if len(kept) > 1:
            features.append({"type": "Feature", "properties": {},
                             "geometry": {"type": "LineString", "coordinates": kept}})
    return features
