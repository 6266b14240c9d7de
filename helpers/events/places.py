"""Where: the place an event happened at, the most precise of those its clause names."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities import canonical_name, place_of
from helpers.geography import Place
from helpers.events.spans import EntityIndex
from helpers.events.tree import children, in_own_clause, shared_conjunct, teller_set_off
from helpers.events.words import (ARRIVALS, ASPECTUAL, AT, FOUGHT, GATHERINGS, INCURSIONS, JUDGING, LANDING,
                                  LOCAL_AUTHORITIES, LOCATIVE, MEDIA, PEOPLE, PLANNED, RELATED, SEATED_BODIES, SPOTS,
                                  STANDS, TOWARDS, TURNING, VIOLENCE, VOICING, taken_from)
from helpers.lexicon import REPORTING_VERBS, SPEECH_VERBS, TOWN_NOUNS
from helpers.nlp import PLACE_LABELS, PLACE_NOUNS, PLACE_VERBS, SITE_NOUNS, gazetteer_of


def place_near(action: Token, sentence: Span, entities: EntityIndex, *, exclude: Span | None,
               target: Span | None = None, source: Span | None = None, kind: str = "") -> str:
    """The place the action happened at: the place acted on ("retook Izium", "left the city": the
    town last named), a place in its own clause ("in Izium"), else one in its sentence (a source's
    "a teacher in Kharkiv"); of several, the most precise ("the border with Russia in parts of the
    Kharkiv region": the region). Places joined by "and" to the one chosen, or listed after a colon
    ("two areas of the Donetsk region: Bakhmut and Maiorsk"), are kept with it. Places inside
    `exclude` (the actor's words) are not where the action happened, unless the actor is violence ("a car
    bombing outside the U.S. embassy in Tanzania killed 10": Tanzania), nor is the place of another event
    the action is told in connection with ("was arrested over last year's blasts in Kenya"). A place an armed
    act (of PLOVER `kind` FIGHT or ASSAULT) is done to is where it happened, whatever its verb ("pounded Gaza"),
    unless the clause names a more precise place, or the verb is of fighting: "fighting Ukraine in Russia's Kursk
    region" (Ukraine is the other side)."""
    violent = kind in {"FIGHT", "ASSAULT"} and action.lemma_.lower() not in FOUGHT
    places = candidate_places(action, sentence, entities, exclude=exclude, target=target, violent=violent)
    chosen = acted_on(action, places, entities, target) or in_its_clauses(action, sentence, places, entities) \
        or opening_place(action, sentence, places)
    if not chosen:  # else a spot no gazetteer names, in its clause ("showed up at Slepian's house")
        spot = next((site for clause in clauses_of(action) for site in [site_in(clause, exclude, target)]
                     if site is not None), None)
        if spot is not None:  # the town a spot is in, where it names one ("on the streets of New York City")
            town = next((ent for ent in entities.inside(spot) if ent.label_ in PLACE_LABELS and place_of(ent)), None) \
                if spot.root.lemma_.lower() != "border" else None  # (a border is both sides', told as written)
            return canonical_name(town) if town is not None else " ".join(spot.text.split())
    # else the town of a local authority that acts ("a Miami federal judge ruled"); else where its teller is,
    # who tells what they saw there ("said Iryna, a teacher in Kharkiv", "on the ground in the vicinity of
    # Kharkiv we [assess] that ...")
    chosen = chosen or authority_town(exclude, entities)
    if not chosen:  # else the country of a nation's court or police ("a Kenyan court ruled")
        nation = authority_nation(exclude)
        if nation:
            return nation
    chosen = chosen or [ent for ent in places if told_from(ent, action, source)]
    if not chosen:
        return ""
    listed = listed_after_colon(chosen, places)
    if listed:
        chosen = listed
    first = min(chosen, key=lambda ent: (precision_rank(ent), abs(ent.start - action.i)))
    # "entered Kupiansk and Izium": every conjoined place, joined with "; "
    # (one it is a conjunct of too, if as precise: "the bombings in Kenya and Tanzania", not the countries of
    # "in Nairobi, Kenya, and Dar-es-Salaam, Tanzania")
    group = [first] + [ent for ent in places if ent is not first and not is_area_of_town(ent, places) and (
        (ent.root.dep_ == "conj" and first.root in ent.root.ancestors)
        or (ent.root in first.root.conjuncts and precision_rank(ent) <= precision_rank(first)))]
    return "; ".join(dict.fromkeys(canonical_name(ent) for ent in sorted(group, key=lambda ent: ent.start)))


def candidate_places(action: Token, sentence: Span, entities: EntityIndex, *, exclude: Span | None,
                     target: Span | None, violent: bool = False) -> list[Span]:
    """The places of the sentence named as where something happens (see where), but not in the actor's words
    (unless the actor is violence), not in a judged deed's ("condemned the bombings in Kenya") and not another
    event's the action is tied to."""
    violence = exclude is not None and bool(  # (or a meeting: "the talks in Doha ended"; not "the war in Ukraine")
        {exclude.root.lemma_.lower(), exclude.root.lower_} & (VIOLENCE | GATHERINGS))
    judged = target if target is not None and (action.lemma_.lower() in JUDGING | REPORTING_VERBS
                                               or target.root.lemma_.lower() in JUDGING) else None
    described = [child for child in children(exclude.root) if child.dep_ == "appos"] if exclude is not None else []
    if action.lemma_.lower() in JUDGING | REPORTING_VERBS:  # what a saying is about: "warned against care in Vietnam"
        described += [child for child in children(action) if child.dep_ == "prep" and child.lower_ in RELATED]
    return [ent for ent in entities.inside(sentence) if ent.label_ in PLACE_LABELS
            and (violence or not (exclude is not None and exclude.start <= ent.start < exclude.end))
            and not any(noun.left_edge.i <= ent.start <= noun.right_edge.i for noun in described)
            and not (judged is not None and judged.start <= ent.start < judged.end)
            and not (action.lemma_.lower() in VOICING and target is not None and about(ent, target))
            and where(ent, action, violent=violent) and not of_another_event(ent, action)
            and not (ent.text.isupper() and len(ent.text) <= 3 and ent.root.dep_ == "compound"  # a code modifying
                     and place_of(ent) is None)]  # a noun, "the AI race" (not "in KP", "in DC")


def acted_on(action: Token, places: list[Span], entities: EntityIndex, target: Span | None) -> list[Span]:
    """The places the action is done to: in its object, the object itself where the verb goes to or hits it
    ("Izium, which troops entered on Saturday"; not a capital that stands for its government: "accused Beijing
    of genocide"), or the town "the city" stands for."""
    if target is None:
        return []
    done_to = [ent for ent in places if target.start <= ent.start < target.end]
    if not done_to:
        done_to = [ent for ent in entities.inside(target.sent) if ent.label_ in PLACE_LABELS
                   and ent.root == target.root and (action.lemma_.lower() in PLACE_VERBS or (
                       precision_rank(ent) == 0 and not governs(ent) and known_or_struck(ent, action)))]
    return done_to or [ent for ent in [town_referred(target.root, entities)] if ent is not None]


def in_its_clauses(action: Token, sentence: Span, places: list[Span], entities: EntityIndex) -> list[Span]:
    """A place its clause names ("in Kharkiv", "at the Kharkiv power plant", "Havana's streets"), or the clause
    it goes on ("continue to burn across eastern Australia") or shares its subject with ("ambushed a bus in
    Kalat and killed 18"), or the town "the city", "the capital" or "there" stands for. Not a place named
    elsewhere in the sentence: a source's ("an official in Quetta told VOA"), a topic's ("the base in Cuba")."""
    for clause in clauses_of(action):
        chosen = [ent for ent in places
                  if (ent.root.dep_ in {"pobj", "dobj", "npadvmod", "appos", "conj", "compound", "nmod", "advmod"}
                      or (ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in SPOTS))
                  and in_own_clause(ent.root, clause)]
        chosen = chosen or [ent for token in sentence if token.dep_ in {"pobj", "advmod"}
                            and (token.lemma_.lower() in TOWN_NOUNS | AREA_NOUNS.keys() | {"capital"}
                                 or token.lower_ == "there")
                            and in_own_clause(token, clause) for ent in [town_referred(token, entities)]
                            if ent is not None]
        if chosen:
            return chosen
    return []


def opening_place(action: Token, sentence: Span, places: list[Span]) -> list[Span]:
    """The place a sentence opens with, which is where all its clauses happen ("In Los Angeles that lesson was
    brought home today when tons of earth [cascaded] down a hillside"); not where a teller speaks of what
    happened elsewhere ("In Kyiv, the minister said troops [retreated]")."""
    opening = next((token for token in sentence if not token.is_punct and not token.is_space), None)
    if opening is None or opening.dep_ != "prep" or opening.lower_ not in {"in", "at", "near", "outside", "inside"}:
        return []
    path = [action]
    for ancestor in action.ancestors:
        path.append(ancestor)
        if ancestor == opening.head:
            break
    if path[-1] != opening.head or action == opening.head or any(verb.lemma_ in REPORTING_VERBS for verb in path):
        return []
    return [ent for ent in places if ent.root.head == opening and ent.root.dep_ == "pobj"]


def authority_town(actor: Span | None, entities: EntityIndex) -> list[Span]:
    """The town of a local authority that acts ("a Miami federal judge ruled", "a High Court judge in
    Zimbabwe"), not a capital's ("Moscow officials": its government); where people who act are ("U.N. officials
    in New York on Friday finished drafting the rules", "relatives in Miami said")."""
    local = actor is not None and actor.root.lemma_.lower() in LOCAL_AUTHORITIES
    if actor is None or not (local or is_people(actor.root)):
        return []
    return [ent for ent in entities.inside(actor) if ent.label_ in PLACE_LABELS and (
        (local and ent.root.head == actor.root and ent.root.dep_ in {"compound", "nmod", "amod"}
         and precision_rank(ent) == 0 and not governs(ent))
        or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"in", "at"} and ent.root.head.head == actor.root))]


