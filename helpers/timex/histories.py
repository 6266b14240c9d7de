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

from spacy.tokens import Doc, Span, Token

from helpers.timex.values import Timex
from helpers.timex.words import PARTS_OF_DAY

# Words of how nearly a length or a distance in time holds, which TIMEX2 marks with it (not "at", "over",
# "around": prepositions before a time, "over the winter").
APPROXIMATE = {"about", "just", "almost", "nearly", "some", "only", "right", "roughly", "approximately", "mere",
               "barely", "merely", "fully"}
# Words that count a length from a happening ("three weeks after the siege began"), and the units they count in.
ANCHORS = {"after", "before", "since", "following"}
UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "time"}
# What a clause counted from takes of its verb's words: what it acts on, where and when ("after the Germans invaded
# [Poland]", "after relieving [the siege]"), not a clause the parser hung on it.
CLAUSE_WORDS = {"dobj", "prep", "prt", "attr", "acomp", "npadvmod", "advmod", "agent", "dative", "oprd"}
BREAKS = {",", ";", "(", "—", "–", ".", ":"}
CLAUSES = {"relcl", "appos", "ccomp", "advcl", "parataxis"}
# The words a length opens with that a word of how nearly may come before: "[about] a week", "[almost] two decades".
COUNTING = {"a", "an", "one", "several", "few", "some", "now", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"}
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
        end = max(end, up_to_a_break(doc, of.i, phrase_end(of)))  # "two months [of fierce battles]"
    end = max(end, anchored_end(span))
    part = part_of_day_before(doc, start)
    if part is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        start, value = part[0], f"{value}T{PARTS_OF_DAY[part[1]]}"  # "[the night of] April 18, 1775"
    while start > 0 and doc[start - 1].lower_ in APPROXIMATE and counts(doc[start]):
        start -= 1  # "[about] a week", "[almost] two decades" (not "wrote about 1991", "spoke about the summer")
    if start > 0 and doc[start].lower_ == "mere" and doc[start - 1].lower_ == "a":
        start -= 1  # "[a mere] two years later"
    if (start, end, value) == (span.start, span.end, timex.value):
        return timex
    words = doc[start:end]
    return Timex(words.start_char, words.end_char, words.text, timex.type, value, timex.resolved_start,
                 timex.resolved_end)


def counts(word: Token) -> bool:
    """Whether a word opens a count of time ("a week", "two decades", "40 days"), not a year ("1991")."""
    return word.lower_ in COUNTING or word.like_num and not re.fullmatch(r"\d{3,4}", word.text)


def anchored_end(span: Span) -> int:
    """Where a length counted from a happening ends: the phrase or clause of "after", "before", "since" or
    "following" right after a unit of time, up to a comma; the span's own end if none follows."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ANCHORS or span.root.lemma_.lower() not in UNITS:
        return span.end
    anchor = doc[span.end]
    if span.root.head == anchor and anchor.dep_ == "mark" and anchor.head.i > anchor.i:
        # "[weeks] after the siege began": the clause it opens, without what the parser hung on its verb beyond
        verb = anchor.head
        if up_to_a_break(doc, anchor.i, verb.i) < verb.i:
            return span.end  # ("Two weeks after the emperor[,] who had fled to Elba, returned": not cut in two)
        last = max([verb.i] + [child.right_edge.i for child in verb.rights if child.dep_ in CLAUSE_WORDS])
    elif anchor.dep_ == "prep" and (anchor.head == span.root or span.root.head == anchor):
        last = phrase_end(anchor) - 1  # "the day [after] the battle", "two days [after] relieving the siege"
    elif span.root.head == anchor and not list(anchor.children)[1:]:
        last = anchor.i  # "[months] before"
    else:
        return span.end  # ("marched for about a week before it reached the Neman": the march's, not the week's)
    return up_to_a_break(doc, anchor.i, last + 1)


def phrase_end(word: Token) -> int:
    """Where the phrase a preposition opens ends, before any clause the parser hung inside it: "of the war [the front
    barely moved]", "of the landing at Anzio [the Germans]" (a relative clause, an apposition, a clause)."""
    clauses = [token.left_edge.i for token in word.subtree if token.dep_ in CLAUSES and token.i > word.i]
    return min(clauses, default=word.right_edge.i + 1)


def up_to_a_break(doc: Doc, start: int, end: int) -> int:
    """`end`, or the first comma, semicolon, bracket, dash or full stop from `start` on, where a phrase the parser
    ran on across it stops ("two months of fierce battles along the Marne[,] the front froze")."""
    return next((token.i for token in doc[start:end] if token.text in BREAKS or token.is_sent_end), end)


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
