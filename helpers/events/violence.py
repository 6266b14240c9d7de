"""Who did the violence a report tells, where the clause telling it does not name them: a witness's "they" in a
quotation ("“They shot the driver first,” said a survivor"), and a passive with no agent ("four civilians were
killed") next to the attack that did it.

spaCy gives no coreference, and the pronoun resolver (helpers.events.coref) resolves a quotation's "they" only
within it, where attackers are seldom named; these rules take the doer of the violent act the narrative told."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from helpers.events.gaps import gap
from helpers.events.plover import CIVILIAN
from helpers.events.roles import participants
from helpers.events.table import Event
from helpers.events.tree import children

# Arrests, whose doer a passive arrest after them has.
ARRESTS = {"arrest", "detain", "round", "apprehend", "raid", "capture"}
# Violent acts: what a witness's "they" did, what a passive tells was done.
VIOLENT = {"ASSAULT", "FIGHT", "COERCE"}
# How many sentences back a witness's "they" looks for the act the narrative told ...
WITNESSED = 4
# ... and a passive, which names its doer in its own sentence or the one before (one side only within two).
NEARBY = 1


@dataclass
class Violence:
    """The violent acts a report's narrative has told so far, with their sentence, and the passives of the sentence
    being read that name no doer (their place in the events list)."""

    told: list[tuple[int, Event]] = field(default_factory=list)
    unnamed: list[int] = field(default_factory=list)

    def witnessed(self, event: Event, action: Token, sentence: int, side: str, position: int) -> Event:
        """The event, with a witness's "they" named (unless the act told is the speaker's own side's, `side`); a
        violent act the narrative tells is kept, and a passive naming no doer waits for the sentence's end."""
        if not event.actor and event.type in VIOLENT:
            if event.quote and is_they(participants(action)[0]):
                told = self.last(sentence, WITNESSED)
                return event if told is None or (side and told.actor_key == side) or own_side(told, event) \
                    else named(event, told)
            if not event.quote and is_passive(action) and not own_cause(action) and gap(action) is None \
                    and (event.type == "COERCE" or unarmed(action)):  # (not an act a gap sets at another time)
                self.unnamed.append(position)
        if event.actor and not event.quote and event.type in VIOLENT:
            self.told.append((sentence, event))
        return event

    def done_to(self, events: list[Event], sentence: int) -> None:
        """Name the doer of the sentence's passives that name none: the doer of the violent act the sentence, or
        else the one before it, told ("The militants attacked a police station, and four civilians were killed"): of
        civilians or a count killed after an assault by one side only, of people arrested after an arrest; not of the
        doer's own side ("militants attacked ...; two militants were killed")."""
        for position in self.unnamed:
            event = events[position]
            arrest = event.type == "COERCE"
            told = self.last(sentence, NEARBY, arrest=arrest)
            # (one side only, of the kind of act: two sides told just before leave it open whose the dead are)
            sides = {done.actor_key or done.actor for at, done in self.told if sentence - at <= NEARBY + 1
                     and (done.type == "COERCE") == arrest}
            if told is not None and len(sides) == 1 and not own_side(told, event) \
                    and (told.action.split()[0] in ARRESTS if arrest else told.type == "ASSAULT"):
                events[position] = named(event, told)
        self.unnamed.clear()

    def last(self, sentence: int, within: int, *, arrest: bool | None = None) -> Event | None:
        """The last violent act told within so many sentences back (its own sentence first, wherever in it); an
        arrest's doer is who arrested before, a killing's who attacked (`arrest`: which; None: any)."""
        return next((told for at, told in reversed(self.told) if sentence - at <= within
                     and (arrest is None or (told.type == "COERCE") == arrest)), None)


def own_side(told: Event, event: Event) -> bool:
    """Whether those the event was done to are of the side that did the act told: "Militants attacked an army post.
    Two militants were killed"."""
    return bool(words_of(told.actor) & words_of(event.target))


def unarmed(action: Token) -> bool:
    """Whether those a passive killing was done to are no force: civilians, people, a count ("Three peacekeepers",
    "two officers" or "15 missiles" are not; "five people", "at least 74", "three children" are)."""
    victim = next((child for child in children(action) if child.dep_ == "nsubjpass"), None)
    return victim is not None and (victim.lemma_.lower() in CIVILIAN or victim.pos_ == "NUM")


def named(event: Event, told: Event) -> Event:
    return replace(event, actor=told.actor, actor_key=told.actor_key)


def is_they(subject: Token | None) -> bool:
    return subject is not None and subject.lower_ == "they" and subject.pos_ == "PRON"


def own_cause(action: Token) -> bool:
    """Whether a passive names its own cause or describes someone: "were killed [in a bombing] in 1995" (another
    event), "a nurse who was [injured] in the bombing" (a description)."""
    return action.dep_ in {"relcl", "acl"} or any(
        child.dep_ == "prep" and child.lower_ in {"in", "during", "by"} and any(
            grand.dep_ == "pobj" and grand.pos_ == "NOUN" for grand in children(child)) for child in children(action))


def is_passive(action: Token) -> bool:
    return action.tag_ == "VBN" and any(child.dep_ in {"auxpass", "nsubjpass"} for child in children(action))


def words_of(text: str) -> set[str]:
    """A phrase's words that can name a side: "militants", "Russian" (lower case, no stop words)."""
    return {word for word in re.findall(r"[a-z]+", text.lower()) if word not in STOP_WORDS}

