"""Views for notebooks: a report with its entities, times and removed boilerplate highlighted (displaCy)."""
from __future__ import annotations

import html

import pandas as pd
from spacy import displacy

from helpers.colours import LABEL_COLOURS, label_colour, light
from helpers.reading import Article

# Each label's background is its chart colour made light (helpers.colours): one hue per label everywhere.
COLOURS = {label: light(colour) for label, colour in LABEL_COLOURS.items()} | {"REMOVED": "#dddddd"}
TIME_COLOUR = "#ffe08a"
HIDDEN = {"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"}  # times come from the time stage


def highlight(article: Article, entities: pd.DataFrame, timexes: pd.DataFrame, *, show_removed: bool = True) -> str:
    """displaCy HTML of one report: entities by label, time expressions by their resolved value.

    displaCy's "ent" style escapes the report's text but not the title or the labels it is
    given: those are escaped here, so markup in a report stays text wherever it shows.
    """
    spans = []
    for row in entities[entities["article_id"] == article.article_id].itertuples():
        if row.label not in HIDDEN:
            spans.append({"start": int(row.start), "end": int(row.end), "label": html.escape(row.label)})
    colours = {span["label"]: light(label_colour(span["label"])) for span in spans} | COLOURS
    for row in timexes[timexes["article_id"] == article.article_id].itertuples():
        label = html.escape(f"{row.type} {row.value}")
        spans.append({"start": int(row.start), "end": int(row.end), "label": label})
        colours[label] = TIME_COLOUR
    if show_removed:
        spans += [{"start": cut.start, "end": cut.end, "label": "REMOVED"} for cut in article.removed
                  if cut.text.strip()]
    spans = drop_overlaps(sorted(spans, key=lambda span: (span["start"], -span["end"])))
    document = {"text": article.text, "ents": spans, "title": html.escape(article.title or article.path)}
    return displacy.render(document, style="ent", manual=True, jupyter=False, options={"colors": colours})


def drop_overlaps(spans: list[dict]) -> list[dict]:
    """displaCy draws one label per stretch of text: keep the first of overlapping spans."""
    kept, last_end = [], -1
    for span in spans:
        if span["start"] >= last_end:
            kept.append(span)
            last_end = span["end"]
    return kept
