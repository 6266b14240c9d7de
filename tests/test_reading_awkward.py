"""helpers.reading on files people did not make for the kit: odd encodings and line ends, files that
are not text, links and loops in folders, broken tables. (tests/test_battery.py runs them all at once.)"""
import csv
import os
from datetime import date
from pathlib import Path

import pytest

from helpers import reading
from helpers.reading import (UNDATED, BadInput, Rejected, articles_table, decode, read_reports, rejected_table,
                             shown_path)

REPORT = "title: Izium retaken\ndate: 2022-09-10\n\nUkrainian forces entered Izium on Saturday.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def read_one(path: Path):
    articles, rejected = read_reports([path])
    assert rejected == [] and len(articles) == 1, rejected
    return articles[0]


def refusal(path: Path) -> str:
    articles, rejected = read_reports([path])
    assert articles == [] and len(rejected) == 1 and rejected[0].path == str(path)
    return rejected[0].reason


# --- encodings -----------------------------------------------------------------------------------

def test_cp1252_is_decoded_and_noted(tmp_path):
    text = REPORT.replace("Izium retaken", "Kyiv’s “gains” cost €1bn")
    article = read_one(write(tmp_path, "w.txt", text.encode("cp1252")))
    assert article.text == text and article.title == "Kyiv’s “gains” cost €1bn"
    assert article.notes == ("decoded as cp1252: not UTF-8 (byte 11: b'\\x92')",)


def test_latin1_accents_read_as_cp1252_and_c1_bytes_as_latin1(tmp_path):
    accents = REPORT.replace("Izium retaken", "Réfugiés à Kharkiv")
    assert read_one(write(tmp_path, "a.txt", accents.encode("latin-1"))).text == accents
    c1 = read_one(write(tmp_path, "c1.txt", REPORT.encode("latin-1").replace(b"Saturday", b"Saturday\x81")))
    assert c1.notes == ("decoded as Latin-1: not UTF-8 (byte 81: b'\\x81')",)
    assert "Saturday\x81" in c1.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_told_by_its_zero_bytes(tmp_path, encoding):
    article = read_one(write(tmp_path, "u.txt", REPORT.encode(encoding)))
    assert article.text == REPORT
    assert article.notes == (f"decoded as {encoding.upper()} (no byte-order mark)",)


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_a_bom_decodes(tmp_path, encoding):
    article = read_one(write(tmp_path, "u.txt", ("\ufeff" + REPORT).encode(encoding)))
    assert (article.text, article.notes) == (REPORT, ())


def test_utf16_that_does_not_decode_is_refused_with_a_reason(tmp_path):
    path = write(tmp_path, "u.txt", b"\xff\xfe" + REPORT.encode("utf-16-le") + b"x")
    assert refusal(path) == f"not valid UTF-16 text (truncated data at byte {2 + 2 * len(REPORT)})"


