"""Tests of the MEANTIME participant scorer (helpers/evaluation/scoring/participants.py) on tiny hand-made documents."""
from helpers.evaluation.scoring.participants import read_meantime, score_participants

# t_ids: Airbus 8, unveiled 9, the A380 10-11; it 17, delivered 18, the plane 19-20, Qantas 22.
SENTENCES = ["Airbus unveils A380", "January 18 , 2005", "Airbus unveiled the A380 in Toulouse .",
             "Yesterday , it delivered the plane to Qantas ."]
MARKABLES = """<Markables>
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


def meantime_xml() -> str:
    tokens, number = [], 0
    for sentence, text in enumerate(SENTENCES):
        for word in text.split():
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}" number="{number - 1}">{word}</token>')
    return ('<?xml version="1.0" ?><Document doc_id="7" doc_name="7_test" lang="en" url="http://example.org/7">\n'
            + "\n".join(tokens) + "\n" + MARKABLES + "\n</Document>\n")


def test_reading_gold_events_and_participants(tmp_path):
    path = tmp_path / "7_test.xml"
    path.write_text(meantime_xml(), encoding="utf-8")
    document = read_meantime(path)
    assert str(document.document.published) == "2005-01-18"
    unveil, deliver = document.events
    assert unveil.tokens == {9} and unveil.participants == {"Arg0": ({8},), "Arg1": ({10, 11},)}
    assert deliver.participants == {"Arg0": ({17},)}  # Arg2 is not scored


def test_actor_and_target_heads_inside_gold_participants(tmp_path, nlp):
    path = tmp_path / "7_test.xml"
    path.write_text(meantime_xml(), encoding="utf-8")
    scores = score_participants([path], nlp)
    arg0, arg1 = scores["Arg0"], scores["Arg1"]
    assert (arg0.gold_events, arg0.matched_events) == (2, 2)
    # "Airbus" heads the actor of "unveiled" (gold Arg0 {8}), "it" the actor of "delivered" (gold Arg0 {17})
    assert (arg0.system, arg0.correct, arg0.gold, arg0.found) == (2, 2, 2, 2)
    # "the A380" (head A380, token 11) lies in gold Arg1 {10, 11}; "the plane" of "delivered" has no gold Arg1
    assert (arg1.system, arg1.correct, arg1.gold, arg1.found) == (2, 1, 1, 1)
    assert [(row["kind"], row["phrase"]) for row in arg1.errors] == [("spurious", "the plane")]
    assert (arg1.precision, arg1.recall) == (0.5, 1.0)


def test_a_missing_corpus_says_where_it_was_looked_for(tmp_path):
    import pytest

    from helpers.evaluation.scoring.participants import meantime_files

    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        meantime_files(tmp_path)
    (tmp_path / "corpus_x").mkdir()
    (tmp_path / "corpus_x" / "1_a.xml").write_text("<Document/>", encoding="utf-8")
    assert [path.name for path in meantime_files(tmp_path)] == ["1_a.xml"]


def test_a_participant_named_by_another_mention_of_its_entity_counts_by_entity(tmp_path, nlp):
    # "Qantas, which flies the plane": MEANTIME's Arg0 of "flies" is "which" (token 10); the kit names
    # "Qantas" (token 8), another mention of the same entity (REFERS_TO)
    words = ["Qantas flies A380", "June 2 , 2008", "Qantas , which flies the plane , thanked Airbus ."]
    tokens, number = [], 0
    for sentence, text in enumerate(words):
        for word in text.split():
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}" number="{number - 1}">{word}</token>')
    markables = """<Markables>
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
    path = tmp_path / "8_test.xml"
    path.write_text('<?xml version="1.0" ?><Document doc_id="8" doc_name="8_test" lang="en" url="http://e.org/8">\n'
                    + "\n".join(tokens) + "\n" + markables + "\n</Document>\n", encoding="utf-8")
    (event,) = read_meantime(path).events
    assert event.participants == {"Arg0": ({10},)} and event.coreferent == {"Arg0": ({10}, {8})}
    by_mention = score_participants([path], nlp)["Arg0"]
    by_entity = score_participants([path], nlp, entity_level=True)["Arg0"]
    assert (by_mention.system, by_mention.correct) == (1, 0)
    assert (by_entity.system, by_entity.correct) == (1, 1)