def authority_nation(actor: Span | None) -> str:
    """The country of a nation's authority that acts, named by its nationality ("a Kenyan court ruled",
    "Indonesian police arrested"; not "Kenyan troops", who may fight abroad), or ""."""
    if actor is None or actor.root.lemma_.lower() not in LOCAL_AUTHORITIES | {"authority"}:
        return ""
    nations = [gazetteer_of(actor.doc).nation(child.text) for child in children(actor.root)
               if child.dep_ in {"amod", "compound", "nmod"} and child.ent_type_ == "NORP"]
    return next((nation.canonical for nation in nations if nation is not None), "")


def is_area_of_town(place: Span, places: list[Span]) -> bool:
    """Whether a place only says where the place before it lies: "Kenya" in "in Nairobi, Kenya, and Dar es
    Salaam, Tanzania" (the parser may join it to the list)."""
    before, after = place.start - 2, place.doc[place.end] if place.end < len(place.doc) else None
    return before >= 0 and place.doc[place.start - 1].text == "," and precision_rank(place) in {1, 2} \
        and (after is None or after.lower_ not in {"and", "or"}) and any(
            other.end - 1 == before and precision_rank(other) < precision_rank(place) for other in places)


def about(place: Span, target: Span) -> bool:
    """Whether a place is what a stance voiced is about, reached through a word of a topic: "concern [over] the
    violence in Israel", "commitment to Israel's security" (not "condolences in Ankara", "at talks in Doha")."""
    path = []
    for token in place.root.ancestors:
        if not target.start <= token.i < target.end:
            break
        path.append(token)
        if token == target.root:
            break
    # (not where a visit or a meeting is: "during a visit to Kyiv")
    return any(token.lower_ in {"over", "about", "for", "to", "on", "towards", "regarding"} for token in path) \
        and not any({token.lemma_.lower(), token.lower_} & (LANDING | GATHERINGS) for token in path)


