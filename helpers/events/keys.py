"""Who acted, for merging: the side an actor's words stand for ("Ukrainian forces", "Ukraine's general staff":
Ukraine)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities import canonical_name
from helpers.events.spans import EntityIndex, clean, phrase
from helpers.events.tree import children
from helpers.nlp import gazetteer_of

DEMONYMS = {"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
            "american": "United States", "americans": "United States", "british": "United Kingdom",
            "chinese": "China", "german": "Germany", "french": "France", "european": "European Union",
            "israeli": "Israel", "palestinian": "Palestine", "iranian": "Iran", "syrian": "Syria", "turkish": "Turkey",
            "belarusian": "Belarus", "polish": "Poland", "kremlin": "Russia", "pentagon": "United States"}
# Where something is, not who: "shelling near the Zaporizhzhia plant" is not the plant's doing.
LOCATIVES = {"near", "in", "at", "around", "outside", "inside", "on", "along", "across"}
# Words that count part of a group, which "others" are the rest of ("Several ministers resigned, and others ...").
COUNTING = {"some", "several", "many", "most", "few"}
QUANTIFIERS = {"many", "some", "most", "all", "several", "none", "few", "thousands", "hundreds", "dozens", "each"}
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
# The words of a company's legal form, which a report may leave out ("Apple Inc." is "Apple").
DESIGNATORS = {"inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "group", "holdings",
               "sa", "ag", "nv", "n.v", "gmbh", "s.a"}


def actor_key(actor: Span | None, entities: EntityIndex) -> str:
    """Who acted, for merging: the country behind "Ukrainian forces" or "Ukraine's general staff"."""
    if actor is None:
        return ""
    if actor.root.lower_ in QUANTIFIERS:
        of = [child for child in children(actor.root) if child.lower_ == "of"]
        objects = [child for child in children(of[0]) if child.dep_ == "pobj"] if of else []
        if objects:
            return actor_key(phrase(objects[0]), entities)
    for ent in entities.inside(actor):
        if ent.label_ in ACTOR_LABELS and not located(ent.root):
            name = canonical_name(ent)
            # a nationality stands for its country ("Kenyan police": Kenya); not a faith or a party ("Muslim")
            nation = gazetteer_of(actor.doc).nation(ent.text) if ent.label_ == "NORP" else None
            return DEMONYMS.get(name.lower(), nation.canonical if nation is not None else name)
    for token in actor:
        if token.lower_ in DEMONYMS:
            return DEMONYMS[token.lower_]
    return clean(actor.root.lemma_.lower()) if actor.root.pos_ != "PRON" else ""


def located(token: Token) -> bool:
    """Whether a name only says where: the object of "near", "in", ... or a modifier of one ("near the
    Zaporizhzhia nuclear plant")."""
    while token.dep_ in {"compound", "amod", "nmod"} and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVES


def entity_key(span: Span | None, entities: EntityIndex) -> str:
    """Like actor_key, but only when an entity or a nationality names the side."""
    if span is None:
        return ""
    key = actor_key(span, entities)
    return key if key and (entities.inside(span) or any(token.lower_ in DEMONYMS for token in span)) else ""


def same_side(one: str, other: str) -> bool:
    """Whether two actor keys name one side: the same words in any case ("Separatist" opening a sentence,
    "separatist"), one the other's last words ("Jobs", "Steve Jobs"), or a company's name without its legal form
    ("Apple", "Apple Inc."; not "Apple Corps", "China Eastern", "United Nations")."""
    shorter, longer = sorted((one.lower().split(), other.lower().split()), key=len)
    company = longer[:len(shorter)] == shorter and all(word.strip(".,") in DESIGNATORS
                                                       for word in longer[len(shorter):])
    return bool(shorter) and (longer[-len(shorter):] == shorter or company)


def quantified_group(word: Token) -> Span | None:
    """The group "others" is the rest of: a subject before it in its sentence counted by "some", "several", "many"
    ("Some residents fled, while others [stayed]": other residents). Only "others": "many", "few" or "some" after a
    group are as often another group ("Some settlers attacked farmers, and many fled": the farmers)."""
    if word.lower_ != "others" or word.dep_ not in {"nsubj", "nsubjpass"} or list(children(word)):
        return None
    counted = [token for token in word.doc[word.sent.start:word.i] if token.dep_ in {"nsubj", "nsubjpass"}
               and token.tag_ in {"NNS", "NNPS"} and any(child.dep_ in {"det", "amod"} and child.lower_ in COUNTING
                                                         for child in children(token))
               and not any(child.dep_ == "nummod" for child in children(token))]  # ("some 200 people": about 200)
    return phrase(counted[-1]) if counted else None
