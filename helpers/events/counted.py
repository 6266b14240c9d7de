"""Who a counted or aged description stands for: "the two presidents", "the three nations", "the 27-year-old".

spaCy gives no coreference; this reads the count and the noun, and takes the people or countries last named."""
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
# Prepositions of a country that is only where or through whom: "talks in Turkey", "mediation by Qatar".
AROUND = {"in", "at", "by", "from", "to", "near", "through", "via"}


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
    if word in COUNTED_NATIONS:  # (not a venue or a go-between: "held talks in Turkey", "mediation by Turkey")
        found = [ent for ent in earlier if ent.label_ == "GPE" and (place := place_of(ent)) is not None
                 and place.kind == "country" and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in AROUND)]
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
    """Whether a name only tells: the subject of a reporting verb ("Yastrzhembsky said"), the one a report is
    according to ("according to Kremlin spokesman Dmitry Peskov"), or a spokesman."""
    according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 \
        and token.doc[token.head.i - 1].lower_ == "according"
    spokesman = any(word.lower_.startswith("spokes") for word in (*children(token), *token.lefts))
    return (token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS) or according or spokesman


def aged_person(actor: Span, entities: EntityIndex) -> Span | None:
    """Whom "the 27-year-old" means: the person named with that age within two sentences ("Ahmed Khan, 27"), else
    the one person named there as a doer (the story's subject), else None."""
    head = actor.root
    age = next((token.text for token in head.subtree if token.like_num), "")
    people = [ent for ent in entities.before(actor.start) if ent.end <= actor.start and ent.label_ == "PERSON"
              and ent.start >= sentences_back(head, 2)]
    doc = actor.doc
    aged_so = [ent for ent in people
               if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].text == age]
    if aged_so:
        return aged_so[-1]
    doers = {canonical_name(ent): ent for ent in people if ent.root.dep_ in {"nsubj", "nsubjpass"}}
    return next(iter(doers.values())) if len(doers) == 1 else None
