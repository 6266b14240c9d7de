"""What kind of event: its PLOVER-style type, the family of synonyms it belongs to, and how it is told
(planned, negated, hypothetical...)."""
from __future__ import annotations

from spacy.tokens import Token

from helpers.events.spans import EntityIndex, phrase
from helpers.lexicon import CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, REPORTING_VERBS
from helpers.nlp import PLACE_LABELS

# Verbs that say the same thing in other words: merged across reports under the first.
ACTION_CLASSES = {
    # who took control from whom is the actor's business; the action is the same
    "take": {"recapture", "retake", "liberate", "reclaim", "free", "regain", "capture", "seize", "take", "occupy",
             "overrun", "annex", "enter", "retook"},  # "retook": the small model's lemma of "retook"
    "attack": {"attack", "shell", "strike", "bomb", "hit", "pound", "target", "fire", "launch"},
    "withdraw": {"withdraw", "retreat", "flee", "leave", "abandon", "cede", "pull", "fall", "regroup"},
    "repel": {"repel", "repulse", "thwart", "stop", "halt", "hold"},
    "kill": {"kill", "die"},
    "advance": {"advance", "push", "sweep", "move", "break"},
}
# States and comments on the reporting, not things that happened: kept as events, left off the timeline.
# "come" only says when something else happened: "the strikes came a day after Ukraine took Izium".
NOT_EVENTS = {"be", "have", "come", "lie", "remain", "seem", "appear", "include", "mean", "need", "want", "become",
              "stand", "contain", "consist", "belong", "know", "think", "hope", "feel", "look", "verify", "expect",
              "give"}

