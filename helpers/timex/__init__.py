"""Time: find time expressions in a parsed report and normalise them to TIMEX3 values and calendar dates.

Written by hand where no library does the job: dateparser resolves "Sunday" to a datetime but
has no notion of TIMEX3 granularity (`2022-W36-WE`, `P2D`, `2013-03-21TEV`), of tense, or of
chaining ("the previous day" after an explicit date). dateparser is kept as the fallback for
absolute dates written in formats the rules below do not know.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import product

import pandas as pd
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from helpers.lexicon import CARDINALS, COMMITTING_VERBS, CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, ONE_TO_TWELVE, \
    SPEECH_VERBS

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
FULL_MONTH_NAMES = [name.lower() for name in calendar.month_name if name]
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, **ONE_TO_TWELVE, "several": "X", "few": "X",
           "a few": "X", "some": "X", "many": "X", "couple": 2, "a couple of": 2, "couple of": 2, "dozen": 12,
           "hundred": 100, "a hundred": 100}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
         "month": "M", "year": "Y", "decade": "DE", "century": "C", "quarter": "Q"}
DAYS_IN = {"second": 0, "minute": 0, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "quarter": 91,
           "year": 365, "decade": 3650, "century": 36500}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
                "overnight": "NI", "dawn": "MO", "dusk": "EV"}
SEASONS = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "autumn": ("FA", 9, 11), "fall": ("FA", 9, 11),
           "winter": ("WI", 12, 2)}
REFERENCES = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "today's": "PRESENT_REF",
              "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
              "then current": "PAST_REF", "then-current": "PAST_REF",
              "the past": "PAST_REF", "former": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
              "the future": "FUTURE_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF"}
SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D",
        "hourly": "PT1H"}
CHAINED = {"the next morning": 1, "the following morning": 1, "the previous night": -1, "the night before": -1,
           "the previous evening": -1, "the next evening": 1, "the following night": 1, "the previous day": -1, "the day before": -1, "the preceding day": -1, "the next day": 1,
           "the following day": 1, "the day after": 1, "that day": 0, "the same day": 0, "later that day": 0,
           "earlier that day": 0, "that night": 0, "that evening": 0, "that morning": 0}

MONTH_WORDS = [*MONTHS, *(f"{name}." for name in MONTHS if len(name) <= 4)]  # "sept.", "feb."
# "the night of 11 September", "the early hours of Thursday morning": TimeBank marks the day alone
PART_OF_A_NAMED_DAY = re.compile(r"the (?:early |late )?(?:hours|morning|afternoon|evening|night)")

# token lists, not regular expressions: the Matcher looks a list up once per word, a pattern runs on each token
YEARS = [str(year) for year in range(1800, 2100)]
COUNTED_UNITS = [unit + plural for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade")
                 for plural in ("", "s")]
COUNTS = [str(number) for number in range(1000)] + "two three four five six seven eight nine ten eleven twelve "\
    "fifteen twenty thirty".split()

# Expressions the stock model leaves out of its DATE/TIME entities.
EXTRA_PATTERNS = [
    [{"LOWER": {"IN": ["overnight", "tonight", "now", "currently", "recently", "daily", "weekly", "monthly",
                       "annually", "yesterday", "today", "tomorrow"]}}],
    [{"LOWER": {"IN": list(WEEKDAYS)}}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}, "OP": "?"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["previous", "next", "following", "preceding", "same"]}},
     {"LOWER": {"IN": ["day", "night", "week", "month", "year", "morning", "evening"]}}],
    [{"LOWER": {"IN": ["last", "this", "next", "earlier", "later", "late", "early"]}},
     {"LOWER": {"IN": ["this", "last", "that"]}, "OP": "?"},
     {"LOWER": {"IN": ["week", "weekend", "month", "year", "morning", "evening", "night", "day"]}}],
    [{"LOWER": {"IN": ["a", "the", "this", "last"]}}, {"LOWER": "weekend"}],
    [{"LOWER": {"IN": ["yesterday", "tomorrow"]}}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}}],
    # "a year from now", "two weeks hence": a day, week, month or year ahead
    [{"LOWER": {"IN": ["a", "an", "one", *COUNTS]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}},
     {"LOWER": "from"}, {"LOWER": "now"}],
    [{"LOWER": {"IN": ["a", "an", "one", *COUNTS]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}}, {"LOWER": "hence"}],
    [{"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "day"}, {"LOWER": {"IN": ["before", "after"]}}],
    # "sales were lower the year before.": a year back from the year last named (not "the year before the war")
    [{"LOWER": "the"}, {"LOWER": "year"}, {"LOWER": {"IN": ["before", "earlier"]}}, {"IS_PUNCT": True}],
    # vague references TimeBank marks: "current" (13 of 19 in the tuned part), "recent" (14 of 22)
    [{"LOWER": {"IN": ["current", "recent", "currently", "recently", "nowadays"]}}],
    # "will soon begin": FUTURE_REF; "was soon released" and "as soon as" are left out in timexes_of
    [{"LOWER": "soon"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "foreseeable", "distant"]}, "OP": "?"},
     {"LOWER": {"IN": ["future", "past"]}, "POS": "NOUN"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short", "long"]}}, {"LOWER": "term"}],
    [{"LOWER": "these"}, {"LOWER": "days"}],
    # "in a week's time": the length
    [{"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "ten"]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}},
     {"LOWER": {"IN": ["'s", "'"]}}, {"LOWER": "time"}],
    # "trading resumed in the afternoon": the part of the day last named (see rule_part_of_day)
    [{"LOWER": {"IN": ["in", "during", "by"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["morning", "afternoon", "evening"]}}],
    [{"LOWER": "at"}, {"LOWER": "present"}],  # "At present Ryanair has ...": PRESENT_REF
    # "meets twice a year", "three times a week": how often, a SET
    [{"LOWER": {"IN": ["once", "twice"]}}, {"LOWER": {"IN": ["a", "per"]}},
     {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
    [{"LOWER": {"IN": ["two", "three", "four", "five", "six", "ten", "2", "3", "4", "5", "6", "10"]}},
     {"LOWER": "times"}, {"LOWER": {"IN": ["a", "per"]}}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
    # "a day-long meeting", "a weeklong strike": the length of what the noun names
    [{"LOWER": {"IN": ["hour", "day", "week", "month", "year", "decade"]}}, {"ORTH": "-"}, {"LOWER": "long"}],
    [{"LOWER": {"IN": ["daylong", "weeklong", "monthlong", "yearlong"]}}],
    [{"LOWER": {"IN": ["hours", "days", "weeks", "months", "years", "decades"]}}, {"ORTH": "-"}, {"LOWER": "long"}],
    [{"LOWER": "then"}, {"LOWER": "-", "OP": "?"}, {"LOWER": "current"}],  # "the then current price": PAST_REF
    [{"LOWER": "that"}, {"LOWER": "same", "OP": "?"}, {"LOWER": "quarter"}],  # the quarter last named
    [{"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": "quarter"}],
    # "a flat second quarter", "the fiscal second-quarter": quarters the model reads as an ordinal or not at all
    [{"LOWER": "fiscal", "OP": "?"}, {"LOWER": {"IN": ["first", "second", "third", "fourth"]}}, {"LOWER": "-", "OP": "?"},
     {"LOWER": "quarter"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["week", "month", "year"]}}, {"LOWER": "'s"}],  # "the week's busiest session"
    [{"LOWER": "the"}, {"LOWER": {"IN": ["latest", "year-ago", "year-earlier", "comparable", "recent"]}},
     {"LOWER": "period"}],
    [{"LOWER": "the"}, {"SHAPE": "dddd"}, {"LOWER": "period"}],  # "in the 1988 period"
    [{"LOWER": {"IN": ["year", "year-end"]}}, {"LOWER": {"IN": ["end", "'s"]}, "OP": "?"},
     {"LOWER": "end", "OP": "?"}],
    [{"LOWER": {"IN": ["good", "black"]}}, {"LOWER": "friday"}],  # Good Friday, Black Friday: holidays
    [{"LOWER": {"IN": ["thanksgiving", "christmas", "easter", "halloween"]}}, {"LOWER": {"IN": ["day", "week"]},
                                                                                "OP": "?"}],
    [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": {"IN": ["day", "week", "month", "year", "night", "morning",
                                                              "evening", "quarter", "summer", "winter", *WEEKDAYS,
                                                              *FULL_MONTH_NAMES]}}],  # "each July": SET XXXX-07
    [{"LOWER": "the"}, {"LOWER": {"IN": ["next", "following", "previous"]}},
     {"LOWER": {"IN": ["morning", "evening", "night", "afternoon", *WEEKDAYS]}}],
    [{"LOWER": {"IN": ["new", "independence", "labor", "memorial", "veterans", "valentine"]}},
     {"LOWER": {"IN": ["year", "day", "'s"]}}, {"LOWER": {"IN": ["'s", "day", "eve"]}, "OP": "*"}],
    # numeric dates with the year last: "24.02.2022", "12/09/2022" (see rule_numeric_date)
    [{"SHAPE": {"IN": [f"{day}{separator}{month}{separator}dddd" for day in ("d", "dd") for month in ("d", "dd")
                       for separator in "./-"]}}],
    # the day before the month, as British and wire reports write it ("11 September", "24 Feb. 2022"),
    # which the model often splits ("the night of 11 | September")
    [{"SHAPE": {"IN": ["d", "dd"]}}, {"LOWER": {"IN": MONTH_WORDS}}, {"SHAPE": "dddd", "OP": "?"}],
    # "in the autumn", "the early summer" ("the fall" only with a season's word before it: "the fall of Izium")
    [{"LOWER": "the"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
     {"LOWER": {"IN": ["spring", "summer", "autumn", "winter"]}}],
    # "through the nineties", "the early eighties": decades spelled out
    [{"LOWER": "the"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
     {"LOWER": {"IN": ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]}}],
    # "7/8/07": a slashed date with a two-digit year
    [{"SHAPE": {"IN": [f"{first}/{second}/dd" for first in ("d", "dd") for second in ("d", "dd")]}}],
    # "from 2009 to 2011": the model often takes the first year alone; split_joined makes two of them
    [{"LOWER": {"IN": YEARS}}, {"LOWER": {"IN": ["to", "through", "until", "till"]}},
     {"LOWER": {"IN": YEARS}}],
    # a count of units the model reads as a number or misses: "Three years after it was first due",
    # "almost two and a half years"
    [{"LOWER": {"IN": COUNTS}}, {"LOWER": {"IN": COUNTED_UNITS}}],
    [{"LOWER": {"IN": COUNTS}}, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"},
     {"LOWER": {"IN": COUNTED_UNITS}}],
]
# Words that join two time expressions into one span the model makes: "the quarter ended Sept. 30",
# "between 1994 and 1997", "from Sept. 14 to Thursday". TimeML marks each side on its own.
CONNECTORS = {"ended", "ending", "and", "to", "through", "until", "till", "-", "–", "or"}
DATE_LABELS = {"DATE", "TIME"}
SPELLED_DECADE = re.compile(r"the (?:early |late |mid-)?(?:twenties|thirties|forties|fifties|sixties|seventies|"
                            r"eighties|nineties)")
WEATHER = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|weather|heat|fahrenheit|celsius)\b")
EARLY_HOURS = {"the early hours", "the small hours", "the wee hours"}
NAMES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "LAW"}  # not EVENT: "Thanksgiving Day"
NOT_A_TIME = False  # a rule's answer for text that looks like a date but is none ("September 31")


@dataclass(frozen=True)
class Timex:
    """A time expression: where it is, its TIMEX3 type and value, and the calendar days it covers."""

    start: int
    end: int
    text: str
    type: str
    value: str
    resolved_start: date | None = None
    resolved_end: date | None = None


def find_time_spans(doc: Doc, published: date | None = None) -> list[Span]:
    """The model's DATE/TIME entities plus the expressions it misses, trimmed to TimeML extents."""
    matcher, phrases = _matchers(doc.vocab)
    candidates = [ent for ent in doc.ents if ent.label_ in DATE_LABELS]
    # what the model reads as part of a name is no time of the patterns' ("the Sunday Times", "Bloody Sunday")
    candidates += [doc[start:end] for _, start, end in [*matcher(doc), *phrases(doc)]
                   if not any(token.ent_type_ in NAMES for token in doc[start:end])]
    spans = [trim(part) for span in candidates for part in split_joined(span)]
    spans = [with_its_month(s) for s in spans if s is not None and len(s)]
    spans = join_overlapping(spans)
    return [part for span in merge_clock_and_day(spans) for part in split_unreadable(span, published)]


