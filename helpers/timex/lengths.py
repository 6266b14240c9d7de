"""Rules for lengths of time (DURATION), how often (SET) and vague references (PAST_REF, PRESENT_REF, FUTURE_REF):
"three months", "2 1/2 years", "the past decade", "every week", "twice a day", "recently", "these days".

Each rule takes (text, publication date, tense, last explicit day) and returns a Value, None (not its kind) or
NOT_A_TIME; its examples are read against EXAMPLES_PUBLISHED, Tuesday 2022-09-13 (tests/test_timex_rules.py).
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta

from helpers.lexicon import CARDINALS
from helpers.timex.values import NOT_A_TIME, Answer, Value, rule
from helpers.timex.words import DAYS_IN, EARLY_HOURS, HALF_UNITS, HALVES, MONTHS, NUMBERS, ORDINAL_WORDS, \
    PLURAL_UNITS, REFERENCES, SETS, UNITS, VAGUE, WEEKDAYS


@rule(("now", "DATE", "PRESENT_REF"),
      ("then current", "DATE", "PAST_REF"),  # "the then current price": a present of the past
      ("every week", "SET", "P1W"),
      ("daily", "SET", "P1D"), ("each Thursday", "SET", "XXXX-WXX-4"), ("every July", "SET", "XXXX-07"))
def rule_reference(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Words that refer to the present, past or future ("now", "recently", "soon") and words of how often ("daily",
    "every week", "each July")."""
    if t in REFERENCES:
        value = REFERENCES[t]
        if value == "PRESENT_REF" and anchor:
            return Value("DATE", value, anchor, anchor)
        return Value("DATE", value, None, None)
    if t in SETS:
        return Value("SET", SETS[t], None, None)
    match = re.fullmatch(r"(?:every|each|a|per) (\w+)", t)
    if match and match.group(1) in UNITS and not t.startswith("a "):
        return Value("SET", f"P1{UNITS[match.group(1)]}", None, None)
    if match and match.group(1) in WEEKDAYS and not t.startswith("a "):
        return Value("SET", f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}", None, None)
    if match and match.group(1) in MONTHS and not t.startswith("a "):
        return Value("SET", f"XXXX-{MONTHS[match.group(1)]:02d}", None, None)


@rule(("once a year", "SET", "P1Y"),
      ("three times a week", "SET", "P1W"),  # how often in a week, not three weeks
      ("twice a day", "SET", "P1D"))
