"""To whom: whom an act is aimed at (PLOVER's target actor, GDELT's Actor2), beyond what it acts on."""
from __future__ import annotations

from spacy.tokens import Token

from helpers.events.counted import WHO_LABELS
from helpers.events.keys import LOCATIVES
from helpers.events.tree import children
from helpers.lexicon import REPORTING_VERBS

# Where or when something happens, not who: "went before the court", "rioted after a speech by".
WHERE_OR_WHEN = LOCATIVES | {"before", "after", "during", "since", "until", "following"}
# Prepositions that aim an act at someone, and who can be aimed at (a place names who lives or rules there).
TOWARDS = {"against", "with", "on", "upon", "to", "toward", "towards", "at", "into", "from", "over"}


def aimed_at(action: Token, target: Token | None, kind: str = "") -> Token | None:
    """Who the act is aimed at (PLOVER's target actor, GDELT's Actor2), where `target` is what it acts on: the
    target itself when it names a country, group or person ("sanctions on Dodik"), else who a preposition aims
    it at ("called for sanctions against Nigeria": Nigeria) or, with no object, who a demand is made of ("demanded
    that the United States match ...": the United States); a protest at whom its demand names (see protested)."""
    if action.pos_ == "NOUN":
        return None
    if names_someone(target) and target.dep_ != "pobj":  # (what is called for is aimed at whom it names)
        return target
    return recipient(action) or (addressee(action) if target is None or target.lemma_.lower() in DEMANDS
                                 else None) \
        or (protested(action) if kind == "PROTEST" else None)


# Nouns of a demand, whose "that" clause names whom it is made of: "reiterated its demand that Israel ease ...".
DEMANDS = {"demand", "call", "request", "appeal", "ultimatum", "plea", "order"}


def protested(action: Token) -> Token | None:
    """Whom a protest is against: the first country, group or person its own clauses name outside a place
    ("a hunger strike to demand the resignation of President Ben Bella", "rioted following a demonstration
    calling for the removal of President Mubarak"), not its subject nor what a saying reports."""
    frontier = [child for child in children(action) if child.dep_ not in {"nsubj", "nsubjpass", "ccomp", "parataxis"}]
    while frontier:
        found = [token for token in frontier if token.dep_ in {"dobj", "pobj"} and names_itself(token)
                 and not (token.dep_ == "pobj" and token.head.lower_ in WHERE_OR_WHEN)]
        if found:
            return found[0]
        frontier = [child for token in frontier if not (token.dep_ == "pobj" and token.head.lower_ in WHERE_OR_WHEN)
                    for child in children(token) if child.dep_ not in {"nsubj", "nsubjpass", "ccomp", "relcl"}]
    return None


def names_someone(token: Token | None) -> bool:
    """Whether a participant's own words name a country, group or person ("sanctions on Dodik", "five Panamanian
    army officers"), not only a thing; a clause of its own does not count ("fears that Trump's tariffs would ...")."""
    return token is not None and any(word.ent_type_ in WHO_LABELS for word in own_words(token))


def names_itself(token: Token) -> bool:
    """Whether a noun phrase names someone before any preposition: "President Bouteflika's government", not
    "the resignation of President Ben Bella" (its "of" phrase does)."""
    return any(word.ent_type_ in WHO_LABELS for word in own_words(token, prepositions=False))


def own_words(token: Token, *, prepositions: bool = True) -> list[Token]:
    """A noun phrase's words without the clauses it carries (relative, content and adverbial clauses), and
    without its prepositional phrases when `prepositions` is false."""
    left_out = {"relcl", "acl", "ccomp", "advcl"} | (set() if prepositions else {"prep"})
    words, frontier = [], [token]
    while frontier:
        words.extend(frontier)
        frontier = [child for word in frontier for child in children(word) if child.dep_ not in left_out]
    return words


def recipient(action: Token) -> Token | None:
    """Who an act is aimed at when its object is a thing: the nearest country, group or person its clause
    names after a preposition of direction ("mobilized reservists for a war against Iraq", "opened its borders
    to West Africans", "threatened to break relations with Russia", "withdrew from ECOWAS"), else None."""
    frontier = list(children(action))
    while frontier:
        found = [token for token in frontier if token.dep_ == "pobj" and token.head.lower_ in TOWARDS
                 and names_someone(token)]
        if found:
            return found[0]
        frontier = [child for token in frontier if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "xcomp"
                    for child in children(token)]
    return None


def addressee(action: Token) -> Token | None:
    """Who a demand, a threat or a refusal with no object of its own is about: the subject of the clause it
    governs ("demanded that the United States match ...") or what its verb acts on ("threatened to ban opposition
    candidates"). Not for a saying: what it reports is an event of its own."""
    if action.lemma_ in REPORTING_VERBS:
        return None
    # (what a demand noun carried holds: "reiterated its demand that Israel ease")
    carried = [grand for child in children(action) if child.dep_ == "dobj" and child.lemma_.lower() in DEMANDS
               for grand in children(child) if grand.dep_ in {"acl", "ccomp"}
               and any(mark.lower_ == "that" for mark in children(grand))]
    for child in [*children(action), *carried]:
        if child.dep_ in {"ccomp", "acl"} and child.pos_ in {"VERB", "AUX"}:
            subject = next((grand for grand in children(child) if grand.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
        if child.dep_ == "xcomp" and child.pos_ == "VERB":  # (or whom it lets do: "refused to allow UN planes to land")
            acted_on = next((grand for grand in children(child) if grand.dep_ == "dobj" or grand.dep_ == "ccomp"
                             and any(doer.dep_ == "nsubj" for doer in children(grand))), None)
            acted_on = next((doer for doer in children(acted_on) if doer.dep_ == "nsubj"), acted_on) \
                if acted_on is not None and acted_on.dep_ == "ccomp" else acted_on
            if acted_on is not None and names_someone(acted_on):
                return acted_on
    return None