def with_its_month(span: Span) -> Span:
    """"June | 8, 2010": a day and year the model took without the month written just before them."""
    doc = span.doc
    if span.start and re.fullmatch(r"\d{1,2}", span[0].text) and doc[span.start - 1].lower_ in MONTH_WORDS \
            and doc[span.start - 1].ent_type_ not in DATE_LABELS:
        return doc[span.start - 1:span.end]
    return span


def join_overlapping(spans: list[Span]) -> list[Span]:
    """Spans in text order, two that share words made one: the model's "early Friday" and the pattern's
    "Friday morning" are the one expression "early Friday morning" (not "early Friday" and a stray "morning")."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if joined and span.start < joined[-1].end:
            last = joined[-1]
            joined[-1] = span.doc[last.start:max(last.end, span.end)]
        else:
            joined.append(span)
    return joined


# time zones written after a clock: "EST", "ET" (American wire copy), "GMT", "BST", "CET", "MSK", "local time"
ZONES = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|JST|IST|AES?T|AEDT|HKT|SGT|local time)"
# after four bare digits only a zone that cannot be a name: "1410 GMT" is a clock, "2018 PT Garuda" a year
WIRE_ZONES = r"(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|MSK|JST|AES?T|AEDT|HKT|SGT)"
CLOCK = re.compile(rf"(\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{{1,2}}:\d{{2}}|noon|midnight)"
                   rf"(?:\s+{ZONES})?", re.IGNORECASE)


DAY_NAME = re.compile(rf"(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}|today|yesterday|tomorrow)\b", re.IGNORECASE)


WEEKDAY_NAME = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


MONTH_NAME = re.compile(rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\d{{1,2}} (?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)


def merge_clock_and_day(spans: list[Span]) -> list[Span]:
    """"5 p.m. EST" + "Nov. 9", "noon" + "Thursday", "Friday" + "Oct. 13": one TIMEX3 each, as
    TimeML writes them."""
    merged: list[Span] = []
    for span in spans:
        if merged:
            previous = merged[-1]
            between = span.doc[previous.end:span.start]
            names_day = DAY_NAME.match(span.text) or DAY_MONTH.match(span.text)
            clock_then_day = CLOCK.fullmatch(previous.text) and names_day and len(between) <= 3 \
                and all(token.lower_ in {"on", ",", "local", "time"} or token.is_space for token in between)
            weekday_then_date = previous.text.lower() in WEEKDAYS \
                and (MONTH_NAME.match(span.text) or DAY_MONTH.match(span.text)) \
                and all(token.text == "," for token in between)  # "Friday, Oct. 23", "Saturday, 16 March"
            # "5 p.m. EST Nov. 9", "3 a.m. local time on Sunday", "Friday Oct. 13"
            if clock_then_day or weekday_then_date:
                merged[-1] = span.doc[previous.start:span.end]
                continue
        merged.append(span)
    return merged


_MATCHERS: dict[int, tuple[Matcher, PhraseMatcher]] = {}


def _matchers(vocab) -> tuple[Matcher, PhraseMatcher]:
    """EXTRA_PATTERNS for this vocabulary: those made of words only become the phrases they spell, for a
    PhraseMatcher (one lookup a token, however many phrases); the rest (shapes, parts of speech, long lists of
    counts) stay with the Matcher, whose cost grows with each pattern."""
    key = id(vocab)
    if key not in _MATCHERS:
        matcher, phrases = Matcher(vocab), PhraseMatcher(vocab, attr="LOWER")
        for pattern in EXTRA_PATTERNS:
            spelled = phrases_of(pattern)
            if spelled is None:
                matcher.add("TIMEX", [pattern])
            else:
                phrases.add("TIMEX", [Doc(vocab, words=words) for words in spelled])
        _MATCHERS[key] = (matcher, phrases)
    return _MATCHERS[key]


def phrases_of(pattern: list[dict], most: int = 2000) -> list[list[str]] | None:
    """The word sequences a Matcher pattern of LOWER (or non-letter ORTH) tokens, each required or optional
    ("OP": "?"), matches; None for any other pattern or one that spells more than `most` phrases."""
    choices = []
    for token in pattern:
        keys = set(token) - {"OP"}
        if token.get("OP", "!") not in {"!", "?"} or len(keys) != 1 or keys.pop() not in {"LOWER", "ORTH"}:
            return None
        value = token.get("LOWER", token.get("ORTH"))
        words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
        if not all(isinstance(word, str) and ("ORTH" not in token or word == word.lower()) for word in words):
            return None
        choices.append([*words, None] if token.get("OP") == "?" else list(words))
    if math.prod(len(options) for options in choices) > most:
        return None
    spelled = [[word for word in words if word is not None] for words in product(*choices)]
    return [words for words in spelled if words]


def split_joined(span: Span) -> list[Span]:
    """Two time expressions the model took as one ("the year ended Aug. 31"), split where both
    sides are time expressions on their own; one expression ("two to three weeks") stays whole."""
    numbers = [token for token in span if re.fullmatch(r"\d{1,2}", token.text)]
    if len(numbers) == 2 and DAY_MONTH.match(span.doc[numbers[1].i:span.end].text) \
            and span.doc[numbers[0].i + 1:numbers[1].i].text.strip() in RANGE_WORDS:
        # "10 and 12 September", "6-11 September": the first day is a number of its own, its month named after it
        return [span.doc[numbers[0].i:numbers[0].i + 1], span.doc[numbers[1].i:span.end]]
    for token in span:
        inside_a_word = token.text in {"-", "–"} and not span.doc[token.i - 1].whitespace_ \
            and not two_days(span, token)
        year_list = token.text == "," and re.fullmatch(r"(?:19|20)\d\d", span.doc[token.i - 1].text) \
            and token.i + 1 < span.end and re.fullmatch(r"(?:19|20)\d\d", span.doc[token.i + 1].text)
        # "June 17, two days before the launch": a date, then a count of days in apposition
        count_after_date = token.text == "," and token.i + 2 < span.end and span.doc[token.i + 1].like_num \
            and span.doc[token.i + 2].lower_.rstrip("s") in UNITS
        if (token.lower_ in CONNECTORS or token.lower_ == "of" or year_list or count_after_date) \
                and span.start < token.i < span.end - 1 \
                and not inside_a_word:  # "year-earlier" is one word, not "year" to "earlier"; "1994, 1995 and 1997"
            left, right = span.doc[span.start:token.i], span.doc[token.i + 1:span.end]
            left_trimmed, right_trimmed = trim(left), trim(right)
            if left_trimmed is None or right_trimmed is None:
                continue
            if token.lower_ == "of" and PART_OF_A_NAMED_DAY.fullmatch(left.text.lower()):
                return split_joined(right)  # "the morning of Sept. 11": TimeBank marks the day alone
            left_value = normalise(left_trimmed.text, published=None)
            if token.lower_ == "of" and (left_value is None or left_value[0] != "DURATION"):
                continue  # "the third quarter of 1989" is one date; "the first nine months of 1997" two
            if left_value and normalise(right_trimmed.text, published=None):
                return [left, *split_joined(right)]
            if left_value and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", left_value[1]) \
                    and re.fullmatch(r"\d{1,2}", right_trimmed.text):
                return [left, right]  # "April 24 and 25": the second day of the same month (see timexes_of)
    return [span]


def two_days(span: Span, hyphen) -> bool:
    """"April 3-4": a hyphen between two days of a month, no year after them (that split would lose it)."""
    doc = span.doc
    return hyphen.i + 1 < len(doc) and re.fullmatch(r"\d{1,2}", doc[hyphen.i - 1].text) is not None \
        and re.fullmatch(r"\d{1,2}", doc[hyphen.i + 1].text) is not None \
        and not re.search(r"\d{4}", doc[hyphen.i + 1:span.end].text)


def split_unreadable(span: Span, published: date | None) -> list[Span]:
    """"for three days last week": a length and a date side by side, which the model took as one expression
    the rules cannot read, made two; any other span as it is."""
    if len(span) < 3 or normalise(span.text, published=published) is not None:
        return [span]
    for middle in range(span.start + 1, span.end):
        left, right = trim(span.doc[span.start:middle]), trim(span.doc[middle:span.end])
        if left is None or right is None:
            continue
        left_value, right_value = normalise(left.text, published=published), normalise(right.text, published=published)
        if left_value and left_value[0] == "DURATION" and right_value and right_value[0] in DATE_LABELS:
            return [left, right]
    return [span]


def trim(span: Span) -> Span | None:
    """TimeML extents: "Friday", not "on Friday"; no trailing punctuation or "alone"."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 3 and doc[start].lower_ == "as" and doc[start + 1].lower_ in {"early", "soon", "late"} \
            and doc[start + 2].lower_ == "as":
        start += 3  # "as early as Tuesday": TimeBank marks "Tuesday"
    while start < end and not (doc[start].lower_ == "at" and start + 1 < end and doc[start + 1].lower_ in
                               {"least", "most"}) \
            and (doc[start].lower_ in {"on", "in", "at", "since", "by", "until", "during", "from", "of",
                                                 "for", "over", "within", "between", "before", "after", "through",
                                                 "throughout", "till", "to", "about", "almost", "only", "just",
                                                 "barely", "around", "roughly", "approximately", "its", "their",
                                                 "his", "her", "our", "my", "your", "both", "either"}
                           or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in {"alone", "'s", "and", "or", "to"}):
        end -= 1  # "between now and Feb. 10" reaches us as "now and" once the date is split off
    if end - start > 1 and doc[start].lower_ in {"earlier", "later"} \
            and (doc[start + 1].lower_ in WEEKDAYS or doc[start + 1:end].text.lower() == "this week"):
        start += 1  # "Earlier Friday", "earlier this week": TimeBank marks the day or week (9 times of 11)
    if end - start > 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ == "day" \
            and DAY_NAME.match(doc[start + 2].text):
        start += 2  # "during the day Friday": the day is named by "Friday"
    if end - start > 1 and doc[start].lower_ in {"the", "a", "an"}:
        root = doc[start + 1:end].root
        if root.dep_ in {"compound", "amod", "nmod", "nummod"} and not start <= root.head.i < end:
            start += 1  # "the [Aug. 7, 1998] bombing", "a [fourth-quarter] charge": the article belongs to the noun
    return doc[start:end] if end > start else None


