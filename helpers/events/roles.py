"""Who and to whom: an event's actor and target, and the side the actor stands for."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities import canonical_name
from helpers.events.coref import PRONOUNS, Antecedents
from helpers.events.counted import WHO_LABELS, counted_names, described_name, happening_owner, is_happening
from helpers.events.keys import ACTOR_LABELS, DEMONYMS, QUANTIFIERS, actor_key, entity_key, located, quantified_group
from helpers.events.pronoun_names import listed_pronouns_named
from helpers.events.sources import misjoined, reporter_of, reporting_subject, resolve_source, speaker as speaker_of
from helpers.events.spans import EntityIndex, bracketed, clean, coordinated, phrase
from helpers.events.tree import (SUBJECTS, children, member_of, own, stranded_subject, subjects,
                                 teller_set_off)
from helpers.events.words import (ACTING_WITH_ADJECTIVES, DOCUMENTS, FIGHT_NOUNS, HAPPENINGS, HARMS, ISSUED_BY_OWNER,
                                  PEOPLE, RELATIVES, WHEREABOUTS, aged, fought_with, held_to_have)
from helpers.lexicon import REPORTING_VERBS
from helpers.nlp import PLACE_LABELS, gazetteer_of

# Nominal attacks name what they hit with "on"/"against" ("strikes on a power plant") rather than "of".
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing"}
# Verbs whose subject carries out the attack their object names: "militants [launched] a raid".
CARRYING_OUT = {"launch", "carry", "conduct", "stage", "mount", "ramp", "step", "intensify", "escalate", "continue",
                "resume", "begin", "start", "unleash", "execute", "perpetrate", "commit", "make", "plan", "plot",
                "order", "lead", "renew", "increase", "expand", "claim", "deliver", "undertake", "perform", "repeat",
                "wage", "press", "redouble"}
# Nouns with a doer that name where they go with "to" ("Blinken's visit to Kyiv"), and nominal events whose owner
# undergoes them ("Kupiansk's fall"; the rest name their doer: "Iraq's invasion").
VISIT_NOUNS, UNDERGONE = {"visit"}, {"fall"}
# Verbs of asking for something, whose object "for" names: "called for his release", "appealed for calm".
APPEALING = {"call", "appeal", "press", "push", "ask", "plead", "clamor", "clamour", "lobby"}
# Pronouns by which a reported clause names the speaker's own side: "Ukraine said it repelled".
SPEAKERS_SIDE = {"it", "its", "they", "their"}
ARMED = {"force", "troop", "soldier", "army", "fighter", "unit", "militiaman", "guard", "man"}  # "said his [men]"
# In a quotation, the speaker ("I") and the speaker's side ("we"); no one a reader can name outside one.
FIRST_PERSON = {"i": "speaker", "me": "speaker", "we": "side", "us": "side"}
# Bare pronouns that are never an actor's name: whom they stand for is, or no one ("you", "this", "what"). A
# quantifier stays as written: "some had difficulty", "others endured long waits".
STAND_INS = {*PRONOUNS, *FIRST_PERSON, "you", "this", "that", "these", "those", "what", "which", "who", "whom"}


def participants(action: Token) -> tuple[Token | None, Token | None]:
    """The words heading who did the action and what it was done to, either None."""
    actor = (teller_set_off(action) if action.lemma_ in REPORTING_VERBS else None) \
        or argument(action, {"nsubj", "csubj"}) or agent_of(action) or stranded_subject(action)
    target = argument(action, {"dobj", "nsubjpass"} | (  # (not "pleaded [guilty]", "tested [positive]")
        set() if action.lemma_.lower() in ACTING_WITH_ADJECTIVES else {"acomp", "attr", "oprd"}))
    if target is None and action.lemma_.lower() in APPEALING:  # "called for his immediate release": the release
        target = next((grand for child in children(action) if child.dep_ == "prep" and child.lower_ == "for"
                       for grand in children(child) if grand.dep_ == "pobj"  # (not "pushed for three days")
                       and grand.ent_type_ not in {"DATE", "TIME", "CARDINAL", "QUANTITY"}), None)
    opener = action.dep_ == "advcl" and action.tag_ == "VBN" and not any(  # (not "while docked at": the ship's)
        child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for child in children(action))
    if action.tag_ == "VBN" and actor is own(action, {"nsubj"}) is not None and own(action, {"agent"}) is not None:
        target, actor = target or actor, agent_of(action)  # "PISA, released this month by the OECD" (read as active)
    elif opener or any(child.dep_ == "auxpass" for child in children(action)):
        # a passive participle opening the sentence is done to its subject ("Launched in 2009, the archive ..."); a
        # passive shares its subject with the verb before it as what was acted on: "Balakliia lies on the
        # road to Izium and had been held by Russian forces" (held: by Russian forces; Balakliia held)
        target = actor if opener and actor is not None else target or actor
        actor = agent_of(action)
    if action.pos_ == "NOUN":  # a nominal event: "the fall of Kupiansk", "Russian strikes on a plant"
        actor, target = nominal_roles(action)
    if held_to_have(action):  # "the militants were believed to have [fled]": who is believed to have done it
        held = own(action.head, {"nsubjpass"})  # did it ("two journalists are feared to have been [killed]": were)
        actor, target = (agent_of(action), held) if own(action, {"auxpass"}) else (held, own(action, {"dobj"}))
    if len(subjects(action)) > 1:  # "Israeli airstrikes [killed] 12 people, the ministry said", misparsed: the
        actor = subjects(action)[-1]  # saying is the ministry's; the killing (an acl with an object) the airstrikes'
    elif action.dep_ == "acl" and own(action, {"dobj"}) is not None and action.head in subjects(action.head.head)[:-1]:
        actor = action.head
    if target is None and action.dep_ == "acl" and action.head.pos_ in {"PROPN", "NOUN"} \
            and not any(mark.dep_ == "mark" for mark in children(action)):  # (not "a statement that ...")
        target = action.head  # "Kupiansk, retaken on September 10"
    if actor is None and action.dep_ == "acl" and action.tag_ == "VBN":
        actor = issuer(action.head)  # "His remarks, made to a French television station": his
    if action.dep_ == "relcl":  # "the offensive that swept", "Izium, which troops entered": the noun; one told to
        # be among them, the one the sentence is about ("Aden was among the refugees who [returned]": Aden)
        member = member_of(action.head)
        if actor is not None and actor.lower_ in RELATIVES:
            actor = member or action.head
        if target is not None and target.lower_ in RELATIVES:
            target = member or action.head
    takes_place = action.lemma_.lower() == "take" and target is not None and target.lower_ == "place" \
        and not any(child.dep_ in {"det", "amod", "poss"} for child in children(target))  # ("took her place")
    if (action.lemma_.lower() in OCCURRING or takes_place) and actor is not None and actor.ent_type_ not in WHO_LABELS \
            and own(action, {"xcomp"}) is None:  # (not "the suspect happened to be there")
        # "the mutiny and prison escape which [occurred] in Croix-des-Bouquets", "the ceremony will [take] place":
        # the happening itself, no doer and nothing acted on (MEANTIME marks neither); what takes place is what
        # the row tells of, as what starts is (PropBank's Arg1 of "take place")
        actor, target = None, actor if takes_place else target
    elif action.lemma_.lower() in PHASES_OF_HAPPENINGS and actor is not None and actor.dep_ == "nsubj" \
            and actor.pos_ == "NOUN" and not actor.ent_type_ and own(action, {"xcomp", "dobj"}) is None \
            and {actor.lemma_.lower(), actor.lower_} & (HAPPENINGS | COURSES):
        actor, target = None, target or actor  # "the peace process [started] in Doha": what started (PropBank's Arg1)
    return actor, target


# Verbs whose subject is the happening itself, no one who acts: "the escape occurred".
OCCURRING = {"occur", "happen", "unfold", "transpire"}
# Verbs of a happening's course, whose subject is what begins or ends, not who acts: "the prison break began", "the
# talks broke down" (with an object, someone acts: "the army began an offensive").
PHASES_OF_HAPPENINGS = {"begin", "start", "end", "finish", "conclude", "continue", "resume", "stall", "collapse",
                        "fail", "break", "open", "close", "erupt", "wrap", "stop", "cease", "proceed", "succeed"}
COURSES = {"attempt", "effort", "break", "escape", "mutiny", "operation", "campaign", "offensive", "session",
           "ceasefire", "truce", "negotiation", "fighting", "battle", "protest", "strike", "siege", "war"}


# Those held, who do not issue the video or letter they speak in ("In a video released Saturday, a hostage pleaded").
CAPTIVES = {"hostage", "captive", "prisoner", "detainee", "abductee"}


def issuer(noun: Token) -> Token | None:
    """Whose a thing issued or done is ("his remarks", "a VOA request", "an assessment from the ministry"; "in a video
    [released] Sunday, Ghani said")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ISSUED_BY_OWNER:
        return None
    teller = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
    return next((child for child in children(noun) if child.dep_ in {"poss", "compound", "amod", "nmod"} and (
        child.ent_type_ in WHO_LABELS or child.lower_ in DEMONYMS or child.tag_ == "PRP$")), None) or next((
            grand for child in children(noun) if child.dep_ == "prep" and child.lower_ == "from"
            for grand in children(child) if grand.dep_ == "pobj" and grand.ent_type_ in WHO_LABELS), None) or (
        own(teller, {"nsubj"}) if teller.pos_ in {"VERB", "AUX"} and noun.lemma_.lower() in DOCUMENTS
        and not any(child.dep_ == "nsubj" and child.lemma_.lower() in CAPTIVES for child in children(teller)) else None)


# What the law does to people, in the passive mostly with no doer said ("133 people were [arrested]"), and who does it.
LAW_VERBS = {"arrest", "detain", "charge", "indict", "convict", "sentence", "jail", "imprison", "deport", "extradite",
             "question", "interrogate", "seek", "prosecute", "handcuff", "summon", "subpoena"}
AUTHORITIES = {"police", "policeman", "policemen", "officer", "fbi", "authority", "prosecutor", "court", "judge",
               "agent", "investigator", "army", "military", "soldier", "troop", "force", "government", "ministry",
               "interpol", "gendarmerie", "guard"}


def authority_behind(action: Token) -> Token | None:
    """Who harmed (see force_joined), or who arrests, charges or seeks where the passive does not say, when its
    sentence names a law-enforcing body as a doer: "133 people were [arrested] and police were forced to use tear
    gas" (police), "the FBI has released one of two men who were [sought] last week" (the FBI). None when it names
    none: a guess from further away would be no reading of the text."""
    passive = any(child.dep_ == "auxpass" for child in children(action)) \
        or (action.dep_ in {"acl", "relcl"} and action.tag_ == "VBN")
    if passive and action.lemma_.lower() in HARMS | {"evict", "expel"}:
        return force_joined(action)
    if action.lemma_.lower() not in LAW_VERBS or not passive:
        return None
    doers = [token for token in action.sent if token.dep_ in {"nsubj", "nsubjpass"} and token.head.i != action.i
             and token.head.lemma_.lower() not in LAW_VERBS
             and (token.lemma_.lower() in AUTHORITIES or token.lower_ in AUTHORITIES
                  or (token.ent_type_ == "ORG" and any(word.lower_ in AUTHORITIES for word in token.subtree)))]
    return min(doers, key=lambda token: abs(token.i - action.i), default=None)


# Acts of force whose doer, told in a clause joined to a passive harm, did the harm: "the police [returned] fire and
# Arnel Joseph was killed", "security forces have [occupied] 36 hospitals and patients have been evicted".
FORCE_ACTS = HARMS | {"attack", "fire", "storm", "raid", "occupy", "shell", "bomb", "strike", "ambush", "clash",
                      "charge", "disperse", "raze"}
FIRING = {"open", "return"}  # ... with "fire" as their object
# Kinds of armed side, who may do such acts: those harmed of the doer's own kind were harmed by the other side.
SIDES = ({"police", "policeman", "officer", "cop", "gendarme"},
         {"soldier", "troop", "army", "military", "force", "marine", "paratrooper", "serviceman"},
         {"militant", "gunman", "attacker", "assailant", "rebel", "insurgent", "fighter", "jihadist", "terrorist",
          "militia", "militiaman", "guerrilla", "bandit", "mob", "sniper"})


def force_joined(harm: Token) -> Token | None:
    """Who harmed, where a passive harm does not say: the armed or law-enforcing subject of an act of force in the
    clause "and" joins it to; None when no such clause tells (no guess from further away)."""
    joined = [harm.head] if harm.dep_ == "conj" else []
    joined += [child for child in children(harm) if child.dep_ == "conj"]
    joined += [verb for verb in children(harm.head) if verb.dep_ == harm.dep_ != "ROOT" and verb.i < harm.i and any(
        word.lower_ == "and" for word in harm.doc[verb.i:harm.i])]  # (two clauses of a saying: "...," he said)
    for verb in joined:
        subject = own(verb, {"nsubj"})
        forced = verb.lemma_.lower() in FORCE_ACTS or verb.lemma_.lower() in FIRING \
            and any(child.dep_ == "dobj" and child.lower_ == "fire" for child in children(verb))
        if forced and subject is not None and (subject.lemma_.lower() in AUTHORITIES.union(*SIDES)
                                               or subject.lower_ in AUTHORITIES) and not harmed_armed(harm, subject):
            return subject
    return None


def harmed_armed(harm: Token, doer: Token) -> bool:
    """Whether those a passive harm was done to are of the doer's own side ("four militants were killed", "one of
    the gunmen was wounded", "several officers were injured" after "police fired"): the other side's doing, which
    the clause does not name ("Troops raided the camp and several fighters were killed": the troops')."""
    harmed = next((child for child in children(harm) if child.dep_ == "nsubjpass"), None)
    kinds = {word.lemma_.lower() for word in harmed.subtree} if harmed is not None else set()
    side = next((kind for kind in SIDES if doer.lemma_.lower() in kind or doer.lower_ in kind), set())
    return bool(kinds & (side | {doer.lemma_.lower()}))


def actor_named(actor: Span | None, action: Token, sentence: Span, source: Span | None, entities: EntityIndex, *,
                quote: bool, speaker: str = "", antecedents: Antecedents | None = None) -> tuple[str, str]:
    """The actor as the events table writes it, and the side it stands for (see actor_key); a pronoun
    in what a source reports is the source's side, any other bare pronoun whom it stands for (see
    pronoun_named), or no one. A happening or a document acts as its owner, where named ("Ankara's test angered
    Washington"), else as itself when it is its verb's subject ("the statement threatened sanctions"; what a
    happening's course does is done to it: see participants, "the peace process started in Doha")."""
    if actor is not None and is_happening(actor.root):
        owner = happening_owner(actor.root, entities)
        if owner is None:  # what a happening itself does, as its subject: "the statement [threatened] sanctions"
            subject = actor.root.dep_ == "nsubj" and actor.root.head == action and (action.tag_ != "VBN" or any(
                child.lemma_ == "have" for child in children(action)))  # (not "a PCR test [taken] before departure")
            return (clean(actor.text), actor_key(actor, entities)) if subject else ("", "")
        name = clean(canonical_name(owner))
        return DEMONYMS.get(name.lower(), name), actor_key(owner, entities)
    wielder = next((child for child in children(actor.root) if child.dep_ == "poss" and child.pos_ in {
        "NOUN", "PROPN"}), None) if actor is not None and actor.root.lemma_.lower() in WEAPONS else None
    if wielder is not None:  # "killed by a sniper's bullet": the sniper
        words = phrase(wielder)
        text = clean(words.text).removesuffix("’s").removesuffix("'s")
        return text, actor_key(words, entities) or text
    if actor is not None and len(actor) == 1 and actor.root.pos_ == "PRON" and (named := bracketed(actor)):
        return clean(named.text), actor_key(named, entities) or clean(named.text)  # "They [attackers] stopped"
    # (a possessor acts without its "'s": "Iraq's invasion of Kuwait")
    actor_text = clean(actor.text).removesuffix("’s").removesuffix("'s") if actor is not None else ""
    key = actor_key(actor, entities)
    if actor is not None and source is not None and (actor[0].lower_ in SPEAKERS_SIDE or (
            actor[0].lower_ in {"his", "her"} and actor.root.lemma_.lower() in ARMED and not told_between(actor))) \
            and not (quote and actor[0].lower_ in {"they", "their"}):
        # "Ukraine said it repelled", "the general staff announced that its soldiers": the speaker's side;
        # in a quotation "they" is mostly the other side ("“They left in a hurry,” a soldier said")
        nearest = next((reporter_of(verb) for verb in action.ancestors if verb.lemma_ in REPORTING_VERBS
                        and reporter_of(verb) is not None), None)
        words = phrase(nearest) if nearest is not None else None
        side = entity_key(words, entities) or entity_key(reporting_subject(sentence) or source, entities)
        if not side and words is not None and (named := described_name(words, entities)) is not None:
            side = entity_key(named, entities)  # "The group said it was holding 200 hostages": the BLA
        if side and words is not None and len(actor) == 1 and any(ent.label_ == "NORP" and ent.root != words.root
                                                                  for ent in entities.inside(words)):
            # a people's group, not its country: "Fijian rebels said they", "Muslim leaders said they"
            key, actor_text = side, clean(words.text)
        elif side:  # (else no side is named: "Officials said their troops left" keeps "their troops")
            key, actor_text = side, side if len(actor) == 1 else f"{side}’s {clean(actor[1:].text)}"
    if actor is not None and len(actor) == 1 and actor.root.pos_ == "PRON" and actor.root.lower_ in STAND_INS \
            and actor_text == clean(actor.text):  # not "US has received reports"
        return pronoun_named(actor.root, source, entities, quote=quote, speaker=speaker, antecedents=antecedents)
    return name_of_description(actor, actor_text, key, entities, antecedents)


def name_of_description(actor: Span | None, actor_text: str, key: str, entities: EntityIndex,
                        antecedents: Antecedents | None) -> tuple[str, str]:
    """(actor, side) for words that describe whom they mean: "many of them", "chief, Charles Keating", "the two
    presidents", "the journalist", "the 27-year-old"; else the actor as written (`actor_text`, `key`)."""
    whole = next((grand for child in children(actor.root) if child.lower_ == "of" for grand in children(child)
                  if grand.dep_ == "pobj" and grand.pos_ == "PRON"), None) \
        if actor is not None and actor.root.lower_ in QUANTIFIERS and antecedents is not None else None
    if whole is not None and (referent := antecedents.referent(whole)) is not None:  # "many of them": of whom
        words = referent.words  # (without its count: "many of hate groups", not "many of more than 400 hate groups")
        counted = max((word.i + 1 for word in words if word.like_num and word.i < words.root.i), default=words.start)
        return f"{actor.root.text} of {clean(words.doc[counted:words.end].text)}", actor_key(words, entities)
    if actor is not None and len(actor) == 1 and (group := quantified_group(actor.root)) is not None:
        # "Some customers reported ..., and others even [tweeted]": other customers
        words = " ".join(word.text for word in group if word.dep_ != "det" and word.lower_ not in QUANTIFIERS)
        return f"other {words}", actor_key(group, entities)
    named = next((child for child in children(actor.root) if child.dep_ == "appos" and child.ent_type_ in WHO_LABELS),
                 None) if actor is not None and actor.root.pos_ == "NOUN" and not actor.root.ent_type_ else None
    if named is not None:  # "Former savings and loan chief, Charles Keating, appealed": the name (or names)
        words = coordinated(named)
        text = clean(canonical_name(words) if len(entities.inside(words)) == 1 else words.text)
        return text, actor_key(words, entities) or text
    if actor is not None and (counted := counted_names(actor, entities)):  # "the two presidents": Putin and Erdogan
        names = [clean(canonical_name(ent)) for ent in counted]
        return f"{', '.join(names[:-1])} and {names[-1]}", actor_key(counted[0], entities)
    described = None if actor is None or (actor.root.ent_type_ and not aged(actor.root)) \
        else described_name(actor, entities, antecedents)
    if described is not None:
        name = clean(canonical_name(described))
        return name, actor_key(described, entities) or name
    return listed_pronouns_named(actor, actor_text, antecedents), key


# What is fired or thrown, whose owner is who fired it: "a sniper's bullet", "the army's missiles".
WEAPONS = {"bullet", "bullets", "shot", "missile", "rocket", "shell", "grenade", "bomb", "round", "arrow", "dart"}


def told_between(actor: Span) -> bool:
    """Whether the reported clause names someone else before a "his" the speaker's side would take: "said the
    Russian commander had fled and his troops surrendered" (the commander's troops)."""
    verb = next((verb for verb in actor.root.ancestors if verb.lemma_ in REPORTING_VERBS), None)
    return verb is not None and any(token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ in {"NOUN", "PROPN"}
                                    for token in actor.doc[verb.i + 1:actor.start])


def pronoun_named(pronoun: Token, source: Span | None, entities: EntityIndex, *, quote: bool, speaker: str,
                  antecedents: Antecedents | None) -> tuple[str, str]:
    """(actor, side) for a bare pronoun: in a quotation "I" is its speaker and "we" the speaker's side ("Ukraine"),
    or the speaker and others where no side is named ("Allah Ditta and others" for a passenger's "we ran"); "he",
    "she", "it", "they" whom they stand for; ("", "") when the report does not tell ("you", an unresolved "it")."""
    person = FIRST_PERSON.get(pronoun.lower_)
    if person is not None:
        if quote and not speaker:  # "Jobs resigned in a letter, stating, “I have always said ...”"
            source, speaker = quoted_speaker(pronoun, entities, antecedents)
        if not quote or not speaker:
            return "", ""
        if person == "speaker":
            return speaker, speaker
        if source is not None and source.root.pos_ == "PRON":  # "“We CONDEMN the jailbreak,” he tweeted": the
            source = named_before(source, speaker, entities)     # words that named him, if any
        side = speakers_side(source, entities)  # "we" is not the speaker alone: their side, or, when no side is
        if side:                                  # named, the speaker with the others they speak for
            return side, side
        if source is None or not speaker[:1].isupper() or source.root.pos_ == "PRON" \
                or speaker.split()[0].lower() in {"the", "a", "an", "this", "that"}:
            return "", ""  # "he", "the spokesperson": no one the report names
        if speaks_for_itself(source, speaker):
            return speaker, speaker  # a country, a capital or a group speaking is its own side
        return f"{speaker} and others", speaker
    referent = antecedents.referent(pronoun) if antecedents is not None else None
    if referent is None:
        return "", ""
    return referent.name, actor_key(referent.words, entities) or referent.name


def named_before(pronoun: Span, name: str, entities: EntityIndex) -> Span | None:
    """The last words before a pronoun speaker that name whom it was resolved to (`name`), or None."""
    return next((ent for ent in reversed(entities.before(pronoun.start)) if ent.label_ in {"PERSON", "ORG", "NORP"}
                 and clean(ent.text).split()[-1:] == name.split()[-1:]), None)


def speaks_for_itself(source: Span, name: str) -> bool:
    """Whether a speaker's name is a side of its own: a country, region or capital ("Turkey", "Kyiv"), a people,
    or a group of more than one word or in capitals ("Human Rights Watch", "UNHCR"); not a person the model took
    for a town or a group ("said Angers", "said Ditta")."""
    kind = source.root.ent_type_
    place = gazetteer_of(source.doc).lookup(name)
    if place is not None and kind in PLACE_LABELS:
        return gazetteer_of(source.doc).speaks(place)
    return kind == "NORP" or (kind == "ORG" and (len(name.split()) > 1 or name.isupper()))


def quoted_speaker(pronoun: Token, entities: EntityIndex,
                   antecedents: Antecedents | None) -> tuple[Span | None, str]:
    """The words and name of who says the quotation a pronoun is in, from the reporting verb above it."""
    verb = next((verb for verb in pronoun.ancestors if verb.lemma_ in REPORTING_VERBS and reporter_of(verb)), None)
    if verb is None:
        return None, ""
    words = speaker_of(reporter_of(verb), entities)
    return words, resolve_source(words, [], entities, antecedents)


def speakers_side(source: Span | None, entities: EntityIndex) -> str:
    """The group or country a quotation's speaker stands for, from the words that name them ("Kremlin spokesman
    Dmitry Peskov", "Jane Doe, a spokeswoman for the Red Cross") or that named them first ("Airbus chief
    executive Thomas Enders" for a later "Enders"), else ""."""
    if source is None:
        return ""
    first = next((ent for ent in entities.before(source.start) if ent.label_ == "PERSON"
                  and clean(ent.text).split()[-1:] == clean(source.text).split()[-1:]), None)
    for words in (source, first):
        side = affiliation(words, entities) if words is not None else ""
        if side:
            return side
    return ""


def affiliation(words: Span, entities: EntityIndex) -> str:
    """The group or country named with a person: in their title, or in an apposition after their name."""
    root = words.root
    around = words.doc[min(words.start, root.left_edge.i):max(words.end, root.right_edge.i + 1)]
    for ent in entities.inside(around):
        # not the name itself, nor where they are: "Iryna, a teacher in Kharkiv" does not speak for Kharkiv
        # ... nor a title's department: "Secretary of [State] Antony Blinken"
        department = ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in {"secretary", "minister"}
        if ent.label_ in {"ORG", "GPE", "NORP"} and not ent.start <= root.i < ent.end and not located(ent.root) \
                and not department:
            name = canonical_name(ent)
            return DEMONYMS.get(name.lower(), name)
    return next((DEMONYMS[token.lower_] for token in around if token.lower_ in DEMONYMS), "")


def agent_of(action: Token) -> Token | None:
    """The doer of a passive verb: "by Russian forces"; for passives joined by "and", the one the last names
    ("the attack was [orchestrated] and directed by ringleaders"); else who made the attack it was done in."""
    passives = [action] + [conj for conj in action.conjuncts if conj.i > action.i and conj.tag_ == "VBN"
                           and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in children(conj))] \
        if action.tag_ == "VBN" and action.dep_ in {"ROOT", "ccomp", "parataxis", "advcl"} else [action]
    agent = next((grand for verb in passives for child in children(verb) if child.dep_ == "agent"
                  for grand in children(child) if grand.dep_ == "pobj"), None)
    passive = agent is None and any(child.dep_ == "auxpass" for child in children(action))
    attacks = [grand for child in children(action) if child.dep_ == "prep" and child.lower_ == "in" for grand in
               children(child) if grand.dep_ == "pobj" and grand.lemma_.lower() in ATTACK_NOUNS] if passive else []
    fights = [other for child in children(action) if child.dep_ == "prep" and child.lower_ in {"in", "during"}
              for fight in children(child) if fight.dep_ == "pobj" and fight.lemma_.lower() in FIGHT_NOUNS
              for other in fought_with(fight)] if passive and action.lemma_.lower() in HARMS else []
    # "killed in an attack by Russian forces"; "was killed in a gun battle with police" (the police)
    return nominal_roles(attacks[0])[0] if attacks else fights[0] if fights else agent \
        or (stray_agent(action) if passive else None)


