"""Tests of the TempEval-3 Task A scorer (helpers/evaluation/scoring/tempeval.py) on tiny hand-made TimeML pairs.

Every expected figure is worked out by hand in the comments. The scoring logic lives in helpers;
benchmarks/tempeval3.py only adds the TBAQ-cleaned split and printing, and is loaded here with importlib
(benchmarks/ is not a package) to check that split.
"""
import importlib.util
import re
from pathlib import Path

import pytest

from helpers.paths import ROOT
from helpers.evaluation.scoring.tempeval import compare, error_table, score

def timeml(marked: str) -> str:
    """A TimeML file whose TEXT is `marked`: TEXT with [expression|TYPE|value] where a TIMEX3 goes."""
    count = iter(range(1, 100))

    def tag(match: re.Match) -> str:
        words, kind, value = match.group(1).split("|")
        return f'<TIMEX3 tid="t{next(count)}" type="{kind}" value="{value}">{words}</TIMEX3>'

    body = re.sub(r"\[([^\]]+)\]", tag, marked)
    return ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
            '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-25" functionInDocument="CREATION_TIME">'
            "2013-03-25</TIMEX3></DCT>\n"
            f"<TEXT>{body}</TEXT>\n</TimeML>\n")


def folders(tmp_path: Path, gold: dict[str, str], system: dict[str, str]) -> tuple[Path, Path]:
    for side, files in (("gold", gold), ("system", system)):
        (tmp_path / side).mkdir()
        for name, marked in files.items():
            (tmp_path / side / name).write_text(timeml(marked), encoding="utf-8")
    return tmp_path / "gold", tmp_path / "system"


FRIDAY = "[Friday|DATE|2013-03-22]"
MARCH_22 = "[March 22|DATE|2013-03-22]"
PAST_THREE_MONTHS = "[the past three months|DURATION|P3M]"


def doc(friday="Friday", march="March 22", months="the past three months", today="today") -> str:
    return (f"The minister resigned on {friday}, {march}, after {months} of talks and said so {today}.")


def figures_of(tmp_path, gold, system) -> dict:
    return score(*folders(tmp_path, gold, system))


def test_exact_match_scores_one_everywhere(tmp_path):
    result = figures_of(tmp_path, {"a.tml": doc(friday=FRIDAY)}, {"a.tml": doc(friday=FRIDAY)})
    assert (result["gold"], result["system"], result["strict_matches"]) == (1, 1, 1)
    for key in ("strict_f1", "relaxed_f1", "type_f1", "value_f1"):
        assert result[key] == 1.0


def test_partial_overlap_counts_relaxed_not_strict(tmp_path):
    # gold: Friday, "the past three months"; system: Friday, "three months".
    # strict: 1 match of 2 system, 2 gold -> P = R = F1 = 1/2. relaxed: 2 of 2 -> 1.0.
    # values agree on both relaxed matches -> value F1 = 1.0 x 2/2 = 1.0.
    gold = doc(friday=FRIDAY, months=PAST_THREE_MONTHS)
    system = doc(friday=FRIDAY, months="the past [three months|DURATION|P3M]")
    result = figures_of(tmp_path, {"a.tml": gold}, {"a.tml": system})
    assert (result["strict_precision"], result["strict_recall"], result["strict_f1"]) == (0.5, 0.5, 0.5)
    assert (result["relaxed_precision"], result["relaxed_recall"], result["relaxed_f1"]) == (1.0, 1.0, 1.0)
    assert result["value_f1"] == 1.0


def test_a_wrong_value_lowers_value_f1_only(tmp_path):
    # two exact matches, one with the wrong value: span F1s 1.0; value F1 = 1.0 x 1/2 = 0.5; type F1 1.0.
    gold = doc(friday=FRIDAY, march=MARCH_22)
    system = doc(friday="[Friday|DATE|2013-03-15]", march=MARCH_22)
    result = figures_of(tmp_path, {"a.tml": gold}, {"a.tml": system})
    assert (result["strict_f1"], result["relaxed_f1"], result["type_f1"]) == (1.0, 1.0, 1.0)
    assert result["value_f1"] == 0.5


def test_a_wrong_type_lowers_type_f1_only(tmp_path):
    # one exact match, same value, type DATE instead of DURATION: type F1 = 1.0 x 0/1 = 0; the rest 1.0.
    gold = doc(months=PAST_THREE_MONTHS)
    system = doc(months="[the past three months|DATE|P3M]")
    result = figures_of(tmp_path, {"a.tml": gold}, {"a.tml": system})
    assert (result["strict_f1"], result["relaxed_f1"], result["value_f1"]) == (1.0, 1.0, 1.0)
    assert result["type_f1"] == 0.0


def test_a_spurious_and_a_missed_expression(tmp_path):
    # gold: Friday, March 22; system: Friday, today. 1 match: P = 1/2, R = 1/2, F1 = 1/2 (strict and relaxed);
    # the one match has the right value: value F1 = 1/2 x 1/1 = 1/2.
    gold = doc(friday=FRIDAY, march=MARCH_22)
    system = doc(friday=FRIDAY, today="[today|DATE|2013-03-25]")
    result = figures_of(tmp_path, {"a.tml": gold}, {"a.tml": system})
    for key in ("strict_precision", "strict_recall", "strict_f1", "relaxed_f1", "value_f1"):
        assert result[key] == 0.5


