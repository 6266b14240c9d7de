"""MEANTIME documents: the readable text, the gold event mentions and their Arg0/Arg1 participants.

MEANTIME (NewsReader, intra-document annotation) is CAT XML: `<token t_id sentence number>`, then markables
(EVENT_MENTION, ENTITY_MENTION, ...) made of token anchors, then relations, among them HAS_PARTICIPANT from an
event mention to an entity mention with a PropBank `sem_role` (Arg0 the doer, Arg1 the thing acted on), and
REFERS_TO from entity mentions to the entity instance they name. Only the title and first sentences of each
article are annotated.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from helpers.evaluation.formats.cat import TaskDocument, read_task_document

#: The participant roles read; the other PropBank roles (Arg2, ArgM-LOC, ...) are left out.
ROLES = ("Arg0", "Arg1")


def meantime_files(folder: str | Path) -> list[Path]:
    """The MEANTIME documents (`corpus_*/*.xml`) under `folder`, sorted; raises FileNotFoundError saying
    where they were looked for when there are none."""
    paths = sorted(Path(folder).glob("corpus_*/*.xml"))
    if not paths:
        raise FileNotFoundError(f"the MEANTIME data is not at {folder}")
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
    """A MEANTIME document: its readable text with its creation date, and its gold event mentions."""

    document: TaskDocument
    events: tuple[GoldEvent, ...]


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


def event_instances(path: str | Path) -> dict[str, tuple[frozenset[int], str]]:
    """A cross-document MEANTIME file's event mentions that refer to an event instance shared across the corpus
    (an EVENT with an `instance_id`, linked by REFERS_TO): mention id -> (its token ids, the instance id)."""
    root = ET.parse(path).getroot()
    instance_of = {event.get("m_id", ""): event.get("instance_id", "") for event in root.iter("EVENT")
                   if event.get("instance_id")}
    mentions = {mention.get("m_id", ""): frozenset(int(anchor.get("t_id", "0"))
                                                   for anchor in mention.iter("token_anchor"))
                for mention in root.iter("EVENT_MENTION")}
    found = {}
    for link in root.iter("REFERS_TO"):
        target = link.find("target")
        instance = instance_of.get(target.get("m_id", "")) if target is not None else None
        for source in link.iter("source") if instance else ():
            tokens = mentions.get(source.get("m_id", ""))
            if tokens:
                found[source.get("m_id", "")] = (tokens, instance)
    return found
