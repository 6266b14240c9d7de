"""What kind of event: its PLOVER type and mode, the family of synonyms it belongs to, and how it is told
(planned, negated, hypothetical...)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from helpers.events.plover import (ARMED, CATEGORIES, CATEGORY, CIVILIAN, COMMITMENTS, CONFLICT, COOPERATION,
                                   DOCUMENT_COMPOUNDS, FIGURATIVE_VIOLENCE, FORCES_RETREAT, GROUND, MOVEMENT,
                                   NOUN_TYPES, ONE_SIDED_MODES, PHASES, PLACE_TAKING, PROMISED,
                                   PROTEST_WITHOUT_OBJECT, STATEMENT, SUPPORT_VERBS, TRAVELLERS, UNTYPED,
                                   VERB_TYPES, VIOLENT_ACTS, VIOLENT_NOUNS, WARNINGS, WILLING)
from helpers.events.roles import nominal_roles
from helpers.events.spans import EntityIndex, phrase
from helpers.events.tree import children
from helpers.events.words import (ACTION_CLASSES, NOT_EVENTS, PEOPLE, PLANNING, READY, SCHEDULED, WAGING,
                                  acts_with_adjective, by_a_hazard)
from helpers.lexicon import CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, REPORTING_VERBS
from helpers.nlp import PLACE_LABELS

# The kit's types are PLOVER's categories (helpers/events/plover.py), and STATEMENT for reported speech of no category.
EVENT_TYPES: dict[str, set[str]] = {category.name: set(category.verbs) for category in CATEGORIES}
TYPE_OF: dict[str, str] = VERB_TYPES
# Heads whose complement did not happen by the source's account: "denied shelling", "failed to take".
NEGATING = {"deny", "refute", "fail"}
# Nouns naming a change of control or an attack of a place ("the fall of Kupiansk"): events when dated in their
# clause, so a recap corroborates what it recaps. Each with its category (noun_type decides a violent one's).
NOMINAL_EVENTS = {noun: NOUN_TYPES.get(noun, "ASSAULT") for noun in (
    "fall", "recapture", "capture", "liberation", "seizure", "withdrawal", "retreat", "pullback", "shelling",
    "bombing", "invasion", "strike", "airstrike", "attack", "raid", "bombardment", "visit")}
# Clauses a mode's words are not looked for in: they tell other events.
OTHER_CLAUSES = {"ccomp", "advcl", "conj", "relcl", "parataxis", "acl", "csubj"}
VIOLENCE = "FIGHT|ASSAULT"  # a violent act whose type who it hits decides
# The verbs the lexicon and its rules name, for telling a lemma the small model got wrong ("staged": "stag").
KNOWN_VERBS = {entry.split()[0] for entry in (*VERB_TYPES, *VIOLENT_ACTS, *UNTYPED, *FORCES_RETREAT)} \
    | SUPPORT_VERBS | COMMITMENTS | PHASES | PLACE_TAKING | WARNINGS | MOVEMENT | NOT_EVENTS


def action_name(action: Token, target: Token | None) -> str:
    """The action as the events table names it: the lemma ("retake"), "be" and its adjective ("be
    indicative"), a planning verb with what it plans ("decide to regroup"), a verb that carries out a violent
    act with the act ("carry out attack")."""
    name = action.lemma_.lower() if action.lemma_.isalpha() else "be"
    if name == "be" and target is not None and target.pos_ == "ADJ":
        name = f"be {target.lower_}"
    if name in WAGING and target is not None and target.lemma_.lower() in VIOLENT_NOUNS | ACTION_CLASSES["attack"]:
        # "carried out the attack", "launched airstrikes": the attack, merged with "attacked" (action_class)
        particle = next((child.lower_ for child in children(action) if child.dep_ == "prt"), "")
        return " ".join(word for word in (name, particle, target.lemma_.lower()) if word)
    complement = planned(action)
    if complement is not None and complement.lemma_.isalpha():
        name = f"{name} to {complement.lemma_.lower()}"  # "decide to regroup": see action_class
    return name


def type_of(action: Token, entities: EntityIndex, *, statement: bool) -> str:
    """The PLOVER type of an event: a noun's from its entry ("talks" CONSULT, "the shelling of Kharkiv" FIGHT),
    a verb's from event_type (where a verb that takes ground only when it acts on a place or ground, "entered
    Kupiansk", "captured the airport", is told whether it does). Kept with the report, as it is asked twice."""
    known = action.doc.user_data.setdefault(TYPES, {})
    if (action.i, statement) not in known:
        if action.pos_ == "NOUN":
            known[action.i, statement] = noun_type(action, entities)
        else:
            on_place = (acts_on_place(action, entities) or takes_ground(action)) and not unarmed_doer(action)
            known[action.i, statement] = event_type(action, entities, on_place=on_place, statement=statement)
    return known[action.i, statement]


TYPES = "newsline.types"  # their key in Doc.user_data


def unarmed_doer(action: Token) -> bool:
    """Whether who enters or takes a place is no force: "aid trucks entered Gaza", "thousands of migrants crossed"."""
    return any(child.dep_ == "nsubj" and any(word.lemma_.lower() in CIVILIAN | TRAVELLERS for word in [child, *(
        grand for of in children(child) if of.lower_ == "of" for grand in children(of))]) for child in children(action))


def takes_ground(action: Token) -> bool:
    """Whether the action's object is ground, named or not: "captured the airport", "took their positions",
    "the plant has been occupied"."""
    return any(child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in GROUND for child in children(action))


def event_type(action: Token, entities: EntityIndex, *, on_place: bool, statement: bool) -> str:
    """The PLOVER type of an action: "pulled back" RETREAT, "took control" FIGHT, "said" STATEMENT.

    A report of the speaker's own future act through "warned" is THREATEN, of what another "must" do
    DEMAND. A commitment takes the side of what it commits to ("pledged to send aid" AGREE, "vowed to
    retaliate" THREATEN); a planning verb ("decided to regroup"), "failed to" or a verb of a phase
    ("continued to send arms") the type of what it governs. Else the
    verb's entry in the lexicon (helpers/events/plover.py: "lemma prep object", "lemma particle", "lemma
    object", then "lemma"); verbs of PLACE_TAKING ("entered", "took") are FIGHT when they act on a place; a
    violent act is FIGHT or ASSAULT by whom it hits (violence_type); a support verb of no entry carrying an
    event noun takes the noun's ("held talks" CONSULT). A cooperative act still to come is an intention
    (PROMISED: AGREE), a conflictual one still to come on a condition a threat ("will boycott unless"), a
    cooperative one the clause negates a refusal (REJECT: "will no longer recognize the president"). A
    reporting verb with no type of its own ("said") is STATEMENT; "" when nothing fits.
    """
    reported = reported_type(action)
    if reported:
        return reported
    committed = commitment_type(action, entities)
    if committed is not None:
        return committed
    complement = governed(action)
    if complement is not None:
        return event_type(complement, entities, on_place=on_place or acts_on_place(complement, entities),
                          statement=False)
    kind = "" if acts_with_adjective(action) or by_a_hazard(action) else lexicon_type(action, on_place=on_place)
    if not kind and forces_leave(action, entities):
        kind = "RETREAT"
    if kind == VIOLENCE:
        kind = violence_type(action, victims_of(action), actor_of(action), entities)
        if verb_lemma(action) in FIGURATIVE_VIOLENCE and not violent_scene(victims_of(action), actor_of(action)):
            kind = ""  # "trade hit $1.1 billion", "the law targeted gaming addictions"
    if not kind and action.lemma_ not in REPORTING_VERBS:
        kind = object_noun_type(action, entities)
    if kind in PROMISED and told_as_future(action):
        kind = PROMISED[kind]
    if kind in CONFLICT and told_as_future(action) and conditional(action):
        kind = "THREATEN"  # "will boycott the elections unless the president steps down"
    if kind in COOPERATION and says_not(action):
        kind = "REJECT"  # a refusal: "will no longer recognize Farmajo", "will not cooperate"
    return kind or (STATEMENT if statement else "")


def fails(action: Token) -> bool:
    """Whether the verb is "failed to" something: "failed to take Bakhmut"."""
    return action.lemma_.lower() == "fail" and any(child.dep_ == "xcomp" for child in children(action))


def says_not(action: Token) -> bool:
    """Whether the clause itself negates its verb: "did not", "never", "will no longer", "neither Britain nor
    Mauritius have confirmed" (not a denial, which negates through its own verb)."""
    return any(child.dep_ == "neg" or child.lower_ == "longer" and any(grand.dep_ == "neg" for grand in children(child))
               or child.dep_ in {"nsubj", "nsubjpass"} and any(grand.lower_ == "neither" for grand in children(child))
               for child in children(action))


def forces_leave(action: Token, entities: EntityIndex) -> bool:
    """Whether forces or a state leave, flee or abandon ("Russian troops fled Izium", or "they": in war news
    mostly a side), which is a retreat; people fleeing or a minister leaving is not."""
    keys = entry_keys(action)
    actor = actor_of(action)
    return any(key in FORCES_RETREAT for key in keys) and actor is not None \
        and (bool(set(noun_keys(actor)) & ARMED) or is_state(actor, entities) or actor.lower_ == "they")


def governed(action: Token) -> Token | None:
    """The act whose type a verb takes: what a planning verb plans ("decided to regroup"), what "failed to"
    or a verb of a phase governs ("continued to send arms", "began shelling")."""
    complement = planned(action)
    if complement is None and verb_lemma(action) in PHASES | {"fail"}:
        complement = next((child for child in children(action) if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    return complement


def conditional(action: Token) -> bool:
    """Whether the action hangs on a condition: "unless the president steps down", "if talks fail"."""
    return any(child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"}
                                             for mark in children(child)) for child in children(action))


def verb_lemma(action: Token) -> str:
    """The verb's lemma, or, when the model's lemma is no verb the lexicon knows, the known verb its written
    form is an inflection of ("staged" -> "stage", where the small model says "stag")."""
    return known_lemma(action.lemma_.lower(), action.tag_, action.lower_)


@lru_cache(maxsize=8192)  # (every rule of what tells no event asks it of the same verbs)
def known_lemma(lemma: str, tag: str, written: str) -> str:
    if lemma in KNOWN_VERBS or not tag.startswith("VB"):
        return lemma
    stems = [written[:-3] + "y", written[:-2], written[:-1], written[:-3]] if written.endswith("ied") else \
        [written[:-1], written[:-2], written[:-3]] if written.endswith("ed") else \
        [written[:-3] + "e", written[:-3], written[:-4]] if written.endswith("ing") else \
        [written[:-1], written[:-2]] if written.endswith("s") else []
    return next((stem for stem in stems if stem in KNOWN_VERBS), lemma)


def entry_keys(action: Token) -> tuple[str, ...]:
    """The lexicon keys of a verb, most specific first: "lemma prep object" ("withdraw from treaty", or by the
    object's entity label: "release to PERSON"), "lemma
    particle" ("pull back", "call for"), "lemma object" ("impose sanction", "impose martial law"; the passive
    subject is the object: "sanctions were imposed"; a named object also by its entity label, "release
    PERSON"), then "lemma". Kept with the report (TYPES), as every rule of type asks for them."""
    known = action.doc.user_data.setdefault(TYPES, {})
    if ("keys", action.i) not in known:
        known["keys", action.i] = tuple(verb_keys(action))
    return known["keys", action.i]


def verb_keys(action: Token) -> list[str]:
    lemma = verb_lemma(action)
    keys = [key for child in children(action) if child.dep_ == "prep" for noun in children(child)
            if noun.dep_ == "pobj" for key in (f"{lemma} {child.lower_} {noun.lemma_.lower()}",
                                               f"{lemma} {child.lower_} {noun.ent_type_}" if noun.ent_type_ else "")
            if key]
    keys += [f"{lemma} {child.lower_}" for child in children(action) if child.dep_ == "prt"
             or (child.dep_ == "prep" and child.i > action.i and not temporal(child))
             or (child.dep_ == "advmod" and child.lower_ in {"back", "out", "off", "down", "together", "ahead", "on"})]
    keys += [f"{lemma} for" for child in children(action) if child.dep_ == "advcl" and any(  # "called for the army to
        mark.dep_ == "mark" and mark.lower_ == "for" for mark in children(child))]  # hand over": the verb's "for"
    for noun in (child for child in children(action) if child.dep_ in {"dobj", "nsubjpass"}):
        modifiers = [modifier.lemma_.lower() for modifier in children(noun) if modifier.dep_ in {"compound", "amod"}]
        keys += [f"{lemma} {modifier} {noun.lemma_.lower()}" for modifier in modifiers]
        keys.append(f"{lemma} {noun.lemma_.lower()}")
        if noun.ent_type_:
            keys.append(f"{lemma} {noun.ent_type_}")  # "released Mahendra Chaudhry": "release PERSON"
        keys += [f"{lemma} {modifier}" for modifier in modifiers]  # "ended mediation efforts": "end mediation"
    return [*keys, lemma]


def temporal(preposition: Token) -> bool:
    """Whether a preposition only dates the act ("on Wednesday", "for two weeks"): not part of a phrasal verb."""
    return any(noun.dep_ == "pobj" and noun.ent_type_ in {"DATE", "TIME"} for noun in children(preposition))


def lexicon_type(action: Token, *, on_place: bool) -> str:
    """The type of the first of a verb's keys (entry_keys) the lexicon lists: a category, VIOLENCE for a
    violent act, "" for an UNTYPED one or none; a verb of PLACE_TAKING acting on a place is FIGHT."""
    if verb_lemma(action) in PLACE_TAKING and on_place:
        return "FIGHT"
    if verb_lemma(action) in PROTEST_WITHOUT_OBJECT and any(child.dep_ == "dobj" for child in children(action)):
        return ""
    for key in entry_keys(action):
        if key in UNTYPED:
            return ""
        if key in VERB_TYPES:
            return VERB_TYPES[key]
        if key in VIOLENT_ACTS:
            return VIOLENCE
    return ""


def noun_keys(noun: Token) -> list[str]:
    """A noun's lexicon keys: with its compound or adjective ("hunger strike", "joint exercise"), then alone;
    none after a document word ("a press release")."""
    modifiers = [child for child in children(noun) if child.dep_ in {"compound", "amod"}]
    if any(modifier.lemma_.lower() in DOCUMENT_COMPOUNDS for modifier in modifiers):
        return []
    return [*(f"{modifier.lemma_.lower()} {noun.lemma_.lower()}" for modifier in modifiers), noun.lemma_.lower()]


def noun_type(noun: Token, entities: EntityIndex) -> str:
    """The type an event noun names: its entry ("hunger strike" PROTEST, "talks" CONSULT), or for a violent
    one ("attack", "strike") FIGHT or ASSAULT by whom it hits ("the attack on the hospital")."""
    for key in noun_keys(noun):
        if key in NOUN_TYPES:
            return NOUN_TYPES[key]
        if key in VIOLENT_NOUNS:
            actor, target = nominal_roles(noun)
            return violence_type(noun, [target] if target is not None else [], actor, entities)
    return ""


def object_noun_type(action: Token, entities: EntityIndex) -> str:
    """The type of the event noun a verb of no type of its own carries: a support verb's object ("held talks",
    "staged a hunger strike", "launched an investigation"), what a verb of movement goes to or takes part in
    ("arrived on a visit", "return to Geneva for talks", "engaged in talks")."""
    lemma = verb_lemma(action)
    nouns = [child for child in children(action) if child.dep_ in {"dobj", "nsubjpass"}] \
        if lemma in SUPPORT_VERBS else []
    if lemma in MOVEMENT:
        nouns += [noun for child in children(action) if child.dep_ == "prep" and child.lower_ in {"for", "on", "in"}
                  for noun in children(child) if noun.dep_ == "pobj"]
    for noun in nouns:
        kind = noun_type(noun, entities)
        if kind:
            return kind
    return ""


def victims_of(action: Token) -> list[Token]:
    """Who or what a violent act hits: its object, its passive subject, what it is "on", "against" or "at",
    the noun a participle qualifies ("the plant hit on Sunday")."""
    hit = [child for child in children(action) if child.dep_ in {"dobj", "nsubjpass"}]
    if action.dep_ == "acl" and action.head.pos_ in {"NOUN", "PROPN"}:
        hit.append(action.head)  # "the power plant hit two days ago"
    hit += [noun for child in children(action) if child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}
            for noun in children(child) if noun.dep_ == "pobj"]
    return [token for victim in hit for token in (victim, *victim.conjuncts)]


def actor_of(action: Token) -> Token | None:
    """Who acts: the subject, or the agent of a passive ("killed by Russian shelling")."""
    for child in children(action):
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((noun for noun in children(child) if noun.dep_ == "pobj"), None)
    return None


def violence_type(action: Token, victims: list[Token], actor: Token | None, entities: EntityIndex) -> str:
    """FIGHT or ASSAULT for a violent act: ASSAULT when the manner is one-sided (a roadside bomb, a
    kidnapping: ONE_SIDED_MODES) or civilians or what is theirs are hit ("residential districts", "the power
    line"), FIGHT when armed forces are; else
    FIGHT when forces or a state act ("Russia shelled Kharkiv"); else ASSAULT ("gunmen attacked a village")."""
    if mode_of(action, "ASSAULT") in ONE_SIDED_MODES:
        return "ASSAULT"
    hit = {key for victim in victims for key in noun_keys(victim)} \
        | {modifier.lemma_.lower() for victim in victims for modifier in children(victim) if modifier.dep_ == "amod"}
    if hit & CIVILIAN:
        return "ASSAULT"
    if hit & ARMED:
        return "FIGHT"
    if actor is not None and (set(noun_keys(actor)) & ARMED or is_state(actor, entities)):
        return "FIGHT"
    return "ASSAULT"


def violent_scene(victims: list[Token], actor: Token | None) -> bool:
    """Whether who acts or is hit can take part in violence: people, forces, places, weapons (named, or
    words of ARMED, CIVILIAN, GROUND), or a personal pronoun; "products", "a record", "$1.1 billion" cannot."""
    for token in (*victims, *([actor] if actor is not None else [])):
        if token.ent_type_ in {"PERSON", "NORP", "GPE", "LOC", "FAC", "ORG"} or token.pos_ == "PRON" \
                or set(noun_keys(token)) & (ARMED | CIVILIAN | GROUND):
            return True
    return False


def is_state(actor: Token, entities: EntityIndex) -> bool:
    """Whether the actor names a country or its people ("Russia", "Russian forces"): a state's violence
    is its armed forces'."""
    named = entities.inside(phrase(actor))
    return bool(named) and named[0].label_ in {"GPE", "NORP"}


def commitment_type(action: Token, entities: EntityIndex) -> str | None:
    """The type of a commitment ("pledged to send aid", "vowed to retaliate", "is willing to send troops"):
    AGREE when it commits to cooperation, THREATEN to conflict, its own type when to neither; None when the
    action commits to nothing."""
    willing = next((child for child in children(action) if child.dep_ == "acomp" and child.lemma_ in WILLING), None)
    if verb_lemma(action) not in COMMITMENTS and willing is None:
        return None
    holder = willing if willing is not None else action
    complement = next((child for child in (*children(holder), *children(action))
                       if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}), None)
    if complement is None:
        return None if willing is not None else lexicon_type(action, on_place=False) or None
    kind = event_type(complement, entities, on_place=acts_on_place(complement, entities), statement=False)
    if kind in CONFLICT:
        return "THREATEN"
    if kind in COOPERATION or willing is not None:
        return "AGREE"
    return lexicon_type(action, on_place=False)