# PLOVER-style types (the PLOVER event codebook), kept to what a news timeline needs. A verb is
# looked up as "lemma particle" ("pull back"), then "lemma object" ("take control", "send troop":
# the object's lemma), then "lemma"; a key listed twice keeps its first type, so order matters.
EVENT_TYPES: dict[str, set[str]] = {
    "RETREAT": {"withdraw", "retreat", "flee", "abandon", "cede", "regroup", "evacuate", "exit", "pull back",
                "pull out", "fall back", "move out", "leave", "leave position", "lose ground", "lose control"},
    "ASSAULT": {"attack", "shell", "strike", "bomb", "hit", "pound", "fire", "shoot", "kill", "wound", "destroy",
                "damage", "invade", "storm", "assault", "raid", "ambush", "recapture", "retake", "retook", "liberate",
                "capture", "seize", "occupy", "overrun", "annex", "take control", "gain control", "push back",
                "repel", "repulse", "break through", "advance", "knock out", "massacre", "explode"},
    "MOBILIZE": {"mobilize", "mobilise", "deploy", "reinforce", "amass", "mass", "concentrate", "station",
                 "move troop", "send troop", "move reinforcement", "call up", "conscript", "draft"},
    "AID": {"aid", "donate", "supply", "deliver", "pledge aid", "send aid", "provide aid", "announce aid",
            "provide", "rescue", "evacuate civilian", "shelter", "feed", "treat"},
    "SANCTION": {"sanction", "embargo", "boycott", "ban", "expel", "freeze", "suspend", "cut tie", "impose sanction",
                 "recall ambassador"},
    "PROTEST": {"protest", "demonstrate", "rally", "march", "picket", "riot"},
    "THREATEN": {"threaten", "menace", "vow retaliation", "issue ultimatum"},
    "ACCUSE": {"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "charge", "allege"},
    "REJECT": {"reject", "refuse", "veto", "dismiss", "rebuff", "decline"},
    "REQUEST": {"ask", "request", "urge", "appeal", "demand", "call for", "plead", "seek", "petition"},
    "AGREE": {"agree", "sign", "accept", "approve", "ratify", "settle", "promise", "pledge", "endorse deal"},
    "CONSULT": {"meet", "visit", "talk", "discuss", "negotiate", "consult", "host", "hold talk", "phone",
                "hold meeting"},
    "COOPERATE": {"cooperate", "collaborate", "coordinate", "ally", "partner", "share intelligence", "join"},
    "CONCEDE": {"concede", "surrender", "capitulate", "apologize", "apologise", "yield", "release", "lift sanction",
                "give up", "acknowledge", "admit"},
    "SUPPORT": {"support", "back", "praise", "endorse", "welcome", "thank", "congratulate", "commend", "defend"},
    "COERCE": {"arrest", "detain", "confiscate", "deport", "blockade", "besiege", "censor", "cut off",
               "impose curfew"},
}
# Verbs that only mean taking ground when they act on a place ("entered Balakliia", "took Izium");
# "entered talks", "took a decision" are not assaults.
PLACE_ASSAULTS = {"enter", "take", "fall", "reach", "cross"}
# "decided to regroup", "plans to attack": the event is the complement, planned, not yet done.
PLANNING = {"plan", "intend", "prepare", "decide", "aim", "vow", "promise", "pledge", "resolve", "seek", "try",
            "attempt"}
# Heads whose complement did not happen by the source's account: "denied shelling", "failed to take".
NEGATING = {"deny", "refute", "fail"}
# Nouns naming a change of control or an attack of a place ("the fall of Kupiansk", "the recapture
# of Balakliia"): events when dated in their clause, so a recap corroborates what it recaps.
NOMINAL_EVENTS = {"fall": "ASSAULT", "recapture": "ASSAULT", "capture": "ASSAULT", "liberation": "ASSAULT",
                  "seizure": "ASSAULT", "withdrawal": "RETREAT", "retreat": "RETREAT", "pullback": "RETREAT",
                  "shelling": "ASSAULT", "bombing": "ASSAULT", "invasion": "ASSAULT", "strike": "ASSAULT",
                  "airstrike": "ASSAULT", "attack": "ASSAULT", "raid": "ASSAULT", "bombardment": "ASSAULT",
                  "visit": "CONSULT"}


TYPE_OF: dict[str, str] = {}
for _type, _keys in EVENT_TYPES.items():
    for _key in _keys:
        TYPE_OF.setdefault(_key, _type)


def action_name(action: Token, target: Token | None) -> str:
    """The action as the events table names it: the lemma ("retake"), "be" and its adjective ("be
    indicative"), a planning verb with what it plans ("decide to regroup")."""
    name = action.lemma_.lower() if action.lemma_.isalpha() else "be"
    if name == "be" and target is not None and target.pos_ == "ADJ":
        name = f"be {target.lower_}"
    complement = planned(action)
    if complement is not None and complement.lemma_.isalpha():
        name = f"{name} to {complement.lemma_.lower()}"  # "decide to regroup": see action_class
    return name


def action_class(action: str) -> str:
    """The verb that stands for a family of synonyms ("retake" -> "take"); a plan is of the kind of what
    it plans ("decide to regroup" -> "withdraw")."""
    words = action.split()
    verb = words[-1] if len(words) == 3 and words[1] == "to" else words[0]
    for name, members in ACTION_CLASSES.items():
        if verb in members:
            return name
    return action


def kind_of(action: str) -> str:
    """The events table's `kind`: the action's family of synonyms (action_class), which the timeline
    merges on, or "" for a state ("lie", "be indicative": NOT_EVENTS), left off the timeline."""
    words = action.split()
    return "" if not words or words[0] in NOT_EVENTS else action_class(action)


def type_of(action: Token, entities: EntityIndex, *, placed: bool, statement: bool) -> str:
    """The type of an event: a noun's from NOMINAL_EVENTS, a verb's from event_type (where a verb that
    takes ground only when it acts on a place needs the event to have a place, `placed`)."""
    if action.pos_ == "NOUN":
        return NOMINAL_EVENTS.get(action.lemma_.lower(), "")
    return event_type(action, entities, on_place=placed and acts_on_place(action, entities), statement=statement)


def event_type(action: Token, entities: EntityIndex, *, on_place: bool, statement: bool) -> str:
    """The PLOVER-style type of an action: "pulled back" RETREAT, "took control" ASSAULT, "said" STATEMENT.

    Looked up in EVENT_TYPES as "lemma particle", then "lemma object", then "lemma"; verbs of
    PLACE_ASSAULTS ("entered", "took") are ASSAULT only when they act on a place. A planning
    verb ("decided to regroup") or "failed to" takes the type of what it governs. A reporting
    verb with no type of its own ("said", "warned") is STATEMENT (reported speech), "accused"
    ACCUSE. "" when nothing fits: states ("lies", "remains") and everyday verbs.
    """
    lemma = action.lemma_.lower()
    complement = planned(action)
    if complement is None and lemma == "fail":
        complement = next((child for child in action.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    if complement is not None:
        return event_type(complement, entities, on_place=on_place or acts_on_place(complement, entities),
                          statement=False)
    keys = [f"{lemma} {child.lower_}" for child in action.children
            if child.dep_ in {"prt", "prep"} or (child.dep_ == "advmod" and child.lower_ in {"back", "out", "off"})]
    keys += [f"{lemma} {child.lemma_.lower()}" for child in action.children if child.dep_ == "dobj"]
    for key in (*keys, lemma):
        if key in TYPE_OF:
            return TYPE_OF[key]
    if lemma in PLACE_ASSAULTS and on_place:
        return "ASSAULT"
    return "STATEMENT" if statement else ""


def planned(action: Token) -> Token | None:
    """What a planning verb governs: "regroup" in "decided to regroup", "attack" in "is going to attack"."""
    if action.lemma_.lower() in PLANNING or (action.lower_ in {"going", "about"}):
        return next((child for child in action.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    return None


def acts_on_place(action: Token, entities: EntityIndex) -> bool:
    """Whether the action's object (or, for "Kupiansk fell", its subject) is a named place."""
    for child in action.children:
        if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and entities.inside(phrase(child)) \
                and entities.inside(phrase(child))[0].label_ in PLACE_LABELS:
            return True
        if child.dep_ == "dobj" and child.lower_ == "control":  # "took control of Izium"
            return True
    if action.dep_ in {"acl", "relcl"} and action.head.ent_type_ in PLACE_LABELS:
        return True  # "Kupiansk, retaken on ...", "Izium, which troops entered"
    return any(child.dep_ == "advmod" and child.ent_type_ in PLACE_LABELS for child in action.children)


def is_negated(action: Token) -> bool:
    """Whether the source says the action did not happen: "did not capture", "never attacked",
    "denied shelling", "failed to take". A denial counts: it is the denying source's claim, and
    `cue` ("deny") tells it from a plain negation."""
    if any(child.dep_ == "neg" for child in action.children):
        return True
    if action.lemma_.lower() == "fail" and any(child.dep_ == "xcomp" for child in action.children):
        return True
    return action.dep_ in {"ccomp", "xcomp"} and action.head.lemma_.lower() in NEGATING


def modality_of(action: Token, *, sourced: bool, statement: bool) -> str:
    """How the report tells the action, the first that fits of:

    "hypothetical": a condition or a conditional modal ("if Ukraine holds the town", "could
    fall", "would come under threat"; "could not" is a fact, not a condition);
    "planned": intended, not yet done ("will attack", "going to", "plans to", "decided to regroup";
    "said demining would take weeks": the future told in the past);
    "claimed": told by a source (`source` is set); "asserted": told by the report itself (and
    statements: that someone said something is the report's own assertion).
    """
    negated = any(child.dep_ == "neg" for child in action.children)
    auxiliaries = {child.lower_ for child in action.children if child.dep_ in {"aux", "auxpass"}}
    marks = {child.lower_ for child in action.children if child.dep_ == "mark"}
    conditions = [child for child in action.children if child.dep_ == "advcl"
                  and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"} for mark in child.children)]
    reported = action.dep_ == "ccomp" and action.head.lemma_ in REPORTING_VERBS and action.head.tag_ in {"VBD", "VBN"}
    if reported and "would" in auxiliaries and not conditions and not marks & {"if", "unless"}:
        auxiliaries = (auxiliaries - {"would"}) | {"will"}  # "said demining would take weeks": will, told in the past
    if (auxiliaries & CONDITIONAL_AUXILIARIES and not negated) or marks & {"if", "unless"} or conditions:
        return "hypothetical"
    if auxiliaries & FUTURE_AUXILIARIES or (action.dep_ == "xcomp" and action.head.lower_ in {"going", "about"}) \
            or (action.dep_ == "xcomp" and action.head.lemma_.lower() in PLANNING) \
            or planned(action) is not None:
        return "planned"
    return "claimed" if sourced and not statement else "asserted"
