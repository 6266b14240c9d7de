"""What a clause tells by its grammar when it tells no event: a state or a link ("it [is] clear", "that [proved]
impossible"), the simple present of a habit or a view, a habit, a question, a heading, a command (rules of
helpers.events.actions.NOT_NEWS)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex, spans_at_least
from helpers.events.nonevents import due, lemma
from helpers.events.spans import is_headline, text_of
from helpers.events.tree import children
from helpers.events.words import ACTING_WITH_ADJECTIVES, HABITUAL, NOT_EVENTS, OPINION_VERBS, READY, repeated
from helpers.lexicon import REPORTING_VERBS, SPEECH_VERBS
from helpers.timex import Timex

COPULAS = {"be", "have"}
# The adverbs that make a phrasal verb, which the parser may not label a particle ("came [back]").
PARTICLES = {"back", "out", "off", "away", "up", "down", "in", "over"}
PROVING = {"prove", "turn"}  # "that [proved] impossible", "the plan [turned] out futile" (not "called it baseless")
# The types that are no PLOVER category: none, and STATEMENT (a saying of no category of its own).
UNCODED = {"", "STATEMENT"}
# Verbs of regard: "X is viewed as Y", "deemed red zones" tell a judgement, not an act.
REGARD = {"view", "regard", "consider", "deem", "perceive", "see"}
# Verbs that take a to-infinitive without planning it: "many women [struggle] to get jobs" is a state.
NO_PLAN = {"struggle", "tend", "need", "seem", "appear", "happen", "fail", "like", "love", "hate", "prefer",
           "deserve", "manage", "have"}


def is_question(sentence: Span) -> bool:
    """A sentence that asks ("What is the U.S. doing?", "“Who will pay?”"): it tells nothing happened."""
    return text_of(sentence).rstrip().rstrip("”\"’' ").endswith("?")


# Verbs of state (the stative class of grammars: having, liking, lacking, awaiting): no news event ("he has
# [enjoyed] eating dog", "was [awaiting] trial"); and "refer", which points at an event told elsewhere. Kept out
# of NOT_EVENTS, which also sets what an event-by-event
# timeline (SemEval-2015) leaves off: its annotators mark these as events (with them there: trial F1 26.73 -> 25.59).
STATIVE = {"enjoy", "await", "deserve", "lack", "own", "possess", "resemble", "matter", "depend", "prefer", "like",
           "love", "hate", "wish", "exist", "refer",
           # ... and of where and what something is, or what it bears on: "are believed to [live] in the Cleveland
           # area", "the authority [stems] from the 1952 act", "the arrest is [related] to his interviews", "those
           # [involved]", "children [rely] on the internet", "the kingdom [encompassed] Guinea-Bissau"
           "live", "reside", "stem", "relate", "involve", "rely", "encompass", "comprise", "span", "border", "owe",
           "date", "outnumber", "outweigh",  # ("we were heavily [outnumbered] by taxi drivers")
           "rank",  # a place in a table ("students [ranked] in the bottom ten")
           # ... and a fear held: "many [worried] their efforts would fail"
           "worry", "fear"}
# What one holds as a state, not an act: a post, a title, a share ("held the presidency", "holds a majority").
POSTS = {"position", "post", "office", "title", "role", "job", "portfolio", "presidency", "chairmanship",
         "premiership", "citizenship", "passport", "degree", "record", "stake", "share", "rank"}
# ... held by one person ("the official who held the post"; not "troops held their positions", "Labour held the seat").
PERSONS = {"official", "man", "woman", "minister", "diplomat", "ambassador", "executive", "lawyer", "general"}
# Adjectives that, before a verb, tell an intention or a schedule: those of a plan (READY: "is due to meet") and of
# a wish or a likelihood ("is eager to return", "is likely to rise"), which tell no state either.
INTENT_ADJECTIVES = READY | {"eager", "keen", "about", "expected", "scheduled", "slated", "likely"}


def is_state(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Being, having and seeming: a copula ("it [is] just as intertwined"), a linking verb with an adjective
    ("[felt] terrible", "[remained] calm"), or a verb the timeline leaves off as a state (NOT_EVENTS), unless
    a particle makes it a movement ("tanks came back", "the rebels gave up their weapons")."""
    word = lemma(action)
    phrasal = word not in COPULAS and any(child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in PARTICLES)
                                           for child in children(action))
    # a linking verb takes no object ("shot [dead] three protesters" is an act), and an adjective that takes a
    # verb tells an intention ("is willing to send engineers"), not a state; nor does the adjective of an act
    # ("[pleaded] guilty", "[tested] positive"). "that [proved] impossible" links too, not in the passive ("was
    # [found] dead", "were [set] free": acts)
    linking = not any(child.dep_ in {"dobj", "dative"} for child in children(action)) and any(
        child.dep_ == "acomp" or (child.dep_ == "oprd" and child.pos_ == "ADJ" and word in PROVING and not any(
            other.dep_ in {"auxpass", "nsubjpass"} for other in children(action))) for child in children(action)) \
        and not intends(action) and word not in ACTING_WITH_ADJECTIVES
    # "Incirlik has been [viewed] as Ankara's trump card", "regions [deemed] red zones": a judgement held
    regarded = lemma(action) in REGARD and (any(child.dep_ == "auxpass" for child in children(action))
                                           or action.dep_ == "acl") and any(
        child.dep_ in {"prep", "oprd", "xcomp"} and (child.lower_ == "as" or child.dep_ == "oprd")
        for child in children(action))
    # "these vaccines have been [shown] to have a good safety profile", "is believed to be": a state, however found
    # (a passive: "agreed to have the case heard", "asked Cook to be responsible" are acts)
    of_state = any(child.dep_ == "xcomp" and lemma(child) in COPULAS for child in children(action)) \
        and any(child.dep_ == "auxpass" for child in children(action))
    # "16 million children are [suffering] horribly": suffering with nothing suffered is a condition
    suffering = word == "suffer" and not any(child.dep_ == "dobj" for child in children(action))
    # "who [held] Palmer's position in 2010-2011": a person holding a post is a state ("held talks" is an act, and so
    # is troops holding their positions); and what is [based] on or in something ("NATO will base troops": an act)
    holding = word == "hold" and any(child.dep_ == "dobj" and lemma(child) in POSTS for child in children(action)) \
        and any(child.dep_ == "nsubj" and (child.ent_type_ == "PERSON" or child.lower_ in {"who", "he", "she"}
                                           or (child.tag_ == "NN" and lemma(child) in PERSONS))
                for child in children(action))
    based = word == "base" and action.tag_ == "VBN" and not any(child.dep_ == "dobj" for child in children(action))
    return (word in NOT_EVENTS | STATIVE and not phrasal and not intends(action)) or linking or of_state \
        or regarded or suffering or holding or based