def trip_of(verb: Token, action: Token) -> bool:
    """Whether a verb of travel is the action's own trip, or the trip it plans ("is due to travel to Mauritius"); not
    one it asks not to make or have done to it ("asked not to be returned to Eritrea")."""
    if verb != action and any(child.dep_ in {"neg", "auxpass"} for child in children(verb)):
        return False
    while verb != action and verb.dep_ in {"xcomp", "acomp"} and verb.head != verb:
        verb = verb.head
    return verb == action


def of_another_event(place: Span, action: Token) -> bool:
    """Whether a place is that of another event the action is tied to ("arrested in connection with last
    year's blasts [in Kenya]"): an event noun between them in the parse, hung on a preposition of RELATED."""
    for token in place.root.ancestors:
        if token.i == action.i:
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in VIOLENCE | LANDING and token.dep_ == "pobj" \
                and (token.head.lower_ in RELATED or token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"
                     and token.head.head.lemma_.lower() not in SITES):
            return True  # ... or "of" after a noun: "a day of mourning for the victims of the [Kabul] attack" (not
            # "the scene of the Kabul attack was cordoned off": where it was)
    return False


# Nouns of where something happened: "the scene of the attack".
SITES = {"scene", "site", "area", "ruins", "spot", "location", "place", "wreckage", "rubble"}
# Nouns of a part of a place: "on the western edge of Kharkiv", "the outskirts of Kyiv".
PARTS = {"edge", "outskirts", "centre", "center", "heart", "side", "bank", "shore", "coast", "part", "north", "south",
         "east", "west", "suburb", "suburbs", "approaches"}


