"""A parsed report's time expressions: each span found read in the light of what the report named before it."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd
from spacy.tokens import Doc, Span

from helpers.timex.histories import marked_as_histories_are
from helpers.timex.rules import normalise
from helpers.timex.spans import find_time_spans, readable_parts
from helpers.timex.story import Story
from helpers.timex.tense import tense_of
from helpers.timex.values import Timex, Value, day_result, safe_date, year_result
from helpers.timex.words import BRACKETED_ZONE, BULLETINS, CLOCK, DAY_MONTH, DAY_NAME, MONTH_NAME, \
    MONTH_THIS_YEAR, PART_OF_A_NAMED_DAY, PARTS_OF_DAY, RANGE_WORDS, SEASON_NAME, SETS, SPELLED_DECADE, TITLE_WORDS, \
    WEATHER, WIRE_ZONES, YEAR_RANGE, YEARS_BEFORE_CHRIST

READINGS = ("auto", "news", "history")


def timexes_of(doc: Doc, *, published: date | None, reading: str = "auto") -> list[Timex]:
    """Every time expression of a parsed report, normalised against its publication date.

    `reading` says what the text is: "auto" (the default) decides from the text whether it tells history
    (helpers.timex.story.Story.reads: many past years, few days counted from the report's); "news" and
    "history" say so for a user who knows. In a history a yearless "June 10" takes the year the story is in;
    in a news report only an expression that points back ("that June") does (Story.reference).

    Relative expressions ("the previous day") chain from the last explicit day mentioned
    before them in the same paragraph, else from the publication date; the direction of a bare weekday
    follows the tense of the verb it hangs on. "that year" and "that quarter" ("the quarter", "the latest
    period") are the last year and quarter named; "a year earlier" and "the 1988 period" in a report on a
    quarter are quarters, counted from the quarter reported (not a comparison quarter, nor one still ahead
    outside its own sentence). "the previous Friday" and "in the morning" reach back across paragraphs.
    Without a publication date relative expressions keep an X-value and no calendar dates.
    """
    if reading not in READINGS:
        raise ValueError(f"reading is one of {', '.join(READINGS)}, not {reading!r}")
    story = Story(doc.text, published)
    spans = find_time_spans(doc, published)
    story.reads(spans)
    if reading != "auto":
        story.tells_history = reading == "history"
    for index, span in enumerate(spans):
        if tell_two_years(span, story):
            continue
        following = spans[index + 1] if index + 1 < len(spans) else None
        read = read_in_the_story(span, following, story)
        if read is not None:
            story.tell(*read)
            continue
        for part in readable_parts(span, published):  # one the rules cannot read whole ("a low in [January of 114]")
            read = read_in_the_story(part, following, story)
            if read is not None:
                story.tell(*read)
    found = clock_of_the_day_after(clock_of_the_day_named(story.found, story.sentences, published), story.text)
    return marked_as_histories_are(found, doc) if story.tells_history else found



def tell_two_years(span: Span, story: Story) -> bool:
    """"1955-1963", "2007-08", "499–449 BC", one word to the model: two years, as TimeML marks them, and the story
    is in the first ("Diem era, 1955-1963 The Geneva Accords ..."). False for any other span."""
    before_christ, years = YEARS_BEFORE_CHRIST.fullmatch(span.text), YEAR_RANGE.fullmatch(span.text)
    if before_christ:  # "499–449 BC": two years before Christ, no calendar dates
        first, last = (int(before_christ.group(i)) for i in (1, 2))
        values = Value("DATE", f"BC{first:04d}", None, None), Value("DATE", f"BC{last:04d}", None, None)
        parts = (0, before_christ.end(1)), (before_christ.start(2), len(span.text))
    elif years:
        first, second = int(years.group(1)), years.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last <= first:
            return False  # "1998-96" is no range of years
        values, parts = (year_result(first), year_result(last)), (years.span(1), years.span(2))
    else:
        return False
    story.tell(span, values[0])
    story.found[-1:] = [Timex(span.start_char + begin, span.start_char + end, span.text[begin:end], *value)
                        for (begin, end), value in zip(parts, values)]
    story.sentences.append(story.sentences[-1])
    return True


def read_in_the_story(span: Span, following: Span | None, story: Story) -> tuple[Span, Value] | None:
    """One span's extent and value, read against the story so far and the span that follows it; None if it is no
    time expression after all."""
    if names_no_time(span):
        return None
    reading = span.text
    if is_zone_clock(span):
        if span.start and span.doc[span.start - 1].text == "(":
            return None  # "(1410 GMT)": the clock time just given, in another zone, not the year 1410
        span = span.doc[span.start:span.end + 1]  # "at 1410 GMT": a 24-hour clock, its zone in the extent
        reading = f"{span.text[:2]}:{span.text[2:]}"
    if part_of_a_named_day(span):
        return None  # "the early hours of Sunday": the day is the expression, as TimeBank marks it
    if repeats_the_clock_before(span, story):
        return None  # "12:30 EST (16:30 UTC)": the clock just given, in another zone
    story.start_paragraph(span.start_char)
    tense = tense_of(span)
    if span.text.lower() == "soon" and (tense == "past" or is_conjunction_soon(span)):
        return None  # "he was soon released" is narrative order, not the future; "as soon as" a conjunction
    day = story.day_for(span.text.lower())
    value = first_reading(span, reading, following, tense, day, story)
    if value is None:
        return None
    span, value = read_against_the_story(without_its_named_year(span), value, following, tense, day, story)
    value = story.before_christ(span.text, value)
    return (span, story.first_meaning(span, value)) if value is not None else None

def first_reading(span: Span, reading: str, following: Span | None, tense: str, day: date | None, story: Story
                  ) -> Value | None:
    """The value of the text itself, or of what the story told before it ("the following year"); a month or a
    season takes the year named just after it ("August and September 1914"), a bare day number the month named
    just before it ("April 24 and 25") or just after it ("10 and 12 September")."""
    anchor, tense = story.reference(span, tense)
    value = normalise(reading, published=anchor, tense=tense, last_day=day)
    value = story.before_christ(span.text, story.told(span) or value)
    text = story.text
    year_after = re.search(r"\b\d{4}\b", following.text) if following is not None else None
    if year_after and (MONTH_NAME.search(reading) or SEASON_NAME.search(reading)) \
            and not re.search(r"\d{4}", reading) and text[span.end_char:following.start_char].strip() in RANGE_WORDS:
        # "in August and September 1914", "the spring and early summer of 1943": the year named after both
        value = normalise(f"{reading} {year_after.group()}", published=anchor, tense=tense, last_day=day) or value
    if value is None and following is not None and re.fullmatch(r"\d{1,4}", span.text) \
            and following.text.lower().replace(".", "").endswith(" bc") \
            and text[span.end_char:following.start_char].strip() in RANGE_WORDS:
        value = Value("DATE", f"BC{int(span.text):04d}", None, None)  # "264 to 241 BC": both before Christ
    if value is None and story.found and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?", span.text):
        value = second_day(story.found[-1], text[story.found[-1].end:span.start_char], span.text)
    if value is None and following is not None and re.fullmatch(r"\d{1,2}", span.text):
        # "between 10 and 12 September", "6-11 September": the first day takes the month named after it
        if text[span.end_char:following.start_char].strip() in RANGE_WORDS and DAY_MONTH.match(following.text):
            value = normalise(re.sub(r"^\d{1,2}", span.text, following.text), published=anchor, tense=tense,
                              last_day=day)
    return value

def read_against_the_story(span: Span, value: Value, following: Span | None, tense: str, day: date | None,
                           story: Story) -> tuple[Span, Value]:
    """The extent and value an expression takes from its neighbours and what the report named before it."""
    published = story.published
    if published is not None and story.last_day is None and last_evening_bulletin(span):
        evening = published - timedelta(days=1)
        value = Value("TIME", f"{evening.isoformat()}T{PARTS_OF_DAY[span.text.lower()]}", evening, evening)
    if day_before_an_event(span):
        span, value = the_day_before_or_after(span, story)
    if week_ending(span, following):
        # "the week ending March 15": the ISO week holding that day
        closing = normalise(following.text, published=published, tense=tense, last_day=day)
        if closing and closing.resolved_start is not None and closing.resolved_start == closing.resolved_end:
            value = normalise(f"the week of {following.text}", published=published, tense=tense,
                              last_day=day) or value
    if is_reporting_year(span):
        value = Value("DURATION", "P1Y", None, None)
    else:
        value = story.named_before(span.text.lower()) or value
    return span, story.within_a_wider_time(span, story.quarter_compared(span, value))

def without_its_named_year(span: Span) -> Span:
    """"in February this year", "in April next year": TimeBank marks the month, its year from the phrase."""
    year_named = MONTH_THIS_YEAR.fullmatch(span.text.lower())
    if year_named and not span.text.lower().startswith(("this", "next", "last")):
        return span.doc[span.start:span.end - (3 if year_named.group(1) else 2)]
    return span

def the_day_before_or_after(span: Span, story: Story) -> tuple[Span, Value]:
    """"Oct. 12, the day before the plunge", "the day after his death": "the day" is the expression, the day named
    just before it (in apposition) or one day from the last day named."""
    span = span.doc[span.start:span.end - 1]
    step = -1 if span.doc[span.end].lower_ == "before" else 1
    previous = story.found[-1] if story.found else None
    event = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if event is not None and event.tag_ == "VBG":
        return span, Value("DATE", "XXXX-XX-XX", None, None)  # "available the day after airing": any such day
    if previous and previous.resolved_start and previous.resolved_start == previous.resolved_end \
            and story.text[previous.end:span.start_char].strip() == ",":
        return span, day_result(previous.resolved_start)
    if story.last_day or story.published:
        return span, day_result((story.last_day or story.published) + timedelta(days=step))
    return span, Value("DATE", "XXXX-XX-XX", None, None)

def week_ending(span: Span, following: Span | None) -> bool:
    """"the week ending March 15", "the week ended Friday": "the week" with the day it ends on right after it."""
    doc = span.doc
    return span.text.lower() == "the week" and span.end < len(doc) and doc[span.end].lower_ in {"ended", "ending"} \
        and following is not None and following.start == span.end + 1

def names_no_time(span: Span) -> bool:
    """Words of time that name none here: degrees ("highs in the forties"), a rate's unit or a newspaper ("average
    daily volume", "the Communist Party daily Granma"), shares and people ("three quarters of the troops", "in some
    quarters"), a title or a greeting (ABC's "This Week", "Good evening")."""
    said = span.text.lower()
    if SPELLED_DECADE.fullmatch(said) and WEATHER.search(span.sent.text.lower()):
        return True  # "highs in the forties": degrees, not the 1940s
    if said in SETS and not is_recurrence(span):
        return True  # "average daily volume", "the Communist Party daily Granma": a rate's unit or a newspaper
    if span[-1].lower_ == "quarters" and (share_of(span) or span.start and span.doc[span.start - 1].lower_ == "in"
                                          and span[0].lower_ in {"some", "many", "several", "all"}):
        return True  # "three quarters of the troops": a share; "in some quarters": among some people
    return is_title_or_greeting(span)  # ABC's "This Week", CBS's "60 Minutes", USA "Today", "Good evening from Havana"

def share_of(span: Span) -> bool:
    """Whether a count of quarters is a share of what follows "of" ("three quarters of the Axis troops"), not of
    a year ("three quarters of 1989", "the first two quarters of the fiscal year")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    following = doc[span.end + 1:span.end + 5]
    return not any(token.shape_ == "dddd" or token.lower_ in {"year", "years", "fiscal"} for token in following)


def repeats_the_clock_before(span: Span, story: Story) -> bool:
    """A clock in brackets right after a clock time: the same time in another zone."""
    found = story.found
    return bool(span.start and span.doc[span.start - 1].text == "(" and CLOCK.fullmatch(span.text) and found
                and found[-1].type == "TIME" and story.text[found[-1].end:span.start_char].strip() == "(")

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

def second_day(previous: Timex, between: str, number: str) -> Value | None:
    """"April 24 and 25", "May 6 and 7th", "March 5-9, 1918": the bare second number is a day of the month just
    named (of the year written after it)."""
    if previous.resolved_start is None or previous.resolved_start != previous.resolved_end \
            or between.strip() not in RANGE_WORDS:
        return None
    day_and_year = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", number)
    year = int(day_and_year.group(2)) if day_and_year.group(2) else previous.resolved_start.year
    day = safe_date(year, previous.resolved_start.month, int(day_and_year.group(1)))
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

def is_reporting_year(span: Span) -> bool:
    """"the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month reporting period,
    which TimeBank marks as a duration (P1Y); "for the year", "a high for the year" are the year itself."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.lower() in {"the year", "the fiscal year"} and following is not None \
        and following.lower_ in {"ended", "ending"}

def timexes_table(timexes: list[Timex], *, article_id: str) -> pd.DataFrame:
    """The rows of `timexes.csv` for one article."""
    rows = [{"article_id": article_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
             "value": t.value, "resolved_start": t.resolved_start, "resolved_end": t.resolved_end} for t in timexes]
    columns = ["article_id", "start", "end", "text", "type", "value", "resolved_start", "resolved_end"]
    return pd.DataFrame(rows, columns=columns)
