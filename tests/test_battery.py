"""A battery of awkward inputs through `python -m helpers run`: every file read or refused with a reason,
no traceback, every offset pointing at its text, and not one input byte changed.

The inputs are made here, in a temporary folder; docs/robustness.md lists them with the outcome each
expects. The run is one subprocess shared by the tests of this module.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import random
import re
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from helpers.paths import ROOT
from helpers.pipeline import PIECE_CHARS
from helpers.reading import MAX_BYTES, shown_path

REPORT = ("Ukrainian forces entered Izium on Saturday after Russian troops withdrew from the city, "
          "a senior US military official said. The previous day, Russian artillery shelled Kharkiv.\n")
HEADER = "title: {title}\ndate: 2022-09-{day:02d}\nsource: Reuters\n\n"


def report(title: str, day: int = 10, body: str = REPORT) -> str:
    """A header-format report; the title makes each one's text (and so its id) its own."""
    return HEADER.format(title=title, day=day) + body


def png() -> bytes:
    """A real 2x2 PNG, made by hand (signature, IHDR, IDAT, IEND)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg() -> bytes:
    from PIL import Image  # a dependency of matplotlib

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def random_bytes() -> bytes:
    """Binary noise with no NUL byte (so only the control-character count gives it away)."""
    generator = random.Random(6)
    return bytes(generator.choice(range(1, 256)) for _ in range(4000))


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Izium retaken</title>
<meta property="article:published_time" content="2022-09-11T08:00:00Z">
<style>body { color: red } .nav { display: none }</style>
<script>var tracker = "SCRIPT_TEXT"; document.write("<p>SCRIPT_TEXT</p>");</script></head>
<body><nav class="nav"><a href="/">Home</a> | <a href="/world">World</a></nav>
<!-- a comment the reader never sees: COMMENT_TEXT -->
<article><h1>Izium retaken</h1>
<p>Ukrainian forces entered Izium on Saturday after Russian troops withdrew from the city, officials said.</p>
<script>alert("SCRIPT_TEXT")</script>
<p>The previous day, Russian artillery shelled residential districts of Kharkiv, wounding several people.</p>
</article><footer>Copyright 2022</footer></body></html>"""

PAYLOAD = ("title: <script>alert('title')</script> Izium retaken\ndate: 2022-09-12\nsource: <b>Reuters</b>\n\n"
           "Ukrainian forces entered Izium <script>alert(1)</script> on Saturday, officials said.\n\n"
           "<img src=x onerror=alert(2)> Russian troops withdrew from Balakliia, "
           '<a href="javascript:alert(3)">a spokesman</a> said.\n')


@dataclass(frozen=True)
class Awkward:
    """One awkward input: where it goes in the battery, its bytes, and what the kit must do with it.

    expect: "read" (a row in articles.csv; `note` in its notes), "duplicate" (read once: a note on
    the first copy names it), "refused" (one row in rejected.csv and one stderr line whose
    reason contains `reason`), "partly" (read, and some rows refused with `reason`), or
    "skipped" (not a report: passed over in silence, like a .md file or a hidden one).
    """

    name: str
    content: bytes | None  # None: made by `special` below (links, pipes, sparse files)
    expect: str
    reason: str = ""
    note: str = ""
    rows: int = 1  # articles it gives when read


