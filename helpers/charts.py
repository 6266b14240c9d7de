"""Charts of the kit's tables as matplotlib Figures, with the figure style defined once, here."""
from __future__ import annotations

import functools
import io
import math
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from helpers.colours import LABEL_COLOURS, OTHER_COLOURS, label_colour  # noqa: F401 - LABEL_COLOURS: charts' palette
from helpers.io import write_atomic

__all__ = [
    "STYLE",
    "style",
    "timeline_chart",
    "top_entities",
    "events_per_day",
    "actor_place",
    "claims_by_source",
    "place_map",
    "save_figure",
    "saved",
]

# The one place where the kit's figures get their look; every chart below is drawn inside it.
STYLE: dict[str, Any] = {
    # The font bundled with matplotlib, so a chart looks the same on every machine.
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.labelcolor": "#333333",
    "axes.edgecolor": "#888888",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.color": "#e3e3e3",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "xtick.color": "#555555",
    "ytick.color": "#555555",
    "legend.fontsize": 8,
    "legend.title_fontsize": 8,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "figure.dpi": 100,
    "savefig.facecolor": "white",
    # Report text must never be handed to LaTeX; `$` is escaped for mathtext by `_label`.
    "text.usetex": False,
    "svg.hashsalt": "newsline",
}

DATE_FROM_COLOURS: dict[str, str] = {"sentence": "#2b6cb0", "published": "#f0a04b"}
# How a claim is told (events.csv `modality`, docs/tables.md): firm to tentative, dark to light.
MODALITY_COLOURS: dict[str, str] = {"asserted": "#1f4e79", "claimed": "#4f8fc9", "planned": "#f0a04b",
                                    "hypothetical": "#b58cc7"}
HEDGED_HATCH = "////"
CORROBORATION_CMAP = ListedColormap(
    mpl.colormaps["PuBu"](np.linspace(0.35, 1.0, 256)), name="corroboration"
)
NO_DATA = "no data"

_P = ParamSpec("_P")


@contextmanager
def style() -> Iterator[None]:
    """Apply the kit's figure style (`STYLE`) inside a `with` block; restores the previous one after."""
    with mpl.rc_context(STYLE):
        yield


def _styled(chart: Callable[_P, Figure]) -> Callable[_P, Figure]:
    """Draw `chart` inside `style()`, so no chart repeats the styling."""

    @functools.wraps(chart)
    def drawn_in_style(*args: _P.args, **kwargs: _P.kwargs) -> Figure:
        with style():
            return chart(*args, **kwargs)

    return drawn_in_style


# --- Text coming from reports -------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _drawable_characters() -> frozenset[int]:
    """Code points the bundled DejaVu Sans can draw (others would be boxes plus a warning)."""
    font_path = Path(mpl.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return frozenset(FT2Font(str(font_path)).get_charmap())


def _is_missing(value: object) -> bool:
    """Whether a single cell is empty (None, NaN, NA or NaT)."""
    return (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, float) and math.isnan(value)))


def _label(value: object, *, max_chars: int = 60, empty: str = "(none)") -> str:
    """Turn a cell from a report into a safe one-line label: whitespace collapsed, cut to
    `max_chars` with an ellipsis, characters the font lacks replaced by `□`, and `$` escaped
    so mathtext never parses it. Missing values give `empty`."""
    if _is_missing(value):
        return empty
    text = " ".join(str(value).split())
    if not text:
        return empty
    if len(text) > max_chars:
        cut = text[: max(max_chars - 1, 1)]
        # End on a whole word when one ends near the cut, so labels do not stop mid-word.
        if " " in cut[-15:]:
            cut = cut[: cut.rindex(" ")]
        text = cut.rstrip(" ,;:") + "…"
    drawable = _drawable_characters()
    text = "".join(char if ord(char) in drawable else "□" for char in text)
    return text.replace("$", r"\$")


def _names(frame: pd.DataFrame, *, preferred: str, fallback: str) -> pd.Series:
    """One name per row: `preferred` (e.g. canonical) when it is a non-blank string, else `fallback`."""
    def blank_to_na(column: str) -> pd.Series:
        if column not in frame.columns:
            return pd.Series(pd.NA, index=frame.index, dtype="object")
        values = frame[column].astype("object").where(frame[column].notna(), None)
        cleaned = values.map(lambda v: " ".join(str(v).split()) if v is not None else "")
        return cleaned.where(cleaned != "", None)

    return blank_to_na(preferred).fillna(blank_to_na(fallback))


def split_list(value: object) -> list[str]:
    """Items of a `; `-joined cell (see docs/tables.md), blanks dropped."""
    if _is_missing(value):
        return []
    return [item.strip() for item in str(value).split(";") if item.strip()]


