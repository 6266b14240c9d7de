"""Reading reports: files and folders in, Articles (text, date, title, boilerplate removed) out."""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

SUFFIXES = {".txt": "txt", ".csv": "csv", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
MAX_BYTES = 50_000_000  # past this a "report" is a dump, not an article: refuse rather than stall

#: The columns of a CSV/JSONL table (and the `key:` header lines of a .txt report) that may hold its
#: publication date: the first that is present and not empty is read, names matched whatever their case
#: and the spaces around them. Exports name it as they please (the Voice of America corpus says
#: `published`), and a name missed leaves every report undated: hence the long list, and warnings.csv
#: when a table or folder gives no date at all.
DATE_COLUMNS = ("date", "published", "pubdate", "pub_date", "publication_date", "published_at", "datetime",
                "date_published")
#: The columns (and header lines) that may hold a report's headline, read the same way.
TITLE_COLUMNS = ("title", "headline")
HEADER_KEYS = (*DATE_COLUMNS, *TITLE_COLUMNS, "source", "url")
SEED_HEADER = re.compile(r"^[ \t]*date[ \t]+(\S+)[ \t]*(.*)$", re.IGNORECASE)
HEADER_LINE = re.compile(r"^[ \t]*(" + "|".join(sorted(HEADER_KEYS, key=len, reverse=True)) +
                         r")[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
ADVERTISEMENT = re.compile(r"^[ \t]*advertisement[ \t]*(?=\r?$)", re.IGNORECASE | re.MULTILINE)
# Only lines that are plainly link lists: "Related fighting was reported" is news, "Related:" is not.
TRAILER = re.compile(r"^[ \t]*(also read|read more|read also|related(?: articles| stories| news)?[ \t]*:)"
                     r".*", re.IGNORECASE | re.MULTILINE | re.DOTALL)
PARAGRAPH = re.compile(r"[^\r\n]+(?:\r?\n[^\r\n]+)*")  # blank-line separated runs of text (LF or CRLF)
# A subheading glued between two sentences when a page is flattened into one line ("... anti-Pakistan fighters.
# Recent attacks Since the beginning of the year, the BLA ..."): a short capitalised run after a sentence's end,
# followed by a word that opens sentences and a lowercase word. Not a sentence's own start ("And then I have
# found", "I am not sure I want"): a heading opens with no conjunction or pronoun, holds no verb "be" or "have",
# and ends on no function word ("In a letter last week to The Hague").
# Words that open a sentence of its own, never a heading: a conjunction or a pronoun.
SENTENCE_OPENERS = ("And", "But", "Or", "So", "I", "It", "It’s", "It's", "We", "He", "She", "They", "You", "There")
GLUED_HEADING = re.compile(
    r"[.!?][\"”’]? (?!(?:" + "|".join(SENTENCE_OPENERS) + r")\b)"
    r"([A-Z][\w’'&-]*(?: [\w’'&-]+){0,5}?) "
    r"(?=(?:Since|Then|The|In|On|A|An|But|After|As|At|For|However|When|While|Last|Earlier|He|She|They|It|We|This|"
    r"That|These|Those|According|During|Under|With|Meanwhile|Some|Many|More|Most|Other|Over|Before|Despite|"
    r"Although|Still|Yet|Now|Today|If|Instead|Among|Following|Amid|By|From|One|Two|Three|Several) [a-z0-9\"“]"
    r"|(?:A|An|The|One) [A-Z])")  # ("International reaction A U.S. State Department spokesperson expressed ...")
# A dateline opening a story: the place it was filed from in capitals, then a dash ("ISLAMABAD/PENTAGON — ",
# "MARANCHON, SPAIN — ", "KYIV, Ukraine (Reuters) - "). Left out, so that it is not read as the first sentence's
# subject.
DATELINE = re.compile(r"\s*([A-Z]{3,}[A-Z.'’-]*(?:[ /,]+[A-Z][\w.'’-]*){0,4}(?: \([^)\n]{1,30}\))?) ?[—–-] ")
HEADING_ENDS = {"to", "of", "before", "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "and", "or",
                "but", "that", "said", "says", "as", "than", "into", "about", "after"}
HEADING_VERBS = {"am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "’s", "'s"}
# White space and the characters that show nothing (zero-width space and joiners, word joiner, BOM):
# a file of nothing else holds no report.
BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")
# Control characters no text file holds (tab, line ends, form feed and Word's vertical-tab line break
# are text): many of them mean binary data.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
LONE_CR = re.compile(r"\r(?!\n)")
PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")  # what the csv module calls a line
# JSON can spell a lone UTF-16 surrogate ("\ud800"); no UTF-8 file can store one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
UNDATED = "undated: relative times left unresolved (no publication date)"
UNRESOLVABLE = 'relative dates ("Thursday", "the previous day") cannot be resolved'

# How files that are not text begin, whatever their name says: (first bytes, what the file is).
SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "image data (PNG)"),
    (b"\xff\xd8\xff", "image data (JPEG)"),
    (b"GIF87a", "image data (GIF)"),
    (b"GIF89a", "image data (GIF)"),
    (re.compile(rb"RIFF....WEBP", re.DOTALL), "image data (WebP)"),
    (b"II*\x00", "image data (TIFF)"),
    (b"MM\x00*", "image data (TIFF)"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "compressed data (gzip)"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx/.odt document)"),
    (b"\xfd7zXZ\x00", "compressed data (xz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program (ELF executable)"),
]
# Byte-order marks, longest first: UTF-32's little-endian mark starts with UTF-16's.
BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
        (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16")]


@dataclass(frozen=True)
class Removed:
    """A stretch of an article's text left out of the analysis, kept for the record."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True)
class Article:
    """One report: its decoded `text` (what offsets index) and what was left out of it.

    `notes` says what a reader of the tables should know about how it was read: a guessed
    encoding, old line ends, no publication date, the other files that held the same text.
    """

    article_id: str
    path: str
    format: str
    text: str
    published: date | None = None
    title: str = ""
    source: str = ""
    url: str = ""
    row: int | None = None
    removed: tuple[Removed, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    @property
    def body(self) -> str:
        """The text with removed stretches blanked out: same length, so offsets still hold."""
        chars = list(self.text)
        for cut in self.removed:
            for i in range(cut.start, cut.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True)
class Rejected:
    """An input the kit could not read, and why, in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class InputWarning:
    """An input read in full that is probably read wrong, and why (`warnings.csv`): a table or a folder
    none of whose reports has a publication date, so their relative dates cannot be resolved."""

    path: str
    warning: str


class BadInput(ValueError):
    """Raised inside the readers; turned into a Rejected row at the boundary."""


@dataclass
class FolderDates:
    """How many .txt/.html reports each folder gave, and how many had a publication date.

    One undated report is a note on its row; a folder where none is dated says the kit does not
    know how those reports give their date, which is worth a warning (tables are warned about
    by `parse_table`, which knows their columns).
    """

    reports: Counter[str] = field(default_factory=Counter)
    dated: Counter[str] = field(default_factory=Counter)

    def see(self, article: Article) -> None:
        """Count `article` under its folder if it is a .txt/.html report (tables are judged whole)."""
        if article.format in ("txt", "html"):
            folder = str(Path(article.path).parent)
            self.reports[folder] += 1
            self.dated[folder] += article.published is not None

    def warnings(self) -> list[InputWarning]:
        """One warning per folder whose reports were all read without a date, in the order met."""
        return [InputWarning(folder, undated_folder_warning(count))
                for folder, count in self.reports.items() if not self.dated[folder]]


def undated_folder_warning(reports: int) -> str:
    """What a folder of `reports` .txt/.html reports, none of them dated, is warned with."""
    which = ("the .txt/.html report read from this folder has no publication date" if reports == 1 else
             f"none of the {reports} .txt/.html reports read from this folder has a publication date")
    headers = ", ".join(f"{key}:" for key in DATE_COLUMNS)
    return (f"{which} (looked for a first line 'date YYYY-MM-DD Headline' or a header line {headers}; "
            f"in a web page, its metadata): {UNRESOLVABLE}")


def undated_table_warning(columns: Iterable[str]) -> str:
    """What a table none of whose rows is dated is warned with, naming the columns it has."""
    return (f"no row has a publication date (looked for columns: {', '.join(DATE_COLUMNS)}; "
            f"the table has: {', '.join(columns) or 'none'}): {UNRESOLVABLE}")


def read_reports(inputs: Iterable[str | Path], *,
                 warnings: list[InputWarning] | None = None) -> tuple[list[Article], list[Rejected]]:
    """Read files and folders (recursively, in sorted order) into Articles and Rejected rows.

    Never raises for bad input: every unreadable file becomes a Rejected row with the reason.
    `warnings`, if given, gets what was read but probably read wrong (see iter_reports).
    """
    rejected: list[Rejected] = []
    articles = list(iter_reports(inputs, rejected, warnings))
    return articles, rejected


def iter_reports(inputs: Iterable[str | Path], rejected: list[Rejected],
                 warnings: list[InputWarning] | None = None) -> Iterator[Article]:
    """read_reports one file at a time, for runs over more reports than fit in memory: yields
    the Articles and appends each refused input (or row) to `rejected` as it is met.

    `warnings`, if given, gets one InputWarning per CSV/JSONL table none of whose rows has a
    publication date (as the table is read) and one per folder none of whose .txt/.html reports
    has one (once every input is read: the generator must be run to its end).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]  # one path, not a string to walk letter by letter
    folders = FolderDates()
    for path in iter_report_files(inputs, rejected):
        try:
            found, bad_rows = read_file(path, warnings=warnings)
        except BadInput as problem:
            rejected.append(Rejected(str(path), str(problem)))
            continue
        except OSError as problem:
            rejected.append(Rejected(str(path), f"cannot be read ({problem.strerror or problem})"))
            continue
        except Exception as problem:  # noqa: BLE001 - one odd file must not stop a run over thousands
            rejected.append(Rejected(str(path), f"unexpected error while reading ({type(problem).__name__}: {problem})"))
            continue
        rejected.extend(bad_rows)
        for article in found:
            folders.see(article)
            yield article
    if warnings is not None:
        warnings.extend(folders.warnings())


def iter_report_files(inputs: Iterable[str | Path], rejected: list[Rejected]) -> Iterator[Path]:
    """Yield the report files among `inputs`: named files as they are, folders walked sorted.

    In a folder, hidden entries and files of other types are passed over; a file that cannot
    be opened as a file (a broken link, a named pipe) is added to `rejected`.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from walk_folder(path, rejected)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                rejected.append(Rejected(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                                    f"the kit reads {', '.join(sorted(SUFFIXES))}"))
        elif path.is_symlink():
            rejected.append(Rejected(str(path), f"broken symbolic link (to {os.readlink(path)})"))
        elif path.exists():
            rejected.append(Rejected(str(path), "not a regular file (a device, socket or named pipe)"))
        else:
            rejected.append(Rejected(str(path), "no such file or folder"))


def walk_folder(top: Path, rejected: list[Rejected]) -> Iterator[Path]:
    """The report files under `top`: each folder's files in name order, then its subfolders.

    Symbolic links are followed, to files and to folders, but no folder is read twice: a link
    back up the tree (a loop) or a second link to the same folder is passed over.
    """
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            status = folder.stat()
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as problem:
            rejected.append(Rejected(str(folder), f"folder cannot be read ({problem.strerror or problem})"))
            continue
        if (status.st_dev, status.st_ino) in seen:
            continue
        seen.add((status.st_dev, status.st_ino))
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir()  # follows a symbolic link
            except OSError:
                is_folder = False
            if is_folder:
                subfolders.append(path)
            elif path.suffix.lower() in SUFFIXES:
                if path.is_file():
                    yield path
                elif entry.is_symlink() and not path.exists():
                    rejected.append(Rejected(str(path), f"broken symbolic link (to {os.readlink(path)})"))
                else:
                    rejected.append(Rejected(str(path), "not a regular file (a device, socket or named pipe)"))
        stack.extend(reversed(subfolders))


def read_file(path: Path, *, warnings: list[InputWarning] | None = None) -> tuple[list[Article], list[Rejected]]:
    """Read one report file into one Article (or one per row for CSV/JSONL), with its bad rows;
    a table none of whose rows is dated adds a warning to `warnings` (if given)."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise BadInput("not a regular file (a device, socket or named pipe)")
    if status.st_size > MAX_BYTES:  # asked before reading: a 5 GB dump is never loaded
        raise BadInput(f"file is too large ({status.st_size:,} bytes; the limit is {MAX_BYTES:,})")
    with open(path, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise BadInput(f"file is too large (over {MAX_BYTES:,} bytes)")
    if not data:
        raise BadInput("file is empty")
    kind = SUFFIXES[path.suffix.lower()]
    text, notes = decode(data)
    if is_blank(text):
        raise BadInput("file holds only white space")
    if LONE_CR.search(text):
        # old Mac line ends: one character for one, so every offset still indexes the same text
        text = LONE_CR.sub("\n", text)
        notes += ("line ends: lone CR (old Mac) read as LF",)
    if kind == "txt" and HTML_START.match(text):
        kind = "html"
        notes += ("an HTML page named .txt: read as HTML",)
    if kind == "txt":
        articles, bad_rows = [parse_txt(text, path=str(path))], []
    elif kind == "html":
        articles, bad_rows = [parse_html(text, path=str(path))], []
    else:
        articles, bad_rows = parse_table(text, path=str(path), kind=kind, warnings=warnings)
    return [with_notes(article, *notes, *([] if article.published else [UNDATED])) for article in articles], bad_rows


def with_notes(article: Article, *notes: str) -> Article:
    """The article with `notes` added after the ones it has (none repeated)."""
    added = tuple(note for note in notes if note not in article.notes)
    return replace(article, notes=article.notes + added) if added else article


def unique(articles: list[Article]) -> list[Article]:
    """The same report read twice (same text) counts once: the first path read wins, and its
    `notes` name every other place the text was found."""
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.article_id)
        if first is None:
            kept[article.article_id] = article
        else:
            kept[article.article_id] = with_notes(first, duplicate_note(article))
    return list(kept.values())


def unique_stream(articles: Iterable[Article], duplicates: dict[str, list[str]]) -> Iterator[Article]:
    """`unique` as the articles come: the first of each text is yielded, and the notes owed to
    it for later copies are collected in `duplicates` (by article_id) to be added at the end."""
    seen: set[str] = set()
    for article in articles:
        if article.article_id in seen:
            duplicates.setdefault(article.article_id, []).append(duplicate_note(article))
        else:
            seen.add(article.article_id)
            yield article


def duplicate_note(copy: Article) -> str:
    where = copy.path if copy.row is None else f"{copy.path} line {copy.row}"
    return f"duplicate: {where} has the same text (read once)"


def is_blank(text: str) -> bool:
    """True when `text` shows nothing: white space and zero-width characters only."""
    return BLANK.fullmatch(text) is not None


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Report bytes as text, and notes on how they were read.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one (told by its
    zero bytes), else cp1252 (Windows' Western European, a superset of Latin-1's printable
    characters), else Latin-1; the last three are noted. Raises BadInput for images, archives,
    other binary data and malformed UTF-16/32.
    """
    for signature, what in SIGNATURES:
        if data.startswith(signature) if isinstance(signature, bytes) else signature.match(data):
            raise BadInput(f"{what}, not a text report")
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as problem:
                raise BadInput(f"not valid {name} text ({problem.reason} at byte {problem.start + len(bom)})") from None
            return check_text(text), ()
    codec = utf16_without_bom(data)
    if codec:
        try:
            return check_text(data.decode(codec)), (f"decoded as {codec.upper()} (no byte-order mark)",)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged as bytes below
    if b"\x00" in data:
        raise BadInput("binary data (NUL bytes), not a text report")
    try:
        return check_text(data.decode("utf-8")), ()
    except UnicodeDecodeError as problem:
        first_bad = f"byte {problem.start}: {data[problem.start:problem.start + 1]!r}"
    try:
        text, codec = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "Latin-1"
    return check_text(text), (f"decoded as {codec}: not UTF-8 ({first_bad})",)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like mostly-Latin UTF-16 with no BOM, else None.

    In such text most characters are ASCII, so most of every other byte is zero (the high byte).
    """
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
    if odd_zeros >= 0.6 * pairs and even_zeros <= 0.02 * pairs:
        return "utf-16-le"
    if even_zeros >= 0.6 * pairs and odd_zeros <= 0.02 * pairs:
        return "utf-16-be"
    return None


def check_text(text: str) -> str:
    """`text` itself, or BadInput when control characters say it is binary data read as text."""
    controls = CONTROL.subn("", text)[1]
    if "\x00" in text or controls > 2 + len(text) // 100:
        what = "NUL bytes" if "\x00" in text else f"{controls:,} control characters"
        raise BadInput(f"binary data ({what}), not a text report")
    return text


def parse_published(value: object) -> date | None:
    """A publication date from a header or column: ISO `YYYY-MM-DD` (or a longer ISO timestamp,
    `2025-03-14 20:28:39Z`, `2025-03-14T23:10:00-05:00`), or any other form with a four-digit year
    (`Fri, 14 Mar 2025 20:28:39 GMT`, `14 March 2025`).

    A timestamp gives the calendar day as written, in the report's own time zone, never converted
    to UTC: the report's "Thursday" and "yesterday" are counted from its own local day.
    Returns None when there is no date; raises BadInput for an impossible one (2022-13-45).
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    # the date part only: a time and zone after it ("20:28:39Z", "-05:00") must not move the day
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            raise BadInput(f"impossible date {text!r}") from None
    if not re.search(r"\d{4}", text):
        # "today" or "Tuesday" would be read relative to the day the kit runs: not reproducible
        raise BadInput(f"unreadable date {text!r} (write it as YYYY-MM-DD)")
    try:
        parsed = pd.to_datetime(text, errors="coerce", format="mixed")
    except (ValueError, OverflowError, TypeError):  # pandas' own errors for dates out of its range
        parsed = pd.NaT
    if pd.isna(parsed):
        raise BadInput(f"unreadable date {text!r}")
    return parsed.date()  # in the zone the text gave (an aware Timestamp keeps it), not UTC


def make_article_id(text: str) -> str:
    """A stable id from the report's content: the same report read twice gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def parse_txt(text: str, *, path: str) -> Article:
    """A `.txt` report: seed header (`date YYYY-MM-DD Headline`) or `key: value` header lines
    (HEADER_KEYS: a date under any of DATE_COLUMNS, a title under TITLE_COLUMNS, source, url)."""
    if is_blank(text):
        raise BadInput("file holds only white space")
    meta: dict[str, str] = {}
    removed: list[Removed] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if not stripped.strip():
            offset += len(line)
            if meta:
                break  # the blank line after header lines ends the header
            continue
        header = HEADER_LINE.match(stripped)
        seed = SEED_HEADER.match(stripped) if not meta else None
        if header and header.group(1).lower() not in meta:
            key, value = header.group(1).lower(), header.group(2)
            meta[key] = value
            # the title stays in the analysed text (headlines carry events); the label goes
            cut_end = offset + header.start(2) if key in TITLE_COLUMNS and value else offset + len(stripped)
            removed.append(Removed(offset, cut_end, f"{key} header", text[offset:cut_end]))
        elif seed and re.match(r"^\d", seed.group(1)):
            meta["date"] = seed.group(1)
            meta["title"] = seed.group(2).strip()
            title_at = offset + seed.start(2) if seed.group(2) else offset + len(stripped)
            removed.append(Removed(offset, title_at, "date header", text[offset:title_at]))
            break
        else:
            break
        offset += len(line)
    published = parse_published(first_filled(meta, DATE_COLUMNS))
    removed.extend(find_boilerplate(text, start=offset))
    article = Article(
        article_id=make_article_id(text), path=path, format="txt", text=text, published=published,
        title=cell(first_filled(meta, TITLE_COLUMNS)).strip(), source=meta.get("source", "").strip(),
        url=meta.get("url", "").strip(), removed=tuple(sorted(removed, key=lambda cut: cut.start)),
    )
    if is_blank(article.body):
        raise BadInput("no report text: only a header or boilerplate")
    return article


SENTENCE_END = re.compile(r"[.!?][\"”’]? (?=[A-Z])")
HEADING_WORD = re.compile(r"[A-Za-z][\w’'&-]*")


def echoed_headings(text: str, start: int, end: int) -> list[Removed]:
    """Subheadings glued between sentences that the next sentence echoes: it opens with the heading's first
    word ("David Gee David Gee migrated from China") or a longer form of its last ("Sovereignty negotiations
    Negotiations between Britain and Mauritius", "Role of Russia Russian President Vladimir Putin")."""
    found = []
    for end_mark in SENTENCE_END.finditer(text, start, end):
        words = text[end_mark.end():end_mark.end() + 100].split(" ")
        if words[0] in SENTENCE_OPENERS or words[0] in {"The", "A", "An"}:
            continue
        for size in range(1, min(6, len(words) - 1)):
            heading, following = words[:size], words[size]
            if not HEADING_WORD.fullmatch(heading[-1]):
                break
            first, last, next_word = heading[0].lower(), heading[-1].lower(), following.lower()
            longer = next_word.startswith(last) and next_word[len(last):len(last) + 1] not in {"’", "'"}
            if following[:1].isupper() and ((size > 1 and next_word == first) or (len(last) > 3 and longer)):
                length = len(" ".join(heading))
                found.append(Removed(end_mark.end(), end_mark.end() + length, "glued heading", " ".join(heading)))
                break
    return found


def find_boilerplate(text: str, *, start: int = 0) -> list[Removed]:
    """Advertisement lines, `Also Read ...` trailers, a dateline, subheadings glued between sentences and
    paragraphs repeated word for word."""
    removed = [Removed(m.start(), m.end(), "advertisement", m.group()) for m in ADVERTISEMENT.finditer(text, start)]
    trailer = TRAILER.search(text, start)
    trailer_start = trailer.start() if trailer else len(text)
    if trailer:
        end = len(text.rstrip())
        removed.append(Removed(trailer.start(), end, "related-links trailer", text[trailer.start():end]))
    dateline = DATELINE.match(text, start)
    if dateline:
        removed.append(Removed(dateline.start(1), dateline.end(), "dateline", text[dateline.start(1):dateline.end()]))
    for glued in GLUED_HEADING.finditer(text, start, trailer_start):
        words = glued.group(1).lower().split()
        # (nor on a past tense, which takes the name after it as its object: "Trump also attacked The Wall ...")
        if words[-1] not in HEADING_ENDS and not HEADING_VERBS & set(words) and not words[-1].endswith("ed"):
            removed.append(Removed(glued.start(1), glued.end(1), "glued heading", glued.group(1)))
    glued = {cut.start for cut in removed}
    removed.extend(cut for cut in echoed_headings(text, start, trailer_start) if cut.start not in glued)
    seen: set[str] = set()
    for paragraph in PARAGRAPH.finditer(text, start, trailer_start):
        key = " ".join(paragraph.group().split()).lower()
        if key == "advertisement" or not key:
            continue
        if key in seen:
            removed.append(Removed(paragraph.start(), paragraph.end(), "repeated paragraph", paragraph.group()))
        seen.add(key)
    return removed


def parse_html(text: str, *, path: str) -> Article:
    """An HTML page: main text, title and date extracted with trafilatura (scripts never kept)."""
    import trafilatura

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, as_dict=True)
    if not document or is_blank(document.get("text") or ""):
        raise BadInput("HTML page with no readable main text")
    body = document["text"]
    title = (document.get("title") or "").strip()
    return Article(
        article_id=make_article_id(body), path=path, format="html", text=body,
        published=parse_published(document.get("date")), title=title,
        source=(document.get("sitename") or "").strip(), url=(document.get("url") or "").strip(),
    )


def parse_table(text: str, *, path: str, kind: str,
                warnings: list[InputWarning] | None = None) -> tuple[list[Article], list[Rejected]]:
    """A CSV or JSONL file of reports: one per row, columns text, a date (the first of DATE_COLUMNS
    present and not empty), a title (TITLE_COLUMNS), source and url. Column names are read
    whatever their case; a table with `author` or `section` but no `source` has no source.

    A bad row (wrong number of fields, not a JSON object, an impossible date) is refused on its
    own, naming its line; the good rows are read. When rows were read but none has a date, a
    warning naming the table's columns is added to `warnings` (if given).
    """
    records, rejected = (csv_records if kind == "csv" else jsonl_records)(text, path=path)
    if records and not any("text" in record for _, record in records):
        columns = ", ".join(records[0][1]) or "none"
        raise BadInput(f"no 'text' column (columns: {columns})")
    articles = []
    for line, record in records:
        body = cell(record.get("text"))
        if is_blank(body):
            rejected.append(Rejected(path, f"line {line}: row with no text"))
            continue
        try:
            published = parse_published(first_filled(record, DATE_COLUMNS))
        except BadInput as problem:
            rejected.append(Rejected(path, f"line {line}: {problem}"))
            continue
        article = Article(
            article_id=make_article_id(body), path=path, format=kind, text=body, row=line,
            published=published, title=cell(first_filled(record, TITLE_COLUMNS)).strip(),
            source=cell(record.get("source")).strip(), url=cell(record.get("url")).strip(),
            removed=tuple(find_boilerplate(body)),
        )
        if is_blank(article.body):
            rejected.append(Rejected(path, f"line {line}: no report text, only boilerplate"))
            continue
        articles.append(article)
    if not articles and not rejected:
        raise BadInput("no row with text")
    if warnings is not None and articles and not any(article.published for article in articles):
        columns = dict.fromkeys(column for _, record in records for column in record)  # in order, once each
        warnings.append(InputWarning(path, undated_table_warning(columns)))
    return articles, rejected


def first_filled(record: dict, columns: tuple[str, ...]) -> object:
    """The value of the first of `columns` that `record` has and that is not empty, else None.

    `record`'s keys are lower case with no spaces around them (as csv_records, jsonl_records and
    parse_txt make them), so "Published " and "published" are one column.
    """
    for column in columns:
        value = record.get(column)
        if cell(value).strip():
            return value
    return None


def csv_delimiter(header_line: str) -> str:
    """The delimiter of a CSV file: a comma, unless the header only names a `text` column when cut
    at semicolons, tabs or bars (spreadsheets in many locales export `;`)."""
    for delimiter in (",", ";", "\t", "|"):
        if "text" in (column.strip().strip('"').strip().lower() for column in header_line.split(delimiter)):
            return delimiter
    return ","


def csv_records(text: str, *, path: str) -> tuple[list[tuple[int, dict]], list[Rejected]]:
    """(line number, row) for each CSV row; bad rows are refused naming their line, the rest read.

    A row is numbered by the line it starts on (a quoted cell may run over several lines). A row
    the csv module cannot parse (a stray or unclosed quote) is refused and reading starts again
    on the line after the one it started on, so one broken quote does not swallow the file.
    """
    delimiter = csv_delimiter(text.split("\n", 1)[0])
    lines = PHYSICAL_LINE.findall(text)

    def reader_from(index: int):
        return csv.reader((lines[i] for i in range(index, len(lines))), delimiter=delimiter, strict=True)

    records, rejected = [], []
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_BYTES))  # a long report in one cell is no error; put back below
    try:
        reader = reader_from(0)
        try:
            header = [column.strip().lower() for column in next(reader)]
        except StopIteration:
            raise BadInput("no header row") from None
        except csv.Error as problem:
            raise BadInput(f"unreadable CSV header ({problem})") from None
        start = reader.line_num  # lines before the reader's first
        reader = reader_from(start)
        while True:
            first_line = start + reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as problem:
                rejected.append(Rejected(path, f"line {first_line}: unreadable CSV row ({problem})"))
                start, reader = first_line, reader_from(first_line)
                continue
            last_line = start + reader.line_num
            lines_said = f"line {first_line}" if last_line == first_line else f"lines {first_line}-{last_line}"
            if not any(field.strip() for field in fields):
                continue
            if len(fields) != len(header):
                rejected.append(Rejected(path, f"{lines_said}: row has {len(fields)} fields, "
                                               f"the header has {len(header)}"))
                continue
            records.append((first_line, dict(zip(header, fields))))
    finally:
        csv.field_size_limit(limit)
    return records, rejected