def timexes_of(doc: Doc, *, published: date | None) -> list[Timex]:
    """Every time expression of a parsed report, normalised against its publication date.

    Relative expressions ("the previous day") chain from the last explicit day mentioned
    before them in the same paragraph, else from the publication date; the direction of a bare weekday
    follows the tense of the verb it hangs on. "that year" and "that quarter" ("the quarter", "the latest
    period") are the last year and quarter named; "a year earlier" and "the 1988 period" in a report on a
    quarter are quarters, counted from the quarter reported (not a comparison quarter, nor one still ahead
    outside its own sentence). "the previous Friday" and "in the morning" reach back across paragraphs.
    Without a publication date relative expressions keep an X-value and no calendar dates.
    """
    timexes = []
    text = doc.text  # spaCy joins the tokens again at each `doc.text`
    last_day: date | None = None
    last_day_at = 0
    last_day_named: date | None = None  # the last day named anywhere before, not reset by a paragraph
    last_quarter: str | None = None
    quarter_seen_at = -10_000
    forecast_quarter: str | None = None
    forecast_sentence_end = -1
    last_year: int | None = None
    sentences: list[tuple[int, int]] = []  # each timex's sentence, as character offsets
    said_before: dict[tuple[str, int], tuple] = {}  # (sentence, offset in it) -> the value it had
    spans = find_time_spans(doc, published)
    for index, span in enumerate(spans):
        if SPELLED_DECADE.fullmatch(span.text.lower()) and WEATHER.search(span.sent.text.lower()):
            continue  # "highs in the forties": degrees, not the 1940s
        if span.text.lower() in SETS and not is_recurrence(span):
            continue  # "average daily volume", "the Communist Party daily Granma": a rate's unit or a newspaper
        if is_title_or_greeting(span):
            continue  # ABC's "This Week", CBS's "60 Minutes", USA "Today", "Good evening from Havana"
        reading = span.text
        if is_zone_clock(span):
            if span.start and span.doc[span.start - 1].text == "(":
                continue  # "(1410 GMT)": the clock time just given, in another zone, not the year 1410
            span = span.doc[span.start:span.end + 1]  # "at 1410 GMT": a 24-hour clock, its zone in the extent
            reading = f"{span.text[:2]}:{span.text[2:]}"
        if part_of_a_named_day(span):
            continue  # "the early hours of Sunday": the day is the expression, as TimeBank marks it
        if span.start and span.doc[span.start - 1].text == "(" and CLOCK.fullmatch(span.text) and timexes \
                and timexes[-1].type == "TIME" and text[timexes[-1].end:span.start_char].strip() == "(":
            continue  # "12:30 EST (16:30 UTC)": the clock just given, in another zone
        if last_day is not None and "\n\n" in text[last_day_at:span.start_char]:
            last_day = None  # a new paragraph: "the previous day" is the report's again, not the last one named
        tense = tense_of(span)
        if span.text.lower() == "soon" and (tense == "past" or is_conjunction_soon(span)):
            continue  # "he was soon released" is narrative order, not the future; "as soon as" a conjunction
        # "the previous Friday", "in the morning" name a day of the story, which may be a paragraph back
        story_day = last_day_named if STORY_DAY.fullmatch(span.text.lower()) else last_day
        timex = normalise(reading, published=published, tense=tense, last_day=story_day)
        timex = told_by_the_story(span, text, timexes, last_year, published) or timex
        if timex is None and timexes and re.fullmatch(r"\d{1,2}", span.text):
            timex = second_day(timexes[-1], text[timexes[-1].end:span.start_char], span.text)
        if timex is None and index + 1 < len(spans) and re.fullmatch(r"\d{1,2}", span.text):
            # "between 10 and 12 September", "6-11 September": the first day takes the month named after it
            following = spans[index + 1]
            if text[span.end_char:following.start_char].strip() in RANGE_WORDS and DAY_MONTH.match(following.text):
                timex = normalise(re.sub(r"^\d{1,2}", span.text, following.text), published=published, tense=tense,
                                  last_day=story_day)
        year_named = MONTH_THIS_YEAR.fullmatch(span.text.lower())
        if timex is not None and year_named and not span.text.lower().startswith(("this", "next", "last")):
            # "in February this year", "in April next year": TimeBank marks the month, its year from the phrase
            span = span.doc[span.start:span.end - (3 if year_named.group(1) else 2)]
        if timex is None:
            continue
        if published is not None and last_day is None and last_evening_bulletin(span):
            day = published - timedelta(days=1)
            timex = ("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[span.text.lower()]}", day, day)
        if day_before_an_event(span):
            # "Oct. 12, the day before the plunge", "the day after his death": "the day" is the expression,
            # the day named just before it (in apposition) or one day from the last day named
            span = span.doc[span.start:span.end - 1]
            step = -1 if span.doc[span.end].lower_ == "before" else 1
            previous = timexes[-1] if timexes else None
            event = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
            if event is not None and event.tag_ == "VBG":
                timex = ("DATE", "XXXX-XX-XX", None, None)  # "available the day after airing": any such day
            elif previous and previous.resolved_start and previous.resolved_start == previous.resolved_end \
                    and text[previous.end:span.start_char].strip() == ",":
                timex = day_result(previous.resolved_start)
            elif last_day or published:
                timex = day_result((last_day or published) + timedelta(days=step))
            else:
                timex = ("DATE", "XXXX-XX-XX", None, None)
        if span.text.lower() == "the week" and span.end < len(doc) and doc[span.end].lower_ in {"ended", "ending"} \
                and index + 1 < len(spans) and spans[index + 1].start == span.end + 1:
            # "the week ending March 15": the ISO week holding that day
            closing = normalise(spans[index + 1].text, published=published, tense=tense, last_day=story_day)
            if closing and closing[2] is not None and closing[2] == closing[3]:
                timex = normalise(f"the week of {spans[index + 1].text}", published=published, tense=tense,
                                  last_day=story_day) or timex
        if is_reporting_year(span):
            timex = ("DURATION", "P1Y", None, None)
        elif last_year is not None and THAT_YEAR.fullmatch(span.text.lower()):
            timex = year_result(last_year)  # "in June 1998 ... later that year": the year last named
        elif last_year is not None and (later := YEARS_LATER.fullmatch(span.text.lower())):
            # "in 1984 the Macintosh ... One year later he was fired": from the year last named, not today
            count = later.group(1)
            timex = year_result(last_year + (int(count) if count.isdigit() else NUMBERS[count]))
        elif last_quarter and span.text.lower() in THE_QUARTER:
            # "the quarter" is the one under report, as a company names it ("the fiscal first quarter")
            timex = quarter_result(int(last_quarter[:4]), int(last_quarter[-1]))
        # the reported quarter is what "a year ago" compares with: not the comparison quarter itself ("the
        # year-ago quarter"), and a quarter not yet closed ("losses through the third quarter of 1990") only
        # in its own sentence
        reference = forecast_quarter if forecast_quarter and span.start < forecast_sentence_end else last_quarter
        if re.fullmatch(r"\d{4}-Q\d", timex[1]):
            quarter_seen_at = span.end_char
            if published is not None and timex[3] is not None and timex[3] >= published:
                forecast_quarter, forecast_sentence_end = timex[1], span.sent.end
            elif not COMPARISON.search(span.text.lower()):
                last_quarter = timex[1]
        elif reference and (YEAR_BEFORE.fullmatch(span.text.lower()) or YEAR_PERIOD.fullmatch(span.text.lower())) \
                and ("quarter" in span.sent.text.lower() or span.start_char - quarter_seen_at < 400):
            named = YEAR_PERIOD.fullmatch(span.text.lower())
            # "a year earlier": the quarter a year before; "the 1988 period": that quarter of 1988
            timex = quarter_result(int(named.group(1)), int(reference[-1])) if named \
                else year_ago_quarter(reference)
        # a sentence the report repeats (a summary line again in the body) means what it meant the first time
        sent = span.sent
        sentence = sent.text
        repeated = (sentence.strip(), span.start_char - sent.start_char - (len(sentence) - len(sentence.lstrip())))
        timex = said_before.setdefault(repeated, timex)
        timexes.append(Timex(span.start_char, span.end_char, span.text, *timex))
        sentences.append((sent.start_char, sent.end_char))
        if re.match(r"\d{4}\b", timex[1]):
            last_year = int(timex[1][:4])
        if timex[2] is not None and timex[2] == timex[3] and not span.text.lower().startswith("the previous"):
            last_day, last_day_at = timex[2], span.end_char
            last_day_named = last_day
    return clock_of_the_day_after(clock_of_the_day_named(timexes, sentences, published), text)


def told_by_the_story(span: Span, text: str, timexes: list[Timex], last_year: int | None, published: date | None):
    """The value of an expression that counts from what the report named before it, or None: "the following
    year" (the year last named plus one), "the following week/month" (after the day or month last named), "the
    year before" (before the year last named, else the report's), "2007 was the year of" (the year just named)."""
    said = span.text.lower()
    if said == "the following year" and last_year is not None and last_year < 9999:
        return year_result(last_year + 1)  # "in 2001 the iPod and the following year Mac OS X": 2002
    following = re.fullmatch(r"the following (week|month)", said)
    if following:
        named = next((t.resolved_start for t in reversed(timexes) if t.resolved_start is not None
                      and re.match(r"\d{4}-\d\d(?:-\d\d)?$" if following.group(1) == "month"
                                   else r"\d{4}-\d\d-\d\d$", t.value)), published)
        return normalise(f"next {following.group(1)}", published=named) if named else None
    year = last_year or (published.year if published else None)
    if said in {"the year before", "the year earlier"} and year is not None and year > 1:
        return year_result(year - 1)
    if timexes and said in {"the year", "the month", "the day", "the week"} \
            and re.fullmatch(r"\s+(?:was|is|will be|would be)\s+", text[timexes[-1].end:span.start_char]):
        previous = timexes[-1]  # "2007 was the year of the iPhone": the year just named
        return previous.type, previous.value, previous.resolved_start, previous.resolved_end
    return None


