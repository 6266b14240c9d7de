"""Rules for dates the text writes out: ISO and numeric dates, days of a month, months, years, decades, seasons,
holidays, quarters and fiscal years, and clock times.

Each rule takes (text, publication date, tense, last explicit day) and returns a Value, None (not its kind) or
NOT_A_TIME; its examples are read against EXAMPLES_PUBLISHED, Tuesday 2022-09-13 (tests/test_timex_rules.py).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from helpers.lexicon import CARDINALS
from helpers.timex.values import NOT_A_TIME, Answer, Value, day_result, month_result, quarter_result, rule, \
    safe_date, week_result, year_result
from helpers.timex.words import HOLIDAYS, MONTH_ALTERNATIVES, MONTHS, ORDINAL_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, \
    ZONES


@rule(("2022-09-10", "DATE", "2022-09-10"),
      ("2022-02-30", None, None))  # no such day, and no other rule reads it
def rule_iso(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if match:
        day = safe_date(*map(int, match.groups()))
        return day_result(day) if day else None


@rule(("24.02.2022", "DATE", "2022-02-24"),
      ("12/09/2022", "DATE", "2022-09-12"), ("09/12/2022", "DATE", "2022-09-12"),  # the reading nearer the report
      ("31/12/2021", "DATE", "2021-12-31"),  # only one reading is a date
      ("7/8/07", "DATE", "2007-08-07"),
      ("30.02.2022", None, None))
def rule_numeric_date(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
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


@rule(("year-end", "DATE", "2022"),
      ("year's end", "DATE", "2022"))  # the end of the year is the year, as TimeBank marks it
def rule_year_end(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"year-end", "year end", "year's end": the end of the current year (TimeBank: the year)."""
    if t not in {"year-end", "year end", "years end", "year 's end", "year's end", "the year-end",
                 "the end of the year"}:
        return None
    return year_result(anchor.year) if anchor else Value("DATE", "XXXX", None, None)


@rule(("Thanksgiving Day", "DATE", "2022-11-24"), ("Good Friday", "DATE", "2022-04-15"),
      ("Christmas", "DATE", "2021-12-25", "past"),  # the one before, told in the past
      ("Easter week", "DATE", "2022-W15"), ("Christmas 1963", "DATE", "1963-12-25"),
      ("Christmas night", "DATE", "2021-12-25TNI", "past"), ("Easter morning", "DATE", "2022-04-17TMO"))