def where(place: Span, action: Token, *, violent: bool = False) -> bool:
    """Whether a place is named as where something happens: the object of a preposition of place ("in
    Izium", "on Kharkiv" after an attack, "the outskirts of Kyiv"), the object of a verb of war or travel
    ("entered Kupiansk", "left Iran"), a town acted on ("shelled Horlivka"), a modifier of a noun of place or
    of an attack ("the Kharkiv region", "the Kabul attack"), or an apposition or list member of such a place.
    Not a side of a relation ("punished Turkey", "sanctions against Iran", "talks between Washington and
    Pyongyang") nor a maker ("U.S. dairy products")."""
    root = place.root
    while root.dep_ in {"conj", "appos"} and root.head != root:  # "in the capital Kabul", "in Izium and Lyman"
        root = root.head
    head = root.head
    if root.dep_ == "pobj":
        if head.lower_ in {"on", "for"}:  # "strikes on Kharkiv", "a dam on the Inhulets", "the fight for Bakhmut"
            return head.head.lemma_.lower() in LANDING | SITE_NOUNS | PLACE_VERBS
        if head.lower_ == "of":  # "the outskirts of Kyiv", "in parts of the Kharkiv region"
            noun = head.head  # ... and "took control of Izium", "the recapture of Balakliia" (an act on the place)
            return noun.lemma_.lower() in PLACE_NOUNS | SITE_NOUNS | LANDING | PARTS | SPOTS or noun == action \
                or (noun.dep_ == "dobj" and noun.head == action) \
                or (noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE)
        if head.lower_ in {"toward", "towards"} and head.head.pos_ == "NOUN":
            return False  # what a stand or a policy is aimed at: "a colonial policy towards China"
        if head.lower_ in TOWARDS and head.head.pos_ in {"VERB", "AUX"} \
                and head.head.lemma_.lower() not in INCURSIONS \
                and not (head.head.lemma_.lower() in ARRIVALS and head.lower_ in {"to", "into", "onto"}
                         and trip_of(head.head, action)):  # (not a heading: "moved toward Japan")
            return False  # where someone or something is sent: "dispatched FBI agents to Africa" (not "a visit to
            # Mauritius", the visit's place)
        if head.lower_ == "from" and ((head.head.lower_ == "away" and head.head.head.lemma_.lower() in TURNING)
                                      or taken_from(head.head)):
            return False  # a party or a stance, no place: "took ownership of the islands from France", "lease back
            # Diego Garcia from Mauritius", "is turning away from North Korea"
        if head.lower_ == "from" and head.head.pos_ in {"NOUN", "PROPN"} \
                and head.head.lemma_.lower() not in LANDING:  # (not "attacks from Lebanon": where they land)
            return False  # where someone or something comes from: "a firefighter from Edmonton", "imports from China"
        return head.lower_ in LOCATIVE
    if root.dep_ in {"dobj", "nsubjpass"}:  # (not a capital that stands for its government: "accused Beijing")
        return head.lemma_.lower() in PLACE_VERBS or (head == action and violent and place_of(place) is not None) \
            or (head == action and precision_rank(place) == 0
                                                      and not governs(place) and known_or_struck(place, action))
    if root.dep_ in {"compound", "nmod", "amod", "poss"}:  # ... or of what stands at a place ("at its Cupertino
        # headquarters", "at the Cupertino, California event"); not of who comes from it ("his Miami relatives",
        # "U.S. diplomats") nor of what a phrase of its own places ("U.S. embassies in Kenya", "the Buffalo
        # suburb of Amherst": the embassy is in Kenya, the suburb is Amherst)
        while True:
            if is_people(head) or placed_itself(head) or head.ent_type_ in {"PERSON", "ORG", "NORP"}:
                return False
            if head.lemma_.lower() in PLACE_NOUNS | SITE_NOUNS | LANDING or head == action \
                    or (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE) \
                    or (root.dep_ == "poss" and head.lemma_.lower() in SPOTS - SEATS):  # "flooded Havana's plaza"
                return True
            if head.dep_ not in {"compound", "nmod", "poss"} or head.head == head:
                return False
            head = head.head  # the noun it modifies in turn: "in a Tel Aviv magistrate's court"
    return root.dep_ in {"npadvmod", "advmod", "ROOT"} or root == action


