"""Clauses that tell no event by who does them or how they are held: a thing, a trend or a measure as the
doer, a feeling, an observation, a view shared, a role (rules of helpers.events.actions.NOT_NEWS)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex
from helpers.events.kinds import NOMINAL_EVENTS
from helpers.events.plover import VIOLENT_NOUNS
from helpers.events.roles import ACTOR_LABELS
from helpers.events.words import AGENT_SUFFIXES, FORCES, ISSUED, MEASURES, PARTS, PEOPLE
from helpers.lexicon import REPORTING_VERBS
from helpers.timex import Timex

# The model leaves contracted copulas with a curly apostrophe unlemmatised ("It’s", "they’re").
CONTRACTED = {"’s": "be", "’re": "be", "’m": "be", "’ve": "have"}


def lemma(token: Token) -> str:
    """The token's lemma, a contracted copula's too."""
    return CONTRACTED.get(token.lower_, token.lemma_.lower()) if token.pos_ in {"AUX", "VERB"} else token.lemma_.lower()


# Verbs of feeling: in the passive they tell how someone felt ("were [saddened] by reports"), no act.
FEELINGS = {"sadden", "shock", "surprise", "disappoint", "concern", "worry", "alarm", "horrify", "delight",
            "encourage", "dismay", "frustrate", "anger", "upset", "trouble", "disturb", "please", "relieve",
            "hearten", "stun", "appal", "appall", "outrage", "scare", "frighten", "terrify", "move", "touch"}
# Verbs of perceiving and finding: in the present progressive they tell what someone observes ("we are
# [seeing] more children affected"), with a change as their object a trend ("Pakistan has [seen] a sharp increase").
PERCEIVING = {"see", "find", "hear", "notice", "witness", "observe", "experience", "feel"}
CHANGES = {"increase", "rise", "surge", "decline", "drop", "fall", "spike", "jump", "growth", "decrease", "uptick",
           "boom", "slump", "influx", "upsurge", "downturn", "shift", "improvement", "deterioration"}
# Verbs that link their subject to a role with "as": "part of the island [served] as a station" is a state.
AS_LINKING = {"serve", "act", "emerge", "function", "double", "rank", "stand"}

# Verbs of a happening's course: an event noun that begins, goes on or ends is an event ("the process started").
ASPECTUAL = {"begin", "start", "end", "finish", "conclude", "continue", "resume", "go", "take", "happen", "occur",
             "expire", "last", "break", "erupt", "escalate", "intensify", "unfold", "stall", "open", "close",
             "collapse", "fail", "succeed", "arise", "come", "emerge", "spread", "subside", "progress"}
# What a document or a study does: says, shows, and orders ("the study found", "a 2021 notice required limits").
DOCUMENT_VERBS = REPORTING_VERBS | {"show", "find", "reveal", "indicate", "suggest", "cite", "profile", "detail",
                                    "document", "spell", "require", "ban", "order", "allow", "permit", "prohibit",
                                    "target", "extend", "establish", "impose", "grant", "mandate", "restrict",
                                    "limit", "apply", "authorize", "call"}
# What an act done to someone draws: the reaction is an event of others ("the arrest drew condemnation").
REACTIONS = {"condemnation", "criticism", "outrage", "backlash", "protest", "praise", "support", "concern",
             "anger", "fury", "rebuke", "response", "reaction", "sympathy", "calls", "demand"}
# Entities whose name can act: an actor's (people, groups, places that stand for who rules them), and events,
# laws and works.
DOERS = ACTOR_LABELS | {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
# Nouns of events: an attack, a strike, a visit or a protest does what it is told to do ("shelling cut power").
EVENT_NOUNS = set(NOMINAL_EVENTS) | set(VIOLENT_NOUNS) | {"fighting", "clash", "war", "battle", "conflict", "violence",
                                                          "unrest", "riot", "protest", "demonstration", "storming", "talks",
                                                          "discussion", "negotiation", "meeting", "summit"}


def is_thing_doing(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A thing, a trend or a measure told as the doer: "relations between the allies have [plummeted]", "the
    Asian population nearly [doubled]", "the tariffs would [lead] to higher prices", "washed-away roads [made]
    the task difficult", "paying extra can [add] comfort". No one acts, so there is no event an analyst codes.
    A person, a group or a place that stands for its rulers acts, and so do a force of nature, a weapon, a
    vehicle and a fight ("a cyclone [hit]", "shelling [cut] power"); a happening that begins, goes on or ends
    is one ("the peace process [started] in Doha"); a document says and orders what its issuer does ("an
    indictment [described] a plan"); what an act draws is others' reaction ("the arrest [drew] condemnation").
    A change told on a day is news; names, pronouns and bare numbers are left to whom they stand for; a
    passive's subject is acted on."""
    if action.pos_ != "VERB" or lemma(action) in ASPECTUAL \
            or any(child.dep_ in {"auxpass", "nsubjpass"} for child in action.children):
        return False
    when = governing_timex(action, sentence, timexes)
    if when is not None and when.resolved_start and when.resolved_end \
            and (when.resolved_end - when.resolved_start).days < 7:
        return False  # a change on a day is news: "infections [surged] in Nigeria on Monday"
    subjects = [child for child in action.children if child.dep_ in {"nsubj", "csubj"}]
    subject = subjects[0] if len(subjects) == 1 else None  # two subjects: a parse gone wrong ("co-founder Jobs")
    if subject is None or any(child.dep_ == "dobj" and child.lemma_.lower() in REACTIONS for child in action.children):
        return False
    if subject.dep_ == "csubj" or subject.tag_ == "VBG":
        # an activity with its own object or complement ("[paying] extra"), not a fight named ("fighting")
        return subject.lower_ not in EVENT_NOUNS and any(
            child.dep_ in {"dobj", "acomp", "attr", "xcomp", "ccomp", "advmod", "auxpass", "prep"}
            for child in subject.children)
    head = through_part(subject)
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in DOERS or any(
            child.dep_ in {"compound", "appos", "nmod"} and (child.ent_type_ in DOERS or child.pos_ == "PROPN")
            for child in head.children):
        return False  # "the technology blog Gizmodo", "Apple Inc. co-founder Steve Jobs"
    if head.text[:1].isupper() and (head.i > sentence.start or any(
            token.text == head.text and token.i != head.i and token.ent_iob_ == "B" and token.ent_type_ in DOERS
            and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") for token in head.doc)):
        return False  # a name the tagger took for a noun ("Trump blocked the sale", named so elsewhere)
    nouns = {head.lemma_.lower(), head.lower_}
    if nouns & MEASURES:
        return True
    doer = bool(nouns & (PEOPLE | FORCES | EVENT_NOUNS)) or any(noun.endswith(AGENT_SUFFIXES) for noun in nouns)
    return not (doer or (nouns & ISSUED and lemma(action) in DOCUMENT_VERBS))


def through_part(subject: Token) -> Token | None:
    """The noun that names who a quantity is of ("thousands of [people]", "some of the [dentists]", "[part] of the
    island"); None for a quantity alone ("half are burning"), whose doer is told before."""
    if subject.lemma_.lower() not in PARTS and subject.ent_type_ != "CARDINAL":
        return subject
    of = next((child for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    named = next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None
    return through_part(named) if named is not None else None


def is_feeling(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """How someone felt, in the passive of a verb of feeling: "we were [saddened] by reports of lives lost",
    "officials are [concerned]". The act that moved them is an event of its own ("the break shocked Haitians")."""
    return lemma(action) in FEELINGS and any(child.dep_ == "auxpass" for child in action.children)


def is_observation(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What someone observes, not an act: a verb of perceiving in the present progressive ("we are also
    [seeing] more children affected", "we're [finding] that ...") or one whose object is a change ("Pakistan
    has [seen] a sharp increase in terrorism", "hotels [experienced] a surge in bookings")."""
    if lemma(action) not in PERCEIVING:
        return False
    # the progressive's auxiliary may be its first conjunct's: "they're looking at ... and [seeing] it's a window"
    carrier = action.head if action.dep_ == "conj" and action.head.tag_ == "VBG" else action
    progressive = action.tag_ == "VBG" and any(child.dep_ == "aux" and child.tag_ in {"VBP", "VBZ"}
                                               and lemma(child) == "be" for child in carrier.children)
    change = any(child.dep_ == "dobj" and child.lemma_.lower() in CHANGES for child in action.children)
    return progressive or change


def is_view_shared(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Agreeing with a view, not with someone on something: "he [agreed] with Biden's recent remark", "she
    agreed with officials' concerns" (an opinion); "Kyiv agreed with Moscow on a truce" names a side."""
    # (agreeing to do something is an act: "agreed to lift embargoes, with strings attached")
    return lemma(action) in {"agree", "disagree", "concur"} and not any(
        child.dep_ in {"xcomp", "ccomp"} for child in action.children) and any(
        child.dep_ == "prep" and child.lower_ == "with" and child.i > action.i and any(
            grand.dep_ == "pobj" and grand.pos_ == "NOUN" and not grand.ent_type_ for grand in child.children)
        for child in action.children)


def is_role(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A subject linked to a role by "as": "part of the island [served] as an immigration station", "Vietnam is
    [emerging] as a key player". A state, like a copula; with an object it is an act ("used the base as ...")."""
    return lemma(action) in AS_LINKING and not any(child.dep_ in {"dobj", "dative"} for child in action.children) \
        and any(child.dep_ == "prep" and child.lower_ == "as" for child in action.children)
