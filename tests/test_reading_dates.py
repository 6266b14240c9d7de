"""Tests of how helpers.reading finds a report's publication date in real data's own shape (the
Voice of America export says `published`), and of the warning when a table or folder gives none."""
import json
from datetime import date
from pathlib import Path

import pytest

from helpers.reading import (DATE_COLUMNS, InputWarning, Rejected, parse_published, read_reports,
                             warnings_table)

UNRESOLVABLE = 'relative dates ("Thursday", "the previous day") cannot be resolved'
LOOKED_FOR = ("date, published, pubdate, pub_date, publication_date, published_at, datetime, "
              "date_published")
# Two stories as the Voice of America corpus gives them: its own keys, `published` a UTC timestamp.
VOA_STORIES = [
    {"id": "8011117", "url": "https://www.voanews.com/a/syria-constitution/8011117.html",
     "section": "Middle East", "title": "Analysts see flaws in Syria's temporary constitution",
     "author": "Sirwan Kajjo", "published": "2025-03-14 20:28:39Z", "keywords": "Middle East, syria",
     "text": "Syria's newly adopted constitution is facing criticism from legal experts on Thursday."},
    {"id": "8011200", "url": "https://www.voanews.com/a/texas/8011200.html", "section": "USA",
     "title": "Chinese Americans in Texas", "author": "Jane Doe", "published": "2025-03-13 09:05:00Z",
     "keywords": "USA", "text": "The museum opened the previous day in Houston."},
]


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8"))
    return path


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def read_warned(*paths: Path) -> tuple[list, list[Rejected], list[InputWarning]]:
    warnings: list[InputWarning] = []
    articles, rejected = read_reports(list(paths), warnings=warnings)
    return articles, rejected, warnings


# --- date forms ----------------------------------------------------------------------------------

@pytest.mark.parametrize("written, day", [
    ("2025-03-14", date(2025, 3, 14)),
    ("2025-03-14 20:28:39Z", date(2025, 3, 14)),
    ("2025-03-14T20:28:39+05:30", date(2025, 3, 14)),
    # 04:10 on the 15th in UTC, but the report's own day is the 14th
    ("2025-03-14T23:10:00-05:00", date(2025, 3, 14)),
    ("Fri, 14 Mar 2025 20:28:39 GMT", date(2025, 3, 14)),
    # RFC 2822 with an offset: the 14th in UTC, the 15th where it was written
    ("Sat, 15 Mar 2025 01:10:00 +0900", date(2025, 3, 15)),
    ("14 March 2025", date(2025, 3, 14)),
    ("  2025-03-14  ", date(2025, 3, 14)),
])
def test_a_timestamp_gives_the_day_as_written_in_its_own_zone(written, day):
    assert parse_published(written) == day


def test_the_date_columns_are_one_documented_list():
    assert DATE_COLUMNS == tuple(LOOKED_FOR.split(", "))


# --- tables --------------------------------------------------------------------------------------

def test_the_voa_shape_dates_every_story_and_invents_no_source(tmp_path):
    path = write(tmp_path, "voa_stories.jsonl", jsonl(VOA_STORIES))
    articles, rejected, warnings = read_warned(path)
    assert (rejected, warnings) == ([], [])
    assert [(a.published, a.title, a.source, a.url, a.notes) for a in articles] == [
        (date(2025, 3, 14), "Analysts see flaws in Syria's temporary constitution", "",
         "https://www.voanews.com/a/syria-constitution/8011117.html", ()),
        (date(2025, 3, 13), "Chinese Americans in Texas", "", "https://www.voanews.com/a/texas/8011200.html", ()),
    ]


def test_a_csv_published_header_is_read_whatever_its_case_and_spaces(tmp_path):
    path = write(tmp_path, "r.csv", " Published ,Headline,TEXT\n"
                                    "2025-03-14T23:10:00-05:00,Talks resume,Talks resumed on Thursday.\n"
                                    "14 March 2025,Second,The previous day was calm.\n")
    articles, rejected, warnings = read_warned(path)
    assert (rejected, warnings) == ([], [])
    assert [(a.row, a.published, a.title) for a in articles] == [
        (2, date(2025, 3, 14), "Talks resume"), (3, date(2025, 3, 14), "Second")]


