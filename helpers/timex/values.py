"""What the time stage gives: a Value for an expression's text, a Timex for an expression in a report, and a Rule
that reads one kind of Value, with its examples."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Literal, NamedTuple


class Value(NamedTuple):
    """The TIMEX3 type and value of one expression and the calendar days it covers (None where it names no day).

    A tuple still: it compares equal to ("DATE", "2022-09-12", date(2022, 9, 12), date(2022, 9, 12)).
    """

    type: str
    value: str
    resolved_start: date | None = None
    resolved_end: date | None = None


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


# --- rules ----------------------------------------------------------------------------------------------------

#: The publication date every rule's examples are normalised against: a Tuesday.
EXAMPLES_PUBLISHED = date(2022, 9, 13)


class Example(NamedTuple):
    """An expression a rule reads, and the TIMEX3 type and value normalise gives it in a report published on
    EXAMPLES_PUBLISHED, with the tense of its verb and the last day the report named (type and value None: no time,
    the rule refusing it and no other rule reading it)."""

    text: str
    type: str | None
    value: str | None
    tense: str = ""
    last_day: date | None = None


# A rule reads the cleaned text, the publication date, the tense and the last day named; it answers a Value, None
# (not its kind of expression: the next rule reads it) or NOT_A_TIME (no time at all: no other rule reads it).
Answer = Value | Literal[False] | None
Reader = Callable[[str, date | None, str, date | None], Answer]


@dataclass(frozen=True)
class Rule:
    """One kind of value: the function that reads it and the examples that show what it reads."""

    read: Reader
    examples: tuple[Example, ...]

    @property
    def name(self) -> str:
        return self.read.__name__

    def __call__(self, t: str, anchor: date | None, tense: str, last_day: date | None) -> Answer:
        return self.read(t, anchor, tense, last_day)


def rule(*examples: tuple) -> Callable[[Reader], Rule]:
    """Make a function a Rule with its examples, each (text, type, value[, tense[, last day]]); at least two, one of
    them a hard case."""
    if len(examples) < 2:
        raise ValueError("a rule needs at least two examples, one of them a hard case")

    def with_examples(read: Reader) -> Rule:
        return Rule(read, tuple(Example(*example) for example in examples))

    return with_examples


# --- values of whole calendar units -----------------------------------------------------------------------------

def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_result(day: date) -> Value:
    return Value("DATE", day.isoformat(), day, day)


def week_result(monday: date) -> Value:
    """The ISO week that starts on `monday`: ("DATE", "2022-W37", Monday, Sunday)."""
    year, week, _ = monday.isocalendar()
    return Value("DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6))


def month_result(year: int, month: int) -> Value:
    return Value("DATE", f"{year:04d}-{month:02d}", date(year, month, 1),
                 date(year, month, calendar.monthrange(year, month)[1]))


def quarter_result(year: int, number: int) -> Value:
    """("DATE", "1988-Q3", its first day, its last day)."""
    last = number * 3
    return Value("DATE", f"{year}-Q{number}", date(year, last - 2, 1),
                 date(year, last, calendar.monthrange(year, last)[1]))


def year_ago_quarter(quarter: str) -> Value:
    """The quarter a year before "1989-Q3": ("DATE", "1988-Q3", its first day, its last day)."""
    return quarter_result(int(quarter[:4]) - 1, int(quarter[-1]))


def year_result(year: int) -> Value:
    return Value("DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31))
