"""The briefing's tables: corroborated events, claims by source with their hedging, and where dates came from."""
from __future__ import annotations

import pandas as pd

#: Where an event's date came from (events.csv `date_from`, docs/tables.md), in a reader's words.
DATE_SOURCES = {
    "sentence": "a time expression in its own clause",
    "main clause": "the day of the clause it hangs on (after, when)",
    "subordinate clause": "the clause it holds (a when clause, or a measured gap after one)",
    "speech": "the day it was said",
    "narrative": "the time the story told before (a history, a run of past events, or a gap from it: "
                 "\"several months later\")",
    "story": "the day of the report's news, told in its lead (an act in the past with no time of its own)",
    "published": "the report's publication date (the sentence gives none)",
    "undated": "none: a gap the text does not measure in days, or an act still to come or done before, on no day "
               "of its own",
    "unknown": "none: the report has no publication date",
}


def corroborated(timeline: pd.DataFrame, *, n: int = 15) -> pd.DataFrame:
    """The timeline rows told by more than one report, the most reports first (ties: earlier first)."""
    rows = timeline[timeline["n_reports"] > 1]
    rows = rows.sort_values(["n_reports", "date_start"], ascending=[False, True], kind="stable").head(n)
    return rows[["date_start", "label", "places", "sources", "n_reports"]].reset_index(drop=True)


def claims_by_source(events: pd.DataFrame, *, n: int = 15) -> pd.DataFrame:
    """Per named source: its claims, how many are hedged, planned or hypothetical, or denials, and an
    example (its first claim's label); the sources with the most claims first."""
    claims = events[events["source"].fillna("") != ""]
    if claims.empty:
        return pd.DataFrame(columns=["source", "claims", "hedged", "planned", "hypothetical", "negated", "first claim"])
    grouped = claims.groupby("source", sort=False)
    table = pd.DataFrame({
        "claims": grouped.size(),
        "hedged": grouped["hedged"].sum().astype(int),
        "planned": grouped["modality"].apply(lambda modality: int((modality == "planned").sum())),
        "hypothetical": grouped["modality"].apply(lambda modality: int((modality == "hypothetical").sum())),
        "negated": grouped["negated"].sum().astype(int),
        "first claim": grouped["sentence"].first().str.slice(0, 110),
    })
    table = table.reset_index().sort_values(["claims", "source"], ascending=[False, True], kind="stable")
    return table.head(n).reset_index(drop=True)


def date_sources(events: pd.DataFrame) -> pd.DataFrame:
    """How many events took their date from where (DATE_SOURCES), the most first."""
    counts = events["date_from"].fillna("unknown").value_counts()
    return pd.DataFrame({"events": counts, "share": (counts / max(len(events), 1)).map("{:.0%}".format),
                         "the date came from": [DATE_SOURCES.get(key, key) for key in counts.index]})