def rule_holiday(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Holidays news names by name, in the year the tense points to; a part of such a day ("Christmas night": a
    DATE, as TimeBank marks "Friday morning")."""
    name = re.sub(r"^(on |the )", "", t).replace("'s", "s").replace("’s", "s").replace(".", "")
    part = re.fullmatch(rf"(.+) ({'|'.join(PARTS_OF_DAY)})", name)
    if part and part.group(1) in HOLIDAYS:
        day = rule_holiday(part.group(1), anchor, tense, last_day)
        return Value("DATE", f"{day.value}T{PARTS_OF_DAY[part.group(2)]}", day.resolved_start, day.resolved_end)
    if name.endswith(" week") and name[:-5] in HOLIDAYS:
        # "Easter week", "Christmas week": the ISO week holding the nearest such holiday (a week lasts, so
        # "as Easter week began" can be the week under way whatever the tense)
        day = rule_holiday(name[:-5], anchor, "", last_day)
        if day.resolved_start is None:
            return Value("DATE", "XXXX-WXX", None, None)
        return week_result(day.resolved_start - timedelta(days=day.resolved_start.weekday()))
    named_year = re.fullmatch(r"(.+) (\d{4})", name)
    if named_year and named_year.group(1) in HOLIDAYS:
        return day_result(HOLIDAYS[named_year.group(1)](int(named_year.group(2))))  # "Christmas 1963"
    if name not in HOLIDAYS:
        return None
    if anchor is None:
        return Value("DATE", "XXXX-XX-XX", None, None)
    candidates = [HOLIDAYS[name](year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "future":
        day = min(d for d in candidates if d >= anchor)
    elif tense == "past":
        day = max(d for d in candidates if d <= anchor)
    else:
        day = min(candidates, key=lambda d: abs((d - anchor).days))
    return day_result(day)


@rule(("fiscal 1990", "DATE", "1990"), ("third-quarter", "DATE", "2022-Q3"),
      ("the fourth quarter", "DATE", "2022-Q4"),  # no tense: the quarter just ahead is this year's
      ("the fourth quarter", "DATE", "2021-Q4", "past"),  # told in the past: last year's
      ("the latest quarter", "DATE", "2022-Q2"), ("the year-ago quarter", "DATE", "2021-Q2"),
      ("the quarter a year ago", "DATE", "2021-Q2"), ("next year's first quarter", "DATE", "2023-Q1"),
      ("the 1988 period", "DATE", "1988"),  # a quarter only in a report on one (see helpers.timex.story)
      ("the period", None, None))  # may be anything
def rule_business(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Quarters and fiscal years, as business news writes them: "third-quarter", "the latest
    quarter" (the last one closed), "the year-ago quarter", "fiscal 1989"."""
    fiscal = re.fullmatch(r"(?:the )?fiscal(?: year)?(?: ((?:19|20)\d\d))?", t)
    if fiscal:
        year = int(fiscal.group(1)) if fiscal.group(1) else (anchor.year if anchor else None)
        return year_result(year) if year else Value("DATE", "XXXX", None, None)
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
        return Value("DATE", f"XXXX-Q{ORDINALS[ordinal]}" if ordinal else "XXXX-QX", None, None)
    quarter_year, quarter = divmod(quarter_index(anchor, tense, ordinal, relative, year), 4)
    return quarter_result(quarter_year, quarter + 1)


def quarter_index(anchor: date | None, tense: str, ordinal: str | None, relative: str | None, year: str | None
                  ) -> int:
    """The quarter rule_business means, counted as year * 4 + quarter - 1."""
    current = (anchor.month - 1) // 3 + 1 if anchor else 1
    if ordinal:
        quarter = ORDINALS[ordinal]
        index = (int(year) if year else anchor.year) * 4 + quarter - 1
        if not year and quarter > current and tense != "future" and not (tense == "" and quarter == current + 1):
            # "the third quarter" of a result reported in May: last year's; but with no tense to go by, the
            # quarter just ahead is this year's ("expects growth in the second quarter", said in March)
            index -= 4
        return index
    index = (int(year) if year else anchor.year) * 4 + current - 1
    if relative in {"year-ago", "year-earlier", "same"}:
        index -= 5  # the quarter just closed, a year before
    elif relative != "current":
        index -= 1  # "the quarter", "the latest quarter": the one last reported, just closed
    return index


# --- the calendar: a day of a month, a month, a year, a decade, a season ---------------------------------------
# Five rules one after the other in RULES (they were one rule, rule_calendar), each reading the text as
# calendar_text leaves it.

def calendar_text(t: str) -> str:
    """The text with ordinals' endings, commas and full stops left out, and no "early", "late", "mid", "the end
    of", "the beginning of", "the start of" before it: "Sept. 10th, 2022" -> "sept 10 2022"."""
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t).replace(",", "").replace(".", "")
    return re.sub(r"^(early|late|mid|the end of|the beginning of|the start of)[ -]", "", t)


@rule(("the 20th", "DATE", "2022-09-20", "future"), ("the 20th", "DATE", "2022-08-20", "past"),
      ("the 3rd", "DATE", "2022-09-03"), ("the 31st", "DATE", "2022-08-31", "past"),
      ("the 32nd", None, None))
