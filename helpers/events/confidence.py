"""How sure the kit is that an event row tells something that happened: a logistic score over how the row was
told, learned from hand-judged rows (benchmarks/confidence.py)."""
from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Token

from helpers.events.confidence_weights import WEIGHTS
from helpers.events.table import Event
from helpers.events.tree import children

#: The auxiliaries that make a verb a possibility or a plan ("could", "will") ...
MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo", "ca", "’ll"}
#: ... a perfect ("has", "had") ...
HAVING = {"have", "has", "had", "'ve", "’ve", "'d", "’d", "having"}
#: ... and a progressive or a passive ("is", "were").
BEING = {"be", "is", "are", "was", "were", "am", "been", "being", "'re", "’re", "'m", "’m"}
#: The deps of a verb's clause the score tells apart.
CLAUSES = ("ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "xcomp")

_recorded: list[tuple[Event, dict[str, float]]] | None = None


def scored(events: list[Event], actions: list[Token]) -> list[Event]:
    """`events` (the rows of one report, each told at the word of `actions` at its position) with `confidence`:
    the chance, from 0 to 1, that a judge reading the story takes the row for an event."""
    rows = {action.i for action in actions}
    found = []
    for event, action in zip(events, actions):
        told = features(event, action, rows)
        if _recorded is not None:
            _recorded.append((event, told))
        found.append(replace(event, confidence=round(confidence_of(told), 3)))
    return found


def confidence_of(told: dict[str, float]) -> float:
    """1 - the logistic chance of no event, from the learned weights of the features told."""
    margin = WEIGHTS["bias"] + sum(WEIGHTS.get(name, 0.0) * value for name, value in told.items())
    return 1.0 - 1.0 / (1.0 + math.exp(-margin))


def features(event: Event, action: Token, rows: set[int]) -> dict[str, float]:
    """What the score reads off a row: its word's tense and clause, its auxiliaries, how it was dated, its modality,
    whether it was typed, quoted, negated, placed, who its subject is, and whether it is joined by "and" to a verb
    that is no row of its own ("is keeping their stories alive and [sharing] them")."""
    auxiliaries = {child.lower_ for child in children(action) if child.dep_ in {"aux", "auxpass"}}
    tag = action.tag_
    untyped = not event.type
    told = {
        "tag=VBD": tag == "VBD", "tag=VBZ/VBP": tag in {"VBZ", "VBP"}, "tag=VBG": tag == "VBG", "tag=VB": tag == "VB",
        "tag=VBN": tag == "VBN", "noun": action.pos_ == "NOUN",
        "modal": bool(auxiliaries & MODALS), "perfect": tag == "VBN" and bool(auxiliaries & HAVING),
        "progressive": tag == "VBG" and bool(auxiliaries & BEING),
        "passive": any(child.dep_ == "auxpass" for child in children(action)),
        **{f"dep={dep}": action.dep_ == dep for dep in CLAUSES},
        **{f"modality={kind}": event.modality == kind for kind in ("hypothetical", "planned", "claimed")},
        **{f"dated by {origin}": event.date_from == origin for origin in ("published", "sentence", "narrative")},
        "undated": not event.date_value,
        f"subject={subject_kind(action)}": True,
        "typed": not untyped, "quote": event.quote, "negated": event.negated, "placed": bool(event.place),
        "no actor": not event.actor, "no target": not event.target,
        "joined to no row": action.dep_ == "conj" and action.head.i not in rows,
        "untyped conjunct": untyped and action.dep_ == "conj", "untyped -ing": untyped and tag == "VBG",
    }
    return {name: 1.0 for name, on in told.items() if on}


def subject_kind(action: Token) -> str:
    """What the clause's subject is (its own, else that of the verb it is joined to): a name, a pronoun, a bare
    plural ("businesses"), a definite plural ("the companies"), another noun, or none."""
    verb = action
    while True:
        subject = next((child for child in children(verb) if child.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head is verb:
            break
        verb = verb.head
    if subject is None:
        return "none"
    if subject.tag_ == "PRP":
        return "pronoun"
    if subject.tag_ in {"NNS", "NNPS"} and not subject.ent_type_:
        definite = any(child.dep_ == "poss" or child.lower_ in {"the", "these", "those", "its", "their"}
                       for child in children(subject))
        return "definite plural" if definite else "bare plural"
    return "name" if subject.ent_type_ or subject.tag_ == "NNP" else "noun"


@contextmanager
def recording() -> Iterator[list[tuple[Event, dict[str, float]]]]:
    """Every (row, its features) scored while the block runs, in one process: what benchmarks/confidence.py
    learns the weights from."""
    global _recorded
    _recorded = []
    try:
        yield _recorded
    finally:
        _recorded = None