def battery() -> list[Awkward]:
    """The awkward inputs, in the order of the table in docs/robustness.md."""
    utf8 = report("plain UTF-8", 8).encode("utf-8")
    curly = report("Kyiv’s “counter-offensive” costs €1bn", 9).replace("officials", "officials’")
    accents = report("Réfugiés à Kharkiv: ça continue, Straße gesperrt", 10)
    long_paragraph = "Ukrainian forces entered Izium on Saturday after Russian troops withdrew. "
    long_report = report("a report parsed in pieces", 13, "\n\n".join(
        f"Paragraph {i}: Ukrainian forces entered Izium on Saturday. Russian troops withdrew from Lyman, "
        f"officials said on Telegram." for i in range(350)) + "\n")
    return [
        # encodings
        Awkward("enc/utf8.txt", utf8, "read"),
        Awkward("enc/utf8-bom.txt", b"\xef\xbb\xbf" + report("UTF-8 with BOM", 8).encode("utf-8"), "read"),
        Awkward("enc/utf16-le-bom.txt", ("\ufeff" + report("UTF-16 LE", 8)).encode("utf-16-le"), "read"),
        Awkward("enc/utf16-be-bom.txt", ("\ufeff" + report("UTF-16 BE", 8)).encode("utf-16-be"), "read"),
        Awkward("enc/utf16-le-no-bom.txt", report("UTF-16 without BOM", 8).encode("utf-16-le"), "read",
                note="decoded as UTF-16-LE"),
        Awkward("enc/utf32-bom.txt", ("\ufeff" + report("UTF-32", 8)).encode("utf-32-le"), "read"),
        Awkward("enc/cp1252.txt", curly.encode("cp1252"), "read", note="decoded as cp1252"),
        Awkward("enc/latin1.txt", accents.encode("latin-1"), "read", note="decoded as cp1252"),
        Awkward("enc/latin1-c1.txt", report("Latin-1 with a C1 byte", 10).encode("latin-1").replace(b"Reuters",
                b"Reuters\x81"), "read", note="decoded as Latin-1"),
        Awkward("enc/utf16-odd-length.txt", ("\ufeff" + report("broken UTF-16", 8)).encode("utf-16-le") + b"x",
                "refused", reason="not valid UTF-16 text"),
        # line ends and characters
        Awkward("text/crlf.txt", report("CRLF line ends", 9).replace("\n", "\r\n").encode(), "read"),
        Awkward("text/cr-only.txt", report("old Mac line ends", 9).replace("\n", "\r").encode(), "read",
                note="lone CR"),
        Awkward("text/mixed-newlines.txt", report("mixed line ends", 9).replace("\n\n", "\r\n\r").encode(),
                "read", note="lone CR"),
        Awkward("text/tabs-and-form-feed.txt", report("tabs\tand form feeds", 9,
                "Ukrainian\tforces entered Izium.\f\nRussian troops\twithdrew from Lyman.\n").encode(), "read"),
        Awkward("text/zero-width.txt", report("zero\u200bwidth", 9, "Ukrainian\u200b forces\u200d entered "
                "Izium\u2060 on Saturday.\ufeff Russian troops withdrew.\n").encode(), "read"),
        Awkward("text/nbsp.txt", report("no-break\u00a0spaces", 9, "Ukrainian\u00a0forces entered\u00a0Izium "
                "on\u202fSaturday.\n").encode(), "read"),
        Awkward("text/rtl.txt", report("right-to-left", 9, "\u202eUkrainian forces entered Izium.\u202c "
                "قالت القوات الأوكرانية إنها دخلت إيزيوم. הכוחות נכנסו לאיזיום\u200f.\n").encode(), "read"),
        Awkward("text/emoji.txt", report("emoji 🇺🇦 👩‍👩‍👧", 9, "🇺🇦 Ukrainian forces 💪🏽 entered Izium "
                "on Saturday 🎉, officials said 👩‍👩‍👧.\n").encode(), "read"),
        Awkward("text/very-long-line.txt", report("one long line", 11, long_paragraph * 330 + "\n").encode(),
                "read"),
        Awkward("text/long-report.txt", long_report.encode(), "read"),
        Awkward("text/payload.txt", PAYLOAD.encode(), "read"),
        Awkward("text/name with spaces – ünïcödé 📰.txt", report("unicode file name", 11).encode(), "read"),
        Awkward(os.fsdecode(b"text/bad-bytes-\xff-name.txt"), report("file name not UTF-8", 11).encode(), "read"),
        # dates and headers
        Awkward("dates/impossible-date.txt", b" date 2022-13-45 Headline\n\nUkrainian forces entered Izium.\n",
                "refused", reason="impossible date '2022-13-45'"),
        Awkward("dates/undated.txt", (REPORT + "The day before, troops withdrew.\n").encode(), "read",
                note="undated"),
        Awkward("dates/headline-only.txt", b" date 2022-09-14 Ukrainian forces enter Izium\n", "read"),
        Awkward("dates/header-only.txt", b"date: 2022-09-14\nsource: AP\n", "refused",
                reason="no report text: only a header or boilerplate"),
        # HTML
        Awkward("html/page.html", HTML_PAGE.encode(), "read"),
        Awkward("html/no-article.html", b"<html><head><title>x</title><script>alert(1)</script></head>"
                b"<body><div></div><script>alert(2)</script></body></html>", "refused", reason="HTML page with no readable main text"),
        Awkward("html/saved-as.txt", HTML_PAGE.encode(), "duplicate", note="HTML page named .txt"),
        # tables
        Awkward("tables/bad-row.csv", b"date,title,text\n2022-09-10,One,Ukrainian forces entered Izium.\n"
                b"2022-09-11,Two,too,many,fields\n2022-09-12,Three,Russian troops withdrew.\n", "partly",
                reason="line 3: row has 5 fields, the header has 3", rows=2),
        Awkward("tables/quoted-newlines.csv", b'date,title,text\n2022-09-10,"Izium, retaken","Ukrainian forces '
                b'entered Izium.\n\nRussian troops, it was said, ""withdrew"".\r\nMore."\n', "read"),
        Awkward("tables/no-text-column.csv", b"date,title,body\n2022-09-13,One,First report.\n", "refused",
                reason="no 'text' column (columns: date, title, body)"),
        Awkward("tables/bom.csv", b"\xef\xbb\xbfdate,title,text\n2022-09-10,BOM,Troops entered Kupiansk.\n", "read"),
        Awkward("tables/semicolons.csv", "date;title;text\n2022-09-10;Semicolons;Troops entered Lyman, "
                "officials said.\n".encode("cp1252"), "read"),
        Awkward("tables/unclosed-quote.csv", b'date,title,text\n2022-09-10,Good,Troops entered Lyman.\n'
                b'2022-09-11,Bad,"Troops entered\n2022-09-12,Lost,Troops left.\n', "partly",
                reason="line 3: unreadable CSV row (unexpected end of data)", rows=2),
        Awkward("tables/header-only.csv", b"date,title,text\n", "refused", reason="no row with text"),
        Awkward("tables/broken-line.jsonl", b'{"date": "2022-09-10", "text": "Troops entered Izium."}\n'
                b'{"date": "2022-09-11", "text": \n', "partly", reason="line 2 is not JSON"),
        Awkward("tables/not-objects.jsonl", b'["Troops entered Izium.", "2022-09-10"]\n', "refused",
                reason="line 1 is not a JSON object"),
        Awkward("tables/u2028.jsonl", '{"date": "2022-09-10", "text": "Troops entered Izium.\u2028Russian '
                'troops withdrew.\u2029 Officials said so."}\n'.encode(), "read"),
        Awkward("tables/lone-surrogate.jsonl", b'{"date": "2022-09-10", "text": "bad \\ud800 escape"}\n'
                b'{"date": "2022-09-11", "text": "Troops entered Balakliia."}\n', "partly",
                reason="line 1 holds a broken \\u escape", rows=1),
        Awkward("tables/nested-too-deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n", "refused",
                reason="line 1 is not JSON (nested too deeply)"),
        # not text at all
        Awkward("junk/empty.txt", b"", "refused", reason="file is empty"),
        Awkward("junk/whitespace.txt", b"  \n\t\r\n   \n", "refused", reason="file holds only white space"),
        Awkward("junk/invisible.txt", "\u200b\u00a0\n\u2060\u200d \n".encode(), "refused",
                reason="file holds only white space"),
        Awkward("junk/binary.txt", b"abc\x00\x01\x02def\x00" * 50, "refused", reason="binary data (NUL bytes)"),
        Awkward("junk/noise.txt", random_bytes(), "refused", reason="control characters), not a text report"),
        Awkward("junk/png-renamed.txt", png(), "refused", reason="image data (PNG), not a text report"),
        Awkward("junk/jpeg-renamed.txt", jpeg(), "refused", reason="image data (JPEG), not a text report"),
        Awkward("junk/gzip-renamed.txt", gzip.compress(utf8, mtime=0), "refused", reason="compressed data (gzip)"),
        Awkward("junk/pdf-renamed.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "refused",
                reason="a PDF document"),
        Awkward("junk/huge.txt", None, "refused", reason="file is too large"),
        Awkward("junk/named-pipe.txt", None, "refused", reason="not a regular file"),
        # folders and links
        Awkward("links/duplicate-of-utf8.txt", utf8, "duplicate"),
        Awkward("links/link-to-outside.txt", None, "read"),
        Awkward("links/broken-link.txt", None, "refused", reason="broken symbolic link"),
        Awkward("links/linked-folder", None, "read"),
        Awkward("links/loop", None, "read"),
        Awkward("links/folder.txt/inside-a-folder-named-txt.txt", report("in a folder named .txt", 12).encode(),
                "read"),
        Awkward("links/" + "/".join(f"d{i}" for i in range(40)) + "/deep.txt", report("forty folders down", 12)
                .encode(), "read"),
        Awkward("links/.hidden-draft.txt", report("a hidden draft", 12).encode(), "skipped"),
        Awkward("links/notes.md", b"# not a report\n", "skipped"),
    ]


