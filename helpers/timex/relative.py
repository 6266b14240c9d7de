"""Rules for dates counted from the report's day or from the last day it named: "yesterday", "the previous day",
"Sunday", "last week", "two weeks ago", "a year earlier", "last April", "the first nine months".

Each rule takes (text, publication date, tense, last explicit day) and returns a Value, None (not its kind) or
NOT_A_TIME; its examples are read against EXAMPLES_PUBLISHED, Tuesday 2022-09-13 (tests/test_timex_rules.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.timex.values import Answer, Value, day_result, month_result, rule, week_result, year_result
from helpers.timex.words import CHAINED, DEICTIC_DAYS, EARLY_HOURS, MONTH_ALTERNATIVES, MONTHS, NUMBERS, \
    PARTS_OF_DAY, UNITS, WEEKDAYS, X_VALUES


@rule(("yesterday", "DATE", "2022-09-12"), ("overnight", "TIME", "2022-09-12TNI"),  # the night before the report
      ("this morning", "TIME", "2022-09-13TMO"), ("tomorrow night", "TIME", "2022-09-14TNI"))
def rule_deictic_day(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A day counted from the report's own, with its part of the day: "today", "yesterday afternoon"."""
    if t not in DEICTIC_DAYS:
        return None
    part = next((PARTS_OF_DAY[w] for w in t.split() if w in PARTS_OF_DAY), None)
    if anchor is None:
        return Value("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), None, None)
    day = anchor + timedelta(days=DEICTIC_DAYS[t])
    if part:
        return Value("TIME", f"{day.isoformat()}T{part}", day, day + timedelta(days=1) if part == "NI" else day)
    return day_result(day)


@rule(("evening", "TIME", "2022-09-13TEV"), ("dawn", "TIME", "2022-09-13TMO"),
      ("the morning", "TIME", "2022-09-08TMO", "", date(2022, 9, 8)),  # of the day last named
      ("the early hours", "TIME", "2022-09-13TMO"))
def rule_part_of_day(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A bare "evening" or "morning": of the report's own day; "in the morning": of the day last named."""
    if t in {"the morning", "the afternoon", "the evening", *EARLY_HOURS}:
        t, anchor = "morning" if t in EARLY_HOURS else t[4:], last_day or anchor
    if t not in PARTS_OF_DAY or t in {"overnight", "tonight"}:
        return None
    part = PARTS_OF_DAY[t]
    return Value("TIME", f"{anchor.isoformat() if anchor else 'XXXX-XX-XX'}T{part}", anchor, anchor)


@rule(("the previous day", "DATE", "2022-09-12"),  # with no day named, the day before the report
      ("the next day", "DATE", "2022-09-09", "", date(2022, 9, 8)), ("the next morning", "DATE", "2022-09-14"))
def rule_chained(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A day counted from the last day named, else from the report's: "the previous day", "that night"."""
    if t not in CHAINED:
        return None
    base = last_day or anchor
    if base is None:
        return Value("DATE", "XXXX-XX-XX", None, None)
    return day_result(base + timedelta(days=CHAINED[t]))


@rule(("Sunday", "DATE", "2022-09-11", "past"), ("Sunday", "DATE", "2022-09-18", "future"),
      ("Tuesday", "DATE", "2022-09-13"),  # the report's own weekday
      ("last Tuesday", "DATE", "2022-09-06"), ("Friday morning", "DATE", "2022-09-09TMO", "past"),
      ("the previous Friday", "DATE", "2022-08-26", "", date(2022, 9, 2)),  # the one before the Friday named
      ("this past Sunday", "DATE", "2022-09-11"), ("this coming Monday", "DATE", "2022-09-19"))
def rule_weekday(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A weekday, before the report's day or after it as the tense says: "Sunday", "next Tuesday", "this past
    Sunday" (the last one), "this coming Monday" (the next one)."""
    t = re.sub(r"^this past ", "last ", re.sub(r"^this coming ", "next ", t))
    if last_day is not None and re.match(r"the (previous|preceding|following|next) ", t):
        anchor = last_day  # "down from the previous Friday" after a Friday was named: the one before it
    t = re.sub(r"^the (previous|preceding) ", "last ", re.sub(r"^the (following|next) ", "next ", t))
    match = re.fullmatch(r"(?:(last|this|next|late|early)(?: on)? |on )?(\w+day)"
                         r"(?: (morning|afternoon|evening|night))?", t)
    if not match or match.group(2) not in WEEKDAYS:
        return None
    part = PARTS_OF_DAY.get(match.group(3) or "")
    weekday = WEEKDAYS[match.group(2)]
    if anchor is None:
        return Value("TIME" if part else "DATE", "XXXX-WXX-" + str(weekday + 1), None, None)
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
        return Value("DATE", f"{day.isoformat()}T{part}", day, day + timedelta(days=1) if part == "NI" else day)
    return day_result(day)


@rule(("a weekend", "DATE", "2022-W36-WE"),  # in a Tuesday report, the weekend just gone
      ("the weekend", "DATE", "2022-W37-WE", "future"), ("last week", "DATE", "2022-W36"),
      ("the past week", "DATE", "2022-W36"), ("last month", "DATE", "2022-08"), ("last year", "DATE", "2021"),
      ("this past weekend", "DATE", "2022-W36-WE"), ("this past week", "DATE", "2022-W36"),
      ("this coming week", "DATE", "2022-W38"), ("this past year", "DATE", "2022"))
def rule_relative_period(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A week, weekend, month or year counted from the report's: "this week", "last month", "next year", "this
    past weekend" (the one just gone), "this coming week"."""
    t = re.sub(r"^this (past|coming) ", r"\1 ", re.sub(r"^this past year$", "this year", t))  # (the year ending)
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
        return Value("DATE", X_VALUES[unit], None, None)
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    if unit == "weekend":
        # "a weekend of rapid gains" in a Tuesday report: the weekend just gone
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if step > 0 or (tense == "future" and step == 0 and anchor.weekday() < 5):
            saturday += timedelta(days=7)
        elif step < 0 and anchor.weekday() >= 5:
            saturday -= timedelta(days=7)
        year, week, _ = saturday.isocalendar()
        return Value("DATE", f"{year}-W{week:02d}-WE", saturday, saturday + timedelta(days=1))
    if unit == "week":
        return week_result(anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step))
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return month_result(month_index // 12, month_index % 12 + 1)
    return year_result(anchor.year + step)


@rule(("a year from now", "DATE", "2023"), ("two weeks hence", "DATE", "2022-W39"),
      ("months ago", "DATE", "PAST_REF"))  # no number: some time back
def rule_ago(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A day, week, month or year counted back or ahead from the report's: "a year from now", "months ago"."""
    if re.fullmatch(r"(?:(?:several|a few|some|many|few|just) )?(?:days|weeks|months|years|decades) ago", t):
        return Value("DATE", "PAST_REF", None, None)
    match = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? "
                         r"(ago|from now|hence)", t)
    if match is None:
        return None
    if anchor is None:
        return Value("DATE", X_VALUES[match.group(2)], None, None)
    # "two weeks ago" counts back; "a year from now" ahead
    n = (NUMBERS.get(match.group(1)) or int(match.group(1))) * (1 if match.group(3) == "ago" else -1)
    unit = match.group(2)
    if unit == "day":
        return day_result(anchor - timedelta(days=n))
    if unit == "week":
        return week_result(anchor - timedelta(days=anchor.weekday(), weeks=n))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - n
        return month_result(index // 12, index % 12 + 1)
    return year_result(anchor.year - n)


@rule(("a year earlier", "DATE", "2021"), ("two days ago", "DATE", "2022-09-11"),
      ("three days later", "DATE", "2022-09-11", "", date(2022, 9, 8)),  # from the last day named
      ("a week before", "DATE", "2022-W36"), ("several years ago", "DATE", "PAST_REF"),
      ("3000 years ago", None, None))  # before the year 1
def rule_relative_offset(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
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
        return Value("DATE", "PAST_REF" if match.group(3) in {"earlier", "before", "ago", "previous", "prior"}
                     else "FUTURE_REF", None, None)
    unit, direction = match.group(2), (1 if match.group(3) in {"later", "after"} else -1)
    base = anchor if match.group(3) == "ago" or unit != "day" else (last_day or anchor)
    if base is None or amount == "X":
        return Value("DATE", X_VALUES[unit], None, None)
    if unit == "day":
        return day_result(base + timedelta(days=direction * amount))
    if unit == "week":
        return week_result(base - timedelta(days=base.weekday()) + timedelta(weeks=direction * amount))
    if unit == "month":
        index = base.year * 12 + base.month - 1 + direction * amount
        return month_result(index // 12, index % 12 + 1)
    if unit == "decade":
        decade = (base.year + direction * 10 * amount) // 10
        return Value("DATE", f"{decade}X", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31))
    return year_result(base.year + direction * amount)


@rule(("last April", "DATE", "2022-04"), ("next April", "DATE", "2023-04"),
      ("last August", "DATE", "2021-08"))  # said in September: "last month" would name August 2022
def rule_qualified_month(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"last April" (the April before this month), "this April", "next April"."""
    match = re.fullmatch(rf"(last|this|next|this past|this coming) ({MONTH_ALTERNATIVES})\.?", t)
    if match is None:
        return None
    month = MONTHS[match.group(2)]
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}", None, None)
    if match.group(1) in {"last", "this past"}:
        year = anchor.year - (1 if month >= anchor.month else 0)
        if match.group(1) == "last" and (anchor.year * 12 + anchor.month) - (year * 12 + month) == 1:
            year -= 1  # the month just gone would be "last month": "last February" said in March is a year back
    elif match.group(1) in {"next", "this coming"}:
        year = anchor.year + (1 if month <= anchor.month else 0)
    else:
        year = anchor.year
    return month_result(year, month)


@rule(("the first nine months", "DURATION", "P9M"), ("the year-earlier nine months", "DURATION", "P9M"),
      ("the year", "DATE", "2022"), ("that year", "DATE", "2008", "", date(2008, 5, 1)),  # the year last named
      ("the same month", "DATE", "2008-05", "", date(2008, 5, 1)),
      ("the latest fiscal year", "DATE", "2021"))  # the last one closed
def rule_financial_period(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"the first nine months", "the six months", "the year" (a reporting period: a duration)."""
    match = re.fullmatch(r"the (?:first |latest |same |full |year-earlier |year-ago |comparable )?(\d+|a) "
                         r"(month|week|year|quarter|day)s?"
                         r"(?: period)?", t)
    if match:
        amount = 1 if match.group(1) == "a" else int(match.group(1))
        return Value("DURATION", f"P{amount}{UNITS[match.group(2)]}", None, None)
    if t in {"the latest fiscal year", "the latest year", "the last fiscal year"}:
        # like "the latest quarter", the last one closed: the year before the report's
        return year_result(anchor.year - 1) if anchor else Value("DATE", "XXXX", None, None)
    if t in {"that month", "the same month"}:  # "later that month": the month of the day last named
        base = last_day or anchor
        return month_result(base.year, base.month) if base else Value("DATE", "XXXX-XX", None, None)
    if t in {"the year", "the full year", "the current year", "the current fiscal year", "that year", "the same year"}:
        base = (last_day if t in {"that year", "the same year"} else None) or anchor
        return year_result(base.year) if base else Value("DATE", "XXXX", None, None)
    return None
