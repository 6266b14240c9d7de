"""Timeline: events merged across reports into dated rows with their sources, and the exports."""
from __future__ import annotations

import html
import json
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pandas as pd

from helpers.events import NOT_EVENTS, action_class
from helpers.io import write_atomic

TIMELINE_COLUMNS = ["date_start", "date_end", "summary", "actors", "places", "sources", "n_reports", "article_ids",
                    "event_ids", "action", "hedged", "n_mentions", "first_published", "last_published"]
SUMMARY_CHARS = 220


def build_timeline(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Merge event mentions that tell the same thing into one dated row each, sorted by date.

    Two mentions are the same event when they share the date range and the kind of action
    (synonyms count: "retook" and "entered"), and neither the acting side ("Ukrainian forces"
    and "Ukraine's army" are Ukraine) nor the place disagree, one of them being named by
    both. Statements with no reported content, states ("lies on the road to Izium": see
    NOT_EVENTS) and undated events stay in the events table.
    """
    if events.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    published = dict(zip(articles["article_id"], articles["published"]))
    eventive = ~events["statement"].astype(bool) & ~events["action"].str.split().str[0].isin(NOT_EVENTS)
    dated = events[events["date_start"].notna() & eventive]
    dated = dated.fillna({"actor_key": "", "place": "", "target": "", "source": "", "actor": ""})
    # plain records, not a DataFrame per group: per-group pandas calls made this stage the
    # slowest of the pipeline on thousands of reports
    records = dated.to_dict("records")
    for record in records:
        record["kind"] = action_class(record["action"])
    bucket_of = itemgetter("date_start", "date_end", "kind")
    records.sort(key=lambda record: (record["date_start"], record["date_end"] or record["date_start"],
                                     record["kind"]))
    rows = [timeline_row(group, published)
            for _, bucket in groupby(records, key=bucket_of) for group in same_events(list(bucket))]
    timeline = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    return timeline.sort_values(["date_start", "date_end", "summary"], kind="stable").reset_index(drop=True)


def same_events(bucket: list[dict]) -> list[list[dict]]:
    """Cluster one (dates, kind of action) bucket: a mention joins the first cluster whose actor
    and place agree with it where both are known, and that shares at least one of them."""
    clusters: list[dict] = []
    for record in bucket:
        actor, place, target = record["actor_key"], record["place"], record["target"].lower()
        for cluster in clusters:
            actor_fits = not actor or not cluster["actor"] or actor == cluster["actor"]
            place_fits = not place or not cluster["place"] or place == cluster["place"]
            shared = (actor and actor == cluster["actor"]) or (place and place == cluster["place"]) or \
                (not actor and not place and target and target == cluster["target"])
            if actor_fits and place_fits and shared:
                cluster["records"].append(record)
                cluster["actor"] = cluster["actor"] or actor
                cluster["place"] = cluster["place"] or place
                break
        else:
            clusters.append({"records": [record], "actor": actor, "place": place, "target": target})
    return [cluster["records"] for cluster in clusters]


def timeline_row(group: list[dict], published: dict) -> dict:
    """One timeline row: the clearest sentence as summary, every actor, place, source and report."""
    # the summary comes from an attributed mention when there is one, else the earliest
    first = min(group, key=lambda record: (record["source"] == "", record["article_id"], record["start"]))
    summary = first["sentence"]
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    article_ids = join(record["article_id"] for record in group)
    dates = sorted(str(published[a]) for a in article_ids.split("; ") if published.get(a))
    return {
        "date_start": group[0]["date_start"], "date_end": group[0]["date_end"], "summary": summary,
        "actors": join(record["actor_key"] or record["actor"] for record in group),
        "places": join(record["place"] for record in group), "sources": join(record["source"] for record in group),
        "n_reports": len(article_ids.split("; ")), "article_ids": article_ids,
        "event_ids": join(record["event_id"] for record in group), "action": first["action"],
        "hedged": all(bool(record["hedged"]) for record in group), "n_mentions": len(group),
        "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
    }


def join(values) -> str:
    """Distinct non-empty values in first-seen order, joined with '; '."""
    seen: list[str] = []
    for value in values:
        if isinstance(value, str) and value and value not in seen:
            seen.append(value)
    return "; ".join(seen)


def timelinejs(timeline: pd.DataFrame, *, title: str = "Timeline") -> dict:
    """The timeline as TimelineJS JSON; report text is HTML-escaped (TimelineJS renders HTML)."""
    def when(value) -> dict:
        day = pd.Timestamp(value)
        return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}

    events = []
    for row in timeline.itertuples(index=False):
        headline = f"{row.actors or 'Unknown'}: {row.action}"
        sources = f"<p>Sources: {html.escape(row.sources)}</p>" if row.sources else ""
        events.append({
            "start_date": when(row.date_start), "end_date": when(row.date_end),
            "text": {"headline": html.escape(headline),
                     "text": f"<p>{html.escape(row.summary)}</p>{sources}<p>Reports: {row.n_reports}</p>"},
            "group": html.escape(row.actors.split("; ")[0]) if row.actors else "",
        })
    return {"title": {"text": {"headline": html.escape(title)}}, "events": events}


def export_timeline(timeline: pd.DataFrame, out: Path) -> list[Path]:
    """Write timeline.csv, timeline.parquet and timeline.json (TimelineJS) into `out`, atomically."""
    out = Path(out)
    frame = timeline.copy()
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    paths = [out / "timeline.csv", out / "timeline.parquet", out / "timeline.json"]
    write_atomic(paths[0], lambda handle: timeline.to_csv(handle, index=False), binary=False)
    write_atomic(paths[1], lambda handle: frame.to_parquet(handle, index=False), binary=True)
    payload = json.dumps(timelinejs(timeline), ensure_ascii=False, indent=1)
    write_atomic(paths[2], lambda handle: handle.write(payload), binary=False)
    return paths
