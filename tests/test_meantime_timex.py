"""benchmarks/meantime_timex.py on a tiny hand-made MEANTIME document: which expressions it compares.

benchmarks/ is not a package: the script is loaded with importlib, as tests/test_scoring_tempeval.py does.
"""
import importlib.util

import pytest

from helpers.paths import ROOT

# t_ids: the dateline 4-7; Yesterday 15; Monday 29 (in sentence 4, which the annotators did not reach)
SENTENCES = ["Airbus unveils A380", "January 18 , 2005", "Airbus unveiled the A380 in Toulouse .",
             "Yesterday , it delivered the plane to Qantas .", "Qantas will fly it on Monday ."]
MARKABLES = """<Markables>
<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="2005-01-18"><token_anchor t_id="4"/>
<token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="2" functionInDocument="NONE" type="DATE" value="2005-01-17"><token_anchor t_id="15"/></TIMEX3>
<TIMEX3 m_id="3" functionInDocument="NONE" type="DATE" value="2005-01-10"/>
<EVENT_MENTION m_id="4" pred="deliver"><token_anchor t_id="18"/></EVENT_MENTION>
</Markables>"""


def benchmark():
    spec = importlib.util.spec_from_file_location("meantime_timex_benchmark", ROOT / "benchmarks" / "meantime_timex.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_document(path):
    tokens, number = [], 0
    for sentence, text in enumerate(SENTENCES):
        for word in text.split():
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}" number="{number - 1}">{word}</token>')
    path.write_text('<?xml version="1.0" ?><Document doc_id="7" doc_name="7_test" lang="en" url="http://x.org/7">\n'
                    + "\n".join(tokens) + "\n" + MARKABLES + "\n</Document>\n", encoding="utf-8")


def test_only_annotated_sentences_outside_the_dateline_are_compared(tmp_path, nlp):
    path = tmp_path / "7_test.xml"
    write_document(path)
    comparison = benchmark().compare_document(path, nlp)
    # gold: "Yesterday" only (the creation time and the wordless TIMEX3 are left out); system: "Yesterday",
    # not the dateline, not "Monday" in the sentence the annotators did not reach
    assert (comparison.gold, comparison.system) == (1, 1)
    (alignment,) = comparison.alignments
    assert alignment.strict and alignment.gold.text == "Yesterday" and alignment.system.value == "2005-01-17"


def test_a_missing_corpus_says_where_it_was_looked_for_and_where_it_belongs(tmp_path):
    # the reader only knows the folder it is given; the benchmark knows the data belongs in ../shared
    with pytest.raises(FileNotFoundError, match=str(tmp_path)) as raised:
        benchmark().meantime_documents(tmp_path)
    assert "expected ../shared beside the repo" in str(raised.value)
    assert "meantime-english/SOURCE.md" in str(raised.value)
