"""SemEval-2015 Task 4 CAT XML: tokenised Wikinews articles in, readable text with exact token offsets out."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Sequence


@dataclass(frozen=True)
class CatToken:
    """One token of a CAT document: `t_id` (1-based, used by markables), `sentence`, `number` (0-based position)."""

    t_id: int
    sentence: int
    number: int
    text: str


@dataclass(frozen=True)
class CatDocument:
    """A CAT document: its ids, the Wikinews address it came from, and its tokens in file order."""

    doc_id: str
    doc_name: str
    url: str
    tokens: tuple[CatToken, ...]

    def sentence_tokens(self, *sentences: int) -> list[CatToken]:
        """The tokens of the given sentence ids, in file order (sentence 0 is the title, 1 the dateline)."""
        wanted = set(sentences)
        return [token for token in self.tokens if token.sentence in wanted]

    def body_tokens(self) -> list[CatToken]:
        """The tokens from sentence 2 on: the article without its title and dateline."""
        return [token for token in self.tokens if token.sentence >= 2]


def read_cat(path: str | Path) -> CatDocument:
    """Read a CAT XML file (`<Document doc_id=.. doc_name=.. src_url=..>` with `<token>` children)."""
    root = ET.parse(path).getroot()
    if root.tag != "Document":
        raise ValueError(f"{path}: root element is <{root.tag}>, expected <Document> (CAT XML)")
    tokens = tuple(
        CatToken(
            t_id=int(element.get("t_id", "")),
            sentence=int(element.get("sentence", "")),
            number=int(element.get("number", "")),
            text=element.text or "",
        )
        for element in root.iter("token")
    )
    return CatDocument(
        doc_id=root.get("doc_id", ""),
        doc_name=root.get("doc_name", ""),
        url=root.get("src_url", ""),
        tokens=tokens,
    )


def read_cat_creation_time(path: str | Path) -> str | None:
    """The `value` of the CAT file's own CREATION_TIME TIMEX3 markable, or None when it has none."""
    root = ET.parse(path).getroot()
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value")
    return None


def read_tml_dct(path: str | Path) -> tuple[str, str]:
    """The (DOCID, raw DCT value) of a TimeML file: `<DOCID>` and `<DCT><TIMEX3 value=..>`.

    The value is returned as written; `parse_dct` turns it into a date.
    """
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or "").strip()
    timex = root.find("DCT/TIMEX3")
    if timex is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> element")
    value = (timex.get("value") or timex.text or "").strip()
    if not value:
        raise ValueError(f"{path}: the DCT has no value")
    return doc_id, value


