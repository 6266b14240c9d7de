"""The rules in the order they are tried (RULES: the first that answers wins), and normalise, which reads one
expression's text with them.

A new rule is a function in helpers/timex/dates.py, relative.py or lengths.py, decorated with @rule and its
examples, and one line in RULES; tests/test_timex_rules.py runs every rule's examples.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from helpers.lexicon import CARDINALS
from helpers.timex.dates import rule_business, rule_clock, rule_day_of_month, rule_decade, rule_holiday, rule_iso, \
    rule_month, rule_numeric_date, rule_ordinal_day, rule_season, rule_year, rule_year_bc, rule_year_end
from helpers.timex.lengths import rule_duration, rule_fraction, rule_how_often, rule_reference, \
    rule_spans_of_time, rule_unmeasured_offset, rule_vague
from helpers.timex.relative import rule_ago, rule_chained, rule_deictic_day, rule_financial_period, \
    rule_part_of_day, rule_qualified_month, rule_relative_offset, rule_relative_period, rule_weekday
from helpers.timex.values import NOT_A_TIME, Rule, Value, day_result, month_result, week_result, year_result
from helpers.timex.words import DIGIT_WORDS, MONTH_ALTERNATIVES, MONTHS, ORDINAL_WORDS, PLURAL_UNITS, TEEN_WORDS, \
    TENS_WORDS, UNITS

# The order decides which rule wins: "a year earlier" is rule_relative_offset's, though rule_duration would read
# "a year" in it.
RULES: list[Rule] = [
    rule_iso, rule_numeric_date, rule_reference, rule_how_often, rule_unmeasured_offset, rule_vague, rule_spans_of_time,
    rule_fraction,
    rule_year_end, rule_deictic_day, rule_part_of_day, rule_business, rule_holiday,
    rule_relative_offset, rule_qualified_month, rule_financial_period, rule_chained, rule_weekday,
    rule_relative_period, rule_ago,
    rule_ordinal_day, rule_day_of_month, rule_month, rule_year, rule_year_bc, rule_decade, rule_season,  # the calendar
    rule_clock, rule_duration,
]

# "late November", "the end of the year", "nearly forty years", "later in the day": the value is the inner one's
MODIFIED = re.compile(r"(?:the )?(?:end|beginning|start|middle|rest|remainder) of (.+)"
                      r"|(?:early|late|mid)(?: in)?[ -](.+)|(?:about|around|nearly|almost|some|roughly|approximately|"
                      r"(?:a )?little (?:more|less) than|a little (?:over|under)|close to|another|"
                      r"more than|less than|over|at least|up to|no more than|fewer than|just over|"
                      r"just under|barely|just|only|well over|well under|under|within|as long as|"
                      r"as much as|as little as|as many as) (.+)"
                      r"|(?:earlier|later) (?:in |on )?(.+)|some ?time (.+)")
WEEK_OF = re.compile(r"(?:the )?week of (.+)")
# "three or four weeks ago", "two or three nights", "a year or two ago": a count of units given as a choice
COUNT_OR_COUNT = re.compile(r"(.*?)\b(\w+) (?:or|to) \w+ (\w+)( ago| earlier| later| before| after)?")
UNIT_OR_TWO = re.compile(r"(.*?)\b(?:a|an|one) (\w+) or two( ago| earlier| later)?")
NTH_WEEK_OF = re.compile(r"(?:the )?(first|second|third|fourth|last|final) week of (.+)")
MONTH_OF_A_NAMED_YEAR = re.compile(rf"((?:{'|'.join(MONTHS)})\.?(?: \d{{1,2}})?|(?:the )?(?:early |late )?"
                                   rf"(?:spring|summer|autumn|fall|winter)) (?:of )?(this|next|last) year")
AGO_THIS_MONTH = re.compile(r"(.+ ago) this month")
MONTH_AROUND = re.compile(rf"the (previous|preceding|following|next) ({'|'.join(MONTHS)})")
# "that June", "the same winter", "August of that year": the month or season in the year the story is in
THAT_MONTH = re.compile(rf"(?:that|the same) ((?:{'|'.join(MONTHS)}|spring|summer|autumn|fall|winter))"
                        rf"|((?:{'|'.join(MONTHS)})(?: \d{{1,2}})?) of (?:that|the same) year")
LENGTH_LATER = re.compile(r"(.+) (?:later|earlier)")
DAY_THEN_CLOCK = re.compile(r"(.+?),? (?:at )?(\d{1,2}(?::\d\d)? ?[ap]\.?m\.?|\d{1,2}:\d\d)")  # "May 8 1:00AM"


def normalise(text: str, *, published: date | None, tense: str = "", last_day: date | None = None
              ) -> Value | None:
    """TIMEX3 (type, value, resolved_start, resolved_end) of one expression, or None if not temporal.

    >>> normalise("the previous day", published=date(2022, 9, 13)).value
    '2022-09-12'
    """
    t = cleaned(text)

    def again(inner: str) -> Value | None:
        return normalise(inner, published=published, tense=tense, last_day=last_day)

    modified = MODIFIED.fullmatch(t)
    if modified:
        return again(inner_of(modified, t))
    week_of = WEEK_OF.fullmatch(t)
    if week_of:
        return week_holding(again(week_of.group(1)))  # "the week of March 6"
    nth_week = NTH_WEEK_OF.fullmatch(t)
    if nth_week:
        return week_in(again(nth_week.group(2)), nth_week.group(1))  # "the last week of August"
    month_of_year = MONTH_OF_A_NAMED_YEAR.fullmatch(t)
    if month_of_year and published is not None:
        # "February this year", "April next year": the month in the year the phrase names
        year = published.year + {"this": 0, "next": 1, "last": -1}[month_of_year.group(2)]
        return again(f"{month_of_year.group(1)} {year}")
    month_around = MONTH_AROUND.fullmatch(t)
    if month_around and published is not None:
        # "the previous April" (the story in June 1917: April 1917; in February: April 1916), "the following March"
        month, before = MONTHS[month_around.group(2)], month_around.group(1) in {"previous", "preceding"}
        year = published.year - (month >= published.month) if before else published.year + (month <= published.month)
        return month_result(year, month)
    that_month = THAT_MONTH.fullmatch(t)
    if that_month:
        return again(that_month.group(1) or that_month.group(2))
    ago_this_month = AGO_THIS_MONTH.fullmatch(t)
    if ago_this_month and published is not None:
        # "10 years ago this month": that month, so many years back
        inner = again(ago_this_month.group(1))
        if inner and re.fullmatch(r"\d{4}", inner.value):
            return month_result(int(inner.value), published.month)
    day_then_clock = DAY_THEN_CLOCK.fullmatch(t)
    if day_then_clock and (day := again(day_then_clock.group(1))) is not None and day.type == "DATE":
        return again(f"{day_then_clock.group(2)} {day_then_clock.group(1)}")  # "May 8 1:00AM": the clock, that day
    length_later = LENGTH_LATER.fullmatch(t)
    if length_later:
        # "a minute and a half later", "over an hour later": TimeBank marks the length, a duration
        inner = again(length_later.group(1))
        if inner and inner.value.startswith("PT"):
            return inner
    answered_by, value = answer_of_rules(t, published, tense, last_day)
    if answered_by is None and (lower := lower_count(t)) is not None:
        return again(lower)  # "three or four weeks ago", "a year or two ago": as ranges do, the lower count
    return value if answered_by is not None else fallback(text, published)


def lower_count(t: str) -> str | None:
    """A count of units given as a choice, told with its lower count ("three or four weeks ago": "three weeks
    ago"; "a day or two": "a day"), or None."""
    choice = COUNT_OR_COUNT.fullmatch(t)
    if choice and (choice.group(2).isdigit() or choice.group(2) in CARDINALS) and choice.group(3) in PLURAL_UNITS:
        return f"{choice.group(1)}{choice.group(2)} {choice.group(3)}{choice.group(4) or ''}"
    choice = UNIT_OR_TWO.fullmatch(t)
    if choice and choice.group(2) in UNITS:
        return f"{choice.group(1)}a {choice.group(2)}{choice.group(3) or ''}"
    return None


def answer_of_rules(t: str, anchor: date | None, tense: str, last_day: date | None) -> tuple[Rule | None, Value | None]:
    """The first rule of RULES that answers the cleaned text, and its Value (None: no time after all); (None, None)
    when no rule answers."""
    for rule in RULES:
        try:
            result = rule.read(t, anchor, tense, last_day)
        except (ValueError, OverflowError):
            return rule, None  # "3000 years ago", "tomorrow" on 9999-12-31: outside the calendar Python counts
        if result is NOT_A_TIME:
            return rule, None
        if result is not None:
            # a year before 1 or after 9999 is no date a report means
            return rule, (None if re.match(r"-|\d{1,3}-W|\d{5}", result.value) else result)
    return None, None


def cleaned(text: str) -> str:
    """The text as the rules read it: lower case, single spaces, numbers in digits, without what does not change
    the value ("'s time", "or so", "each of")."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:")
    t = re.sub(r"'s$", "", t)
    t = re.sub(r"^(.+?) ?'s? time$", r"\1", t)  # "a week's time": a week
    t = re.sub(r",? or (?:so|more|longer)\b", "", t)  # "the next two years or so": the value of "the next two years"
    t = re.sub(r"^(?:each|all|most|much|part) of ", "", t)  # "each of the past three years": the span counted
    return spelled_numbers(t)


def inner_of(modified: re.Match, t: str) -> str:
    """What a modifier modifies: "late November" -> "november", "the end of the year" -> "this year"."""
    inner = next(group for group in modified.groups() if group)
    if inner == "the day" and re.match(r"(?:earlier|later) ", t):
        inner = "that day"  # "later in the day": the day the report is about
    inner = re.sub(r"^(?:the|this) (year|month|week|quarter|day)$", r"this \1", inner)  # "the end of the year"
    return re.sub(r"^that (year|month|week|day)$", r"the same \1", inner)


def week_holding(day: Value | None) -> Value | None:
    """The ISO week holding a day ("the week of March 6"); None for anything but one day."""
    if day is None or day.resolved_start is None or day.resolved_start != day.resolved_end:
        return None
    return week_result(day.resolved_start - timedelta(days=day.resolved_start.weekday()))


def week_in(period: Value | None, which: str) -> Value | None:
    """The ISO week that is the first, second, ... or last week of a month or year ("the last week of August":
    the week holding its last day); None for a period the calendar does not place."""
    if period is None or period.resolved_start is None or period.resolved_end is None \
            or period.resolved_start == period.resolved_end:
        return None
    day = period.resolved_end if which in {"last", "final"} else \
        period.resolved_start + timedelta(days=7 * ["first", "second", "third", "fourth"].index(which))
    return week_result(day - timedelta(days=day.weekday()))


# Numbers spelled out: "march twenty-first", "the year two thousand", "nineteen ninety-six", "twenty four hours".
SPELLED_DAY_OF_MONTH = re.compile(rf"\b({MONTH_ALTERNATIVES})\.? ((?:twenty|thirty)[ -])?({'|'.join(ORDINAL_WORDS)})\b")
TWO_THOUSAND = re.compile(rf"\btwo thousand(?: and)?(?: ({DIGIT_WORDS}|{TEEN_WORDS}))?\b"
                          r"(?!\s*(?:years?|months?|days?|weeks?|hours?)\b)")
SPELLED_YEAR = re.compile(rf"\b(nineteen|twenty)[ -]((?:{TENS_WORDS})(?:[ -](?:{DIGIT_WORDS}))?|{TEEN_WORDS})\b")
SPELLED_COUNT = re.compile(rf"\b((?:{TENS_WORDS})(?:[ -](?:{DIGIT_WORDS}))?|{TEEN_WORDS}|{DIGIT_WORDS})\b"
                           r"(?=[ -](?:second|minute|hour|day|night|week|month|year|decade|century)s?\b)")


def spelled_numbers(t: str) -> str:
    """Numbers written out as words become digits: "twenty four hours" -> "24 hours", "March eighth" ->
    "march 8", "nineteen ninety-six" -> "1996" (TimeBank's broadcast transcripts spell them out)."""

    def two_digits(text: str) -> int:
        parts = re.split(r"[ -]", text)
        return sum(CARDINALS[part] for part in parts)

    def day_of_month(match: re.Match) -> str:  # "march twenty-first" -> "march 21"
        tens_word = (match.group(2) or "").strip(" -")
        return f"{match.group(1)} {CARDINALS.get(tens_word, 0) + ORDINAL_WORDS[match.group(3)]}"

    t = SPELLED_DAY_OF_MONTH.sub(day_of_month, t)
    t = TWO_THOUSAND.sub(lambda m: str(2000 + (CARDINALS[m.group(1)] if m.group(1) else 0)), t)
    year = SPELLED_YEAR.search(t)
    if year and not re.search(r"(years?|months?|days?|weeks?|hours?)\b", t[year.end():year.end() + 8]):
        t = t[:year.start()] + str(CARDINALS[year.group(1)] * 100 + two_digits(year.group(2))) + t[year.end():]
    return SPELLED_COUNT.sub(lambda m: str(two_digits(m.group(1))), t)


def fallback(text: str, anchor: date | None) -> Value | None:
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
