"""Captions and briefing tables computed from the data a page ran on, and the example report chosen from it."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import briefing, captions
from helpers.paths import ROOT as ROOT_OF_KIT
from helpers.reading import Article
from helpers.selection import example_article, richness

ROOT = Path("/data/reports")


def articles(*rows):
    return pd.DataFrame(rows, columns=["article_id", "path", "published"])


def test_reports_caption_counts_folders_dates_undated_and_refused():
    table = articles(("a", "/data/reports/voa/stories.jsonl", "2025-03-09"),
                     ("b", "/data/reports/voa/stories.jsonl", "2025-03-14"),
                     ("c", "/data/reports/seed.txt", None))
    rejected = pd.DataFrame({"path": ["x.bin"], "reason": ["binary"]})
    text = captions.reports_caption(table, rejected, ROOT)
    assert text.startswith("**3 reports** read from `reports` (2 in `voa/`, 1 at the top), published 9-14 March 2025")
    assert captions.reports_caption(table, rejected, ROOT_OF_KIT / "data" / "raw").startswith("**3 reports** read from `data/raw`")
    assert "1 report without a publication date" in text and "1 file or row refused" in text


def test_a_range_with_far_outliers_says_where_most_dates_lie():
    dates = pd.Series(["1950-06-25"] + ["2025-03-10", "2025-03-11", "2025-03-12"] * 5)
    assert captions.span_of_days(dates) == "1950-06-25 to 2025-03-12, most from 2025-03-10 to 2025-03-12"
    assert captions.span_of_days(pd.Series(["2025-03-12"])) == "Wednesday 12 March 2025"
    assert captions.span_of_days(pd.Series([None])) == ""


def test_example_caption_quotes_relative_dates_read_against_the_publication_day():
    article = Article(article_id="a", path="train.txt", format="txt", text="...", published=pd.Timestamp("2025-03-12").date(),
                      title="Train attack")
    timexes = pd.DataFrame({"article_id": ["a", "a", "a"], "text": ["Tuesday", "2024", "the previous day"],
                            "resolved_start": ["2025-03-11", "2024-01-01", "2025-03-10"],
                            "resolved_end": ["2025-03-11", "2024-12-31", "2025-03-10"]})
    text = captions.example_caption(article, timexes)
    assert text == ('The example report, *Train attack*, was published on Wednesday 12 March 2025. Read against that day, '
                    '"Tuesday" is 2025-03-11; "the previous day" is 2025-03-10.')


def test_collection_years_and_conflicts_captions():
    table = articles(("a", "p", "2025-03-09"), ("b", "p", "2025-03-14"))
    assert captions.collection_caption("all reports", table) == "All 2 reports, published 9-14 March 2025."
    assert captions.collection_caption("voa", table) == "The 2 reports of `voa/`, published 9-14 March 2025."
    assert captions.years_caption(pd.Series(["2025-03-01", "2025-03-02", "1950-06-25"])) == \
        "3 timeline rows dated from 1950 to 2025; the busiest years: 2025 (2), 1950 (1)."
    assert captions.conflicts_caption(pd.DataFrame({"conflicts": ["", ""]})).startswith("No merged event")
    assert captions.conflicts_caption(pd.DataFrame({"conflicts": ["a: 3; b: 20", ""]})) == \
        "1 merged event with sources that disagree:"


def test_the_example_is_the_richest_report_unless_one_is_named():
    reports = [Article(article_id=name, path=f"{name}.txt", format="txt", text="x", published=None) for name in "abc"]
    events = pd.DataFrame({"article_id": ["a", "b", "b", "c"], "place": ["", "Quetta", "Bolan", ""],
                           "date_from": ["published", "sentence", "sentence", "published"],
                           "source": ["", "the military", "", ""]})
    assert richness(events) == {"a": 0, "b": 5, "c": 0}
    assert example_article(reports, events=events).article_id == "b"
    assert example_article(reports, name="c.txt", events=events).article_id == "c"
    assert example_article(reports, name="a").article_id == "a"  # an article_id names it too
    assert example_article(reports).article_id == "a"  # no events: the first by date and path


def test_briefing_tables():
    timeline = pd.DataFrame({"date_start": ["2025-03-11", "2025-03-12", "2025-03-11"], "label": ["x", "y", "z"],
                             "places": ["", "", ""], "sources": ["", "", ""], "n_reports": [2, 3, 1]})
    assert list(briefing.corroborated(timeline)["label"]) == ["y", "x"]
    events = pd.DataFrame({"source": ["the military", "the military", "", "police"],
                           "hedged": [True, False, False, False], "modality": ["claimed", "planned", "asserted", "claimed"],
                           "negated": [False, False, False, True], "sentence": ["s1", "s2", "s3", "s4"],
                           "date_from": ["sentence", "published", "published", None]})
    claims = briefing.claims_by_source(events)
    assert claims.to_dict("records")[0] == {"source": "the military", "claims": 2, "hedged": 1, "planned": 1,
                                            "hypothetical": 0, "negated": 0, "first claim": "s1"}
    sources = briefing.date_sources(events)
    assert list(sources.index) == ["published", "sentence", "unknown"] and list(sources["events"]) == [2, 1, 1]
