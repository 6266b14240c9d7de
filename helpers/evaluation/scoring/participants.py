"""MEANTIME adapter: score the kit's event actors and targets against the corpus's Arg0/Arg1 participant links.

MEANTIME (NewsReader, intra-document annotation) is CAT XML: `<token t_id sentence number>`, then markables
(EVENT_MENTION, ENTITY_MENTION, ...) made of token anchors, then relations, among them HAS_PARTICIPANT from an
event mention to an entity mention with a PropBank `sem_role` (Arg0 the doer, Arg1 the thing acted on).
Only the title and first sentences of each article are annotated.

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

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from helpers.paths import ROOT
from helpers.evaluation.systems.semeval_timeline import (TaskDocument, analyse, phrase_span, read_task_document,
                                                         trigger_token)

ROLES = {"Arg0": "actor", "Arg1": "target"}
#: Where the benchmarks look for the English documents: ../shared beside the repo (never copied into it).
MEANTIME_FOLDER = ROOT.parent / "shared" / "eval" / "external" / "meantime-english" / "intra-doc_annotation"


def meantime_files(folder: Path = MEANTIME_FOLDER) -> list[Path]:
    """The MEANTIME documents (`corpus_*/*.xml`) under `folder`, sorted; raises FileNotFoundError saying
    where they were looked for when there are none."""
    paths = sorted(Path(folder).glob("corpus_*/*.xml"))
    if not paths:
        raise FileNotFoundError(f"the MEANTIME data is not at {folder} (expected ../shared beside the repo, "
                                "see ../shared/eval/external/meantime-english/SOURCE.md)")
    return paths


@dataclass(frozen=True)
class GoldEvent:
    """A gold event mention: its token ids and, per role, the token-id sets of its participants."""

    m_id: str
    tokens: frozenset[int]
    participants: dict[str, tuple[frozenset[int], ...]]
    # per role, every mention of the participants' entities (the participants included)
    coreferent: dict[str, tuple[frozenset[int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class MeantimeDocument:
    document: TaskDocument
    events: tuple[GoldEvent, ...]


@dataclass
class RoleScore:
    """Counts for one role over the kit events that met a gold event mention.

    `gold_events` gold event mentions, `matched_events` of them met by a kit event's trigger; `system` events
    gave a phrase for the role, `correct` of them hit a gold participant; `gold` matched events
    have a gold participant of the role, `found` of them got a right phrase; `gold_all` counts every gold event
    with the role, matched or not (for an end-to-end recall); `unplaced` phrases could not be found in the text.
    """

    role: str
    system: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    gold_all: int = 0
    unplaced: int = 0
    gold_events: int = 0
    matched_events: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def end_to_end_recall(self) -> float:
        return self.found / self.gold_all if self.gold_all else 0.0

    def as_dict(self) -> dict:
        return {"gold_events": self.gold_events, "matched_events": self.matched_events, "system": self.system,
                "correct": self.correct, "gold": self.gold, "found": self.found,
                "gold_all": self.gold_all, "p": round(self.precision, 4), "r": round(self.recall, 4),
                "f1": round(self.f1, 4), "end_to_end_r": round(self.end_to_end_recall, 4)}


def read_meantime(path: str | Path) -> MeantimeDocument:
    """A MEANTIME document: the readable text with its creation date, and its gold events with participants."""
    document = read_task_document(path)
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    tokens: dict[str, frozenset[int]] = {}
    event_ids: list[str] = []
    for markable in markables if markables is not None else ():
        anchors = frozenset(int(anchor.get("t_id", "0")) for anchor in markable.iter("token_anchor"))
        tokens[markable.get("m_id", "")] = anchors
        if markable.tag == "EVENT_MENTION" and anchors:
            event_ids.append(markable.get("m_id", ""))
    relations = root.find("Relations")
    links = list(relations) if relations is not None else []
    # mention -> its entity instance, and the instance's mentions (REFERS_TO: sources -> target)
    instance_of: dict[str, str] = {}
    for link in (link for link in links if link.tag == "REFERS_TO"):
        target = link.find("target")
        for source in link.iter("source"):
            if target is not None:
                instance_of[source.get("m_id", "")] = target.get("m_id", "")
    mentions_of: dict[str, list[str]] = {}
    for mention, instance in instance_of.items():
        mentions_of.setdefault(instance, []).append(mention)
    participants: dict[str, dict[str, list[frozenset[int]]]] = {}
    coreferent: dict[str, dict[str, list[frozenset[int]]]] = {}
    for link in (link for link in links if link.tag == "HAS_PARTICIPANT"):
        role = link.get("sem_role", "")
        source, target = link.find("source"), link.find("target")
        mention = target.get("m_id", "") if target is not None else ""
        if role in ROLES and source is not None and tokens.get(mention):
            participants.setdefault(source.get("m_id", ""), {}).setdefault(role, []).append(tokens[mention])
            same = mentions_of.get(instance_of.get(mention, ""), [mention])
            coreferent.setdefault(source.get("m_id", ""), {}).setdefault(role, []).extend(
                tokens[other] for other in dict.fromkeys([mention, *same]) if tokens.get(other))
    events = tuple(GoldEvent(m_id, tokens[m_id],
                             {role: tuple(spans) for role, spans in participants.get(m_id, {}).items()},
                             {role: tuple(spans) for role, spans in coreferent.get(m_id, {}).items()})
                   for m_id in event_ids)
    return MeantimeDocument(document, events)


def score_participants(paths: list[Path], nlp: Language, *, entity_level: bool = False) -> dict[str, RoleScore]:
    """Run the kit on every document and score actors against Arg0 and targets against Arg1 (by mention, or
    with `entity_level` by any mention of the participant's entity)."""
    scores = {role: RoleScore(role) for role in ROLES}
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
            for role, field_name in ROLES.items():
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