def intends(action: Token) -> bool:
    """A copula whose adjective of intention takes a verb: "Norway [is] willing to send engineers" (a plan, with
    a side); not one of ability or judgement ("has been able to raise", "is worth noting")."""
    return lemma(action) == "be" and any(
        child.dep_ == "acomp" and child.lower_ in INTENT_ADJECTIVES
        and any(grand.dep_ == "xcomp" and grand.pos_ == "VERB" for grand in children(child))
        for child in children(action))


def is_simple_present(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A clause in the simple present, outside a headline and undated: in a report it tells a habit, a
    state or an opinion ("anything new [requires] new learning", "I [doubt] it"), as events are told in the
    past, the progressive or the perfect. A saying is an event in any tense ("Moscow announces"), a
    headline tells the past in the present, a dated present is a schedule ("the summit starts Monday"; not
    "today it [faces] competition"), and a
    present intention tells a plan ("Ukraine plans to attack Kherson"). A saying of opinion in the present is
    an opinion ("he also [argues] the revenue does not benefit them")."""
    auxiliaries = [child for child in children(action) if child.dep_ in {"aux", "auxpass"}]
    present = action.tag_ in {"VBZ", "VBP"} and not auxiliaries
    # the passive likewise: "their hostility [is] directed at women", "the regions are [deemed] red zones"
    present = present or (action.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass"
                          and auxiliaries[0].tag_ in {"VBZ", "VBP"} and action.lower_ not in INTENT_ADJECTIVES)
    supported = action.tag_ == "VB" and auxiliaries and all(aux.lemma_ == "do" and aux.tag_ in {"VBZ", "VBP"}
                                                            for aux in auxiliaries)
    # "plans to attack"; but a verb that acts on an object first tells what it does ("these laws [prevent]
    # aid workers to negotiate")
    plans = intends(action) or (any(child.dep_ == "xcomp" and child.pos_ == "VERB" for child in children(action))
                                and not any(child.dep_ == "dobj" for child in children(action))
                                and lemma(action) not in NO_PLAN)
    # a saying needs something said ("Beijing denies the allegations"): "Bennett [reports] to the council" is a job
    saying = action.lemma_ in REPORTING_VERBS and action.lemma_ not in OPINION_VERBS and any(
        child.dep_ in {"ccomp", "parataxis", "dobj", "xcomp"} for child in children(action))
    return (present or bool(supported)) and not plans and not saying \
        and not is_headline(sentence) and not due(action, sentence, timexes)


def is_habit(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What happens as a rule, in any tense: "the person is usually [deported]", "the army often [shells] the
    town", "authorities have routinely [banned] rallies"; or is said as a rule ("the Taliban routinely deny
    [providing] sanctuary"). A habit is no dated event."""
    said = action.dep_ in {"ccomp", "xcomp"} and action.head.lemma_ in REPORTING_VERBS
    aimed = [grand for child in children(action) if child.dep_ == "xcomp" for grand in children(child)] + [
        grand for child in children(action) if child.dep_ == "dobj" and lemma(action) in WIELDED  # ("used the
        for verb in children(child) if verb.dep_ == "acl" and verb.pos_ == "VERB"  # power to deny visas in ...")
        for grand in children(verb)]
    adverbs = {child.lower_ for child in (*children(action), *(children(action.head) if said else ()))
               if child.dep_ == "advmod"}
    if adverbs & HABITUAL or {"over", "again"} <= adverbs:  # ("he has said over and over again that")
        when = governing_timex(action, sentence, timexes)
        # on a day told it happened that day, however often: "troops repeatedly fired on Monday"
        return when is None or when.type != "DATE" or when.resolved_start is None \
            or when.resolved_start != when.resolved_end
    # a count of times or cases, unless in a day or a week ("have arrested him three times this week")
    return any(map(repeated, (*children(action), *aimed))) \
        and spans_at_least(governing_timex(action, sentence, timexes), 28)


# Verbs of a power wielded, whose purpose clause tells how often: "used the authority to deny visas in hundreds
# of cases".
WIELDED = {"use", "exercise", "invoke", "apply"}


def is_heading(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A heading inside the story: a line without final punctuation whose verb has no subject and no tense
    ("[Countering] China", "[Rebuilding] after the floods"). A headline names its subject ("Zelensky visits Izium")."""
    # (not spans.is_headline: a line closed by a quotation mark it does not know, ``...'', or by a colon, is ended)
    if action != sentence.root or action.tag_ not in {"VBG", "VBN", "VB"} \
            or any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in children(action)):
        return False
    return not text_of(sentence).rstrip().rstrip("”\"’' ").endswith((".", "!", "?", ":", ";"))


def is_command(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """An imperative, in a quotation or a slogan: "“[Get] the drug cartels out of Canada”", "“[Bring] the jobs
    home”". The speaker's demand is news when the report tells it as one ("he urged Canada to ...")."""
    # ... or opening a quotation a saying gives: "He added, “[Believe] me when I say ...”"
    said = action.dep_ in {"ccomp", "parataxis", "xcomp"} and action.head.lemma_ in SPEECH_VERBS \
        and action.i > 0 and action.doc[action.i - 1].is_quote
    return (action.dep_ == "ROOT" or said) and action.tag_ == "VB" and not any(
        child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for child in children(action))
