"""Acts told as not quite real (rules of helpers.events.actions.NOT_NEWS).

One that nearly happened ("was almost [gunned] down"), one threatened as the other side of a demand ("we must act,
or we will all [lose]"), a characterization of an event already told ("Tuesday's attack [marked] a dramatic
escalation"), what it does to a mood or a need ("the announcement has [increased] uncertainty"), and what someone
now expects would happen ("analysts say Tehran would [welcome] it"); and what a saying denies it tells, or tells
did not happen (denied, undone: which clauses a saying reports, helpers.events.actions.find_actions)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.kinds import fails, lexicon_type, says_not
from helpers.events.nonevents import FEELINGS, lemma, thing_subject, told_as_plan
from helpers.events.tree import children
from helpers.events.words import HAPPENINGS, OPINION_VERBS, PEOPLE, by_a_hazard
from helpers.lexicon import FUTURE_AUXILIARIES, REPORTING_VERBS
from helpers.timex import Timex

# Adverbs that say an act came close and was not done.
NEARLY = {"almost", "nearly"}
# Verbs of a figure multiplied: "the population nearly doubled" is a figure, not a near miss.
MULTIPLIED = {"double", "triple", "quadruple", "halve"}
# ... and of degree, where something was done all the same: "nearly destroyed the city", "have nearly surrounded".
DEGREE = {"destroy", "surround", "encircle", "empty", "complete", "wipe", "finish", "fill", "cover", "flatten",
          "level", "exhaust", "deplete", "cut", "close", "isolate"}
# Verbs that say what an event amounts to, not what anyone did: "the attack marked an escalation".
AMOUNTS_TO = {"mark", "represent", "signal", "constitute", "symbolize", "symbolise", "signify", "embody",
              "epitomize", "amount"}
# Nouns of violence and moves that, as the subject of AMOUNTS_TO, are an event told again.
ACTS = HAPPENINGS | {"attack", "strike", "airstrike", "bombing", "killing", "assault", "offensive", "raid",
                     "shooting", "explosion", "incident", "escalation", "invasion", "operation", "announcement",
                     "step", "change", "shift", "appointment", "resignation", "victory", "defeat", "win", "loss"}


def is_near_miss(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What came close to happening and did not: "Alinejad was almost [gunned] down", "the rebels nearly
    [captured] the airport". ("Nearly 100 people were killed" counts the dead: the adverb is the number's; and a
    figure nearly doubled or nearly reaching 100 is a figure, not a near miss.)"""
    return any(child.dep_ == "advmod" and child.lower_ in NEARLY for child in children(action)) \
        and lemma(action) not in MULTIPLIED | DEGREE and not any(
            child.dep_ in {"dobj", "attr", "npadvmod"} and any(word.like_num for word in child.subtree)
            for child in children(action))


def is_alternative(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What will happen unless a demand is met: "the allies must take a long-term approach, or we will all
    [lose]", "leave now or we will [shoot]". A warning's other side, not an act planned."""
    if action.dep_ != "conj" or not any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES
                                        for child in children(action)):
        return False
    before = [token for token in sentence.doc[action.head.i + 1:action.left_edge.i] if not token.is_punct]
    head = action.head
    demand = any(child.dep_ == "aux" and child.lower_ in {"must", "should"} for child in children(head)) or (
        head.tag_ == "VB" and not any(child.dep_ in {"nsubj", "aux"} for child in children(head)))  # "Leave now"
    return demand and bool(before) and before[-1].dep_ == "cc" and before[-1].lower_ == "or"