def rule_how_often(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"once a year", "three times a week": a SET of that period."""
    match = re.fullmatch(r"(?:once|twice|\w+ times) (?:a|per) (day|week|month|year)", t)
    return Value("SET", f"P1{UNITS[match.group(1)]}", None, None) if match else None


@rule(("days later", "DATE", "XXXX-XX-XX"), ("weeks earlier", "DATE", "XXXX-XX-XX"),
      ("months later", "DATE", "XXXX-XX"), ("years earlier", "DATE", "XXXX"), ("decades later", "DATE", "XXX"))
def rule_unmeasured_offset(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"days later", "weeks earlier": a time some unsaid number of units from the one told before, which no
    calendar can give (so no day is resolved: no event takes its date from it). "hours later" is a length, as
    TimeBank marks "a minute and a half later" (see rules.LENGTH_LATER)."""
    match = re.fullmatch(r"(days|weeks|months|years|decades) (?:later|earlier)", t)
    if match is None:
        return None
    value = {"days": "XXXX-XX-XX", "weeks": "XXXX-XX-XX", "months": "XXXX-XX", "years": "XXXX",
             "decades": "XXX"}[match.group(1)]
    return Value("DATE", value, None, None)


@rule(("these days", "DATE", "PRESENT_REF"), ("the near future", "DATE", "FUTURE_REF"),
      ("recent years", "DURATION", "PXY"), ("the coming months", "DURATION", "PXM"),
      ("hours", "DURATION", "PTXH"),  # a clock's unit: PT
      ("the years", "DURATION", "PXY"))  # "over the years"
def rule_vague(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Plurals with no number ("for years", "recent weeks"), vague references ("the future")."""
    if t in EARLY_HOURS:
        return None  # "the storm hit in the early hours": a part of the day (rule_part_of_day)
    if t in VAGUE:
        present = VAGUE[t] == "PRESENT_REF"
        return Value("DATE", VAGUE[t], anchor if present else None, anchor if present else None)
    if t in {"the years", "the decades", "the centuries"}:
        # "over the years", "in the years that followed": an unsaid number of years (but "the days before
        # the attack" names a time before an event, not a length)
        return Value("DURATION", f"PX{UNITS[t[4:-1]]}", None, None)
    match = re.fullmatch(r"(?:(recent|the past|past|several|some|many|a few|few|the next|the coming|coming|"
                         r"the last|the first|the early|the following|the previous)(?: few)? )?"
                         r"(seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|quarters)", t)
    if match is None:
        return None
    unit = PLURAL_UNITS[match.group(2)]
    clock = match.group(2) in {"seconds", "minutes", "hours"}
    return Value("DURATION", f"PT X{unit}".replace(" ", "") if clock else f"PX{unit}", None, None)


@rule(("the 20th century", "DATE", "19"), ("this century", "DATE", "20"), ("the nineteenth century", "DATE", "18"),
      ("the early 21st century", "DATE", "20"),
      ("the second half of 1989", "DATE", "1989-H2"), ("the first two quarters of 1990", "DATE", "1990-H1"),
      ("the second half of September", "DATE", "2022-09"),  # half a month is the month
      ("two to three weeks", "DURATION", "P2W"),  # a range keeps its lower bound
      ("the weeks ahead", "DURATION", "PXW"), ("the past decade", "DURATION", "P10Y"))
def rule_spans_of_time(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """Centuries ("the 20th century", "this century"), halves of a year ("the second half of 1989",
    "the first two quarters of 1990"), ranges ("two to three weeks": the lower bound, as TimeBank
    does; "two or three days" is rules.lower_count's), "the weeks ahead", "the past decade"."""
    from helpers.timex.rules import normalise  # the whole a half is of is read by all the rules

    match = re.fullmatch(rf"(?:the |a )?(?:early |late |mid-?)?"
                         rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(ORDINAL_WORDS)}))[ -]century", t)
    if match:  # "the nineteenth century", "the early 21st century", "eighteenth-century"
        number = int(match.group(1)) if match.group(1) else ORDINAL_WORDS[match.group(2)]
        return Value("DATE", f"{number - 1:02d}", None, None)
    if t in {"this century", "the century"} and anchor:
        return Value("DATE", f"{anchor.year // 100:02d}", None, None)
    match = re.fullmatch(r"(?:the )?(first|second|last|latter) half of (.+)"
                         r"|(?:the )?(first|last) two quarters of (.+)", t)
    if match:
        which, whole = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        whole = re.sub(r"^the (year|month|week|quarter)$", r"this \1", whole)  # "the first half of the year"
        inner = normalise(whole, published=anchor, tense=tense, last_day=last_day)
        if inner is None or not re.fullmatch(r"\d{4}", inner.value):
            return inner  # "the second half of September": the month
        half, year = (1 if which == "first" else 2), int(inner.value)
        return Value("DATE", f"{year}-H{half}", date(year, 1 if half == 1 else 7, 1),
                     date(year, 6, 30) if half == 1 else date(year, 12, 31))
    match = re.fullmatch(r"(?:the (?:next|past|last|coming|first) )?(\d+|\w+)(?: to | ?[-–] ?)(?:\d+|\w+) "
                         r"(hour|day|week|month|year)s", t)
    lower = match and (int(match.group(1)) if match.group(1).isdigit() else CARDINALS.get(match.group(1)))
    if lower:
        unit = UNITS[match.group(2)]
        return Value("DURATION", f"PT{lower}{unit}" if unit == "H" else f"P{lower}{unit}", None, None)
    match = re.fullmatch(r"the (days|weeks|months|years) (?:ahead|to come)", t)
    if match:
        return Value("DURATION", f"PX{UNITS[match.group(1)[:-1]]}", None, None)
    match = re.fullmatch(r"(?:the )?(past|last|previous|next|coming) (decade|century)", t)
    if match:
        return Value("DURATION", "P10Y" if match.group(2) == "decade" else "P100Y", None, None)
    return None


@rule(("2 1/2 years", "DURATION", "P2Y6M"), ("5 1/2 hours", "DURATION", "PT5H30M"),
      ("half an hour", "DURATION", "PT30M"), ("a minute and a half", "DURATION", "PT1M30S"),
      ("two and a half years", "DURATION", "P2Y6M"),
      ("several and a half years", None, None))  # no whole number to add the half to
def rule_fraction(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """"2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a minute and a half" -> PT1M30S, "half an hour" -> PT30M."""
    if t in HALVES:
        return Value("DURATION", HALVES[t], None, None)
    match = re.fullmatch(r"(\d+|a|an|[a-z]+) (?:1/2|and a half) (hour|year|day|month|minute)s?", t) or \
        re.fullmatch(r"(\d+|a|an|one) (hour|year|day|month|minute)s? and a half", t)
    if match is None or not (match.group(1).isdigit() or match.group(1) in NUMBERS):
        return None
    whole = int(match.group(1)) if match.group(1).isdigit() else NUMBERS[match.group(1)]
    if whole == "X":
        return None
    starts, letter, half = HALF_UNITS[match.group(2)]
    return Value("DURATION", f"{starts}{whole}{letter}{half}", None, None)


# Words that only say how a stretch of time felt or ran: "two bloody weeks", "three straight days".
SPAN_ADJECTIVES = ("consecutive", "straight", "successive", "full", "whole", "entire", "long", "short", "hard",
                   "bloody", "brutal", "tough", "difficult", "bitter", "grueling", "gruelling",
                   "previous", "preceding", "past", "following", "coming")  # "the four previous weeks"


@rule(("three months", "DURATION", "P3M"), ("the past two days", "DURATION", "P2D"),
      ("two bloody weeks", "DURATION", "P2W"), ("three straight days", "DURATION", "P3D"),
      ("the four previous weeks", "DURATION", "P4W"),
      ("a decade", "DURATION", "P10Y"),  # TimeBank counts decades in years
      ("the past two centuries", "DURATION", "P200Y"), ("a century", "DURATION", "P100Y"),
      ("twenty-four hours", "DURATION", "PT24H"), ("eight trading days", "DURATION", "P8D"),
      ("decades-long", "DURATION", "PXY"), ("day-long", "DURATION", "P1D"),
      ("55 years old", None, None))  # an age
def rule_duration(t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
    """A count of units: "three months", "the past two days" (with the days it covers), "a weeklong strike"."""
    if re.search(r"\b(old|aged)$", t):
        return NOT_A_TIME  # "55 years old" is an age (TimeBank leaves ages out)
    t = re.sub(r"^(hour|day|week|month|year|decade) ?-? ?long$", r"1 \1 long", t)  # "day-long", "weeklong": one unit
    many = re.fullmatch(r"(hour|day|week|month|year|decade)s ?- ?long", t)
    if many:  # "a decades-long dispute": years, not a count of them (TimeBank writes PXY)
        unit = UNITS["year" if many.group(1) == "decade" else many.group(1)]
        return Value("DURATION", f"P{'T' if unit == 'H' else ''}X{unit}", None, None)
    match = re.fullmatch(r"(?:(the|a|past|last|next|previous|the past|the last|the next|the previous|more than|"
                         r"nearly|almost|about|over) )?(\d+|a few|a couple of|couple of|\w+)[ -](?:(?:additional|more|"
                         r"extra|further|trading|business|working|" + "|".join(SPAN_ADJECTIVES) + r") )?"
                         r"(second|minute|hour|day|night|"
                         r"week|month|year|decade|quarter|centuries|century)s?(?: long| old)?", t)
    if match is None:
        return None
    amount = NUMBERS.get(match.group(2)) or (int(match.group(2)) if match.group(2).isdigit() else None)
    if amount is None or (match.group(3) == "quarter" and not t.endswith("quarters")):
        return None  # "more than a quarter of the market", "a rolling four-quarter test": not a span of time
    name = "century" if match.group(3) == "centuries" else match.group(3)
    start = end = None
    qualifier = match.group(1) or ""
    if anchor and amount != "X" and qualifier.endswith(("past", "last", "previous")):
        days = math.ceil(DAYS_IN[name] * amount)
        start, end = (anchor - timedelta(days=days), anchor) if days else (None, None)
    unit = UNITS[name]
    if unit in {"DE", "C"} and amount != "X":  # TimeBank counts decades in years: "two decades" -> P20Y,
        amount, unit = amount * (10 if unit == "DE" else 100), "Y"  # and centuries: "the past two centuries" -> P200Y
    value = f"PT{amount}{unit}" if name in {"second", "minute", "hour"} else f"P{amount}{unit}"
    return Value("DURATION", value, start, end)
