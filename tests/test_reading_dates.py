"""Tests of how helpers.reading finds a report's publication date in real data's own shape (the
Voice of America export says `published`)."""
import json
from datetime import date
from pathlib import Path

import pytest

from helpers.reading import DATE_COLUMNS, parse_published, read_reports

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
    articles, rejected = read_reports([path])
    assert rejected == []
    assert [(a.published, a.title, a.source, a.url, a.notes) for a in articles] == [
        (date(2025, 3, 14), "Analysts see flaws in Syria's temporary constitution", "",
         "https://www.voanews.com/a/syria-constitution/8011117.html", ()),
        (date(2025, 3, 13), "Chinese Americans in Texas", "", "https://www.voanews.com/a/texas/8011200.html", ()),
    ]


def test_a_csv_published_header_is_read_whatever_its_case_and_spaces(tmp_path):
    path = write(tmp_path, "r.csv", " Published ,Headline,TEXT\n"
                                    "2025-03-14T23:10:00-05:00,Talks resume,Talks resumed on Thursday.\n"
                                    "14 March 2025,Second,The previous day was calm.\n")
    articles, rejected = read_reports([path])
    assert rejected == []
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
    articles, rejected = read_reports([write(tmp_path, "r.jsonl", jsonl([row]))])
    assert rejected == []
    assert [a.published for a in articles] == [day]


# --- .txt reports --------------------------------------------------------------------------------

def test_a_published_header_line_dates_a_txt_report(tmp_path):
    text = "Headline: Talks resume\nPublished: 2025-03-14T20:28:39Z\n\nTalks resumed on Thursday.\n"
    articles, rejected = read_reports([write(tmp_path, "r.txt", text)])
    assert rejected == []
    (article,) = articles
    assert (article.published, article.title) == (date(2025, 3, 14), "Talks resume")
    assert [(cut.reason, cut.text) for cut in article.removed] == [
        ("headline header", "Headline: "), ("published header", "Published: 2025-03-14T20:28:39Z")]