def is_characterization(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What an event amounts to, said of the event itself: "Tuesday's attack [marked] a dramatic escalation",
    "the deal [represented] a shift in policy". The event is told elsewhere; this is a view of it. ("The army
    marked the anniversary with a parade" has a doer, and is an act.)"""
    return lemma(action) in AMOUNTS_TO and any(
        child.dep_ == "nsubj" and child.lemma_.lower() in ACTS for child in children(action))


# Verbs of what an act does to a mood, a need or a risk, and the moods, needs and risks ("the announcement has
# [increased] uncertainty", "the pandemic has [exacerbated] needs"): an effect told of an event, not an event.
WORSENS = {"increase", "raise", "heighten", "deepen", "fuel", "worsen", "exacerbate", "aggravate", "compound",
           "ease", "reduce", "lessen", "intensify", "stoke", "add"}
# ... what does it, besides acts: "the pandemic", "the decision", "the drought" (not "the leader raised worries":
# a person voices them)
CAUSES = {"pandemic", "epidemic", "outbreak", "virus", "disease", "drought", "flood", "famine", "inflation", "decision",
          "move", "policy", "closure", "cut", "delay", "shortage", "violence", "fighting", "plan", "proposal", "bill"}
MOODS = {"uncertainty", "tension", "fear", "concern", "worry", "anxiety", "pressure", "need", "risk", "hardship",
         "suffering", "instability", "insecurity", "anger", "frustration", "confusion", "doubt", "suspicion",
         "mistrust", "distrust", "speculation", "vulnerability", "misery", "despair", "panic", "strain"}


def is_effect(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What an act or a thing does to a mood, a need or a risk: "the ministry's announcement has [increased]
    uncertainty for refugees", "the pandemic has [exacerbated] humanitarian needs". A view of an event's effect
    (told as an event elsewhere), not an event; who does it on purpose acts ("Russia [raised] the pressure": a
    named doer)."""
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    return lemma(action) in WORSENS and subject is not None and subject.lemma_.lower() in ACTS | CAUSES \
        and any(child.dep_ == "dobj" and child.lemma_.lower() in MOODS for child in children(action))


# Who tells views of what may come, not their own intentions ("Hamas says it would accept" is an intention).
PUNDITS = {"analyst", "expert", "observer", "critic", "economist", "scholar", "commentator", "researcher", "pundit",
           "strategist", "academic", "specialist", "forecaster"}


VIEWED_MODALS = {"would", "’d", "'d", "will", "’ll", "'ll", "could", "might", "may"}


def is_prediction(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What someone now expects would happen: "analysts say Tehran would [welcome] the closure", "critics say the
    agreement could [threaten] the base". A modal under an analyst's saying in the present tells a view of what may
    come, with no condition named; "would" under a saying in the past is the future told in the past, a plan ("said
    he would [visit] Beijing"), and with a condition a threat or a promise ("says it would [retaliate] if attacked").
    What a hazard will do no one plans: "only heavy rain will [put] the fires out" is a forecast."""
    if told_as_plan(action) and by_a_hazard(action):
        return True
    clause = action.head if action.dep_ == "conj" else action
    saying = clause.head
    # ("analysts believe the EU may make compromises" is an opinion of what may be, is_opinion_of_what_may_be)
    modals = {"would", "’d", "'d"} if saying.lemma_ in OPINION_VERBS else VIEWED_MODALS
    return clause.dep_ == "ccomp" and saying.lemma_ in REPORTING_VERBS and saying.tag_ in {"VBZ", "VBP"} and any(
        child.dep_ == "nsubj" and child.lemma_.lower() in PUNDITS for child in children(saying)) \
        and any(child.dep_ == "aux" and child.lower_ in modals for child in children(action)) \
        and not any(child.dep_ in {"advcl", "mark"} and child.lower_ in {"if", "unless"} or child.dep_ == "advcl"
                    and any(mark.lower_ in {"if", "unless"} for mark in children(child)) for child in children(action))


# What a happening or a thing stirs in minds: "the attack has highlighted [insecurity]", "raises [questions]".
MINDS = {"interest", "question", "doubt", "fear", "tension", "attention", "insecurity", "hope", "speculation",
         "uncertainty", "awareness", "suspicion", "expectation", "importance", "debate", "worry", "anxiety",
         "confidence", "optimism", "pessimism", "skepticism", "scepticism", "curiosity", "perception"}
# ... but a question answered or dodged is someone's act, whatever the parser took for its subject.
HANDLING = {"ask", "answer", "dodge", "field", "deflect", "avoid", "address", "evade", "sidestep", "duck", "take"}


# How a mood goes: it spreads, grows or fades ("fear spread", "tensions rose", "attention returned to the judges").
SPREADING = {"spread", "grow", "rise", "mount", "deepen", "increase", "heighten", "build", "linger", "persist", "ease",
             "subside", "fade", "return", "remain"}


def is_effect_on_minds(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What a happening, a decision or a thing does to minds, not to anyone: "a deadly attack has [highlighted]
    ongoing insecurity", "the filing of the charges has [intensified] interest", "Thursday's decision [made] it
    clear". Not a doer's ("the U.S. raised concerns", "Trump made it clear": sayings), nor a reaction an act
    draws ("the arrest drew condemnation")."""
    # (or what was just told: "the IAEA no longer monitors, and that has [raised] many questions")
    subject = thing_subject(action) or next((child for child in children(action) if child.dep_ == "nsubj"
                                             and child.pos_ == "PRON" and child.lower_ in {"that", "this"}), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in MOODS | MINDS and lemma(action) in SPREADING \
            and not any(child.dep_ == "dobj" for child in children(action)):
        return True  # "fear [spread] throughout the nation", "tensions rose": a condition ("panic broke out": news)
    if lemma(action) in FEELINGS - {"move", "touch"} and any(child.dep_ == "dobj" and (
            child.ent_type_ == "NORP" or child.pos_ == "PRON" or lemma(child) in PEOPLE) for child in children(action)):
        # "the prison break [shocked] Haitians", "the news [saddened] us": a people's mood ("Trump surprised
        # reporters" is his act, "Ankara's test angered Washington" a state's reaction)
        return True
    if lemma(action) not in HANDLING \
            and any(child.dep_ == "dobj" and lemma(child) in MINDS for child in children(action)):
        return True
    # "made it clear", "will make it unlikely": a judgement of what it means
    return lemma(action) == "make" and any(child.dep_ in {"ccomp", "oprd", "xcomp"} and child.pos_ == "ADJ" and any(
        grand.lower_ == "it" for grand in children(child)) for child in children(action))


def denied(reported: Token) -> bool:
    """Whether a saying denies it tells what it reports: "can't tell you the market is going to go up", "did not say
    whether troops left"; not what it takes as given: "did not specify how many forces had left" (they left)."""
    return any(child.dep_ == "neg" for child in children(reported.head)) and not any(
        word.tag_ in {"WRB", "WDT", "WP", "WP$"} for word in reported.doc[reported.left_edge.i:reported.i])


def undone(reported: Token) -> bool:
    """Whether a saying reports that an act PLOVER codes did not happen: in "the army said it did not [attack] the
    village" the event is the army's saying, a denial, not an attack (a refusal, "will not cooperate", and a
    failure, "failed to reach agreement", are events of their own; "said the battle is not won" tells a view)."""
    return says_not(reported) and bool(lexicon_type(reported, on_place=False)) and not told_as_plan(reported) \
        and not fails(reported)
