"""MEANTIME participants: score the kit's event actors and targets against the corpus's Arg0/Arg1 links.

How a kit event meets the gold: its trigger token is a token of a gold EVENT_MENTION. Its `actor` is scored
against the event's Arg0 participants and its `target` against its Arg1 participants; a phrase is right when
its head token (the spaCy root of the phrase, found in the event's sentence) lies inside the token span of one
of the gold participants of that role. MEANTIME entity mentions span whole noun phrases ("Northrop Grumman and
Airbus parent company EADS"), so the head criterion neither rewards a phrase that only overlaps a participant
through a modifier nor punishes a phrase that is longer or shorter than the gold extent.

Scored by entity (`entity_level=True`), a phrase is also right when its head lies in another mention of the
participant's entity (MEANTIME's REFERS_TO links mentions to entity instances): MEANTIME marks "which" in "the
government, which then distributes them" where the kit names "the government".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from helpers.evaluation.formats.cat import TaskDocument
from helpers.evaluation.formats.meantime import ROLES, read_meantime
from helpers.evaluation.scoring.measures import EndToEnd
from helpers.evaluation.systems.semeval_timeline import analyse, phrase_span, trigger_token

#: The kit's Event field scored against each gold role: Arg0 (the doer) its actor, Arg1 (acted on) its target.
EVENT_FIELD = dict(zip(ROLES, ("actor", "target")))


@dataclass(kw_only=True)
class RoleScore(EndToEnd):
    """Counts for one role over the kit events that met a gold event mention.

    `gold_events` gold event mentions, `matched_events` of them met by a kit event's trigger; `system` events
    gave a phrase for the role, `correct` of them hit a gold participant; `gold` matched events
    have a gold participant of the role, `found` of them got a right phrase; `gold_all` counts every gold event
    with the role, matched or not (for an end-to-end recall); `unplaced` phrases could not be found in the text.
    """

    role: str
    unplaced: int = 0
    gold_events: int = 0
    matched_events: int = 0
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"gold_events": self.gold_events, "matched_events": self.matched_events, **super().as_dict()}


def score_participants(paths: list[Path], nlp: Language, *, entity_level: bool = False) -> dict[str, RoleScore]:
    """Run the kit on every document and score actors against Arg0 and targets against Arg1 (by mention, or
    with `entity_level` by any mention of the participant's entity)."""
    scores = {role: RoleScore(role=role) for role in ROLES}
    for path in paths:
        meantime = read_meantime(path)
        document = meantime.document
        analysis = analyse(document, nlp)
        by_token = {t_id: event for event in meantime.events for t_id in event.tokens}
        matched: dict[str, object] = {}
        for mention in analysis.mentions:
            token = trigger_token(analysis.doc, mention.event)
            index = document.token_at(token.idx) if token is not None else None
            gold = by_token.get(document.cat.tokens[index].t_id) if index is not None else None
            if gold is not None and gold.m_id not in matched:
                matched[gold.m_id] = mention
        for score in scores.values():
            score.gold_events += len(meantime.events)
            score.matched_events += len(matched)
        for gold in meantime.events:
            for role, field_name in EVENT_FIELD.items():
                score = scores[role]
                spans = gold.participants.get(role, ())
                score.gold_all += bool(spans)
                mention = matched.get(gold.m_id)
                if mention is None:
                    continue
                score.gold += bool(spans)
                text = getattr(mention.event, field_name)
                if not text:
                    if spans:
                        score.errors.append(error_row(document, role, mention, "missed", text))
                    continue
                score.system += 1
                phrase = phrase_span(analysis.doc, mention.event, text)
                head = document.token_at(phrase.root.idx) if phrase is not None and len(phrase) else None
                if head is None:
                    score.unplaced += 1
                    score.errors.append(error_row(document, role, mention, "phrase not in the sentence", text))
                    continue
                accepted = gold.coreferent.get(role, spans) if entity_level else spans
                right = any(document.cat.tokens[head].t_id in span for span in accepted)
                score.correct += right
                score.found += right
                if not right:
                    score.errors.append(error_row(document, role, mention, "wrong" if spans else "spurious", text))
    return scores


def error_row(document: TaskDocument, role: str, mention, kind: str, phrase: str) -> dict:
    return {"doc_id": document.doc_id, "role": role, "kind": kind, "trigger": mention.event.trigger,
            "phrase": phrase, "sentence": mention.event.sentence}