OUTSIDE_REPORT = report("reached through a link", 12)
LINKED_REPORT = report("in a linked folder", 12)
LOOP_REPORT = report("inside a folder that links back up", 12)


def make_battery(folder: Path, outside: Path) -> list[Awkward]:
    """Write every awkward input under `folder` (link targets under `outside`)."""
    inputs = battery()
    outside.mkdir(parents=True, exist_ok=True)
    for item in inputs:
        path = folder / item.name
        path.parent.mkdir(parents=True, exist_ok=True)
        if item.content is not None:
            path.write_bytes(item.content)
        elif path.name == "huge.txt":
            with open(path, "wb") as handle:  # sparse: costs no disk, and the kit must not read it
                handle.truncate(MAX_BYTES + 1)
        elif path.name == "named-pipe.txt":
            os.mkfifo(path)
        elif path.name == "link-to-outside.txt":
            (outside / "elsewhere.txt").write_text(OUTSIDE_REPORT, encoding="utf-8")
            path.symlink_to(outside / "elsewhere.txt")
        elif path.name == "broken-link.txt":
            path.symlink_to(outside / "nowhere.txt")
        elif path.name == "linked-folder":
            (outside / "folder").mkdir()
            (outside / "folder" / "linked.txt").write_text(LINKED_REPORT, encoding="utf-8")
            path.symlink_to(outside / "folder", target_is_directory=True)
        elif path.name == "loop":
            path.mkdir()
            (path / "inside.txt").write_text(LOOP_REPORT, encoding="utf-8")
            (path / "back-up").symlink_to("..", target_is_directory=True)
            (path / "itself").symlink_to(".", target_is_directory=True)
        else:
            raise AssertionError(f"no maker for {item.name}")
    return inputs


