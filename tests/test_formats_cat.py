"""Tests of helpers.evaluation.formats.cat: reading CAT XML, detokenising with exact offsets, reading DCTs.

`cat_xml` writes tiny CAT documents; tests/test_systems_semeval_timeline.py imports it from here.
"""
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.evaluation.formats.cat import (
    CatToken,
    detokenize,
    parse_dateline,
    parse_dct,
    read_cat,
    read_cat_creation_time,
    read_task_document,
    read_tml_dct,
    timeml_creation_times,
    to_report_text,
)
from helpers.paths import ROOT

TRIAL_DATA = ROOT.parent / "shared" / "eval" / "external" / "semeval2015-task4-timeline" / "trial_data"

TINY_CAT = """<?xml version="1.0" ?><Document doc_id="42" doc_name="42-Tiny_test" src_url="http://en.wikinews.org/wiki/Tiny_test">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">'s</token>
<token number="2" sentence="0" t_id="3">test</token>
<token number="3" sentence="1" t_id="4">May</token>
<token number="4" sentence="1" t_id="5">7</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2005</token>
<token number="7" sentence="2" t_id="8">Jobs</token>
<token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">,</token>
<token number="10" sentence="2" t_id="11">"</token>
<token number="11" sentence="2" t_id="12">it</token>
<token number="12" sentence="2" t_id="13">costs</token>
<token number="13" sentence="2" t_id="14">$</token>
<token number="14" sentence="2" t_id="15">99</token>
<token number="15" sentence="2" t_id="16">(</token>
<token number="16" sentence="2" t_id="17">USD</token>
<token number="17" sentence="2" t_id="18">)</token>
<token number="18" sentence="2" t_id="19">.</token>
<token number="19" sentence="3" t_id="20">We</token>
<token number="20" sentence="3" t_id="21">do</token>
<token number="21" sentence="3" t_id="22">n't</token>
<token number="22" sentence="3" t_id="23">mind</token>
<token number="23" sentence="3" t_id="24">&amp;</token>
<token number="24" sentence="3" t_id="25">10</token>
<token number="25" sentence="3" t_id="26">%</token>
<token number="26" sentence="3" t_id="27">!</token>
<token number="27" sentence="3" t_id="28">"</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="2005-05-07">
<token_anchor t_id="4"/>
</TIMEX3>
</Markables>
</Document>
"""


def cat_xml(doc_id: str, sentences: list[str], dct: str | None = None) -> str:
    """A CAT document: one <token> per space-separated word, sentence 0 the title; a CREATION_TIME if given."""
    tokens, number = [], 0
    for sentence, text in enumerate(sentences):
        for word in text.split():
            tokens.append(f'<token number="{number}" sentence="{sentence}" t_id="{number + 1}">{word}</token>')
            number += 1
    markables = (f'<Markables><TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="{dct}">'
                 "</TIMEX3></Markables>" if dct else "")
    return (f'<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="{doc_id}_test.txt" '
            f'src_url="http://example.org/{doc_id}">\n' + "\n".join(tokens) + f"\n{markables}\n</Document>\n")


def tokens_of(*sentences: str) -> list[CatToken]:
    """Tokens from space-separated sentences: `tokens_of("a b", "c")` is two sentences."""
    tokens = []
    for sentence, words in enumerate(sentences):
        for word in words.split(" "):
            tokens.append(CatToken(t_id=len(tokens) + 1, sentence=sentence, number=len(tokens), text=word))
    return tokens


def assert_offsets_exact(tokens, text, offsets):
    assert len(offsets) == len(tokens)
    for token, (start, end) in zip(tokens, offsets):
        assert text[start:end] == token.text, (token, start, end)
    assert all(end <= start for (_, end), (start, _) in zip(offsets, offsets[1:]))


@pytest.fixture
def tiny_cat(tmp_path: Path) -> Path:
    path = tmp_path / "42-Tiny_test.xml"
    path.write_text(TINY_CAT, encoding="utf-8")
    return path


def test_read_cat_reads_ids_url_and_tokens(tiny_cat):
    document = read_cat(tiny_cat)
    assert (document.doc_id, document.doc_name) == ("42", "42-Tiny_test")
    assert document.url == "http://en.wikinews.org/wiki/Tiny_test"
    assert len(document.tokens) == 28
    assert document.tokens[0] == CatToken(t_id=1, sentence=0, number=0, text="Apple")
    assert document.tokens[23].text == "&"  # XML entities are decoded
    assert [token.text for token in document.sentence_tokens(1)] == ["May", "7", ",", "2005"]
    assert document.body_tokens()[0].text == "Jobs"