def clock_of_the_day_named(timexes: list[Timex], sentences: list[tuple[int, int]], published: date | None
                           ) -> list[Timex]:
    """A clock time that names no day ("at 18:00 UTC") is a time of the one day its sentence names ("made its
    first flight Tuesday ... at 18:00 UTC": a weekday, "yesterday", "tomorrow"), else of the report's day ("halted
    since March 3 and resumes at 14:00 GMT" is today's 14:00)."""
    result = list(timexes)
    for i, clock in enumerate(timexes):
        if not (clock.type == "TIME" and published is not None and clock.resolved_start == published
                and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", clock.value)
                and not DAY_NAME.search(clock.text)):
            continue
        days = {other.resolved_start for other, sentence in zip(timexes, sentences)
                if sentence == sentences[i] and other is not clock and other.type == "DATE"
                and re.fullmatch(r"\d{4}-\d\d-\d\d", other.value)
                and DAY_NAME.match(other.text) and not MONTH_NAME.match(other.text)}
        if len(days) == 1:
            day = days.pop()
            result[i] = Timex(clock.start, clock.end, clock.text, "TIME", f"{day.isoformat()}{clock.value[10:]}",
                              day, day)
    return result


# "10:35 a.m. (0735 GMT) Friday": a clock time, the same time in another zone in brackets, then its day
BRACKETED_ZONE = re.compile(r"\s*\([^()]{1,30}\)\s*,?\s*(?:on\s+)?")


def is_zone_clock(span: Span) -> bool:
    """"1410 GMT": four digits before a time zone are a 24-hour clock, not a year."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return re.fullmatch(r"[0-2]\d[0-5]\d", span.text) is not None and following is not None \
        and re.fullmatch(WIRE_ZONES, following.text) is not None


def part_of_a_named_day(span: Span) -> bool:
    """"the early hours" or "the night" just before "of" and a day ("of Sunday", "of Oct. 23")."""
    doc = span.doc
    after = doc[span.end + 1:span.end + 4].text if span.end + 1 < len(doc) else ""
    return PART_OF_A_NAMED_DAY.fullmatch(span.text.lower()) is not None and span.end < len(doc) \
        and doc[span.end].lower_ == "of" and bool(DAY_NAME.match(after) or DAY_MONTH.match(after))


def clock_of_the_day_after(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare clock time followed by its time in another zone in brackets and then a day ("10:35 a.m.
    (0735 GMT) Friday"), or a bare part of the day followed by "on" and a day ("dawn on Saturday"), is a
    time of that day ("overnight into Monday": of the night before it); both stay expressions of their
    own, as TimeML marks them."""
    result = list(timexes)
    for i, (clock, following) in enumerate(zip(timexes, timexes[1:])):
        clock_time = re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\dT\d\d:\d\d", clock.value) \
            and BRACKETED_ZONE.fullmatch(text[clock.end:following.start])
        part = clock.text.lower() in PARTS_OF_DAY and re.fullmatch(r"\s+on\s+", text[clock.end:following.start])
        into = clock.text.lower() == "overnight" and re.fullmatch(r"\s+into\s+", text[clock.end:following.start])
        if clock.type == "TIME" and (clock_time or part or into) \
                and following.resolved_start is not None and following.resolved_start == following.resolved_end \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", following.value):
            # "overnight into Monday": the night that ends on Monday
            day = following.resolved_start - timedelta(days=1 if into else 0)
            result[i] = Timex(clock.start, clock.end, clock.text, "TIME", f"{day.isoformat()}{clock.value[10:]}",
                              day, day + timedelta(days=1) if clock.value.endswith("TNI") else day)
    return result


TITLE_WORDS = {"week", "weeks", "minute", "minutes", "hour", "hours", "month", "months", "year", "years",
               "today", "tonight", "tomorrow", "now", "morning", "evening", "night"}


def is_title_or_greeting(span: Span) -> bool:
    """A time word written with a capital inside a sentence names a programme or a paper ("speaking on
    ABC's "This Week"", "60 Minutes", "USA Today"); "good evening" is a greeting."""
    doc = span.doc

    def in_a_title(token) -> bool:  # "Week" after "This", "Minutes" after "60", "Today" after "VOA"
        before = doc[token.i - 1] if token.i else None
        return token.lower_ in TITLE_WORDS and token.text[0].isupper() and before is not None \
            and not before.is_sent_start and (before.like_num or (before.is_alpha and before.text[0].isupper()))

    capitalised = any(in_a_title(token) for token in span)
    greeting = span.text.lower() in {"morning", "evening", "afternoon", "night"} and span.start \
        and doc[span.start - 1].lower_ == "good"
    return capitalised or bool(greeting)


MONTH_THIS_YEAR = re.compile(rf".*\b(?:{'|'.join(MONTHS)})\.?(?: \d{{1,2}})? (of )?(?:this|next|last) year")


RANGE_WORDS = {"and", "to", "-", "–", "or", "through"}


def second_day(previous: Timex, between: str, number: str):
    """"April 24 and 25", "April 24-25": the bare second number is a day of the month just named."""
    if previous.resolved_start is None or previous.resolved_start != previous.resolved_end \
            or between.strip() not in RANGE_WORDS:
        return None
    day = safe_date(previous.resolved_start.year, previous.resolved_start.month, int(number))
    return day_result(day) if day and day > previous.resolved_start else None


def is_recurrence(span: Span) -> bool:
    """"daily", "weekly", "hourly" say how often: "a daily rally", "his weekly radio address", "hourly
    earnings", "rise 8% annually"; not after "average" ("average daily volume": the unit of a rate) and
    not as a newspaper's name ("the Communist Party daily Granma")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "average":
        return False
    newspaper = (after is not None and after.pos_ == "PROPN") or (before is not None and before.pos_ == "PROPN"
                                                                  and span.root.pos_ == "NOUN")
    return not newspaper


def day_before_an_event(span: Span) -> bool:
    """"the day before the plunge", "the day after his death": "before"/"after" takes an object here,
    unlike "he had left the day before." or "the day before yesterday"."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return re.fullmatch(r"the day (?:before|after)", span.text.lower()) is not None and following is not None \
        and not following.is_punct and not following.is_space \
        and following.lower_ not in {"yesterday", "tomorrow", "today", "and", "or", "but"}


# Documents a report cites by the part of day they came out in: "according to an evening update".
BULLETINS = {"update", "briefing", "bulletin", "statement", "communique", "address", "report", "summary"}


def last_evening_bulletin(span: Span) -> bool:
    """"an evening update", "a night bulletin": of the evening before the report, which cites it as already
    out (a report is dated by the day it appears; that day's evening is still to come)."""
    root = span.root
    return span.text.lower() in {"evening", "night"} and root.dep_ in {"compound", "amod", "nmod"} \
        and root.head.lemma_.lower() in BULLETINS and not any(child.lower_ in {"this", "tonight"}
                                                               for child in root.head.children)


def is_conjunction_soon(span: Span) -> bool:
    """"as soon as", "soon after": "soon" joins two events instead of naming a time."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before == "as" or after in {"as", "after", "afterwards", "thereafter"}


STORY_DAY = re.compile(rf"the (?:previous|preceding|following) (?:{'|'.join(WEEKDAYS)})"
                       r"|the (?:morning|afternoon|evening)"
                       # "the next morning" follows a day of the story: of the report's own day one says "tomorrow"
                       r"|the (?:next|following) (?:day|morning|afternoon|evening|night)")
THE_QUARTER = {"that quarter", "the same quarter", "the quarter", "the latest quarter", "the latest period"}
YEARS_LATER = re.compile(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (?:later|after)")
THAT_YEAR = re.compile(r"(?:(?:earlier|later|late|early) (?:in )?)?(?:that|the same) year")


def is_reporting_year(span: Span) -> bool:
    """"the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month reporting period,
    which TimeBank marks as a duration (P1Y); "for the year", "a high for the year" are the year itself."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.lower() in {"the year", "the fiscal year"} and following is not None \
        and following.lower_ in {"ended", "ending"}


# "could" is left out: in news it is mostly the past of "can" ("could not be located Wednesday").
AHEAD_AUXILIARIES = FUTURE_AUXILIARIES | (CONDITIONAL_AUXILIARIES - {"could"}) | {"can", "must"}
PAST_AUXILIARIES = {"had", "was", "were", "did", "has", "have", "'d", "'ve"}
# Verbs whose object lies ahead even in the past tense: "planned a rally Saturday", "scheduled talks for May".
SCHEDULING = {"plan", "schedule"}
# Verbs whose infinitive looks ahead: "expected to join in April", "set to resume Monday".
LOOKING_AHEAD = {"expect", "plan", "schedule", "set", "due", "intend", "hope", "want", "aim", "prepare", "agree",
                 "promise", "vow", "threaten", "seek", "propose", "decide", "go", "try", "ask", "urge", "call"}
# Verbs whose present tense tells a timetable: "the summit ends on Saturday", "talks resume Monday"
TIMETABLE = {"begin", "start", "end", "open", "resume", "expire", "arrive", "depart", "visit", "travel", "meet",
             "convene", "launch", "finish", "conclude", "reopen", "adjourn", "kick", "close", "gather", "vote",
             "hold", "host", "face", "head", "return", "leave", "fly", "rule", "decide", "take"}  # "takes effect"
# Reporting verbs whose day is the day of the saying: "said on Monday it would send troops"
SAYING = SPEECH_VERBS | COMMITTING_VERBS


# "Profit rose in the third quarter from $2 million a year earlier": the same quarter, a year before.
YEAR_BEFORE = re.compile(r"(?:a year (?:ago|earlier|before)|(?:the )?year-(?:earlier|ago)(?: period| quarter| level)?"
                         r"|(?:the )?(?:same |comparable )?(?:period|quarter) (?:a year (?:ago|earlier)|last year))")
# A bare "last year" stays the year even in a report on a quarter: TimeBank's annotators wrote 1988 six
# times out of ten for "from last year's $1.55 billion".


COMPARISON = re.compile(r"\b(?:year-ago|year-earlier|comparable|a year (?:ago|earlier|before))\b")
YEAR_PERIOD = re.compile(r"the ((?:19|20)\d\d) period")


def year_ago_quarter(quarter: str):
    """The quarter a year before "1989-Q3": ("DATE", "1988-Q3", its first day, its last day)."""
    return quarter_result(int(quarter[:4]) - 1, int(quarter[-1]))


def quarter_result(year: int, number: int):
    """("DATE", "1988-Q3", its first day, its last day)."""
    last = number * 3
    return "DATE", f"{year}-Q{number}", date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])