def reported_type(action: Token) -> str:
    """The type a report gives what it reports: THREATEN for a warning of the speaker's own future act ("Iran
    warned it would cut off gas") or of what a side will no longer bear, DEMAND for what a named other "must" do
    ("said China must drop its tariffs"); "" otherwise."""
    if action.dep_ not in {"ccomp", "parataxis"} or action.head.lemma_ not in REPORTING_VERBS:
        return ""
    auxiliaries = {child.lower_ for child in children(action) if child.dep_ in {"aux", "auxpass"}}
    subject = next((child for child in children(action) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if "must" in auxiliaries and subject is not None and subject.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}:
        return "DEMAND"  # addressed to someone: not "each company must fend for itself"
    if verb_lemma(action.head) in WARNINGS and told_as_future(action) and (speaker_acts(action) or (
            says_not(action) and subject is not None and (subject.ent_type_ or subject.lemma_.lower() in PEOPLE))):
        return "THREATEN"  # ... or that a side will no longer bear something ("warned that police will no
    return ""                # longer tolerate rallies")


def speaker_acts(action: Token) -> bool:
    """Whether the reported act is the speaker's: its subject a pronoun ("it would", "we will") or the
    speaker's own head word."""
    subject = next((child for child in children(action) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    speaker = next((child for child in children(action.head) if child.dep_ == "nsubj"), None)
    return subject is None or subject.pos_ == "PRON" or (speaker is not None and subject.lemma_ == speaker.lemma_)


def told_as_future(action: Token) -> bool:
    """Whether the action is told as still to come: "will", "going to", or "would" in reported speech."""
    auxiliaries = {child.lower_ for child in children(action) if child.dep_ in {"aux", "auxpass"}}
    reported = action.dep_ in {"ccomp", "parataxis"} and action.head.lemma_ in REPORTING_VERBS
    return bool(auxiliaries & FUTURE_AUXILIARIES) or (reported and "would" in auxiliaries) \
        or (action.dep_ == "xcomp" and action.head.lower_ in {"going", "about"})


def mode_of(action: Token, kind: str) -> str:
    """PLOVER's mode of an event of type `kind`, where the text says it: the first of the category's modes
    whose words (lemmas, or two-word phrases) occur in the action's own clause ("shelled" heavy-weapons,
    "staged a hunger strike" strike-hun, "imposed a curfew" curfew); "" when none does or the type has none."""
    category = CATEGORY.get(kind)
    if category is None or not category.modes:
        return ""
    clause = own_clause(action)
    lemmas = [token.lemma_.lower() for token in clause]
    found = set(lemmas) | {f"{first} {second}" for first, second in zip(lemmas, lemmas[1:])}
    return next((mode for mode, cues in category.modes if cues & found), "")


def own_clause(action: Token) -> list[Token]:
    """The action and the words that depend on it, in order, without the clauses that tell other events."""
    found, stack = [], [action]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(child for child in children(token) if child.dep_ not in OTHER_CLAUSES)
    return sorted(found, key=lambda token: token.i)


def planned(action: Token) -> Token | None:
    """What a planning verb governs: "regroup" in "decided to regroup", "attack" in "is going to attack"; what a
    schedule or a readiness does: "resume" in "talks are scheduled to resume", "meet" in "is due to meet"."""
    scheduled = action.lemma_.lower() in SCHEDULED and any(child.dep_ == "auxpass" for child in children(action))
    if action.lemma_ == "be":  # ("is likely to rise", "are eager to return": a forecast or a wish, no plan)
        action = next((child for child in children(action) if child.dep_ == "acomp" and child.lower_ in READY), action)
    if action.lemma_.lower() in PLANNING or action.lower_ in {"going", "about"} | READY or scheduled:
        return next((child for child in children(action) if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    return None


def acts_on_place(action: Token, entities: EntityIndex) -> bool:
    """Whether the action's object (or, for "Kupiansk fell", its subject) is a named place: the place heads
    the phrase ("entered Kupiansk"; not "took ownership of the archipelago", "the US ban took time")."""
    transitive = any(child.dep_ == "dobj" for child in children(action))  # then the subject takes, not falls
    for child in children(action):
        if (child.dep_ in {"dobj", "nsubjpass"} or (child.dep_ == "nsubj" and not transitive)) \
                and names_place(child, entities):
            return True
        if child.dep_ == "dobj" and child.lower_ == "control":  # "took control of Izium" (not "of his health")
            held = [noun for word in children(child) if word.lower_ in {"of", "over"}
                    for noun in children(word) if noun.dep_ == "pobj"]
            return not held or any(names_place(noun, entities) or noun.lemma_.lower() in GROUND for noun in held)
    if action.dep_ in {"acl", "relcl"} and action.head.ent_type_ in PLACE_LABELS and not transitive:
        return True  # "Kupiansk, retaken on ...", "Izium, which troops entered"; not "Japan, which reached a record"
    # a place the parser could not attach: "Kupiansk, on the Oskil river, had been occupied" (advmod or dep)
    return any(child.dep_ in {"advmod", "dep"} and child.ent_type_ in PLACE_LABELS for child in children(action))


def names_place(noun: Token, entities: EntityIndex) -> bool:
    """Whether a noun names a place: it is one ("Kupiansk"), or is the ground of one ("the rail hub of
    Kupiansk", "the city of Izium"); not a place further down ("ownership of the islands from France")."""
    named = [place for place in entities.inside(phrase(noun)) if place.label_ in PLACE_LABELS]
    heads = [noun, *(child for child in children(noun) if child.dep_ in {"compound", "appos"}),
             *(grandchild for child in children(noun) if child.dep_ == "prep" and child.lower_ == "of"
               for grandchild in children(child) if grandchild.dep_ == "pobj")]
    return any(place.start <= head.i < place.end for place in named for head in heads)


def is_negated(action: Token) -> bool:
    """Whether the source says the action did not happen: "did not capture", "never attacked",
    "denied shelling", "failed to take". A denial counts: it is the denying source's claim, and
    `cue` ("deny") tells it from a plain negation."""
    if says_not(action):
        return True
    if fails(action):
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
    negated = any(child.dep_ == "neg" for child in children(action))
    auxiliaries = {child.lower_ for child in children(action) if child.dep_ in {"aux", "auxpass"}}
    marks = {child.lower_ for child in children(action) if child.dep_ == "mark"}
    conditions = [child for child in children(action) if child.dep_ == "advcl"
                  and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"} for mark in children(child))]
    clause = action.head if action.dep_ == "conj" else action  # ("said she was tired and [would] leave")
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS and clause.head.tag_ in {"VBD", "VBN"}
    if reported and "would" in auxiliaries and not conditions and not marks & {"if", "unless"}:
        auxiliaries = (auxiliaries - {"would"}) | {"will"}  # "said demining would take weeks": will, told in the past
    if (auxiliaries & CONDITIONAL_AUXILIARIES and not negated) or marks & {"if", "unless"} or conditions:
        return "hypothetical"
    if auxiliaries & FUTURE_AUXILIARIES or (action.dep_ == "xcomp" and action.head.lower_ in {"going", "about"}) \
            or (action.dep_ == "xcomp" and action.head.lemma_.lower() in PLANNING) \
            or planned(action) is not None:
        return "planned"
    return "claimed" if sourced and not statement else "asserted"
