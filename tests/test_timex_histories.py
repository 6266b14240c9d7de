"""A history's time expressions marked as TIMEX2 marks them (helpers.timex.histories); news keeps TimeBank's."""
from __future__ import annotations

from datetime import date

import pytest

from helpers.timex import timexes_of

PUBLISHED = date(2009, 12, 19)


def marked(nlp, text: str, reading: str) -> list[tuple[str, str]]:
    return [(timex.text, timex.value) for timex in timexes_of(nlp(text), published=PUBLISHED, reading=reading)]


@pytest.mark.parametrize("text, history, news", [
    # a length takes what it is a length of
    ("After two months of fierce battles in 1916, the line held.",
     [("two months of fierce battles", "P2M"), ("1916", "1916")], [("two months", "P2M"), ("1916", "1916")]),
    # ... but not over another expression, which dates events: TIMEX2's "[the first ten months of 1915]" is not
    ("In 1915 the first ten months of 1915 were bloody.",
     [("1915", "1915"), ("the first ten months", "P10M"), ("1915", "1915")],
     [("1915", "1915"), ("the first ten months", "P10M"), ("1915", "1915")]),
    # a length counted from a happening takes it
    ("In 1775 the army moved three weeks after the siege of Boston began.",
     [("1775", "1775"), ("three weeks after the siege of Boston began", "P3W")],
     [("1775", "1775"), ("three weeks", "P3W")]),
    ("In 1936 they marched two days after relieving the siege.",
     [("1936", "1936"), ("two days after relieving the siege", "P2D")], [("1936", "1936"), ("two days", "P2D")]),
    # a part of a day takes the day, and tells it
    ("The British marched on the night of April 18, 1775, toward Concord.",
     [("the night of April 18, 1775", "1775-04-18TNI")], [("April 18, 1775", "1775-04-18")]),
    ("In the early morning hours of 30 April 1975 the last helicopters left.",
     [("the early morning hours of 30 April 1975", "1975-04-30TMO")], [("30 April 1975", "1975-04-30")]),
    ("Fighting resumed early in the morning of 29 April 1975.",
     [("early in the morning of 29 April 1975", "1975-04-29TMO")], [("29 April 1975", "1975-04-29")]),
    # ... up to a comma, and not over the clause a length only stands before
    ("In 1914 Germany invaded Belgium. After two months of fierce battles along the Marne, the front froze.",
     [("1914", "1914"), ("two months of fierce battles along the Marne", "P2M")],
     [("1914", "1914"), ("two months", "P2M")]),
    ("In 1812 Napoleon invaded Russia. The army marched for about a week before it reached the Neman.",
     [("1812", "1812"), ("about a week", "P1W")], [("1812", "1812"), ("a week", "P1W")]),
    ("In 1998 the raids began. He wrote about 1991 in his memoirs.", [("1998", "1998"), ("1991", "1991")],
     [("1998", "1998"), ("1991", "1991")]),
    # ... and not over a clause the parser hung inside its phrase
    ("In 1944 within three days of the landing at Anzio the Germans had brought up five divisions.",
     [("1944", "1944"), ("three days of the landing at Anzio", "P3D")], [("1944", "1944"), ("three days", "P3D")]),
    ("Two weeks after the emperor, who had fled to Elba, returned, the king left Paris in March 1815.",
     [("Two weeks", "P2W"), ("March 1815", "1815-03")], [("Two weeks", "P2W"), ("March 1815", "1815-03")]),
    # a word of how nearly, not a preposition
    ("In 1869 Tolstoy wrote about the winter of 1812.", [("1869", "1869"), ("the winter of 1812", "1812-WI")],
     [("1869", "1869"), ("the winter of 1812", "1812-WI")]),
    ("In 1942 the siege lasted about a week.", [("1942", "1942"), ("about a week", "P1W")],
     [("1942", "1942"), ("a week", "P1W")]),
    # adjectives of time, which TIMEX2 marks, are not marked: TimeBank and MEANTIME do not
    ("In 1912 former president Theodore Roosevelt attacked him.", [("1912", "1912")], [("1912", "1912")]),
])
def test_a_history_marks_what_timex2_marks(nlp, text, history, news):
    assert marked(nlp, text, "history") == history
    assert marked(nlp, text, "news") == news
