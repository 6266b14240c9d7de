"""States told with a verb of action: "Amir is [serving] a life sentence", "Keating is [facing] more legal troubles"
(a rule of helpers.events.actions.NOT_NEWS). Who serves a term or faces charges is in a state, not acting; the acts
are the sentencing and the charging, told elsewhere."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex
from helpers.events.nonevents import lemma
from helpers.timex import Timex

# Verbs and the objects that make them a state held: a sentence served, a charge or a trial faced.
HELD = {"serve": {"sentence", "term"},
        "face": {"charge", "trial", "trouble", "accusation", "allegation", "question", "criticism", "pressure",
                 "prison", "penalty", "sentence", "deportation", "extradition", "threat", "challenge", "problem",
                 "shortage", "difficulty", "lawsuit", "investigation", "probe", "scrutiny", "opposition", "backlash",
                 "risk", "uncertainty", "hardship", "danger"}}


def is_held_state(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A sentence served or charges faced, not on a day: "is [serving] a life sentence", "[faces] two charges",
    "is [facing] more legal troubles in California". On a day it is an event ("will face trial on Monday")."""
    objects = HELD.get(lemma(action), set())
    if not any(child.dep_ == "dobj" and child.lemma_.lower() in objects for child in action.children):
        return False
    when = governing_timex(action, sentence, timexes)
    return when is None or when.resolved_end is None or (when.resolved_end - when.resolved_start).days >= 7
