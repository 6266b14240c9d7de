"""Where the time expressions of a parsed report are: the model's DATE/TIME entities and the expressions it
misses, found by Matcher patterns, then joined, split and trimmed to TimeML extents."""
from __future__ import annotations

import math
import re
from datetime import date
from itertools import product

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from helpers.lexicon import MONTH_NAMES
from helpers.timex.patterns import BEFORE_CHRIST, EXTRA_PATTERNS
from helpers.timex.rules import normalise
from helpers.timex.words import CLOCK, CONNECTORS, DATE_LABELS, DAY_MONTH, DAY_NAME, MONTH_NAME, MONTH_WORDS, NAMES, \
    PART_OF_A_NAMED_DAY, RANGE_WORDS, UNITS, VAGUE, WEEKDAYS, YEAR_RANGE


def a_spring_of_water(span: Span) -> bool:
    """A season word that names no season: "bathed in a hot spring", "drank from the spring" (a season modifies a
    noun, "a spring offensive", or follows a preposition of time without "a", "in spring", "during winter")."""
    token = span[0]
    return len(span) == 1 and token.lower_ in {"spring", "summer", "autumn", "winter"} and token.dep_ == "pobj" \
        and (token.head.lower_ not in {"in", "during", "by", "until", "through", "throughout", "since", "before",
                                       "after", "over", "till", "of"}
             or any(child.lower_ in {"a", "an"} for child in token.children))  # "in a hot spring"


def find_time_spans(doc: Doc, published: date | None = None) -> list[Span]:
    """The model's DATE/TIME entities plus the expressions it misses, trimmed to TimeML extents."""
    matcher, phrases = _matchers(doc.vocab)
    candidates = [ent for ent in doc.ents if ent.label_ in DATE_LABELS]
    # what the model reads as part of a name is no time of the patterns' ("the Sunday Times", "Bloody Sunday")
    candidates += [doc[start:end] for _, start, end in [*matcher(doc), *phrases(doc)]
                   if not any(token.ent_type_ in NAMES and token.lower_ not in BEFORE_CHRIST
                              for token in doc[start:end])  # the model takes "BC" for an organisation
                   and not a_spring_of_water(doc[start:end])]
    candidates += years_after_a_preposition(doc) + times_in_event_names(doc)
    spans = [trim(part) for span in candidates for part in split_joined(span)]
    spans = [with_its_month(s) for s in spans if s is not None and len(s)]
    spans = join_overlapping([early_or_late_in(s) for s in spans])
    return [part for span in merge_clock_and_day(spans) for part in split_unreadable(span, published)]