def test_two_files_are_micro_averaged(tmp_path):
    # a.tml: 1 gold, 1 system, matched. b.tml: 3 gold, 1 system, matched.
    # micro: P = 2/2 = 1, R = 2/4 = 1/2, F1 = 2 x 1 x 1/2 / (3/2) = 2/3 (a macro average would give 3/4).
    gold = {"a.tml": doc(friday=FRIDAY), "b.tml": doc(friday=FRIDAY, march=MARCH_22, months=PAST_THREE_MONTHS)}
    system = {"a.tml": doc(friday=FRIDAY), "b.tml": doc(friday=FRIDAY)}
    result = figures_of(tmp_path, gold, system)
    assert (result["files"], result["gold"], result["system"]) == (2, 4, 2)
    assert (result["strict_precision"], result["strict_recall"]) == (1.0, 0.5)
    assert result["strict_f1"] == pytest.approx(2 / 3)


def test_a_missing_system_file_counts_as_no_system_expressions(tmp_path):
    # a.tml: 1 gold, 1 system matched; b.tml: 2 gold, no system file. P = 1/1, R = 1/3, F1 = 2 x 1/3 / (4/3) = 1/2.
    gold = {"a.tml": doc(friday=FRIDAY), "b.tml": doc(friday=FRIDAY, march=MARCH_22)}
    result = figures_of(tmp_path, gold, {"a.tml": doc(friday=FRIDAY)})
    assert (result["files"], result["gold"], result["system"]) == (2, 3, 1)
    assert (result["relaxed_precision"], result["relaxed_recall"], result["relaxed_f1"]) == (1.0, pytest.approx(1 / 3),
                                                                                          0.5)
    assert result["problems"] == {"b.tml": "missing system file"}


def test_a_system_expression_is_matched_at_most_once(tmp_path):
    # gold: Friday and March 22; system: one span "Friday, March 22" overlapping both.
    # one-to-one: 1 relaxed match -> P = 1/1, R = 1/2, F1 = 2/3; no identical span -> strict 0.
    gold = doc(friday=FRIDAY, march=MARCH_22)
    system = "The minister resigned on [Friday, March 22|DATE|2013-03-22], after the past three months of talks " \
             "and said so today."
    result = figures_of(tmp_path, {"a.tml": gold}, {"a.tml": system})
    assert result["relaxed_matches"] == 1
    assert result["relaxed_f1"] == pytest.approx(2 / 3)
    assert result["strict_f1"] == 0.0


def test_scores_count_nothing_when_there_is_nothing(tmp_path):
    result = figures_of(tmp_path, {"a.tml": doc()}, {"a.tml": doc()})
    assert (result["gold"], result["system"], result["strict_f1"], result["value_f1"]) == (0, 0, 0.0, 0.0)


def test_a_system_file_with_other_text_scores_as_empty(tmp_path):
    result = figures_of(tmp_path, {"a.tml": doc(friday=FRIDAY)}, {"a.tml": doc(friday=FRIDAY) + " Extra."})
    assert (result["system"], result["relaxed_f1"]) == (0, 0.0)
    assert result["problems"] == {"a.tml": "system text differs from gold text"}


def test_error_table_names_each_kind_of_error(tmp_path):
    gold = doc(friday=FRIDAY, march=MARCH_22, months=PAST_THREE_MONTHS)
    system = doc(friday="[Friday|DATE|2013-03-29]", months="the past [three months|DURATION|P2M]",
                 today="[today|DATE|2013-03-25]")
    gold_dir, system_dir = folders(tmp_path, {"a.tml": gold}, {"a.tml": system})
    errors = error_table(compare(sorted(gold_dir.glob("*.tml")), system_dir))
    assert errors[["kind", "gold_text", "gold_value", "system_text", "system_value"]].values.tolist() == [
        ["value", "Friday", "2013-03-22", "Friday", "2013-03-29"],
        ["missed", "March 22", "2013-03-22", "", ""],
        ["span+value", "the past three months", "P3M", "three months", "P2M"],
        ["spurious", "", "", "today", "2013-03-25"],
    ]
    # 30 characters either side: only 25 exist before "Friday"
    assert errors["context"][0] == "The minister resigned on [Friday], March 22, after the past thr"


def load_benchmark():
    spec = importlib.util.spec_from_file_location("tempeval3_benchmark", ROOT / "benchmarks" / "tempeval3.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_held_out_part_is_every_fifth_file_by_name_whatever_the_order_given():
    split_development = load_benchmark().split_development
    names = [Path(f"folder{i % 2}/doc{i:02d}.tml") for i in range(12)]
    tuned, held_out = split_development(list(reversed(names)))
    assert [p.name for p in held_out] == ["doc04.tml", "doc09.tml"]
    assert len(tuned) == 10 and not set(tuned) & set(held_out)
