"""The time stage's word tables: months, weekdays, units, parts of day, seasons, references, holidays, vague words,
the verbs that decide a tense, and the patterns of words built from them (lists other stages share are in
helpers.lexicon)."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from helpers.lexicon import COMMITTING_VERBS, CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, ONE_TO_TWELVE, \
    SPEECH_VERBS, WEEKDAY_NAMES

# --- the calendar's names -------------------------------------------------------------------------------------

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name: number for number, name in enumerate(WEEKDAY_NAMES)}  # "monday": 0
MONTH_WORDS = [*MONTHS, *(f"{name}." for name in MONTHS if len(name) <= 4)]  # "sept.", "feb."
SEASONS = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "autumn": ("FA", 9, 11), "fall": ("FA", 9, 11),
           "winter": ("WI", 12, 2)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
ORDINAL_WORDS = {word: number for number, word in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if number}
ORDINAL_WORDS["thirtieth"] = 30
# alternatives of regular expressions, for numbers spelled out ("nineteen ninety-six", "twenty four hours")
TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"

# --- counts and units -----------------------------------------------------------------------------------------

NUMBERS = {"a": 1, "an": 1, **ONE_TO_TWELVE, "several": "X", "few": "X",
           "a few": "X", "some": "X", "many": "X", "couple": 2, "a couple of": 2, "couple of": 2, "dozen": 12,
           "hundred": 100, "a hundred": 100}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
         "month": "M", "year": "Y", "decade": "DE", "century": "C", "quarter": "Q"}
PLURAL_UNITS = {"seconds": "S", "minutes": "M", "hours": "H", "days": "D", "nights": "D", "weeks": "W",
                "months": "M", "years": "Y", "decades": "DE", "centuries": "C", "quarters": "Q"}
DAYS_IN = {"second": 0, "minute": 0, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "quarter": 91,
           "year": 365, "decade": 3650, "century": 36500}
# "half an hour", "a quarter of an hour": lengths written as a fraction of a unit
HALVES = {"half an hour": "PT30M", "half a day": "PT12H", "half a year": "P6M", "half a century": "P50Y",
          "half a decade": "P5Y", "a quarter of an hour": "PT15M", "half a minute": "PT30S"}
# "2 1/2 years": (what the value starts with, the unit's letter, the half written in the next smaller unit)
HALF_UNITS = {"hour": ("PT", "H", "30M"), "year": ("P", "Y", "6M"), "day": ("P", "D", "T12H"),
              "month": ("P", "M", "15D"), "minute": ("PT", "M", "30S")}

# What an expression counted from the report's day is without a publication date: its unit's X-value.
X_VALUES = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
            "decade": "XXX"}

# token lists, not regular expressions: the Matcher looks a list up once per word, a pattern runs on each token
YEARS = [str(year) for year in range(1800, 2100)]
COUNTED_UNITS = [unit + plural for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade")
                 for plural in ("", "s")]
COUNTS = [str(number) for number in range(1000)] + "two three four five six seven eight nine ten eleven twelve "\
    "fifteen twenty thirty".split()

# --- days and their parts -------------------------------------------------------------------------------------

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
                "overnight": "NI", "dawn": "MO", "dusk": "EV"}
EARLY_HOURS = {"the early hours", "the small hours", "the wee hours"}
# days counted from the report's own: "yesterday" is one back
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": -1,
                "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1, "earlier today": 0,
                "later today": 0, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
                "tomorrow morning": 1, "late last night": -1, "early this morning": 0, "tomorrow afternoon": 1,
                "tomorrow evening": 1, "tomorrow night": 1}
# days counted from the last day the report named
CHAINED = {"the next morning": 1, "the following morning": 1, "the previous night": -1, "the night before": -1,
           "the previous evening": -1, "the next evening": 1, "the following night": 1, "the previous day": -1,
           "the day before": -1, "the preceding day": -1, "the next day": 1,
           "the following day": 1, "the day after": 1, "that day": 0, "the same day": 0, "later that day": 0,
           "earlier that day": 0, "that night": 0, "that evening": 0, "that morning": 0, "that afternoon": 0,
           "that same day": 0, "that same night": 0, "that same morning": 0, "that same evening": 0}

# --- references, vague words and how often ----------------------------------------------------------------------

REFERENCES = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "today's": "PRESENT_REF",
              "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
              "then current": "PAST_REF", "then-current": "PAST_REF",
              "the past": "PAST_REF", "former": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
              "the future": "FUTURE_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF"}
VAGUE = {"recent": "PAST_REF", "the past": "PAST_REF", "past years": "PAST_REF", "recent times": "PAST_REF",
         "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the foreseeable future": "FUTURE_REF", "current": "PRESENT_REF", "the present": "PRESENT_REF",
         "present": "PRESENT_REF",
         "these days": "PRESENT_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
         "the long term": "FUTURE_REF", "nowadays": "PRESENT_REF", "the distant future": "FUTURE_REF",
         "the distant past": "PAST_REF"}
SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D",
        "hourly": "PT1H"}

# --- holidays -------------------------------------------------------------------------------------------------


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    from dateutil.easter import easter as western_easter

    return western_easter(year)


HOLIDAYS = {
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "new years day": lambda y: date(y, 1, 1),
    "new years eve": lambda y: date(y, 12, 31), "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31), "valentines day": lambda y: date(y, 2, 14),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1), "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "easter": easter, "easter sunday": easter, "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter monday": lambda y: easter(y) + timedelta(days=1), "boxing day": lambda y: date(y, 12, 26),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "st patricks day": lambda y: date(y, 3, 17), "veterans day": lambda y: date(y, 11, 11),
}

# --- words around an expression -------------------------------------------------------------------------------

# Words that join two time expressions into one span the model makes: "the quarter ended Sept. 30",
# "between 1994 and 1997", "from Sept. 14 to Thursday". TimeML marks each side on its own.
CONNECTORS = {"ended", "ending", "and", "to", "through", "until", "till", "-", "–", "or"}
RANGE_WORDS = {"and", "to", "-", "–", "or", "through"}
DATE_LABELS = {"DATE", "TIME"}
NAMES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "LAW"}  # not EVENT: "Thanksgiving Day"
TITLE_WORDS = {"week", "weeks", "minute", "minutes", "hour", "hours", "month", "months", "year", "years",
               "today", "tonight", "tomorrow", "now", "morning", "evening", "night"}
# Documents a report cites by the part of day they came out in: "according to an evening update".
BULLETINS = {"update", "briefing", "bulletin", "statement", "communique", "address", "report", "summary"}

# --- verbs that decide a tense (helpers.timex.tense) ----------------------------------------------------------

# "could" is left out: in news it is mostly the past of "can" ("could not be located Wednesday").
AHEAD_AUXILIARIES = FUTURE_AUXILIARIES | (CONDITIONAL_AUXILIARIES - {"could"}) | {"can", "must"}
PAST_AUXILIARIES = {"had", "was", "were", "did", "has", "have", "'d", "'ve"}
# Verbs whose object lies ahead even in the past tense: "planned a rally Saturday", "scheduled talks for May".
SCHEDULING = {"plan", "schedule"}
# Verbs whose infinitive looks ahead: "expected to join in April", "set to resume Monday".
LOOKING_AHEAD = {"expect", "plan", "schedule", "set", "due", "intend", "hope", "want", "aim", "prepare", "agree",
                 "promise", "vow", "threaten", "seek", "propose", "decide", "go", "try", "ask", "urge", "call"}
# Verbs whose present tense tells a timetable: "the summit ends on Saturday", "talks resume Monday"
TIMETABLE = {"begin", "start", "end", "open", "resume", "expire", "arrive", "depart", "visit", "travel", "meet",
             "convene", "launch", "finish", "conclude", "reopen", "adjourn", "kick", "close", "gather", "vote",
             "hold", "host", "face", "head", "return", "leave", "fly", "rule", "decide", "take"}  # "takes effect"
# Nouns of an event one schedules: a weekday said of one in the present lies ahead ("in Jeddah for talks Tuesday")
SCHEDULED = {"talk", "talks", "meeting", "summit", "vote", "hearing", "election", "session", "conference", "visit",
             "trip", "ceremony", "trial", "referendum", "rally", "negotiation", "negotiations", "debate", "deadline",
             "inauguration", "launch", "match", "game", "funeral", "parade", "sitting", "briefing", "interview"}
# Reporting verbs whose day is the day of the saying: "said on Monday it would send troops"
SAYING = SPEECH_VERBS | COMMITTING_VERBS

# --- patterns of words ----------------------------------------------------------------------------------------

# time zones written after a clock: "EST", "ET" (American wire copy), "GMT", "BST", "CET", "MSK", "local time"
ZONES = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|JST|IST|AES?T|AEDT|HKT|SGT|local time)"
# after four bare digits only a zone that cannot be a name: "1410 GMT" is a clock, "2018 PT Garuda" a year
WIRE_ZONES = r"(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|MSK|JST|AES?T|AEDT|HKT|SGT)"
CLOCK = re.compile(rf"(\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{{1,2}}:\d{{2}}|noon|midnight)"
                   rf"(?:\s+{ZONES})?", re.IGNORECASE)
# "10:35 a.m. (0735 GMT) Friday": a clock time, the same time in another zone in brackets, then its day
BRACKETED_ZONE = re.compile(r"\s*\([^()]{1,30}\)\s*,?\s*(?:on\s+)?")

MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "sept" before "sep"
DAY_NAME = re.compile(rf"(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}|today|yesterday|tomorrow)\b", re.IGNORECASE)
WEEKDAY_NAME = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
MONTH_NAME = re.compile(rf"(?:{MONTH_ALTERNATIVES})\b", re.IGNORECASE)
SEASON_NAME = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\d{{1,2}} (?:{MONTH_ALTERNATIVES})\b", re.IGNORECASE)
MONTH_THIS_YEAR = re.compile(rf".*\b(?:{'|'.join(MONTHS)})\.?(?: \d{{1,2}})? (of )?(?:this|next|last) year")

# "the night of 11 September", "the early hours of Thursday morning": TimeBank marks the day alone
PART_OF_A_NAMED_DAY = re.compile(r"(?:(?:early|late) in )?the (?:early |late )?"
                                 r"(?:hours|morning|afternoon|evening|night)")
SPELLED_DECADE = re.compile(r"the (?:early |late |mid-)?(?:twenties|thirties|forties|fifties|sixties|seventies|"
                            r"eighties|nineties)")
WEATHER = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|weather|heat|fahrenheit|celsius)\b")

# --- patterns of what the report named before (helpers.timex.story) -------------------------------------------

STORY_DAY = re.compile(rf"the (?:previous|preceding|following) (?:{'|'.join(WEEKDAYS)})"
                       r"|the (?:morning|afternoon|evening)"
                       # "the next morning" follows a day of the story: of the report's own day one says "tomorrow"
                       r"|the (?:next|following) (?:day|morning|afternoon|evening|night)")
THE_QUARTER = {"that quarter", "the same quarter", "the quarter", "the latest quarter", "the latest period"}
YEARS_LATER = re.compile(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (?:later|after)")
THAT_TIME = re.compile(r"(?:this|that) (?:time|period)")
THAT_YEAR = re.compile(r"(?:(?:earlier|later|late|early) (?:in )?)?(?:that|the same) year")
# "Profit rose in the third quarter from $2 million a year earlier": the same quarter, a year before.
YEAR_BEFORE = re.compile(r"(?:a year (?:ago|earlier|before)|(?:the )?year-(?:earlier|ago)(?: period| quarter| level)?"
                         r"|(?:the )?(?:same |comparable )?(?:period|quarter) (?:a year (?:ago|earlier)|last year))")
# A bare "last year" stays the year even in a report on a quarter: TimeBank's annotators wrote 1988 six
# times out of ten for "from last year's $1.55 billion".
COMPARISON = re.compile(r"\b(?:year-ago|year-earlier|comparable|a year (?:ago|earlier|before))\b")
YEAR_PERIOD = re.compile(r"the ((?:19|20)\d\d) period")
# An expression that writes its year ("June 1940", "264 BC", "the class of '99"): it sets the story's time.
WRITES_ITS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,4} ?B\.? ?C\b|'\d\d\b", re.IGNORECASE)
# An expression counted from the report's own day ("yesterday", "on Tuesday", "last week", "two years ago",
# "so far this year"): the story is back in the present of the report.
OF_THE_REPORTS_DAY = re.compile(rf"\b(?:today|yesterday|tomorrow|tonight|{'|'.join(WEEKDAYS)}|ago|recent|recently"
                                r"|currently|nowadays|(?:this|last|(?<!the )next|past|coming) (?:week|weekend|month|"
                                r"quarter|year|"
                                rf"spring|summer|autumn|fall|winter|night|morning|afternoon|evening|decade|"
                                rf"{MONTH_ALTERNATIVES}))\b",
                                re.IGNORECASE)
# A day named from the report's own ("yesterday", "on Tuesday"): even a history does not read it from its story.
DAY_OF_THE_REPORT = re.compile(rf"\b(?:today|yesterday|tomorrow|tonight|{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
# An expression that points back to a time the text has just told ("that June", "two days later", "the next
# day", "the same month"): in a news report too, it counts from the story, not from the report's day.
POINTS_BACK = re.compile(r"\b(?:that|later|earlier|after|afterwards?|before|next|following|previous|preceding|same"
                         r"|then)\b", re.IGNORECASE)
# An expression of a day or a time of one ("that day", "the next morning", "two nights later").
OF_A_DAY = re.compile(r"\b(?:days?|nights?|mornings?|afternoons?|evenings?|noon|midnight|dawn|dusk|hours?|minutes?)\b",
                      re.IGNORECASE)
# A range of years the model takes as one word: "1955-1963", "2007-08"; before Christ: "499–449 BC"
YEAR_RANGE = re.compile(r"((?:1\d|20)\d\d)[-–/]((?:1\d|20)?\d\d)")
YEARS_BEFORE_CHRIST = re.compile(r"(\d{1,4})[-–](\d{1,4}) ?(B\.? ?C\.?(?:E\.?)?)", re.IGNORECASE)
