"""Hedges: whether a report tells an action as uncertain ("reportedly", "may have", "could not be verified")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.tree import children, tokens_of
from helpers.events.words import DOCUMENTS, done_before, held_to_have
from helpers.lexicon import REPORTING_VERBS

# Hedges, each read in its role on the path from the action up to its sentence's root (see is_hedged):
# a modal auxiliary "may", "might", "could" (tag MD): "the strike may have killed five" (not the month: "on May
# 20"; not an inability: "villagers could not escape"),
HEDGING_MODALS = {"may", "might", "could"}
# an adverb: "the strike reportedly killed five",
HEDGING_ADVERBS = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably",
                   "perhaps", "likely", "seemingly", "presumably"}
# an adjective on the action, a participant or the report it comes from: "an alleged attack", "suspected
# militants attacked", "according to unconfirmed reports, rebels seized the airport",
HEDGING_ADJECTIVES = {"alleged", "suspected", "unconfirmed", "unverified", "purported", "anecdotal", "rumored",
                      "rumoured", "presumed", "claimed", "reported"}
# a word the action's clause depends on: "troops appeared to retreat", "the general is believed to have fled",
# "Russia claimed that its forces took Bakhmut" (but not "claimed responsibility"), "it is unclear whether",
DOUBTING_HEADS = {"appear", "seem", "claim", "allege", "suspect", "believe", "rumor", "rumour", "likely", "unlikely",
                  "unclear", "uncertain", "unknown", "possible"}
# and, negated, a word of certainty: "it is not clear whether the army attacked"; a negated check hedges its
# whole sentence: "the claims could not be independently verified".
CERTAINTY_WORDS = {"clear", "certain", "known", "sure"}
CHECKING_VERBS = {"verify", "confirm", "corroborate"}
CLAUSE_DEPS = {"ccomp", "xcomp", "csubj", "csubjpass"}


def is_hedged(action: Token, sentence: Span) -> bool:
    """Whether the action is told as uncertain: a hedge in its role on the path from the action up to the
    root of its sentence (see HEDGING_MODALS and what follows it), or a negated check of the sentence's claims."""
    unchecked, doubted_claims = sentence_hedges(sentence)
    if unchecked:
        return True
    below = None
    for token in (action, *action.ancestors):
        if not sentence.start <= token.i < sentence.end or (below is not None and below.dep_ == "conj" and any(
                child.dep_ in {"nsubj", "nsubjpass"} for child in children(below))) \
                or (below is not None and below.dep_ == "relcl"):
            # a clause with a subject of its own: "their story may not be known, but it is intertwined"; a relative
            # clause tells its own act: "Ishiba, who [began] his term this week, may advocate"
            break
        # the clause depends on the word, or the word is the action and stands for its clause ("troops
        # appeared to retreat" when "appeared" is the event); a reporting verb is not in doubt of itself
        clause = below.dep_ in CLAUSE_DEPS if below is not None else token.lemma_ not in REPORTING_VERBS and any(
            child.dep_ in CLAUSE_DEPS for child in children(token))
        if clause and (token.lemma_.lower() in DOUBTING_HEADS or doubted(token)) or likely_clause(token):
            return True
        if below is not None and held_to_have(below):
            return True  # "are feared to have been killed", "is said to have fled": held so, by no one named
        if any(hedging_child(child) for child in children(token)):
            return True
        below = token
    return doubted_claims


def sentence_hedges(sentence: Span) -> tuple[bool, bool]:
    """Whether the sentence says its claims were not checked ("could not be verified"), and whether it calls them
    unconfirmed ("unconfirmed reports"): asked of every action, kept with the report (HEDGES) by sentence."""
    known = sentence.doc.user_data.setdefault(HEDGES, {})
    if sentence.start not in known:
        lemmas = [(token, token.lemma_) for token in tokens_of(sentence)]  # (each word's lemma read once)
        known[sentence.start] = (
            any(lemma in CHECKING_VERBS and negated(token) for token, lemma in lemmas),
            any(child.lower_ in HEDGING_ADJECTIVES for token, lemma in lemmas if lemma in DOCUMENTS
                or token.lower_ == "claims" for child in children(token) if child.dep_ == "amod"))
    return known[sentence.start]


HEDGES = "newsline.hedges"  # their key in Doc.user_data


def hedging_child(child: Token) -> bool:
    """A modal, an adverb or an adjective that hedges its head, or a participant hedged by an adjective."""
    if child.tag_ == "MD" and child.lower_ in HEDGING_MODALS:
        return not (child.lower_ == "could" and negated(child.head) and not done_before(child.head))
    if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
        return True
    if child.dep_ in {"nsubj", "nsubjpass", "dobj", "amod"}:
        return child.lower_ in HEDGING_ADJECTIVES or any(
            grandchild.dep_ == "amod" and grandchild.lower_ in HEDGING_ADJECTIVES for grandchild in children(child))
    return False


def doubted(token: Token) -> bool:
    """Whether a clause head says its clause is in doubt: "it is not clear whether", "it is unclear who"."""
    for child in children(token):
        if child.dep_ == "acomp" and (child.lemma_ in DOUBTING_HEADS or (
                child.lemma_ in CERTAINTY_WORDS and (negated(token) or negated(child)))):
            return True
    return False


def likely_clause(token: Token) -> bool:
    """A copula whose complement doubts a clause of its own: "lawmakers are likely to be angered" (the event
    the kit takes is "are")."""
    return any(child.dep_ == "acomp" and child.lemma_ in DOUBTING_HEADS and any(
        grandchild.dep_ in CLAUSE_DEPS for grandchild in children(child)) for child in children(token))


def negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in children(token))


