"""Tests of helpers.timex.story: relative expressions count from what the report named before them."""
from datetime import date

import pytest

from helpers.timex import Timex, timexes_of
from helpers.timex.story import Story
from helpers.timex.values import Value
from test_timex_spans import check_offsets  # tests/ is on the path under pytest

PUBLISHED = date(2022, 9, 13)  # a Tuesday
D = date
EARNINGS_DAY = D(1989, 10, 27)  # a Friday in the fourth quarter


def test_a_story_remembers_the_last_day_and_year_and_a_new_paragraph_forgets_the_day(nlp):
    doc = nlp("Troops entered Izium on Sunday.\n\nThe previous Friday they had shelled it.")
    sunday, friday = doc[4:5], doc[7:10]
    story = Story(doc.text, PUBLISHED)
    story.tell(sunday, Value("DATE", "2022-09-11", D(2022, 9, 11), D(2022, 9, 11)))
    assert (story.last_day, story.last_day_named, story.last_year) == (D(2022, 9, 11), D(2022, 9, 11), 2022)
    assert [timex.text for timex in story.found] == ["Sunday"]
    story.start_paragraph(friday.start_char)
    assert story.last_day is None  # "the previous day" is the report's again
    assert story.day_for("the previous friday") == D(2022, 9, 11)  # a day of the story, a paragraph back
    assert story.day_for("the previous day") is None
    story.tell(friday, Value("DATE", "2022-09-09", D(2022, 9, 9), D(2022, 9, 9)))
    assert story.last_day is None  # "the previous ..." is counted from the story, not a day it names anew


def test_a_story_notes_the_quarter_reported_and_reads_a_year_earlier_from_it(nlp):
    doc = nlp("Profit rose in the third quarter from $2 million a year earlier.")
    quarter, year_earlier = doc[3:6], doc[10:13]
    story = Story(doc.text, EARNINGS_DAY)
    assert story.quarter_compared(quarter, Value("DATE", "1989-Q3", D(1989, 7, 1), D(1989, 9, 30))).value == "1989-Q3"
    assert story.last_quarter == "1989-Q3"
    assert story.quarter_compared(year_earlier, Value("DATE", "1988", D(1988, 1, 1), D(1988, 12, 31))).value \
        == "1988-Q3"


def test_previous_day_chains_from_the_date_before_it(nlp):
    doc = nlp("On September 8, troops entered the town. The previous day, they shelled it.")
    timexes = timexes_of(doc, published=PUBLISHED)
    assert timexes == [
        Timex(3, 14, "September 8", "DATE", "2022-09-08", D(2022, 9, 8), D(2022, 9, 8)),
        Timex(41, 57, "The previous day", "DATE", "2022-09-07", D(2022, 9, 7), D(2022, 9, 7)),
    ]
    check_offsets(doc, timexes)


def test_the_previous_day_in_a_new_paragraph_is_counted_from_the_report(nlp):
    doc = nlp("Power failed late on Sunday.\n\nUkraine says it retook 20 settlements in the previous day.")
    monday = D(2022, 9, 12)
    assert [(t.text, t.value) for t in timexes_of(doc, published=monday)] == [
        ("Sunday", "2022-09-11"), ("the previous day", "2022-09-11")]