def rule_ordinal_day(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"on the 20th": a day of the month the story is in, as it names days after naming the month ("the
    onslaught on the 20th"); told in the past, a day still to come this month is last month's."""
    match = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)", t)
    if not match or not 1 <= int(match.group(1)) <= 31:
        return None
    number = int(match.group(1))
    if anchor is None:
        return Value("DATE", f"XXXX-XX-{number:02d}", None, None)
    year, month = anchor.year, anchor.month
    if tense == "past" and number > anchor.day or safe_date(year, month, number) is None:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif tense == "future" and number < anchor.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    day = safe_date(year, month, number)
    return day_result(day) if day else NOT_A_TIME


@rule(("September 10", "DATE", "2022-09-10"), ("Sept. 10, 2022", "DATE", "2022-09-10"),
      ("10th September", "DATE", "2022-09-10"), ("March eighth", "DATE", "2022-03-08"),
      ("the 25th of August 1917", "DATE", "1917-08-25"),
      ("December 5", "DATE", "2021-12-05", "past"), ("January 5", "DATE", "2023-01-05", "future"),
      ("September 31", None, None))  # no such day
def rule_day_of_month(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A day of a month, with or without its year: "September 12, 2022", "12 September", "last Oct. 23"."""
    t = calendar_text(t)
    # "last Oct. 23": the qualifier says which way to look
    qualifier = re.match(r"(last|this past|next|this coming) ", t)
    day_text = t[qualifier.end():] if qualifier else t
    match = re.fullmatch(rf"(?:\w+day )?({MONTH_ALTERNATIVES}) (\d{{1,2}})(?: (\d{{4}}))?", day_text) or \
        re.fullmatch(rf"(?:\w+day |the )?(\d{{1,2}}) (?:of )?({MONTH_ALTERNATIVES})(?: (\d{{4}}))?", day_text)
    if not match:
        return None
    if qualifier:
        tense = "past" if qualifier.group(1) in {"last", "this past"} else "future"
    first, second, year = match.groups()
    month, day_number = (MONTHS[first], int(second)) if first in MONTHS else (MONTHS[second], int(first))
    if year is None:
        if anchor is None:
            return Value("DATE", f"XXXX-{month:02d}-{day_number:02d}", None, None)
        year = closest_year(anchor, month, tense)
    day = safe_date(int(year), month, day_number)
    return day_result(day) if day else NOT_A_TIME


@rule(("August 2022", "DATE", "2022-08"), ("September", "DATE", "2022-09"),
      ("September of 2021", "DATE", "2021-09"), ("December", "DATE", "2021-12", "past"))
def rule_month(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A month, with or without its year: "September 2022", "September of 2022", "late September"."""
    match = re.fullmatch(rf"({MONTH_ALTERNATIVES})(?: (?:of )?(\d{{4}}))?", calendar_text(t))
    if not match:
        return None
    month = MONTHS[match.group(1)]
    if match.group(2):
        return month_result(int(match.group(2)), month)
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}", None, None)
    return month_result(closest_year(anchor, month, tense), month)


@rule(("2011", "DATE", "2011"), ("the year 2022", "DATE", "2022"),
      ("the year two thousand", "DATE", "2000"))  # spelled out, as broadcast transcripts write it
def rule_year(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A year: "2011", "the year 2011"."""
    match = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d{2})", calendar_text(t))
    return year_result(int(match.group(1))) if match else None


@rule(("264 BC", "DATE", "BC0264"), ("146 B.C.", "DATE", "BC0146"), ("the year 480 BCE", "DATE", "BC0480"),
      ("the 9th century BC", "DATE", "BC08"), ("the fifth century B.C.", "DATE", "BC04"))
def rule_year_bc(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A year or a century before Christ ("264 BC": BC0264, as TimeML writes it); no calendar date (Python's
    calendar begins at year 1)."""
    match = re.fullmatch(r"(?:the )?(?:year )?(\d{1,4}) ?b\.? ?c\.?(?:e\.?)?", t)
    if match:
        return Value("DATE", f"BC{int(match.group(1)):04d}", None, None)
    century = re.fullmatch(rf"(?:the )?(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(ORDINAL_WORDS)})) century "
                           r"b\.? ?c\.?(?:e\.?)?", t)
    if century:  # the ninth century BC, 900-801 BC: TimeML's BC08
        number = int(century.group(1)) if century.group(1) else ORDINAL_WORDS[century.group(2)]
        return Value("DATE", f"BC{number - 1:02d}", None, None)
    return None


@rule(("the 1990s", "DATE", "199"), ("the nineties", "DATE", "199"), ("the '80s", "DATE", "198"),
      ("the mid-1990s", "DATE", "199"),
      ("twenties", None, None))  # "in their twenties" is an age
def rule_decade(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A decade: "the 1990s", "the '80s", "the nineties"."""
    return decade(calendar_text(t))


def decade(t: str) -> Value | None:
    match = re.fullmatch(r"(?:the )?(?:mid-|early |late )?(?:((?:1[0-9]|20)\d)0['’]?s|['’](\d)0s|(twenties|thirties|"
                         r"forties|fifties|sixties|seventies|eighties|nineties))", t)
    if match and match.group(3) and not t.startswith("the "):
        return None  # "in their twenties" is an age
    if not match:
        return None
    if not match.group(1):  # "the '80s", "the nineties": a decade of the last century
        digit = match.group(2) or str(CARDINALS[match.group(3).replace("ies", "y")] // 10)
        return decade(f"19{digit}0s")
    first_year = int(match.group(1)) * 10
    # a decade is its first three digits, as the TimeML guidelines, TimeBank and HeidelTime write it ("the
    # 1990s" -> 199; AQUAINT's annotators wrote 199X)
    return Value("DATE", match.group(1), date(first_year, 1, 1), date(first_year + 9, 12, 31))


@rule(("summer 2012", "DATE", "2012-SU"), ("last winter", "DATE", "2021-WI"),
      ("the spring", "DATE", "2023-SP", "future"),  # said after it: next year's
      ("the autumn", "DATE", "2022-FA", "past"))
def rule_season(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A season: "summer 2012", "last winter", "in the autumn" (the verb's direction)."""
    match = re.fullmatch(r"(?:the )?(?:(this|last|next|this past|this coming|past|coming) )?(?:early |late )?"
                         r"(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?", calendar_text(t))
    if not match:
        return None
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
        return Value("DATE", f"XXXX-{code}", None, None)
    end_year = year + 1 if last_month < first_month else year
    return Value("DATE", f"{year}-{code}", date(year, first_month, 1),
                 date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]))


def closest_year(anchor: date, month: int, tense: str) -> int:
    """The year of "September 10" said on `anchor`: past unless the verb is future; in a story told of the past
    (tense "story"), the year of the date it last named."""
    if tense == "story":
        return anchor.year
    if tense == "future":
        return anchor.year + (1 if month < anchor.month else 0)
    if tense == "past":
        # a past-tense report names deadlines just ahead too ("was extended to Nov. 16")
        return anchor.year - (1 if month > anchor.month + 2 else 0)
    # no tense to go by: the nearest such month ("January" said in October is the coming one)
    ahead = (month - anchor.month) % 12
    if ahead <= 3:
        return anchor.year + (1 if month < anchor.month else 0)
    return anchor.year - (1 if month > anchor.month else 0)


@rule(("10:30 a.m.", "TIME", "2022-09-13T10:30"), ("12 a.m.", "TIME", "2022-09-13T00:00"),  # midnight
      ("10 p.m. Wednesday", "TIME", "2022-09-07T22:00"), ("9 a.m. cet", "TIME", "2022-09-13T09:00"),
      ("3.14", None, None))  # a number, not a quarter past three
def rule_clock(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Clock times, with the day they name when they name one: "10 p.m. Wednesday", "noon Thursday"."""
    from helpers.timex.rules import normalise  # the day is read by all the rules, this one among them

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
        if named is None or named.resolved_start is None or named.resolved_start != named.resolved_end:
            return None
        day = named.resolved_start
    return Value("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}", day, day)
