"""Tests of helpers.evaluation.scoring.merges (pairs of mentions the timeline merges, against gold event instances)
and of reading MEANTIME's cross-document event instances."""
from helpers.evaluation.formats.meantime import event_instances
from helpers.evaluation.scoring.merges import score_merges

# gold: a1 and b1 tell one event (across two reports), a2 and a3 one event twice in report a, b2 another
GOLD = {("a", "1"): "E1", ("b", "1"): "E1", ("a", "2"): "E2", ("a", "3"): "E2", ("b", "2"): "E3"}


def test_pairs_merged_across_reports_are_scored_against_the_gold_events():
    rows = {("a", "1"): 0, ("b", "1"): 0, ("b", "2"): 0, ("a", "2"): 1, ("a", "3"): 2}
    score = score_merges(rows, GOLD, across=True)
    # merged across reports: a1-b1 (right) and a1-b2 (wrong); b1-b2 is a pair within report b
    assert (score.system, score.correct, score.gold, score.found, score.gold_all) == (2, 1, 1, 1, 1)
    assert (score.precision, score.recall) == (0.5, 1.0)


def test_pairs_within_a_report_and_mentions_the_kit_missed():
    rows = {("a", "2"): 7, ("a", "1"): 7}  # a3 not met by the kit: its pair counts only end to end
    score = score_merges(rows, GOLD, across=False)
    assert (score.system, score.correct, score.gold, score.found, score.gold_all) == (1, 0, 0, 0, 1)
    assert score.end_to_end_recall == 0.0


def test_event_instances_follow_refers_to_links_to_shared_events(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text("""<Document doc_id="1"><token t_id="1" sentence="0" number="0">Apple</token>
<token t_id="2" sentence="0" number="1">unveils</token><token t_id="3" sentence="0" number="2">iPhone</token>
<Markables><EVENT_MENTION m_id="10"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="11"><token_anchor t_id="3"/></EVENT_MENTION>
<EVENT m_id="20" instance_id="OTH1"/><EVENT m_id="21"/></Markables>
<Relations><REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="11"/><target m_id="21"/></REFERS_TO></Relations></Document>""")
    assert event_instances(path) == {"10": (frozenset({2}), "OTH1")}  # m_id 21 is no shared instance


def test_the_benchmark_says_where_the_corpus_belongs_when_it_is_missing(tmp_path, monkeypatch, capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "meantime_merges.py"
    spec = importlib.util.spec_from_file_location("meantime_merges", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "CROSS_DOC", tmp_path / "nowhere")
    assert module.main([]) == 1
    assert "expected ../shared beside the repo" in capsys.readouterr().err