# Nouns of people and groups that do a passive's act when "by" names them; not the places of PEOPLE, where "by" is
# "beside" ("found in a field by the village").
BY_WHOM = PEOPLE - {"city", "town", "village", "province", "region", "capital", "country", "nation", "state",
                    "side", "camp", "school", "hospital", "embassy", "consulate", "office"}


def stray_agent(action: Token) -> Token | None:
    """The doer of a passive that the parser hung on the passive's own phrase: "have been threatened with economic
    consequences by China", "was hit in the head by a police officer", "was declared the winner by the electoral
    council"; a person, a group or a country, not a place
    ("was found in a house by the river", "arrested on a train by Rome"), nor the author of a work ("greeted with a
    song by Adele"; but "condemned in a statement by the ministry", "welcomed with a dance by village women")."""
    return next((doer for child in children(action) if child.dep_ in {"prep", "oprd"} and child.lower_ != "by"
                 for noun in ([child] if child.dep_ == "oprd" else children(child))  # ("declared the winner by")
                 if noun.dep_ in {"pobj", "oprd"} and (noun.lemma_.lower() not in WORKS or child.lower_ == "in")
                 for by in children(noun) if by.dep_ == "prep" and by.lower_ == "by"
                 for doer in children(by) if doer.dep_ == "pobj" and (
                     doer.ent_type_ in {"PERSON", "ORG", "NORP"} or doer.lemma_.lower() in BY_WHOM
                     or (doer.ent_type_ == "GPE" and child.lower_ not in WHEREABOUTS))), None)


