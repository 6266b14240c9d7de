"""Plural descriptions a count makes names of: "the two presidents" are the two people last named, "the three
nations" the last three countries. spaCy gives no coreference; this reads the count and the noun."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities import canonical_name, place_of
from helpers.events.spans import EntityIndex
from helpers.events.tree import children, sentences_back
from helpers.lexicon import REPORTING_VERBS

COUNTED_PEOPLE = {"president", "leader", "minister", "premier", "chancellor", "general", "commander", "envoy",
                  "diplomat", "senator", "lawmaker"}
COUNTED_NATIONS = {"nation", "country", "neighbor", "neighbour", "ally"}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def counted_names(actor: Span, entities: EntityIndex) -> list[Span]:
    """The names "the two presidents" or "the three military-led nations" stand for: the last so many people
    (or countries) named within the three sentences before, all different; none when fewer are named. People
    given the noun as a title ("President Yeltsin") come first where there are enough of them, and one only
    telling of it ("Yastrzhembsky said") is not among them."""
    head = actor.root
    count = next((COUNTS.get(child.lower_) for child in children(head) if child.dep_ == "nummod"), None)
    word = head.lemma_.lower()
    if count is None or head.tag_ != "NNS" or word not in COUNTED_PEOPLE | COUNTED_NATIONS \
            or not any(child.dep_ == "det" and child.lower_ == "the" for child in children(head)):
        return []
    since = sentences_back(head, 3)
    earlier = [ent for ent in entities.before(actor.start) if ent.end <= actor.start and ent.start >= since]
    if word in COUNTED_NATIONS:
        found = [ent for ent in earlier if ent.label_ == "GPE" and (place := place_of(ent)) is not None
                 and place.kind == "country"]
    else:
        people = [ent for ent in earlier if ent.label_ == "PERSON" and not telling(ent.root)]
        found = [ent for ent in people if titled(ent, word)]
        found = found if len({canonical_name(ent) for ent in found}) >= count else people
    names: dict[str, Span] = {}
    for ent in reversed(found):
        if len(names) < count:
            names.setdefault(canonical_name(ent), ent)
    return sorted(names.values(), key=lambda ent: ent.start) if len(names) == count else []


def titled(ent: Span, word: str) -> bool:
    """Whether a person is named with the noun as a title or role: "President Yeltsin", "Yeltsin, the president"."""
    return any(token.lemma_.lower() == word for token in (*ent, *children(ent.root), *ent.root.lefts))


def telling(token: Token) -> bool:
    """Whether a name only tells: the subject of a reporting verb ("Yastrzhembsky said")."""
    return token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS
