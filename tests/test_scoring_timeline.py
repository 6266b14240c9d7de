"""Tests of the SemEval-2015 Task 4 scorer (helpers/evaluation/scoring/timeline.py) on tiny hand-made timelines.

Relations are counted on interval end points: a SIMULTANEOUS relation counts 2 (starts and ends tied), a
BEFORE relation 1 (one end before a start). Every expected count is worked out by hand in the comments, with
events written a, b, c and anchors T1 = 2005-01-18, T2 = 2005-06-13, T3 = 2005-09-01.
"""
import json
import subprocess
import sys
from pathlib import Path

from helpers.evaluation.formats.timeline import parse_timeline
from helpers.evaluation.scoring.timeline import (
    Counts,
    PointGraph,
    Relation,
    gold_files,
    mention_rows,
    reduced,
    relations_of,
    score_folders,
    score_timelines,
    total,
)
from helpers.paths import ROOT

# a = T1, b = T2, a BEFORE b: reduced 2 + 2 + 1 = 5 point relations.
TWO = "Airbus\n1\t2005-01-18\t1-2-a\n2\t2005-06-13\t2-3-b\n"
# a = T1, b = T2, c = T3, a BEFORE b, b BEFORE c: reduced 2 + 2 + 2 + 1 + 1 = 8.
THREE = "Boeing\n1\t2005-01-18\t1-2-a\n2\t2005-06-13\t1-3-b\n3\t2005-09-01\t1-4-c\n"


def counts(gold: str, system: str | None, **options) -> tuple[int, int, int, int]:
    result = score_timelines(parse_timeline(gold), parse_timeline(system) if system is not None else None, **options)
    return result.p_num, result.p_den, result.r_num, result.r_den


def test_identical_timelines_score_one():
    assert counts(TWO, TWO) == (5, 5, 5, 5)
    assert counts(THREE, THREE) == (8, 8, 8, 8)
    assert Counts(5, 5, 5, 5).f1 == 1.0


def test_counting_each_relation_once():
    # a = T1, b = T2, a BEFORE b: three relations
    assert counts(TWO, TWO, endpoints=False) == (3, 3, 3, 3)


def test_one_missing_event():
    # system: a = T1 (2), c = T3 (2), a BEFORE c (1): 5, all entailed by the gold (a < b < c).
    # gold: a = T1 (2) and c = T3 (2) found; b = T2, a < b, b < c not: recall 4 / 8.
    system = "Boeing\n1\t2005-01-18\t1-2-a\n2\t2005-09-01\t1-4-c\n"
    assert counts(THREE, system) == (5, 5, 4, 8)


def test_wrong_order():
    # system: b = T2, a = T1, b BEFORE a: the gold entails the two anchors (4) but not b < a: 4 / 5.
    # gold: a = T1, b = T2 found (4), a < b not (the system says the reverse): 4 / 5.
    system = "Airbus\n1\t2005-06-13\t2-3-b\n2\t2005-01-18\t1-2-a\n"
    assert counts(TWO, system) == (4, 5, 4, 5)


def test_anchors_match_as_exact_strings():
    # `2005` and `2005-XX-XX` are different time nodes: only b = T2 (2) and a < b (1) match either way.
    gold = "Airbus\n1\t2005-XX-XX\t1-2-a\n2\t2005-06-13\t2-3-b\n"
    system = "Airbus\n1\t2005\t1-2-a\n2\t2005-06-13\t2-3-b\n"
    assert counts(gold, system) == (3, 5, 3, 5)


def test_order_zero_lines_and_unknown_anchors():
    # order 0 is dropped; XXXX-XX-XX is no time node: a BEFORE b (1) and b = T2 (2) are all that is left.
    gold = "Airbus\n0\tXXXX-XX-XX\t9-9-z\n1\tXXXX-XX-XX\t1-2-a\n2\t2005-06-13\t2-3-b\n"
    assert counts(gold, gold) == (3, 3, 3, 3)
    # a system listing z ordered gains nothing: z = T1 (2) and z BEFORE a (1) are not in the gold graph
    system = "Airbus\n1\t2005-01-18\t9-9-z\n2\tXXXX-XX-XX\t1-2-a\n3\t2005-06-13\t2-3-b\n"
    assert counts(gold, system) == (3, 6, 3, 3)


def test_coreferent_mentions_on_one_line():
    # a = T1 and a2 = T1 (2 + 2); a = a2 follows from them and is not counted again
    gold = "Airbus\n1\t2005-01-18\t1-2-a\t3-0-a2\n"
    assert counts(gold, gold) == (4, 4, 4, 4)
    # the same two mentions on two lines with one order number mean the same
    system = "Airbus\n1\t2005-01-18\t1-2-a\n1\t2005-01-18\t3-0-a2\n"
    assert counts(gold, system) == (4, 4, 4, 4)