def years_after_a_preposition(doc: Doc) -> list[Span]:
    """"under the Constitution of 1791", "in 1066": a year the model leaves untagged, after a preposition of time
    and not counting a noun ("of 1500 troops")."""
    found = []
    for token in doc[1:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if re.fullmatch(r"1\d{3}|20\d\d", token.text) and not token.ent_type_ \
                and doc[token.i - 1].lower_ in {"in", "of", "since", "until", "by", "from", "after", "before",
                                                "during"} \
                and (following is None or following.pos_ not in {"NOUN", "PROPN"}):
            found.append(doc[token.i:token.i + 1])
    return found


# The nouns that make a name an event's: "the Spring Offensive", "the August Decrees", "the Easter Rising"
EVENT_NAME_HEADS = {"offensive", "offensives", "revolution", "uprising", "rising", "decrees", "decree", "incident",
                    "massacre", "fighting", "campaign", "war", "crisis", "coup", "revolt", "rebellion", "riots",
                    "protests", "strike", "battle", "siege", "purge", "movement"}


def times_in_event_names(doc: Doc) -> list[Span]:
    """"the War of 1812", "the February Revolution", "the April 12 Incident", "the Spring Offensive": the time an
    event's name carries (the model takes the whole for a name, often an organisation's)."""
    found = []
    for ent in doc.ents:
        event = ent[-1].lower_ in EVENT_NAME_HEADS
        dated = ent.label_ in NAMES - {"PERSON"} and any(  # "the Concordat of 1801", "the Constitution of 1793"
            token.lower_ == "of" and re.fullmatch(r"1\d{3}|20\d\d", ent.doc[token.i + 1].text)
            for token in ent[:-1])
        if not (ent.label_ == "EVENT" or (ent.label_ in NAMES and event) or dated):
            continue
        for token in ent:
            if re.fullmatch(r"1\d{3}|20\d\d", token.text):
                found.append(doc[token.i:token.i + 1])  # "the War of 1812"
            elif event and token.lower_ in {*MONTH_NAMES, "spring", "summer", "autumn", "winter", "easter"} \
                    and token.text[0].isupper() and token.i + 1 < ent.end:
                day = re.fullmatch(r"\d{1,2}", doc[token.i + 1].text)
                found.append(doc[token.i:token.i + (2 if day else 1)])
    return found


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


def with_its_month(span: Span) -> Span:
    """"June | 8, 2010": a day and year the model took without the month written just before them."""
    doc = span.doc
    if span.start and re.fullmatch(r"\d{1,2}", span[0].text) and doc[span.start - 1].lower_ in MONTH_WORDS \
            and doc[span.start - 1].ent_type_ not in DATE_LABELS:
        return doc[span.start - 1:span.end]
    return span


def early_or_late_in(span: Span) -> Span:
    """"early in 1914", "later in the summer", "late in the year": the words that place it inside the time are
    part of the expression (its value is the time's)."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_ == "in" \
            and doc[start - 2].lower_ in {"early", "late", "later", "earlier"} and span[0].lower_ != "in" \
            and span[-1].lower_ not in {"before", "after"} and span.text.lower() not in VAGUE \
            and not PART_OF_A_NAMED_DAY.fullmatch(span.text.lower()):
        # "later in the day before returning", "late in the past", "early in the morning of 29 April" (the day is
        # the expression) stay as they were
        return doc[start - 2:span.end]
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


def split_joined(span: Span) -> list[Span]:
    """Two time expressions the model took as one ("the year ended Aug. 31"), split where both
    sides are time expressions on their own; one expression ("two to three weeks") stays whole."""
    if len(span) == 4 and span[-1].lower_ in BEFORE_CHRIST and span[0].like_num and span[1].lower_ in RANGE_WORDS:
        return [span[0:1], span[2:4]]  # "264 to 241 BC": the first year before Christ too (see timexes_of)
    numbers = [token for token in span if re.fullmatch(r"\d{1,2}", token.text)]
    if len(numbers) == 2 and DAY_MONTH.match(span.doc[numbers[1].i:span.end].text) \
            and span.doc[numbers[0].i + 1:numbers[1].i].text.strip() in RANGE_WORDS:
        # "10 and 12 September", "6-11 September": the first day is a number of its own, its month named after it
        return [span.doc[numbers[0].i:numbers[0].i + 1], span.doc[numbers[1].i:span.end]]
    for token in span:
        inside_a_word = token.text in {"-", "–"} and not span.doc[token.i - 1].whitespace_ \
            and not two_days(span, token) and not two_dates(span, token)
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
            if token.lower_ == "of" and (left_value is None or left_value.type != "DURATION"):
                continue  # "the third quarter of 1989" is one date; "the first nine months of 1997" two
            if left_value and normalise(right_trimmed.text, published=None):
                return [left, *split_joined(right)]
            if left_value and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", left_value.value) \
                    and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?", right_trimmed.text):
                # "April 24 and 25", "May 6 and 7th", "March 5-9, 1918": the second day of the same month (see
                # timexes_of)
                return [left, right]
    return [span]


def two_days(span: Span, hyphen) -> bool:
    """"April 3-4": a hyphen between two days of a month, no year after them (that split would lose it)."""
    doc = span.doc
    return hyphen.i + 1 < len(doc) and re.fullmatch(r"\d{1,2}", doc[hyphen.i - 1].text) is not None \
        and re.fullmatch(r"\d{1,2}", doc[hyphen.i + 1].text) is not None \
        and not re.search(r"\d{4}", doc[hyphen.i + 1:span.end].text)


def two_dates(span: Span, hyphen) -> bool:
    """"May-August 1950", "14 August-24 August", "March 19-April 30", "March 5-9, 1918": a hyphen between two
    months, a month and a day, or two days before a year, joins two dates, as TimeML marks them (unlike
    "year-earlier" or "April 3-4")."""
    doc = span.doc
    if hyphen.i + 1 >= span.end:
        return False
    before, after = doc[hyphen.i - 1].text, doc[hyphen.i + 1].text
    months = (MONTH_NAME.fullmatch(before) is not None or re.fullmatch(r"\d{1,2}", before) is not None) \
        and (MONTH_NAME.fullmatch(after) is not None or re.fullmatch(r"\d{1,2}", after) is not None) \
        and not (before.isdigit() and after.isdigit())  # "May-August", "14 August-24 August", "March 19-April 30"
    days = re.fullmatch(r"\d{1,2}", before) is not None and re.fullmatch(r"\d{1,2}", after) is not None \
        and re.search(r"\d{4}", doc[hyphen.i + 1:span.end].text) is not None
    return months or days


def split_unreadable(span: Span, published: date | None) -> list[Span]:
    """"for three days last week": a length and a date side by side, which the model took as one expression
    the rules cannot read, made two; "June 4 Rome": a date and the name the model took with it, the date;
    any other span as it is."""
    if normalise(span.text, published=published) is not None:
        return [span]
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].pos_ in {"PROPN", "NOUN"} \
            and not DAY_NAME.match(span.doc[end - 1].text) and span.doc[end - 1].lower_.rstrip("s") not in UNITS:
        # "June 4 Rome was captured", "5:34 AM Baghdad time", "winter quarters": the model took the name or noun
        # after the date
        end -= 1
        if normalise(span.doc[span.start:end].text, published=published) is not None:
            return [trim(span.doc[span.start:end]) or span.doc[span.start:end]]  # "the [2024] hunting season"
    if len(span) < 3:
        return [span]
    for middle in range(span.start + 1, span.end):
        left, right = trim(span.doc[span.start:middle]), trim(span.doc[middle:span.end])
        if left is None or right is None:
            continue
        left_value, right_value = normalise(left.text, published=published), normalise(right.text, published=published)
        if left_value and left_value.type == "DURATION" and right_value and right_value.type in DATE_LABELS:
            return [left, right]
    return [span]


# What a piece of an unreadable span must name to be read alone: a weekday or month, a year, a clock time
CALENDAR = re.compile(rf"\b(?:{DAY_NAME.pattern}|(?:1\d|20)\d\d\b|{CLOCK.pattern})(?!\w)", re.IGNORECASE)


def readable_parts(span: Span, published: date | None) -> list[Span]:
    """The longest pieces the rules can read, left to right, of a span they cannot read whole: the model's
    "under 100 per month in the second half of 2008" holds "the second half of 2008", its "January of 114" (a
    count of 114) "January". A piece names the calendar (a weekday, a month, a year, a clock time) and is cut
    cleanly: not a month from its day ("February 29" of a year that has none), not from a name ("the Long March"),
    so that the model's "6-year-old" (an age, which TimeML does not mark) gives nothing. Empty if none is."""
    if len(span) < 2 or normalise(span.text, published=published) is not None:
        return []
    parts, start = [], span.start
    while start < span.end:
        for end in range(span.end, start, -1):
            part = trim(span.doc[start:end])
            if part is not None and len(part) and CALENDAR.search(part.text) and cut_cleanly(part, span) \
                    and normalise(part.text, published=published) is not None:
                parts.append(part)
                start = end
                break
        else:
            start += 1
    return parts


def glued(left: Token, right: Token) -> bool:
    """Whether two tokens are written as one word: "1980" and "'s", "6" and "-", not "2008" and ","."""
    return not left.whitespace_ and not (right.is_punct and right.text not in {"-", "–"}) \
        and not (left.is_punct and left.text not in {"-", "–"})


def cut_cleanly(part: Span, span: Span) -> bool:
    """Whether a piece of a span is whole words ("late 1980's" is a decade, not the year 1980), leaves no number of
    its own behind and is no word of a name."""
    doc = span.doc
    if (part.start and glued(doc[part.start - 1], part[0])) or (part.end < len(doc) and glued(part[-1], doc[part.end])):
        return False
    before = doc[part.start - 1] if part.start > span.start else None
    after = doc[part.end] if part.end < span.end else None
    if any(token is not None and token.like_num for token in (before, after)):
        return False
    if before is not None and before.lower_ in {"after", "before", "from", "since"}:
        return False  # a day counted from: "the 30th day after [March 15]" is no March 15
    return not (len(part) == 1 and before is not None and before.is_title and before.lower_ not in {"in", "on"})


# Words that open a length in TimeML's extents too: "at least a week", "over an hour" ("more than": TimeBank marks
# "over a week" with its "over", "over three years" and "over the weekend" without, as a preposition of time).
OPENING_A_LENGTH = {("at", "least"), ("at", "most"), ("over", "a"), ("over", "an")}


def trim(span: Span) -> Span | None:
    """TimeML extents: "Friday", not "on Friday"; no trailing punctuation or "alone"."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 3 and doc[start].lower_ == "as" and doc[start + 1].lower_ in {"early", "soon", "late"} \
            and doc[start + 2].lower_ == "as":
        start += 3  # "as early as Tuesday": TimeBank marks "Tuesday"
    while start < end and not (start + 1 < end and (doc[start].lower_, doc[start + 1].lower_) in OPENING_A_LENGTH) \
            and (doc[start].lower_ in {"on", "in", "at", "since", "by", "until", "during", "from", "of",
                                                 "for", "over", "within", "between", "before", "after", "through",
                                                 "throughout", "till", "to", "about", "almost", "only", "just",
                                                 "barely", "around", "roughly", "approximately", "its", "their",
                                                 "his", "her", "our", "my", "your", "both", "either"}
                           or doc[start].is_punct
                           or doc[start].is_space
                           or doc[start].tag_ in {"VB", "VBD", "VBP", "VBZ"}):  # "to last two or three days"
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in {"alone", "'s", "and", "or", "to", "the", "a", "an"}):
        end -= 1  # "between now and Feb. 10" reaches us as "now and" once the date is split off
    if end - start > 1 and doc[start].lower_ in {"earlier", "later"} \
            and (doc[start + 1].lower_ in WEEKDAYS or doc[start + 1:end].text.lower() == "this week"):
        start += 1  # "Earlier Friday", "earlier this week": TimeBank marks the day or week (9 times of 11)
    if end - start > 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ == "years" \
            and YEAR_RANGE.fullmatch(doc[start + 2:end].text):
        start += 2  # "in the years 1955-1957": the two years (see report.tell_two_years)
    if end - start > 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ == "day" \
            and DAY_NAME.match(doc[start + 2].text):
        start += 2  # "during the day Friday": the day is named by "Friday"
    if end - start == 2 and doc[start].lower_ in {"spring", "summer", "autumn", "winter"} \
            and doc[start].dep_ == "compound" and doc[start + 1].lower_ not in {"months", "weeks", "days", "season"}:
        end -= 1  # "winter quarters", a DATE to the model: the season ("a summer offensive")
    if end - start > 1 and doc[start].lower_ in {"the", "a", "an"}:
        root = doc[start + 1:end].root
        if root.dep_ in {"compound", "amod", "nmod", "nummod"} and not start <= root.head.i < end:
            start += 1  # "the [Aug. 7, 1998] bombing", "a [fourth-quarter] charge": the article belongs to the noun
    return doc[start:end] if end > start else None
