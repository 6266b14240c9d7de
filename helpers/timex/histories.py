"""How a history's time expressions are marked: as TIMEX2 marks them (the ACE/TERN guidelines, which war histories
such as WikiWars follow), not as TimeBank's TIMEX3 does for news.

A news report's expressions keep TimeBank's extents (helpers.timex.report). In a text the kit reads as history
(helpers.timex.story.Story.reads, or `reading="history"`), TIMEX2's extents hold instead:

- a length takes what it is a length of: "[two months of fierce battles]", "[the first three years of the war]";
- a part of a day named takes the day: "[the night of April 18, 1775]" is 1775-04-18TNI, a finer value;
- a word of how nearly takes its expression: "[about a week]", "[almost an hour]", "[a mere two years later]";
- a length counted from a happening takes the happening: "[Three weeks after the siege of Boston began]", "[The
  day after the battle]", "[months before]" (its value stays the length: the happening's day is not known here).

TIMEX2 also marks adjectives of time ("[former] president Theodore Roosevelt" as PAST_REF): the kit does not, as
TimeBank and MEANTIME do not (the Steve Jobs obituary MEANTIME holds reads as a history) and no analyst looks
for "former" among a report's times.

Written by hand: no library marks TIMEX2 extents on spaCy's parse.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from helpers.timex.values import Timex
from helpers.timex.words import PARTS_OF_DAY

# Words of how nearly a length or a distance in time holds, which TIMEX2 marks with it (not "at", "over",
# "around": prepositions before a time, "over the winter").
APPROXIMATE = {"about", "just", "almost", "nearly", "some", "only", "right", "roughly", "approximately", "mere",
               "barely", "merely", "fully"}
# Words that count a length from a happening ("three weeks after the siege began"), and the units they count in.
ANCHORS = {"after", "before", "since", "following"}
UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "time"}
# The words that may open a part of a day before "of": "the night of", "early in the morning of", "the early
# morning hours of".
OPENING_A_PART = {"the", "early", "late", "in", "morning"}


def marked_as_histories_are(found: list[Timex], doc: Doc) -> list[Timex]:
    """The expressions of a history with TIMEX2's extents, where the wider extent takes in no other expression:
    "the first ten months of 1915" stays "the first ten months" and "1915", whose year the events stage dates by
    (TIMEX2 would mark the whole and not the year)."""
    marked = []
    for timex in found:
        wider = widened_timex(timex, doc)
        swallows = any(other is not timex and wider.start <= other.start and other.end <= wider.end
                       for other in found)
        marked.append(timex if swallows else wider)
    return marked


def widened_timex(timex: Timex, doc: Doc) -> Timex:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return timex
    start, end, value = span.start, span.end, timex.value
    if timex.type == "DURATION" and (of := next((child for child in span.root.rights if child.dep_ == "prep"
                                                   and child.lower_ == "of"), None)) is not None:
        end = max(end, of.right_edge.i + 1)  # "two months [of fierce battles]"
    end = max(end, anchored_end(span))
    part = part_of_day_before(doc, start)
    if part is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        start, value = part[0], f"{value}T{PARTS_OF_DAY[part[1]]}"  # "[the night of] April 18, 1775"
    while start > 0 and doc[start - 1].lower_ in APPROXIMATE:
        start -= 1  # "[about] a week"
    if start > 0 and doc[start].lower_ == "mere" and doc[start - 1].lower_ == "a":
        start -= 1  # "[a mere] two years later"
    if (start, end, value) == (span.start, span.end, timex.value):
        return timex
    words = doc[start:end]
    return Timex(words.start_char, words.end_char, words.text, timex.type, value, timex.resolved_start,
                 timex.resolved_end)


def anchored_end(span) -> int:
    """Where a length counted from a happening ends: the phrase or clause of "after", "before", "since" or
    "following" right after a unit of time, up to a comma; the span's own end if none follows."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ANCHORS or span.root.lemma_.lower() not in UNITS:
        return span.end
    anchor = doc[span.end]
    if anchor.dep_ == "mark":  # "weeks [after] the siege began": the clause it opens
        last = anchor.head.right_edge.i if anchor.head.i > anchor.i else anchor.i
    elif anchor.head == span.root or span.root.head == anchor:  # "the day [after] the battle", "months [before]"
        last = anchor.right_edge.i
    else:
        return span.end
    comma = next((token.i for token in doc[anchor.i:last + 1] if token.text in {",", ";", "(", "—"}), None)
    return (comma if comma is not None else last + 1) if last > anchor.i or anchor.dep_ != "mark" else span.end


def part_of_day_before(doc: Doc, start: int) -> tuple[int, str] | None:
    """(where it starts, the part) of "the morning of", "early in the morning of", "the early morning hours of"
    right before token `start`; None if none is."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    named = doc[start - 2]
    part = named.lower_ if named.lower_ in PARTS_OF_DAY else \
        doc[start - 3].lower_ if named.lower_ == "hours" and start >= 3 else ""
    if part not in PARTS_OF_DAY:
        return None
    first = start - 2
    while first > 0 and doc[first - 1].lower_ in OPENING_A_PART:
        first -= 1
    if first > 0 and doc[first].lower_ == "in" and doc[first - 1].lower_ in {"early", "late"}:
        first -= 1  # "[early in] the morning of"
    while doc[first].lower_ == "in":
        first += 1  # ("[In] the early morning hours of" is the preposition's)
    return first, part
