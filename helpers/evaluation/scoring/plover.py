"""PLOVER gold records: score the kit's event type, actor and target at each record's marked event words.

Each record is one sentence, read as a report published on 2000-01-01. The kit's event "at the gold trigger"
is its event whose trigger word is one of the words marked `(EVT: ...)`; when several are, the one whose word
is marked first (then the first in the sentence). Then:

- type: that event's `type` equals the gold PLOVER type;
- source: the event's `actor` shares a content word with a gold source actor's text;
- target: the event's `target_actor` (who it is aimed at), `target` (what it acts on) or `place` shares a content
  word with a gold target actor's text.

Each is a share of the records (source and target: of the records that name one); a record with no kit event
at its marked words counts as wrong on all three.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from helpers.evaluation.formats.plover import PloverRecord
from helpers.evaluation.scoring.measures import ratio
from helpers.events import Event, events_of
from helpers.timex import timexes_of

#: The day every record is read as published on (the GSR's own `date`).
PUBLISHED = date(2000, 1, 1)
#: The events table's fields a gold target may be named in.
TARGET_FIELDS = ("target_actor", "target", "place")


def content_words(text: str) -> set[str]:
    """The words of a phrase that can name an actor: lower-cased, without stop words and single letters;
    an acronym is kept even when it spells a stop word ("US", "U.S.": "us")."""
    words = set()
    for written in re.split(r"[\s/\-–]+", text):
        word = re.sub(r"[^\w]|_", "", written.removesuffix("'s").removesuffix("’s"))
        acronym = sum(letter.isupper() for letter in word) >= 2
        if len(word) > 1 and not word.isdigit() and (acronym or word.lower() not in STOP_WORDS):
            words.add(word.lower())
    return words


def shares_a_word(phrase: str, actors: tuple[str, ...]) -> bool:
    """Whether the phrase shares a content word with one of the actors' texts."""
    words = content_words(phrase)
    return any(words & content_words(actor) for actor in actors)


def event_at_trigger(record: PloverRecord, events: list[Event]) -> Event | None:
    """The kit's event whose trigger is a marked event word: of the word marked first, then first in the text."""
    order = {}
    for position, word in enumerate(record.event_words):
        order.setdefault(word, position)
    found = [event for event in events if event.trigger.lower() in order]
    return min(found, key=lambda event: (order[event.trigger.lower()], event.trigger_start), default=None)


@dataclass
class PloverScore:
    """Counts over the records: `records` scored, `typed_right`, `no_event` (no kit event at the marked words);
    `with_source` records name a source, `source_right` of them matched; likewise for the target. `confusion`
    counts (gold type, kit type) pairs ("-" for no event at the trigger); `errors` one row per miss."""

    records: int = 0
    typed_right: int = 0
    no_event: int = 0
    with_source: int = 0
    source_right: int = 0
    with_target: int = 0
    target_right: int = 0
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    @property
    def type_share(self) -> float:
        return ratio(self.typed_right, self.records)

    @property
    def source_share(self) -> float:
        return ratio(self.source_right, self.with_source)

    @property
    def target_share(self) -> float:
        return ratio(self.target_right, self.with_target)

    def add(self, record: PloverRecord, event: Event | None) -> None:
        """Count one record against the kit's event at its trigger (None: no event there)."""
        kit_type = event.type if event is not None else "-"
        type_right = event is not None and event.type == record.event
        source_right = event is not None and shares_a_word(event.actor, record.sources)
        target_right = event is not None and any(shares_a_word(getattr(event, name), record.targets)
                                                 for name in TARGET_FIELDS)
        self.records += 1
        self.no_event += event is None
        self.typed_right += type_right
        self.confusion[(record.event, kit_type)] += 1
        if record.sources:
            self.with_source += 1
            self.source_right += source_right
        if record.targets:
            self.with_target += 1
            self.target_right += target_right
        missed = [name for name, right, asked in (("type", type_right, True), ("source", source_right, record.sources),
                                                   ("target", target_right, record.targets)) if asked and not right]
        if missed:
            self.errors.append(error_row(record, event, missed))

    def as_dict(self) -> dict:
        return {"records": self.records, "type": round(self.type_share, 4), "source": round(self.source_share, 4),
                "target": round(self.target_share, 4), "no_event": self.no_event,
                "with_source": self.with_source, "with_target": self.with_target}


def error_row(record: PloverRecord, event: Event | None, missed: list[str]) -> dict:
    """One row of the error table: what the gold says and what the kit said at the trigger."""
    return {"id": record.record_id, "missed": " ".join(missed), "gold_type": record.event,
            "kit_type": event.type if event is not None else "", "trigger": event.trigger if event is not None else "",
            "gold_words": " | ".join(record.event_phrases), "gold_source": " | ".join(record.sources),
            "kit_actor": event.actor if event is not None else "", "gold_target": " | ".join(record.targets),
            "kit_target": event.target if event is not None else "", "kit_place": event.place if event else "",
            "text": record.text}


def kit_events(record: PloverRecord, nlp: Language) -> list[Event]:
    """The kit's events of a record's sentence, read as a report published on PUBLISHED."""
    doc = nlp(record.text)
    return events_of(doc, timexes_of(doc, published=PUBLISHED), article_id=record.record_id, published=PUBLISHED)


def score_plover(records: list[PloverRecord], nlp: Language) -> PloverScore:
    """Run the kit on every record's sentence and score type, source and target at the marked event words."""
    score = PloverScore()
    for record in records:
        score.add(record, event_at_trigger(record, kit_events(record, nlp)))
    return score
