"""The event record and the events table (`events.csv`) made of them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from helpers.events.words import kind_of

#: The columns of `events.csv`, in order (docs/tables.md): Event's fields and properties.
COLUMNS = ["event_id", "article_id", "sentence", "start", "end", "action", "trigger", "actor", "target", "place",
           "date_value", "date_start", "date_end", "date_from", "source", "cue", "hedged", "quote", "actor_key",
           "statement", "type", "negated", "modality", "sources_chain", "trigger_start", "trigger_end",
           "source_text", "source_start", "source_end", "kind", "mode", "target_actor", "confidence"]


@dataclass(frozen=True)
class Event:
    """One event mention: its action and participants, its date and where that came from, its source.

    `type` is a PLOVER category (see `event_type`), `mode` its PLOVER mode where the text says it (see
    `mode_of`), `negated` says the source tells that it did not happen, `modality` how it is told (see
    `modality_of`), `sources_chain` every source it passed through, outermost first ("the ministry > a local
    official"; `source` is the last, nearest one).
    """

    event_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    action: str
    trigger: str
    actor: str
    target: str
    place: str
    date_value: str
    date_start: date | None
    date_end: date | None
    date_from: str
    source: str
    cue: str
    hedged: bool
    quote: bool
    actor_key: str
    statement: bool
    type: str = ""
    negated: bool = False
    modality: str = "asserted"
    sources_chain: str = ""
    # where the trigger starts inside `sentence`: kept relative, so shifting `start` (a report parsed
    # in pieces) keeps trigger_start right; -1 when unknown (then the trigger's first occurrence)
    trigger_offset: int = -1
    # the nearest source as written ("the official", where `source` is "a senior US military official")
    # and where it starts, relative like trigger_offset (negative when an earlier sentence names it: a
    # quotation going on); unused when the event has no source
    source_text: str = ""
    source_offset: int = -1
    # PLOVER's mode of the type, where the text says it ("heavy-weapons" for a shelling, "strike-hun")
    mode: str = ""
    # who the act is aimed at, a country, group or person (PLOVER's target actor), where `target` is what it acts
    # on: "called for sanctions against Nigeria" has target "" and target_actor "Nigeria"
    target_actor: str = ""
    # the chance, 0 to 1, that a reader takes the row for an event at all (helpers.events.confidence)
    confidence: float = 1.0

    @property
    def source_start(self) -> int | None:
        return self.start + self.source_offset if self.source_text else None

    @property
    def source_end(self) -> int | None:
        return self.source_start + len(self.source_text) if self.source_text else None

    @property
    def trigger_start(self) -> int:
        offset = self.trigger_offset if self.trigger_offset >= 0 else max(self.sentence.find(self.trigger), 0)
        return self.start + offset

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)

    @property
    def kind(self) -> str:
        """The family of synonyms the timeline merges the action under, "" for a state (see kind_of)."""
        return kind_of(self.action)


def events_table(events: list[Event]) -> pd.DataFrame:
    """The rows of `events.csv`."""
    table = pd.DataFrame([{column: getattr(event, column) for column in COLUMNS} for event in events], columns=COLUMNS)
    return table.astype({"source_start": "Int64", "source_end": "Int64"})  # empty, not NaN, without a source