def test_contradictory_gold_keeps_its_anchors():
    # a = T and b = T, then a BEFORE b contradicts them and is dropped: 2 + 2
    gold = "Steve Jobs\n1\t2005-06-06\t1-2-a\n2\t2005-06-06\t1-3-b\n"
    assert counts(gold, gold) == (4, 4, 4, 4)


def test_reduction_drops_what_the_rest_entails():
    chain = [Relation("BEFORE", "a", "c"), Relation("BEFORE", "a", "b"), Relation("BEFORE", "b", "c")]
    assert reduced(chain) == chain[1:]
    graph = PointGraph()
    for relation in chain:
        graph.add(relation)
    assert graph.entails(Relation("BEFORE", "a", "c"))
    assert not graph.entails(Relation("BEFORE", "c", "a"))
    assert not graph.entails(Relation("SIMULTANEOUS", "a", "x"))  # x was never seen


def test_relations_follow_the_order_numbers_not_the_file_order():
    shuffled = parse_timeline("Airbus\n2\t2005-06-13\t2-3-b\n1\t2005-01-18\t1-2-a\n")
    assert Relation("BEFORE", "event:1-2-a", "event:2-3-b") in relations_of(shuffled)


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_missing_system_file_scores_zero_recall(tmp_path):
    gold = write(tmp_path / "gold", {"airbus.txt": TWO})
    system = write(tmp_path / "system", {})
    [score] = score_folders(gold, system)
    assert (score.counts.p_den, score.counts.r_num, score.counts.r_den) == (0, 0, 5)
    assert score.problem == "missing system file"
    assert score.counts.f1 == 0.0


def test_micro_average_over_two_targets(tmp_path):
    # airbus identical: 5/5, 5/5; boeing one event missing: 5/5, 4/8.
    # micro: P = 10/10, R = 9/13 = 0.6923, F1 = 2 * 0.6923 / 1.6923 = 0.8182 (a macro recall would be 0.75)
    gold = write(tmp_path / "gold", {"airbus.txt": TWO, "boeing.txt": THREE})
    system = write(tmp_path / "system", {"airbus.txt": TWO,
                                         "boeing.txt": "Boeing\n1\t2005-01-18\t1-2-a\n2\t2005-09-01\t1-4-c\n"})
    result = total(score_folders(gold, system)).as_dict()
    assert result == {"p_num": 10, "p_den": 10, "r_num": 9, "r_den": 13, "p": 1.0, "r": 0.6923, "f1": 0.8182}


def test_duplicate_gold_files_count_once(tmp_path):
    gold = write(tmp_path / "gold", {"s&p_500.txt": "S&P 500\n1\t2008\t1-1-x\n",
                                     "s_and_p_500.txt": "S&P 500\n1\t2008\t1-1-x\n"})
    assert list(gold_files(gold)) == ["s_and_p_500.txt"]


def test_a_malformed_system_file_scores_zero_recall(tmp_path):
    gold = write(tmp_path / "gold", {"airbus.txt": TWO})
    system = write(tmp_path / "system", {"airbus.txt": "Airbus\nfirst\t2005\t1-2-a\n"})
    [score] = score_folders(gold, system)
    assert score.problem.startswith("unreadable system file")
    assert score.counts.r_den == 5 and score.counts.r_num == 0


def test_mention_rows_say_what_differs():
    gold = parse_timeline("Airbus\n0\tXXXX-XX-XX\t9-9-z\n1\t2005-01-18\t1-2-a\n2\t2005-06-13\t2-3-b\n")
    system = parse_timeline("Airbus\n1\t2005-01-17\t1-2-a\n2\t2005-06-13\t9-9-z\n3\t2005-07-01\t5-5-new\n")
    kinds = {row["mention"]: row["kind"] for row in mention_rows("airbus.txt", gold, system)}
    assert kinds == {"9-9-z": "gold order 0", "1-2-a": "other anchor", "2-3-b": "missed", "5-5-new": "spurious"}


def test_benchmark_prints_rows_and_json_last(tmp_path):
    gold = write(tmp_path / "gold", {"airbus.txt": TWO, "boeing.txt": THREE})
    system = write(tmp_path / "system", {"airbus.txt": TWO})
    completed = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "semeval2015.py"), "--gold", str(gold),
                                "--system", str(system)], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.strip().splitlines()
    assert any(line.startswith("boeing") and "missing system file" in line for line in lines)
    # airbus 5/5, 5/5; boeing no file: recall 0/8
    assert json.loads(lines[-1]) == {"p_num": 5, "p_den": 5, "r_num": 5, "r_den": 13, "p": 1.0, "r": 0.3846,
                                     "f1": 0.5556}
