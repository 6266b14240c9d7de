"""What happened: which words of a sentence are events (the selectors events_of takes)."""
from __future__ import annotations

from dataclasses import dataclass
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
    then the events it tells in passing and dates (background_actions); not what tells no event (not_news:
    a question, a state, an opinion, a credit line)."""
    if is_question(sentence):
        return []
    actions = [action for action in find_actions(sentence, source)
               if not_news(action, sentence, timexes) is None]
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


# -- what a clause head tells when it tells no event -------------------------------------------------------------
# Rules of syntax, tense and punctuation, not of the words seen: each holds on text never read. Each carries
# its examples, the action in [brackets] (tests/test_events_actions.py runs them all).

# Modals of obligation: what someone thinks ought to be, not what happened or is planned.
DEONTIC = {"should", "must", "ought"}
COPULAS = {"be", "have"}
# The adverbs that make a phrasal verb, which the parser may not label a particle ("came [back]").
PARTICLES = {"back", "out", "off", "away", "up", "down", "in", "over"}
# What the writing itself is ("this report", "contributed reporting"): a credit line acts on the text, not the world.
WRITING = {"report", "reporting", "story", "article", "dispatch"}


def is_question(sentence: Span) -> bool:
    """A sentence that asks ("What is the U.S. doing?", "“Who will pay?”"): it tells nothing happened."""
    return sentence.text.rstrip().rstrip("”\"’' ").endswith("?")


def is_state(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Being, having and seeming: a copula ("it [is] just as intertwined"), a linking verb with an adjective
    ("[felt] terrible", "[remained] calm"), or a verb the timeline leaves off as a state (NOT_EVENTS), unless
    a particle makes it a movement ("tanks came back", "the rebels gave up their weapons")."""
    lemma = action.lemma_.lower()
    phrasal = lemma not in COPULAS and any(child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in PARTICLES)
                                           for child in action.children)
    # a linking verb takes no object ("shot [dead] three protesters" is an act), and an adjective that takes a
    # verb tells an intention ("is willing to send engineers"), not a state
    linking = not any(child.dep_ in {"dobj", "dative"} for child in action.children) and any(
        child.dep_ == "acomp" and not any(grand.dep_ == "xcomp" and grand.pos_ == "VERB" for grand in child.children)
        for child in action.children)
    return (lemma in NOT_EVENTS and not phrasal and not intends(action)) or linking


def intends(action: Token) -> bool:
    """A copula whose adjective takes a verb: "Norway [is] willing to send engineers" (a plan, with a side)."""
    return action.lemma_.lower() == "be" and any(
        child.dep_ == "acomp" and any(grand.dep_ == "xcomp" and grand.pos_ == "VERB" for grand in child.children)
        for child in action.children)


def is_simple_present(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A clause in the simple present, outside a headline and undated: in a report it tells a habit, a
    state or an opinion ("anything new [requires] new learning", "I [doubt] it"), as events are told in the
    past, the progressive or the perfect. A saying is an event in any tense ("Moscow announces"), a
    headline tells the past in the present, a dated present is a schedule ("the summit starts Monday"), and a
    present intention tells a plan ("Ukraine plans to attack Kherson")."""
    auxiliaries = [child for child in action.children if child.dep_ in {"aux", "auxpass"}]
    present = action.tag_ in {"VBZ", "VBP"} and not auxiliaries
    supported = action.tag_ == "VB" and auxiliaries and all(aux.lemma_ == "do" and aux.tag_ in {"VBZ", "VBP"}
                                                            for aux in auxiliaries)
    plans = intends(action) or any(child.dep_ == "xcomp" and child.pos_ == "VERB"  # "plans to attack"
                                   for child in action.children)
    return (present or bool(supported)) and not plans and action.lemma_ not in REPORTING_VERBS \
        and not is_headline(sentence) and governing_timex(action, sentence, timexes) is None


def is_obligation(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What ought to be: "We [should] pay respect", "the talks must [resume]". Reported and addressed to a
    named side it is a demand, an event of the speaker's: "the president said that China must drop its tariffs"."""
    obliged = any(child.dep_ == "aux" and child.lower_ in DEONTIC for child in action.children)
    reported = action.dep_ == "ccomp" and action.head.lemma_ in REPORTING_VERBS
    addressed = any(child.dep_ in {"nsubj", "nsubjpass"} and child.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}
                    for child in action.children)
    return obliged and not (reported and addressed)


def is_credit(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A credit line, acting on the report itself: "Jane Doe [contributed] to this report", "X [contributed]
    reporting from Dadaab"."""
    objects = [child for child in action.children if child.dep_ == "dobj" or child.lower_ == "reporting"]
    objects += [grand for child in action.children if child.dep_ == "prep" for grand in child.children
                if grand.dep_ == "pobj"]
    return any(noun.lemma_.lower() in WRITING and (noun.lower_ == "reporting" or any(
        det.lower_ == "this" for det in noun.children if det.dep_ == "det")) for noun in objects)


@dataclass(frozen=True)
class NotNews:
    """A clause head that tells no event: the test, why, and sentences it holds for (the action in brackets)."""

    test: Callable[[Token, Span, list[Timex]], bool]
    reason: str
    examples: tuple[str, ...]


NOT_NEWS = [
    NotNews(is_state, "a state", ("Abdullahi [was] among the first refugees to arrive.",
                                  "I [feel] terrible for the American people.",
                                  "The region has [remained] calm since the vote.",
                                  "There [were] still Russian tanks in our street.")),
    NotNews(is_simple_present, "a habit, state or opinion", ("Anything new [requires] new learning.",
                                                             "Most analysts [doubt] the plan will work.")),
    NotNews(is_obligation, "an obligation", ("We should [pay] respect to local ways.",
                                             "The talks must [resume] soon.")),
    NotNews(is_credit, "a credit line", ("Jane Doe [contributed] to this report.",
                                         "John Roe [contributed] reporting from Dadaab.")),
]


def not_news(action: Token, sentence: Span, timexes: list[Timex]) -> str | None:
    """Why a clause head tells no event (the reason of the first NOT_NEWS rule that holds), or None."""
    return next((rule.reason for rule in NOT_NEWS if rule.test(action, sentence, timexes)), None)
