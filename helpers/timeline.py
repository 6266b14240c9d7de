"""Timeline: events merged across reports into dated rows with their sources, and the exports."""
from __future__ import annotations

import html
import json
import re
from bisect import bisect_left, bisect_right, insort
from datetime import date
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers.events.keys import same_side
from helpers.geography import REGION_WORDS, gazetteer
from helpers.io import write_atomic
from helpers.lexicon import CARDINALS, ONE_TO_TWELVE

TIMELINE_COLUMNS = ["date_start", "date_end", "summary", "label", "actors", "places", "sources", "n_reports", "article_ids",
                    "event_ids", "action", "hedged", "n_mentions", "first_published", "last_published", "type",
                    "conflicts", "confidence"]
SUMMARY_CHARS = 220
#: The longest event label (actor, action, target, place) a chart or table shows.
LABEL_CHARS = 90
# An actor a label cannot show as written: the side it stands for is named instead.
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those"}
# One side leaving a place and the other taking it are one change of control: merged as one kind.
SAME_CHANGE = {"withdraw": "take"}
# A mention dated by a short span ("over the weekend") joins one dated by a day it starts with.
SHORT_SPAN_DAYS = 7
# How many days before its publication a report's act told on no day may have happened, for joining the day another
# report tells (ToldDays): news tells the day's and the day before's, and a count may come two days on.
REPORTED_DAYS = 3
# Words that tell an act as another of its kind: "shelled the centre again", "a second minister resigned".
ANOTHER = re.compile(r"\b(again|another|second|third|new|fresh|renewed|latest)\b", re.IGNORECASE)
NUMBER_WORDS = {**ONE_TO_TWELVE, **{word: CARDINALS[word] for word in ("twenty", "thirty", "forty", "fifty")},
                "hundred": 100, "thousand": 1000, "dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1000}
NUMBER = re.compile(r"\d[\d,.]*|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


#: The columns of the events table build_timeline reads (helpers.timeline_runs keeps only these).
EVENT_COLUMNS = ["event_id", "article_id", "sentence", "start", "action", "trigger", "actor", "target", "place", "date_start",
                 "date_end", "date_from", "source", "hedged", "actor_key", "statement", "type", "negated", "kind",
                 "confidence"]


def build_timeline(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Merge event mentions that tell the same thing into one dated row each, sorted by date.

    Two mentions are the same event when they start on the same day, and the kind of action
    (synonyms count: "retook" and "entered"), and neither the acting side ("Ukrainian forces"
    and "Ukraine's army" are Ukraine; "Zelensky" and "Volodymyr Zelensky" are one) nor the
    place disagree (a place is the gazetteer's: "Kiev" and "Kyiv", "Balochistan province" and "Balochistan"
    are one), one of them being named by both. A mention dated only by its report's publication joins the day
    another report tells in the days before, where one such act of its side is told (ToldDays, same_act).
    Taking a place and leaving it are one kind (a change of control told by either side): there the place
    decides and the actors may differ. A mention naming several places ("entered Kupiansk and Izium") is one mention
    of one event: it joins a row of any of its places, and rows it joins are one. A mention dated by a short span
    ("over the weekend") joins one dated by its first day. Statements with no reported
    content, states ("lies on the road to Izium": an empty `kind`) and undated events stay in
    the events table.

    Each row keeps every source and report (`n_reports` counts distinct reports), and the
    sources' disagreements side by side in `conflicts` (see `conflicts_of`).
    """
    if events.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    told = ToldDays()
    told.add(timeline_groups(events, articles))
    return timeline_rows(told.ready(), articles)


def timeline_groups(events: pd.DataFrame, articles: pd.DataFrame) -> list[list[dict]]:
    """The mentions of dated events as records, in groups that tell one event each on one first day (see
    build_timeline), before mentions dated by their report's publication join a day told (ToldDays)."""
    published = dict(zip(articles["article_id"], articles["published"]))
    eventive = ~events["statement"].astype(bool) & events["kind"].fillna("").ne("")  # a state: "" (NaN from CSV)
    dated = events[events["date_start"].notna() & eventive]
    dated = dated.fillna({"actor_key": "", "place": "", "target": "", "source": "", "actor": "", "negated": False})
    # plain records, not a DataFrame per group: per-group pandas calls made this stage the
    # slowest of the pipeline on thousands of reports
    records = []
    for record in dated.to_dict("records"):
        kind = record["kind"]  # the action's family of synonyms (helpers.events.kind_of)
        record["kind"], record["direction"] = SAME_CHANGE.get(kind, kind), kind
        record["published"] = str(published.get(record["article_id"]) or "")
        record["places"] = tuple(dict.fromkeys(place.strip() for place in record["place"].split(";") if place.strip()))
        record["place_keys"] = frozenset(place_key(place) for place in record["places"])
        record["order"] = len(records)  # a row lists its mentions in the order they came
        records.append(record)
    bucket_of = itemgetter("date_start", "kind")
    records.sort(key=lambda record: (record["date_start"], record["kind"], record["date_end"] or record["date_start"]))
    return [group for _, bucket in groupby(records, key=bucket_of) for group in same_events(list(bucket))]


def timeline_rows(groups: list[list[dict]], articles: pd.DataFrame) -> pd.DataFrame:
    """One timeline row per group, sorted by date."""
    published = dict(zip(articles["article_id"], articles["published"]))
    timeline = pd.DataFrame([timeline_row(group, published) for group in groups], columns=TIMELINE_COLUMNS)
    return timeline.sort_values(["date_start", "date_end", "summary"], kind="stable").reset_index(drop=True)


def same_events(bucket: list[dict]) -> list[list[dict]]:
    """Cluster one (first day, kind of action) bucket: a mention joins every cluster it fits (see
    fits), and the clusters it joins become one ("took Izium and Kupiansk" joins the taking of
    Izium and that of Kupiansk: one event told both ways)."""
    clusters: list[dict] = []
    for record in bucket:
        joined = [cluster for cluster in clusters if fits(record, cluster)]
        if not joined:
            clusters.append({"records": [], "actor": "", "places": set(), "target": record["target"].lower(),
                             "end": record["date_end"] or record["date_start"], "directions": set(),
                             "actions": set(), "sources": set(), "numbers": frozenset()})
            joined = clusters[-1:]
        cluster = joined[0]
        for other in joined[1:]:
            absorb(cluster, other)
            clusters.remove(other)
        absorb(cluster, {"records": [record], "actor": record["actor_key"], "places": record["place_keys"],
                         "directions": {record["direction"]}, "actions": {record["action"]},
                         "sources": {record["source"]}, "numbers": numbers_in(record["target"])})
    return [sorted(cluster["records"], key=itemgetter("order")) for cluster in clusters]


def fits(record: dict, cluster: dict) -> bool:
    """Whether a mention tells a cluster's event: its dates fit (the same last day, or both short
    spans), its actor and places agree with the cluster's where both are known, and it shares at least
    one of them; for a change of control a shared place alone is enough, and taking and leaving join only
    on a place."""
    actor, places, target = record["actor_key"], record["place_keys"], record["target"].lower()
    end = record["date_end"] or record["date_start"]
    if end != cluster["end"] and not (short(record["date_start"], end) and short(record["date_start"],
                                                                                  cluster["end"])):
        return False
    same_actor = bool(actor) and bool(cluster["actor"]) and same_name(actor, cluster["actor"])
    same_place = bool(cluster["places"].intersection(places))
    actor_fits = not actor or not cluster["actor"] or same_actor
    place_fits = not places or not cluster["places"] or same_place
    # a side alone ("Ukraine") acts in many places a day: without the place, the words must agree too
    shared = same_place or (same_actor and corroborates(record, cluster)) or \
        (not actor and not places and bool(target) and target == cluster["target"])
    change_of_control = record["kind"] == "take" and same_place
    # one side taking and the same side leaving are not one event: only a place joins them
    same_direction = record["direction"] in cluster["directions"]
    return (actor_fits and place_fits and shared and same_direction) or change_of_control


class ToldDays:
    """Mentions dated only by their report's publication (`date_from` "published": the act happened on that day or
    shortly before) join the one group of the same kind, the same side and the same act (see same_act) that
    another report dates to a day in the REPORTED_DAYS before: "Jobs resigned" in a report of August 25 is "On
    August 24, Jobs resigned". The group keeps the day told.

    Groups are added a chunk of whole days at a time, in date order (helpers.timeline_runs), and `ready` gives back
    those no later day can join or come before, so that the rows come out as they do for all events at once."""

    def __init__(self) -> None:
        self.told: dict[str, list[tuple[pd.Timestamp, int, list[dict]]]] = {}  # by kind, sorted by last day
        self.pending: list[list[dict]] = []

    def add(self, groups: list[list[dict]]) -> None:
        """Index the groups with a day the text tells, then join each group dated by publication where it can."""
        for group in groups:
            if told_day(group):
                insort(self.told.setdefault(group[0]["kind"], []), (last_day(group), id(group), group),
                       key=itemgetter(0, 1))
        for group in groups:
            if told_day(group) or not self.join(group):
                self.pending.append(group)

    def join(self, group: list[dict]) -> bool:
        first = group[0]
        if not first["actor_key"]:
            return False
        day, days = pd.Timestamp(first["date_start"]), self.told.get(first["kind"], [])
        recent = days[bisect_left(days, day - pd.Timedelta(days=REPORTED_DAYS), key=itemgetter(0)):
                      bisect_right(days, day, key=itemgetter(0))]
        candidates = [other for _, _, other in recent if any(
            record["actor_key"] and same_name(record["actor_key"], first["actor_key"]) and same_act(first, record)
            for record in other)]
        if len(candidates) != 1:  # (where two days could be meant, neither is)
            return False
        candidates[0].extend(group)
        return True

    def ready(self, before: date | None = None) -> list[list[dict]]:
        """The groups no mention of `before` or a later day can change or precede (all of them without `before`)."""
        if before is None:
            ready, self.pending = self.pending, []
            return ready
        limit = pd.Timestamp(before) - pd.Timedelta(days=REPORTED_DAYS)
        for kind, days in self.told.items():
            self.told[kind] = days[bisect_left(days, limit, key=itemgetter(0)):]
        open_starts = [group[0]["date_start"] for group in self.pending if told_day(group) and last_day(group) >= limit]
        first_open = min(open_starts, default=None)
        ready, held = [], []
        for group in self.pending:
            (ready if first_open is None or group[0]["date_start"] < first_open else held).append(group)
        self.pending = held
        return ready


def told_day(group: list[dict]) -> bool:
    """Whether a group has a mention the text dates (not only by its report's publication)."""
    return any(record.get("date_from") != "published" for record in group)


def last_day(group: list[dict]) -> pd.Timestamp:
    return pd.Timestamp(group[0]["date_end"] or group[0]["date_start"])


def same_act(one: dict, other: dict) -> bool:
    """Whether two mentions of one side's act a few days apart tell one act, the later told on no day of its own:
    not as another of its kind ("again", "a second minister"), in no other place, on the same thing or the same
    number of the same things ("killed 21 passengers", "21 passengers died"; not "12 soldiers", "12 civilians"),
    or, acting on nothing and nowhere, with the same verb and what it governs ("Jobs resigned"; not "voted to
    extend the emergency", "voted to approve the budget")."""
    if ANOTHER.search(one["sentence"]) or (
            one["place_keys"] and other["place_keys"] and not one["place_keys"] & other["place_keys"]):
        return False
    targets = one["target"].lower(), other["target"].lower()
    if all(targets):
        heads = [target.split()[-1] for target in targets]
        return targets[0] == targets[1] or (heads[0] == heads[1]
                                            and bool(numbers_in(targets[0]) & numbers_in(targets[1])))
    return not any(targets) and not one["places"] and not other["places"] and one["action"] == other["action"] \
        and governed_verb(one) == governed_verb(other)


def governed_verb(record: dict) -> str:
    """The verb an act governs through "to", as its sentence writes it ("voted to approve the budget": approve)."""
    found = re.search(rf"\b{re.escape(record['trigger'])}\s+(?:\w+ly\s+)?to\s+(\w+)", record["sentence"])
    return found.group(1).lower() if found else ""


def absorb(cluster: dict, other: dict) -> None:
    """Add another cluster's (or one mention's) records and what they name to a cluster."""
    cluster["records"] += other["records"]
    cluster["directions"] |= other["directions"]
    cluster["actions"] |= other["actions"]
    cluster["sources"] |= other["sources"]
    cluster["numbers"] |= other["numbers"]
    cluster["actor"] = cluster["actor"] or other["actor"]
    cluster["places"].update(other["places"])


def corroborates(record: dict, cluster: dict) -> bool:
    """Whether a mention tells a cluster's event in the cluster's own terms: the same verb
    ("retake"), the same source, the same thing acted on, or the same number in it ("more than 20
    towns", "20 settlements"). Needed where the place does not settle it: the US official's
    "Ukraine advanced a few dozen kilometres" and Kherson's "pushed Russian troops back" are
    two advances of one side on one day."""
    same_source = bool(record["source"]) and record["source"] in cluster["sources"]
    same_target = bool(record["target"]) and record["target"].lower() == cluster["target"]
    return record["action"] in cluster["actions"] or same_source or same_target \
        or bool(numbers_in(record["target"]) & cluster["numbers"])


def numbers_in(text: str) -> frozenset:
    """The numbers a phrase gives ("more than 20 towns": {20.0})."""
    return frozenset(number_of(match) for match in NUMBER.findall(text or ""))


@lru_cache(maxsize=4096)
def place_key(name: str) -> str:
    """What a place is, for telling whether two mentions name the same one: the gazetteer's key ("Kiev" and "Kyiv"
    are one city; "Balochistan province" and "Balochistan" one region), else the name itself."""
    place = gazetteer().lookup(name)
    if place is None:
        return re.sub(r"^the ", "", name.lower())
    base, _, word = place.key.rpartition(":")
    # "Balochistan province" is the region Balochistan; "Aleppo province" (named after its city) is not the city
    return base if base.startswith("region:") and word in REGION_WORDS else place.key


def same_name(one: str, other: str) -> bool:
    """Whether two actors are one (helpers.events.keys.same_side: "Zelensky" and "Volodymyr Zelensky", "Apple" and
    "Apple Inc."), unless the longer is a place's name ("Korea" is not "South Korea")."""
    if one.lower() == other.lower():
        return True
    longer = max(one, other, key=lambda key: len(key.split()))
    return same_side(one, other) and gazetteer().lookup(longer) is None


def named_side(record: dict) -> str:
    """The actor a timeline row shows: the side its key names, or "" for a key that is a plain word."""
    key = record["actor_key"] or ""
    return key if key[:1].isupper() else ""


def short(start, end) -> bool:
    """Whether a date range is a short span (a day, a weekend, a week); dates or ISO strings."""
    try:
        return (pd.Timestamp(end) - pd.Timestamp(start)).days < SHORT_SPAN_DAYS
    except (TypeError, ValueError):
        return False


def timeline_row(group: list[dict], published: dict) -> dict:
    """One timeline row: the clearest sentence as summary, every actor, place, source and report."""
    # the summary comes from an attributed mention when there is one, else the earliest report's
    first = min(group, key=lambda record: (record["source"] == "", record.get("published", ""),
                                           record["article_id"], record["start"]))
    summary = first["sentence"]
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    article_ids = join(record["article_id"] for record in group)
    dates = sorted(str(published[a]) for a in article_ids.split("; ") if published.get(a))
    # the most precise date the mentions give ("Saturday" rather than "the weekend")
    date_end = min((record["date_end"] or record["date_start"] for record in group))
    return {
        "date_start": group[0]["date_start"], "date_end": date_end, "summary": summary, "label": event_label(first),
        # the sides named (an entity, or a nationality's country); "fighting" in "fighting continued" is no actor
        "actors": join(named_side(record) for record in group),
        "places": join(place for record in group for place in record["places"]),
        "sources": join(record["source"] for record in group),
        "n_reports": len(article_ids.split("; ")), "article_ids": article_ids,
        "event_ids": join(record["event_id"] for record in group), "action": first["action"],
        "hedged": all(bool(record["hedged"]) for record in group), "n_mentions": len(group),
        "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
        "type": first.get("type") or "", "conflicts": conflicts_of(group),
        "confidence": max((record["confidence"] for record in group  # (its surest mention's)
                           if pd.notna(record.get("confidence"))), default=None),
    }


def event_label(record: dict) -> str:
    """Who did what to whom, and where, in the report's words: "Russia’s forces repelled Ukrainian
    attacks (Donetsk region)"; "Mac OS X Leopard released" when no actor is named. A pronoun gives
    way to the side it stands for; the place is added when the words do not name it already."""
    actor = str(record.get("actor") or "").strip()
    if actor.lower() in PRONOUNS or len(actor) > LABEL_CHARS // 2:
        actor = named_side(record)
    trigger, target = str(record.get("trigger") or record["action"]).strip(), str(record.get("target") or "").strip()
    words = " ".join(part for part in ((actor, trigger, target) if actor else (target, trigger)) if part)
    place = str(record.get("place") or "").split(";")[0].strip()
    if place and place.lower() not in words.lower():
        words += f" ({place})"
    words = words[:1].upper() + words[1:]
    if len(words) > LABEL_CHARS:
        words = words[:LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return words


def conflicts_of(group: list[dict]) -> str:
    """What the sources of one event disagree on, side by side ("Ukraine’s general staff: more than
    20 towns; Russia’s defence ministry: 3 villages"), or "" when they agree.

    Sources disagree when two of them give different numbers in what was acted on (the
    target), or when one says it did not happen (`negated`: "did not", "denied") and another
    that it did. Each source speaks once, with its first mention; a mention with no source
    speaks for its report ("unattributed"). Nothing is averaged or chosen.
    """
    versions: dict[str, tuple[frozenset, bool, str, str]] = {}
    for record in group:
        source = record["source"] or "unattributed"
        if source not in versions:
            target = record["target"] or ""
            numbers = numbers_in(target)
            versions[source] = (numbers, bool(record.get("negated", False)), record["action"], target)
    if len(versions) < 2:
        return ""
    if len({numbers for numbers, *_ in versions.values() if numbers}) > 1:
        told = {source: ("not " if negated else "") + (target or action)
                for source, (_, negated, action, target) in versions.items()}
    elif len({negated for _, negated, *_ in versions.values()}) > 1:
        told = {source: " ".join(filter(None, ["not" if negated else "", action, target]))
                for source, (_, negated, action, target) in versions.items()}
    else:
        return ""
    return "; ".join(f"{source}: {version}" for source, version in told.items())


def number_of(text: str) -> float:
    """The value of a number as written: "20", "8,000", "twenty"."""
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return float(word)
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return float("nan")


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


class Window(NamedTuple):
    """The days a timeline shows, both ends included; None leaves that side open."""

    start: date | None = None
    end: date | None = None


def window_of(start=None, end=None) -> Window:
    """A Window from its ends: each a date, a datetime or pandas Timestamp (its day), an ISO string
    ("2022-09-01"), or None for an open end. ValueError for an unreadable day or a start after the end."""
    days = []
    for side, value in (("start", start), ("end", end)):
        if value is None or (isinstance(value, str) and not value.strip()):
            days.append(None)
            continue
        try:
            day = pd.Timestamp(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError):
            day = pd.NaT
        if pd.isna(day):
            raise ValueError(f"the window's {side} {value!r} is no day (write it as YYYY-MM-DD)")
        days.append(day.date())
    if None not in days and days[0] > days[1]:
        raise ValueError(f"the window starts ({days[0]}) after it ends ({days[1]})")
    return Window(*days)


def within_window(table: pd.DataFrame, start=None, end=None, *,
                  columns: tuple[str, str] = ("date_start", "date_end")) -> pd.DataFrame:
    """The rows of a table (timeline or events) whose days overlap the window from `start` to `end`, both
    included (see window_of; None leaves a side open), in their order, with their index.

    A row's days run from its `columns[0]` to its `columns[1]` (its first day alone where that is empty or
    the table has no such column): "the week of 5 September" is within a window that starts on the 8th.
    Dates may be dates, ISO strings (as read from CSV) or datetimes (Parquet). With a window given, a row
    with no readable first day is in none; with neither end given, every row is returned.
    """
    window = window_of(start, end)
    if window == Window():
        return table.copy()
    first = pd.to_datetime(table[columns[0]], errors="coerce").dt.normalize()
    last = pd.to_datetime(table[columns[1]], errors="coerce").dt.normalize() if columns[1] in table else first
    last = last.fillna(first)
    inside = first.notna()
    if window.start is not None:
        inside &= last >= pd.Timestamp(window.start)
    if window.end is not None:
        inside &= first <= pd.Timestamp(window.end)
    return table.loc[inside]


def with_dates(timeline: pd.DataFrame) -> pd.DataFrame:
    """The timeline with its date columns as dates (what timeline.parquet holds)."""
    frame = timeline.copy()
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def export_timeline(timeline: pd.DataFrame, out: Path) -> list[Path]:
    """Write timeline.csv, timeline.parquet and timeline.json (TimelineJS) into `out`, atomically."""
    out = Path(out)
    frame = with_dates(timeline)
    paths = [out / "timeline.csv", out / "timeline.parquet", out / "timeline.json"]
    write_atomic(paths[0], lambda handle: timeline.to_csv(handle, index=False), binary=False)
    write_atomic(paths[1], lambda handle: frame.to_parquet(handle, index=False), binary=True)
    payload = timelinejs(timeline)
    text = timelinejs_head(payload) + timelinejs_events(payload["events"]) + TIMELINEJS_TAIL
    write_atomic(paths[2], lambda handle: handle.write(text), binary=False)
    return paths


# timeline.json is written an event a line: readable, diffable, and writable a chunk at a time
# (helpers.timeline_runs) with json's fast encoder, which indent= would turn off.
TIMELINEJS_TAIL = "\n]}\n"


def timelinejs_head(payload: dict) -> str:
    """The start of timeline.json, up to the opening of its event list."""
    return '{"title": ' + json.dumps(payload["title"], ensure_ascii=False) + ', "events": [\n'


def timelinejs_events(events: list[dict]) -> str:
    """TimelineJS events, one JSON object a line, separated by commas (no comma at either end)."""
    return ",\n".join(json.dumps(event, ensure_ascii=False) for event in events)