def test_a_year_earlier_in_an_earnings_report_is_the_same_quarter_a_year_before(nlp):
    doc = nlp("Third-quarter profit rose 10% to $5 million from $4.5 million a year earlier.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_last_year_stays_the_year_in_a_report_on_a_quarter(nlp):
    doc = nlp("Third-quarter profit rose 10% to $5 million. Last year the company lost money.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("Third-quarter", "1989-Q3"), ("Last year", "1988")]


def test_the_year_is_the_year_but_the_year_ended_a_date_is_a_reporting_period(nlp):
    doc = nlp("For the year, volume was flat. Sales for the year ended Sept. 30 rose to $2 billion.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("the year", "DATE", "1989"), ("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")]
    check_offsets(doc, timexes)


def test_that_year_is_the_year_last_named(nlp):
    doc = nlp("He fled to Florida in June 1998 and returned to Cuba later that year.")
    timexes = timexes_of(doc, published=D(2000, 1, 28))
    assert [(t.text, t.value) for t in timexes] == [("June 1998", "1998-06"), ("later that year", "1998")]
    check_offsets(doc, timexes)


def test_the_1988_period_is_that_years_quarter_in_a_report_on_a_quarter(nlp):
    doc = nlp("Profit rose in the third quarter. In the 1988 period, the company earned $2 million.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.value) for t in timexes] == [("the third quarter", "1989-Q3"), ("the 1988 period", "1988-Q3")]
    check_offsets(doc, timexes)
    doc = nlp("In the 1988 period, the company earned $2 million.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [("the 1988 period", "1988")]


def test_the_day_before_an_event_is_the_day(nlp):
    doc = nlp("Stocks rose on Oct. 12, the day before the plunge. He had left the day before.")
    timexes = timexes_of(doc, published=EARNINGS_DAY)
    assert [(t.text, t.value) for t in timexes] == [
        ("Oct. 12", "1989-10-12"), ("the day", "1989-10-12"), ("the day before", "1989-10-11")]
    check_offsets(doc, timexes)


def test_that_quarter_is_the_quarter_last_named(nlp):
    doc = nlp("Profit fell in the second quarter. Results for that quarter included a charge.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("the second quarter", "1989-Q2"), ("that quarter", "1989-Q2")]


def test_a_year_ago_is_counted_from_the_reported_quarter_not_the_comparison(nlp):
    doc = nlp("Net income rose in the third quarter. It earned $5 million in the year-ago quarter. "
              "Costs were lower than a year ago.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("the third quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3"), ("a year ago", "1988-Q3")]


def test_a_quarter_still_ahead_is_the_reference_only_in_its_own_sentence(nlp):
    doc = nlp("Net income rose in the third quarter. Analysts see losses through the second quarter of 1990. "
              "In the year-earlier period, the company earned $2 million.")
    values = [t.value for t in timexes_of(doc, published=EARNINGS_DAY)]
    assert values == ["1989-Q3", "1990-Q2", "1988-Q3"]


def test_the_previous_weekday_and_the_morning_reach_back_a_paragraph(nlp):
    doc = nlp("Shares closed lower Friday.\n\nThe index was down 4% from the previous Friday. "
              "Dealers placed orders in the morning.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=D(1989, 10, 30))] == [
        ("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20"), ("the morning", "1989-10-27TMO")]


def test_a_second_day_of_the_same_month(nlp):
    doc = nlp("Leaders will meet at the summit on April 24 and 25.")
    timexes = timexes_of(doc, published=D(1999, 2, 10))
    assert [(t.text, t.value) for t in timexes] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    check_offsets(doc, timexes)


def test_the_quarter_is_the_quarter_under_report(nlp):
    doc = nlp("The company earned $5 million in the fiscal first quarter. Sales for the quarter rose 39%.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("the fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q1")]
    alone = nlp("Sales for the quarter rose 39%.")
    assert [t.value for t in timexes_of(alone, published=EARNINGS_DAY)] == ["1989-Q3"]


def test_the_latest_period_is_the_quarter_under_report(nlp):
    doc = nlp("Net income rose in the fiscal second quarter. The latest period includes a gain.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=EARNINGS_DAY)] == [
        ("the fiscal second quarter", "1989-Q2"), ("The latest period", "1989-Q2")]


def test_the_next_morning_follows_the_day_of_the_story_across_paragraphs(nlp):
    doc = nlp("The mayor was questioned on Monday.\n\nShe looked tired when she spoke to reporters the next morning.")
    assert [(t.text, t.value) for t in timexes_of(doc, published=PUBLISHED)] == [
        ("Monday", "2022-09-12"), ("the next morning", "2022-09-13")]


def test_years_later_count_from_the_year_last_named(nlp):
    doc = nlp("He started the company in 1976, and in 1984 the first computer came out. One year later he was fired.")
    timexes = timexes_of(doc, published=D(2011, 10, 6))
    assert [(t.text, t.value) for t in timexes][-1] == ("One year later", "1985")


def test_the_following_year_follows_the_year_last_named(nlp):
    found = timexes_of(nlp("In 2001 Apple launched the iPod and the following year it released Jaguar."),
                       published=date(2011, 10, 6))
    assert [(t.text, t.value) for t in found] == [("2001", "2001"), ("the following year", "2002")]


def test_a_year_that_was_the_year_of_something_is_that_year(nlp):
    found = timexes_of(nlp("2007 was the year of the iPhone."), published=date(2011, 10, 6))
    assert [(t.text, t.value) for t in found] == [("2007", "2007"), ("the year", "2007")]


def test_the_day_after_a_generic_event_is_no_calendar_day(nlp):
    found = timexes_of(nlp("Episodes will be available the day after airing."), published=date(2005, 10, 13))
    assert [(t.text, t.value, t.resolved_start) for t in found] == [("the day", "XXXX-XX-XX", None)]


def test_a_repeated_sentence_keeps_its_first_meaning(nlp):
    sentence = "Residents reported that Russian units had left the city by the afternoon."
    text = f"{sentence}\n\nOn Friday, shelling cut power to Enerhodar.\n\n{sentence}"
    found = timexes_of(nlp(text), published=date(2022, 9, 10))
    assert [t.value for t in found] == ["2022-09-10TAF", "2022-09-09", "2022-09-10TAF"]


def test_the_year_before_is_a_year_back_from_the_year_last_named(nlp):
    found = timexes_of(nlp("Profit was $5 million in 2011, up from $3 million the year before."),
                       published=date(2013, 3, 22))
    assert [(t.text, t.value) for t in found] == [("2011", "2011"), ("the year before", "2010")]
    found = timexes_of(nlp("Sales were lower the year before."), published=date(2013, 3, 22))
    assert [(t.text, t.value) for t in found] == [("the year before", "2012")]


@pytest.mark.parametrize("text, expected", [
    ("The talks will resume tomorrow night.", [("tomorrow night", "TIME", "2013-03-23TNI")]),
    ("He called yesterday afternoon.", [("yesterday afternoon", "TIME", "2013-03-21TAF")]),
    ("The attack came on the morning of Sept. 11.", [("Sept. 11", "DATE", "2012-09-11")]),  # the day alone
    ("The deal could be signed a year from now.", [("a year from now", "DATE", "2014")]),
    ("Two weeks from now the vote will be held.", [("Two weeks from now", "DATE", "2013-W14")]),
    ("The talks collapsed on Monday. The following week, the bank closed.",
     [("Monday", "DATE", "2013-03-18"), ("The following week", "DATE", "2013-W13")]),
    ("The bank failed in May 2011. The following month, it was sold.",
     [("May 2011", "DATE", "2011-05"), ("The following month", "DATE", "2011-06")]),
])
def test_parts_of_named_days_times_from_now_and_the_following_week(nlp, text, expected):
    found = timexes_of(nlp(text), published=date(2013, 3, 22))
    assert [(t.text, t.type, t.value) for t in found] == expected


RETRIEVED = D(2009, 12, 19)  # the day a history was read, long after what it tells


def values(nlp, text: str, published: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timexes_of(nlp(text), published=published)]


def test_a_history_dates_a_yearless_day_by_the_year_it_last_named_not_the_day_it_was_read(nlp):
    history = ("In 1938 Germany annexed Austria. In 1939 it took Prague. On September 1, 1939, Germany attacked "
               "Poland. In 1940 it turned west. In May 1940 it invaded France.\n\nOn June 10, Italy declared war. "
               "Two days later, Paris was declared open. In November the Italians attacked Greece.")
    assert values(nlp, history, RETRIEVED)[-4:] == [
        ("May 1940", "1940-05"), ("June 10", "1940-06-10"), ("Two days later", "1940-06-12"),
        ("November", "1940-11")]


def test_a_news_report_reads_its_own_january_after_recalling_an_old_year(nlp):
    report = ("The dispute dates to 1994, when the talks first failed. In January, the two sides met again in "
              "Geneva, officials said on Tuesday.")
    assert values(nlp, report, D(1998, 10, 25)) == [("1994", "1994"), ("January", "1998-01"),
                                                     ("Tuesday", "1998-10-20")]


def test_a_news_report_reads_that_june_and_years_later_from_the_year_it_recalls(nlp):
    report = ("Russia annexed Crimea in 2014. That June, separatists seized Donetsk. Nearly five years later, "
              "the war goes on.")
    assert values(nlp, report, D(2022, 9, 13)) == [("2014", "2014"), ("That June", "2014-06"),
                                                   ("Nearly five years later", "2019")]


def test_since_a_year_and_a_year_earlier_do_not_move_a_news_report_into_the_past(nlp):
    report = ("The militants have fought Kenyan troops since 2011. They attacked a base in January. Profit was "
              "$5 million, against $4 million a year earlier.")
    assert values(nlp, report, D(2020, 2, 17)) == [("2011", "2011"), ("January", "2020-01"),
                                                   ("a year earlier", "2019")]


def test_a_history_does_not_give_a_clock_time_the_day_of_a_year(nlp):
    history = ("The war began in 1955. Talks failed in 1968, 1970 and 1972. Saigon fell in 1975. At 11:30 a.m. "
               "the flag was raised.")
    assert values(nlp, history, RETRIEVED)[-1] == ("11:30 a.m.", "XXXX-XX-XXT11:30")


def test_a_month_takes_the_year_named_after_it_and_a_history_reads_this_year_as_its_own(nlp):
    history = ("The war began in 1914. Battles followed in 1915, 1916, 1917 and 1918, talks in 1919 and 1920. "
               "In August and September 1914 "
               "Russia invaded Prussia. In 1917 the United States joined. Another major event of this year was the "
               "revolution. Two years ago, one general said, the front had held.")
    assert values(nlp, history, RETRIEVED)[-5:] == [
        ("August", "1914-08"), ("September 1914", "1914-09"), ("1917", "1917"), ("this year", "1917"),
        ("Two years ago", "1915")]


def test_a_news_report_points_back_only_within_the_paragraph_that_named_the_year(nlp):
    report = ("Revenue was $7.1 billion in 2006, up from $5.8 billion in 2005.\n\nIt sold 21 million players, 28% "
              "more than the previous year.")
    assert values(nlp, report, D(2007, 1, 18))[-1] == ("the previous year", "2006")


def test_a_user_may_say_whether_a_text_is_news_or_history(nlp):
    text = "The offensive began in 1943. In June the army crossed the river."
    assert values(nlp, text, RETRIEVED)[-1] == ("June", "2009-06")  # too few years to tell a history
    found = timexes_of(nlp(text), published=RETRIEVED, reading="history")
    assert [(t.text, t.value) for t in found][-1] == ("June", "1943-06")
    with pytest.raises(ValueError, match="reading is one of"):
        timexes_of(nlp(text), published=RETRIEVED, reading="novel")


def test_the_previous_april_and_a_day_of_the_same_year_count_from_the_story(nlp):
    text = ("In June 1917 the Germans held the salient seized in the previous April. The island fell in 1955. "
            "On January 24 of the same year, Congress passed a resolution.")
    assert values(nlp, text, D(2011, 12, 19)) == [
        ("June 1917", "1917-06"), ("the previous April", "1917-04"), ("1955", "1955"),
        ("January 24 of the same year", "1955-01-24")]


def test_a_history_before_christ_counts_its_years_backwards(nlp):
    history = ("Carthage was founded in 814 BC. In 264 BC the war began. In 261 BC Rome won at Agrigentum. In 260 BC "
               "it won at sea. In 241 BC Carthage made peace. In 220 BC the Romans annexed the Po. Hannibal took "
               "the Romans by surprise two years later. The following year he won at Trebia. In June he crossed "
               "the Apennines.")
    assert values(nlp, history, RETRIEVED)[-4:] == [
        ("220 BC", "BC0220"), ("two years later", "BC0218"), ("The following year", "BC0217"), ("June", "BC0217-06")]


def test_a_news_report_points_back_to_a_month_named_however_near_the_report(nlp):
    report = "Exports fell in July. They had risen 5% the previous year."
    assert values(nlp, report, D(2025, 1, 12)) == [("July", "2024-07"), ("the previous year", "2023")]


@pytest.mark.parametrize("text, expected", [
    # "during this period", "by that time": the time the story is in; with none named, no time
    ("The war began in 1954. During this period refugees moved south. By that time, the French had left.",
     [("1954", "1954"), ("this period", "1954"), ("that time", "1954")]),
    ("In June 1789 the Assembly met. This period saw the rise of the clubs.",
     [("June 1789", "1789-06"), ("This period", "1789-06")]),
    ("During this time the company grew.", []),
    ("This time, however, some analysts disagree.", []),  # an occasion, not a time
])
def test_this_time_and_that_period_are_the_time_the_story_is_in(nlp, text, expected):
    found = timexes_of(nlp(text), published=date(2009, 12, 19))
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a day's step from a month named just before is a day of that month, not one from the report's day ...
    ("Rebels seized the town in March. A day earlier, the army had withdrawn its troops.", "2021-03"),
    # ... a day named since counts as before ...
    ("Rebels seized the town on March 3. A day earlier, the army had withdrawn its troops.", "2021-03-02"),
    # ... and a new paragraph counts from the report's day again
    ("Rebels seized the town in March.\n\nA day earlier, the army had withdrawn its troops.", "2021-04-13"),
])
def test_a_day_s_step_after_a_month_named_is_in_that_month(nlp, text, expected):
    timexes = timexes_of(nlp(text), published=D(2021, 4, 14))
    assert timexes[-1].value == expected
