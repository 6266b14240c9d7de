"""Reading reports: files and folders in, Articles (text, date, title, boilerplate removed) out."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

SUFFIXES = {".txt": "txt", ".csv": "csv", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
MAX_BYTES = 50_000_000  # past this a "report" is a dump, not an article: refuse rather than stall

SEED_HEADER = re.compile(r"^[ \t]*date[ \t]+(\S+)[ \t]*(.*)$", re.IGNORECASE)
HEADER_LINE = re.compile(r"^[ \t]*(date|title|source|url)[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
ADVERTISEMENT = re.compile(r"^[ \t]*advertisement[ \t]*(?=\r?$)", re.IGNORECASE | re.MULTILINE)
# Only lines that are plainly link lists: "Related fighting was reported" is news, "Related:" is not.
TRAILER = re.compile(r"^[ \t]*(also read|read more|read also|related(?: articles| stories| news)?[ \t]*:)"
                     r".*", re.IGNORECASE | re.MULTILINE | re.DOTALL)
PARAGRAPH = re.compile(r"[^\r\n]+(?:\r?\n[^\r\n]+)*")  # blank-line separated runs of text (LF or CRLF)


@dataclass(frozen=True)
class Removed:
    """A stretch of an article's text left out of the analysis, kept for the record."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True)
class Article:
    """One report: its decoded `text` (what offsets index) and what was left out of it."""

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


class BadInput(ValueError):
    """Raised inside the readers; turned into a Rejected row at the boundary."""


def read_reports(inputs: Iterable[str | Path]) -> tuple[list[Article], list[Rejected]]:
    """Read files and folders (recursively, in sorted order) into Articles and Rejected rows.

    Never raises for bad input: every unreadable file becomes a Rejected row with the reason.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]  # one path, not a string to walk letter by letter
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for path in iter_report_files(inputs, rejected):
        try:
            found, bad_rows = read_file(path)
            articles.extend(found)
            rejected.extend(bad_rows)
        except BadInput as problem:
            rejected.append(Rejected(str(path), str(problem)))
        except (OSError, UnicodeError, ValueError) as problem:
            rejected.append(Rejected(str(path), f"{type(problem).__name__}: {problem}"))
    return articles, rejected


def iter_report_files(inputs: Iterable[str | Path], rejected: list[Rejected]) -> Iterator[Path]:
    """Yield the report files among `inputs`: named files as they are, folders walked sorted."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            # followlinks=False: a symlink loop in a user's folder cannot trap the walk
            for folder, subfolders, files in os.walk(path, followlinks=False):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                        yield Path(folder) / name
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                rejected.append(Rejected(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                                    f"the kit reads {', '.join(sorted(SUFFIXES))}"))
        else:
            rejected.append(Rejected(str(path), "no such file or folder"))


def read_file(path: Path) -> tuple[list[Article], list[Rejected]]:
    """Read one report file into one Article (or one per row for CSV/JSONL), with its bad rows."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise BadInput(f"file is too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if not data:
        raise BadInput("file is empty")
    kind = SUFFIXES[path.suffix.lower()]
    text = decode(data)
    if not text.strip():
        raise BadInput("file holds only white space")
    if kind == "txt":
        return [parse_txt(text, path=str(path))], []
    if kind == "html":
        return [parse_html(text, path=str(path))], []
    return parse_table(text, path=str(path), kind=kind)


def decode(data: bytes) -> str:
    """Decode report bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise BadInput("binary data (NUL bytes), not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise BadInput(f"not UTF-8 text (byte {problem.start}: {data[problem.start:problem.start + 1]!r})") from None


def parse_published(value: object) -> date | None:
    """A publication date from a header or column: ISO `YYYY-MM-DD` (or a longer ISO timestamp).

    Returns None when there is no date; raises BadInput for an impossible one (2022-13-45).
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            raise BadInput(f"impossible date {text!r}") from None
    if not re.search(r"\d{4}", text):
        # "today" or "Tuesday" would be read relative to the day the kit runs: not reproducible
        raise BadInput(f"unreadable date {text!r} (write it as YYYY-MM-DD)")
    parsed = pd.to_datetime(text, errors="coerce", format="mixed")
    if pd.isna(parsed):
        raise BadInput(f"unreadable date {text!r}")
    return parsed.date()


def make_article_id(text: str) -> str:
    """A stable id from the report's content: the same report read twice gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_txt(text: str, *, path: str) -> Article:
    """A `.txt` report: seed header (`date YYYY-MM-DD Headline`) or `key: value` header lines."""
    if not text.strip():
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
            cut_end = offset + header.start(2) if key == "title" and value else offset + len(stripped)
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
    published = parse_published(meta.get("date"))
    removed.extend(find_boilerplate(text, start=offset))
    return Article(
        article_id=make_article_id(text), path=path, format="txt", text=text, published=published,
        title=meta.get("title", "").strip(), source=meta.get("source", "").strip(),
        url=meta.get("url", "").strip(), removed=tuple(sorted(removed, key=lambda cut: cut.start)),
    )


def find_boilerplate(text: str, *, start: int = 0) -> list[Removed]:
    """Advertisement lines, `Also Read ...` trailers and paragraphs repeated word for word."""
    removed = [Removed(m.start(), m.end(), "advertisement", m.group()) for m in ADVERTISEMENT.finditer(text, start)]
    trailer = TRAILER.search(text, start)
    trailer_start = trailer.start() if trailer else len(text)
    if trailer:
        end = len(text.rstrip())
        removed.append(Removed(trailer.start(), end, "related-links trailer", text[trailer.start():end]))
    seen: set[str] = set()
    for paragraph in PARAGRAPH.finditer(text, start, trailer_start):
        key = " ".join(paragraph.group().split()).lower()
        if key == "advertisement":
            continue
        if key in seen:
            removed.append(Removed(paragraph.start(), paragraph.end(), "repeated paragraph", paragraph.group()))
        seen.add(key)
    return removed


def parse_html(text: str, *, path: str) -> Article:
    """An HTML page: main text, title and date extracted with trafilatura (scripts never kept)."""
    import trafilatura

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, as_dict=True)
    if not document or not (document.get("text") or "").strip():
        raise BadInput("HTML page with no readable main text")
    body = document["text"]
    title = (document.get("title") or "").strip()
    return Article(
        article_id=make_article_id(body), path=path, format="html", text=body,
        published=parse_published(document.get("date")), title=title,
        source=(document.get("sitename") or "").strip(), url=(document.get("url") or "").strip(),
    )


