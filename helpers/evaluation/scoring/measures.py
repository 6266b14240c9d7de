"""Precision, recall and F1, written once for every scorer (TempEval-3, SemEval timelines, MEANTIME participants)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Measures(NamedTuple):
    """Precision, recall and their harmonic mean F1, as fractions 0-1."""

    precision: float
    recall: float
    f1: float


def ratio(part: float, whole: float) -> float:
    """`part / whole`, or 0.0 when `whole` is 0 (nothing to be right about counts as nothing right)."""
    return part / whole if whole else 0.0


def precision_recall_f1(*, correct: int, system: int, found: int, gold: int) -> Measures:
    """Precision = `correct` / `system` (of the system's answers, those that are right); recall = `found` / `gold`
    (of the gold items, those the system found); F1 their harmonic mean. Each is 0.0 when its denominator is 0.

    `correct` and `found` are two counts because a scorer may count them on different sides: the SemEval
    timeline scorer checks system relations against the gold closure and gold relations against the system's.
    """
    precision, recall = ratio(correct, system), ratio(found, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Measures(precision, recall, f1)


class Scored:
    """A record of counts that gives its `precision`, `recall` and `f1`; a subclass says which counts in `measures`."""

    def measures(self) -> Measures:
        raise NotImplementedError

    @property
    def precision(self) -> float:
        return self.measures().precision

    @property
    def recall(self) -> float:
        return self.measures().recall

    @property
    def f1(self) -> float:
        return self.measures().f1


@dataclass(kw_only=True)
class EndToEnd(Scored):
    """Counts scored on what the system met and end to end: `system` answers, `correct` of them right; `gold`
    items among those the system met, `found` of them found; `gold_all` every gold item, met or not."""

    system: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    gold_all: int = 0

    def measures(self) -> Measures:
        return precision_recall_f1(correct=self.correct, system=self.system, found=self.found, gold=self.gold)

    @property
    def end_to_end_recall(self) -> float:
        return ratio(self.found, self.gold_all)

    def as_dict(self) -> dict:
        return {"system": self.system, "correct": self.correct, "gold": self.gold, "found": self.found,
                "gold_all": self.gold_all, "p": round(self.precision, 4), "r": round(self.recall, 4),
                "f1": round(self.f1, 4), "end_to_end_r": round(self.end_to_end_recall, 4)}
