"""What happened: which words of a sentence are events (the selectors events_of takes)."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex, main_clause_timex
from helpers.events.kinds import NOMINAL_EVENTS, NOT_EVENTS, acts_on_place, event_type
from helpers.events.roles import nominal_roles
from helpers.events.spans import EntityIndex, is_headline
from helpers.events.words import RELATIVES
from helpers.lexicon import REPORTING_VERBS
from helpers.timex import Timex

#: Which words of a sentence are events, given the sentence's source (or None), the report's time
#: expressions and its entities: news_actions for a news timeline, every_clause_head for SemEval-2015.
ActionSelector = Callable[[Span, Span | None, list[Timex], EntityIndex], list[Token]]

CLAUSE_HEADS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "parataxis", "pcomp", "csubj"}


def news_actions(sentence: Span, source: Span | None, timexes: list[Timex], entities: EntityIndex) -> list[Token]:
    """The events a news timeline wants of a sentence: the clause heads that carry its news (find_actions),
    then the events it tells in passing and dates (background_actions)."""
    actions = find_actions(sentence, source)
    return actions + background_actions(sentence, actions, timexes, entities)


def every_clause_head(sentence: Span, source: Span | None, timexes: list[Timex],
                      entities: EntityIndex) -> list[Token]:
    """Every verb that heads a clause, reporting verbs included ("announced", "said"): what an
    event-by-event timeline (SemEval-2015 TimeLine) counts. Adjectival participles and
    auxiliaries are not events. (The source, times and entities are not needed to tell them.)"""
    return [token for token in sentence
            if (token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod", "compound"})
            or (token.pos_ == "AUX" and token.dep_ in CLAUSE_HEADS)]


def find_actions(sentence: Span, source: Span | None) -> list[Token]:
    """The clause heads that carry the sentence's news, reporting verbs replaced by what they report
    (again, for a report inside a report: "said that an official told Reuters that ...")."""
    heads = [sentence.root]
    for _ in range(3):
        deeper = []
        for head in heads:
            reported = [child for child in head.children if child.dep_ in {"ccomp", "parataxis", "xcomp"}
                        and child.pos_ in {"VERB", "AUX"}] if head.lemma_ in REPORTING_VERBS else []
            deeper.extend(reported or [head])
        if deeper == heads:
            break
        heads = deeper
    # "did not mention Balakliia, saying only that its forces were inflicting heavy losses": what the
    # participle reports is news too, told by the main clause's subject
    heads += [reported for head in list(heads) for saying in head.children
              if saying.dep_ == "advcl" and saying.tag_ == "VBG" and saying.lemma_ in REPORTING_VERBS
              for reported in saying.children if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    # "according to an update from the general staff, which said Ukrainian troops had repelled assaults":
    # what a source's relative clause reports is news, told by that source
    # (and "a view offered by Charles O'Reilly, who stated, 'Great companies rarely go ...'")
    heads += [reported for saying in sentence if saying.dep_ == "relcl" and saying.lemma_ in REPORTING_VERBS
              and any(child.dep_ == "nsubj" and child.lower_ in RELATIVES for child in saying.children)
              for reported in saying.children if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    actions = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token.pos_ in {"VERB", "AUX"} and token not in actions and token.sent == sentence:
                actions.append(token)
    return actions


def background_actions(sentence: Span, actions: list[Token], timexes: list[Timex],
                       entities: EntityIndex) -> list[Token]:
    """Events told in passing: a subordinate clause dated by its own words ("a day after forces took
    Izium on Saturday", "Saturday, when troops entered Kupiansk", "the plant, where the last reactor was
    shut down on Sunday"), or a typed one dated by the day of its main clause ("lost power on Sunday
    evening after missiles struck a plant"), or a noun of NOMINAL_EVENTS dated by its own words ("the
    fall of Kupiansk over the weekend"). States and reporting verbs are not events told in passing."""
    found = []
    for token in sentence:
        if token in actions:
            continue
        if token.pos_ == "VERB" and token.dep_ in {"advcl", "relcl", "acl"}:
            if token.lemma_ in REPORTING_VERBS or token.lemma_.lower() in NOT_EVENTS:
                continue
            kind = event_type(token, entities, on_place=acts_on_place(token, entities), statement=False)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_EVENTS and any(nominal_roles(token)):
            kind = NOMINAL_EVENTS[token.lemma_.lower()]
        else:
            continue
        if (governing_timex(token, sentence, timexes) is not None and (kind or token.pos_ == "VERB")) \
                or (kind and main_clause_timex(token, sentence, timexes) is not None):
            found.append(token)
    return found


def participle_in_headline(action: Token, sentence: Span) -> bool:
    """Whether a headline's past-tense verb is a participle before its noun: "Zelensky visits recaptured
    city of Izium", which the parser reads as "visits recaptured city". Headlines (a line without final
    punctuation) tell the past in the present tense, so a verb in -ed directly before a bare noun is an
    adjective there."""
    if not is_headline(sentence) or action.tag_ not in {"VBD", "VBN"}:
        return False
    following = action.doc[action.i + 1] if action.i + 1 < sentence.end else None
    return following is not None and following.pos_ == "NOUN" and following.head.i == action.i \
        and not any(child.dep_ in {"det", "poss", "nummod"} for child in following.children)