def site_in(clause: Token, exclude: Span | None, target: Span | None) -> Span | None:
    """A spot its clause says it happened at that no gazetteer names: "showed up at Slepian's house", "played in
    his relatives' yard", "recovered in the prison yard". Told as the text tells it, without what describes it
    further ("the house [where he has been staying]"). Only a preposition of the clause itself ("a teacher at a
    school" places the teacher); not a bare noun ("in prison", "at home": a state, not a spot), not many
    ("around their homes"), not a name (the gazetteer's business), not in the actor's or target's words."""
    for preposition in children(clause):
        if preposition.dep_ != "prep" or preposition.lower_ not in AT:
            continue
        noun = next((child for child in children(preposition) if child.dep_ == "pobj"), None)
        if noun is None or noun.tag_ != "NN" or noun.lemma_.lower() not in SPOTS or noun.ent_type_:
            continue
        if not any(child.dep_ in {"det", "poss", "amod", "compound", "nmod"} for child in children(noun)) \
                or any(child.dep_ == "det" and child.lower_ in {"no", "any", "every", "each"}
                       for child in children(noun)):
            continue  # "in prison", "at home", "in any school"
        if any(span is not None and span.start <= noun.i < span.end for span in (exclude, target)):
            continue
        right = [child for child in noun.rights if child.dep_ in {"amod", "compound"} or (child.dep_ == "prep" and (
            child.lower_ == "of" or (noun.lemma_.lower() == "border" and child.lower_ in {"with", "between"})))]
        end = max([noun.i] + [child.right_edge.i for child in right]) + 1
        return noun.doc[noun.left_edge.i:end]
    return None


def is_people(noun: Token) -> bool:
    """A noun of people or groups ("relatives", "officials", "diplomats", "the army"): a place that modifies it
    says where they are from or whom they serve, not where something happened. Not a body that sits somewhere
    ("a London court", "the Kabul embassy"), nor a word that only ends like a doer ("event", "headquarters")."""
    word = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and word not in SITE_NOUNS | PLACE_NOUNS | SEATS and (
        word in PEOPLE or word.endswith(PERSON_SUFFIXES))


# Groups that sit at a place of their own: a place that modifies them can be where things happen.
SEATS = {"court", "embassy", "consulate", "school", "university", "hospital", "parliament", "congress", "senate",
         "assembly", "house", "chamber", "office", "ministry", "department", "bank", "store", "shop", "site",
         "platform", "club", "camp", "station", "city", "town", "village", "province", "region", "capital",
         "country", "state", "nation", "bureau", "service", "institute", "foundation", "tribunal", "bench",
         "newspaper", "network", "channel", "outlet", "headquarters", "base", "mission"}
