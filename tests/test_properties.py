"""Property tests (hypothesis): random text and bytes through the readers and the time normaliser.

The readers either give a well-formed result or raise BadInput (turned into a refusal with a reason);
no other exception escapes, and every offset they return points at its text. The time normaliser
never raises, and a range it resolves never ends before it starts. No example database is written
into the repository (database=None).
"""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.reading import (Article, BadInput, decode, find_boilerplate, parse_published, parse_table, parse_txt)
from helpers.timex import normalise, timexes_of

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text with the characters reports are made of, and the awkward ones: line ends of every kind,
# zero-width and right-to-left marks, NBSP, U+2028, emoji, quotes and commas for the tables.
AWKWARD = "\r\n\t\f\v\x00\x85\u00a0\u200b\u200d\u200f\u202e\u2028\u2029\ufeff\"',;:{}[]\\éß€’“”🇺🇦👩‍👧"
texts = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(AWKWARD)), max_size=400)
# Lines the readers look for, so random examples reach the header, boilerplate and row logic.
LINES = [" date 2022-09-13 Headline", "date: 2022-09-13", "date: 2022-13-45", "title: T", "source: AP",
         "url: https://x.org", "Advertisement", "Also Read more", "Related: links", "Same words.", "",
         "date,title,text", "date;title;text", '2022-09-10,"a\nb",c', '{"text": "x", "date": "2022-09-10"}',
         '{"text": "\\ud800"}', "[1, 2]", '"unclosed', "\r", "\r\n"]
documents = st.lists(st.sampled_from(LINES) | texts, max_size=12).map("\n".join)


def check_article(article: Article) -> None:
    """What every Article promises: a body as long as the text, removed stretches that are its text."""
    assert len(article.body) == len(article.text)
    for cut in article.removed:
        assert 0 <= cut.start <= cut.end <= len(article.text)
        assert article.text[cut.start:cut.end] == cut.text


@SETTINGS
@given(st.binary(max_size=600) | texts.map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_decode_gives_text_or_a_reason(data):
    try:
        text, notes = decode(data)
    except BadInput as problem:
        assert str(problem)
        return
    assert isinstance(text, str) and all(isinstance(note, str) for note in notes)
    assert "\x00" not in text


@SETTINGS
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]), texts)
def test_text_saved_in_an_encoding_reads_back_the_same(encoding, text):
    if encoding == "utf-16" and text.startswith("\x00"):
        return  # FF FE 00 00: UTF-16's mark and a NUL, or UTF-32's mark: read as the latter
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # cp1252 cannot hold every character
    try:
        decoded, notes = decode(data)
    except BadInput:
        return  # control characters or NUL: refused as binary, which is a reason, not a crash
    if encoding == "cp1252":
        try:
            expected, as_utf8 = data.decode("utf-8"), True  # cp1252 bytes that happen to be UTF-8 too
        except UnicodeDecodeError:
            expected, as_utf8 = text, False
        assert decoded == expected and bool(notes) == (not as_utf8), (decoded, notes)
    else:
        # a BOM at the start is the encoding's mark, not text (Python's utf-16/32 write one of their own)
        expected = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
        assert (decoded, notes) == (expected, ())


@SETTINGS
@given(documents)
def test_parse_txt_gives_an_article_or_a_reason(text):
    try:
        article = parse_txt(text, path="random.txt")
    except BadInput as problem:
        assert str(problem)
        return
    assert article.text == text
    check_article(article)


@SETTINGS
@given(documents, st.integers(min_value=0, max_value=50))
def test_find_boilerplate_offsets_are_its_text(text, start):
    start = min(start, len(text))
    for cut in find_boilerplate(text, start=start):
        assert start <= cut.start <= cut.end <= len(text)
        assert text[cut.start:cut.end] == cut.text


@SETTINGS
@given(documents, st.sampled_from(["csv", "jsonl"]))
def test_parse_table_reads_good_rows_and_names_bad_ones(text, kind):
    try:
        articles, rejected = parse_table(text, path=f"random.{kind}", kind=kind)
    except BadInput as problem:
        assert str(problem)
        return
    assert articles or rejected
    for article in articles:
        assert article.format == kind and article.row is not None and article.row >= 1
        check_article(article)
    for refusal in rejected:
        assert refusal.path == f"random.{kind}" and refusal.reason.startswith("line")


@SETTINGS
@given(st.text(max_size=40))
def test_parse_published_gives_a_date_none_or_a_reason(value):
    try:
        published = parse_published(value)
    except BadInput as problem:
        assert str(problem)
        return
    assert published is None or isinstance(published, date)


# --- time ----------------------------------------------------------------------------------------

# The kit's dates: news from the last centuries and the next. (Days at the very ends of the calendar,
# 0001-01-01 and 9999-12-31, are outside: see docs/robustness.md.)
days = st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 12, 31))
TIME_WORDS = ["the previous day", "yesterday", "today", "tomorrow", "last week", "next month", "this year",
              "Sunday", "Sunday evening", "on Monday", "three days ago", "two weeks", "a decade", "the 1990s",
              "September 31", "February 29", "31 September 2022", "2022-13-45", "2022-09-13", "13 September",
              "Sept. 13", "mid-September", "early 2022", "the weekend", "overnight", "now", "recently",
              "at 10:30 a.m.", "in the spring", "last winter", "the next day", "daily", "500 years ago",
              "the past 10,000 years", "0 days", "year 0", "AD 1"]