def _as_dates(values: pd.Series) -> pd.Series:
    """Dates (tz-naive Timestamps, NaT when missing or unreadable) from a column of ISO strings,
    dates or Timestamps. A time zone is dropped keeping the wall-clock time, so the day stays
    the one the report meant."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_localize(None)
    if pd.api.types.is_datetime64_dtype(values.dtype):
        return values

    def one(value: object) -> pd.Timestamp:
        if value is None or (isinstance(value, str) and not value.strip()):
            return pd.NaT
        try:
            stamp = pd.to_datetime(value, errors="coerce")
        except (TypeError, ValueError, OverflowError):
            return pd.NaT
        if stamp is pd.NaT or not isinstance(stamp, pd.Timestamp):
            return pd.NaT
        return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp

    parsed = {value: one(value) for value in pd.unique(values.astype("object"))}
    return pd.to_datetime(values.astype("object").map(parsed), errors="coerce")


def _require(frame: pd.DataFrame, columns: Iterable[str], *, table: str) -> None:
    """Fail with a helpful message when `frame` lacks columns of `table` (docs/tables.md)."""
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(
            f"expected the columns of {table} (docs/tables.md); missing: {', '.join(missing)}"
        )


# --- Figure building blocks ---------------------------------------------------------------


class Chart(Figure):
    """A Figure kept out of pyplot (so nothing piles up between cells or tests) that shows
    itself as a PNG when it ends a notebook cell: end the cell with the chart, not plt.show()."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        with style():
            self.savefig(buffer, format="png")
        return buffer.getvalue()


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    """A new Chart of that size (inches), laid out without overlaps, and its axes."""
    figure = Chart(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()


def _title(main: str, notes: Iterable[str] = ()) -> str:
    """A title line, plus a second line of notes (what was left out) when there are any."""
    notes = [note for note in notes if note]
    return main if not notes else f"{main}\n{'; '.join(notes)}"


def _no_data(title: str, notes: Iterable[str] = ()) -> Figure:
    """A small figure that says "no data" under `title`, for empty inputs."""
    figure, axes = _figure(6.0, 2.2)
    axes.set_axis_off()
    axes.set_title(_title(title, notes))
    axes.text(0.5, 0.45, NO_DATA, transform=axes.transAxes, ha="center", va="center",
              fontsize=14, color="#888888")
    return figure


def _use_date_axis(axes: Axes) -> None:
    """Concise date ticks on the x axis (years, months or days, whatever the span)."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _bulk(dates: pd.Series, *, share: float = 0.9, spread: float = 4.0) -> tuple | None:
    """The days to draw: the middle `share` of `dates`, widened by its own width (at least a week) each
    side, when the whole range is over `spread` times wider than that middle (a few far outliers);
    None when the dates are spread evenly enough to draw them all."""
    low = dates.quantile((1 - share) / 2, interpolation="nearest")
    high = dates.quantile(1 - (1 - share) / 2, interpolation="nearest")
    whole = dates.max() - dates.min()
    if len(dates) < 10 or whole <= spread * max(high - low, pd.Timedelta(days=7)):
        return None
    margin = max(high - low, pd.Timedelta(days=7))  # near the bulk is in it; far is a bulk's width away
    return low - margin, high + margin


def _undated_note(count: int, what: str) -> str:
    """A note such as '3 undated events not shown', or '' when there are none."""
    if not count:
        return ""
    return f"{count} undated {what if count > 1 else what.removesuffix('s')} not shown"


# --- Charts -------------------------------------------------------------------------------


@_styled
def timeline_chart(timeline: pd.DataFrame, *, max_rows: int = 40) -> Figure:
    """Draw the timeline: one row per timeline row, a dot at `date_start` and a bar to
    `date_end` when the event spans days, labelled with its `label` (actor, action, target,
    place; the shortened `summary` for a table without one); colour and size grow with
    `n_reports` (how many reports corroborate it).

    In: a timeline table (docs/tables.md; dates as ISO strings or datetimes). Rows without any
    date are left out and counted in the title, and so are rows far from the bulk of the dates
    when a few outliers would squeeze it into a column (see _bulk); beyond `max_rows` rows, the
    most corroborated are kept (ties: earlier first). Out: a Figure, earliest row at the top.
    """
    _require(timeline, ("date_start", "date_end", "summary", "n_reports"), table="timeline.csv")
    start = _as_dates(timeline["date_start"])
    end = _as_dates(timeline["date_end"])
    start, end = start.fillna(end), end.fillna(start)
    rows = pd.DataFrame({
        "start": start.where(start <= end, end),
        "end": end.where(start <= end, start),
        # a readable label (actor, action, target, place) where the timeline has one, else the sentence
        "summary": timeline["label" if "label" in timeline else "summary"].map(
            lambda s: _label(s, max_chars=70, empty="(no summary)")),
        "n_reports": pd.to_numeric(timeline["n_reports"], errors="coerce").fillna(1).clip(lower=1),
    })
    dated = rows.dropna(subset=["start"])
    notes = [_undated_note(len(rows) - len(dated), "rows")]
    if dated.empty:
        return _no_data("Timeline", notes)
    bulk = _bulk(dated["start"])
    if bulk is not None:  # one 1950 event would squeeze 2024-25 into a column: the bulk is drawn, the rest counted
        outside = (dated["end"] < bulk[0]) | (dated["start"] > bulk[1])
    if bulk is not None and outside.any():
        years = sorted(set(dated.loc[outside, "start"].dt.year))
        notes.append(f"{int(outside.sum())} rows far from the rest not shown "
                     f"({', '.join(map(str, years[:4]))}{', …' if len(years) > 4 else ''})")
        dated = dated[~outside]
    if len(dated) > max_rows:
        notes.append(f"the {max_rows} most-reported of {len(dated)} rows shown")
        dated = dated.assign(minus_reports=-dated["n_reports"]).sort_values(
            ["minus_reports", "start", "end", "summary"], kind="stable").head(max_rows)
    dated = dated.sort_values(["start", "end", "summary"], kind="stable").reset_index(drop=True)

    height = 1.5 + 0.28 * len(dated)
    figure, axes = _figure(11.0, height)
    first, last = mdates.date2num(dated["start"].min()), mdates.date2num(dated["end"].max())
    starts, ends = mdates.date2num(dated["start"]), mdates.date2num(dated["end"])
    rows_at = np.arange(len(dated))
    most = float(dated["n_reports"].max())
    norm = Normalize(vmin=1.0, vmax=max(most, 2.0))
    colours = CORROBORATION_CMAP(norm(dated["n_reports"].to_numpy(dtype=float)))

    spans = ends > starts
    if spans.any():
        axes.barh(rows_at[spans], ends[spans] - starts[spans], left=starts[spans], height=0.38,
                  color=colours[spans], alpha=0.55, linewidth=0, gid="timeline-spans")
    dots = axes.scatter(starts, rows_at, c=dated["n_reports"].to_numpy(dtype=float),
                        cmap=CORROBORATION_CMAP, norm=norm,
                        s=22 + 26 * (np.sqrt(dated["n_reports"].to_numpy(dtype=float)) - 1),
                        edgecolors="white", linewidths=0.6, zorder=3, gid="timeline-dots")

    pad = max((last - first) * 0.04, 1.0)
    axes.set_xlim(first - pad, last + pad)
    _use_date_axis(axes)
    if len(dated) > 15:  # a tall chart gets its dates at the top too
        axes.tick_params(axis="x", labeltop=True)
    axes.set_yticks(rows_at, labels=list(dated["summary"]))
    axes.set_ylim(len(dated) - 0.5, -0.5)
    axes.grid(axis="x")
    axes.grid(axis="y", linestyle=":", alpha=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(axis="y", length=0)
    colourbar = figure.colorbar(dots, ax=axes, fraction=0.025, pad=0.01, aspect=30)
    colourbar.set_label("reports")
    colourbar.locator = MaxNLocator(integer=True)
    colourbar.update_ticks()
    span = f"{dated['start'].min():%Y-%m-%d} to {dated['end'].max():%Y-%m-%d}"
    axes.set_title(_title(f"Timeline: {len(dated)} rows, {span}", notes))
    return figure


@_styled
def top_entities(entities: pd.DataFrame, *, n: int = 15,
                 labels: Iterable[str] | None = None) -> Figure:
    """Draw the `n` most mentioned entities as horizontal bars, longest at the top, coloured by
    `label`, with each count written at the end of its bar.

    In: an entities table (docs/tables.md); an entity is named by `canonical`, or by `text`
    when it has no canonical name; `labels` (e.g. ["GPE", "LOC"]) keeps only those labels.
    A name mentioned under several labels takes its most frequent one. Ties in count are
    broken by name. Out: a Figure.
    """
    _require(entities, ("text", "label", "canonical"), table="entities.csv")
    mentions = pd.DataFrame({
        "name": _names(entities, preferred="canonical", fallback="text"),
        "label": entities["label"].astype("object").map(lambda v: _label(v, max_chars=20, empty="?")),
    }).dropna(subset=["name"])
    title = "Most mentioned entities"
    if labels is not None:
        wanted = sorted({labels} if isinstance(labels, str) else {str(label) for label in labels})
        mentions = mentions[mentions["label"].isin(wanted)]
        title += f" ({', '.join(wanted)})"
    if mentions.empty:
        return _no_data(title)

    counts = mentions.groupby("name").size().rename("mentions").reset_index()
    label_counts = mentions.groupby(["name", "label"]).size().rename("count").reset_index()
    main_label = (label_counts.sort_values(["name", "count", "label"], ascending=[True, False, True])
                  .drop_duplicates("name").set_index("name")["label"])
    counts["label"] = counts["name"].map(main_label)
    ranked = counts.sort_values(["mentions", "name"], ascending=[False, True]).head(n)

    figure, axes = _figure(8.0, 1.4 + 0.3 * len(ranked))
    positions = np.arange(len(ranked))
    bars = axes.barh(positions, ranked["mentions"], height=0.7,
                     color=[label_colour(label) for label in ranked["label"]], gid="entity-bars")
    axes.bar_label(bars, padding=3, fontsize=8, color="#444444")
    axes.set_yticks(positions, labels=[_label(name, max_chars=40) for name in ranked["name"]])
    axes.set_ylim(len(ranked) - 0.5, -0.5)
    axes.set_xlim(0, ranked["mentions"].max() * 1.12)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("mentions")
    axes.tick_params(axis="y", length=0)
    shown = sorted(set(ranked["label"]))
    axes.legend(handles=[Patch(color=label_colour(label), label=label) for label in shown],
                title="label", loc="lower right")
    axes.set_title(f"{title}: top {len(ranked)} of {len(counts)}")
    return figure


_PERIODS: dict[str, tuple[str, str, float]] = {
    # name: (pandas period for grouping, date_range frequency, length in days)
    "day": ("D", "D", 1.0),
    "week": ("W-SUN", "W-MON", 7.0),
    "month": ("M", "MS", 30.4),
}


@_styled
def events_per_day(events: pd.DataFrame, *, by: str = "date_start",
                   period: str | None = None) -> Figure:
    """Draw how many events fall on each day as stacked bars, split by `date_from`
    ("sentence": dated by a time expression in its sentence; "published": dated by the report's
    publication day). Days without events are drawn as zero, with each total written on top.

    In: an events table (docs/tables.md); `by` is the date column to count by. `period` is
    "day", "week" or "month"; by default "day", or weeks/months when the dates span more than
    three months / two years (thousands of one-day bars would be invisible). Undated events are
    counted in the title. Out: a Figure.
    """
    if period is not None and period not in _PERIODS:
        raise ValueError(f"period must be one of {', '.join(_PERIODS)} (or None), not {period!r}")
    _require(events, (by, "date_from"), table="events.csv")
    dates = _as_dates(events[by])
    sources = events["date_from"].map(lambda v: _label(v, max_chars=20, empty="unknown"))
    dated = pd.DataFrame({"date": dates, "date_from": sources}).dropna(subset=["date"])
    notes = [_undated_note(len(events) - len(dated), "events")]
    if dated.empty:
        return _no_data(f"Events per {period or 'day'} ({by})", notes)

    first, last = dated["date"].min(), dated["date"].max()
    if period is None:
        days = (last - first).days
        period = "day" if days <= 92 else "week" if days <= 731 else "month"
    grouping, frequency, length = _PERIODS[period]
    dated["bin"] = dated["date"].dt.to_period(grouping).dt.start_time
    bins = pd.date_range(dated["bin"].min(), dated["bin"].max(), freq=frequency)
    table = pd.crosstab(dated["bin"], dated["date_from"]).reindex(bins, fill_value=0)
    known = [source for source in DATE_FROM_COLOURS if source in table.columns]
    others = sorted(set(table.columns) - set(known) - {"unknown"})
    order = known + others + (["unknown"] if "unknown" in table.columns else [])
    table = table[order]

    figure, axes = _figure(float(np.clip(4.0 + 0.28 * len(bins), 6.5, 11.0)), 3.8)
    x = mdates.date2num(bins)
    bottom = np.zeros(len(bins))
    for source in order:
        colour = DATE_FROM_COLOURS.get(source, OTHER_COLOURS[0] if source == "unknown"
                                       else label_colour(source))
        axes.bar(x, table[source].to_numpy(), width=0.8 * length, bottom=bottom, color=colour,
                 label=source, gid=f"events-{source}")
        bottom += table[source].to_numpy()
    if len(bins) <= 40:
        for position, total in zip(x, bottom):
            axes.annotate(f"{int(total)}", (position, total), xytext=(0, 2),
                          textcoords="offset points", ha="center", va="bottom", fontsize=7,
                          color="#444444", gid="events-total")
    pad = 0.6 * length
    axes.set_xlim(x[0] - pad, x[-1] + pad)
    axes.set_ylim(0, max(bottom.max(), 1) * 1.15)
    _use_date_axis(axes)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel("events")
    axes.grid(axis="y")
    axes.set_axisbelow(True)
    axes.legend(title="date from", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    axes.set_title(_title(f"Events per {period} ({by}): {len(dated)} dated events", notes))
    return figure


@_styled
def actor_place(events: pd.DataFrame, *, n: int = 12) -> Figure:
    """Draw a heatmap of who acted where: the `n` most active actors (rows) against the `n`
    places they act in most (columns), each cell annotated with its number of events.

    In: an events table (docs/tables.md); `actor` (or `actor_key`, preferred where set) and
    `place` cells may hold `; `-joined lists.
    Events without an actor or a place are left out. Ties are broken by name. Out: a Figure.
    """
    _require(events, ("actor", "place"), table="events.csv")
    # the side an actor stands for ("Ukrainian forces", "Ukraine's army": Ukraine) where known
    actors = events["actor_key"].where(events["actor_key"].fillna("") != "", events["actor"]) \
        if "actor_key" in events else events["actor"]
    pairs = pd.DataFrame({
        "actor": actors.map(split_list),
        "place": events["place"].map(split_list),
    }).explode("actor").explode("place").dropna()
    title = "Who acted where (events)"
    if pairs.empty:
        return _no_data(title)

    def top(values: pd.Series) -> list[str]:
        counted = values.value_counts().rename("count").reset_index()
        return list(counted.sort_values(["count", values.name], ascending=[False, True])
                    .head(n)[values.name])

    actors = top(pairs["actor"])
    places = top(pairs.loc[pairs["actor"].isin(actors), "place"])
    counts = (pd.crosstab(pairs["actor"], pairs["place"])
              .reindex(index=actors, columns=places, fill_value=0))

    figure, axes = _figure(3.2 + 0.6 * len(places), 2.2 + 0.42 * len(actors))
    image = axes.imshow(counts.to_numpy(), cmap="Blues", vmin=0, vmax=max(counts.to_numpy().max(), 1),
                        aspect="auto", interpolation="nearest")
    image.set_gid("actor-place-cells")
    dark = 0.55 * counts.to_numpy().max()
    for row, actor in enumerate(actors):
        for column, place in enumerate(places):
            value = int(counts.loc[actor, place])
            if value:
                axes.text(column, row, str(value), ha="center", va="center", fontsize=8,
                          color="white" if value > dark else "#222222", gid="actor-place-count")
    axes.set_xticks(np.arange(len(places)),
                    labels=[_label(place, max_chars=24) for place in places],
                    rotation=40, ha="right", rotation_mode="anchor")
    axes.set_yticks(np.arange(len(actors)), labels=[_label(actor, max_chars=28) for actor in actors])
    axes.set_xticks(np.arange(len(places) + 1) - 0.5, minor=True)
    axes.set_yticks(np.arange(len(actors) + 1) - 0.5, minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="both", length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xlabel("place")
    axes.set_ylabel("actor")
    axes.set_title(f"{title}: {len(actors)} actors × {len(places)} places")
    return figure


@_styled
def claims_by_source(events: pd.DataFrame, *, n: int = 15) -> Figure:
    """Draw how many claims each source makes: one horizontal bar per source (the `n` with the
    most claims), split by how the claims are told (`modality`: asserted, claimed, planned,
    hypothetical), the hedged part of each ("reportedly", "could not be verified") hatched.

    In: an events table (docs/tables.md); a claim is an event with a `source`. Statements that
    report nothing further (`statement`) are not claims and are left out; events without a
    source are counted in the title. A table without `modality` counts every claim as
    "claimed", without `hedged` as not hedged. Ties are broken by name. Out: a Figure.
    """
    _require(events, ("source",), table="events.csv")
    sources = _names(events, preferred="source", fallback="source")
    statement = (events["statement"].fillna(False).astype(bool) if "statement" in events
                 else pd.Series(False, index=events.index))
    claims = pd.DataFrame({
        "source": sources,
        "modality": events["modality"].map(lambda v: _label(v, max_chars=20, empty="claimed"))
        if "modality" in events else "claimed",
        "hedged": events["hedged"].fillna(False).astype(bool) if "hedged" in events else False,
    })[~statement]
    unattributed = int(claims["source"].isna().sum())
    claims = claims.dropna(subset=["source"])
    title = "Claims by source"
    notes = [f"{unattributed} unattributed event{'s' if unattributed != 1 else ''} not shown" if unattributed else ""]
    if claims.empty:
        return _no_data(title, notes)

    totals = claims.groupby("source").size().rename("count").reset_index()
    ranked = list(totals.sort_values(["count", "source"], ascending=[False, True]).head(n)["source"])
    shown = claims[claims["source"].isin(ranked)]
    known = [modality for modality in MODALITY_COLOURS if modality in set(shown["modality"])]
    order = known + sorted(set(shown["modality"]) - set(known))
    counts = (shown.groupby(["source", "modality", "hedged"]).size()
              .reindex(pd.MultiIndex.from_product([ranked, order, [False, True]]), fill_value=0))

    figure, axes = _figure(8.0, 1.6 + 0.32 * len(ranked))
    positions = np.arange(len(ranked))
    left = np.zeros(len(ranked))
    for modality in order:
        colour = MODALITY_COLOURS.get(modality, label_colour(modality))
        for hedged in (False, True):
            values = np.array([counts[(source, modality, hedged)] for source in ranked], dtype=float)
            if not values.any():
                continue
            axes.barh(positions, values, left=left, height=0.7, color=colour, alpha=0.55 if hedged else 1.0,
                      hatch=HEDGED_HATCH if hedged else None, edgecolor="white", linewidth=0.6,
                      gid=f"claims-{modality}{'-hedged' if hedged else ''}")
            left += values
    for position, total in zip(positions, left):
        axes.annotate(f"{int(total)}", (total, position), xytext=(3, 0), textcoords="offset points",
                      ha="left", va="center", fontsize=8, color="#444444", gid="claims-total")
    axes.set_yticks(positions, labels=[_label(source, max_chars=40) for source in ranked])
    axes.set_ylim(len(ranked) - 0.5, -0.5)
    axes.set_xlim(0, left.max() * 1.12)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("claims (event mentions)")
    axes.tick_params(axis="y", length=0)
    handles = [Patch(color=MODALITY_COLOURS.get(modality, label_colour(modality)), label=modality)
               for modality in order]
    if shown["hedged"].any():
        handles.append(Patch(facecolor="#bbbbbb", edgecolor="white", hatch=HEDGED_HATCH, label="hedged"))
    axes.legend(handles=handles, title="told as", loc="lower right")
    axes.set_title(_title(f"{title}: top {len(ranked)} of {len(totals)} sources, {len(claims)} claims", notes))
    return figure


# Beyond these spans (degrees, padding included) a regional map would be a thin sliver: show the world.
_WORLD_LON_SPAN = 100.0
_WORLD_LAT_SPAN = 60.0
# Mercator cannot reach the poles; nearer than this, the map is equidistant cylindrical.
_MERCATOR_MAX_LAT = 80.0


def _map_extent(lats: np.ndarray, lons: np.ndarray, *, padding_deg: float
                ) -> tuple[float, float, float, float, bool]:
    """(south, north, west, east, is_world) framing the points with `padding_deg` around them:
    at least a degree across, shaped between square and twice as wide as tall (on a Mercator
    map, so a single point gets a sensible frame), clamped to valid lat/lon. Points too far
    apart for a regional map give the world (`is_world` True)."""
    pad = max(float(padding_deg), 0.5)
    south, north = float(lats.min()) - pad, float(lats.max()) + pad
    west, east = float(lons.min()) - pad, float(lons.max()) + pad
    if east - west > _WORLD_LON_SPAN or north - south > _WORLD_LAT_SPAN:
        return min(-60.0, max(south, -90.0)), max(85.0, min(north, 90.0)), -180.0, 180.0, True
    # Mercator stretches latitude by 1/cos(latitude): compare spans as they will be drawn.
    stretch = 1 / max(math.cos(math.radians((south + north) / 2)), 0.2)
    tall, wide = (north - south) * stretch, east - west
    if wide < tall:
        middle = (west + east) / 2
        west, east = middle - tall / 2, middle + tall / 2
    elif wide > 2 * tall:
        middle = (south + north) / 2
        south, north = middle - wide / 4 / stretch, middle + wide / 4 / stretch
    return max(south, -90.0), min(north, 90.0), max(west, -180.0), min(east, 180.0), False


def _grid_lines(low: float, high: float, *, wraps: bool) -> np.ndarray:
    """Round values in degrees (3 to 6 of them) for grid lines between `low` and `high`;
    `wraps` drops ±180, which basemap labels at both edges of a world map."""
    step = next((step for step in (0.5, 1, 2, 5, 10, 15, 30, 60) if (high - low) / step <= 6), 90)
    values = np.arange(math.ceil(low / step) * step, high + 1e-9, step)
    if wraps:
        values = values[(values > -180) & (values < 180)]
    return values


def _place_labels(figure: Figure, axes: Axes, points: list[tuple[float, float, str]]) -> int:
    """Write each label beside its point, trying a few positions so that labels neither
    overlap nor leave the map; a label with no free position is left out (points come in
    order of importance, so the most mentioned are labelled first). Returns how many were left out."""
    offsets = [(5, 3, "left", "bottom"), (5, -3, "left", "top"), (-5, 3, "right", "bottom"),
               (-5, -3, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top")]
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    figure.draw_without_rendering()  # settle the layout, so label boxes are where they will be
    inside = axes.get_window_extent()
    taken: list[Any] = []
    left_out = 0
    for x, y, name in points:
        chosen = None
        for dx, dy, ha, va in offsets:
            label = axes.annotate(name, (x, y), xytext=(dx, dy), textcoords="offset points",
                                  ha=ha, va=va, fontsize=8, color="#222222", zorder=6,
                                  path_effects=halo, gid="place-label")
            label.set_in_layout(False)  # labels must not move the map once placed
            box = label.get_window_extent().expanded(1.04, 1.08)
            if any(box.overlaps(other) for other in taken):
                label.remove()
                continue
            on_map = (inside.x0 <= box.x0 and box.x1 <= inside.x1
                      and inside.y0 <= box.y0 and box.y1 <= inside.y1)
            if chosen is None or on_map:
                if chosen is not None:
                    chosen[0].remove()
                chosen = (label, box)
                if on_map:
                    break
            else:
                label.remove()
        if chosen is None:
            left_out += 1
        else:
            taken.append(chosen[1])
    return left_out


def _places(entities: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """One row per place (name, mentions, lat, lon), most mentioned first (ties by name), from
    the entities with coordinates; a place sits at its most frequent coordinates. Also returns
    how many rows had impossible coordinates."""
    located = pd.DataFrame({
        "name": _names(entities, preferred="canonical", fallback="text"),
        "lat": pd.to_numeric(entities["lat"], errors="coerce"),
        "lon": pd.to_numeric(entities["lon"], errors="coerce"),
    }).dropna()
    valid = located["lat"].between(-90, 90) & located["lon"].between(-180, 180)
    located = located[valid]
    spots = located.groupby(["name", "lat", "lon"]).size().rename("count").reset_index()
    where = (spots.sort_values(["name", "count", "lat", "lon"], ascending=[True, False, True, True])
             .drop_duplicates("name").set_index("name")[["lat", "lon"]])
    places = located.groupby("name").size().rename("mentions").to_frame().join(where).reset_index()
    places = places.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)
    return places, int((~valid).sum())


def _basemap(south: float, north: float, west: float, east: float, *, is_world: bool) -> Any | None:
    """A Basemap for the extent (Mercator, or equidistant cylindrical for the world and near
    the poles), or None when basemap or its data is missing. Uses only the bundled data."""
    try:
        with warnings.catch_warnings():
            # basemap's compiled parts were built against an older NumPy; harmless, but it
            # would land on every notebook's stderr.
            warnings.filterwarnings("ignore", message="numpy.ndarray size changed",
                                    category=RuntimeWarning)
            from mpl_toolkits.basemap import Basemap
    except (ImportError, OSError):
        return None
    mercator = not is_world and max(abs(south), abs(north)) <= _MERCATOR_MAX_LAT
    try:
        return Basemap(
            projection="merc" if mercator else "cyl",
            llcrnrlat=south, urcrnrlat=north, llcrnrlon=west, urcrnrlon=east,
            lat_ts=(south + north) / 2 if mercator else 0.0,
            resolution="i" if max(north - south, east - west) <= 15 else "l",
        )
    except OSError:  # basemap installed without its data files
        return None


def _draw_basemap(axes: Axes, projected: Any, *, is_world: bool) -> None:
    """Water, land, coastlines, country borders and a labelled lat/lon grid on `axes`."""
    water = "#e6f0f7"
    projected.drawmapboundary(fill_color=water, linewidth=0.8, color="#888888", ax=axes)
    projected.fillcontinents(color="#f5f2ea", lake_color=water, ax=axes)
    projected.drawcoastlines(linewidth=0.5, color="#6f6f6f", ax=axes)
    projected.drawcountries(linewidth=0.8, color="#a0a0a0", ax=axes)
    grid = {"color": "#bbbbbb", "linewidth": 0.4, "dashes": [2, 3], "fontsize": 7, "ax": axes}
    projected.drawparallels(_grid_lines(projected.llcrnrlat, projected.urcrnrlat, wraps=False),
                            labels=[1, 0, 0, 0], **grid)
    projected.drawmeridians(_grid_lines(projected.llcrnrlon, projected.urcrnrlon, wraps=is_world),
                            labels=[0, 0, 0, 1], **grid)
    for spine in axes.spines.values():
        spine.set_visible(True)


@_styled
def place_map(entities: pd.DataFrame, *, padding_deg: float = 2.0) -> Figure:
    """Draw the places mentioned on an offline map (basemap: coastlines, country borders), one
    dot per place sized by its number of mentions and labelled with its canonical name.

    In: an entities table (docs/tables.md); rows with a valid `lat`/`lon` are drawn, a place
    named by `canonical` (or `text`) at its most frequent coordinates. The map frames the
    points with `padding_deg` around them (Mercator), or shows the world (equidistant
    cylindrical) when they are continents apart. Labels that would overlap are left out,
    the least mentioned first, and counted on the map. Without basemap, a plain lat/lon
    scatter says so in its title. Out: a Figure.
    """
    _require(entities, ("text", "canonical", "lat", "lon"), table="entities.csv")
    places, impossible = _places(entities)
    notes = [f"{impossible} rows with impossible coordinates not shown" if impossible else ""]
    title = "Places mentioned"
    if places.empty:
        return _no_data(title, notes)

    lats, lons = places["lat"].to_numpy(dtype=float), places["lon"].to_numpy(dtype=float)
    south, north, west, east, is_world = _map_extent(lats, lons, padding_deg=padding_deg)
    projected = _basemap(south, north, west, east, is_world=is_world)
    if projected is not None:
        width, height = projected.urcrnrx - projected.llcrnrx, projected.urcrnry - projected.llcrnry
    else:
        width = east - west
        height = (north - south) / max(math.cos(math.radians((south + north) / 2)), 0.2)
        notes.append("basemap unavailable: plain lat/lon, no coastlines")
    # The map is about 8.2 inches wide once its grid labels are in; add room for the title.
    figure, axes = _figure(9.0, float(np.clip(8.2 * height / width + 1.1, 3.5, 9.5)))

    if projected is not None:
        _draw_basemap(axes, projected, is_world=is_world)
        # Point by point: pyproj warns (NumPy deprecation) when handed an array of one point.
        x, y = (np.array(axis, dtype=float).reshape(-1) for axis in
                zip(*(projected(float(lon), float(lat)) for lon, lat in zip(lons, lats))))
    else:
        x, y = lons, lats
        axes.set_xlim(west, east)
        axes.set_ylim(south, north)
        axes.set_aspect(height / (north - south))
        axes.set_xlabel("longitude")
        axes.set_ylabel("latitude")
        axes.grid(True)

    most = int(places["mentions"].max())

    def dot_area(count: float) -> float:
        return 25 + 275 * count / most

    axes.scatter(x, y, s=[dot_area(count) for count in places["mentions"]], color="#c0392b",
                 alpha=0.85, edgecolors="white", linewidths=0.8, zorder=5, gid="place-dots")
    axes.legend(handles=[Line2D([], [], linestyle="", marker="o", color="#c0392b", alpha=0.85,
                                markersize=math.sqrt(dot_area(count)),
                                label=f"{count} mention{'s' if count > 1 else ''}")
                         for count in sorted({1, most})],
                loc="lower left", frameon=True, framealpha=0.85, borderpad=0.8, labelspacing=1.0)
    axes.set_title(_title(f"{title}: {len(places)} places, {int(places['mentions'].sum())} mentions"
                          + (" (world view)" if is_world else ""), notes))
    left_out = _place_labels(figure, axes, [(float(px), float(py), _label(name, max_chars=30))
                                            for px, py, name in zip(x, y, places["name"])])
    if left_out:
        # Inside the map rather than in the title, so the labels already placed stay put.
        note = axes.text(0.99, 0.01, f"{left_out} crowded label{'s' if left_out > 1 else ''} left out",
                         transform=axes.transAxes, ha="right", va="bottom", fontsize=7,
                         color="#555555", zorder=7, gid="labels-left-out",
                         bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 2})
        note.set_in_layout(False)
    return figure


def save_figure(figure: Figure, path: str | os.PathLike[str], *, dpi: int = 150) -> Path:
    """Write `figure` as a PNG to `path` atomically (a temporary file in the same folder, then
    renamed over `path`), so a reader never sees half a file. Creates the folder if needed.

    In: a Figure and a path. Out: the path written.
    """
    def draw(stream) -> None:
        with style():
            figure.savefig(stream, format="png", dpi=dpi)

    target = write_atomic(Path(path), draw, binary=True)
    return target


def saved(figure: Figure, path: str | os.PathLike[str]) -> Figure:
    """`figure`, once written as a PNG to `path` (atomically, see save_figure): a notebook cell that
    ends with `charts.saved(charts.top_entities(...), path)` draws, saves and shows a chart."""
    save_figure(figure, path)
    return figure