def test_read_cat_creation_time(tiny_cat, tmp_path):
    assert read_cat_creation_time(tiny_cat) == "2005-05-07"
    bare = tmp_path / "bare.xml"
    bare.write_text('<Document doc_id="1"><token number="0" sentence="0" t_id="1">x</token></Document>')
    assert read_cat_creation_time(bare) is None


def test_read_cat_refuses_other_xml(tmp_path):
    path = tmp_path / "timeml.xml"
    path.write_text("<TimeML><DOCID>1</DOCID></TimeML>")
    with pytest.raises(ValueError, match="expected <Document>"):
        read_cat(path)


def test_detokenize_tiny_document(tiny_cat):
    tokens = read_cat(tiny_cat).tokens
    text, offsets = detokenize(tokens)
    assert text == (
        "Apple's test\n\n"
        "May 7, 2005\n\n"
        'Jobs said, "it costs $99 (USD).\n\n'
        "We don't mind & 10%!\""
    )
    assert_offsets_exact(tokens, text, offsets)


@pytest.mark.parametrize(
    "words, expected",
    [
        ("a , b . c ; d : e ! f ?", "a, b. c; d: e! f?"),
        ("( DRM ) [ music ] { x }", "(DRM) [music] {x}"),
        ("$ 99 US$ 29 £ 0.79 € 9.99 10 %", "$99 US$29 £0.79 €9.99 10%"),
        ("Apple 's it 's we 've do n't I 'm", "Apple's it's we've don't I'm"),
        ("audio / video / text", "audio/video/text"),
        ('said " hi " and " bye . "', 'said "hi" and "bye."'),
        ("“ Stop ” , he said", "“Stop”, he said"),
        ('a 13.3 " display , 15 " or 17 " screens', 'a 13.3" display, 15" or 17" screens'),
        ("It ' s Wayne ' s World , we ' re here", "It's Wayne's World, we're here"),
        ("Jobs ' health and the Beatles ' label", "Jobs' health and the Beatles' label"),
        ("as ` one of the wonders ' .", "as `one of the wonders'."),
        ("movie , ' High School Musical ' from Disney", "movie, 'High School Musical' from Disney"),
        ("This 'switch ' , he said", "This 'switch', he said"),
        ("Charles O 'Reilly", "Charles O'Reilly"),
        ("One more thing ... and to come . ...", "One more thing... and to come. ..."),
        ("Wal - Mart", "Wal - Mart"),  # a hyphen cannot be told from a dash: kept spaced
    ],
)
def test_detokenize_spacing(words, expected):
    tokens = tokens_of(words)
    text, offsets = detokenize(tokens)
    assert text == expected
    assert_offsets_exact(tokens, text, offsets)


def test_quotes_pair_across_sentences():
    tokens = tokens_of('He said : " We will move', 'into the cloud , " he said .', 'Then " done " .')
    text, offsets = detokenize(tokens)
    assert text == 'He said: "We will move\n\ninto the cloud," he said.\n\nThen "done".'
    assert_offsets_exact(tokens, text, offsets)


def test_every_sentence_is_a_paragraph():
    text, _ = detokenize(tokens_of("One .", "Two .", "Three ."))
    assert text.split("\n\n") == ["One.", "Two.", "Three."]


def test_punctuation_starting_a_sentence_does_not_join_the_previous_one():
    tokens = tokens_of("End", ". Start")
    text, offsets = detokenize(tokens)
    assert text == "End\n\n. Start"
    assert_offsets_exact(tokens, text, offsets)


def test_detokenize_nothing():
    assert detokenize([]) == ("", [])


WORDS = st.sampled_from(['"', "'", "`", "'s", "n't", "(", ")", "$", "%", ",", ".", "/", "...", "-",
                         "“", "”", "‘", "’", "13.3", "O", "'Reilly", "Jobs", "s", "re", "word", "", " "])


@given(st.lists(st.tuples(WORDS, st.integers(min_value=0, max_value=3)), max_size=40))
def test_offsets_are_exact_for_any_tokens(pairs):
    # sentence ids kept in order, as in CAT files; empty and blank tokens included on purpose
    pairs = sorted(pairs, key=lambda pair: pair[1])
    tokens = [CatToken(t_id=i + 1, sentence=sentence, number=i, text=word)
              for i, (word, sentence) in enumerate(pairs)]
    text, offsets = detokenize(tokens)
    assert_offsets_exact(tokens, text, offsets)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2008-01-09", date(2008, 1, 9)),
        ("2008-01-09T10:30", date(2008, 1, 9)),
        ("20080109", date(2008, 1, 9)),
        ("03-02-2009", date(2009, 2, 3)),  # day first
        ("3/2/2009", date(2009, 2, 3)),
        (" 2011-10-06 ", date(2011, 10, 6)),
    ],
)
def test_parse_dct_formats(value, expected):
    assert parse_dct(value)[0] == expected


