"""Clauses that frame a report rather than tell its news: the reporter's questions, replies that say nothing, credit
lines (rules of helpers.events.actions.NOT_NEWS)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.spans import is_lead_in
from helpers.events.tree import children
from helpers.events.words import WRITING
from helpers.lexicon import SPEECH_VERBS
from helpers.timex import Timex


def is_interview_question(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """The reporter's question framing an answer: "[Asked] by VOA if the U.S. was considering action, Rubio said
    ...", "When [asked] about the attack, she said ...". The answer is the news."""
    return action.lemma_.lower() == "ask" and action.tag_ == "VBN" and action.dep_ == "advcl" \
        and not any(child.dep_ == "auxpass" for child in children(action))


# What a saying says when it says nothing: "lawyers emerged from the meeting but [said] little".
NOTHING_SAID = {"little", "nothing", "less", "none"}


def is_bare_reply(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A saying that reports no act: "“No,” [said] the mayor", "“Certainly a tough conversation,” [said] Kehr",
    "the lawyers emerged but [said] little". What a speaker says is an event when it is a verb's clause, or an
    object ("denied the claims")."""
    if action.lemma_ in SPEECH_VERBS and any(child.dep_ == "dobj" and child.lower_ in NOTHING_SAID
                                             and not any(True for _ in children(child)) for child in children(action)):
        return True
    if action.lemma_ not in SPEECH_VERBS or any(child.dep_ in {"dobj", "ccomp", "xcomp", "prep"}
                                                for child in children(action)):
        return False
    others = any(token.pos_ in {"VERB", "AUX"} and token != action and token.dep_ not in {"aux", "auxpass"}
                 for token in sentence)
    return not others and any(token.is_quote for token in sentence)


def is_credit(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A credit line, acting on the report itself: "Jane Doe [contributed] to this report", "X [contributed]
    reporting from Dadaab", "Harun Maruf [reported] from Washington", "Following are statements [made] Friday by"."""
    if is_lead_in(sentence):
        return True
    datelined = action.lemma_ in {"report", "contribute"} and any(
        child.dep_ == "prep" and child.lower_ == "from" for child in children(action)) and not any(
        child.dep_ in {"dobj", "ccomp"} for child in children(action))
    # "This story [originated] in VOA's Kurdish Service": the subject is the report itself
    this_story = any(child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in WRITING and any(
        det.lower_ == "this" for det in children(child) if det.dep_ == "det") for child in children(action))
    if datelined or this_story:
        return True
    objects = [child for child in children(action) if child.dep_ == "dobj" or child.lower_ == "reporting"]
    objects += [grand for child in children(action) if child.dep_ == "prep" for grand in children(child)
                if grand.dep_ == "pobj"]
    return any(noun.lemma_.lower() in WRITING and (noun.lower_ == "reporting" or any(
        det.lower_ == "this" for det in children(noun) if det.dep_ == "det")) for noun in objects)
