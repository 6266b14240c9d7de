"""Views, not acts: what someone believes may or will be, what someone thinks ought to be, what a quotation says
of how things are or will be, a thought, and what an act is for."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from helpers.events.nonevents import (due, is_possibility, lemma, performs, thing_subject, told_as_plan,
                                      told_in_the_past)
from helpers.events.tree import children
from helpers.events.words import FORECASTING, ISSUED, OPINION_VERBS, RAISING, SEEMING, done_before, held_to_have
from helpers.lexicon import CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, REPORTING_VERBS
from helpers.timex import Timex

# Modals of obligation: what someone thinks ought to be, not what happened or is planned.
DEONTIC = {"should", "must", "ought"}


def is_opinion_of_what_may_be(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What someone believes may or will happen: "analysts believe the EU may [make] some compromises", "experts
    expect the bank will [raise] rates" (not on a day of its own: "expect talks will resume on Monday"). A
    possibility or a forecast held in an opinion is no act, whatever PLOVER would code the act."""
    return action.dep_ == "ccomp" and lemma(action.head) in OPINION_VERBS | FORECASTING and (is_possibility(
        action, sentence, timexes) or told_as_plan(action) and not due(action, sentence, timexes))


def is_obligation(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What ought to be: "We [should] pay respect", "the talks must [resume]". Reported and addressed to a
    named side it is a demand, an event of the speaker's: "the president said that China must drop its tariffs"."""
    obliged = any(child.dep_ == "aux" and child.lower_ in DEONTIC
                  for verb in joined(action) for child in children(verb))
    reported = action.dep_ == "ccomp" and action.head.lemma_ in REPORTING_VERBS
    # (a people is no side a demand is made of: "experts said Africans should get tested" is advice)
    addressed = any(child.dep_ in {"nsubj", "nsubjpass"} and child.ent_type_ in {"GPE", "ORG", "PERSON"}
                    for child in children(action))
    return obliged and not (reported and addressed)


# Verbs of a thought, which happens in a mind: "the king [realized] he would lose". (Not "wondered why", which
# news writes of a question asked aloud.)
THOUGHTS = {"realize", "realise", "understand", "imagine", "reckon", "suppose"}


def is_thought(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A thought of something, not an act: "the local king [realized] he was going to lose". (Money "was realized
    from the sale" is a figure, and "recalled its ambassador" an act.)"""
    return lemma(action) in THOUGHTS and action.pos_ == "VERB" \
        and any(child.dep_ == "ccomp" for child in children(action)) \
        and not any(child.dep_ in {"auxpass", "nsubjpass", "dobj"} for child in children(action))


def is_becoming(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A state coming about, told with a verb of starting: "people are also [starting] to become displaced",
    "the talks [began] to get tense". A change of state, not an act."""
    return lemma(action) in {"start", "begin", "continue"} and any(
        child.dep_ == "xcomp" and lemma(child) in {"become", "get", "grow", "seem", "look", "feel"}
        and not any(grand.dep_ == "dobj" for grand in children(child))  # ("began to get food aid": an act)
        for child in children(action))


def is_expectation(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What was to happen, not what did: "the drawdown was [supposed] to be concluded by May 1"."""
    return action.lower_ == "supposed" and any(child.dep_ == "xcomp" for child in children(action))


def is_view_held(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A view no one is named to hold, told with a passive of saying or believing: the saying itself ("doctors
    were [said] to be struggling") and what it holds, when it is no past act ("doctors were said to be
    [struggling]"; "were believed to have fled" is an act in doubt: see words.held_to_have)."""
    if lemma(action) in RAISING and any(child.dep_ == "auxpass" for child in children(action)) \
            and any(child.dep_ == "xcomp" for child in children(action)):
        return True
    return action.dep_ == "xcomp" and lemma(action.head) in RAISING and not done_before(action) \
        and any(child.dep_ == "auxpass" for child in children(action.head))


def joined(action: Token) -> list[Token]:
    """The action and, when it is a bare verb or participle with no subject or auxiliary of its own, the verbs it
    is joined to ("countries should keep their offers and [continue] pressing"): their auxiliaries are its own
    (not a verb in the past: "said the results should not be packaged as good news and [called] for a shift").
    The tagger calls some bare verbs VBP."""
    verbs = [action]
    while verbs[-1].dep_ == "conj" and verbs[-1].tag_ in {"VB", "VBP", "VBN"} and not any(
            child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in children(verbs[-1])):
        verbs.append(verbs[-1].head)
    return verbs


def is_kind_of_case(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What will or may be done in a kind of case, not in one: "in serious cases, they may be [arrested]", "in a
    case like Khalil's, attorneys will [ask] for deportation" (not "in his latest case", "in the case of X")."""
    verbs = joined(action)
    modal = any(child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUXILIARIES | CONDITIONAL_AUXILIARIES
                for verb in verbs for child in children(verb))
    return modal and any(preposition.lower_ == "in" and any(
        case.dep_ == "pobj" and case.lemma_.lower() == "case" and not any(
            word.dep_ == "poss" or word.lower_ in {"the", "this", "that"}
            for word in children(case)) for case in children(preposition))
        for verb in verbs for preposition in children(verb) if preposition.dep_ == "prep")


def is_talk(action: Token, sentence: Span, timexes: list[Timex], *,
            coded: Callable[[], bool] = lambda: False) -> bool:
    """What a speaker says of how things are, or could be, in a quotation: "“the whole town [accepts] the
    windmills”", "“he’s still [fighting]”", "“they're [exerting] the pressure”", "“we have to support renewable
    energies, but [considering] biodiversity ...”", "“a child would [cost] $1,000”". Quoted, the present and the
    conditional tell a view, a state or a wish; the news a quotation gives is what the speaker says was done
    ("“the vast majority had been [raped]”"), what is due on a day, what the speakers plan to do ("“we will
    [rebuild] Europe’s defence industry”"), and what PLOVER codes of what is planned ("“it will be [met] with
    force”") or done by saying it ("“we [condemn] the jailbreak”"): `coded()`. Any other future with no day is a
    view of what will be ("“they certainly will [calculate] risks”", "“he will [move] from his position”")."""
    planned = told_as_plan(action)
    return not told_in_the_past(action) and not due(action, sentence, timexes) \
        and not (planned and speakers_own(action)) and not ((planned or performs(action)) and coded())


# Verbs of going on or of effort, which tell no new act: "“I will [continue] to engage”", "“we'll [try]”".
EFFORTS = {"continue", "keep", "maintain", "remain", "stay", "try", "do", "work"}


def speakers_own(action: Token) -> bool:
    """Whether a planned act is the speakers' own new act: "“we will [rebuild] ...”", "“I’ll [get] him out”"."""
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    verb = next((child for child in children(action) if child.dep_ == "xcomp"), action) \
        if lemma(action) == "go" else action  # "we are [going] to move the hub"
    return subject is not None and subject.lower_ in {"we", "i"} and lemma(verb) not in EFFORTS


# Verbs that, in the passive with "to", tell what something is for: "is intended to", "was designed to".
PURPOSED = {"intend", "design", "mean", "aim", "calculate", "geared"}


def is_aim(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What an act is for, or what someone is urged to do: "expelled to [make] way for the base", "urged the
    Pakistani side to [focus] on its own problems". The act itself is the event; a plan or a promise names its
    own verb ("decided to regroup", "vowed to retaliate"), which is; what a claim reports is a claim ("the group
    claimed to be holding 200 hostages"), what someone is told to do is an aim ("told customers to [hold] the
    phone")."""
    clause = action.head if action.dep_ == "conj" else action
    claimed = ((clause.head.lemma_ in REPORTING_VERBS or clause.head.lemma_.lower() in SEEMING) and not any(
        child.dep_ in {"dobj", "dative"} for child in children(clause.head))) or held_to_have(clause)
    # ... and what something is meant for, in the passive: "both ploys are [intended] to thwart his reunion"
    # (one with a time of its own is a plan: "the service is intended to launch in the fall of 2011")
    meant = lemma(action) in PURPOSED and any(child.dep_ == "auxpass" for child in children(action)) and any(
        child.dep_ == "xcomp" and any(aux.lower_ == "to" for aux in children(child))
        and not due(child, sentence, timexes) for child in children(action))
    # ... and what a thing is for, in the active: "the initiative [aims] to mobilize personnel" (a doer's aim is a
    # plan: "the army aims to capture the city")
    subject = thing_subject(action)
    purpose = lemma(action) in AIMING and subject is not None and subject.lemma_.lower() in MEANS and any(
        child.dep_ == "xcomp" and child.pos_ == "VERB" for child in children(action))
    return meant or purpose or (clause.dep_ in {"advcl", "xcomp"} and not claimed and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in children(clause)))


AIMING = {"aim", "seek", "strive", "intend", "purport"}
# Things made for an aim ("the programme aims to"), unlike an institution's plan ("the legislature intends to vote").
MEANS = ISSUED | {"programme", "program", "initiative", "project", "plan", "strategy", "scheme", "effort", "reform",
                  "campaign", "policy", "fund", "proposal"}
