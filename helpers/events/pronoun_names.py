"""Actors written with whom their pronouns stand for: "She and Lockyear urged" is Marie-Pierre Poirier and
Lockyear, "his wife" John Rockhold’s wife, "whose coalition" Najib Razak’s coalition."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from helpers.entities import canonical_name
from helpers.events.coref import PERSON, PRONOUNS, Antecedents, with_referents
from helpers.events.spans import clean, phrase, text_of
from helpers.events.tree import children
from helpers.events.words import PARTS


def listed_pronouns_named(actor: Span | None, text: str, antecedents: Antecedents | None) -> str:
    """The actor's text with each pronoun of a list of doers written as whom it stands for ("She and Lockyear
    urged": "Marie-Pierre Poirier and Lockyear"), or left out when the report does not tell ("Lockyear"); and with
    a person's possessive pronoun opening it written as its owner ("his wife": "John Rockhold’s wife")."""
    pronouns = {token.i for token in actor if token.pos_ == "PRON" and token.lower_ in PRONOUNS
                and (token.dep_ == "conj" or any(child.dep_ == "conj" for child in children(token)))} \
        if actor is not None and len(actor) > 1 else set()
    if actor is not None and (owned := whose_named(actor)):
        return owned
    owner = antecedents.referent(actor[0]) if antecedents is not None and actor is not None and len(actor) > 1 \
        and actor[0].dep_ == "poss" and actor[0].lower_ in {"his", "her"} and text == clean(actor.text) else None
    if owner is not None:  # "said his wife stayed": John Rockhold’s wife ("their", "its" are found less surely)
        return f"{owner.name}{'’' if owner.name.endswith('s') else '’s'} {clean(text_of(actor[1:]))}"
    if not pronouns:
        return text
    written = with_referents(actor, pronouns, antecedents.referents if antecedents is not None else {})
    listed = re.sub(r"^(?:and|or|,)\s+|\s+(?:and|or|,)$", "", written.strip())
    return clean(listed.removesuffix("’s").removesuffix("'s"))


def whose_named(words: Span) -> str:
    """A phrase opened by a relative "whose" with whose it is ("Najib Razak, whose coalition lost": "Najib Razak’s
    coalition"); "" for any other phrase."""
    if words[0].lower_ != "whose" or len(words) < 2 or words.root.head.dep_ != "relcl":
        return ""
    noun = words.root.head.head
    if noun.lower_ in PARTS:  # "Chinese people, some whose families arrived": the people's
        noun = noun.head if noun.dep_ == "appos" else None
    if noun is None:
        return ""
    owner = owner_named(noun)
    return f"{owner}{'’' if owner.endswith('s') else '’s'} {clean(text_of(words[1:]))}"


def owner_named(noun: Token) -> str:
    """The noun a "whose" stands for, by name: the person of "Malaysia's former prime minister, Najib Razak" (the
    name in apposition to it), else its phrase."""
    named = next((child for child in children(noun) if child.dep_ == "appos" and child.ent_type_ == "PERSON"), None)
    words = phrase(named if named is not None else noun)
    start = next((word.i for word in words
                  if word.dep_ not in {"det", "predet", "nummod"} and word.lower_ not in PARTS),
                 words.start)  # "many Asian Americans, whose": Asian Americans
    return clean(canonical_name(words.doc[start:words.end])).removesuffix("’s").removesuffix("'s")


# Pronouns of one person, which the resolver finds surely enough to name a target by (a "them" is as often the
# doers of the sentence before as those they acted on: "Gunmen kidnapped 20 students. Police freed them").
ONE_PERSONS_PRONOUNS = {"he", "him", "she", "her"}


def target_named(target: Span | None, antecedents: Antecedents | None, *, speaker: str = "") -> str:
    """What an action was done to as the events table writes it: a "whose" phrase with whose it is, a bare "him" or
    "her" as the person it stands for ("arrested him": Khalid Mehdiyev), where the report tells, else the words as
    written (an "it" or a "them" is found less surely: "distribute them", "Police freed them");
    in a quotation, a "me" is its `speaker` ("“They beat me,” said Ahmed": Ahmed)."""
    if target is None:
        return ""
    if speaker and len(target) == 1 and target.root.lower_ in {"me", "myself"}:
        return speaker
    referent = antecedents.referent(target.root) if antecedents is not None and len(target) == 1 \
        and target.root.pos_ == "PRON" and target.root.lower_ in ONE_PERSONS_PRONOUNS else None
    return whose_named(target) or (referent.name if referent is not None and referent.kind == PERSON
                                   else clean(target.text))