def digests(*folders: Path) -> dict[str, str]:
    """sha256 of every regular file under `folders` (links not followed), and the target of every link."""
    found = {}
    for folder in folders:
        for parent, subfolders, files in os.walk(folder, followlinks=False):
            for name in subfolders + files:
                path = Path(parent) / name
                if path.is_symlink():
                    found[os.fsencode(path).hex()] = "link to " + os.readlink(path)
                elif path.is_file():
                    found[os.fsencode(path).hex()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def run_cli(*arguments) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, arguments)], cwd=ROOT, env=environment,
                          capture_output=True, timeout=900)


def read_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@dataclass
class BatteryRun:
    folder: Path
    inputs: list[Awkward]
    completed: subprocess.CompletedProcess
    stderr: str
    out: Path
    before: dict[str, str]
    after: dict[str, str]

    def table(self, name: str) -> pd.DataFrame:
        return read_table(self.out / name)

    def shown(self, item: Awkward) -> str:
        """The path as the tables and stderr show it."""
        return shown_path(str(self.folder / item.name))


@pytest.fixture(scope="module")
def battery_run(tmp_path_factory) -> BatteryRun:
    root = tmp_path_factory.mktemp("battery")
    folder, outside, out = root / "inbox", root / "outside", root / "out"
    inputs = make_battery(folder, outside)
    before = digests(folder, outside)
    completed = run_cli("run", folder, "--out", out, "--quiet")
    stderr = completed.stderr.decode("utf-8", "replace")
    return BatteryRun(folder, inputs, completed, stderr, out, before, digests(folder, outside))


def rows_of(run: BatteryRun, item: Awkward, table: pd.DataFrame) -> pd.DataFrame:
    return table[table["path"] == run.shown(item)]


