"""What a report has named so far (the last day, year and quarter, the expressions found), read in order: the
context relative expressions count from ("the previous day", "that year", "a year earlier")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Span

from helpers.timex.rules import normalise
from helpers.timex.values import Timex, Value, quarter_result, year_ago_quarter, year_result
from helpers.timex.words import CLOCK, COMPARISON, DAY_OF_THE_REPORT, NUMBERS, OF_A_DAY, OF_THE_REPORTS_DAY, \
    POINTS_BACK, STORY_DAY, THAT_TIME, THAT_YEAR, THE_QUARTER, WRITES_ITS_YEAR, YEAR_BEFORE, YEAR_PERIOD, YEARS_LATER

QUARTER = re.compile(r"\d{4}-Q\d")
# A day's step from a time told before: "a day earlier", "two days later", "the next day", "the day before".
DAY_STEP = re.compile(r"(?:the )?(?:a|one|two|three|\d) days? (?:earlier|later|before|after)|the (?:previous|next|"
                      r"following|preceding) day|the day (?:before|after)")
PAST_STORY = timedelta(days=183)  # a date named this long before the report is history, not the report's present


@dataclass
class Story:
    """The context of a report's time expressions, updated as each is read.

    "the previous day" counts from the last day named in the same paragraph (`last_day`), "the previous Friday"
    and "in the morning" from the last day named anywhere before (`last_day_named`); "that year" is the last year
    named; "the quarter" the last quarter reported, and "a year earlier" in a report on a quarter that quarter a year
    before (not a comparison quarter, nor one still ahead outside its own sentence).
    """

    text: str  # the report's text (spaCy joins the tokens again at each `doc.text`)
    published: date | None
    found: list[Timex] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # each found expression's sentence, as offsets
    last_day: date | None = None
    last_day_at: int = 0  # where the last day was named
    last_day_named: date | None = None  # the last day named anywhere before, not reset by a paragraph
    last_year: int | None = None
    last_quarter: str | None = None  # "1989-Q3"
    quarter_seen_at: int = -10_000
    forecast_quarter: str | None = None  # a quarter not yet closed when the report was written
    forecast_sentence_end: int = -1
    said_before: dict[tuple[str, int], Value] = field(default_factory=dict)  # (sentence, offset in it) -> value
    told_time: Value | None = None  # the last date the text named with its year, or read from the story
    told_time_at: int = -1
    present_at: int = -1  # where the text last counted from the report's own day ("yesterday", "on Tuesday")
    tells_history: bool = False  # the text names past years far more than the report's own days (see Story.reads)
    reading_the_past: bool = False  # the expression being read counts from told_time
    bc_year: int | None = None  # the year before Christ the expression being read counts from

    def reads(self, spans: list[Span]) -> None:
        """Note whether the text tells history: it writes at least five years older than the year before the
        report's, more than four times as many as the expressions it counts from the report's day
        ("yesterday", "on Tuesday", "last month"). A war history names hundreds of past years and hardly a
        "today"; a news report counts from its own day even when it recalls 1994, 2001 and 2010."""
        self.tells_history = tells_history([(span.text, runs_to_now(span)) for span in spans], self.published)

    def reference(self, span: Span, tense: str) -> tuple[date | None, str]:
        """The day an expression counts from and the tense to read it in: the publication date and the verb's
        tense, or, where the text has moved into the past, the date it last named and "story" (a yearless
        "June 10" in that date's year, whatever the tense).

        Decided per expression. The story's time is the last date the text named ("On September 1, 1939", "in
        June" read from it in turn; not "since 2011", which runs to the report's day, nor "a year earlier", which
        compares). In a text that tells history (`reads`), once that date lies half a year or more before the
        report, every later expression counts from it, "this year" and "two years ago" too, but for a day named
        from the report's ("today", "on Tuesday"). In a news report only an expression that points back ("that
        June", "later that year", "the previous year") does, however near the report the date is, in the
        paragraph that named it, and only while the report has not come back to its own day ("yesterday", "last
        month"): "In January" two sentences after "dating to 1994" is the report's January. An expression that
        writes its own year keeps it; one of a day ("that day", "at 11:30 a.m.") counts from a day, never from a
        year or a month. A history told before Christ ("In 219 BC Hannibal attacked") has no calendar dates: see
        `before_christ`.
        """
        told, said = self.told_time, span.text
        self.bc_year = None
        if told is not None and re.fullmatch(r"BC\d{4}", told.value) and self.tells_history \
                and not WRITES_ITS_YEAR.search(said) and not DAY_OF_THE_REPORT.search(said):
            self.bc_year = int(told.value[2:])
            return None, tense  # no calendar before year 1: the value is made by before_christ
        told_any = told is not None and told.resolved_start is not None and not WRITES_ITS_YEAR.search(said)
        past = told_any and (self.published is None or told.resolved_end < self.published - PAST_STORY)
        if self.tells_history:  # "this year", "two years ago" in a history: of the year it tells
            self.reading_the_past = past and not DAY_OF_THE_REPORT.search(said)
        else:  # "in July ... the previous year": pointing back, however near the report July is
            self.reading_the_past = told_any and not OF_THE_REPORTS_DAY.search(said) \
                and self.present_at < self.told_time_at \
                and "\n\n" not in self.text[self.told_time_at:span.start_char] \
                and POINTS_BACK.search(said) is not None and not COMPARISON.search(said.lower())
        if not self.reading_the_past:
            return self.published, tense
        if told.resolved_start != told.resolved_end and (CLOCK.search(said) or OF_A_DAY.search(said)):
            # "at 11:30 a.m.", "that day" after "in 1975": a day the text has not named
            self.reading_the_past = self.tells_history
            return (None, tense) if self.tells_history else (self.published, tense)
        return told.resolved_start, "story"

    def before_christ(self, said: str, value: Value | None) -> Value | None:
        """In a history told before Christ, an expression that counts from the year last named: "a mere two
        years later" after "220 BC" is BC0218, "the following year" BC0219, "that year" and "in June" of 220 BC
        (BC0220, BC0220-06); `value` as it is outside such a story."""
        year = self.bc_year
        if year is None:
            return value
        t = said.lower()
        counted = re.search(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) years? "
                            r"(later|after|afterwards|earlier|before|ago)\b", t)
        if counted:
            count = int(counted.group(1)) if counted.group(1).isdigit() else NUMBERS[counted.group(1)]
            year += -count if counted.group(2) in {"later", "after", "afterwards"} else count
        elif re.search(r"\b(?:following|next) year\b", t):
            year -= 1
        elif re.search(r"\b(?:previous|preceding) year\b|\bthe year before\b", t):
            year += 1
        elif not (THAT_YEAR.search(t) or t in {"this year", "the year"}):
            if value is not None and value.value.startswith("XXXX"):  # "in June": June of that year
                return Value(value.type, f"BC{year:04d}{value.value[4:]}", None, None)
            return value
        return Value("DATE", f"BC{year:04d}", None, None) if year > 0 else value

    def start_paragraph(self, at: int) -> None:
        """A new paragraph before `at`: "the previous day" is the report's again, not the last one named."""
        if self.last_day is not None and "\n\n" in self.text[self.last_day_at:at]:
            self.last_day = None

    def within_a_wider_time(self, span: Span, value: Value) -> Value:
        """"A day earlier" or "the next day" told after a month (or a wider time) named in its paragraph, with no day
        named since ("Rebels seized the town in March. A day earlier, the army had withdrawn"): a day of that month,
        not one counted from the report's own day; the value of the wider time. (After a week or a weekend the day
        counts from the report's day as before: "after a weekend of gains ... in the previous day alone".)"""
        told = self.told_time
        if told is None or told.resolved_start is None or (told.resolved_end - told.resolved_start).days < 27 \
                or not DAY_STEP.fullmatch(span.text.lower()) or "\n\n" in self.text[self.told_time_at:span.start_char] \
                or (self.last_day is not None and self.last_day_at > self.told_time_at):
            return value
        return Value(value.type, told.value, told.resolved_start, told.resolved_end)

    def day_for(self, said: str) -> date | None:
        """The day an expression counts from: "the previous Friday", "in the morning" name a day of the story,
        which may be a paragraph back."""
        return self.last_day_named if STORY_DAY.fullmatch(said) else self.last_day

    def told(self, span: Span) -> Value | None:
        """The value of an expression that counts from what the report named before it, or None: "the following
        year" (the year last named plus one), "the following week/month" (after the day or month last named), "the
        year before" (before the year last named, else the report's), "2007 was the year of" (the year just
        named), "this time", "that period" (the time the story is in)."""
        said, last_year, published = span.text.lower(), self.last_year, self.published
        if THAT_TIME.fullmatch(said):  # "during this period" after "in 1954": 1954; none named, no time at all
            told = self.told_time
            return Value("DATE", told.value, told.resolved_start, told.resolved_end) \
                if told is not None and not self.after_a_span(span) else None
        if said == "the following year" and last_year is not None and last_year < 9999:
            return year_result(last_year + 1)  # "in 2001 the iPod and the following year Mac OS X": 2002
        following = re.fullmatch(r"the following (week|month)", said)
        if following:
            named = next((t.resolved_start for t in reversed(self.found) if t.resolved_start is not None
                          and re.match(r"\d{4}-\d\d(?:-\d\d)?$" if following.group(1) == "month"
                                       else r"\d{4}-\d\d-\d\d$", t.value)), published)
            return normalise(f"next {following.group(1)}", published=named) if named else None
        year = last_year or (published.year if published else None)
        if said in {"the year before", "the year earlier"} and year is not None and year > 1:
            return year_result(year - 1)
        if self.found and said in {"the year", "the month", "the day", "the week"} \
                and re.fullmatch(r"\s+(?:was|is|will be|would be)\s+", self.text[self.found[-1].end:span.start_char]):
            previous = self.found[-1]  # "2007 was the year of the iPhone": the year just named
            return Value(previous.type, previous.value, previous.resolved_start, previous.resolved_end)
        return None

    def after_a_span(self, span: Span) -> bool:
        """Whether "this period", "during that time" follows two dates of the story named together ("From 2001 to
        2018, ...", "founded in 1998 and went public in 2004. During this period"): the span between them, which no
        one date is. A point in time ("by that time", "at that time") is the last date named."""
        interval = span.text.lower().endswith("period") or re.search(
            r"\b(?:during|throughout|over|through|in)\s*$", self.text[max(0, span.start_char - 12):span.start_char])
        dated = [timex for timex in self.found if timex.type == "DATE" and re.match(r"\d{4}", timex.value)]
        return bool(interval) and len(dated) > 1 and dated[-1].end == self.told_time_at \
            and dated[-2].value[:4] != dated[-1].value[:4] and self.told_time_at - dated[-2].end < 200

    def named_before(self, said: str) -> Value | None:
        """"later that year", "one year later" (from the year last named), "the quarter" (the one under report, as
        the company names it: "the fiscal first quarter"); None for any other expression."""
        if self.last_year is not None and THAT_YEAR.fullmatch(said):
            return year_result(self.last_year)  # "in June 1998 ... later that year": the year last named
        if self.last_year is not None and (later := YEARS_LATER.fullmatch(said)):
            # "in 1984 the Macintosh ... One year later he was fired": from the year last named, not today
            count = later.group(1)
            return year_result(self.last_year + (int(count) if count.isdigit() else NUMBERS[count]))
        if self.last_quarter and said in THE_QUARTER:
            return quarter_result(int(self.last_quarter[:4]), int(self.last_quarter[-1]))
        return None

    def quarter_compared(self, span: Span, value: Value) -> Value:
        """A quarter is noted as the one reported; "a year earlier" and "the 1988 period" near one are quarters,
        counted from the quarter reported."""
        # the reported quarter is what "a year ago" compares with: not the comparison quarter itself ("the
        # year-ago quarter"), and a quarter not yet closed ("losses through the third quarter of 1990") only
        # in its own sentence
        said = span.text.lower()
        if QUARTER.fullmatch(value.value):
            self.quarter_seen_at = span.end_char
            if self.published is not None and value.resolved_end is not None and value.resolved_end >= self.published:
                self.forecast_quarter, self.forecast_sentence_end = value.value, span.sent.end
            elif not COMPARISON.search(said):
                self.last_quarter = value.value
            return value
        reference = self.forecast_quarter if self.forecast_quarter and span.start < self.forecast_sentence_end \
            else self.last_quarter
        if reference and (YEAR_BEFORE.fullmatch(said) or YEAR_PERIOD.fullmatch(said)) \
                and ("quarter" in span.sent.text.lower() or span.start_char - self.quarter_seen_at < 400):
            named = YEAR_PERIOD.fullmatch(said)
            # "a year earlier": the quarter a year before; "the 1988 period": that quarter of 1988
            return quarter_result(int(named.group(1)), int(reference[-1])) if named else year_ago_quarter(reference)
        return value

    def first_meaning(self, span: Span, value: Value) -> Value:
        """A sentence the report repeats (a summary line again in the body) means what it meant the first time."""
        sent = span.sent
        sentence = sent.text
        repeated = (sentence.strip(), span.start_char - sent.start_char - (len(sentence) - len(sentence.lstrip())))
        return self.said_before.setdefault(repeated, value)

    def tell(self, span: Span, value: Value) -> None:
        """Add an expression to the story: it is found, and its day and year are the last named."""
        self.found.append(Timex(span.start_char, span.end_char, span.text, *value))
        if OF_THE_REPORTS_DAY.search(span.text) and value.resolved_start is not None:
            self.present_at = span.end_char
        elif value.type in {"DATE", "TIME"} and (value.resolved_start is not None or value.value.startswith("BC")) \
                and re.match(r"\d{4}|BC\d{4}", value.value) \
                and not COMPARISON.search(span.text.lower()) and not runs_to_now(span):
            # "a year earlier" compares, "since 2011" runs to the report's day: neither moves the story's time
            self.told_time, self.told_time_at = value, span.end_char
        self.reading_the_past = False
        sent = span.sent
        self.sentences.append((sent.start_char, sent.end_char))
        if re.match(r"\d{4}\b", value.value):
            self.last_year = int(value.value[:4])
        if value.resolved_start is not None and value.resolved_start == value.resolved_end \
                and not span.text.lower().startswith("the previous"):
            self.last_day, self.last_day_at = value.resolved_start, span.end_char
            self.last_day_named = self.last_day


def tells_history(expressions: list[tuple[str, bool]], published: date | None) -> bool:
    """Whether a text with these time expressions (text, and whether it runs to the report's day: "since 2011")
    tells history: see Story.reads."""
    present = past = 0
    for said, to_now in expressions:
        year = WRITES_ITS_YEAR.search(said)
        if year is None or to_now:
            present += bool(OF_THE_REPORTS_DAY.search(said))
        elif published is None or not year.group().isdigit() or int(year.group()) < published.year - 1:
            past += 1
    return past >= 5 and past > 4 * present


def runs_to_now(span: Span) -> bool:
    """"since 2011": a time from which something has lasted until the report's day."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since"
