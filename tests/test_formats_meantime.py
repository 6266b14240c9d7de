"""Tests of the MEANTIME reader (helpers/evaluation/formats/meantime.py) on tiny hand-made documents.

The documents are also the input of tests/test_scoring_participants.py, which imports them from here.
"""
from pathlib import Path

import pytest

from helpers.evaluation.formats.meantime import meantime_files, read_meantime

# t_ids: Airbus 8, unveiled 9, the A380 10-11; it 17, delivered 18, the plane 19-20, Qantas 22.
AIRBUS = ["Airbus unveils A380", "January 18 , 2005", "Airbus unveiled the A380 in Toulouse .",
          "Yesterday , it delivered the plane to Qantas ."]
AIRBUS_MARKABLES = """<Markables>
<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="2005-01-18"></TIMEX3>
<EVENT_MENTION m_id="2" pred="unveil"><token_anchor t_id="9"/></EVENT_MENTION>
<EVENT_MENTION m_id="3" pred="deliver"><token_anchor t_id="18"/></EVENT_MENTION>
<ENTITY_MENTION m_id="4"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="6"><token_anchor t_id="17"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="7"><token_anchor t_id="22"/></ENTITY_MENTION>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="2"/><target m_id="4"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="2"/><target m_id="5"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="3" sem_role="Arg0"><source m_id="3"/><target m_id="6"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="4" sem_role="Arg2"><source m_id="3"/><target m_id="7"/></HAS_PARTICIPANT>
</Relations>"""

# "Qantas, which flies the plane": MEANTIME's Arg0 of "flies" (token 11) is "which" (token 10); "Qantas"
# (token 8) is another mention of the same entity (REFERS_TO)
QANTAS = ["Qantas flies A380", "June 2 , 2008", "Qantas , which flies the plane , thanked Airbus ."]
QANTAS_MARKABLES = """<Markables>
<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="2008-06-02"></TIMEX3>
<EVENT_MENTION m_id="2" pred="fly"><token_anchor t_id="11"/></EVENT_MENTION>
<ENTITY_MENTION m_id="4"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5"><token_anchor t_id="10"/></ENTITY_MENTION>
<ENTITY m_id="9"/>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="2"/><target m_id="5"/></HAS_PARTICIPANT>
<REFERS_TO r_id="2"><source m_id="4"/><source m_id="5"/><target m_id="9"/></REFERS_TO>
</Relations>"""


def meantime_xml(doc_id: str, sentences: list[str], markables: str) -> str:
    """A MEANTIME document: one <token> per space-separated word (sentence 0 the title), then `markables`."""
    tokens, number = [], 0
    for sentence, text in enumerate(sentences):
        for word in text.split():
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}" number="{number - 1}">{word}</token>')
    return (f'<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="{doc_id}_test" lang="en" '
            f'url="http://example.org/{doc_id}">\n' + "\n".join(tokens) + "\n" + markables + "\n</Document>\n")


def write_meantime(folder: Path, doc_id: str, sentences: list[str], markables: str) -> Path:
    """`<folder>/<doc_id>_test.xml` holding `meantime_xml(...)`."""
    path = folder / f"{doc_id}_test.xml"
    path.write_text(meantime_xml(doc_id, sentences, markables), encoding="utf-8")
    return path


def test_reading_gold_events_and_participants(tmp_path):
    document = read_meantime(write_meantime(tmp_path, "7", AIRBUS, AIRBUS_MARKABLES))
    assert str(document.document.published) == "2005-01-18"
    unveil, deliver = document.events
    assert unveil.tokens == {9} and unveil.participants == {"Arg0": ({8},), "Arg1": ({10, 11},)}
    assert deliver.participants == {"Arg0": ({17},)}  # Arg2 is not scored


def test_reading_every_mention_of_a_participants_entity(tmp_path):
    (event,) = read_meantime(write_meantime(tmp_path, "8", QANTAS, QANTAS_MARKABLES)).events
    assert event.participants == {"Arg0": ({10},)} and event.coreferent == {"Arg0": ({10}, {8})}


def test_a_missing_corpus_says_where_it_was_looked_for(tmp_path):
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        meantime_files(tmp_path)
    (tmp_path / "corpus_x").mkdir()
    (tmp_path / "corpus_x" / "1_a.xml").write_text("<Document/>", encoding="utf-8")
    assert [path.name for path in meantime_files(tmp_path)] == ["1_a.xml"]
