"""Word lists that more than one stage reads, each written once; a stage's own lists stay in the stage."""
from __future__ import annotations

import calendar

WEEKDAY_NAMES = [name.lower() for name in calendar.day_name]  # "monday" first
MONTH_NAMES = [name.lower() for name in calendar.month_name if name]  # "january" first

# Numbers written as words, zero to ninety ("twenty-four" is two of them).
CARDINALS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
CARDINALS.update({word: 10 * (number + 2) for number, word in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())})
ONE_TO_TWELVE = {word: CARDINALS[word] for word in
                 "one two three four five six seven eight nine ten eleven twelve".split()}

# Verbs of saying: "said on Monday it would send troops" (the time stage dates the saying by them).
SPEECH_VERBS = {"say", "tell", "announce", "state", "report", "claim", "add", "confirm", "deny", "write", "warn",
                "insist", "declare", "reveal", "predict", "tweet"}
# Verbs that report what someone said or judged: the event is what they report, the speaker its source.
REPORTING_VERBS = SPEECH_VERBS | {"acknowledge", "assess", "note", "allege", "explain", "describe", "estimate",
                                  "indicate", "post", "admit", "stress", "argue", "accuse", "specify", "believe",
                                  "cite"}
# Verbs of a commitment: what they promise lies ahead, but their own day is the day they were spoken.
COMMITTING_VERBS = {"promise", "threaten", "vow"}

# Contractions written with a curly apostrophe, whose lemma the small model leaves as written ("We’ve": "’ve");
# with a straight one it gives "have". helpers.nlp sets these; "’s" and "’d" stand for two words each.
CURLY_CONTRACTIONS = {"’ve": "have", "’re": "be", "’m": "be", "’ll": "will"}
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo"}  # "wo": the model's token of "won't"
CONDITIONAL_AUXILIARIES = {"could", "would", "might", "may", "should"}

# Nouns that, with "the", stand for the town last named ("left the city", "the outskirts of the town").
TOWN_NOUNS = {"town", "city", "village", "settlement"}

# Holidays, which the model sometimes takes for places ("a stringent lockdown over Easter"); their dates are
# the time stage's (helpers.timex.words.HOLIDAYS).
HOLIDAY_NAMES = frozenset({"christmas", "christmas day", "christmas eve", "easter", "easter sunday", "easter monday",
                           "good friday", "thanksgiving", "thanksgiving day", "halloween", "new year",
                           "new years day", "new years eve", "ramadan", "eid", "eid al-fitr", "eid al-adha",
                           "passover", "hanukkah", "diwali", "nowruz", "lent", "boxing day"})
# Words before a name that make it a person's: "President Lai", "Gen. Kirkwood".
PERSON_TITLES = {"president", "mr", "mrs", "ms", "dr", "minister", "senator", "sen", "rep", "gen", "general",
                 "secretary", "king", "queen", "prince", "princess", "sheikh", "pope", "governor", "gov", "mayor",
                 "chancellor", "premier", "ambassador", "commander", "colonel", "col", "lt", "capt", "captain",
                 "judge", "justice", "speaker", "spokesman", "spokeswoman", "spokesperson", "chairman", "envoy",
                 "lawmaker", "professor", "prof", "sir", "lord", "lady", "saint", "st", "imam", "rev", "father",
                 "sgt", "cpl", "pvt", "maj", "brig", "cmdr", "adm", "supt", "insp", "det", "amb", "msgr"}
