"""SemEval-2015 Task 4 scoring: temporal awareness (UzZaman & Allen 2011) of system timelines against gold ones.

Each timeline (helpers.evaluation.formats.timeline) becomes a graph over time points (see METRICS.md beside
the task's data, eval/external/METRICS.md):

- every event mention is a node, and so is every distinct anchor string that names a time (has a digit:
  `XXXX-XX-XX` names none, so events written with it are tied to no time node);
- each event is SIMULTANEOUS with its anchor; the mentions written on one line (coreferent) with each other;
- lines sorted by order number, each line's first mention is BEFORE the next line's when the order number
  grows, else SIMULTANEOUS with it; lines of order 0 are dropped.

With only BEFORE and SIMULTANEOUS the graph is point algebra: SIMULTANEOUS puts two nodes in one class,
BEFORE orders two classes, and the closure is "same class" plus "reachable". A relation that contradicts the
ones already added (gold files give events on one anchor different order numbers: 9, 10 and 11 all on
2005-06-06) is dropped; anchor relations go in first, so the anchors win over the order numbers.

The reduced graph (transitive reduction) keeps, in the order above, each relation the kept ones do not
already entail, then drops kept BEFORE relations that the others entail: per class of k nodes k-1 SIMULTANEOUS
relations (a star around the anchor when the class has one), plus one BEFORE per edge of the Hasse diagram.
Precision = system reduced relations the gold closure entails / system reduced relations; recall = gold
reduced relations the system closure entails / gold reduced relations; both micro-averaged over timelines.

Relations are counted on interval end points, as the TempEval-3 temporal-awareness tool behind the official
script does: SIMULTANEOUS ties two starts and two ends (2 point relations), BEFORE puts one end before a start
(1). With only these two relations the halves of a SIMULTANEOUS are entailed together, so this is a weight of 2
on SIMULTANEOUS. It reproduces METRICS.md's check figure: the corpus_1 gold timelines with every anchor
replaced by XXXX-XX-XX score F1 22.8 ("about 23"); counting each relation once gives 37.1.
`endpoints=False` counts each relation once.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal

from helpers.evaluation.formats.timeline import Timeline, TimelineLine, read_timeline, timeline_file_name
from helpers.evaluation.scoring.measures import Measures, Scored, precision_recall_f1

BEFORE, SIMULTANEOUS = "BEFORE", "SIMULTANEOUS"
Kind = Literal["BEFORE", "SIMULTANEOUS"]


@dataclass(frozen=True)
class Relation:
    """`left` BEFORE `right`, or the two SIMULTANEOUS; nodes are `event:<mention>` or `time:<anchor>`."""

    kind: Kind
    left: str
    right: str


@dataclass(frozen=True)
class Counts(Scored):
    """The four numbers behind precision and recall, summed over timelines for the micro-average."""

    p_num: int = 0
    p_den: int = 0
    r_num: int = 0
    r_den: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.p_num + other.p_num, self.p_den + other.p_den,
                      self.r_num + other.r_num, self.r_den + other.r_den)

    def measures(self) -> Measures:
        return precision_recall_f1(correct=self.p_num, system=self.p_den, found=self.r_num, gold=self.r_den)

    def as_dict(self) -> dict:
        """The JSON line's fields: counts, and p, r, f1 as fractions rounded to 4 places."""
        return {"p_num": self.p_num, "p_den": self.p_den, "r_num": self.r_num, "r_den": self.r_den,
                "p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class TargetScore:
    """One gold timeline against the system's: the file name, the counts, and what was wrong with the pair."""

    name: str
    entity: str
    counts: Counts
    problem: str = ""


def is_time(anchor: str) -> bool:
    """Whether an anchor names a time node: `2005`, `2004-XX-XX` do; `XXXX-XX-XX` (no digit) does not."""
    return any(character.isdigit() for character in anchor)


def relations_of(timeline: Timeline) -> list[Relation]:
    """The timeline's relations in the order they are added: anchors and coreference first, then the order."""
    lines = sorted((line for line in timeline.lines if line.order > 0), key=lambda line: line.order)
    relations = []
    for line in lines:
        first = f"event:{line.events[0]}"
        if is_time(line.anchor):
            relations += [Relation(SIMULTANEOUS, f"event:{event}", f"time:{line.anchor}") for event in line.events]
        relations += [Relation(SIMULTANEOUS, first, f"event:{event}") for event in line.events[1:]]
    for previous, line in zip(lines, lines[1:]):
        kind = BEFORE if line.order > previous.order else SIMULTANEOUS
        relations.append(Relation(kind, f"event:{previous.events[0]}", f"event:{line.events[0]}"))
    return relations


class PointGraph:
    """Time points related by SIMULTANEOUS (one class) and BEFORE (an edge between classes), with their closure."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.after: dict[str, set[str]] = {}  # class representative -> classes directly after it

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def precedes(self, first: str, second: str) -> bool:
        """Whether class `first` reaches class `second` by BEFORE edges (both representatives)."""
        seen, queue = {first}, deque([first])
        while queue:
            for following in self.after.get(queue.popleft(), ()):
                following = self.find(following)
                if following == second:
                    return True
                if following not in seen:
                    seen.add(following)
                    queue.append(following)
        return False

    def entails(self, relation: Relation) -> bool:
        """Whether the closure holds `relation` (nodes the graph never saw are related to nothing)."""
        if relation.left not in self.parent or relation.right not in self.parent:
            return False
        left, right = self.find(relation.left), self.find(relation.right)
        if relation.kind == SIMULTANEOUS:
            return left == right
        return left != right and self.precedes(left, right)

    def contradicts(self, relation: Relation) -> bool:
        left, right = self.find(relation.left), self.find(relation.right)
        if relation.kind == SIMULTANEOUS:
            return left != right and (self.precedes(left, right) or self.precedes(right, left))
        return left == right or self.precedes(right, left)

    def add(self, relation: Relation) -> str:
        """Add a relation: "new", "entailed" (already held, nothing changes) or "contradiction" (dropped)."""
        if self.entails(relation):
            return "entailed"
        if self.contradicts(relation):
            return "contradiction"
        left, right = self.find(relation.left), self.find(relation.right)
        if relation.kind == SIMULTANEOUS:
            self.parent[right] = left
            self.after.setdefault(left, set()).update(self.after.pop(right, set()))
        else:
            self.after.setdefault(left, set()).add(right)
        return "new"


def closure(relations: Iterable[Relation]) -> PointGraph:
    """The graph of `relations`, contradictions dropped."""
    graph = PointGraph()
    for relation in relations:
        graph.add(relation)
    return graph


def reduced(relations: Iterable[Relation]) -> list[Relation]:
    """The transitive reduction: relations the earlier kept ones do not entail, minus BEFOREs the rest entail."""
    graph = PointGraph()
    kept = [relation for relation in relations if graph.add(relation) == "new"]
    for relation in [r for r in kept if r.kind == BEFORE]:
        others = [r for r in kept if r is not relation]
        if closure(others).entails(relation):
            kept = others
    return kept


def weight(relation: Relation, *, endpoints: bool = True) -> int:
    """How many point relations a relation stands for: SIMULTANEOUS 2 (starts, ends), BEFORE 1 (end < start)."""
    return 2 if endpoints and relation.kind == SIMULTANEOUS else 1


def score_timelines(gold: Timeline, system: Timeline | None, *, endpoints: bool = True) -> Counts:
    """Temporal awareness counts of one system timeline (None: no file, zero recall) against its gold one."""
    gold_relations = relations_of(gold)
    gold_reduced = reduced(gold_relations)
    r_den = sum(weight(r, endpoints=endpoints) for r in gold_reduced)
    if system is None:
        return Counts(0, 0, 0, r_den)
    system_relations = relations_of(system)
    system_reduced = reduced(system_relations)
    gold_closure, system_closure = closure(gold_relations), closure(system_relations)
    return Counts(p_num=sum(weight(r, endpoints=endpoints) for r in system_reduced if gold_closure.entails(r)),
                  p_den=sum(weight(r, endpoints=endpoints) for r in system_reduced),
                  r_num=sum(weight(r, endpoints=endpoints) for r in gold_reduced if system_closure.entails(r)),
                  r_den=r_den)


def gold_files(gold_dir: str | Path) -> dict[str, Path]:
    """Canonical file name -> gold file; `s&p_500.txt` and `s_and_p_500.txt` (duplicates) count once."""
    found: dict[str, Path] = {}
    for path in sorted(Path(gold_dir).glob("*.txt")):
        found.setdefault(timeline_file_name(path.stem.replace("_", " ")), path)
    return found


def score_folders(gold_dir: str | Path, system_dir: str | Path, *, endpoints: bool = True) -> list[TargetScore]:
    """Every gold timeline against the system file of the same (canonical) name, in file-name order."""
    scores = []
    for name, gold_path in gold_files(gold_dir).items():
        gold = read_timeline(gold_path)
        candidates = [Path(system_dir) / name, Path(system_dir) / gold_path.name]
        system_path = next((path for path in candidates if path.is_file()), None)
        problem, system = "", None
        if system_path is None:
            problem = "missing system file"
        else:
            try:
                system = read_timeline(system_path)
            except (OSError, UnicodeDecodeError, ValueError) as error:
                problem = f"unreadable system file: {error}"
        scores.append(TargetScore(name, gold.entity, score_timelines(gold, system, endpoints=endpoints), problem))
    return scores


def total(scores: Iterable[TargetScore]) -> Counts:
    """The micro-average's counts: every timeline's counts summed."""
    return sum((score.counts for score in scores), Counts())


MENTION_COLUMNS = ["target", "mention", "kind", "gold_order", "gold_anchor", "system_order", "system_anchor"]


def mention_rows(name: str, gold: Timeline, system: Timeline | None) -> list[dict]:
    """Where one system timeline's mentions differ from the gold's, one row per mention, for error analysis.

    `kind`: `same anchor`, `other anchor`, `missed` (gold, ordered, not in the system file), `spurious` (in
    no gold line), `gold order 0` (the gold lists it unordered, so it is outside the gold graph) and
    `system order 0` (the system left an ordered gold mention unordered).
    """
    def placed(timeline: Timeline | None) -> dict[str, TimelineLine]:
        found: dict[str, TimelineLine] = {}
        for line in timeline.lines if timeline else ():
            for event in line.events:
                if event not in found or found[event].order == 0:
                    found[event] = line
        return found

    gold_lines, system_lines = placed(gold), placed(system)
    rows = []
    for mention in dict.fromkeys([*gold_lines, *system_lines]):
        gold_line, system_line = gold_lines.get(mention), system_lines.get(mention)
        if gold_line is None:
            kind = "spurious"
        elif system_line is None:
            kind = "missed" if gold_line.order else ""
        elif gold_line.order == 0:
            kind = "gold order 0" if system_line.order else ""
        elif system_line.order == 0:
            kind = "system order 0"
        else:
            kind = "same anchor" if gold_line.anchor == system_line.anchor else "other anchor"
        if kind:
            rows.append({"target": name, "mention": mention, "kind": kind,
                         "gold_order": gold_line.order if gold_line else None,
                         "gold_anchor": gold_line.anchor if gold_line else "",
                         "system_order": system_line.order if system_line else None,
                         "system_anchor": system_line.anchor if system_line else ""})
    return rows


def mention_table(gold_dir: str | Path, system_dir: str | Path):
    """`mention_rows` of every gold timeline and the system file of the same name, as a DataFrame."""
    import pandas as pd

    rows = []
    for name, gold_path in gold_files(gold_dir).items():
        system_path = Path(system_dir) / name
        try:
            system = read_timeline(system_path) if system_path.is_file() else None
        except (OSError, UnicodeDecodeError, ValueError):
            system = None
        rows += mention_rows(name, read_timeline(gold_path), system)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)