# Works whose "by" names their author: "a song by Adele", "a film by Kurosawa". (Not a statement or a report, the
# medium of an act: "welcomed with a statement by the White House" is the White House's welcome.)
WORKS = {"song", "film", "movie", "book", "novel", "poem", "painting", "play", "album", "photo", "picture", "symphony",
         "documentary", "essay", "work", "music", "opera"}


def argument(action: Token, deps: set[str]) -> Token | None:
    """The action's own argument, or, for a verb in a coordination, the subject of the nearest conjunct before it
    that has one ("gathered, chanted slogans and [marched]": the protesters; not the object: "chanted slogans and
    [marched]" acts on nothing); for an active verb the parser joined to a passive in a reported clause, the
    reporting verb's ("He claimed the images were taken by his grandfather and [said] he wanted to donate them")."""
    if action.dep_ == "conj" and misjoined(action):
        return own(action, deps) or own(action.head.head, deps & SUBJECTS)
    if action.dep_ == "conj":
        conjunct = action
        while conjunct.dep_ == "conj" and not any(child.dep_ in SUBJECTS for child in children(conjunct)):
            conjunct = conjunct.head
        # a passive's subject undergoes a bare participle joined to it ("was detained and [questioned]") and does a
        # verb with an auxiliary or an object ("was arrested and has [confessed]", "was sworn in and [named] a
        # cabinet"; not "was approved and [sent] to", tagged VBD), not across a relative clause the parser joined
        # ("was cut in the blast, which damaged the embassy and [toppled] a house")
        active = not own(action, {"auxpass"}) and (own(action, {"aux"}) is not None or action.tag_ != "VBN" and own(
            action, {"dobj", "xcomp", "ccomp"}) is not None)
        across = any(word.dep_ == "relcl" for word in action.doc[conjunct.i + 1:action.i])
        shared = {dep for dep in deps & SUBJECTS if dep != "nsubjpass" or action.tag_ == "VBN" and not active} \
            | ({"nsubjpass"} if active and "nsubj" in deps and not across else set())
        return own(action, deps) or (own(conjunct, shared) if conjunct != action else None)
    # (an adverbial clause with a subject of its own shares nothing: "the lesson was brought home when tons of
    # earth [cascaded] down a hillside")
    shares = action.dep_ == "xcomp" or action.dep_ == "advcl" and own(action, SUBJECTS) is None
    return own(action, deps) or (own(action.head, deps) if shares else None)


