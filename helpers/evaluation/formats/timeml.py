"""TimeML files (TempEval-3): read the DCT, plain TEXT and gold TIMEX3s; strip to system input; write TIMEX3s back."""
from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Protocol
from xml.sax.saxutils import escape

from helpers.io import write_text_atomic

# Why a hand-written scanner and not only ElementTree: ElementTree gives the text of <TEXT> but no
# character offsets into the file, and writing a tree back re-serialises everything (attribute order,
# quotes, `'` vs `&apos;`, line ends, the XML declaration), so a system-input file would not come back
# byte-for-byte. The scanner below lexes markup the way XML does (quoted attribute values may hold `>`),
# maps every character of the plain text to its bytes in the file, and is checked against ElementTree's
# own reading of <TEXT> on every file it reads.
ATTRIBUTES = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
MARKUP = re.compile(rf"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<{ATTRIBUTES}>", re.S)
TAG_NAME = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)")
ATTRIBUTE = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
CHARACTER = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|\r\n|\r|[^&\r]")
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
LINK_NAMES = "TLINK|SLINK|ALINK|MAKEINSTANCE"
# A link on a line of its own goes with its line end; one sharing a line goes alone.
LINK_LINE = re.compile(rf"^[ \t]*<(?:{LINK_NAMES})\b{ATTRIBUTES}/>[ \t]*(?:\r\n|\r|\n)?", re.M)
LINK = re.compile(rf"<({LINK_NAMES})\b{ATTRIBUTES}(?:/>|(?<!/)>.*?</\1\s*>)", re.S)
DCT_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


class TimeMLError(ValueError):
    """A file that is not TimeML this module can read (no <TEXT>, not XML, an unknown entity...)."""


class AnnotationError(RuntimeError):
    """Writing TIMEX3 tags would have changed the text of <TEXT>: a bug, never a property of the input."""


class DroppedSpan(UserWarning):
    """A time expression that could not be written (overlapping, out of range, or across existing markup)."""


class HasSpan(Protocol):
    """Anything with plain-text offsets, a TIMEX3 type and a value (helpers.timex.Timex, TimeMLTimex)."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLTimex:
    """A TIMEX3 inside <TEXT>: character offsets into the plain text, its words, type, value and tid."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str


@dataclass(frozen=True)
class TimeMLDocument:
    """One TimeML file: its id, creation time (DCT), the plain text of <TEXT> and the TIMEX3s in it."""

    path: Path
    doc_id: str
    dct_value: str
    dct_date: date | None
    text: str
    timexes: tuple[TimeMLTimex, ...]


