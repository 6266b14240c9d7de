"""PLOVER gold-standard records: one coded sentence each, with its event type, actors and marked event words.

A record (the openeventdata/PLOVER GSR, as JSON: a list of objects) has `text` (the sentence), `event` (the
PLOVER type), `source` and `target` (lists of `{actorText, code, sector}`; `target` may also be missing, empty
or a bare string, which names no actor), `mode`, and `textInfo.markup`, the sentence with marks such as
`(SRC: Jordan)`, `(TAR: Iraq)`, `(SRC/TAR: Hungarian)`, `(EVT: agreed)`, `(LOC: in (TAR: Bosnia))`. The markup
is hand-made: a mark may close with `}`, nest, or be the whole `textInfo` (a plain string, not an object).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

# "(EVT: agreed)", "(EVT: has sent}": the words up to the first closing bracket or nested mark
EVENT_MARK = re.compile(r"\(EVT:\s*([^(){}]*)")


@dataclass(frozen=True)
class PloverRecord:
    """One gold record: the sentence, its PLOVER `event` type and `mode`, the texts of its source and
    target actors (`targets` empty when the record names none), and the phrases marked as the event."""

    record_id: str
    text: str
    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    event_phrases: tuple[str, ...]
    mode: str = ""

    @property
    def event_words(self) -> tuple[str, ...]:
        """The marked event words, lower-cased, in the order they are marked ("has sent" -> "has", "sent")."""
        return tuple(word for phrase in self.event_phrases for word in re.findall(r"[\w'-]+", phrase.lower()))


def actor_texts(actors: object) -> tuple[str, ...]:
    """The `actorText` of each actor of a record's `source` or `target` (none for a missing or bare-string one)."""
    if not isinstance(actors, list):
        return ()
    return tuple(actor["actorText"] for actor in actors if isinstance(actor, dict) and actor.get("actorText"))


def markup_of(record: dict) -> str:
    """The record's marked-up sentence, whether `textInfo` is an object with `markup` or the markup itself."""
    info = record.get("textInfo", "")
    if isinstance(info, dict):
        return str(info.get("markup", ""))
    return info if isinstance(info, str) else ""


def event_phrases(markup: str) -> tuple[str, ...]:
    """The phrases marked `(EVT: ...)`, stripped, in order."""
    return tuple(phrase.strip() for phrase in EVENT_MARK.findall(markup) if phrase.strip())


def plover_record(record: dict) -> PloverRecord:
    """A PloverRecord of one JSON object of the GSR."""
    return PloverRecord(record_id=str(record.get("id", "")), text=str(record.get("text", "")),
                        event=str(record.get("event", "")), sources=actor_texts(record.get("source")),
                        targets=actor_texts(record.get("target")), event_phrases=event_phrases(markup_of(record)),
                        mode=str(record.get("mode") or ""))


def parse_records(text: str) -> list:
    """The JSON objects of a GSR file: a JSON list, the original file's JSON-like list with trailing commas
    ("...},\n]"), or one object a line (JSON lines). Raises ValueError when it is none of these."""
    try:
        found = json.loads(text)
    except json.JSONDecodeError:
        try:
            found = json.loads(re.sub(r",(\s*[\]}])", r"\1", text))
        except json.JSONDecodeError:
            found = [json.loads(line) for line in text.splitlines() if line.strip()]
    return found if isinstance(found, list) else [found]


def read_plover_records(path: str | Path) -> list[PloverRecord]:
    """The records of a GSR file (see parse_records; a record without text is skipped, such as the original
    file's documentation record). Raises FileNotFoundError saying where it looked, ValueError when the file
    is not JSON."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"the PLOVER records are not at {path}")
    records = parse_records(path.read_text(encoding="utf-8"))
    return [plover_record(record) for record in records if isinstance(record, dict) and record.get("text")]
