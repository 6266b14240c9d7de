"""The expressions of time the stock model leaves out of its DATE/TIME entities, as spaCy Matcher patterns (see
helpers.timex.spans.find_time_spans)."""
from __future__ import annotations

from helpers.lexicon import MONTH_NAMES
from helpers.timex.lengths import SPAN_ADJECTIVES
from helpers.timex.words import COUNTED_UNITS, COUNTS, MONTH_WORDS, WEEKDAYS, YEARS

BEFORE_CHRIST = ["bc", "b.c.", "b.c", "bce", "b.c.e."]
ORDINAL_DAYS = [f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
                for day in range(1, 32)]  # "1st" ... "31st" (a word list is cheaper to match than a pattern)
YEARS_OF_HISTORY = [str(year) for year in range(1000, 2100)]

# Expressions the stock model leaves out of its DATE/TIME entities.
EXTRA_PATTERNS = [
    [{"LOWER": {"IN": ["overnight", "tonight", "now", "currently", "recently", "daily", "weekly", "monthly",
                       "annually", "yesterday", "today", "tomorrow"]}}],
    [{"LOWER": {"IN": list(WEEKDAYS)}}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}, "OP": "?"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["previous", "next", "following", "preceding", "same"]}},
     {"LOWER": {"IN": ["day", "night", "week", "month", "year", "morning", "evening"]}}],
    [{"LOWER": {"IN": ["last", "this", "next", "earlier", "later", "late", "early"]}},
     {"LOWER": {"IN": ["this", "last", "that"]}, "OP": "?"},
     {"LOWER": {"IN": ["week", "weekend", "month", "year", "morning", "evening", "night", "day"]}}],
    [{"LOWER": {"IN": ["a", "the", "this", "last"]}}, {"LOWER": "weekend"}],
    [{"LOWER": {"IN": ["yesterday", "tomorrow"]}}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}}],
    # "a year from now", "two weeks hence": a day, week, month or year ahead
    [{"LOWER": {"IN": ["a", "an", "one", *COUNTS]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}},
     {"LOWER": "from"}, {"LOWER": "now"}],
    [{"LOWER": {"IN": ["a", "an", "one", *COUNTS]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}}, {"LOWER": "hence"}],
    [{"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "day"}, {"LOWER": {"IN": ["before", "after"]}}],
    # "sales were lower the year before.": a year back from the year last named (not "the year before the war")
    [{"LOWER": "the"}, {"LOWER": "year"}, {"LOWER": {"IN": ["before", "earlier"]}}, {"IS_PUNCT": True}],
    # vague references TimeBank marks: "current" (13 of 19 in the tuned part), "recent" (14 of 22)
    [{"LOWER": {"IN": ["current", "recent", "currently", "recently", "nowadays"]}}],
    # "will soon begin": FUTURE_REF; "was soon released" and "as soon as" are left out in timexes_of
    [{"LOWER": "soon"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "foreseeable", "distant"]}, "OP": "?"},
     {"LOWER": {"IN": ["future", "past"]}, "POS": "NOUN"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short", "long"]}}, {"LOWER": "term"}],
    [{"LOWER": "these"}, {"LOWER": "days"}],
    # "in a week's time": the length
    [{"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "ten"]}},
     {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}},
     {"LOWER": {"IN": ["'s", "'"]}}, {"LOWER": "time"}],
    # "trading resumed in the afternoon": the part of the day last named (see rule_part_of_day)
    [{"LOWER": {"IN": ["in", "during", "by"]}}, {"LOWER": "the"},
     {"LOWER": {"IN": ["morning", "afternoon", "evening"]}}],
    [{"LOWER": "at"}, {"LOWER": "present"}],  # "At present Ryanair has ...": PRESENT_REF
    # "500,000 tons per month", "33 deaths per day": how often, a SET
    [{"LOWER": "per"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
    # "meets twice a year", "three times a week": how often, a SET
    [{"LOWER": {"IN": ["once", "twice"]}}, {"LOWER": {"IN": ["a", "per"]}},
     {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
    [{"LOWER": {"IN": ["two", "three", "four", "five", "six", "ten", "2", "3", "4", "5", "6", "10"]}},
     {"LOWER": "times"}, {"LOWER": {"IN": ["a", "per"]}}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
    # "a day-long meeting", "a weeklong strike": the length of what the noun names
    [{"LOWER": {"IN": ["hour", "day", "week", "month", "year", "decade"]}}, {"ORTH": "-"}, {"LOWER": "long"}],
    [{"LOWER": {"IN": ["daylong", "weeklong", "monthlong", "yearlong"]}}],
    [{"LOWER": {"IN": ["hours", "days", "weeks", "months", "years", "decades"]}}, {"ORTH": "-"}, {"LOWER": "long"}],
    [{"LOWER": "then"}, {"LOWER": "-", "OP": "?"}, {"LOWER": "current"}],  # "the then current price": PAST_REF
    [{"LOWER": "that"}, {"LOWER": "same", "OP": "?"}, {"LOWER": "quarter"}],  # the quarter last named
    # "that afternoon", "that same day", "the same month": the day or month last named
    [{"LOWER": "that"}, {"LOWER": "same", "OP": "?"},
     {"LOWER": {"IN": ["day", "night", "morning", "afternoon", "evening", "month"]}}],
    [{"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": "month"}],
    # "That June", "the same winter", "August of that year": a month of the year the story is in ("May" only with
    # its capital: "that may change" is a modal verb)
    *([*first, month] for first in ([{"LOWER": "that"}], [{"LOWER": "the"}, {"LOWER": "same"}])
      for month in ({"LOWER": {"IN": [*(name for name in MONTH_NAMES if name != "may"), "spring", "summer", "autumn",
                                      "winter"]}}, {"ORTH": {"IN": ["May", "MAY"]}})),
    *([{"LOWER": {"IN": MONTH_NAMES}}, {"SHAPE": {"IN": ["d", "dd"]}, "OP": "?"}, {"LOWER": "of"}, *first,
       {"LOWER": "year"}] for first in ([{"LOWER": "that"}], [{"LOWER": "the"}, {"LOWER": "same"}])),
    # "the previous April", "the following March": the month before or after the one the story is in
    [{"LOWER": "the"}, {"LOWER": {"IN": ["previous", "following", "next", "preceding"]}},
     {"LOWER": {"IN": MONTH_NAMES}}],
    [{"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": "quarter"}],
    # "a flat second quarter", "the fiscal second-quarter": quarters the model reads as an ordinal or not at all
    [{"LOWER": "fiscal", "OP": "?"}, {"LOWER": {"IN": ["first", "second", "third", "fourth"]}},
     {"LOWER": "-", "OP": "?"}, {"LOWER": "quarter"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["week", "month", "year"]}}, {"LOWER": "'s"}],  # "the week's busiest session"
    [{"LOWER": "the"}, {"LOWER": {"IN": ["latest", "year-ago", "year-earlier", "comparable", "recent"]}},
     {"LOWER": "period"}],
    [{"LOWER": "the"}, {"SHAPE": "dddd"}, {"LOWER": "period"}],  # "in the 1988 period"
    [{"LOWER": {"IN": ["year", "year-end"]}}, {"LOWER": {"IN": ["end", "'s"]}, "OP": "?"},
     {"LOWER": "end", "OP": "?"}],
    [{"LOWER": {"IN": ["good", "black"]}}, {"LOWER": "friday"}],  # Good Friday, Black Friday: holidays
    [{"LOWER": {"IN": ["thanksgiving", "christmas", "easter", "halloween"]}}, {"LOWER": {"IN": ["day", "week"]},
                                                                                "OP": "?"}],
    [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": {"IN": ["day", "week", "month", "year", "night", "morning",
                                                              "evening", "quarter", "summer", "winter", *WEEKDAYS,
                                                              *MONTH_NAMES]}}],  # "each July": SET XXXX-07
    [{"LOWER": "the"}, {"LOWER": {"IN": ["next", "following", "previous"]}},
     {"LOWER": {"IN": ["morning", "evening", "night", "afternoon", *WEEKDAYS]}}],
    [{"LOWER": {"IN": ["new", "independence", "labor", "memorial", "veterans", "valentine"]}},
     {"LOWER": {"IN": ["year", "day", "'s"]}}, {"LOWER": {"IN": ["'s", "day", "eve"]}, "OP": "*"}],
    # numeric dates with the year last: "24.02.2022", "12/09/2022" (see rule_numeric_date)
    [{"SHAPE": {"IN": [f"{day}{separator}{month}{separator}dddd" for day in ("d", "dd") for month in ("d", "dd")
                       for separator in "./-"]}}],
    # the day before the month, as British and wire reports write it ("11 September", "24 Feb. 2022"),
    # which the model often splits ("the night of 11 | September")
    [{"SHAPE": {"IN": ["d", "dd"]}}, {"LOWER": {"IN": MONTH_WORDS}}, {"SHAPE": "dddd", "OP": "?"}],
    # "3rd March 1918", "the 25th of August": an ordinal day before its month
    [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ORDINAL_DAYS}}, {"LOWER": "of", "OP": "?"},
     {"LOWER": {"IN": MONTH_WORDS}}, {"SHAPE": "dddd", "OP": "?"}],
    # "in the autumn", "the early summer" ("the fall" only with a season's word before it: "the fall of Izium")
    [{"LOWER": "the"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
     {"LOWER": {"IN": ["spring", "summer", "autumn", "winter"]}}],
    # "through the nineties", "the early eighties": decades spelled out
    [{"LOWER": "the"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
     {"LOWER": {"IN": ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]}}],
    # "264 BC", "146 B.C.", "the 9th century BC": years the model does not take for dates
    [{"SHAPE": {"IN": ["d", "dd", "ddd", "dddd"]}}, {"LOWER": {"IN": BEFORE_CHRIST}}],
    [{"LOWER": {"IN": ORDINAL_DAYS}}, {"LOWER": "century"}, {"LOWER": {"IN": BEFORE_CHRIST}}],
    # "264 to 241 BC", "240-238 BC", "499–449 BC": both years before Christ (split_joined, tell_two_years)
    [{"SHAPE": {"IN": ["d", "dd", "ddd", "dddd"]}}, {"LOWER": {"IN": ["to", "-", "–", "and"]}},
     {"SHAPE": {"IN": ["d", "dd", "ddd", "dddd"]}}, {"LOWER": {"IN": BEFORE_CHRIST}}],
    [{"SHAPE": {"IN": [f"{'d' * a}{dash}{'d' * b}" for a in range(1, 5) for b in range(1, 5) for dash in "-–"]}},
     {"LOWER": {"IN": BEFORE_CHRIST}}],
    # "a spring offensive", "winter quarters", "in spring": a season the model leaves out (not "the Arab Spring")
    [{"LOWER": {"IN": ["spring", "summer", "autumn", "winter"]}, "IS_LOWER": True, "POS": "NOUN",
      "DEP": {"IN": ["compound", "pobj", "npadvmod"]}}],
    # "late 1948", "(May 1950)": a year after a word of its part or a month, which the model may leave out
    [{"LOWER": {"IN": ["early", "late", "mid", *MONTH_WORDS]}}, {"LOWER": {"IN": YEARS_OF_HISTORY}}],
    # "7/8/07": a slashed date with a two-digit year
    [{"SHAPE": {"IN": [f"{first}/{second}/dd" for first in ("d", "dd") for second in ("d", "dd")]}}],
    # "from 2009 to 2011": the model often takes the first year alone; split_joined makes two of them
    [{"LOWER": {"IN": YEARS}}, {"LOWER": {"IN": ["to", "through", "until", "till"]}},
     {"LOWER": {"IN": YEARS}}],
    # "shot at 10:57": a clock time the model takes for a number (trim drops the preposition)
    [{"LOWER": {"IN": ["at", "by", "until", "till", "before", "after", "around"]}},
     {"SHAPE": {"IN": ["d:dd", "dd:dd"]}}],
    # a count of units the model reads as a number or misses: "Three years after it was first due",
    # "almost two and a half years"
    [{"LOWER": {"IN": COUNTS}}, {"LOWER": {"IN": COUNTED_UNITS}}],
    [{"LOWER": {"IN": COUNTS}}, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"},
     {"LOWER": {"IN": COUNTED_UNITS}}],
    # "during this time", "by that time", "this period": the time the story is in (Story.told; "this time" alone is
    # mostly an occasion, "This time, however, some analysts ...", and "the same period" a comparison's, "the same
    # period of the last year")
    [{"LOWER": {"IN": ["during", "by", "from", "since", "until", "till", "through", "throughout", "around"]}},
     {"LOWER": {"IN": ["this", "that"]}}, {"LOWER": "time"}],
    [{"LOWER": {"IN": ["this", "that"]}}, {"LOWER": "period"}],
    # "in a little more than a month", "less than a year": a length of one unit the model leaves out whole
    [{"LOWER": "a", "OP": "?"}, {"LOWER": "little", "OP": "?"}, {"LOWER": {"IN": ["more", "less"]}},
     {"LOWER": "than"}, {"LOWER": {"IN": ["a", "an", "one"]}},
     {"LOWER": {"IN": ["hour", "day", "week", "month", "year", "decade", "century"]}}],
    # ... and one with a word of how it ran between: "For two bloody weeks", "three straight days"
    [{"LOWER": {"IN": ["a", "an", *COUNTS]}}, {"LOWER": {"IN": list(SPAN_ADJECTIVES)}},
     {"LOWER": {"IN": COUNTED_UNITS}}],
    # "during the spring of next year": a season of the year the phrase names
    [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
     {"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}}, {"LOWER": "of"},
     {"LOWER": {"IN": ["this", "next", "last"]}}, {"LOWER": "year"}],
]