def tense_of(span: Span) -> str:
    """"past", "future" or "" from the verb a time expression hangs on.

    Future: "will"/"would" and the other modals but "could", "is going to", an infinitive after a
    verb that looks ahead ("expected to join in April", unless "had been due to"), a present
    progressive ("is meeting Monday"), a weekday after "until" or "as early as", "ahead of the weekend",
    the object of a planning verb ("planned a rally Saturday"). Past: a past-tense verb, a perfect/past
    auxiliary, a modal perfect ("may have been responsible Wednesday").
    """
    doc = span.doc
    previous = doc[span.start - 1] if span.start else None
    before = doc[max(span.start - 3, 0):span.start].text.lower()
    deadline = previous is not None and (previous.lower_ in {"until", "till"}
                                         or before in {"as early as", "as soon as"})
    # "lived in the basement from March until Saturday": the end of a span begun in the past, not a deadline
    ranged = previous is not None and any(child.lower_ == "from" for child in previous.head.children)
    # "had postponed it until Friday": a deadline already overtaken when the report was written
    overtaken = previous is not None and bool({"had", "'d"} & {child.lower_ for child in previous.head.children})
    if deadline and not ranged and not overtaken and WEEKDAY_NAME.search(span.text):
        return "future"  # "postponed until Tuesday", "could come as early as Tuesday": a day ahead
    # "loans through January", "a pact effective June 1": a term that runs on, a month or date ahead
    term = previous is not None and previous.lower_ in {"until", "till", "through", "effective"}
    if term and not ranged and not overtaken and MONTH_NAME.match(span.text) and not re.search(r"\d{4}", span.text):
        return "future"
    if previous is not None and previous.lower_ == "of" and previous.head.lower_ == "ahead":
        return "future"  # "squared positions ahead of the weekend": the weekend to come
    verb_before = doc[span.start - 2] if previous is not None and previous.lower_ == "on" and span.start > 1 \
        else previous
    if verb_before is not None and verb_before.tag_ == "VBD" and verb_before.lemma_.lower() in SAYING \
            and span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return "past"  # "Russia said on Monday it would send troops": the day of the saying, not of the sending
    if verb_before is not None and verb_before.lower_ in {"due", "expected", "scheduled", "planned"} \
            and verb_before.dep_ in {"amod", "acl", "acomp", "advcl"} \
            and not {"previously", "originally", "already"} & {child.lower_ for child in verb_before.children} \
            and not {"had", "'d", "was", "were"} & {verb_before.head.lower_,
                                                    *(child.lower_ for child in verb_before.head.children)}:
        return "future"  # "the results, expected on Friday, will show", "the meeting, due Friday, was cancelled"
    token = span.root
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            break
        if token.head is token:
            return ""
        token = token.head
    else:
        return ""
    auxiliaries = {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}
    if "have" in auxiliaries and auxiliaries & (AHEAD_AUXILIARIES - {"will", "'ll", "shall"}):
        return "past"  # "may have been responsible Wednesday", "would have closed Friday": a modal perfect looks back
    if auxiliaries & AHEAD_AUXILIARIES or "going" in auxiliaries:
        return "future"
    if token.lemma_.lower() in SCHEDULING and span.start > token.i and not auxiliaries & {"had", "'d"}:
        # "protesters planned a rally Saturday": what is planned lies ahead (not "had planned"); a day
        # put before the verb is when the planning was done ("On Friday, the government planned to pay")
        return "future"
    if "to" in auxiliaries and token.head.lemma_ == "be" and token.head.tag_ in {"VBZ", "VBP"}:
        return "future"  # "he is to travel to Moscow on Friday"
    if "to" in auxiliaries and token.dep_ in {"xcomp", "ccomp", "advcl"} and token.head is not token:
        head = token.head
        verb_group = [head, head.head] if head.dep_ == "acomp" else [head]  # "had been due to"
        head_auxiliaries = {child.lower_ for word in verb_group for child in word.children
                            if child.dep_ in {"aux", "auxpass"}}
        if head_auxiliaries & {"had", "'d"}:
            return "past"  # "it had been due to expire Friday": a plan already overtaken when the report was written
        if head.lemma_.lower() in LOOKING_AHEAD or head.lower_ in {"due", "set", "scheduled", "expected", "likely"}:
            return "future"
        return "past" if "Past" in head.morph.get("Tense") else ""
    if auxiliaries & PAST_AUXILIARIES or token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN" and not auxiliaries & {"is", "are", "am", "'s", "'re", "be", "being"}:
        return "past"  # "terminated on Sept. 27"; but "is expected in December" looks ahead
    if token.tag_ == "VBN" and token.lemma_.lower() in {"expect", "schedule", "set", "due", "plan"}:
        return "future"  # "the vote is expected on Sunday", "talks are scheduled for Monday"
    if token.tag_ == "VBG" and auxiliaries & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "is meeting Monday"
    if token.lemma_ == "be" and token.tag_ in {"VBZ", "VBP"} and span.root.dep_ == "attr" \
            and span.root.lower_ in WEEKDAYS:
        return "future"  # "the deadline is Friday"
    if token.tag_ in {"VBZ", "VBP"} and not auxiliaries and token.lemma_.lower() in TIMETABLE \
            and span.sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "'", "’"}:  # not a headline's present
        return "future"  # "the summit ends on Saturday": a timetable; not "the move follows Tuesday's declaration"
    return ""


def normalise(text: str, *, published: date | None, tense: str = "", last_day: date | None = None
              ) -> tuple[str, str, date | None, date | None] | None:
    """TIMEX3 (type, value, resolved_start, resolved_end) of one expression, or None if not temporal.

    >>> normalise("the previous day", published=date(2022, 9, 13))
    ('DATE', '2022-09-12', datetime.date(2022, 9, 12), datetime.date(2022, 9, 12))
    """
    t = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:")
    t = re.sub(r"'s$", "", t)
    t = re.sub(r"^(.+?) ?'s? time$", r"\1", t)  # "a week's time": a week
    t = re.sub(r",? or (?:so|more|longer)\b", "", t)  # "the next two years or so": the value of "the next two years"
    t = re.sub(r"^(?:each|all|most|much|part) of ", "", t)  # "each of the past three years": the span counted
    t = spelled_numbers(t)
    anchor = published
    modifier = re.fullmatch(r"(?:the )?(?:end|beginning|start|middle|rest|remainder) of (.+)"
                            r"|(?:early|late|mid)[ -](.+)|(?:about|around|nearly|almost|some|roughly|approximately|"
                            r"more than|less than|over|at least|up to|no more than|fewer than|just over|"
                            r"just under|barely|just|only|well over|well under|under|within|as long as|"
                            r"as much as|as little as|as many as) (.+)"
                            r"|(?:earlier|later) (?:in |on )?(.+)|some ?time (.+)", t)
    if modifier:
        # "late November", "the end of the year", "nearly forty years": the value is the inner one's
        inner = next(group for group in modifier.groups() if group)
        if inner == "the day" and re.match(r"(?:earlier|later) ", t):
            inner = "that day"  # "later in the day": the day the report is about
        inner = re.sub(r"^(?:the|this) (year|month|week|quarter|day)$", r"this \1", inner)  # "the end of the year"
        inner = re.sub(r"^that (year|month|week|day)$", r"the same \1", inner)
        return normalise(inner, published=published, tense=tense, last_day=last_day)
    week_of = re.fullmatch(r"(?:the )?week of (.+)", t)
    if week_of:
        # "the week of March 6": the ISO week holding that day
        inner = normalise(week_of.group(1), published=published, tense=tense, last_day=last_day)
        if inner is None or inner[2] is None or inner[2] != inner[3]:
            return None
        monday = inner[2] - timedelta(days=inner[2].weekday())
        year, week, _ = monday.isocalendar()
        return "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    month_of_year = re.fullmatch(rf"((?:{'|'.join(MONTHS)})\.?(?: \d{{1,2}})?) (?:of )?(this|next|last) year", t)
    if month_of_year and published is not None:
        # "February this year", "April next year": the month in the year the phrase names
        year = published.year + {"this": 0, "next": 1, "last": -1}[month_of_year.group(2)]
        return normalise(f"{month_of_year.group(1)} {year}", published=published, tense=tense, last_day=last_day)
    ago_this_month = re.fullmatch(r"(.+ ago) this month", t)
    if ago_this_month and published is not None:
        # "10 years ago this month": that month, so many years back
        inner = normalise(ago_this_month.group(1), published=published, tense=tense, last_day=last_day)
        if inner and re.fullmatch(r"\d{4}", inner[1]):
            return month_result(int(inner[1]), published.month)
    clock_offset = re.fullmatch(r"(.+) (?:later|earlier)", t)
    if clock_offset:
        # "a minute and a half later", "over an hour later": TimeBank marks the length, a duration
        inner = normalise(clock_offset.group(1), published=published, tense=tense, last_day=last_day)
        if inner and inner[1].startswith("PT"):
            return inner
    for rule in RULES:
        try:
            result = rule(t, anchor, tense, last_day)
        except (ValueError, OverflowError):
            return None  # "3000 years ago", "tomorrow" on 9999-12-31: outside the calendar Python counts
        if result and result is not NOT_A_TIME and re.match(r"-|\d{1,3}-W|\d{5}", result[1]):
            return None  # a year before 1 or after 9999 is no date a report means
        if result is NOT_A_TIME:
            return None
        if result is not None:
            return result
    return fallback(text, anchor)


ORDINAL_WORDS = {word: number for number, word in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if number}
ORDINAL_WORDS["thirtieth"] = 30


def spelled_numbers(t: str) -> str:
    """Numbers written out as words become digits: "twenty four hours" -> "24 hours", "March eighth" ->
    "march 8", "nineteen ninety-six" -> "1996" (TimeBank's broadcast transcripts spell them out)."""
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"

    def two_digits(text: str) -> int:
        parts = re.split(r"[ -]", text)
        return sum(CARDINALS[part] for part in parts)

    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    def day_of_month(match: re.Match) -> str:  # "march twenty-first" -> "march 21"
        tens_word = (match.group(2) or "").strip(" -")
        return f"{match.group(1)} {CARDINALS.get(tens_word, 0) + ORDINAL_WORDS[match.group(3)]}"

    t = re.sub(rf"\b({month_names})\.? ((?:twenty|thirty)[ -])?({'|'.join(ORDINAL_WORDS)})\b", day_of_month, t)
    t = re.sub(rf"\btwo thousand(?: and)?(?: ({units}|{teens}))?\b(?!\s*(?:years?|months?|days?|weeks?|hours?)\b)",
               lambda m: str(2000 + (CARDINALS[m.group(1)] if m.group(1) else 0)), t)  # "the year two thousand"
    year = re.search(rf"\b(nineteen|twenty)[ -]((?:{tens})(?:[ -](?:{units}))?|{teens})\b", t)
    if year and not re.search(r"(years?|months?|days?|weeks?|hours?)\b", t[year.end():year.end() + 8]):
        t = t[:year.start()] + str(CARDINALS[year.group(1)] * 100 + two_digits(year.group(2))) + t[year.end():]
    return re.sub(rf"\b((?:{tens})(?:[ -](?:{units}))?|{teens}|{units})\b(?=[ -](?:second|minute|hour|day|night|week|"
                  rf"month|year|decade|century)s?\b)", lambda m: str(two_digits(m.group(1))), t)


