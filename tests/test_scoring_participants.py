"""Tests of the MEANTIME participant scorer (helpers/evaluation/scoring/participants.py) on tiny hand-made documents.

The documents are those of tests/test_formats_meantime.py (the reader's tests), imported from there.
"""
from helpers.evaluation.scoring.participants import score_participants
from test_formats_meantime import AIRBUS, AIRBUS_MARKABLES, QANTAS, QANTAS_MARKABLES, write_meantime


def test_actor_and_target_heads_inside_gold_participants(tmp_path, nlp):
    path = write_meantime(tmp_path, "7", AIRBUS, AIRBUS_MARKABLES)
    scores = score_participants([path], nlp)
    arg0, arg1 = scores["Arg0"], scores["Arg1"]
    assert (arg0.gold_events, arg0.matched_events) == (2, 2)
    # "Airbus" heads the actor of "unveiled" (gold Arg0 {8}); the kit gives "delivered" the actor "Airbus", whom
    # "it" stands for, found where it was last written (token 8): by mention not "it" itself (gold Arg0 {17})
    assert (arg0.system, arg0.correct, arg0.gold, arg0.found) == (2, 1, 2, 1)
    assert [(row["kind"], row["phrase"]) for row in arg0.errors] == [("wrong", "Airbus")]
    # "the A380" (head A380, token 11) lies in gold Arg1 {10, 11}; "the plane" of "delivered" has no gold Arg1
    assert (arg1.system, arg1.correct, arg1.gold, arg1.found) == (2, 1, 1, 1)
    assert [(row["kind"], row["phrase"]) for row in arg1.errors] == [("spurious", "the plane")]
    assert (arg1.precision, arg1.recall) == (0.5, 1.0)


def test_a_participant_named_by_another_mention_of_its_entity_counts_by_entity(tmp_path, nlp):
    # MEANTIME's Arg0 of "flies" is "which" (token 10); the kit names "Qantas" (token 8), another mention of
    # the same entity (REFERS_TO)
    path = write_meantime(tmp_path, "8", QANTAS, QANTAS_MARKABLES)
    by_mention = score_participants([path], nlp)["Arg0"]
    by_entity = score_participants([path], nlp, entity_level=True)["Arg0"]
    assert (by_mention.system, by_mention.correct) == (1, 0)
    assert (by_entity.system, by_entity.correct) == (1, 1)