SIGNED = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image data (PNG)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image data (JPEG)"),
    (b"GIF89a\x01\x00\x01\x00", "image data (GIF)"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image data (WebP)"),
    (b"II*\x00\x08\x00\x00\x00", "image data (TIFF)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "compressed data (gzip)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive (or a .docx/.xlsx/.odt document)"),
    (b"\x7fELF\x02\x01\x01\x00", "a program (ELF executable)"),
]


@pytest.mark.parametrize("data, what", SIGNED, ids=[what for _, what in SIGNED])
def test_files_that_are_not_text_are_refused_by_their_signature(tmp_path, data, what):
    assert refusal(write(tmp_path, "renamed.txt", data + b"Ukrainian forces entered Izium." * 20)) == \
        f"{what}, not a text report"


def test_binary_without_nul_bytes_is_refused_by_its_control_characters():
    with pytest.raises(BadInput, match=r"binary data \(\d+ control characters\), not a text report"):
        decode(bytes(range(1, 32)) * 20 + b"some text")


def test_a_few_control_characters_in_text_are_kept():
    text, notes = decode(b"Troops entered Izium.\x0c\n\x0b" * 10 + b"\x1a")  # form feeds, tabs, a DOS end mark
    assert text.count("\x1a") == 1 and text.count("\x0c") == 10 and notes == ()


def test_a_nul_byte_anywhere_is_binary():
    with pytest.raises(BadInput, match=r"NUL bytes"):
        decode(b"Troops entered Izium.\n" * 1000 + b"\x00")


# --- line ends, blank files, headers -------------------------------------------------------------

def test_old_mac_line_ends_are_read_as_line_feeds_keeping_every_offset(tmp_path):
    text = REPORT.replace("\n", "\r")
    article = read_one(write(tmp_path, "mac.txt", text))
    assert article.text == REPORT and len(article.text) == len(text)
    assert (article.title, article.published) == ("Izium retaken", date(2022, 9, 10))
    assert article.notes == ("line ends: lone CR (old Mac) read as LF",)


def test_crlf_alone_is_not_noted(tmp_path):
    assert read_one(write(tmp_path, "crlf.txt", REPORT.replace("\n", "\r\n"))).notes == ()


def test_a_file_of_zero_width_characters_holds_only_white_space(tmp_path):
    assert refusal(write(tmp_path, "z.txt", "\u200b\u200d\n\u2060\ufeff\u00a0\n")) == "file holds only white space"


@pytest.mark.parametrize("text", ["date: 2022-09-10\nsource: AP\n", "date: 2022-09-10\n\nAdvertisement\n"])
def test_a_header_without_a_report_is_refused(tmp_path, text):
    assert refusal(write(tmp_path, "h.txt", text)) == "no report text: only a header or boilerplate"


def test_a_headline_alone_is_a_report(tmp_path):
    article = read_one(write(tmp_path, "h.txt", " date 2022-09-14 Ukrainian forces enter Izium\n"))
    assert article.title == "Ukrainian forces enter Izium"


def test_an_undated_report_is_read_and_noted(tmp_path):
    article = read_one(write(tmp_path, "u.txt", "Ukrainian forces entered Izium the previous day.\n"))
    assert article.published is None and article.notes == (UNDATED,)


def test_an_html_page_saved_as_txt_is_read_as_html(tmp_path):
    page = ("<!DOCTYPE html>\n<html><head><title>Izium</title><script>var x = 'SCRIPT';</script></head><body>"
            "<article><p>Ukrainian forces entered Izium on Saturday after Russian troops withdrew from the "
            "city, officials said on Sunday.</p></article></body></html>")
    article = read_one(write(tmp_path, "page.txt", page))
    assert article.format == "html" and "SCRIPT" not in article.text and article.text.startswith("Ukrainian")
    assert "an HTML page named .txt: read as HTML" in article.notes


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(reading.MAX_BYTES + 1)  # sparse
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    assert refusal(path) == f"file is too large ({reading.MAX_BYTES + 1:,} bytes; the limit is {reading.MAX_BYTES:,})"


def test_an_unexpected_error_in_a_reader_refuses_that_file_only(tmp_path, monkeypatch):
    def broken(text, *, path):
        raise RecursionError("maximum recursion depth exceeded")

    good = write(tmp_path, "a.csv", "date,text\n2022-09-10,Troops entered Izium.\n")
    bad = write(tmp_path, "b.txt", REPORT)
    monkeypatch.setattr(reading, "parse_txt", broken)
    articles, rejected = read_reports([tmp_path])
    assert [a.path for a in articles] == [str(good)]
    assert rejected == [Rejected(str(bad), "unexpected error while reading (RecursionError: maximum recursion "
                                           "depth exceeded)")]


# --- folders and links ---------------------------------------------------------------------------

def test_a_symlink_loop_is_walked_once(tmp_path):
    write(tmp_path, "inbox/a.txt", REPORT)
    write(tmp_path, "inbox/sub/b.txt", REPORT.replace("Izium", "Lyman"))
    (tmp_path / "inbox" / "sub" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "inbox" / "sub" / "same").symlink_to(".", target_is_directory=True)
    articles, rejected = read_reports([tmp_path / "inbox"])
    assert rejected == []
    assert [Path(a.path).relative_to(tmp_path / "inbox").as_posix() for a in articles] == ["a.txt", "sub/b.txt"]


def test_linked_files_and_folders_are_read_and_a_folder_linked_twice_once(tmp_path):
    write(tmp_path, "elsewhere/folder/c.txt", REPORT.replace("Izium", "Kupiansk"))
    write(tmp_path, "elsewhere/d.txt", REPORT.replace("Izium", "Balakliia"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "linked").symlink_to(tmp_path / "elsewhere" / "folder", target_is_directory=True)
    (inbox / "linked-again").symlink_to(tmp_path / "elsewhere" / "folder", target_is_directory=True)
    (inbox / "d.txt").symlink_to(tmp_path / "elsewhere" / "d.txt")
    articles, rejected = read_reports([inbox])
    assert rejected == []
    assert [Path(a.path).relative_to(inbox).as_posix() for a in articles] == ["d.txt", "linked/c.txt"]


def test_broken_links_and_named_pipes_are_refused_in_a_folder_and_when_named(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(inbox / "pipe.txt")
    articles, rejected = read_reports([inbox, inbox / "pipe.txt", inbox / "gone.txt"])
    pipe = "not a regular file (a device, socket or named pipe)"
    gone = f"broken symbolic link (to {tmp_path / 'nowhere.txt'})"
    assert articles == []
    assert [(Path(r.path).name, r.reason) for r in rejected] == [("gone.txt", gone), ("pipe.txt", pipe),
                                                                 ("pipe.txt", pipe), ("gone.txt", gone)]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_replacement_character(tmp_path):
    name = os.fsdecode(b"report-\xff.txt")
    article = read_one(write(tmp_path, name, REPORT))
    assert article.path == str(tmp_path / name)
    assert articles_table([article])["path"][0] == str(tmp_path / "report-\ufffd.txt")
    assert rejected_table([Rejected(article.path, "x")])["path"][0].endswith("report-\ufffd.txt")
    assert shown_path("plain") == "plain"


# --- tables --------------------------------------------------------------------------------------

def test_semicolon_separated_csv_is_read(tmp_path):
    articles, rejected = read_reports([write(tmp_path, "s.csv", "date;title;text\n2022-09-10;T;Troops, it "
                                                                   "was said, entered Izium.\n")])
    assert rejected == [] and [(a.title, a.text) for a in articles] == [("T", "Troops, it was said, entered Izium.")]


def test_a_csv_row_is_numbered_by_its_first_line(tmp_path):
    path = write(tmp_path, "r.csv", 'date,text\n2022-09-10,"Troops\n\nentered Izium."\n2022-09-11,Lyman.\n')
    articles, _ = read_reports([path])
    assert [(a.row, a.text) for a in articles] == [(2, "Troops\n\nentered Izium."), (5, "Lyman.")]


def test_an_unclosed_quote_refuses_its_row_and_the_rows_after_it_are_read(tmp_path):
    path = write(tmp_path, "q.csv", 'date,text\n2022-09-10,Izium.\n2022-09-11,"Lyman.\n2022-09-12,Kupiansk.\n'
                                    '2022-09-13,"Balakliia" retaken\n2022-09-14,Kharkiv.\n')
    articles, rejected = read_reports([path])
    assert [(a.row, a.text) for a in articles] == [(2, "Izium."), (4, "Kupiansk."), (6, "Kharkiv.")]
    # the quote opened on line 3 closes on line 5, where the parser gives up; reading starts again on line 4
    assert rejected == [Rejected(str(path), "line 3: unreadable CSV row (',' expected after '\"')"),
                        Rejected(str(path), "line 5: unreadable CSV row (',' expected after '\"')")]


def test_a_report_longer_than_the_csv_field_limit_is_read_and_the_limit_put_back(tmp_path):
    limit = csv.field_size_limit()
    body = "Troops entered Izium. " * 10_000
    articles, rejected = read_reports([write(tmp_path, "long.csv", f"date,text\n2022-09-10,{body}\n")])
    assert rejected == [] and articles[0].text == body and len(body) > limit
    assert csv.field_size_limit() == limit


def test_jsonl_text_holding_line_separators_stays_one_record(tmp_path):
    path = write(tmp_path, "l.jsonl", '{"text": "Troops entered Izium.\u2028They stayed.\u0085End."}\n'
                                      '{"text": "Second."}\n')
    articles, rejected = read_reports([path])
    assert rejected == [] and [(a.row, a.text) for a in articles] == [
        (1, "Troops entered Izium.\u2028They stayed.\u0085End."), (2, "Second.")]


def test_jsonl_with_a_lone_surrogate_or_deep_nesting_refuses_that_line(tmp_path):
    path = write(tmp_path, "l.jsonl", '{"text": "bad \\udc80 escape"}\n' + "[" * 50_000 + "]" * 50_000 + "\n"
                 '{"text": "Good, with an emoji \\ud83d\\ude00."}\n')
    articles, rejected = read_reports([path])
    assert [(a.row, a.text) for a in articles] == [(3, "Good, with an emoji 😀.")]
    assert rejected == [Rejected(str(path), "line 1 holds a broken \\u escape (a lone surrogate)"),
                        Rejected(str(path), "line 2 is not JSON (nested too deeply)")]


def test_notes_reach_the_articles_table(tmp_path):
    path = write(tmp_path, "n.csv", "date,text\n,Undated row.\n".encode("utf-8").replace(b"row", b"r\xf6w"))
    table = articles_table(read_reports([path])[0])
    assert table["notes"].tolist() == ["decoded as cp1252: not UTF-8 (byte 20: b'\\xf6'); " + UNDATED]
