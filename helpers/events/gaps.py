"""Gaps between two events a text measures ("two days after an explosion damaged the bridge", "a week before the
vote"), vague gaps to the time told before ("Several months later"), the clauses that retell the news ("The strikes
came two days after ..."), and the tense that ties a clause to the time of writing."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from helpers.events.kinds import NOMINAL_EVENTS
from helpers.events.tree import children
from helpers.lexicon import CARDINALS, REPORTING_VERBS

# Units a measured gap between two events counts in ("two days after", "a week before", "two months after"), as
# (how many, of days or of months); hours count as days from a day on ("48 hours after"), fewer are the same day.
GAP_UNITS = {"day": (1, "day"), "week": (7, "day"), "month": (1, "month"), "year": (12, "month"), "hour": (1, "hour")}


@dataclass(frozen=True)
class Gap:
    """A measured gap, signed (+: what the clause hangs on came after it), in days or months; 0 for no number."""

    amount: int
    unit: str  # "day" or "month" (a year is 12 months)


def gap(clause: Token) -> Gap | None:
    """The gap an "after"/"before" clause measures, signed: "two days after an explosion damaged the bridge"
    +2 days (what the clause hangs on came two days after it), "a week before the vote" -7 days, "two months
    after" +2 months, "48 hours after" +2 days; None when the clause gives no gap ("after the talks") or fewer
    hours than a day ("hours after": the same day)."""
    mark = next((child for child in children(clause) if child.dep_ in {"mark", "prep"}
                 and child.lower_ in {"after", "before"}), None)
    if mark is None or clause.dep_ != "advcl":
        return None
    return measured_by(mark, children(clause))


def noun_gap(noun: Token) -> Gap | None:
    """The gap a measured "after"/"before" phrase holding an event noun measures, signed as gap's: "killed 10
    people on Sunday, two days after an [attack] on a mosque" +2 days (what the phrase hangs on came after it)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in {"after", "before"}:
        return None
    return measured_by(noun.head, ())


def framing_gap(word: Token, action: Token) -> Gap | None:
    """The gap a measured "after"/"before" phrase hung on the action measures, when `word` (a time's) is inside
    it: "arrested two men ten days after the shooting on Sept. 3" +10 days (the arrest came ten days after)."""
    while word.head.i != action.i and word.i != word.head.i:
        word = word.head
    if word.head.i != action.i or word.dep_ != "prep" or word.lower_ not in {"after", "before"}:
        return None
    return measured_by(word, ())


def measured_by(mark: Token, more: tuple[Token, ...]) -> Gap | None:
    """The gap measured before an "after"/"before" (`mark`), hung on it or on the clause (`more`): "two days"."""
    for measure in (*children(mark), *more):
        unit = GAP_UNITS.get(measure.lemma_.lower())
        if measure.dep_ == "npadvmod" and unit is not None and measure.i < mark.i:
            amount, kind = count_of(measure) * unit[0], unit[1]
            if any(child.lower_ == "half" for child in children(measure)):  # "half a year": six months
                if amount % 2:
                    return None  # "half a day": less than a day, as hours are
                amount //= 2
            if kind == "hour":
                if amount < 24:
                    return None
                amount, kind = amount // 24, "day"
            return Gap(amount if mark.lower_ == "after" else -amount, kind)
    return None


def widest_anchor(measured: Gap) -> int:
    """The most days past its first a time may span for a gap to be counted from it: none for a gap in days, a
    month's for one in months, a year's for one in years."""
    if measured.unit == "day":
        return 0
    return 30 if measured.amount % 12 else 365


def too_wide(start: date, end: date | None, measured: Gap) -> bool:
    """Whether a time from `start` to `end` is too wide for a gap to be counted from (widest_anchor): "two days after
    the war began in 2014" gives no day."""
    return ((end or start) - start).days > widest_anchor(measured)


def moved(day: date, amount: int, unit: str) -> date:
    """The day `amount` days or months (the month's first day) from `day`."""
    if unit == "day":
        return day + timedelta(days=amount)
    year, month = divmod(day.year * 12 + day.month - 1 + amount, 12)
    return date(year, month + 1, 1)


def placed_from_now(clause: Token) -> bool:
    """Whether a subordinate clause is placed by a measured gap from a main clause told in the present, the time of
    writing ("His comments come two days after Erdogan [denounced] Israel"), or from one told in the simple past,
    whose time the sentences before may tell ("The strikes came two days after an explosion [damaged] the bridge")."""
    return gap(clause) is not None and (told_in_present(clause.head) or simple_past(clause.head)
                                        and main_clause(clause.head) and retelling(clause.head))


