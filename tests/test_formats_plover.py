"""Tests of the PLOVER gold-record reader (helpers/evaluation/formats/plover.py) on records written here."""
from __future__ import annotations

import json

import pytest

from helpers.evaluation.formats.plover import event_phrases, parse_records, read_plover_records

RECORDS = [
    {"id": "T-DOC-0000", "event": "DOCUMENT", "comment": "a documentation record: no text, skipped"},
    {"id": "T-AGREE-0001", "event": "AGREE", "text": "Peru and Chile agreed on Monday to reopen their border.",
     "source": [{"actorText": "Peru", "code": "PER"}, {"actorText": "Chile", "code": "CHL"}], "target": "",
     "mode": None,
     "textInfo": {"markup": "(SRC/TAR: Peru) and (SRC/TAR: Chile) (EVT: agreed) on Monday to (EVT: reopen) "
                            "their border."}},
    # hand-made markup: `textInfo` is the markup itself, a mark closes with "}", another nests a mark
    {"id": "T-AID-0002", "event": "AID", "text": "The Red Cross has flown tents to flooded villages in Ruritania.",
     "source": [{"actorText": "Red Cross", "code": "NGO"}], "target": [{"actorText": "Ruritania", "code": "RUR"}],
     "mode": "humanitarian",
     "textInfo": "The (SRC: Red Cross) (EVT: has flown} tents to flooded villages (LOC: in (TAR: Ruritania))."},
    {"id": "T-DEMAND-0003", "event": "DEMAND", "text": "Farmers demanded lower taxes.",
     "source": [{"actorText": "Farmers"}], "target": "political",
     "textInfo": {"markup": "(SRC: Farmers) (EVT: demanded) lower taxes."}},
]


@pytest.fixture
def records(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return read_plover_records(path)


def test_a_record_without_text_is_skipped(records):
    assert [record.record_id for record in records] == ["T-AGREE-0001", "T-AID-0002", "T-DEMAND-0003"]


def test_actors_event_and_mode(records):
    agree, aid, _ = records
    assert (agree.event, agree.sources, agree.targets, agree.mode) == ("AGREE", ("Peru", "Chile"), (), "")
    assert (aid.sources, aid.targets, aid.mode) == (("Red Cross",), ("Ruritania",), "humanitarian")


def test_a_bare_string_target_names_no_actor(records):
    assert records[2].targets == ()


def test_marked_event_words_in_order(records):
    agree, aid, demand = records
    assert agree.event_words == ("agreed", "reopen")
    assert aid.event_phrases == ("has flown",) and aid.event_words == ("has", "flown")
    assert demand.event_words == ("demanded",)


@pytest.mark.parametrize("markup, phrases", [
    ("(EVT: agreed) to (EVT: share information)", ("agreed", "share information")),
    ("(EVT: thwarted (LOC: in (SRC: Ruritania)))", ("thwarted",)),
    ("(SRC: Ruritania) said nothing.", ()),
])
def test_event_phrases(markup, phrases):
    assert event_phrases(markup) == phrases


def test_a_missing_file_says_where_it_looked(tmp_path):
    with pytest.raises(FileNotFoundError, match="not at"):
        read_plover_records(tmp_path / "absent.json")


@pytest.mark.parametrize("text", [
    '[{"id": "a", "text": "x"}, {"id": "b", "text": "y"}]',
    '[\n  {"id": "a", "text": "x",},\n  {"id": "b", "text": "y",},\n]',  # the original file's trailing commas
    '{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n',  # JSON lines
])
def test_the_files_a_gsr_comes_in(text):
    assert [record["id"] for record in parse_records(text)] == ["a", "b"]


def test_a_file_that_is_not_json_is_refused():
    with pytest.raises(ValueError):
        parse_records("id,text\na,x\n")