@dataclass(frozen=True)
class _Layout:
    """Where <TEXT> sits in the file and which file characters each plain-text character came from."""

    content_start: int
    content_end: int
    text: str
    char_starts: tuple[int, ...]  # file index where plain character i begins
    char_ends: tuple[int, ...]  # file index just after plain character i
    timexes: tuple[TimeMLTimex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """The id, DCT, plain <TEXT> (tags removed, entities decoded, line ends as XML reads them) and gold TIMEX3s.

    Raises TimeMLError for a file that is not well-formed TimeML with one <TEXT> element.
    """
    path = Path(path)
    raw = _read(path)
    root = _parse(raw, path)
    layout = _layout(raw, path, root)
    dct = _creation_time(root)
    dct_value = (dct.get("value") or "") if dct is not None else ""
    doc_id = (_find_text(root, "DOCID") or "").strip() or _stem(path)
    return TimeMLDocument(path, doc_id, dct_value, parse_dct(dct_value), layout.text, layout.timexes)


def parse_dct(value: str) -> date | None:
    """The calendar day of a DCT value: `1998-08-07`, `1990-08-15T13:37`, `19980807`; None if it names none."""
    match = DCT_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def strip_to_input(path: Path, out_path: Path) -> Path:
    """Write the TempEval-3 system input made from a gold file: no tags inside <TEXT>, no links after it.

    The text of <TEXT> keeps its bytes (entities stay escaped, line ends stay as they are); the DCT and
    everything before <TEXT> are kept; TLINK, SLINK, ALINK and MAKEINSTANCE elements after it are removed.
    """
    path = Path(path)
    raw = _read(path)
    layout = _layout(raw, path, _parse(raw, path))
    content = MARKUP.sub("", raw[layout.content_start:layout.content_end])
    tail = LINK.sub("", LINK_LINE.sub("", raw[layout.content_end:]))
    stripped = raw[:layout.content_start] + content + tail
    check = _layout(stripped, Path(out_path), _parse(stripped, Path(out_path)))
    if check.text != layout.text:
        raise AnnotationError(f"{path}: stripping changed the text of <TEXT>")
    write_text_atomic(Path(out_path), stripped)
    return Path(out_path)


def annotate(input_path: Path, timexes: Iterable[HasSpan], out_path: Path) -> list[TimeMLTimex]:
    """Write `input_path` to `out_path` with a TIMEX3 tag around each span; everything else unchanged.

    Offsets are into the plain text `read_timeml(input_path).text`. Spans that are empty, out of range,
    overlap an earlier one, or would cross markup already in <TEXT> are dropped with a DroppedSpan warning.
    Returns the TIMEX3s written, with their tids. Raises AnnotationError if the output's text would differ.
    """
    input_path, out_path = Path(input_path), Path(out_path)
    raw = _read(input_path)
    layout = _layout(raw, input_path, _parse(raw, input_path))
    used_tids = {match.group(1) for match in re.finditer(r"""\btid\s*=\s*["']([^"']*)["']""", raw)}
    tids = (f"t{number}" for number in range(1, 10**9) if f"t{number}" not in used_tids)
    pieces, written, position = [], [], 0
    for timex in _writable(timexes, layout, raw, input_path):
        tid = next(tids)
        begin, finish = layout.char_starts[timex.start], layout.char_ends[timex.end - 1]
        pieces += [raw[position:begin], f'<TIMEX3 tid="{tid}" type="{_attribute(timex.type)}" '
                   f'value="{_attribute(timex.value)}">', raw[begin:finish], "</TIMEX3>"]
        position = finish
        written.append(TimeMLTimex(timex.start, timex.end, layout.text[timex.start:timex.end], timex.type,
                                   timex.value, tid))
    annotated = "".join(pieces) + raw[position:]
    _check_same_text(raw, layout, annotated, out_path)
    write_text_atomic(out_path, annotated)
    return written


def _writable(timexes: Iterable[HasSpan], layout: _Layout, raw: str, path: Path) -> list[HasSpan]:
    kept: list[HasSpan] = []
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        where = f"{path.name}: TIMEX3 {timex.start}-{timex.end} ({timex.value!r})"
        if not 0 <= timex.start < timex.end <= len(layout.text):
            warnings.warn(f"{where} dropped: outside the text (0-{len(layout.text)}) or empty", DroppedSpan)
        elif kept and timex.start < kept[-1].end:
            warnings.warn(f"{where} dropped: overlaps {kept[-1].start}-{kept[-1].end}", DroppedSpan)
        elif "<" in raw[layout.char_starts[timex.start]:layout.char_ends[timex.end - 1]]:
            # text never holds a bare "<", so one here is a tag the new TIMEX3 would cross
            warnings.warn(f"{where} dropped: it spans markup already in <TEXT>", DroppedSpan)
        else:
            kept.append(timex)
    return kept


def _check_same_text(raw: str, layout: _Layout, annotated: str, out_path: Path) -> None:
    try:
        after = _layout(annotated, out_path, _parse(annotated, out_path))
    except TimeMLError as problem:
        raise AnnotationError(f"{out_path}: the annotated file is not well-formed: {problem}") from problem
    before_raw = MARKUP.sub("", raw[layout.content_start:layout.content_end])
    after_raw = MARKUP.sub("", annotated[after.content_start:after.content_end])
    if after_raw != before_raw or after.text != layout.text or \
            annotated[:after.content_start] != raw[:layout.content_start] or \
            annotated[after.content_end:] != raw[layout.content_end:]:
        raise AnnotationError(f"{out_path}: inserting TIMEX3 tags would change the file beyond the tags")


def _attribute(value: str) -> str:
    return escape(value, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as problem:
        raise TimeMLError(f"{path}: not UTF-8 ({problem})") from problem


def _parse(raw: str, path: Path) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(raw.encode("utf-8"))
    except ElementTree.ParseError as problem:
        raise TimeMLError(f"{path}: not well-formed XML ({problem})") from problem


def _layout(raw: str, path: Path, root: ElementTree.Element) -> _Layout:
    """Scan the markup of <TEXT>; the plain text must equal what ElementTree reads there."""
    tokens = list(MARKUP.finditer(raw))
    opening = next((m for m in tokens if _tag(m.group()) == ("", "TEXT")), None)
    if opening is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    if opening.group().endswith("/>"):
        content_start = content_end = opening.end()
        inner = []
    else:
        closing = next((m for m in tokens if m.start() > opening.start() and _tag(m.group()) == ("/", "TEXT")), None)
        if closing is None:
            raise TimeMLError(f"{path}: <TEXT> is never closed")
        content_start, content_end = opening.end(), closing.start()
        inner = [m for m in tokens if content_start <= m.start() < content_end]
    text, starts, ends, timexes, open_timexes = [], [], [], [], []
    position = content_start
    for markup in inner + [None]:
        segment_end = markup.start() if markup else content_end
        for character in CHARACTER.finditer(raw, position, segment_end):
            text.append(_decode(character, path))
            starts.append(character.start())
            ends.append(character.end())
        if markup is None:
            break
        position = markup.end()
        if markup.group().startswith("<![CDATA["):
            raise TimeMLError(f"{path}: CDATA inside <TEXT> is not supported")
        slash, name = _tag(markup.group())
        if name == "TIMEX3" and not slash and not markup.group().endswith("/>"):
            open_timexes.append((len(text), dict(_attributes(markup.group()))))
        elif name == "TIMEX3" and slash and open_timexes:
            start, attributes = open_timexes.pop()
            timexes.append((start, len(text), attributes))
    plain = "".join(text)
    element = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    if element is None or "".join(element.itertext()) != plain:
        raise TimeMLError(f"{path}: the text of <TEXT> reads differently here and in ElementTree "
                          "(markup this reader does not handle)")
    gold = tuple(TimeMLTimex(start, end, plain[start:end], attributes.get("type", ""), attributes.get("value", ""),
                             attributes.get("tid", ""))
                 for start, end, attributes in sorted(timexes, key=lambda t: t[:2]))
    return _Layout(content_start, content_end, plain, tuple(starts), tuple(ends), gold)


def _decode(character: re.Match, path: Path) -> str:
    if character.group(1) is None:
        return "\n" if character.group().startswith("\r") else character.group()
    reference = character.group(1)
    if reference.startswith("#x"):
        return chr(int(reference[2:], 16))
    if reference.startswith("#"):
        return chr(int(reference[1:]))
    if reference not in ENTITIES:
        raise TimeMLError(f"{path}: unknown entity &{reference};")
    return ENTITIES[reference]


def _tag(markup: str) -> tuple[str, str]:
    """("", name) for a start tag, ("/", name) for an end tag, ("!", "") for comments and the like."""
    match = TAG_NAME.match(markup)
    return (match.group(1), _local(match.group(2))) if match else ("!", "")


def _attributes(markup: str) -> list[tuple[str, str]]:
    return [(name, _unescape(double if double is not None else single))
            for name, double, single in ATTRIBUTE.findall(markup)]


def _unescape(value: str) -> str:
    return re.sub(r"&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);",
                  lambda m: _decode(CHARACTER.match(m.group()), Path("attribute")), value)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _find_text(root: ElementTree.Element, name: str) -> str | None:
    element = next((e for e in root.iter() if _local(e.tag) == name), None)
    return None if element is None else "".join(element.itertext())


def _creation_time(root: ElementTree.Element) -> ElementTree.Element | None:
    """The DCT's TIMEX3: the one marked CREATION_TIME, else the first inside <DCT>."""
    timexes = [e for e in root.iter() if _local(e.tag) == "TIMEX3"]
    marked = next((e for e in timexes if e.get("functionInDocument") == "CREATION_TIME"), None)
    if marked is not None:
        return marked
    dct = next((e for e in root.iter() if _local(e.tag) == "DCT"), None)
    return None if dct is None else next((e for e in dct.iter() if _local(e.tag) == "TIMEX3"), None)


def _stem(path: Path) -> str:
    name = path.name.removesuffix(".TE3input")
    return name.removesuffix(".tml")
