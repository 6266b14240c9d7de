"""TempEval-3 Task A scoring: strict and relaxed span, type and value F1 of system TIMEX3s against gold.

Relaxed match ("the spans overlap by at least one token") is computed as: the spans share at least one
non-whitespace character. With tokens taken as whitespace/punctuation-separated pieces of the plain text,
every non-whitespace character lies in exactly one token, so sharing such a character is sharing a token,
and two spans that share a token share its characters: the two definitions agree (a span cutting a token
in half still touches that token, as in the official scorer, which maps spans onto whole tokens).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from helpers.evaluation.formats.timeml import TimeMLError, TimeMLTimex, read_timeml
from helpers.evaluation.scoring.measures import precision_recall_f1, ratio

ERROR_COLUMNS = ["file", "kind", "gold_text", "gold_type", "gold_value", "system_text", "system_type",
                 "system_value", "context"]
CONTEXT_CHARACTERS = 30  # on each side of the expression: 60 characters of context


@dataclass(frozen=True)
class Alignment:
    """A gold TIMEX3 and the system TIMEX3 matched to it; one side is None for a missed or spurious one."""

    gold: TimeMLTimex | None
    system: TimeMLTimex | None

    @property
    def strict(self) -> bool:
        return self.gold is not None and self.system is not None and \
            (self.gold.start, self.gold.end) == (self.system.start, self.system.end)

    @property
    def relaxed(self) -> bool:
        return self.gold is not None and self.system is not None


@dataclass(frozen=True)
class FileComparison:
    """One gold file against the system file of the same name; `problem` says why the system side is empty."""

    name: str
    text: str
    alignments: tuple[Alignment, ...]
    gold: int
    system: int
    problem: str = ""


def shared_characters(text: str, first: TimeMLTimex, second: TimeMLTimex) -> int:
    """How many non-whitespace characters two spans of `text` have in common."""
    return sum(not character.isspace() for character in text[max(first.start, second.start):min(first.end, second.end)])


def align(text: str, gold: Iterable[TimeMLTimex], system: Iterable[TimeMLTimex]) -> list[Alignment]:
    """Pair gold and system TIMEX3s one-to-one: identical spans first, then the largest overlaps (greedy).

    Every gold and every system TIMEX3 appears in exactly one Alignment, in text order.
    """
    gold, system = list(gold), list(system)
    candidates = []
    for g, gold_timex in enumerate(gold):
        for s, system_timex in enumerate(system):
            overlap = shared_characters(text, gold_timex, system_timex)
            if overlap:
                identical = (gold_timex.start, gold_timex.end) == (system_timex.start, system_timex.end)
                candidates.append((-identical, -overlap, gold_timex.start, system_timex.start, g, s))
    gold_partner: dict[int, int] = {}
    taken: set[int] = set()
    for *_, g, s in sorted(candidates):
        if g not in gold_partner and s not in taken:
            gold_partner[g] = s
            taken.add(s)
    alignments = [Alignment(timex, system[gold_partner[g]] if g in gold_partner else None)
                  for g, timex in enumerate(gold)]
    alignments += [Alignment(None, timex) for s, timex in enumerate(system) if s not in taken]
    return sorted(alignments, key=lambda a: ((a.gold or a.system).start, a.gold is None))


def compare_file(gold_path: Path, system_dir: Path) -> FileComparison:
    """Read a gold file and `system_dir/<same name>` and align their TIMEX3s.

    A missing or unreadable system file, or one whose text differs from the gold text (its offsets would
    mean nothing), counts as no system TIMEX3s; `problem` says which.
    """
    gold_path = Path(gold_path)
    gold = read_timeml(gold_path)
    system_path = Path(system_dir) / gold_path.name
    system: tuple[TimeMLTimex, ...] = ()
    problem = ""
    if not system_path.exists():
        problem = "missing system file"
    else:
        try:
            system_document = read_timeml(system_path)
        except (OSError, TimeMLError) as error:
            problem = f"unreadable system file: {error}"
        else:
            if system_document.text != gold.text:
                problem = "system text differs from gold text"
            else:
                system = system_document.timexes
    return FileComparison(gold_path.name, gold.text, tuple(align(gold.text, gold.timexes, system)),
                          len(gold.timexes), len(system), problem)


def compare(gold_paths: Iterable[Path], system_dir: Path) -> list[FileComparison]:
    """Every gold file against the system file of the same name."""
    return [compare_file(path, system_dir) for path in gold_paths]


def figures(comparisons: Iterable[FileComparison]) -> dict:
    """Micro-averaged TempEval-3 Task A figures (fractions 0-1) and the counts behind them."""
    comparisons = list(comparisons)
    alignments = [a for c in comparisons for a in c.alignments]
    gold = sum(c.gold for c in comparisons)
    system = sum(c.system for c in comparisons)
    strict = sum(a.strict for a in alignments)
    relaxed = [a for a in alignments if a.relaxed]
    same_type = sum(a.gold.type == a.system.type for a in relaxed)
    same_value = sum(a.gold.value == a.system.value for a in relaxed)
    result = {"files": len(comparisons), "gold": gold, "system": system, "strict_matches": strict,
              "relaxed_matches": len(relaxed), "type_matches": same_type, "value_matches": same_value}
    for name, matches in (("strict", strict), ("relaxed", len(relaxed))):
        measures = precision_recall_f1(correct=matches, system=system, found=matches, gold=gold)
        result.update({f"{name}_precision": measures.precision, f"{name}_recall": measures.recall,
                       f"{name}_f1": measures.f1})
    result["type_accuracy"] = ratio(same_type, len(relaxed))
    result["value_accuracy"] = ratio(same_value, len(relaxed))
    result["type_f1"] = result["relaxed_f1"] * result["type_accuracy"]
    result["value_f1"] = result["relaxed_f1"] * result["value_accuracy"]
    result["problems"] = {c.name: c.problem for c in comparisons if c.problem}
    return result


def score(gold_dir: Path, system_dir: Path) -> dict:
    """Score the system files of `system_dir` against every `*.tml` of `gold_dir`, paired by file name."""
    return figures(compare(sorted(Path(gold_dir).glob("*.tml")), system_dir))


def error_table(comparisons: Iterable[FileComparison]) -> pd.DataFrame:
    """One row per missed, spurious, or relaxed-matched TIMEX3 whose span, type or value differs.

    `kind` is missed, spurious, or the differences of a match joined by "+" (span, type, value: "span+value").
    """
    rows = []
    for comparison in comparisons:
        for alignment in comparison.alignments:
            kind = _error_kind(alignment)
            if not kind:
                continue
            gold, system = alignment.gold, alignment.system
            where = gold or system
            rows.append({"file": comparison.name, "kind": kind,
                         "gold_text": gold.text if gold else "", "gold_type": gold.type if gold else "",
                         "gold_value": gold.value if gold else "",
                         "system_text": system.text if system else "", "system_type": system.type if system else "",
                         "system_value": system.value if system else "",
                         "context": context(comparison.text, where.start, where.end)})
    return pd.DataFrame(rows, columns=ERROR_COLUMNS)


def context(text: str, start: int, end: int) -> str:
    """The expression in [brackets] with 30 characters either side, on one line."""
    before = text[max(0, start - CONTEXT_CHARACTERS):start]
    after = text[end:end + CONTEXT_CHARACTERS]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def _error_kind(alignment: Alignment) -> str:
    if alignment.system is None:
        return "missed"
    if alignment.gold is None:
        return "spurious"
    differences = [name for name, differs in (
        ("span", not alignment.strict),
        ("type", alignment.gold.type != alignment.system.type),
        ("value", alignment.gold.value != alignment.system.value)) if differs]
    return "+".join(differences)