def parse_table(text: str, *, path: str, kind: str) -> tuple[list[Article], list[Rejected]]:
    """A CSV or JSONL file of reports: one per row, columns date, title, text (source, url).

    A bad row (wrong number of fields, not a JSON object, an impossible date) is refused on its
    own, naming its line; the good rows are read.
    """
    records, rejected = (csv_records if kind == "csv" else jsonl_records)(text, path=path)
    if records and not any("text" in record for _, record in records):
        columns = ", ".join(records[0][1]) or "none"
        raise BadInput(f"no 'text' column (columns: {columns})")
    articles = []
    for line, record in records:
        body = cell(record.get("text"))
        if not body.strip():
            rejected.append(Rejected(path, f"line {line}: row with no text"))
            continue
        try:
            published = parse_published(record.get("date"))
        except BadInput as problem:
            rejected.append(Rejected(path, f"line {line}: {problem}"))
            continue
        articles.append(Article(
            article_id=make_article_id(body), path=path, format=kind, text=body, row=line,
            published=published, title=cell(record.get("title")).strip(),
            source=cell(record.get("source")).strip(), url=cell(record.get("url")).strip(),
            removed=tuple(find_boilerplate(body)),
        ))
    if not articles and not rejected:
        raise BadInput("no row with text")
    return articles, rejected


def csv_records(text: str, *, path: str) -> tuple[list[tuple[int, dict]], list[Rejected]]:
    """(line number, row) for each CSV row; rows with the wrong number of fields are refused."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise BadInput("no header row") from None
    except csv.Error as problem:
        raise BadInput(f"unreadable CSV header ({problem})") from None
    records, rejected = [], []
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as problem:
            rejected.append(Rejected(path, f"line {reader.line_num}: unreadable CSV row ({problem})"))
            break  # the csv module cannot resynchronise after a broken quote
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            rejected.append(Rejected(path, f"line {reader.line_num}: row has {len(fields)} fields, "
                                           f"the header has {len(header)}"))
            continue
        records.append((reader.line_num, dict(zip(header, fields))))
    return records, rejected


def jsonl_records(text: str, *, path: str) -> tuple[list[tuple[int, dict]], list[Rejected]]:
    """(line number, object) for each JSON Lines record; lines that are not objects are refused."""
    records, rejected = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as problem:
            rejected.append(Rejected(path, f"line {number} is not JSON ({problem.msg})"))
            continue
        if not isinstance(record, dict):
            rejected.append(Rejected(path, f"line {number} is not a JSON object"))
            continue
        records.append((number, {str(key).strip().lower(): value for key, value in record.items()}))
    return records, rejected


def cell(value: object) -> str:
    """A table cell as text: missing values are empty, not 'nan'."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value if isinstance(value, str) else str(value)


def articles_table(articles: list[Article]) -> pd.DataFrame:
    """One row per article, the columns of `articles.csv`."""
    rows = [{
        "article_id": a.article_id, "path": a.path, "row": a.row, "format": a.format,
        "published": a.published.isoformat() if a.published else None, "title": a.title,
        "source": a.source, "url": a.url, "n_chars": len(a.text), "n_removed": len(a.removed), "text": a.text,
    } for a in articles]
    columns = ["article_id", "path", "row", "format", "published", "title", "source", "url", "n_chars",
               "n_removed", "text"]
    return pd.DataFrame(rows, columns=columns).astype({"row": "Int64"})


def removed_table(articles: list[Article]) -> pd.DataFrame:
    """Every stretch of boilerplate taken out, with its article and reason (`removed.csv`)."""
    rows = [{"article_id": a.article_id, "start": cut.start, "end": cut.end, "reason": cut.reason, "text": cut.text}
            for a in articles for cut in a.removed]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "reason", "text"])


def rejected_table(rejected: list[Rejected]) -> pd.DataFrame:
    """One row per refused input (`rejected.csv`)."""
    return pd.DataFrame([{"path": r.path, "reason": r.reason} for r in rejected], columns=["path", "reason"])