def figures(run: BatteryRun) -> str:
    """The battery's counts, for the assertion messages and the summary test."""
    counts = {kind: sum(item.expect == kind for item in run.inputs)
              for kind in ("read", "duplicate", "partly", "refused", "skipped")}
    tracebacks = run.stderr.count("Traceback")
    changed = sum(run.before.get(key) != value for key, value in run.after.items()) + len(run.before.keys()
                                                                                           - run.after.keys())
    return (f"{len(run.inputs)} awkward inputs: {counts['read']} read, {counts['duplicate']} read as duplicates "
            f"(noted), {counts['partly']} read with bad rows refused, {counts['refused']} refused with a reason, "
            f"{counts['skipped']} passed over (not reports); {tracebacks} tracebacks, {changed} input files changed")


def test_the_battery_is_big_and_varied(battery_run):
    assert len(battery_run.inputs) >= 30
    assert len({item.name for item in battery_run.inputs}) == len(battery_run.inputs)
    assert {item.expect for item in battery_run.inputs} == {"read", "duplicate", "partly", "refused", "skipped"}


def test_the_run_exits_2_without_a_traceback(battery_run):
    assert battery_run.completed.returncode == 2, battery_run.stderr[-3000:]
    assert "Traceback" not in battery_run.stderr, battery_run.stderr
    assert "Error" not in battery_run.stderr.replace("UnicodeDecodeError", ""), battery_run.stderr


def test_no_input_byte_changed_and_nothing_was_added(battery_run):
    assert battery_run.after == battery_run.before, figures(battery_run)


def test_every_refused_file_has_one_rejected_row_and_one_stderr_line_with_its_reason(battery_run):
    rejected = battery_run.table("rejected.csv")
    stderr_lines = [line for line in battery_run.stderr.splitlines() if line.startswith("rejected: ")]
    assert len(stderr_lines) == len(rejected), battery_run.stderr
    for item in battery_run.inputs:
        if item.expect not in ("refused", "partly"):
            continue
        rows = rows_of(battery_run, item, rejected)
        assert len(rows) == 1, (item.name, rejected.values.tolist())
        reason = rows["reason"].iloc[0]
        assert item.reason in reason, (item.name, reason)
        assert f"rejected: {battery_run.shown(item)}: {reason}" in stderr_lines, (item.name, stderr_lines)
    paths = set(rejected["path"])
    expected = {battery_run.shown(item) for item in battery_run.inputs if item.expect in ("refused", "partly")}
    assert paths == expected, paths ^ expected


def test_every_other_input_is_read(battery_run):
    articles = battery_run.table("articles.csv")
    for item in battery_run.inputs:
        rows = rows_of(battery_run, item, articles)
        if item.expect in ("read", "partly") and item.content is not None:
            assert len(rows) == item.rows, (item.name, figures(battery_run))
            for notes in rows["notes"]:
                assert item.note in notes, (item.name, notes)
        elif item.expect in ("refused", "skipped", "duplicate"):
            assert rows.empty, (item.name, rows.values.tolist())
    linked = battery_run.folder / "links"
    read_paths = set(articles["path"])
    assert str(linked / "link-to-outside.txt") in read_paths
    assert str(linked / "linked-folder" / "linked.txt") in read_paths
    # the loop's report once, by its own path, not again through back-up/ or itself/
    assert [path for path in read_paths if path.endswith("inside.txt")] == [str(linked / "loop" / "inside.txt")]


