"""SemEval-2015 Task 4 timeline files: the list of target entities, and one timeline file per target.

A target list is one entity a line. A timeline file is the entity's name on its first line, then
`order<TAB>anchor<TAB>event[<TAB>event...]` lines: order 0 for an event the timeline does not place, an anchor
such as `2005-01-18`, `2005-01-XX` or `XXXX-XX-XX`, and event mentions written `docid-sentence-token`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TimelineLine:
    """One line of a timeline: its order number (0 = not ordered), anchor string and event mentions."""

    order: int
    anchor: str
    events: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    """An entity's timeline: its name (first line of the file) and its lines in file order."""

    entity: str
    lines: tuple[TimelineLine, ...]


def read_targets(path: str | Path) -> list[str]:
    """The target entities of a list file, one a line, blank lines and duplicates left out."""
    targets: list[str] = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        name = " ".join(line.split())
        if name and name not in targets:
            targets.append(name)
    return targets


def parse_timeline(text: str) -> Timeline:
    """A timeline from its text: entity on the first line, then tab-separated lines; blank lines skipped.

    Raises ValueError on a line without an order number, an anchor and at least one event.
    """
    rows = text.lstrip("\ufeff").splitlines()
    if not rows or not rows[0].strip():
        raise ValueError("the first line must name the entity")
    lines = []
    for number, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        fields = [field.strip() for field in row.rstrip("\r\n").split("\t")]
        events = tuple(field for field in fields[2:] if field)
        if len(fields) < 3 or not re.fullmatch(r"\d+", fields[0]) or not events:
            raise ValueError(f"line {number}: expected order<TAB>anchor<TAB>event..., got {row!r}")
        lines.append(TimelineLine(int(fields[0]), fields[1], events))
    return Timeline(rows[0].strip(), tuple(lines))


def read_timeline(path: str | Path) -> Timeline:
    return parse_timeline(Path(path).read_text(encoding="utf-8"))


def format_timeline(timeline: Timeline) -> str:
    """The file text of a timeline, one line per TimelineLine, ending in a newline."""
    rows = [timeline.entity] + ["\t".join([str(line.order), line.anchor, *line.events]) for line in timeline.lines]
    return "\n".join(rows) + "\n"


def timeline_file_name(entity: str) -> str:
    """The file a target's timeline goes in: lower case, spaces as `_`, `&` as `and` ("S&P 500" -> s_and_p_500.txt)."""
    name = entity.strip().lower().replace("&", " and ")
    return "_".join(name.split()) + ".txt"


def write_timeline(timeline: Timeline, out_dir: str | Path) -> Path:
    """Write a timeline to `<out_dir>/<timeline_file_name(entity)>` (folders made as needed); its path."""
    path = Path(out_dir) / timeline_file_name(timeline.entity)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(format_timeline(timeline), encoding="utf-8")
    return path