# Each rule takes (text, publication date, tense, last explicit day) and returns a result or None.

def rule_vague(t, anchor, tense, last_day):
    """Plurals with no number ("for years", "recent weeks"), vague references ("the future")."""
    if t in EARLY_HOURS:
        return None  # "the storm hit in the early hours": a part of the day (rule_part_of_day)
    vague = {"recent": "PAST_REF", "the past": "PAST_REF", "past years": "PAST_REF", "recent times": "PAST_REF",
             "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
             "the foreseeable future": "FUTURE_REF", "current": "PRESENT_REF", "the present": "PRESENT_REF",
             "present": "PRESENT_REF",
             "these days": "PRESENT_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
             "the long term": "FUTURE_REF", "nowadays": "PRESENT_REF", "the distant future": "FUTURE_REF",
             "the distant past": "PAST_REF"}
    if t in vague:
        present = vague[t] == "PRESENT_REF"
        return "DATE", vague[t], anchor if present else None, anchor if present else None
    if t in {"the years", "the decades", "the centuries"}:
        # "over the years", "in the years that followed": an unsaid number of years (but "the days before
        # the attack" names a time before an event, not a length)
        return "DURATION", f"PX{UNITS[t[4:-1]]}", None, None
    match = re.fullmatch(r"(?:(recent|the past|past|several|some|many|a few|few|the next|the coming|coming|"
                         r"the last|the first|the early|the following|the previous)(?: few)? )?"
                         r"(seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|quarters)", t)
    if match is None:
        return None
    unit = {"seconds": "S", "minutes": "M", "hours": "H", "days": "D", "nights": "D", "weeks": "W", "months": "M",
            "years": "Y", "decades": "DE", "centuries": "C", "quarters": "Q"}[match.group(2)]
    clock = match.group(2) in {"seconds", "minutes", "hours"}
    return "DURATION", f"PT X{unit}".replace(" ", "") if clock else f"PX{unit}", None, None


def rule_relative_offset(t, anchor, tense, last_day):
    """"a year earlier", "three days later", "a week before": counted from the last day the
    report named (else its publication date)."""
    match = re.fullmatch(r"(?:the )?(a|an|one|\d+|a few|several) ?-?(day|week|month|year|decade)s?[ -]"
                         r"(earlier|later|before|after|ago|previous|prior)", t) or \
        re.fullmatch(r"(?:the )?()(year|month|week|day)-(earlier|ago|before)(?: (?:period|quarter|level|"
                     r"figure|results))?", t)
    if match is None:
        return None
    amount = NUMBERS.get(match.group(1), None) if not match.group(1).isdigit() else int(match.group(1))
    amount = amount or 1
    if amount == "X":
        return "DATE", "PAST_REF" if match.group(3) in {"earlier", "before", "ago", "previous", "prior"} \
            else "FUTURE_REF", None, None
    unit, direction = match.group(2), (1 if match.group(3) in {"later", "after"} else -1)
    base = anchor if match.group(3) == "ago" or unit != "day" else (last_day or anchor)
    if base is None or amount == "X":
        return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                        "decade": "XXX"}[unit], None, None
    if unit == "day":
        return day_result(base + timedelta(days=direction * amount))
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=direction * amount)
        year, week, _ = monday.isocalendar()
        return "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    if unit == "month":
        index = base.year * 12 + base.month - 1 + direction * amount
        return month_result(index // 12, index % 12 + 1)
    if unit == "decade":
        decade = (base.year + direction * 10 * amount) // 10
        return "DATE", f"{decade}X", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)
    return year_result(base.year + direction * amount)


def rule_qualified_month(t, anchor, tense, last_day):
    """"last April" (the April before this month), "this April", "next April"."""
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    match = re.fullmatch(rf"(last|this|next|this past|this coming) ({month_names})\.?", t)
    if match is None:
        return None
    month = MONTHS[match.group(2)]
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}", None, None
    if match.group(1) in {"last", "this past"}:
        year = anchor.year - (1 if month >= anchor.month else 0)
        if match.group(1) == "last" and (anchor.year * 12 + anchor.month) - (year * 12 + month) == 1:
            year -= 1  # the month just gone would be "last month": "last February" said in March is a year back
    elif match.group(1) in {"next", "this coming"}:
        year = anchor.year + (1 if month <= anchor.month else 0)
    else:
        year = anchor.year
    return month_result(year, month)


def rule_financial_period(t, anchor, tense, last_day):
    """"the first nine months", "the six months", "the year" (a reporting period: a duration)."""
    match = re.fullmatch(r"the (?:first |latest |same |full |year-earlier |year-ago |comparable )?(\d+|a) "
                         r"(month|week|year|quarter|day)s?"
                         r"(?: period)?", t)
    if match:
        amount = 1 if match.group(1) == "a" else int(match.group(1))
        return "DURATION", f"P{amount}{UNITS[match.group(2)]}", None, None
    if t in {"the latest fiscal year", "the latest year", "the last fiscal year"}:
        # like "the latest quarter", the last one closed: the year before the report's
        return year_result(anchor.year - 1) if anchor else ("DATE", "XXXX", None, None)
    if t in {"the year", "the full year", "the current year", "the current fiscal year", "that year", "the same year"}:
        base = (last_day if t in {"that year", "the same year"} else None) or anchor
        return year_result(base.year) if base else ("DATE", "XXXX", None, None)
    return None


def rule_iso(t, anchor, tense, last_day):
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if match:
        day = safe_date(*map(int, match.groups()))
        return day_result(day) if day else None


def rule_reference(t, anchor, tense, last_day):
    if t in REFERENCES:
        value = REFERENCES[t]
        if value == "PRESENT_REF" and anchor:
            return "DATE", value, anchor, anchor
        return "DATE", value, None, None
    if t in SETS:
        return "SET", SETS[t], None, None
    match = re.fullmatch(r"(?:every|each|a|per) (\w+)", t)
    if match and match.group(1) in UNITS and not t.startswith("a "):
        return "SET", f"P1{UNITS[match.group(1)]}", None, None
    if match and match.group(1) in WEEKDAYS and not t.startswith("a "):
        return "SET", f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}", None, None
    if match and match.group(1) in MONTHS and not t.startswith("a "):
        return "SET", f"XXXX-{MONTHS[match.group(1)]:02d}", None, None


def rule_deictic_day(t, anchor, tense, last_day):
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": -1,
               "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1, "earlier today": 0,
               "later today": 0, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
               "tomorrow morning": 1, "late last night": -1, "early this morning": 0, "tomorrow afternoon": 1,
               "tomorrow evening": 1, "tomorrow night": 1}
    if t not in offsets:
        return None
    part = next((PARTS_OF_DAY[w] for w in t.split() if w in PARTS_OF_DAY), None)
    if anchor is None:
        return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else ""), None, None
    day = anchor + timedelta(days=offsets[t])
    if part:
        return "TIME", f"{day.isoformat()}T{part}", day, day + timedelta(days=1) if part == "NI" else day
    return day_result(day)


def rule_part_of_day(t, anchor, tense, last_day):
    """A bare "evening" or "morning": of the report's own day; "in the morning": of the day last named."""
    if t in {"the morning", "the afternoon", "the evening", *EARLY_HOURS}:
        t, anchor = "morning" if t in EARLY_HOURS else t[4:], last_day or anchor
    if t not in PARTS_OF_DAY or t in {"overnight", "tonight"}:
        return None
    part = PARTS_OF_DAY[t]
    return "TIME", f"{anchor.isoformat() if anchor else 'XXXX-XX-XX'}T{part}", anchor, anchor


def rule_chained(t, anchor, tense, last_day):
    if t not in CHAINED:
        return None
    base = last_day or anchor
    if base is None:
        return "DATE", "XXXX-XX-XX", None, None
    return day_result(base + timedelta(days=CHAINED[t]))


def rule_weekday(t, anchor, tense, last_day):
    if last_day is not None and re.match(r"the (previous|preceding|following|next) ", t):
        anchor = last_day  # "down from the previous Friday" after a Friday was named: the one before it
    t = re.sub(r"^the (previous|preceding) ", "last ", re.sub(r"^the (following|next) ", "next ", t))
    match = re.fullmatch(r"(?:(last|this|next|late|early)(?: on)? |on )?(\w+day)(?: (morning|afternoon|evening|night))?", t)
    if not match or match.group(2) not in WEEKDAYS:
        return None
    part = PARTS_OF_DAY.get(match.group(3) or "")
    weekday = WEEKDAYS[match.group(2)]
    if anchor is None:
        return ("TIME" if part else "DATE"), "XXXX-WXX-" + str(weekday + 1), None, None
    forward = match.group(1) == "next" or (tense == "future" and match.group(1) != "last")
    if forward:
        # "will rule Thursday" in a Thursday report is that day (wire copy names the day, not "today")
        delta = (weekday - anchor.weekday()) % 7 or (7 if match.group(1) == "next" else 0)
    else:
        delta = -((anchor.weekday() - weekday) % 7)
        if match.group(1) == "last" and delta == 0:
            delta = -7
    day = anchor + timedelta(days=delta)
    if part:
        # TimeBank types "Wednesday night" as a DATE, the part of day kept in the value
        return "DATE", f"{day.isoformat()}T{part}", day, day + timedelta(days=1) if part == "NI" else day
    return day_result(day)


def rule_relative_period(t, anchor, tense, last_day):
    match = re.fullmatch(r"(?:(earlier|later|late|early) )?(?:the (?=past|previous|coming|last|next))?"
                         r"(?:(the|this|last|next|past|previous|coming|a) )?(week|weekend|month|year)", t)
    if match is None:
        match = re.fullmatch(r"(?:over |during )?(the|this|last|next|a) (weekend)", t)
        if match is None:
            return None
        qualifier, unit = match.group(1), match.group(2)
    else:
        if not match.group(1) and not match.group(2):
            return None  # a bare "year" or "week" names no particular one
        qualifier, unit = match.group(2) or "this", match.group(3)
        if (match.group(1) and not match.group(2)) or (qualifier == "a" and unit != "weekend"):
            return None  # "a month" is a duration, not last month
    if anchor is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}[unit], None, None
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    if unit == "weekend":
        # "a weekend of rapid gains" in a Tuesday report: the weekend just gone
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if step > 0 or (tense == "future" and step == 0 and anchor.weekday() < 5):
            saturday += timedelta(days=7)
        elif step < 0 and anchor.weekday() >= 5:
            saturday -= timedelta(days=7)
        year, week, _ = saturday.isocalendar()
        return "DATE", f"{year}-W{week:02d}-WE", saturday, saturday + timedelta(days=1)
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        year, week, _ = monday.isocalendar()
        return "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return month_result(month_index // 12, month_index % 12 + 1)
    return year_result(anchor.year + step)