def told_in_present(action: Token) -> bool:
    """Whether the action is told in a present tense ("has rolled out", "are making progress"), which ties it
    to the time of writing."""
    return action.tag_ in {"VBZ", "VBP"} or any(child.dep_ in {"aux", "auxpass"} and child.tag_ in {"VBZ", "VBP"}
                                                 for child in children(action))


def count_of(measure: Token) -> int:
    """How many units a gap measures: "two days" 2, "a day" 1, "days" (no number) 0."""
    for child in children(measure):
        if child.dep_ == "nummod":
            return CARDINALS.get(child.lower_) or (int(child.text) if child.text.isdigit() else 0)
        if child.dep_ == "det" and child.lower_ in {"a", "an", "one"}:
            return 1
    return 0


def simple_past(action: Token) -> bool:
    """A verb in the simple past, active or passive: "troops [entered]", "the gang leader was [killed]"."""
    return action.tag_ == "VBD" or action.tag_ == "VBN" and any(
        child.dep_ == "auxpass" and child.lower_ in {"was", "were"} for child in children(action))


def main_clause(action: Token) -> bool:
    """Whether a verb tells its sentence's main act, or one joined to it, or what the sentence's reporting verb
    reports: "The strikes [came] two days after ...", "The vote [took] place a month after ..., officials said"."""
    while action.dep_ == "conj" and action.head is not action:
        action = action.head
    if action.dep_ in {"ccomp", "parataxis"} and action.head.dep_ == "ROOT" and action.head.lemma_ in REPORTING_VERBS:
        return True
    return action.dep_ == "ROOT"


# Vague gaps to the time told before ("Several months later", "Days later", "a few weeks earlier"): the words, and
# the least and most units each may mean (None: no bound).
VAGUE_GAP = re.compile(r"(?:(?:just|only|nearly|almost|some|about)\s+)?(a few|few|several|some|many)?\s*"
                       r"(day|week|month|year|decade)s\s+(later|earlier|afterwards?)")
VAGUE_COUNTS = {"a few": (2, 6), "few": (2, 6), "several": (2, 9), "some": (2, 9), None: (2, 9), "many": (2, None)}
VAGUE_UNITS = {"day": (1, "day"), "week": (7, "day"), "month": (1, "month"), "year": (12, "month"),
               "decade": (120, "month")}


@dataclass(frozen=True)
class VagueGap:
    """A gap of an unsaid number of units from the time told before: its least and most (None: no bound), in days
    or months, and which way."""

    least: int
    most: int | None
    unit: str
    later: bool


def vague_gap(text: str) -> VagueGap | None:
    """The gap a vague time expression measures from the time told before: "Several months later" 2 to 9 months
    later, "Days later" 2 to 9 days, "a few weeks earlier" 14 to 42 days earlier; None for other words."""
    found = VAGUE_GAP.fullmatch(text.lower().strip())
    if found is None:
        return None
    least, most = VAGUE_COUNTS[found.group(1)]
    size, unit = VAGUE_UNITS[found.group(2)]
    return VagueGap(least * size, most * size if most is not None else None, unit, found.group(3) != "earlier")


def retelling(action: Token) -> bool:
    """Whether a past main clause only retells an event the report told before, as what came after another: an
    event named by its subject "came", "happened" or "took place" ("The strikes [came] two days after ..."); not a
    doer that came ("Rwandan troops came to the area two weeks after ...") nor a state ("Peace came ...")."""
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in RETOLD_EVENTS \
            or any(child.lower_ in ANOTHER_OF_KIND for child in children(subject)):
        return False  # (nor "Another attack came", "A second blast occurred": a new event)
    return action.lemma_.lower() in {"come", "happen", "occur"} or (action.lemma_.lower() == "take" and any(
        child.dep_ == "dobj" and child.lower_ == "place" for child in children(action)))


# Words that make an event noun another of its kind: "Another attack came two days after ...".
ANOTHER_OF_KIND = {"another", "second", "third", "similar", "new", "fresh", "renewed", "separate", "further", "latest"}
# Nouns of an event a report retells ("The strikes came two days after ..."): attacks, arrests, moves, sayings.
RETOLD_EVENTS = set(NOMINAL_EVENTS) | {"arrest", "arrests", "detention", "release", "march", "protest", "protests",
                                       "rally", "move", "decision", "announcement", "comment", "comments", "remark",
                                       "remarks", "statement", "explosion", "blast", "clash", "clashes", "killing",
                                       "killings", "shooting", "crackdown", "offensive", "operation", "incident",
                                       "assault", "ambush", "resignation", "vote", "ruling", "verdict", "violence",
                                       "unrest", "escalation", "incursion", "meeting", "talks", "call"}