def jsonl_records(text: str, *, path: str) -> tuple[list[tuple[int, dict]], list[Rejected]]:
    """(line number, object) for each JSON Lines record; lines that are not objects are refused."""
    records, rejected = [], []
    # split at LF only: JSON strings may hold U+2028 and other characters str.splitlines() cuts at
    for number, line in enumerate(text.split("\n"), start=1):
        if is_blank(line):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as problem:
            rejected.append(Rejected(path, f"line {number} is not JSON ({problem.msg})"))
            continue
        except RecursionError:
            rejected.append(Rejected(path, f"line {number} is not JSON (nested too deeply)"))
            continue
        if not isinstance(record, dict):
            rejected.append(Rejected(path, f"line {number} is not a JSON object"))
            continue
        if any(isinstance(value, str) and LONE_SURROGATE.search(value) for value in record.values()):
            rejected.append(Rejected(path, f"line {number} holds a broken \\u escape (a lone surrogate)"))
            continue
        records.append((number, {str(key).strip().lower(): value for key, value in record.items()}))
    return records, rejected


def cell(value: object) -> str:
    """A table cell as text: missing values are empty, not 'nan'."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value if isinstance(value, str) else str(value)


def shown_path(path: str) -> str:
    """A path as text that can be written anywhere: bytes of a file name that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def articles_table(articles: list[Article]) -> pd.DataFrame:
    """One row per article, the columns of `articles.csv`."""
    rows = [{
        "article_id": a.article_id, "path": shown_path(a.path), "row": a.row, "format": a.format,
        "published": a.published.isoformat() if a.published else None, "title": a.title,
        "source": a.source, "url": a.url, "n_chars": len(a.text), "n_removed": len(a.removed),
        "notes": "; ".join(shown_path(note) for note in a.notes), "text": a.text,
    } for a in articles]
    columns = ["article_id", "path", "row", "format", "published", "title", "source", "url", "n_chars",
               "n_removed", "notes", "text"]
    return pd.DataFrame(rows, columns=columns).astype({"row": "Int64"})


def removed_table(articles: list[Article]) -> pd.DataFrame:
    """Every stretch of boilerplate taken out, with its article and reason (`removed.csv`)."""
    rows = [{"article_id": a.article_id, "start": cut.start, "end": cut.end, "reason": cut.reason, "text": cut.text}
            for a in articles for cut in a.removed]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "reason", "text"])


def rejected_table(rejected: list[Rejected]) -> pd.DataFrame:
    """One row per refused input (`rejected.csv`)."""
    return pd.DataFrame([{"path": shown_path(r.path), "reason": shown_path(r.reason)} for r in rejected],
                        columns=["path", "reason"])


def warnings_table(warnings: list[InputWarning]) -> pd.DataFrame:
    """One row per input read but probably read wrong (`warnings.csv`)."""
    return pd.DataFrame([{"path": shown_path(w.path), "warning": shown_path(w.warning)} for w in warnings],
                        columns=["path", "warning"])
