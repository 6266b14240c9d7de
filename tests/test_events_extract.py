"""Events of a parsed report (helpers.events.extract): offsets, and nothing kept from one report to the next."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.events import events_of, events_table
from helpers.timex import timexes_of

PUBLISHED = date(2022, 9, 13)


def test_offsets_and_sentence(nlp):
    text = "Advertisement free intro.\n\nRussia shelled Kharkiv overnight, officials said."
    doc = nlp(text)
    row = events_table(events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a",
                                 published=PUBLISHED)).iloc[-1]
    assert text[row["start"]:row["end"]] == row["sentence"] == "Russia shelled Kharkiv overnight, officials said."
    assert row["date_value"] == "2022-09-12TNI"



def test_a_report_read_in_between_changes_nothing(nlp):
    def rows(text: str) -> pd.DataFrame:
        doc = nlp(text)
        return events_table(events_of(doc, timexes_of(doc, published=PUBLISHED), article_id="a", published=PUBLISHED))

    izium = "Ukrainian troops reached Izium on Saturday. Residents said Russian units had left the city."
    first = rows(izium)
    rows("Steve Jobs unveiled the phone in San Francisco. He said the city loved it.")
    pd.testing.assert_frame_equal(rows(izium), first)
    assert first.set_index("trigger").loc["left", "place"] == "Izyum"  # the city last named in this report


def test_a_saying_with_no_subject_of_its_own_is_its_tellers(events):
    table = events("Ryan Febrianto is a researcher in Jakarta.\n\n“In recent years, I think the government has "
                   "been focusing on maintaining enrollment levels … but we [still] have issues in terms of quality "
                   "improvement,” said Febrianto.")
    assert table.loc["said", "actor"] == "Ryan Febrianto"


@pytest.mark.parametrize("text, trigger, kind, target", [
    ("The ministry issued a statement condemning the attack.", "issued", "DISAPPROVE", "the attack"),
    ("Hamas issued a statement praising the operation.", "issued", "SUPPORT", "the operation"),
    ("The party issued a declaration demanding talks with the government.", "issued", "DEMAND",
     "talks with the government"),
])
def test_a_document_put_out_takes_the_type_of_its_act(events, text, trigger, kind, target):
    # what the statement does is what its issuer does: the kit's row is the issuing, typed by the statement's act
    row = events(text).loc[trigger]
    assert (row["type"], row["target"]) == (kind, target)


def test_a_document_with_no_act_of_a_type_keeps_its_own(events):
    row = events("The company released a report showing higher profits.").loc["released"]
    assert (row["type"], row["target"]) == ("", "a report")


def test_carrying_out_an_attack_is_named_and_merged_as_the_attack(events):
    table = events("The Baloch Liberation Army said it carried out the attack on Tuesday.")
    assert (table.loc["carried", "action"], table.loc["carried", "kind"]) == ("carry out attack", "attack")
    assert events("The government carried out a census in 2020.").loc["carried", "kind"] == "carry"


@pytest.mark.parametrize("text, value, came_from", [
    # a headline's act takes the day the body gives the same act by the same side
    ("Apple unveils new MacBook Air laptops\n\nApple Inc. unveiled new MacBook Air laptops on Wednesday in "
     "Cupertino.", "2022-09-07", "body"),
    # ... not another side's, nor another kind of act
    ("Apple unveils new MacBook Air laptops\n\nMicrosoft unveiled a new tablet on Wednesday.", "2022-09-13",
     "published"),
    ("Apple unveils new MacBook Air laptops\n\nApple sued Samsung on Wednesday.", "2022-09-13", "published"),
])
def test_a_headlines_act_takes_the_day_the_body_gives_it(events, text, value, came_from):
    row = events(text).loc["unveils"]
    assert (row["date_value"], row["date_from"]) == (value, came_from)
