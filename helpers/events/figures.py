"""Figures: a statistic or a tally told with a verb ("bilateral trade hit $1.1 billion", "Botswana earned $2.7
million in 2023") is no event an analyst codes (a rule of helpers.events.actions.NOT_NEWS)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import days_spanned, governing_timex, spans_at_least
from helpers.events.nonevents import lemma, told_in_the_perfect
from helpers.events.spans import text_of
from helpers.events.tree import children
from helpers.timex import Timex


# Entities that are figures: what a statistic moves to.
FIGURES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def is_statistic(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A figure that moved, with no one doing it: "bilateral trade [hit] $1.1 billion", "the number of users
    [reached] 196 million", "the country [spent] 3.6 percent of its GDP". Who did something to whom names them
    ("the companies paid $11,000": the companies are no one the model names, but "Ankara paid $11,000" is)."""
    subject = next((child for child in children(action) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    # a share is a figure whoever holds it: "in 2017, China [contributed] 7% of the total"; so is a running
    # total, a perfect whose object is counted ("Italy has [registered] 121,177 deaths", "Botswana has [made] $4
    # million from licences", "the author has [written] more than a dozen books")
    objects = [child for child in children(action) if child.dep_ in {"dobj", "attr"}]
    if any(child.ent_type_ == "PERCENT" for child in objects):
        return True
    counted = any(child.ent_type_ in FIGURES or any(grand.dep_ == "nummod" and grand.ent_type_ in FIGURES
                                                    for grand in children(child)) for child in objects)
    if counted and lemma(action) in ACCRUING:
        return True  # "he [amassed] 12.89 million followers": a running total, in any tense
    if counted and told_in_the_perfect(action):
        when = governing_timex(action, sentence, timexes)  # (one on a day is news: "has sent 21 staff on Wednesday")
        if spans_at_least(when, 7):
            return True
    if tallied(action, subject, objects, sentence, timexes):
        return True
    if any(child.lemma_.lower() in COUNTS for child in objects) and any(  # "brought the toll to 259"
            child.dep_ == "prep" and child.lower_ == "to"
            and any(grand.ent_type_ in FIGURES for grand in children(child))
            for child in children(action)):
        return True
    if subject is None or subject.pos_ == "PRON" or any(token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                                                        for token in subject.subtree):
        return False
    # the object is the figure itself ("hit $1.1 billion"; not "killed 100,000 people"), or what it moves by or to
    measured = [child for child in children(action) if child.dep_ in {"dobj", "attr", "npadvmod"}
                and child.ent_type_ in FIGURES]
    measured += [grand for child in children(action)  # ("is running at around [50 percent] occupancy")
                 if child.dep_ == "prep" and child.lower_ in {"to", "by", "in", "at"}
                 for grand in children(child) if grand.dep_ == "pobj" and (grand.ent_type_ in FIGURES or any(
                     number.dep_ == "nummod" and number.ent_type_ == "PERCENT" for number in children(grand)))]
    return bool(measured)


# Verbs of a total gathered over time: "the channel [accumulated] more than 100 million followers".
ACCRUING = {"amass", "accumulate", "garner", "accrue", "rack"}
# What a figure counts, which a verb brings to a number: "brought the death toll to 259".
COUNTS = {"toll", "number", "total", "count", "tally", "figure"}
# Verbs of money earned or spent, and of estimates ("places the revenue at $2 billion"), whoever does them.
INCOME = {"earn", "receive", "spend", "generate", "make", "lose", "collect", "gross"}
ESTIMATES = {"place", "put", "estimate", "value", "peg"}


def tallied(action: Token, subject: Token | None, objects: list[Token], sentence: Span,
            timexes: list[Timex]) -> bool:
    """A tally over a period, whoever keeps it: money earned or spent ("in 2023, Botswana [earned] $2.7 million from
    hunting licences"), an estimate ("[places] the revenue at $2 billion"), a share ("[accounting] for half of all
    deaths"), or acts counted over a month or more ("60,000 such operations were [conducted] last year", "[received]
    more than eight thousand reports last year"). Not a
    day's: "the U.N. received $5 million in pledges on Monday", "three soldiers were killed last week"."""
    word = lemma(action)
    when = governing_timex(action, sentence, timexes)
    days = days_spanned(when)
    money = [child for child in [*objects, *([subject] if subject is not None and subject.dep_ == "nsubjpass"
                                           else [])] if child.ent_type_ == "MONEY"]
    if word in INCOME and money and when is not None and sentence.start_char <= when.start:
        at = when.start - sentence.start_char  # (the report's text kept, not Doc.text, which is built anew each call)
        if text_of(sentence)[max(at - 12, 0):at].rstrip().endswith("as of"):
            return True  # a running total: "had [received] $33 million as of March 9"
    if days is not None and days < 28:
        return False
    if word in INCOME and money:  # "[earned] $2.7 million", "millions of dollars were [generated]"
        return True
    if word in ESTIMATES and any(child.dep_ == "prep" and child.lower_ == "at" and any(
            grand.ent_type_ in FIGURES for grand in children(child)) for child in children(action)):
        return True
    if word == "account" and any(child.dep_ == "prep" and child.lower_ == "for" for child in children(action)):
        return True
    # acts counted over a month or more, as the passive's subject or the object: "the FBI [received] more than
    # eight thousand reports last year"
    counted = ([subject] if subject is not None and subject.dep_ == "nsubjpass" else []) + objects
    return days is not None and any(child.dep_ == "nummod" and child.ent_type_ == "CARDINAL" and many(child)
                                    for noun in counted for child in children(noun))


def many(number: Token) -> bool:
    """Whether a number counts a hundred or more: "60,000", "thousands of" (a tally, not "three soldiers")."""
    digits = number.text.replace(",", "")
    return (digits.isdigit() and int(digits) >= 100) or number.lower_ in {"hundreds", "thousands", "millions"} \
        or any(child.lower_ in {"hundred", "thousand", "million", "billion"} for child in children(number.head))


# Verbs of an amount that changes by itself: "hate groups [grew] rapidly last year", "support [rose] to 51 percent".
CHANGES = {"grow", "rise", "fall", "increase", "decrease", "decline", "double", "triple", "jump", "surge", "drop",
           "soar", "plunge", "climb", "shrink", "dip", "slide", "slump", "rebound", "tumble", "spike", "swell",
           "plummet", "halve", "dwindle", "mount", "leap", "skyrocket"}


def is_trend(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """An amount that grew or fell, told with no object and for no day: "such groups [grew] rapidly last year",
    "this year they [jumped] up twenty percent", "dozens of foreigners [grew] to stardom during the last decade".
    A trend or a figure, not an act with a participant. Not a change on a day ("infections surged on Monday":
    see is_thing_doing; a market's is a figure all the same, see is_market_move), nor a refusal ("[declined] to
    comment"), nor a change done to something ("[doubled] its forces"), nor an origin ("[grew] out of the student
    movement" is a background, told as one)."""
    if lemma(action) not in CHANGES or action.pos_ != "VERB" or any(
            child.dep_ in {"dobj", "xcomp", "ccomp", "auxpass", "nsubjpass"} for child in children(action)):
        return False
    if any(child.dep_ == "prt" and child.lower_ not in {"up", "down"} for child in children(action)):
        return False  # "dropped off leaflets", "fell apart"
    return spans_at_least(governing_timex(action, sentence, timexes), 7)


# What a market moves: prices, shares and the indexes and currencies that measure them.
MARKET_MEASURES = {"stock", "share", "index", "price", "yield", "currency", "dollar", "euro", "yen", "rupee", "yuan",
                   "pound", "ruble", "rouble", "lira", "peso", "bond", "market", "futures", "crude", "gold", "bitcoin"}
# Named measures the model calls an organisation or a product ("the S&P 500 finished", "the Nikkei closed").
MARKET_NAMES = {"dow", "nasdaq", "s&p", "nikkei", "ftse", "dax", "hang", "sensex", "kospi", "cac"}
# Verbs of how a measure moved or ended its day ("finished", "closed at", "gained 2%", "edged up").
DAY_BOUNDS = {"close", "finish", "end", "open"}
MARKET_MOVES = CHANGES | DAY_BOUNDS | {"gain", "lose", "trade", "shed", "add", "edge", "slip", "sink", "firm", "ease",
                                      "weaken", "strengthen", "recover", "hover", "rally", "retreat", "advance",
                                      "fluctuate", "hit", "reach", "top", "touch"}
# Where a measure ended its day, and what it moved by: "closed lower", "closed up 37.5 cents", "lost ground".
LEVELS = {"up", "down", "higher", "lower", "flat", "unchanged", "mixed", "off", "sharply", "slightly"}
MOVED_BY = {"ground", "point", "percent", "cent", "value", "%"}
LEVEL_PREPOSITIONS = {"at", "to", "by", "below", "above", "near", "from"}


def is_market_move(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A price, a share or an index that moved, on a day or over one: "the S&P 500 [finished] at 5,521", "oil
    prices [surged] after the attack", "the rupee [fell] to a record low", "Shares of Compaq [rose] 4%". A
    figure of the market, no act with a participant ("investors sold shares" is one)."""
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    if subject is None or lemma(action) not in MARKET_MOVES or action.pos_ != "VERB" or any(
            child.dep_ == "dobj" and child.ent_type_ not in FIGURES and child.lemma_.lower() not in MOVED_BY
            for child in children(action)):
        return False  # (not "Dow Chemical closed its plant")
    # the day's close or open of a measure is told at a level ("closed at $19.50", "closed lower"), not a shop's
    # ("the gold market in Kabul closed after the raid")
    figured = any(child.ent_type_ in FIGURES or (child.dep_ == "prep" and child.lower_ in LEVEL_PREPOSITIONS
                                                 and any(word.ent_type_ in FIGURES for word in child.subtree))
                  for child in children(action))
    leveled = figured or any(child.dep_ in {"advmod", "acomp", "npadvmod"} and child.lower_ in LEVELS
                             for child in children(action))  # (not a particle: "Gee ended up in Houston")
    named = subject.pos_ == "PROPN" and any(token.lower_ in MARKET_NAMES for token in (
        subject, *(child for child in children(subject) if child.dep_ == "compound")))  # (not "Apple, on the Nasdaq")
    if lemma(action) in DAY_BOUNDS and not leveled and not named:
        return False
    # a company's stock told by its name, at a price: "Primerica [closed] at $28.25, down 50 cents"
    priced = subject.pos_ == "PROPN" and lemma(action) in DAY_BOUNDS | {"trade"} and figured
    return subject.lemma_.lower() in MARKET_MEASURES or named or priced  # ("shares of Compaq": the shares)


# Periods of a calendar or an account, whose start or end is a date, not an act ("the quarter ended Sept. 30").
PERIODS = {"quarter", "year", "month", "week", "period", "half", "season", "semester"}
BOUNDS = {"end", "begin", "start", "close", "conclude", "expire"}


def is_period_bound(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """The start or end of a period of the calendar or of accounts: "net income for the quarter [ended] Sept. 30",
    "the fiscal year [starting] in July". A date, not an act ("the war ended" is one)."""
    if lemma(action) not in BOUNDS:
        return False
    subject = next((child for child in children(action) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    # a clause on the period with no subject of its own: "the quarter [ended] Sept. 30", "the season, which
    # [ended]"; not "the year the war [ended]" (the war's end)
    own = subject is not None and subject.lower_ not in {"which", "that"}
    period = action.head if action.dep_ in {"acl", "relcl"} and not own else subject
    return period is not None and period.lemma_.lower() in PERIODS


# What a measure or a study shows, and what shows it: "the index has [shown] unhealthy levels of air quality".
SHOWING = {"show", "indicate", "suggest", "find", "reveal", "record", "register", "detect"}
GAUGES = {"index", "statistic", "chart", "reading", "poll", "survey", "data", "census", "tracker", "count", "estimate",
          "image", "satellite", "rate", "level"}


def is_finding(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What a measure or a study shows, as a thing it finds: "the World Health Quality index has [shown]
    unhealthy levels", "polls have [shown] support rising". A figure, not an act. (What a study finds *that*
    happened is its claim, read as a source's: see sources.tells.)"""
    return lemma(action) in SHOWING and not any(child.dep_ == "ccomp" for child in children(action)) and any(
        child.dep_ == "nsubj" and child.lemma_.lower() in GAUGES for child in children(action)) \
        and any(child.dep_ == "dobj" for child in children(action))

