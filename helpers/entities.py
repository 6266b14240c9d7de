"""Entities: the names a parsed report mentions, as rows with their canonical name and coordinates."""
from __future__ import annotations

import pandas as pd
from spacy.tokens import Doc, Span

from helpers.geography import Place
from helpers.nlp import PLACE_LABELS, gazetteer_of


def canonical_name(span: Span) -> str:
    """The name analysts group by: the gazetteer's name for places ("Kiev" -> Kyiv), else the text (kept with the
    report while the events stage asks for it again and again)."""
    known = span.doc.user_data.setdefault(CANONICAL_NAMES, {})
    key = (span.start, span.end, span.label, span.kb_id)
    if key not in known:
        known[key] = name_of(span)
    return known[key]


CANONICAL_NAMES = "newsline.canonical_names"  # their key in Doc.user_data


def name_of(span: Span) -> str:
    if span.kb_id_ or span.label_ in PLACE_LABELS:
        places = gazetteer_of(span.doc)
        if span.kb_id_:
            place = places.places.get(span.kb_id_) or places.lookup(span.text)
            if place is not None:
                return place.canonical
        if span.label_ in PLACE_LABELS and not places.is_weak(span.text):
            place = places.lookup(span.text)
            if place is not None:
                return place.canonical
    text = " ".join(span.text.split())
    for prefix in ("the ", "The "):
        if text.startswith(prefix) and span.label_ not in {"WORK_OF_ART"}:
            text = text[len(prefix):]
    return text.removesuffix("’s").removesuffix("'s")


def place_of(span: Span) -> Place | None:
    """The gazetteer place a place entity stands for, or None (Maiorsk is a place with no entry; "the White
    House", a weak name the ruler did not take, is no town's)."""
    if span.label_ not in PLACE_LABELS:
        return None
    places = gazetteer_of(span.doc)
    key = span.kb_id_
    if key and key in places.places:
        return places.places[key]
    return None if places.is_weak(span.text) else places.lookup(span.text)


def place_kind(span: Span, place: Place | None) -> str:
    """What a place entity is: continent, country, region or city; "other" for a place the gazetteer lacks
    (Maiorsk, "the east"); "" for an entity that is no place."""
    if place is not None:
        return place.kind
    return "other" if span.label_ in PLACE_LABELS else ""


ENTITY_COLUMNS = ["article_id", "start", "end", "text", "label", "canonical", "lat", "lon", "place_kind"]


def entity_rows(doc: Doc, *, article_id: str) -> list[dict]:
    """One record per entity of a parsed article: offsets into its text, label, canonical name, coordinates
    and what kind of place it is."""
    rows = []
    for ent in doc.ents:
        place = place_of(ent)
        rows.append({
            "article_id": article_id, "start": ent.start_char, "end": ent.end_char, "text": ent.text,
            "label": ent.label_, "canonical": canonical_name(ent),
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "place_kind": place_kind(ent, place),
        })
    return rows


def entities_frame(rows: list[dict]) -> pd.DataFrame:
    """The entities table (`entities.csv`) of entity records, from one article or many."""
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS).astype({"lat": "float64", "lon": "float64"})


def entities_table(doc: Doc, *, article_id: str) -> pd.DataFrame:
    """One row per entity of a parsed article: offsets into its text, label, canonical name, coordinates."""
    return entities_frame(entity_rows(doc, article_id=article_id))
