"""Tests of precision, recall and F1 (helpers/evaluation/scoring/measures.py), the one copy every scorer uses."""
import pytest

from helpers.evaluation.scoring.measures import Measures, Scored, precision_recall_f1, ratio


def test_precision_recall_and_their_harmonic_mean():
    # 3 of 4 system answers right, 3 of 6 gold items found: P 0.75, R 0.5, F1 2 * 0.375 / 1.25 = 0.6
    measures = precision_recall_f1(correct=3, system=4, found=3, gold=6)
    assert measures == Measures(0.75, 0.5, pytest.approx(0.6))
    assert (measures.precision, measures.recall) == (0.75, 0.5)


def test_correct_and_found_are_counted_apart():
    # the SemEval scorer: 2 of 5 system relations in the gold closure, 4 of 8 gold relations in the system's
    assert precision_recall_f1(correct=2, system=5, found=4, gold=8)[:2] == (0.4, 0.5)


def test_perfect_and_all_wrong():
    assert precision_recall_f1(correct=5, system=5, found=5, gold=5) == (1.0, 1.0, 1.0)
    assert precision_recall_f1(correct=0, system=5, found=0, gold=5) == (0.0, 0.0, 0.0)  # p + r = 0: no division


@pytest.mark.parametrize("counts, expected", [
    ({"correct": 0, "system": 0, "found": 0, "gold": 4}, (0.0, 0.0, 0.0)),  # the system said nothing
    ({"correct": 0, "system": 3, "found": 0, "gold": 0}, (0.0, 0.0, 0.0)),  # nothing to find
    ({"correct": 0, "system": 0, "found": 0, "gold": 0}, (0.0, 0.0, 0.0)),  # nothing at all
    ({"correct": 2, "system": 2, "found": 0, "gold": 0}, (1.0, 0.0, 0.0)),  # right answers, no gold to recall
])
def test_a_zero_denominator_gives_zero_not_an_error(counts, expected):
    assert precision_recall_f1(**counts) == expected


def test_ratio():
    assert ratio(1, 4) == 0.25
    assert ratio(3, 0) == 0.0
    assert ratio(0, 0) == 0.0


def test_the_counts_are_keyword_only():
    with pytest.raises(TypeError):
        precision_recall_f1(1, 2, 1, 2)


def test_a_scored_record_gives_the_three_figures_of_its_counts():
    class Hits(Scored):
        def measures(self) -> Measures:
            return precision_recall_f1(correct=1, system=2, found=1, gold=4)

    hits = Hits()
    assert (hits.precision, hits.recall, hits.f1) == (0.5, 0.25, pytest.approx(1 / 3))
    with pytest.raises(NotImplementedError):
        Scored().precision