def parse_dct(value: str) -> tuple[date, str]:
    """A document creation time as a date, with a note on how it was read.

    Accepts ISO `YYYY-MM-DD` (also with a time part, `YYYY-MM-DDTHH:MM`), compact `YYYYMMDD`,
    and day-first `DD-MM-YYYY` / `DD/MM/YYYY` / `DD.MM.YYYY` (so `03-02-2009` is 3 February 2009).
    Raises ValueError for anything else or an impossible date.
    """
    text = value.strip()
    layouts = [
        (r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", ("year", "month", "day"), "ISO"),
        (r"(\d{4})(\d{2})(\d{2})(?:T.*)?", ("year", "month", "day"), "compact YYYYMMDD"),
        (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", ("day", "month", "year"), "day-first DD-MM-YYYY"),
    ]
    for pattern, order, layout in layouts:
        match = re.fullmatch(pattern, text)
        if match:
            parts = dict(zip(order, (int(group) for group in match.groups())))
            try:
                parsed = date(parts["year"], parts["month"], parts["day"])
            except ValueError:
                raise ValueError(f"impossible DCT {value!r} (read as {layout})") from None
            note = "ISO" if layout == "ISO" and len(text) == 10 else f"{layout}: {value!r} -> {parsed.isoformat()}"
            return parsed, note
    raise ValueError(f"unreadable DCT {value!r}: expected YYYY-MM-DD, YYYYMMDD or DD-MM-YYYY")


def parse_dateline(tokens: Sequence[CatToken]) -> date | None:
    """The date of a Wikinews dateline sentence such as `January 09 , 2008`, or None if it is not one."""
    text = " ".join(token.text for token in tokens)
    try:
        return datetime.strptime(text, "%B %d , %Y").date()
    except ValueError:
        return None


# Tokens written against the word before them ("Apple 's", "10 %", "word ,").
_CLOSERS = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”"}
# Tokens written against the word after them ("( DRM", "$ 99", "“ Stop").
_OPENERS = {"(", "[", "{", "$", "US$", "£", "€", "“", "``"}
# Written with no space on either side ("audio / video" -> "audio/video").
_JOINERS = {"/"}
# Clitics split off by the tokeniser; joined back to the word before them.
_CLITIC = re.compile(r"^['’](s|re|ve|ll|d|m|t)$|^n['’]t$", re.IGNORECASE)
# What follows an apostrophe split away from its word: "It ' s", "we ' re".
_CLITIC_TAIL = {"s", "re", "ve", "ll", "d", "m", "t"}
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")


def _attachments(texts: Sequence[str]) -> list[tuple[bool, bool]]:
    """For each token: (no space before it, no space after it), from its text and its neighbours.

    Straight double quotes alternate open/close across the whole token list (quotes span
    sentences); a `"` right after a number with no quote open is an inch mark (`13.3 " display`).
    A lone `'` is an apostrophe inside a word (`It ' s`), a possessive (`Jobs ' health`), or a
    single quote, opened by `` ` `` or by a `'` that starts a phrase.
    """
    marks: list[tuple[bool, bool]] = []
    double_open = False
    single_open = False
    for i, text in enumerate(texts):
        before = texts[i - 1] if i > 0 else ""
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if text == '"':
            if double_open:
                marks.append((True, False))
                double_open = False
            elif _NUMBER.match(before):
                marks.append((True, False))  # inch mark: leaves the quote state alone
            else:
                marks.append((False, True))
                double_open = True
        elif text in ("'", "’"):
            if before[-1:].isalpha() and after.lower() in _CLITIC_TAIL:
                marks.append((True, True))
            elif single_open or not after[:1].isalnum():
                marks.append((True, False))
                single_open = False
            elif before[-1:] in ("s", "S"):
                marks.append((True, False))
            else:
                marks.append((False, True))
                single_open = True
        elif text in ("`", "‘"):
            marks.append((False, True))
            single_open = True
        elif text in ("''",):
            marks.append((True, False))
            single_open = False
        elif text in _JOINERS:
            marks.append((True, True))
        elif text == "...":
            marks.append((before[-1:].isalnum(), False))  # "thing ..." -> "thing...", but "come . ..." keeps its space
        elif text[:1] in ("'", "’") and len(text) > 1 and before in ("O", "D"):
            marks.append((True, False))  # "O 'Reilly" -> "O'Reilly"
        elif _CLITIC.match(text) or text in _CLOSERS:
            marks.append((True, False))
        elif text in _OPENERS:
            marks.append((False, True))
        else:
            marks.append((False, False))
    return marks


def detokenize(tokens: Sequence[CatToken]) -> tuple[str, list[tuple[int, int]]]:
    """Readable text from tokens, and each token's (start, end) offsets in it.

    Each sentence becomes a paragraph (sentences separated by a blank line); within a sentence,
    tokens are joined by single spaces except around punctuation, clitics and quotes.
    `text[start:end] == token.text` holds for every token.
    """
    marks = _attachments([token.text for token in tokens])
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for i, token in enumerate(tokens):
        if i > 0:
            if token.sentence != tokens[i - 1].sentence:
                separator = "\n\n"
            elif marks[i - 1][1] or marks[i][0]:
                separator = ""
            else:
                separator = " "
            pieces.append(separator)
            length += len(separator)
        pieces.append(token.text)
        offsets.append((length, length + len(token.text)))
        length += len(token.text)
    return "".join(pieces), offsets


def to_report_text(document: CatDocument, published: date) -> str:
    """A CAT document as a kit `.txt` report with header lines (date, title, source, url).

    The title is sentence 0; the body starts at sentence 2, since sentence 1 is the dateline,
    which only repeats the date.
    """
    title, _ = detokenize(document.sentence_tokens(0))
    body, _ = detokenize(document.body_tokens())
    if "\n" in title or not title:
        raise ValueError(f"document {document.doc_id}: sentence 0 is not a one-line title: {title!r}")
    header = [
        f"date: {published.isoformat()}",
        f"title: {title}",
        "source: Wikinews",
        f"url: {document.url}",
    ]
    return "\n".join(header) + "\n\n" + body + "\n"


# --- a CAT document made readable, with its creation date ----------------------------------------------------

@dataclass(frozen=True)
class TaskDocument:
    """A CAT document made readable: its text, each CAT token's (start, end) in it, and its creation date."""

    cat: CatDocument
    published: date
    text: str
    offsets: tuple[tuple[int, int], ...]

    @property
    def doc_id(self) -> str:
        return self.cat.doc_id

    @cached_property
    def starts(self) -> list[int]:
        return [start for start, _ in self.offsets]

    def token_at(self, character: int) -> int | None:
        """The index of the CAT token covering `character`, or None between tokens."""
        index = bisect_right(self.starts, character) - 1
        if index >= 0 and self.offsets[index][0] <= character < self.offsets[index][1]:
            return index
        return None


def cat_files(cat_dir: str | Path) -> list[Path]:
    """The `*.xml` files of a folder, by name."""
    return sorted(path for path in Path(cat_dir).iterdir() if path.is_file() and path.suffix == ".xml")


def timeml_creation_times(cat_dir: str | Path) -> dict[str, str]:
    """DOCID -> raw DCT from the TimeML folder beside a CAT folder (`corpus_trackA_CAT` -> `corpus_trackA_TimeML`,
    `Corpus-trial-data_task4` -> `Corpus-trial-data_task4_TimeML`), or {} when there is none."""
    cat_dir = Path(cat_dir)
    names = [cat_dir.name.replace("CAT", "TimeML"), f"{cat_dir.name}_TimeML"]
    for name in names:
        folder = cat_dir.parent / name
        if name != cat_dir.name and folder.is_dir():
            found = {}
            for path in sorted(folder.glob("*.tml")):
                try:
                    doc_id, value = read_tml_dct(path)
                except (OSError, ValueError):
                    continue
                found.setdefault(doc_id, value)
            return found
    return {}


def read_task_document(path: str | Path, *, timeml_dcts: dict[str, str] | None = None) -> TaskDocument:
    """A CAT file with its creation date: the CAT's CREATION_TIME, else the TimeML DCT of the same DOCID,
    else the dateline (sentence 1). Raises ValueError when none of them gives a date."""
    cat = read_cat(path)
    if not cat.tokens:
        raise ValueError("no tokens")
    raw = read_cat_creation_time(path) or (timeml_dcts or {}).get(cat.doc_id)
    published = parse_dct(raw)[0] if raw else parse_dateline(cat.sentence_tokens(1))
    if published is None:
        raise ValueError("no creation time: no CREATION_TIME TIMEX3, no TimeML DCT, no dateline")
    text, offsets = detokenize(cat.tokens)
    return TaskDocument(cat, published, text, tuple(offsets))
