"""States told with a verb of action: "Amir is [serving] a life sentence", "Keating is [facing] more legal troubles",
"the two sides have been [locked] in their positions", "the groups were [aligned] with Islamic State", "the process
[took] about an hour" (rules of helpers.events.actions.NOT_NEWS). Who serves a term or faces charges is in a state,
not acting; the acts are the sentencing and the charging, told elsewhere."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex, spans_at_least
from helpers.events.nonevents import lemma
from helpers.events.tree import children
from helpers.timex import Timex

# Verbs and the objects that make them a state held: a sentence served, a charge or a trial faced.
HELD = {"serve": {"sentence", "term"},
        "face": {"charge", "trial", "trouble", "accusation", "allegation", "question", "criticism", "pressure",
                 "prison", "penalty", "sentence", "deportation", "extradition", "threat", "challenge", "problem",
                 "shortage", "difficulty", "lawsuit", "investigation", "probe", "scrutiny", "opposition", "backlash",
                 "risk", "uncertainty", "hardship", "danger"}}


def is_held_state(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A sentence served or charges faced, not on a day: "is [serving] a life sentence", "[faces] two charges",
    "is [facing] more legal troubles in California". On a day it is an event ("will face trial on Monday")."""
    objects = HELD.get(lemma(action), set())
    return any(child.dep_ == "dobj" and child.lemma_.lower() in objects for child in children(action)) \
        and not_on_a_day(action, sentence, timexes)


def not_on_a_day(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Whether the action's own time, if any, is a week or longer ("in April 2023"), not a day."""
    return spans_at_least(governing_timex(action, sentence, timexes), 7)


# Verbs whose passive tells a state, not an act: "have been [locked] in their positions", "the peace process has
# been [deadlocked]", "children are [caught] up in a power struggle" (with "up": "60 have been caught" is an act).
STUCK = {"lock", "deadlock", "stall", "stick", "embroil", "mire", "bog", "engage", "involve", "entangle", "trap"}


def is_stuck(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A passive of being stuck in something, not on a day: "have been [locked] in their respective positions since
    talks failed", "are [caught] up in a power struggle" (not on a day: "were [trapped] on Monday by a landslide")."""
    word = lemma(action)  # (the lemmatizer makes "deadlocke" of "deadlocked")
    stuck = word in STUCK or action.lower_.removesuffix("ed") in STUCK or (word == "catch" and any(
        child.dep_ == "prt" and child.lower_ == "up" for child in children(action)))
    return stuck and any(child.dep_ == "auxpass" for child in children(action)) \
        and not_on_a_day(action, sentence, timexes)


# Participles of a stance held towards something: "is [committed] to peace".
STANCES = {"commit", "dedicate", "devote", "oppose", "accustom", "entitle", "attach", "wed"}
NOW_BE = {"is", "are", "am", "’s", "'s", "’re", "'re", "remains", "remain"}


def is_stance(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A stance held towards a thing, told as a passive with no doer: "China insists it is [committed] to peace",
    "Pakistan is [committed] to the peace process". A commitment to an act is a plan ("is committed to holding
    elections", "committed to support"), and one made by someone an act ("was committed to trial by a judge")."""
    word = lemma(action)
    if word not in STANCES or not any(child.dep_ == "auxpass" and child.lower_ in NOW_BE for child in children(action)):
        return False  # (a past passive is an act: "was committed to a psychiatric hospital", "was attached to")
    to = [child for child in children(action) if child.dep_ == "prep" and child.lower_ == "to"]
    return bool(to) and all(grand.dep_ == "pobj" and not grand.ent_type_ for grand in children(to[0])) and not any(
        child.dep_ in {"agent", "xcomp"} for child in children(action)) and not_on_a_day(action, sentence, timexes)


# What no one does: a lack that hampers or delays ("operations were [hampered] by lack of access").
LACKS = {"lack", "absence", "shortage", "scarcity", "dearth", "want"}
HINDERING = {"hamper", "hinder", "delay", "slow", "impede", "stall", "complicate", "constrain", "limit", "restrict"}


def is_held_back(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """An act held back by a lack, not by anyone: "relief operations were severely [hampered] by lack of access",
    "aid was [delayed] by a shortage of trucks". A condition, not an event."""
    agents = [grand for child in children(action) if child.dep_ == "agent" for grand in children(child)
              if grand.dep_ == "pobj"]
    return lemma(action) in HINDERING and any(agent.lemma_.lower() in LACKS for agent in agents)


# Verbs whose passive with "with" or "to" tells a tie between two parties, not an act: "the groups were [aligned]
# with Islamic State", "the suspects are [linked] to the attack", "he was [credited] with taking Albania into NATO".
TIES = {"align", "affiliate", "associate", "connect", "tie", "link", "ally", "relate", "credit"}


def is_tie(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A tie held between two parties, told as a passive with no doer: "the groups were [aligned] with Islamic
    State", "police said the suspects were [linked] to the attack". Who ties them acts ("officials linked the
    suspects to the attack"; "were linked by investigators to")."""
    return lemma(action) in TIES and any(child.dep_ == "auxpass" for child in children(action)) \
        and any(child.dep_ == "prep" and child.lower_ in {"with", "to"}
                and any(party(grand) for grand in children(child)) for child in children(action)) \
        and not any(child.dep_ == "agent" for child in children(action))


# Deeds and groups a party is tied to: "linked to the attack", "tied to the plot", "aligned with the network".
TIED_TO = {"attack", "bombing", "killing", "murder", "plot", "crime", "shooting", "assassination", "kidnapping",
         "abduction", "blast", "explosion", "scheme", "scandal", "fraud", "network", "group", "cell", "militia"}


def party(word: Token) -> bool:
    """Whether a tie's other end is a party, a group or a deed ("aligned with Islamic State", "linked to the attack",
    "credited with taking"), not a thing ("tied to chairs", "connected to the power grid")."""
    return word.dep_ == "pcomp" or (word.dep_ == "pobj" and (
        word.ent_type_ in {"ORG", "NORP", "PERSON", "GPE"} or word.lemma_.lower() in TIED_TO))


def is_length_told(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """How long something took or lasted: "the whole process [took] about an hour", "the battle [lasted] three
    days". The act is told elsewhere ("It took rescuers six hours to free the driver" tells the freeing, and stays
    for it)."""
    lengths = [timex for timex in timexes if timex.type == "DURATION"]  # (not "took the town Monday")

    def length(token: Token) -> bool:  # (not "took less than a day to nominate Kindiki": the nominating's)
        return any(timex.start <= token.idx < timex.end for timex in lengths) \
            and not any(word.pos_ == "VERB" for word in token.subtree)
    # (not "a day after forces [took] control": an object of its own, a time counted from another)
    return lemma(action) in {"take", "last"} and any(
        child.dep_ in {"dobj", "npadvmod"} and length(child) for child in children(action)) and not any(
        child.dep_ in {"xcomp", "ccomp", "advcl", "mark"} or (child.dep_ == "dobj" and not length(child))
        for child in children(action))