def rule_ago(t, anchor, tense, last_day):
    if re.fullmatch(r"(?:(?:several|a few|some|many|few|just) )?(?:days|weeks|months|years|decades) ago", t):
        return "DATE", "PAST_REF", None, None
    match = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? "
                         r"(ago|from now|hence)", t)
    if match is None:
        return None
    if anchor is None:
        return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[match.group(2)], \
            None, None
    # "two weeks ago" counts back; "a year from now" ahead
    n = (NUMBERS.get(match.group(1)) or int(match.group(1))) * (1 if match.group(3) == "ago" else -1)
    unit = match.group(2)
    if unit == "day":
        return day_result(anchor - timedelta(days=n))
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday(), weeks=n)
        year, week, _ = monday.isocalendar()
        return "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - n
        return month_result(index // 12, index % 12 + 1)
    return year_result(anchor.year - n)


def rule_how_often(t, anchor, tense, last_day):
    """"once a year", "three times a week": a SET of that period."""
    match = re.fullmatch(r"(?:once|twice|\w+ times) (?:a|per) (day|week|month|year)", t)
    return ("SET", f"P1{UNITS[match.group(1)]}", None, None) if match else None


def rule_fraction(t, anchor, tense, last_day):
    """"2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a minute and a half" -> PT1M30S, "half an hour" -> PT30M."""
    half = {"half an hour": "PT30M", "half a day": "PT12H", "half a year": "P6M", "half a century": "P50Y",
            "half a decade": "P5Y", "a quarter of an hour": "PT15M", "half a minute": "PT30S"}
    if t in half:
        return "DURATION", half[t], None, None
    match = re.fullmatch(r"(\d+|a|an|[a-z]+) (?:1/2|and a half) (hour|year|day|month|minute)s?", t) or \
        re.fullmatch(r"(\d+|a|an|one) (hour|year|day|month|minute)s? and a half", t)
    if match is None or not (match.group(1).isdigit() or match.group(1) in NUMBERS):
        return None
    whole = int(match.group(1)) if match.group(1).isdigit() else NUMBERS[match.group(1)]
    if whole == "X":
        return None
    half = {"hour": ("PT", "H", "30M"), "year": ("P", "Y", "6M"), "day": ("P", "D", "T12H"),
            "month": ("P", "M", "15D"), "minute": ("PT", "M", "30S")}[match.group(2)]
    return "DURATION", f"{half[0]}{whole}{half[1]}{half[2]}", None, None


def rule_duration(t, anchor, tense, last_day):
    if re.search(r"\b(old|aged)$", t):
        return NOT_A_TIME  # "55 years old" is an age (TimeBank leaves ages out)
    t = re.sub(r"^(hour|day|week|month|year|decade) ?-? ?long$", r"1 \1 long", t)  # "day-long", "weeklong": one unit
    many = re.fullmatch(r"(hour|day|week|month|year|decade)s ?- ?long", t)
    if many:  # "a decades-long dispute": years, not a count of them (TimeBank writes PXY)
        unit = UNITS["year" if many.group(1) == "decade" else many.group(1)]
        return "DURATION", f"P{'T' if unit == 'H' else ''}X{unit}", None, None
    match = re.fullmatch(r"(?:(the|a|past|last|next|previous|the past|the last|the next|the previous|more than|"
                         r"nearly|almost|about|over) )?(\d+|a few|a couple of|couple of|\w+)[ -](?:(?:additional|more|"
                         r"extra|further|trading|business|working) )?(second|minute|hour|day|night|"
                         r"week|month|year|decade|quarter)s?(?: long| old)?", t)
    if match is None:
        return None
    amount = NUMBERS.get(match.group(2)) or (int(match.group(2)) if match.group(2).isdigit() else None)
    if amount is None or (match.group(3) == "quarter" and not t.endswith("quarters")):
        return None  # "more than a quarter of the market", "a rolling four-quarter test": not a span of time
    unit = UNITS[match.group(3)]
    if unit == "DE" and amount != "X":
        amount, unit = amount * 10, "Y"  # TimeBank counts decades in years: "two decades" -> P20Y
    value = f"PT{amount}{unit}" if match.group(3) in {"second", "minute", "hour"} else f"P{amount}{unit}"
    start = end = None
    qualifier = match.group(1) or ""
    if anchor and amount != "X" and qualifier.endswith(("past", "last", "previous")):
        days = math.ceil(DAYS_IN[match.group(3)] * amount)
        start, end = (anchor - timedelta(days=days), anchor) if days else (None, None)
    return "DURATION", value, start, end


def rule_clock(t, anchor, tense, last_day):
    """Clock times, with the day they name when they name one: "10 p.m. Wednesday", "noon Thursday"."""
    match = re.fullmatch(r"(?:(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?|(midnight|noon|midday))"
                         rf"(?: {ZONES.lower()})?(?:,? (?:on )?(.+))?", t)
    if match is None or (match.group(5) is None and match.group(3) is None and match.group(4) is None):
        return None
    if match.group(2) == "." and match.group(4) is None:
        return None  # "3.14" is a number, not a quarter past three
    if match.group(5):
        hour, minute = {"midnight": (24, 0), "noon": (12, 0), "midday": (12, 0)}[match.group(5)]
    else:
        hour, minute = int(match.group(1)), int(match.group(3) or 0)
        meridiem = match.group(4) or ""
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    day = anchor
    if match.group(6):
        named = normalise(match.group(6), published=anchor, tense=tense, last_day=last_day)
        if named is None or named[2] is None or named[2] != named[3]:
            return None
        day = named[2]
    return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}", day, day


