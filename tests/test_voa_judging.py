"""benchmarks/voa_judging.py's bookkeeping of kept judgements: which verdicts still apply to the rows the kit gives.

benchmarks/ is not a package: the script is loaded with importlib, as tests/test_scoring_tempeval.py does.
"""
import importlib.util

import pandas as pd

from helpers.paths import ROOT


def benchmark():
    spec = importlib.util.spec_from_file_location("voa_judging_benchmark", ROOT / "benchmarks" / "voa_judging.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(*records):
    columns = ["sentence", "trigger", "actor", "place", "source", "date_value"]
    return pd.DataFrame([dict(zip(columns, record)) for record in records])


def judged(*records):
    columns = ["sentence", "trigger", "actor", "place", "source", "date_value", "is_event", "actor_ok", "place_ok",
               "source_ok", "date_ok"]
    return pd.DataFrame([dict(zip(columns, record)) for record in records])


def test_a_verdict_holds_while_the_kit_gives_the_value_judged():
    events = rows(("Troops took Izium.", "took", "Ukraine", "Izium", "", "2022-09-10"))
    verdicts = judged(("Troops took Izium.", "took", "troops", "Izium", "", "2022-09-10", "y", "n", "y", "-", "y"))
    found = benchmark().verdicts_for(events, verdicts).iloc[0]
    # the same word of the same sentence is the same event; the actor judged was another value
    assert (found["is_event"], found["actor_ok"], found["place_ok"], found["date_ok"]) == ("y", "", "y", "y")


def test_a_row_judged_twice_keeps_its_last_verdict_and_an_unjudged_row_has_none():
    events = rows(("Troops took Izium.", "took", "troops", "Izium", "", "2022-09-10"),
                  ("Talks resumed.", "resumed", "", "", "", "2022-09-12"))
    verdicts = judged(("Troops took Izium.", "took", "troops", "Izium", "", "2022-09-10", "y", "n", "y", "-", "y"),
                      ("Troops took Izium.", "took", "troops", "Izium", "", "2022-09-10", "y", "y", "y", "-", "y"))
    found = benchmark().verdicts_for(events, verdicts)
    assert found.loc[0, "actor_ok"] == "y"
    assert found.loc[1, ["is_event", "actor_ok", "place_ok", "source_ok", "date_ok"]].eq("").all()