# Endings only nouns of people have ("journalist", "civilian", "spokesman", "democrat").
PERSON_SUFFIXES = ("ist", "ian", "man", "men", "woman", "women", "person", "crat")


def placed_itself(noun: Token) -> bool:
    """A noun with a place of its own in a phrase ("embassies in Kenya", "the suburb of Amherst")."""
    return any(child.dep_ == "prep" and (child.lower_ in {"in", "at", "near", "inside", "outside"} or (
        child.lower_ == "of" and noun.lemma_.lower() in PLACE_NOUNS | PARTS))
        and any(grand.dep_ == "pobj" and grand.ent_type_ in PLACE_LABELS for grand in children(child))
        for child in children(noun))


def speaks_from_its_seat(source: Span, action: Token) -> bool:
    """Whether a source is a body of a state that tells from its seat what happened elsewhere ("the defence ministry
    in Paris", "the Chinese embassy in Manila said Philippine vessels rammed a ship"), unless what it tells
    happened to it ("the U.S. embassy in Kyiv said a missile damaged its building")."""
    return source.root.lemma_.lower() in SEATED_BODIES and not any(
        word.dep_ == "poss" and word.lower_ in {"its", "their", "our"} for word in action.subtree)


def told_from(place: Span, action: Token, source: Span | None) -> bool:
    """Whether a place is where the action's teller is: in the teller's words ("Iryna, a teacher [in Kharkiv]")
    or in the clause of the verb that reports the action ("on the ground in the vicinity of Kharkiv we assess")."""
    root = place.root
    if source is not None and (source.root.lemma_.lower() in MEDIA or speaks_from_its_seat(source, action)):
        return False  # "the Cape Argus newspaper in Cape Town reported": where it is printed, not where it happened;
        # "the defence ministry in Paris said a soldier had been killed": where it sits
    if any(child.dep_ == "aux" and child.lower_ in {"will", "would", "shall", "’ll", "'ll"}
           for child in children(action)):
        return False  # what is to come is not where its teller speaks: "speaking in Washington, said Trump would meet"
    located = root.dep_ == "pobj"  # not "Ukraine's general staff", which is no teller's place
    described = source is not None and source.root.left_edge.i <= root.i <= source.root.right_edge.i
    reporting = action.head if action.dep_ in {"ccomp", "parataxis"} and action.head.lemma_ in REPORTING_VERBS \
        else None
    return located and (described or (reporting is not None and in_own_clause(root, reporting)))


def clauses_of(action: Token) -> list[Token]:
    """The clauses (or nouns) whose places are the action's: its own; for an event noun, its verb's; for a clause
    that describes a noun, the noun's; the verb an aspectual verb goes on with ("bushfires [continue] to burn
    across Australia"); for a later conjunct, the first ("ambushed a bus in Kalat and [killed] 18"); then the
    clause that tells its moment."""
    clauses = [action]
    if action.pos_ == "NOUN":  # an event noun happens where its clause does ("in Kyiv, ... during a [visit]")
        clauses += [next((verb for verb in action.ancestors if verb.pos_ in {"VERB", "AUX"}), action)]
    if action.dep_ in {"relcl", "acl"}:  # ... a clause that describes a noun, where the noun is ("the plant,
        clauses.append(action.head)       # where the reactor was [shut] down")
    if action.lemma_.lower() in ASPECTUAL | PLANNED:  # ... or the act planned ("planned to leave Nairobi")
        clauses += [child for child in children(action) if child.dep_ == "xcomp" and child.pos_ == "VERB"]
    if action.dep_ == "conj" and action.head.pos_ in {"VERB", "AUX"} and not other_doer(action):
        clauses.append(action.head)
    # a participle that tells the state it was found or left in ("the car was found [abandoned] at the airport");
    # the verb joined right after it, when it has no words of its own ("were arrested and charged in Miami")
    clauses += [child for child in children(action) if child.dep_ == "xcomp" and child.tag_ == "VBN"]
    clauses += [conjunct for conjunct in [shared_conjunct(action)] if conjunct is not None]
    # what the doer was doing when it happened ("were ambushed while [patrolling] near the border")
    clauses += [child for child in children(action) if child.dep_ == "advcl" and child.tag_ == "VBG"
                and any(mark.dep_ == "mark" and mark.lower_ in {"while", "when", "as"} for mark in children(child))
                and not any(grand.dep_ in {"nsubj", "nsubjpass"} for grand in children(child))]
    # the saying that voiced a stand taken ("[rejected] the warrant, telling journalists in Banja Luka")
    if action.lemma_.lower() in REPORTING_VERBS | STANDS:
        clauses += [child for child in children(action) if child.dep_ == "advcl" and child.tag_ == "VBG"
                    and child.lemma_.lower() in SPEECH_VERBS and not any(
                        grand.dep_ in {"nsubj", "mark"} for grand in children(child))]
    # the clause that tells its moment, its subject the same doers ("killed 23 people when they blew themselves
    # up in Tel Aviv"; not "since Saturday, when troops entered Izium, units have fallen back")
    clauses += [child for child in children(action) if child.dep_ == "advcl" and child.pos_ in {"VERB", "AUX"}
                and any(mark.dep_ == "advmod" and mark.lower_ == "when" for mark in children(child))
                and any(grand.dep_ == "nsubj" and grand.pos_ == "PRON" for grand in children(child))]
    return clauses