def nominal_object(noun: Token) -> Token | None:
    """The place a nominal event acts on: "Kupiansk" in "the fall of Kupiansk", else None."""
    for preposition in children(noun):
        if preposition.lower_ in {"of", "from"}:
            for child in children(preposition):
                if child.dep_ == "pobj" and child.ent_type_ in PLACE_LABELS:
                    return child
    return None


def names_a_town(modifier: Token) -> bool:
    """Whether a name before a nominal event is the town it happened in, not who did it: "the Kabul attack", "the
    Moscow bombing" (a country's name is its state's: "the Iran attack on Israel")."""
    place = gazetteer_of(modifier.doc).lookup(modifier.text) \
        if modifier.dep_ == "compound" and modifier.ent_type_ in PLACE_LABELS else None
    return place is not None and place.kind == "city"


def nominal_roles(noun: Token) -> tuple[Token | None, Token | None]:
    """(actor, target) of a nominal event, either None: "the fall of Kupiansk" (-, Kupiansk); for an
    attack, who made it ("Russian strikes", "strikes by Russia") and what it hit ("on a power plant")."""
    target = nominal_object(noun)
    lemma = noun.lemma_.lower()
    if lemma in UNDERGONE:
        return None, target
    actor = None
    # (a capture, an invasion or a withdrawal has its doer as an attack has: "Iraq's invasion of Kuwait on Aug. 2")
    aims = {"to"} if lemma in VISIT_NOUNS else {"on", "against"} if lemma in ATTACK_NOUNS else set()
    for child in children(noun):
        if child.dep_ in {"amod", "compound", "poss"} and child.i < noun.i and \
                (child.ent_type_ in ACTOR_LABELS or child.lower_ in DEMONYMS) and not names_a_town(child):
            actor = child
        elif child.lower_ in aims and target is None:
            # "strikes on a power plant", not "strikes on Sunday evening"
            target = next((grand for grand in children(child) if grand.dep_ == "pobj"
                           and grand.ent_type_ not in {"DATE", "TIME"}), None)
        elif child.lower_ == "by" and actor is None:
            actor = next((grand for grand in children(child) if grand.dep_ == "pobj"), None)
    if actor is None and lemma in VISIT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in {"during", "on"}:
        # "Blinken pledged aid during a visit": the visitor is who acted during it; "Freeh, on an official visit
        # to Mexico, asked": the one the visit is told of
        holder = noun.head.head
        actor = holder if holder.pos_ == "PROPN" and holder.dep_ in {"nsubj", "appos"} else next(
            (child for child in children(holder) if child.dep_ == "nsubj" and child.pos_ != "PRON"), None)
    if actor is None and lemma in ATTACK_NOUNS and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and noun.head.lemma_.lower() in CARRYING_OUT:
        # "the BLA has ramped up attacks", "militants launched a raid": who carries the attack out makes it (not
        # who reports, condemns or denies it: "Reuters reported the bombing")
        actor = next((child for child in children(noun.head) if child.dep_ == "nsubj" and child.pos_ != "PRON"), None)
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lower_ == "responsibility":
        # "the Houthis claimed responsibility for the attack": who claims it made it (and tells so: the source)
        claiming = noun.head.head.head  # (not "denied responsibility", "bears responsibility")
        actor = next((child for child in children(claiming) if child.dep_ == "nsubj" and child.pos_ != "PRON"
                      and not any(word.lower_ in {"no", "none"} for word in children(child))), None) \
            if claiming.lemma_.lower() in {"claim", "take", "accept", "admit", "assume"} else None
    return actor, target
