"""Tests of helpers.reading: report files and folders in, Articles (or reasons for refusal) out."""
import hashlib
from datetime import date
from pathlib import Path

import pytest

from helpers.manifest import check_manifest
from helpers.paths import DATA_RAW
from helpers.reading import (Article, Rejected, Removed, articles_table, find_boilerplate, make_article_id,
                             read_reports, unique, unique_stream)

SUPPORTED = "the kit reads .csv, .htm, .html, .jsonl, .txt"

# A seed-format report: every kind of boilerplate once, and one paragraph said twice.
SEED_STYLE = (
    " date 2022-09-13 Ukraine retakes Izium\n"
    "\n"
    "Ukrainian forces entered Izium on Saturday.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Ukrainian forces entered Izium on Saturday.\n"
    "\n"
    "Officials said civilians were evacuated.\n"
    "\n"
    "Also Read Russia loses ground near Kharkiv\n"
    "Kyiv increases attacks\n"
)
HEADER_STYLE = (
    "title: title fight\n"
    "date: 2022-09-13\n"
    "source: Reuters\n"
    "url: https://example.org/a\n"
    "\n"
    "The champion kept his belt.\n"
)
HTML_PAGE = """<html><head><title>Ukraine retakes Izium</title>{meta}
<script>var tracker = "SCRIPT_TEXT";</script></head><body><article>
<p>Ukrainian forces entered Izium on Saturday after Russian troops withdrew from the city.</p>
<script>document.write("SCRIPT_TEXT");</script>
<p>Officials said the operation had been planned for weeks and that civilians were being evacuated.</p>
</article></body></html>"""
HTML_TEXT = ("Ukrainian forces entered Izium on Saturday after Russian troops withdrew from the city.\n"
             "Officials said the operation had been planned for weeks and that civilians were being evacuated.")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """A file under `folder` (subfolders made as needed), text written as UTF-8 without newline translation."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def read_one(path: Path) -> Article:
    """The single Article of a file that must be read without complaint."""
    articles, rejected = read_reports([path])
    assert rejected == []
    assert len(articles) == 1
    return articles[0]


def reasons(rejected: list[Rejected]) -> list[tuple[str, str]]:
    return [(Path(r.path).name, r.reason) for r in rejected]


# --- the seed format -----------------------------------------------------------------------------

def test_seed_format_gives_date_and_headline_and_cuts_only_the_date_label(tmp_path):
    article = read_one(write(tmp_path, "seed.txt", SEED_STYLE))
    assert article.published == date(2022, 9, 13)
    assert article.title == "Ukraine retakes Izium"
    assert article.format == "txt"
    assert article.row is None
    assert article.text == SEED_STYLE  # offsets index the file as it is
    assert article.removed[0] == Removed(0, 17, "date header", " date 2022-09-13 ")
    assert article.text[17:17 + len(article.title)] == "Ukraine retakes Izium"
    assert not any(cut.start <= 17 < cut.end for cut in article.removed)  # the headline stays in


def test_seed_format_boilerplate_is_removed_with_exact_offsets(tmp_path):
    article = read_one(write(tmp_path, "seed.txt", SEED_STYLE))
    advert = SEED_STYLE.index("Advertisement")
    repeat = SEED_STYLE.index("Ukrainian forces", SEED_STYLE.index("Ukrainian forces") + 1)
    trailer = SEED_STYLE.index("Also Read")
    assert article.removed == (
        Removed(0, 17, "date header", " date 2022-09-13 "),
        Removed(advert, advert + 13, "advertisement", "Advertisement"),
        Removed(repeat, repeat + 43, "repeated paragraph", "Ukrainian forces entered Izium on Saturday."),
        Removed(trailer, len(SEED_STYLE) - 1, "related-links trailer",
                "Also Read Russia loses ground near Kharkiv\nKyiv increases attacks"),
    )


def test_repeated_paragraph_is_removed_the_second_time_only(tmp_path):
    text = " date 2022-09-13 Head\n\nSame words here.\n\nOther words.\n\nSame words here.\n\nSame words here.\n"
    article = read_one(write(tmp_path, "r.txt", text))
    first = text.index("Same words")
    repeats = [cut for cut in article.removed if cut.reason == "repeated paragraph"]
    assert [cut.start for cut in repeats] == [text.index("Same words", first + 1), text.rindex("Same words")]
    assert first not in [cut.start for cut in article.removed]


def test_paragraph_differing_by_one_word_is_not_a_repeat(tmp_path):
    text = " date 2022-09-13 Head\n\nTroops entered Izium.\n\nTroops entered Lyman.\n"
    assert [cut.reason for cut in read_one(write(tmp_path, "r.txt", text)).removed] == ["date header"]


def test_seed_report_from_data_raw(seed_article):
    assert seed_article.published == date(2022, 9, 13)
    assert seed_article.title == ("Russia has largely ceded its gains near Kharkiv, and many of the withdrawing "
                                  "Russian soldiers have exited Ukraine.")
    assert seed_article.removed[0] == Removed(0, 17, "date header", " date 2022-09-13 ")
    assert [cut.reason for cut in seed_article.removed] == [
        "date header", "advertisement", "advertisement", "advertisement", "related-links trailer"]
    trailer = seed_article.removed[-1]
    assert trailer.text.startswith("Also Read Russian troops in south Ukraine")
    assert trailer.end == len(seed_article.text.rstrip())


def test_body_has_the_text_length_and_blanks_exactly_the_removed_stretches(tmp_path):
    text = " date 2022-09-13 Head\n\nAdvertisement\n\nBody.\n\nAlso Read x\ny\n"
    article = read_one(write(tmp_path, "b.txt", text))
    assert article.body == " " * 17 + "Head\n\n" + " " * 13 + "\n\nBody.\n\n" + " " * 11 + "\n \n"
    assert len(article.body) == len(article.text)


def test_seed_body_keeps_length_and_newlines(seed_article):
    body = seed_article.body
    assert len(body) == len(seed_article.text)
    assert [i for i, c in enumerate(body) if c == "\n"] == [i for i, c in enumerate(seed_article.text) if c == "\n"]
    assert body[:17] == " " * 17
    assert "Advertisement" not in body and "Also Read" not in body


# --- header lines --------------------------------------------------------------------------------

def test_header_lines_give_metadata_and_a_title_repeating_its_key_loses_only_the_label(tmp_path):
    article = read_one(write(tmp_path, "h.txt", HEADER_STYLE))
    assert (article.published, article.title, article.source, article.url) == (
        date(2022, 9, 13), "title fight", "Reuters", "https://example.org/a")
    assert article.removed == (
        Removed(0, 7, "title header", "title: "),
        Removed(19, 35, "date header", "date: 2022-09-13"),
        Removed(36, 51, "source header", "source: Reuters"),
        Removed(52, 78, "url header", "url: https://example.org/a"),
    )
    assert article.text[7:18] == "title fight"
    assert article.body.endswith("\n\nThe champion kept his belt.\n")


def test_header_lines_in_any_order(tmp_path):
    text = "URL: https://example.org/b\nSource:  AP \nDate: 2022-09-10\nTitle: Izium retaken\n\nBody.\n"
    article = read_one(write(tmp_path, "h.txt", text))
    assert (article.published, article.title, article.source, article.url) == (
        date(2022, 9, 10), "Izium retaken", "AP", "https://example.org/b")
    assert [cut.reason for cut in article.removed] == ["url header", "source header", "date header", "title header"]
    assert article.body.rstrip().endswith("Izium retaken\n\nBody.")


def test_plain_text_without_header_has_no_date(tmp_path):
    article = read_one(write(tmp_path, "p.txt", "Kharkiv was quiet.\n"))
    assert (article.published, article.title, article.removed) == (None, "", ())


# --- tables: CSV and JSONL -----------------------------------------------------------------------

def test_csv_gives_one_article_per_row_with_its_line_number(tmp_path):
    path = write(tmp_path, "r.csv", "date,title,text,source,url\n"
                                    "2022-09-13,One,First report.,AP,https://a.org\n"
                                    '2022-09-12,Two,"Second, longer report.",,\n')
    articles, rejected = read_reports([path])
    assert rejected == []
    assert [(a.row, a.format, a.published, a.title, a.text, a.source, a.url, a.path) for a in articles] == [
        (2, "csv", date(2022, 9, 13), "One", "First report.", "AP", "https://a.org", str(path)),
        (3, "csv", date(2022, 9, 12), "Two", "Second, longer report.", "", "", str(path)),
    ]


def test_csv_without_text_column_is_rejected_naming_its_columns(tmp_path):
    path = write(tmp_path, "r.csv", "date,title,body\n2022-09-13,One,First report.\n")
    assert read_reports([path]) == ([], [Rejected(str(path), "no 'text' column (columns: date, title, body)")])


def test_jsonl_gives_one_article_per_line_skipping_blank_lines(tmp_path):
    path = write(tmp_path, "r.jsonl",
                 '{"date": "2022-09-13", "title": "One", "text": "First report.", "source": "AP"}\n'
                 "\n"
                 '{"date": "2022-09-12", "title": "Two", "text": "Second report.", "source": "BBC"}\n')
    articles, rejected = read_reports([path])
    assert rejected == []
    assert [(a.row, a.format, a.published, a.title, a.text, a.source) for a in articles] == [
        (1, "jsonl", date(2022, 9, 13), "One", "First report.", "AP"),
        (3, "jsonl", date(2022, 9, 12), "Two", "Second report.", "BBC"),
    ]


def test_jsonl_line_that_is_not_json_is_rejected_naming_the_line_and_the_rest_read(tmp_path):
    path = write(tmp_path, "r.jsonl", '{"date": "2022-09-13", "text": "First."}\nnot json\n')
    articles, rejected = read_reports([path])
    assert [a.text for a in articles] == ["First."]
    assert rejected == [Rejected(str(path), "line 2 is not JSON (Expecting value)")]


def test_jsonl_line_that_is_not_an_object_is_rejected_naming_the_line(tmp_path):
    path = write(tmp_path, "r.jsonl", '{"text": "First."}\n5\n')
    articles, rejected = read_reports([path])
    assert len(rejected) == 1 and "line 2" in rejected[0].reason


def test_jsonl_key_missing_from_one_line_is_empty_not_nan(tmp_path):
    path = write(tmp_path, "r.jsonl", '{"text": "First.", "source": "AP"}\n{"text": "Second."}\n')
    articles, _ = read_reports([path])
    assert [a.source for a in articles] == ["AP", ""]


def test_csv_row_with_too_many_fields_is_reported(tmp_path):
    path = write(tmp_path, "r.csv", "date,title,text\n"
                                    "2022-09-13,One,First.\n"
                                    "2022-09-12,Two,Second,with,extra\n"
                                    "2022-09-11,Three,Third.\n")
    articles, rejected = read_reports([path])
    assert rejected == [Rejected(str(path), "line 3: row has 5 fields, the header has 3")]
    assert [(a.row, a.title) for a in articles] == [(2, "One"), (4, "Three")]


def test_csv_row_with_an_impossible_date_is_refused_alone(tmp_path):
    path = write(tmp_path, "r.csv", "date,text\n2022-13-45,Bad.\n2022-09-11,Good.\n")
    articles, rejected = read_reports([path])
    assert rejected == [Rejected(str(path), "line 2: impossible date '2022-13-45'")]
    assert [a.text for a in articles] == ["Good."]


# --- HTML ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, meta", [
    ("a.html", '<meta name="date" content="2022-09-10">'),
    ("b.htm", '<meta property="article:published_time" content="2022-09-10T08:00:00Z">'),
])
def test_html_page_main_text_title_and_date_without_scripts(tmp_path, name, meta):
    article = read_one(write(tmp_path, name, HTML_PAGE.format(meta=meta)))
    assert article.format == "html"
    assert article.text == HTML_TEXT
    assert "SCRIPT_TEXT" not in article.text
    assert (article.title, article.published) == ("Ukraine retakes Izium", date(2022, 9, 10))


def test_html_page_without_a_date_has_none(tmp_path):
    assert read_one(write(tmp_path, "c.html", HTML_PAGE.format(meta=""))).published is None


def test_html_page_with_no_main_text_is_rejected(tmp_path):
    path = write(tmp_path, "e.html", "<html><head><title>x</title></head><body><script>alert(1)</script></body></html>")
    assert read_reports([path]) == ([], [Rejected(str(path), "HTML page with no readable main text")])


# --- refusals ------------------------------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n\n", "file holds only white space"),
    ("binary.txt", b"abc\x00def\n", "binary data (NUL bytes), not a text report"),
    ("baddate.txt", b" date 2022-13-45 Headline\n\nBody.\n", "impossible date '2022-13-45'"),
    ("notext.csv", b"date,title,body\n2022-09-13,One,First.\n", "no 'text' column (columns: date, title, body)"),
    ("broken.jsonl", b'not json\n', "line 1 is not JSON (Expecting value)"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[name for name, _, _ in BAD_FILES])
def test_bad_file_is_rejected_with_its_reason(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    articles, rejected = read_reports([path])
    assert read_reports([path]) == ([], [Rejected(str(path), reason)])


def test_whitespace_after_a_bom_is_rejected(tmp_path):
    path = write(tmp_path, "bom-blank.txt", b"\xef\xbb\xbf \n\n")
    assert read_reports([path]) == ([], [Rejected(str(path), "file holds only white space")])


def test_named_file_with_unsupported_suffix_is_rejected_naming_it(tmp_path):
    path = write(tmp_path, "notes.md", "date: 2022-09-13\n\nBody.\n")
    assert read_reports([path]) == ([], [Rejected(str(path), f"unsupported file type '.md'; {SUPPORTED}")])


def test_named_file_without_suffix_is_rejected(tmp_path):
    path = write(tmp_path, "README", "Body.\n")
    assert read_reports([path]) == ([], [Rejected(str(path), f"unsupported file type '(none)'; {SUPPORTED}")])


def test_missing_path_is_rejected(tmp_path):
    path = tmp_path / "nowhere.txt"
    assert read_reports([path]) == ([], [Rejected(str(path), "no such file or folder")])


def test_read_reports_never_raises_and_keeps_the_good_files(tmp_path):
    folder = tmp_path / "inbox"
    for name, content, _ in BAD_FILES:
        write(folder, name, content)
    write(folder, "good.txt", SEED_STYLE)
    write(folder, "sub/good.csv", "date,title,text\n2022-09-12,Two,Second report.\n")
    write(folder, "notes.md", "skipped silently in a folder\n")
    explicit_md = write(tmp_path, "explicit.md", "named, so refused\n")
    articles, rejected = read_reports([folder, tmp_path / "missing.txt", explicit_md])
    assert [(Path(a.path).name, a.title) for a in articles] == [("good.txt", "Ukraine retakes Izium"),
                                                                 ("good.csv", "Two")]
    # folders are walked in sorted order; the named inputs follow in the order given
    assert reasons(rejected) == sorted((name, reason) for name, _, reason in BAD_FILES) + [
        ("missing.txt", "no such file or folder"),
        ("explicit.md", f"unsupported file type '.md'; {SUPPORTED}"),
    ]


# --- encodings and line endings ------------------------------------------------------------------

def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    plain = read_one(write(tmp_path, "plain.txt", SEED_STYLE))
    bom = read_one(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + SEED_STYLE.encode("utf-8")))
    assert bom.text == SEED_STYLE
    assert (bom.published, bom.title, bom.removed, bom.article_id) == (
        plain.published, plain.title, plain.removed, plain.article_id)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes(tmp_path, encoding):
    plain = read_one(write(tmp_path, "plain.txt", SEED_STYLE))
    wide = read_one(write(tmp_path, "wide.txt", ("\ufeff" + SEED_STYLE).encode(encoding)))
    assert wide.text == SEED_STYLE
    assert (wide.published, wide.title, wide.removed, wide.article_id) == (
        plain.published, plain.title, plain.removed, plain.article_id)


def test_crlf_seed_keeps_offsets_right(tmp_path):
    text = " date 2022-09-13 Headline here\r\n\r\nFirst para.\r\n\r\nAlso Read more stuff\r\nand more\r\n"
    article = read_one(write(tmp_path, "crlf.txt", text))
    assert article.text == text  # no newline translation: offsets index the file as it is
    assert (article.published, article.title) == (date(2022, 9, 13), "Headline here")
    trailer = text.index("Also Read")
    assert article.removed == (
        Removed(0, 17, "date header", " date 2022-09-13 "),
        Removed(trailer, len(text) - 2, "related-links trailer", "Also Read more stuff\r\nand more"),
    )
    for cut in article.removed:
        assert article.text[cut.start:cut.end] == cut.text


def test_crlf_header_lines_keep_offsets_right(tmp_path):
    text = "title: Izium\r\ndate: 2022-09-10\r\n\r\nBody.\r\n"
    article = read_one(write(tmp_path, "crlf.txt", text))
    assert (article.published, article.title) == (date(2022, 9, 10), "Izium")
    assert article.removed == (Removed(0, 7, "title header", "title: "),
                               Removed(14, 30, "date header", "date: 2022-09-10"))


def test_crlf_advertisement_line_is_removed(tmp_path):
    text = " date 2022-09-13 Head\r\n\r\nBody.\r\n\r\nAdvertisement\r\n\r\nMore.\r\n"
    article = read_one(write(tmp_path, "crlf.txt", text))
    advert = text.index("Advertisement")
    assert Removed(advert, advert + 13, "advertisement", "Advertisement") in article.removed


def test_crlf_repeated_paragraph_is_removed(tmp_path):
    text = " date 2022-09-13 Head\r\n\r\nSame words.\r\n\r\nSame words.\r\n"
    article = read_one(write(tmp_path, "crlf.txt", text))
    assert [(cut.start, cut.reason) for cut in article.removed] == [
        (0, "date header"), (text.rindex("Same words."), "repeated paragraph")]


def test_body_sentence_starting_with_related_is_kept(tmp_path):
    text = " date 2022-09-13 Head\n\nRelated fighting was reported near Izium.\n\nThe town fell on Sunday.\n"
    article = read_one(write(tmp_path, "r.txt", text))
    assert [cut.reason for cut in article.removed] == ["date header"]


def test_header_date_today_is_refused_not_taken_as_the_run_date(tmp_path):
    path = write(tmp_path, "t.txt", "date: today\n\nBody.\n")
    assert read_reports([path]) == ([], [Rejected(str(path), "unreadable date 'today' (write it as YYYY-MM-DD)")])


def test_unreadable_header_date_is_rejected(tmp_path):
    path = write(tmp_path, "t.txt", "date: soonish\n\nBody.\n")
    assert read_reports([path]) == ([], [Rejected(str(path), "unreadable date 'soonish' (write it as YYYY-MM-DD)")])


# --- folders and identity ------------------------------------------------------------------------

def test_folder_is_walked_recursively_in_sorted_order_skipping_hidden_and_foreign_files(tmp_path):
    for name in ["b.txt", "a.txt", "sub/deeper/d.jsonl", "sub/c.htm", ".hidden.txt", "MANIFEST.sha256",
                 "ATTRIBUTION.md", "sub/photo.jpg"]:
        content = ('{"text": "%s"}\n' % name if name.endswith(".jsonl")
                   else HTML_PAGE.format(meta="") if name.endswith(".htm") else f"Report {name}\n")
        write(tmp_path, name, content)
    articles, rejected = read_reports([tmp_path])
    assert rejected == []
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == [
        "a.txt", "b.txt", "sub/c.htm", "sub/deeper/d.jsonl"]


def test_hidden_folders_are_skipped(tmp_path):
    write(tmp_path, "a.txt", "Report a.\n")
    write(tmp_path, ".ipynb_checkpoints/a-checkpoint.txt", "An older draft of report a.\n")
    articles, rejected = read_reports([tmp_path])
    assert [Path(a.path).name for a in articles] == ["a.txt"]


def test_a_single_path_string_is_one_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # with the bug, '.' walks only this folder, never the whole disk
    write(tmp_path, "a.txt", "Report a.\n")
    articles, rejected = read_reports("a.txt")
    assert ([a.path for a in articles], rejected) == (["a.txt"], [])


def test_same_text_in_two_files_gives_the_same_article_id(tmp_path):
    first = read_one(write(tmp_path, "one/report.txt", SEED_STYLE))
    second = read_one(write(tmp_path, "two/copy.txt", SEED_STYLE))
    other = read_one(write(tmp_path, "three/other.txt", SEED_STYLE.replace("Izium", "Lyman")))
    assert first.article_id == second.article_id == hashlib.sha256(SEED_STYLE.encode()).hexdigest()[:12]
    assert first.path != second.path
    assert other.article_id != first.article_id


def test_articles_table_has_the_documented_columns(tmp_path):
    article = read_one(write(tmp_path, "seed.txt", SEED_STYLE))
    table = articles_table([article])
    assert list(table.columns) == ["article_id", "path", "row", "format", "published", "title", "source", "url",
                                   "n_chars", "n_removed", "notes", "text"]
    assert table.iloc[0][["published", "n_chars", "n_removed"]].tolist() == ["2022-09-13", len(SEED_STYLE), 4]


def test_reading_data_raw_does_not_modify_it():
    def digests() -> dict[str, str]:
        return {path.relative_to(DATA_RAW).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
                for path in sorted(DATA_RAW.rglob("*")) if path.is_file()}

    before = digests()
    assert check_manifest(DATA_RAW) == []
    articles, rejected = read_reports([DATA_RAW])
    assert rejected == []
    assert len(articles) > 1
    assert digests() == before
    assert check_manifest(DATA_RAW) == []


# --- duplicates ----------------------------------------------------------------------------------

def article(text: str, path: str, row: int | None = None) -> Article:
    return Article(article_id=make_article_id(text), path=path, format="txt", text=text, row=row)


def test_duplicates_are_kept_once_with_a_note_naming_every_other_copy():
    first = article("Troops entered Izium.", "a/report.txt")
    other = article("Troops entered Lyman.", "b/other.txt")
    copies = [article("Troops entered Izium.", "c/copy.txt"), article("Troops entered Izium.", "d/table.csv", row=7)]
    kept = unique([first, other, *copies])
    assert [a.path for a in kept] == ["a/report.txt", "b/other.txt"]
    assert kept[0].notes == ("duplicate: c/copy.txt has the same text (read once)",
                             "duplicate: d/table.csv line 7 has the same text (read once)")
    assert kept[1].notes == ()


def test_duplicates_met_in_a_stream_are_left_out_and_their_notes_collected():
    first = article("Troops entered Izium.", "a/report.txt")
    other = article("Troops entered Lyman.", "b/other.txt")
    copies = [article("Troops entered Izium.", "c/copy.txt"), article("Troops entered Lyman.", "d/table.csv", row=7)]
    duplicates: dict[str, list[str]] = {}
    stream = unique_stream(iter([first, copies[0], other, copies[1]]), duplicates)
    assert next(stream) is first and duplicates == {}  # read as it goes, not all at once
    assert [a.path for a in stream] == ["b/other.txt"]
    assert duplicates == {first.article_id: ["duplicate: c/copy.txt has the same text (read once)"],
                          other.article_id: ["duplicate: d/table.csv line 7 has the same text (read once)"]}



def test_a_subheading_glued_between_sentences_is_left_out():
    text = ("Afghan Taliban deny providing sanctuary to the fighters. Recent attacks Since the beginning of the year, "
            "the BLA has ramped up attacks. Money maker for Vietnam More than 80,000 foreigners have travelled to "
            "Vietnam. And then I have found supportive mentors. I am not sure I want to repeat it. "
            "In a letter last week to The Hague-based court, Kenya said so. International reaction A U.S. State "
            "Department spokesperson expressed sorrow. Trump also attacked The Wall Street Journal.")
    headings = [cut.text for cut in find_boilerplate(text) if cut.reason == "glued heading"]
    assert headings == ["Recent attacks", "Money maker for Vietnam", "International reaction"]
    assert all(text[cut.start:cut.end] == cut.text for cut in find_boilerplate(text))


@pytest.mark.parametrize("text, dateline", [
    ("ISLAMABAD/PENTAGON — A United States military plane crashed.", "ISLAMABAD/PENTAGON — "),
    ("MARANCHON, SPAIN — The air was bone chilling.", "MARANCHON, SPAIN — "),
    ("KYIV, Ukraine (Reuters) - Russian forces shelled the city.", "KYIV, Ukraine (Reuters) - "),
    ("Ukraine — a country at war — asked for help.", None),
    ("NATO said on Monday it would meet.", None),
])
def test_a_dateline_opening_a_story_is_left_out(text, dateline):
    found = [cut.text for cut in find_boilerplate(text) if cut.reason == "dateline"]
    assert found == ([dateline] if dateline else [])


def test_a_subheading_the_next_sentence_echoes_is_left_out():
    text = ("She wrote about her father. David Gee David Gee migrated from China in the late 1920s. "
            "Talks stalled. Sovereignty negotiations Negotiations between Britain and Mauritius began in 2022. "
            "Ankara may buy jets. Role of Russia Russian President Vladimir Putin is courting Erdogan. "
            "He met Russia's envoy. Russia's envoy left.")
    headings = [cut.text for cut in find_boilerplate(text) if cut.reason == "glued heading"]
    assert headings == ["David Gee", "Sovereignty negotiations", "Role of Russia"]