@pytest.mark.parametrize("row, day", [
    ({"date": "", "published": "2025-03-14", "text": "First."}, date(2025, 3, 14)),  # empty: the next one
    ({"date": "2025-03-01", "published": "2025-03-14", "text": "First."}, date(2025, 3, 1)),  # in list order
    ({"published_at": "2025-03-02", "datetime": "2025-03-03", "text": "First."}, date(2025, 3, 2)),
    ({"date_published": "2025-03-04", "text": "First."}, date(2025, 3, 4)),
    ({"pub_date": None, "pubdate": "  ", "publication_date": "2025-03-05", "text": "First."}, date(2025, 3, 5)),
])
def test_the_first_date_column_present_and_filled_is_read(tmp_path, row, day):
    articles, rejected, _ = read_warned(write(tmp_path, "r.jsonl", jsonl([row])))
    assert rejected == []
    assert [a.published for a in articles] == [day]


def test_a_table_with_no_date_column_is_warned_about_naming_its_columns(tmp_path):
    rows = [{key: value for key, value in story.items() if key != "published"} for story in VOA_STORIES]
    path = write(tmp_path, "stories.jsonl", jsonl(rows))
    articles, rejected, warnings = read_warned(path)
    assert (len(articles), rejected) == (2, [])
    assert warnings == [InputWarning(str(path), f"no row has a publication date (looked for columns: {LOOKED_FOR}; "
                                                f"the table has: id, url, section, title, author, keywords, text): "
                                                f"{UNRESOLVABLE}")]
    assert warnings_table(warnings).values.tolist() == [[str(path), warnings[0].warning]]


def test_a_table_whose_date_column_is_empty_in_every_row_is_warned_about(tmp_path):
    path = write(tmp_path, "r.csv", "date,text\n,First.\n ,Second.\n")
    _, _, warnings = read_warned(path)
    assert [(w.path, w.warning.split(" (")[0]) for w in warnings] == [(str(path), "no row has a publication date")]
    assert "the table has: date, text)" in warnings[0].warning


def test_a_table_with_some_rows_dated_is_not_warned_about(tmp_path):
    path = write(tmp_path, "r.csv", "published,text\n,First.\n2025-03-14,Second.\n,Third.\n")
    articles, _, warnings = read_warned(path)
    assert [a.published for a in articles] == [None, date(2025, 3, 14), None]
    assert warnings == []


def test_a_table_whose_every_row_is_refused_is_rejected_not_warned_about(tmp_path):
    path = write(tmp_path, "r.csv", "date,text\n2025-13-45,First.\n")
    articles, rejected, warnings = read_warned(path)
    assert (articles, warnings) == ([], [])
    assert rejected == [Rejected(str(path), "line 2: impossible date '2025-13-45'")]


# --- .txt reports and folders --------------------------------------------------------------------

def test_a_published_header_line_dates_a_txt_report(tmp_path):
    text = "Headline: Talks resume\nPublished: 2025-03-14T20:28:39Z\n\nTalks resumed on Thursday.\n"
    articles, rejected, warnings = read_warned(write(tmp_path, "r.txt", text))
    assert (rejected, warnings) == ([], [])
    (article,) = articles
    assert (article.published, article.title) == (date(2025, 3, 14), "Talks resume")
    assert [(cut.reason, cut.text) for cut in article.removed] == [
        ("headline header", "Headline: "), ("published header", "Published: 2025-03-14T20:28:39Z")]


def test_a_folder_of_undated_txt_reports_is_warned_about_once(tmp_path):
    write(tmp_path, "undated/a.txt", "Talks resumed on Thursday.\n")
    write(tmp_path, "undated/b.txt", "title: Calm\n\nThe previous day was calm.\n")
    write(tmp_path, "dated/c.txt", "date: 2025-03-14\n\nTalks resumed on Thursday.\n")
    write(tmp_path, "dated/d.txt", "The previous day was calm.\n")  # dated by its neighbour
    articles, rejected, warnings = read_warned(tmp_path)
    assert (len(articles), rejected) == (4, [])
    assert [w.path for w in warnings] == [str(tmp_path / "undated")]
    assert warnings[0].warning.startswith("none of the 2 .txt/.html reports read from this folder has a "
                                          "publication date (looked for a first line 'date YYYY-MM-DD Headline' "
                                          "or a header line date:, published:, ")
    assert warnings[0].warning.endswith(UNRESOLVABLE)


def test_one_undated_txt_report_named_alone_is_warned_about_under_its_folder(tmp_path):
    path = write(tmp_path, "r.txt", "Talks resumed on Thursday.\n")
    _, _, warnings = read_warned(path)
    assert [(w.path, w.warning.split(" (")[0]) for w in warnings] == [
        (str(tmp_path), "the .txt/.html report read from this folder has no publication date")]


def test_reading_without_asking_for_warnings_still_reads(tmp_path):
    path = write(tmp_path, "r.jsonl", jsonl([{"text": "Talks resumed on Thursday."}]))
    articles, rejected = read_reports([path])
    assert ([a.published for a in articles], rejected) == ([None], [])
