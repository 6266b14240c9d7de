"""Captions computed from the tables: what a rendered page says of the reports it ran on (markdown)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.paths import ROOT
from helpers.reading import Article
from helpers.selection import collection_of

#: How many of a report's time expressions its caption quotes.
QUOTED_TIMES = 3


def plural(count: int, noun: str) -> str:
    """ "1 report", "2 reports"; nouns here all take an s."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def day(value: object) -> str:
    """A publication date as a reader writes it: "Wednesday 12 March 2025"."""
    stamp = pd.Timestamp(value)
    return f"{stamp:%A} {stamp.day} {stamp:%B %Y}"


def span_of_days(dates: pd.Series) -> str:
    """The range of `dates` in words ("9-14 March 2025", "2005-03-01 to 2025-03-14"); "" when none.

    When a few dates lie far from the rest, the range of the middle 90% is given too, so a caption
    says where the bulk lies ("2005-06-06 to 2025-03-14, most from 2010-06-08 to 2025-03-14").
    """
    dates = pd.to_datetime(dates, errors="coerce").dropna().sort_values()
    if dates.empty:
        return ""
    first, last = dates.iloc[0], dates.iloc[-1]
    if first == last:
        return day(first)
    if (first.year, first.month) == (last.year, last.month):
        whole = f"{first.day}-{last.day} {last:%B %Y}"
    else:
        whole = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"
    low, high = dates.quantile(0.05, interpolation="nearest"), dates.quantile(0.95, interpolation="nearest")
    if len(dates) >= 10 and (high - low) < (last - first) / 4:
        whole += f", most from {low:%Y-%m-%d} to {high:%Y-%m-%d}"
    return whole


def folders_of(articles: pd.DataFrame, root: Path) -> str:
    """Where the reports sit below `root`: "11 in voa/, 30 in wikinews/, 1 at the top"."""
    folders = articles["path"].map(lambda path: collection_of(path, root)).value_counts()
    parts = [f"{count:,} in `{folder}/`" for folder, count in sorted(folders.items()) if folder]
    if "" in folders:
        parts.append(f"{folders['']:,} at the top")
    return ", ".join(parts) if len(parts) > 1 else ""


def shown_folder(root: Path) -> str:
    """A folder as a caption names it: below the kit's root as `data/raw`, else by its own name."""
    root = Path(root).resolve()
    return str(root.relative_to(ROOT)) if root.is_relative_to(ROOT) else root.name or str(root)


def reports_caption(articles: pd.DataFrame, rejected: pd.DataFrame, root: Path) -> str:
    """What was read: how many reports, where from, their publication dates, the undated and the refused."""
    text = f"**{plural(len(articles), 'report')}** read from `{shown_folder(root)}`"
    where = folders_of(articles, root)
    if where:
        text += f" ({where})"
    span = span_of_days(articles["published"])
    text += f", published {span}" if span else ", none of them dated"
    undated = int(articles["published"].isna().sum())
    if undated and span:
        text += f"; {plural(undated, 'report')} without a publication date (their relative dates stay unresolved)"
    refused = len(rejected)
    text += f"; {plural(refused, 'file or row')} refused (listed below)." if refused else "; nothing refused."
    return text


def example_caption(example: Article, timexes: pd.DataFrame) -> str:
    """The example report and how its relative dates were read against its publication date."""
    title = example.title or Path(example.path).name
    if example.published is None:
        return f"The example report, *{title}*, has no publication date: its relative dates stay unresolved."
    text = f"The example report, *{title}*, was published on {day(example.published)}."
    own = timexes[(timexes["article_id"] == example.article_id) & timexes["resolved_start"].notna()]
    relative = own[~own["text"].str.contains(r"\d{4}", regex=True)].drop_duplicates("text")
    quoted = [f'"{row.text}" is {row.resolved_start}'
              + (f" to {row.resolved_end}" if row.resolved_end != row.resolved_start else "")
              for row in relative.head(QUOTED_TIMES).itertuples()]
    if quoted:
        text += " Read against that day, " + "; ".join(quoted) + "."
    return text


def collection_caption(name: str, articles: pd.DataFrame) -> str:
    """The collection a chapter looks at closely: its name, size and dates."""
    what = f"All {plural(len(articles), 'report')}" if name == "all reports" else \
        f"The {plural(len(articles), 'report')} of `{name}/`"
    span = span_of_days(articles["published"])
    return f"{what}, published {span}." if span else f"{what}, none of them dated."


def years_caption(dates: pd.Series, *, noun: str = "timeline row") -> str:
    """How rows spread over the years: the busiest years and the range."""
    years = pd.to_datetime(dates, errors="coerce").dropna().dt.year
    if years.empty:
        return f"No {noun} has a date."
    counts = years.value_counts()
    busiest = [f"{year} ({count:,})" for year, count in counts.sort_values(ascending=False).head(3).items()]
    return (f"{plural(len(years), noun)} dated from {years.min()} to {years.max()}; the busiest years: "
            f"{', '.join(busiest)}.")


def conflicts_caption(timeline: pd.DataFrame) -> str:
    """Whether the sources of any merged event disagree."""
    conflicting = int((timeline["conflicts"] != "").sum())
    if not conflicting:
        return "No merged event has sources that disagree on its figures or deny it in these reports."
    return f"{plural(conflicting, 'merged event')} with sources that disagree:"


def briefing_title(name: str, articles: pd.DataFrame, since: str | None = None, until: str | None = None) -> str:
    """The briefing's heading: what it covers ("# Briefing: 42 reports, 2005-05-07 to 2025-03-14")."""
    what = plural(len(articles), "report") if name == "all reports" else f"{plural(len(articles), 'report')} of {name}/"
    span = span_of_days(articles["published"]).split(", most")[0]
    window = f" (events from {since or 'the earliest'} to {until or 'the latest'})" if since or until else ""
    return f"# Briefing: {what}{', published ' + span if span else ''}{window}"