def test_duplicates_are_read_once_and_noted_on_the_first_copy(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    folder = battery_run.folder
    assert f"duplicate: {folder / 'links' / 'duplicate-of-utf8.txt'} has the same text (read once)" in \
        articles.loc[str(folder / "enc" / "utf8.txt"), "notes"]
    assert f"duplicate: {folder / 'html' / 'saved-as.txt'} has the same text (read once)" in \
        articles.loc[str(folder / "html" / "page.html"), "notes"]
    assert articles["article_id"].is_unique


def test_encodings_give_the_same_text(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    folder = battery_run.folder / "enc"
    for name, title in [("utf8-bom.txt", "UTF-8 with BOM"), ("utf16-le-bom.txt", "UTF-16 LE"),
                        ("utf16-be-bom.txt", "UTF-16 BE"), ("utf16-le-no-bom.txt", "UTF-16 without BOM"),
                        ("utf32-bom.txt", "UTF-32")]:
        assert articles.loc[str(folder / name), "text"] == report(title, 8), name
    assert articles.loc[str(folder / "cp1252.txt"), "title"] == "Kyiv’s “counter-offensive” costs €1bn"
    assert articles.loc[str(folder / "latin1.txt"), "title"] == "Réfugiés à Kharkiv: ça continue, Straße gesperrt"


def test_html_page_gives_its_main_text_and_the_date_of_its_metadata(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    page = articles.loc[str(battery_run.folder / "html" / "page.html")]
    assert page["published"] == "2022-09-11"
    assert "entered Izium on Saturday" in page["text"] and "shelled residential districts" in page["text"]
    for hidden in ("SCRIPT_TEXT", "COMMENT_TEXT", "display: none", "Home"):
        assert hidden not in page["text"], hidden


def test_undated_report_is_read_and_its_relative_times_left_unresolved(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    undated = articles.loc[str(battery_run.folder / "dates" / "undated.txt")]
    assert undated["published"] == ""
    assert "undated: relative times left unresolved" in undated["notes"]
    timexes = battery_run.table("timexes.csv")
    mine = timexes[timexes["article_id"] == undated["article_id"]]
    assert "Saturday" in set(mine["text"]) and "The previous day" in set(mine["text"])
    assert (mine["resolved_start"] == "").all() and (mine["resolved_end"] == "").all()
    assert all("X" in value for value in mine["value"])


def test_the_long_report_is_parsed_in_pieces_with_offsets_kept(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    long = articles.loc[str(battery_run.folder / "text" / "long-report.txt")]
    assert int(long["n_chars"]) > 2 * PIECE_CHARS  # three pieces at least
    entities = battery_run.table("entities.csv")
    mine = entities[entities["article_id"] == long["article_id"]]
    assert int(mine["start"].astype(int).max()) > 2 * PIECE_CHARS  # entities from the last piece too
    events = battery_run.table("events.csv")
    ids = events.loc[events["article_id"] == long["article_id"], "event_id"]
    assert ids.is_unique and len(ids) > 350


@pytest.mark.parametrize("table, column", [("entities.csv", "text"), ("timexes.csv", "text"),
                                           ("events.csv", "sentence"), ("removed.csv", "text")])
def test_every_offset_points_at_its_text(battery_run, table, column):
    texts = dict(battery_run.table("articles.csv")[["article_id", "text"]].values.tolist())
    rows = battery_run.table(table)
    assert len(rows) > 0
    wrong = [(row.article_id, row.start, row.end, getattr(row, column)) for row in rows.itertuples(index=False)
             if texts[row.article_id][int(row.start):int(row.end)] != getattr(row, column)]
    assert wrong == [], wrong[:5]


def test_the_payload_is_kept_as_text(battery_run):
    articles = battery_run.table("articles.csv").set_index("path")
    payload = articles.loc[str(battery_run.folder / "text" / "payload.txt")]
    assert payload["text"] == PAYLOAD
    assert payload["title"] == "<script>alert('title')</script> Izium retaken"


def test_summary(battery_run, capsys):
    """The figures the issue asks for, printed (pytest -s shows them) and checked."""
    line = figures(battery_run)
    with capsys.disabled():
        print(f"\nbattery: {line}")
    articles = battery_run.table("articles.csv")
    rejected = battery_run.table("rejected.csv")
    match = re.search(r"(\d+) reports read, (\d+) rejected", battery_run.stderr)
    assert match and (int(match.group(1)), int(match.group(2))) == (len(articles), len(rejected))
    assert line.endswith("0 tracebacks, 0 input files changed"), line


def test_docs_list_every_awkward_input_with_its_outcome():
    """docs/robustness.md's battery table: one row per input, in order, with the outcome expected."""
    rows = re.findall(r"^\| (\d+) \| `([^`]+)`[^|]*\| ([^|]+) \|$",
                      (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8"), flags=re.MULTILINE)
    inputs = battery()
    assert [int(number) for number, _, _ in rows] == list(range(1, len(inputs) + 1))
    words = {"read": "read", "duplicate": "duplicate", "partly": "partly", "refused": "refused",
             "skipped": "passed over"}
    for (_, name, outcome), item in zip(rows, inputs):
        assert Path(name).name == shown_path(Path(item.name).name), (name, item.name)
        assert outcome.startswith(words[item.expect]) or f"{words[item.expect]}" in outcome, (name, outcome)
        if item.expect in ("refused", "partly"):
            assert item.reason.split(" (")[0].split(",")[0] in outcome.replace("\\|", "|"), (name, outcome)