def test_parse_dct_says_how_it_read_a_non_iso_value():
    assert parse_dct("2008-01-09")[1] == "ISO"
    assert "day-first" in parse_dct("03-02-2009")[1]


@pytest.mark.parametrize("value", ["2009-02-30", "31-31-2009", "January 9, 2008", "", "XXXX-XX-XX"])
def test_parse_dct_refuses_impossible_or_unknown_values(value):
    with pytest.raises(ValueError):
        parse_dct(value)


def test_read_tml_dct(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><TimeML><DOCID>1514</DOCID>'
                    '<DCT><TIMEX3 tid="t0" type="DATE" value="03-02-2009">03-02-2009</TIMEX3></DCT>'
                    "<TEXT>x</TEXT></TimeML>", encoding="utf-8")
    assert read_tml_dct(path) == ("1514", "03-02-2009")


def test_parse_dateline():
    assert parse_dateline(tokens_of("January 09 , 2008")) == date(2008, 1, 9)
    assert parse_dateline(tokens_of("May 7 , 2005")) == date(2005, 5, 7)
    assert parse_dateline(tokens_of("The store opened .")) is None


def test_to_report_text_skips_the_dateline(tiny_cat):
    text = to_report_text(read_cat(tiny_cat), date(2005, 5, 7))
    assert text.startswith(
        "date: 2005-05-07\ntitle: Apple's test\nsource: Wikinews\nurl: http://en.wikinews.org/wiki/Tiny_test\n\n"
        'Jobs said, "it costs $99 (USD).\n\n'
    )
    assert "May 7" not in text
    assert text.endswith('10%!"\n')


@pytest.mark.skipif(not (TRIAL_DATA / "Corpus-trial-data_task4").is_dir(),
                    reason=f"SemEval-2015 Task 4 trial data not found at {TRIAL_DATA}")
def test_offsets_exact_on_all_trial_documents():
    paths = sorted((TRIAL_DATA / "Corpus-trial-data_task4").glob("*.xml"))
    assert len(paths) == 30
    n_tokens = 0
    for path in paths:
        document = read_cat(path)
        text, offsets = detokenize(document.tokens)
        assert_offsets_exact(document.tokens, text, offsets)
        assert text.count("\n\n") == len({token.sentence for token in document.tokens}) - 1
        n_tokens += len(document.tokens)
    assert n_tokens == 10343


def test_the_creation_time_comes_from_timeml_or_the_dateline(tmp_path):
    cat = tmp_path / "corpus_trackA_CAT"
    cat.mkdir()
    (cat / "7.xml").write_text(cat_xml("7", ["Title here", "May 7 , 2005", "Body ."]), encoding="utf-8")
    (cat / "8.xml").write_text(cat_xml("8", ["Title here", "no dateline", "Body ."]), encoding="utf-8")
    assert read_task_document(cat / "7.xml").published == date(2005, 5, 7)  # the dateline
    # a TimeML DCT of the same DOCID wins over the dateline; `03-02-2009` is day-first
    assert read_task_document(cat / "7.xml", timeml_dcts={"7": "03-02-2009"}).published == date(2009, 2, 3)
    with pytest.raises(ValueError, match="no creation time"):
        read_task_document(cat / "8.xml")
    document = read_task_document(cat / "7.xml")
    for token, (start, end) in zip(document.cat.tokens, document.offsets):
        assert document.text[start:end] == token.text


def test_creation_times_come_from_the_timeml_folder_beside_the_cat_folder(tmp_path):
    for name in ("corpus_trackA_CAT", "corpus_trackA_TimeML"):
        (tmp_path / name).mkdir()
    dct = ('<?xml version="1.0" encoding="utf-8"?><TimeML><DOCID>{}</DOCID>'
           '<DCT><TIMEX3 tid="t0" type="DATE" value="{}">x</TIMEX3></DCT><TEXT>x</TEXT></TimeML>')
    (tmp_path / "corpus_trackA_TimeML" / "7.tml").write_text(dct.format("7", "03-02-2009"), encoding="utf-8")
    (tmp_path / "corpus_trackA_TimeML" / "8.tml").write_text("<TimeML><DOCID>8</DOCID></TimeML>",
                                                             encoding="utf-8")  # no DCT: left out
    assert timeml_creation_times(tmp_path / "corpus_trackA_CAT") == {"7": "03-02-2009"}
    (tmp_path / "Corpus-trial-data_task4").mkdir()
    assert timeml_creation_times(tmp_path / "Corpus-trial-data_task4") == {}  # no TimeML folder beside it
