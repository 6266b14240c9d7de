"""Time: find time expressions in a parsed report and normalise them to TIMEX3 values and calendar dates.

Written by hand where no library does the job: dateparser resolves "Sunday" to a datetime but
has no notion of TIMEX3 granularity (`2022-W36-WE`, `P2D`, `2013-03-21TEV`), of tense, or of
chaining ("the previous day" after an explicit date). dateparser is kept as the fallback for
absolute dates written in formats the rules do not know.

Doc -> Timex, in the package's modules:
    spans    where the expressions are (the model's entities, Matcher patterns, TimeML extents)
    tense    which way an expression points, from its verb (TENSE_TABLE)
    rules    RULES, in the order they are tried, and normalise (text -> Value); the rules themselves are in
             dates, relative and lengths, each with its examples
    story    what the report has named so far (last day, year, quarter): the context relative expressions count from
    report   timexes_of: each span read in the light of the story; timexes_table
    values   Value, Timex, Rule; words: every word table
"""
from helpers.timex.report import timexes_of, timexes_table
from helpers.timex.rules import RULES, normalise
from helpers.timex.spans import find_time_spans, phrases_of
from helpers.timex.tense import tense_of
from helpers.timex.values import NOT_A_TIME, Timex, Value

__all__ = ["NOT_A_TIME", "RULES", "Timex", "Value", "find_time_spans", "normalise", "phrases_of", "tense_of",
           "timexes_of", "timexes_table"]