def other_doer(action: Token) -> bool:
    """Whether a later conjunct names a doer of its own, someone else than the first's: "arrived in the United
    States, and Reno [ordered]" (not "were killed in Nairobi, and 1,640 were wounded", "he said")."""
    own = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    first = next((child for child in children(action.head) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if action.lemma_ in REPORTING_VERBS and teller_set_off(action) is not None:
        return True  # "..., Glenn Jusnes, a spokesperson, [told] VOA" (the parser hung the teller on the clause)
    if own is not None and own.pos_ != "PRON" and action.lemma_ in REPORTING_VERBS:
        return True  # a teller of its own speaks from elsewhere: "it is being tested in Washington, but the
        # authorities have [said] ..."
    return own is not None and own.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and (
        first is None or own.text not in " ".join(token.text for token in first.subtree))


def governs(place: Span) -> bool:
    """Whether a place's name stands for who governs it: a country or a region, or a capital ("accused Beijing",
    "urged Kyiv"). A town is a place ("shelled Horlivka")."""
    known = place_of(place)
    return known is not None and gazetteer_of(place.doc).speaks(known)


# Nouns that stand for the country or region last named: "forced to leave the country", "across the province".
AREA_NOUNS = {"country": "country", "nation": "country", "province": "region", "region": "region"}
PLACE_NONE = Place("", "", "", "")


def town_referred(noun: Token, entities: EntityIndex) -> Span | None:
    """The place "the town", "the city" or "there" stands for: the last town the report named before it
    ("Residents of Izium reported that Russian units had left the city": Izium; "They met in Hanoi. There, Kim
    asked for relief": Hanoi); "the country" or "the province" one entered or in, the last country or region
    named nearby ("born in Vietnam, he fled the country": Vietnam). Not "the city of Izium" (named there), "the
    town council" (not a place) nor "there were" (no place)."""
    if noun.lower_ == "there" and noun.dep_ == "advmod" and noun.i == noun.sent.start:  # opening its sentence
        places = [ent for ent in entities.before(noun.i) if ent.label_ in PLACE_LABELS
                  and ent.root.dep_ == "pobj" and ent.sent.start >= noun.sent.start - 80]
        return places[-1] if places else None
    word = noun.lemma_.lower()
    named = {(child.dep_, child.lower_ if child.dep_ != "compound" else child.pos_) for child in children(noun)}
    if word == "capital" and noun.tag_ == "NN" and named & {("det", "the")} and not {dep for dep, _ in named} & {
            "prep", "compound", "appos", "amod", "poss"}:  # (not "the capital of Niger", "the Nigerien capital")
        return capital_referred(noun, entities)
    if word not in TOWN_NOUNS | AREA_NOUNS.keys() or noun.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"} \
            or ("det", "the") not in named or named & {("prep", "of"), ("compound", "PROPN")}:
        return None  # (nor "the Kakuma refugee camp", named there too)
    if word in AREA_NOUNS:  # "fled the country": the country last named as such, in the paragraph or so before
        inside = noun.dep_ == "pobj" and noun.head.lower_ in {"in", "across", "throughout", "inside", "around"}
        entered = noun.dep_ == "dobj" and noun.head.lemma_.lower() in PLACE_VERBS | {"flee"}
        if noun.tag_ != "NN" or not (inside or entered):  # (not "the two countries", "out of the country")
            return None
        kind = AREA_NOUNS[word]
        areas = [ent for ent in entities.before(noun.i) if ent.label_ in PLACE_LABELS
                 and ent.sent.start >= noun.sent.start - 80 and (place_of(ent) or PLACE_NONE).kind == kind
                 and ent.root.dep_ not in {"compound", "poss", "amod", "nmod"}]
        return areas[-1] if areas else None
    # a town named as such, not as a modifier ("the Kharkiv direction", "Kharkiv's mayor")
    towns = [ent for ent in entities.before(noun.i) if ent.label_ in PLACE_LABELS and precision_rank(ent) == 0
             and ent.root.dep_ not in {"compound", "poss", "amod", "nmod"}]
    return towns[-1] if towns else None


def capital_referred(noun: Token, entities: EntityIndex) -> Span | None:
    """The town "the capital" stands for: a capital named in the paragraph or so before ("marched through Havana's
    streets ... events were held in the capital"), else the capital of the one country the report has named
    ("supporters of Niger's junta marched through the capital": Niamey), as a place of its own. Of two countries
    named, none: a war report names the attacker as often as the attacked ("Russian drones ... the capital")."""
    places = gazetteer_of(noun.doc)
    named = [(ent, place) for ent in entities.before(noun.i) if ent.label_ in PLACE_LABELS
             and (place := place_of(ent)) is not None]
    capitals = [ent for ent, place in named if place.key in places.capitals and ent.sent.start >= noun.sent.start - 80]
    if capitals:
        return capitals[-1]
    countries = {place for _, place in named if place.kind == "country"}
    town = places.capital(next(iter(countries))) if len(countries) == 1 else None
    return Span(noun.doc, noun.i, noun.i + 1, label="GPE", kb_id=town.key) if town is not None else None


def known_or_struck(place: Span, action: Token) -> bool:
    """A name the gazetteer knows, or one a deed is done to ("looted Tawila"): not one a saying or a judgement
    names ("accused YChina") nor a passive's subject ("the Jairan was named"), which a model's GPE often is."""
    return place_of(place) is not None or place.root.dep_ == "dobj" \
        and action.lemma_.lower() not in REPORTING_VERBS | STANDS | JUDGING


def precision_rank(place: Span) -> float:
    """How precise a place is, smaller is more: a town (or a named place the gazetteer does not know,
    such as Maiorsk) 0, a named work ("the Harry Truman Library") 0.5, a region 1, a country 2, a continent,
    world region or compass point ("Europe", "the Middle East", "the east") 3: "in Iraq's Anbar desert"
    happened in Anbar."""
    known = place_of(place)
    if known is None:
        # a work is a spot, though a town it stands in is the place the map shows, and more precise than a region
        return 0 if place.label_ == "GPE" else 0.5 if place.label_ == "FAC" else 3
    return {"city": 0, "region": 1, "country": 2}.get(known.kind, 3)


def listed_after_colon(chosen: list[Span], places: list[Span]) -> list[Span]:
    """The places a colon lists after a chosen place's phrase ("two key areas of the Donetsk region:
    Bakhmut and Maiorsk"): what the phrase counts, however the parser hung them."""
    doc = chosen[0].doc
    for place in chosen:
        colon = place.end if place.end < len(doc) and doc[place.end].text in {":", "—", "–"} else None
        if colon is None:
            continue
        listed = []
        for ent in places:
            if ent.start < colon:
                continue
            between = doc[(listed[-1].end if listed else colon + 1):ent.start]
            if ent.start != colon + 1 and not (listed and all(t.lower_ in {",", "and", "or"} for t in between)):
                break
            listed.append(ent)
        if listed:
            return listed
    return []