time_texts = st.sampled_from(TIME_WORDS) | st.text(max_size=30) | st.lists(
    st.sampled_from(TIME_WORDS), min_size=1, max_size=3).map(" ".join)


@SETTINGS
@given(time_texts, st.none() | days, st.sampled_from(["", "past", "future"]), st.none() | days)
def test_normalise_never_raises_and_ranges_are_ordered(text, published, tense, last_day):
    result = normalise(text, published=published, tense=tense, last_day=last_day)
    if result is None:
        return
    kind, value, resolved_start, resolved_end = result
    assert isinstance(kind, str) and isinstance(value, str)
    if resolved_start is not None and resolved_end is not None:
        assert resolved_start <= resolved_end, result
    if published is None and last_day is None:
        # no anchor: nothing relative can be resolved; what resolves must be written out in full
        assert resolved_start is None or any(character.isdigit() for character in text), result


WORDS = ["Ukrainian", "forces", "entered", "Izium", "on", "Saturday", ",", ".", "the", "previous", "day",
         "Russian", "troops", "withdrew", "from", "Kharkiv", "last", "week", "said", "officials", "13",
         "September", "2022", "three", "days", "ago", "\n\n", "“", "”", "yesterday", "morning", "🇺🇦", "\u200b"]
sentences = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), min_size=1, max_size=25).map(" ".join)


# Each random report holds, between two random paragraphs, a paragraph with times in it, so that there are offsets
# to check whatever the random words are.
TIMED = ["Troops left Izium yesterday, three days after the attack on Saturday.",
         "On 13 September officials said the town had fallen the previous day.",
         "Fighting continued overnight and this morning, after a weekend of rapid gains."]
reports = st.tuples(sentences, st.sampled_from(TIMED), sentences).map("\n\n".join)


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.function_scoped_fixture])
@given(reports, st.none() | days)
def test_timexes_of_offsets_point_at_their_text(nlp, sentence, published):
    doc = nlp(sentence)
    found = timexes_of(doc, published=published)
    assert found, "the paragraph with times gave none"
    for timex in found:
        assert sentence[timex.start:timex.end] == timex.text
        if timex.resolved_start is not None and timex.resolved_end is not None:
            assert timex.resolved_start <= timex.resolved_end
        if published is None:
            assert timex.resolved_start is None or any(character.isdigit() for character in timex.text)


# Found by this module: times before year 1 or after 9999 crash the normaliser (a ValueError or
# OverflowError out of `date`), and with it the analysis of the report that holds them (the
# pipeline then refuses that report, saying so). normalise now answers None for them, and the same
# expressions a step inside the calendar keep their values, in its first year or its last.
BEYOND_THE_CALENDAR = [("3000 years ago", date(2022, 9, 13)), ("2022 years ago", date(2022, 9, 13)),
                       ("30000 months ago", date(2022, 9, 13)), ("800000 days ago", date(2022, 9, 13)),
                       ("the previous 3000 years", date(2022, 9, 13)), ("8000 years later", date(2022, 9, 13)),
                       ("yesterday", date(1, 1, 1)), ("tomorrow", date(9999, 12, 31))]
AT_THE_ENDS_OF_THE_CALENDAR = [("2021 years ago", date(2022, 9, 13), "0001"),
                               ("738410 days ago", date(2022, 9, 13), "0001-01-01"),
                               ("7977 years later", date(2022, 9, 13), "9999"),
                               ("yesterday", date(1, 1, 2), "0001-01-01"),
                               ("tomorrow", date(9999, 12, 30), "9999-12-31"),
                               ("the previous day", date(1, 1, 2), "0001-01-01"), ("last year", date(2, 6, 1), "0001"),
                               ("next year", date(9998, 1, 1), "9999"), ("next month", date(9999, 11, 15), "9999-12"),
                               ("last Monday", date(9999, 12, 31), "9999-12-27")]


@pytest.mark.parametrize("text, published, value", [(text, published, None) for text, published in BEYOND_THE_CALENDAR]
                         + AT_THE_ENDS_OF_THE_CALENDAR)
def test_normalise_does_not_raise_beyond_the_calendar(text, published, value):
    result = normalise(text, published=published, tense="past")
    if value is None:
        assert result is None
        return
    assert result is not None and result.value == value
    assert result.resolved_start.year in {1, 9999} and result.value.startswith(f"{result.resolved_start.year:04d}")
    assert result.resolved_start <= result.resolved_end


@pytest.mark.parametrize("text", ["the previous day", "yesterday", "tomorrow", "next week", "last year"])
def test_relative_times_stay_unresolved_without_a_publication_date(text):
    kind, value, resolved_start, resolved_end = normalise(text, published=None)
    assert (resolved_start, resolved_end) == (None, None)
    assert "X" in value or value.endswith("_REF") or value.startswith("P"), value
