"""The events table (helpers.events.table): its columns, as documented, and offsets that survive a shift."""
from __future__ import annotations

from datetime import date

from helpers.events import events_of, events_table
from helpers.timex import timexes_of

PUBLISHED = date(2022, 9, 13)


def test_trigger_offsets_index_the_text_and_survive_a_shift(nlp):
    from dataclasses import replace

    text = "Advertisement free intro.\n\nRussia shelled Kharkiv overnight, officials said."
    doc = nlp(text)
    event = events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a", published=PUBLISHED)[-1]
    row = events_table([event]).iloc[0]
    assert text[row["trigger_start"]:row["trigger_end"]] == "shelled" == row["trigger"]
    shifted = events_table([replace(event, start=event.start + 10, end=event.end + 10)]).iloc[0]
    assert (("x" * 10) + text)[shifted["trigger_start"]:shifted["trigger_end"]] == "shelled"


def test_columns_are_those_documented():
    from helpers.paths import ROOT

    documented = next(line for line in (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").splitlines()
                      if line.startswith("| `events.csv` |"))
    listed = documented.split("|")[2].strip().split(", ")  # every column, in the order written
    assert listed == list(events_table([]).columns)



def test_new_columns_come_last_so_every_other_column_keeps_its_place():
    columns = list(events_table([]).columns)
    assert columns[-5:] == ["source_end", "kind", "mode", "target_actor", "confidence"]