def rule_business(t, anchor, tense, last_day):
    """Quarters and fiscal years, as business news writes them: "third-quarter", "the latest
    quarter" (the last one closed), "the year-ago quarter", "fiscal 1989"."""
    fiscal = re.fullmatch(r"(?:the )?fiscal(?: year)?(?: ((?:19|20)\d\d))?", t)
    if fiscal:
        year = int(fiscal.group(1)) if fiscal.group(1) else (anchor.year if anchor else None)
        return year_result(year) if year else ("DATE", "XXXX", None, None)
    # "the quarter a year ago" is "the year-ago quarter"
    t = re.sub(r"^the (?:same |comparable )?(quarter|period) a year (?:ago|earlier)$", r"the year-ago \1", t)
    next_year = re.fullmatch(r"(next|last|this) year(?: 's|'s)? (first|second|third|fourth) quarter", t)
    if next_year and anchor:
        year = anchor.year + {"next": 1, "last": -1, "this": 0}[next_year.group(1)]
        return quarter_result(year, ORDINALS[next_year.group(2)])
    match = re.fullmatch(r"(?:the |its |their |that )?(?:(year-ago|year-earlier|comparable|(?:19|20)\d\d) )?"
                         r"(?:fiscal[ -])?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter|"
                         r"(?:(latest|last|previous|current|recent|most recent|year-ago|year-earlier|same) )?"
                         r"(?:fiscal )?(?:quarter|period))(?: of)?"
                         r"(?: (?:fiscal )?((?:19|20)\d\d))?", t)
    if match is None:
        return None
    before, ordinal, relative, year = match.groups()
    if t.endswith("period") and before and before[0].isdigit() and not relative:
        return year_result(int(before))  # "the 1988 period": that year's part under discussion (see timexes_of)
    if t.endswith("period") and not (relative in {"latest", "recent", "most recent", "year-ago", "year-earlier"}
                                     or before in {"year-ago", "year-earlier", "comparable"}):
        return None  # "the latest period" is a quarter in earnings news; "the period" may be anything
    if before and before[0].isdigit():
        year = before
    elif before in {"year-ago", "year-earlier", "comparable"} and ordinal and anchor is not None:
        year = str(anchor.year - 1 if ORDINALS[ordinal] <= (anchor.month - 1) // 3 + 1 else anchor.year - 2)
    elif before in {"year-ago", "year-earlier", "comparable"}:
        relative = "year-ago"
    if anchor is None and year is None:
        return "DATE", f"XXXX-Q{ORDINALS[ordinal]}" if ordinal else "XXXX-QX", None, None
    current = (anchor.month - 1) // 3 + 1 if anchor else 1
    if ordinal:
        quarter = ORDINALS[ordinal]
        index = (int(year) if year else anchor.year) * 4 + quarter - 1
        if not year and quarter > current and tense != "future" and not (tense == "" and quarter == current + 1):
            # "the third quarter" of a result reported in May: last year's; but with no tense to go by, the
            # quarter just ahead is this year's ("expects growth in the second quarter", said in March)
            index -= 4
    else:
        index = (int(year) if year else anchor.year) * 4 + current - 1
        if relative in {"year-ago", "year-earlier", "same"}:
            index -= 5  # the quarter just closed, a year before
        elif relative != "current":
            index -= 1  # "the quarter", "the latest quarter": the one last reported, just closed
    quarter_year, quarter = divmod(index, 4)
    last = (quarter + 1) * 3
    return ("DATE", f"{quarter_year}-Q{quarter + 1}", date(quarter_year, last - 2, 1),
            date(quarter_year, last, calendar.monthrange(quarter_year, last)[1]))


def rule_year_end(t, anchor, tense, last_day):
    """"year-end", "year end", "year's end": the end of the current year (TimeBank: the year)."""
    if t not in {"year-end", "year end", "years end", "year 's end", "year's end", "the year-end",
                 "the end of the year"}:
        return None
    return year_result(anchor.year) if anchor else ("DATE", "XXXX", None, None)


def rule_holiday(t, anchor, tense, last_day):
    """Holidays news names by name, in the year the tense points to."""
    name = re.sub(r"^(on |the )", "", t).replace("'s", "s").replace("’s", "s").replace(".", "")
    if name.endswith(" week") and name[:-5] in HOLIDAYS:
        # "Easter week", "Christmas week": the ISO week holding the nearest such holiday (a week lasts, so
        # "as Easter week began" can be the week under way whatever the tense)
        day = rule_holiday(name[:-5], anchor, "", last_day)
        if day[2] is None:
            return "DATE", "XXXX-WXX", None, None
        monday = day[2] - timedelta(days=day[2].weekday())
        year, week, _ = monday.isocalendar()
        return "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    if name not in HOLIDAYS:
        return None
    if anchor is None:
        return "DATE", "XXXX-XX-XX", None, None
    candidates = [HOLIDAYS[name](year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "future":
        day = min(d for d in candidates if d >= anchor)
    elif tense == "past":
        day = max(d for d in candidates if d <= anchor)
    else:
        day = min(candidates, key=lambda d: abs((d - anchor).days))
    return day_result(day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    from dateutil.easter import easter as western_easter

    return western_easter(year)


HOLIDAYS = {
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "new years day": lambda y: date(y, 1, 1),
    "new years eve": lambda y: date(y, 12, 31), "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31), "valentines day": lambda y: date(y, 2, 14),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1), "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "easter": easter, "easter sunday": easter, "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter monday": lambda y: easter(y) + timedelta(days=1), "boxing day": lambda y: date(y, 12, 26),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "st patricks day": lambda y: date(y, 3, 17), "veterans day": lambda y: date(y, 11, 11),
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def rule_calendar(t, anchor, tense, last_day):
    """Absolute dates: "September 12, 2022", "12 September", "September 2022", "2022", "the 1990s"."""
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t).replace(",", "").replace(".", "")
    t = re.sub(r"^(early|late|mid|the end of|the beginning of|the start of)[ -]", "", t)
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    # "last Oct. 23": the qualifier says which way to look
    qualifier = re.match(r"(last|this past|next|this coming) ", t)
    day_text = t[qualifier.end():] if qualifier else t
    match = re.fullmatch(rf"(?:\w+day )?({month_names}) (\d{{1,2}})(?: (\d{{4}}))?", day_text) or \
        re.fullmatch(rf"(?:\w+day )?(\d{{1,2}}) ({month_names})(?: (\d{{4}}))?", day_text)
    if match and qualifier:
        tense = "past" if qualifier.group(1) in {"last", "this past"} else "future"
    if match:
        first, second, year = match.groups()
        month, day_number = (MONTHS[first], int(second)) if first in MONTHS else (MONTHS[second], int(first))
        if year is None:
            if anchor is None:
                return "DATE", f"XXXX-{month:02d}-{day_number:02d}", None, None
            year = closest_year(anchor, month, tense)
        day = safe_date(int(year), month, day_number)
        return day_result(day) if day else NOT_A_TIME
    match = re.fullmatch(rf"({month_names})(?: (?:of )?(\d{{4}}))?", t)
    if match:
        month = MONTHS[match.group(1)]
        if match.group(2):
            return month_result(int(match.group(2)), month)
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}", None, None
        return month_result(closest_year(anchor, month, tense), month)
    match = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d{2})", t)
    if match:
        return year_result(int(match.group(1)))
    match = re.fullmatch(r"(?:the )?(?:mid-|early |late )?(?:((?:1[0-9]|20)\d)0['’]?s|['’](\d)0s|(twenties|thirties|"
                         r"forties|fifties|sixties|seventies|eighties|nineties))", t)
    if match and match.group(3) and not t.startswith("the "):
        match = None  # "in their twenties" is an age
    if match:
        if not match.group(1):  # "the '80s", "the nineties": a decade of the last century
            digit = match.group(2) or str(CARDINALS[match.group(3).replace("ies", "y")] // 10)
            return rule_calendar(f"19{digit}0s", anchor, tense, last_day)
        decade = int(match.group(1)) * 10
        # a decade is its first three digits, as the TimeML guidelines, TimeBank and HeidelTime write it ("the
        # 1990s" -> 199; AQUAINT's annotators wrote 199X)
        return "DATE", match.group(1), date(decade, 1, 1), date(decade + 9, 12, 31)
    match = re.fullmatch(r"(?:the )?(?:(this|last|next|this past|this coming|past|coming) )?(?:early |late )?"
                         r"(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?", t)
    if match:
        code, first_month, last_month = SEASONS[match.group(2)]
        if match.group(3):
            year = int(match.group(3))
        elif anchor:
            year = anchor.year + {"last": -1, "next": 1}.get(match.group(1) or "", 0)
            if match.group(1) in {"this past", "past"} and date(year, first_month, 1) > anchor:
                year -= 1
            elif not match.group(1) and tense == "past" and date(year, first_month, 1) > anchor:
                year -= 1  # "the government fell in the autumn", said in March: the autumn before
            elif not match.group(1) and tense == "future" \
                    and date(year + (1 if last_month < first_month else 0), last_month, 28) < anchor:
                year += 1  # "elections will be held in the spring", said in October: the spring to come
        else:
            return "DATE", f"XXXX-{code}", None, None
        end_year = year + 1 if last_month < first_month else year
        return ("DATE", f"{year}-{code}", date(year, first_month, 1),
                date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]))
    return None


def rule_spans_of_time(t, anchor, tense, last_day):
    """Centuries ("the 20th century", "this century"), halves of a year ("the second half of 1989",
    "the first two quarters of 1990"), ranges ("two to three weeks": the lower bound, as TimeBank
    does), "the weeks ahead", "the past decade"."""
    match = re.fullmatch(r"(?:the |a )?(\d{2})(?:st|nd|rd|th)[ -]century", t)
    if match:
        return "DATE", f"{int(match.group(1)) - 1:02d}", None, None
    if t in {"this century", "the century"} and anchor:
        return "DATE", f"{anchor.year // 100:02d}", None, None
    match = re.fullmatch(r"(?:the )?(first|second|last|latter) half of (.+)"
                         r"|(?:the )?(first|last) two quarters of (.+)", t)
    if match:
        which, whole = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        whole = re.sub(r"^the (year|month|week|quarter)$", r"this \1", whole)  # "the first half of the year"
        inner = normalise(whole, published=anchor, tense=tense, last_day=last_day)
        if inner is None or not re.fullmatch(r"\d{4}", inner[1]):
            return inner  # "the second half of September": the month
        half, year = (1 if which == "first" else 2), int(inner[1])
        return ("DATE", f"{year}-H{half}", date(year, 1 if half == 1 else 7, 1),
                date(year, 6, 30) if half == 1 else date(year, 12, 31))
    match = re.fullmatch(r"(?:the (?:next|past|last|coming|first) )?(\d+|\w+)(?: to | ?[-–] ?)(?:\d+|\w+) "
                         r"(hour|day|week|month|year)s", t)
    lower = match and (int(match.group(1)) if match.group(1).isdigit() else CARDINALS.get(match.group(1)))
    if lower:
        unit = UNITS[match.group(2)]
        return "DURATION", f"PT{lower}{unit}" if unit == "H" else f"P{lower}{unit}", None, None
    match = re.fullmatch(r"the (days|weeks|months|years) (?:ahead|to come)", t)
    if match:
        return "DURATION", f"PX{UNITS[match.group(1)[:-1]]}", None, None
    match = re.fullmatch(r"(?:the )?(past|last|previous|next|coming) (decade|century)", t)
    if match:
        return "DURATION", "P10Y" if match.group(2) == "decade" else "P100Y", None, None
    return None


def rule_numeric_date(t, anchor, tense, last_day):
    """"24.02.2022" (dots: day first, as Europe writes it); "12/09/2022" and "12-09-2022" may be either: of
    the two readings the one nearer the report's day (12 September in a report of 13 September 2022), the
    American month-first on a tie."""
    match = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)", t) \
        or re.fullmatch(r"(\d{1,2})(/)(\d{1,2})/(\d\d)", t)  # "7/8/07"
    if not match:
        return None
    first, separator, second, year = int(match[1]), match[2], int(match[3]), int(match[4])
    if year < 100:  # "07": the year of that ending nearest the report; without one, strptime's 1969-2068
        year = min((anchor.year // 100 * 100 + year + shift for shift in (-100, 0, 100)),
                   key=lambda full: abs(full - anchor.year)) if anchor else year + (1900 if year >= 69 else 2000)
    readings = [safe_date(year, second, first)] if separator == "." else \
        [safe_date(year, first, second), safe_date(year, second, first)]
    readings = [day for day in readings if day is not None]
    if not readings:
        return NOT_A_TIME
    if anchor is not None:
        readings.sort(key=lambda day: abs((day - anchor).days))
    return day_result(readings[0])


RULES = [rule_iso, rule_numeric_date, rule_reference, rule_how_often, rule_vague, rule_spans_of_time, rule_fraction,
         rule_year_end, rule_deictic_day, rule_part_of_day, rule_business, rule_holiday,
         rule_relative_offset, rule_qualified_month, rule_financial_period, rule_chained, rule_weekday, rule_relative_period, rule_ago,
         rule_calendar, rule_clock, rule_duration]


def fallback(text: str, anchor: date | None):
    """Absolute dates in formats the rules do not know, through dateparser (day/month/year)."""
    if not re.search(r"\d", text) or not re.search(r"\b(1\d{3}|20\d{2})\b|[a-z]{3,}", text.lower()):
        return None  # a bare number ("Papermaster, 49") is an age or a count, not a date
    if re.fullmatch(r"\d{1,2},? \d{4}", text.strip()):
        return None  # "8, 2010": a day and a year, the month unknown (not August)
    if re.search(r"\b(and|to|or|through|until)\b|[-–]", text.lower()):
        return None  # "April 24 and 25": dateparser would read 25 as the year 2025
    try:
        parsed = date_parser().get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings; they only mean "no date"
        return None
    if parsed is None or parsed.date_obj is None:
        return None
    found = parsed.date_obj.date()
    if str(found.year) not in text and not re.search(rf"'{found.year % 100:02d}\b", text):
        return None  # dateparser guessed a year the text does not write
    if parsed.period == "year":
        return year_result(found.year)
    if parsed.period == "month":
        return month_result(found.year, found.month)
    return day_result(found)


@lru_cache(maxsize=1)
def date_parser():
    """dateparser's parser, built once: building it per expression cost more than the parse."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"], "RETURN_AS_TIMEZONE_AWARE": False}
    return DateDataParser(languages=["en"], settings=settings)


def closest_year(anchor: date, month: int, tense: str) -> int:
    """The year of "September 10" said on `anchor`: past unless the verb is future."""
    if tense == "future":
        return anchor.year + (1 if month < anchor.month else 0)
    if tense == "past":
        # a past-tense report names deadlines just ahead too ("was extended to Nov. 16")
        return anchor.year - (1 if month > anchor.month + 2 else 0)
    # no tense to go by: the nearest such month ("January" said in October is the coming one)
    ahead = (month - anchor.month) % 12
    return anchor.year + (1 if month < anchor.month else 0) if ahead <= 3 else anchor.year - (1 if month > anchor.month else 0)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_result(day: date):
    return "DATE", day.isoformat(), day, day


def month_result(year: int, month: int):
    return ("DATE", f"{year:04d}-{month:02d}", date(year, month, 1),
            date(year, month, calendar.monthrange(year, month)[1]))


def year_result(year: int):
    return "DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31)


def timexes_table(timexes: list[Timex], *, article_id: str) -> pd.DataFrame:
    """The rows of `timexes.csv` for one article."""
    rows = [{"article_id": article_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
             "value": t.value, "resolved_start": t.resolved_start, "resolved_end": t.resolved_end} for t in timexes]
    columns = ["article_id", "start", "end", "text", "type", "value", "resolved_start", "resolved_end"]
    return pd.DataFrame(rows, columns=columns)
