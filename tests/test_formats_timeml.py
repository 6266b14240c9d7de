"""Tests of helpers.evaluation.formats.timeml on tiny TimeML files written here (no TimeBank text: it may not be
copied)."""
from datetime import date
from pathlib import Path

import pytest

import helpers.evaluation.formats.timeml
from helpers.evaluation.formats.timeml import (AnnotationError, DroppedSpan, TimeMLError, TimeMLTimex, annotate,
                                               parse_dct, read_timeml, strip_to_input)

HEAD = ('<?xml version="1.0" ?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        "<DOCID>tiny1</DOCID>\n"
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-25" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">March 25, 2013</TIMEX3></DCT>\n'
        "<TITLE>AT&amp;T &amp; time</TITLE>\n")
GOLD = (HEAD +
        "<TEXT>\n"
        'AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="2013-03-22" temporalFunction="true">Friday</TIMEX3> that 3 &lt; 4 &amp; 5 > 2 '
        'and profits <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <SIGNAL sid="s1">for</SIGNAL> '
        '<TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>.\n'
        "</TEXT>\n"
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
        '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>\n'
        '<SLINK lid="l2" relType="EVIDENTIAL" eventInstanceID="ei1" subordinatedEventInstance="ei2"/>\n'
        "</TimeML>\n")
# What strip_to_input must write: every tag inside TEXT gone, links after TEXT gone, all else byte-for-byte.
INPUT = (HEAD +
         "<TEXT>\n"
         "AT&amp;T said Friday that 3 &lt; 4 &amp; 5 > 2 and profits rose for three months.\n"
         "</TEXT>\n"
         "</TimeML>\n")
PLAIN = "\nAT&T said Friday that 3 < 4 & 5 > 2 and profits rose for three months.\n"
# "\nAT&T said " is 11 characters, so Friday is 11-17; "three months" starts at PLAIN.index("three").
FRIDAY = TimeMLTimex(11, 17, "Friday", "DATE", "2013-03-22", "t1")
THREE_MONTHS = TimeMLTimex(58, 70, "three months", "DURATION", "P3M", "t2")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_read_gives_the_dct_plain_text_and_gold_timexes(tmp_path):
    document = read_timeml(write(tmp_path, "tiny1.tml", GOLD))
    assert document.doc_id == "tiny1"
    assert (document.dct_value, document.dct_date) == ("2013-03-25", date(2013, 3, 25))
    assert document.text == PLAIN
    assert PLAIN[58:70] == "three months"
    assert document.timexes == (FRIDAY, THREE_MONTHS)


@pytest.mark.parametrize("value, day", [("1998-08-07", date(1998, 8, 7)), ("1990-08-15T13:37", date(1990, 8, 15)),
                                        ("19980807", date(1998, 8, 7)), ("1998-02-13T15:44:00", date(1998, 2, 13)),
                                        ("1998-02-30", None), ("XXXX-XX-XX", None), ("", None)])
def test_dct_values_in_every_format_seen(value, day):
    assert parse_dct(value) == day


def test_strip_removes_every_tag_in_text_and_the_links_and_keeps_the_rest(tmp_path):
    stripped = strip_to_input(write(tmp_path, "tiny1.tml", GOLD), tmp_path / "input" / "tiny1.tml")
    assert stripped.read_text(encoding="utf-8") == INPUT
    document = read_timeml(stripped)
    assert (document.text, document.timexes, document.dct_value) == (PLAIN, (), "2013-03-25")


def test_strip_keeps_carriage_returns_byte_for_byte_while_the_plain_text_reads_them_as_xml_does(tmp_path):
    gold = write(tmp_path, "crlf.tml", GOLD.replace("\n", "\r\n"))
    stripped = strip_to_input(gold, tmp_path / "input.tml")
    assert stripped.read_bytes() == INPUT.replace("\n", "\r\n").encode("utf-8")
    assert read_timeml(stripped).text == PLAIN  # XML reads \r\n as \n
    annotated = annotate(stripped, [FRIDAY], tmp_path / "out.tml")
    assert annotated[0].text == "Friday"
    assert b'<TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>' in (tmp_path / "out.tml").read_bytes()


def test_annotate_inserts_tags_at_the_offsets_and_changes_nothing_else(tmp_path):
    source = write(tmp_path, "tiny1.tml", INPUT)
    written = annotate(source, [THREE_MONTHS, FRIDAY], tmp_path / "out" / "tiny1.tml")
    expected = INPUT.replace(
        "said Friday", 'said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>').replace(
        "three months", '<TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>')
    assert (tmp_path / "out" / "tiny1.tml").read_text(encoding="utf-8") == expected
    assert written == [FRIDAY, THREE_MONTHS]  # in text order, tids after the DCT's t0


def test_annotate_then_read_gives_the_same_timexes_round_trip(tmp_path):
    gold = read_timeml(write(tmp_path, "tiny1.tml", GOLD))
    stripped = strip_to_input(gold.path, tmp_path / "input.tml")
    annotate(stripped, gold.timexes, tmp_path / "out.tml")
    again = read_timeml(tmp_path / "out.tml")
    assert again.text == gold.text
    assert again.timexes == gold.timexes


def test_a_span_over_escaped_characters_keeps_the_entities_and_exact_offsets(tmp_path):
    source = write(tmp_path, "tiny1.tml", INPUT)
    start = PLAIN.index("3 < 4 & 5")
    annotate(source, [TimeMLTimex(start, start + 9, "", "DATE", "X", "")], tmp_path / "out.tml")
    content = (tmp_path / "out.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="X">3 &lt; 4 &amp; 5</TIMEX3>' in content
    assert read_timeml(tmp_path / "out.tml").timexes[0].text == "3 < 4 & 5"


def test_attribute_values_are_escaped(tmp_path):
    source = write(tmp_path, "tiny1.tml", INPUT)
    annotate(source, [TimeMLTimex(11, 17, "Friday", "DATE", 'a"b<c&d>', "")], tmp_path / "out.tml")
    assert 'value="a&quot;b&lt;c&amp;d&gt;"' in (tmp_path / "out.tml").read_text(encoding="utf-8")
    assert read_timeml(tmp_path / "out.tml").timexes[0].value == 'a"b<c&d>'


def test_new_tids_skip_the_ones_the_file_already_uses(tmp_path):
    source = write(tmp_path, "tiny1.tml", INPUT.replace('tid="t0"', 'tid="t1"'))
    assert [t.tid for t in annotate(source, [FRIDAY, THREE_MONTHS], tmp_path / "out.tml")] == ["t2", "t3"]


def test_overlapping_out_of_range_and_empty_spans_are_dropped_with_a_warning(tmp_path):
    source = write(tmp_path, "tiny1.tml", INPUT)
    friday_that = TimeMLTimex(11, 22, "Friday that", "DATE", "X", "")
    beyond = TimeMLTimex(70, 500, "", "DATE", "X", "")
    empty = TimeMLTimex(5, 5, "", "DATE", "X", "")
    negative = TimeMLTimex(-3, 2, "", "DATE", "X", "")
    with pytest.warns(DroppedSpan) as caught:
        written = annotate(source, [friday_that, FRIDAY, beyond, empty, negative, THREE_MONTHS], tmp_path / "out.tml")
    assert len(caught) == 4
    assert [(t.start, t.end) for t in written] == [(11, 17), (58, 70)]
    assert read_timeml(tmp_path / "out.tml").text == PLAIN


def test_a_span_across_markup_already_in_text_is_dropped_not_written_malformed(tmp_path):
    gold = write(tmp_path, "tiny1.tml", GOLD)
    said_friday = TimeMLTimex(6, 17, "said Friday", "DATE", "X", "")
    with pytest.warns(DroppedSpan, match="markup"):
        assert annotate(gold, [said_friday], tmp_path / "out.tml") == []
    assert (tmp_path / "out.tml").read_text(encoding="utf-8") == GOLD


def test_files_that_are_not_timeml_are_clear_errors(tmp_path):
    with pytest.raises(TimeMLError, match="not well-formed"):
        read_timeml(write(tmp_path, "broken.tml", GOLD.replace("</TEXT>", "")))
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        read_timeml(write(tmp_path, "notext.tml", "<TimeML><DOCID>x</DOCID></TimeML>"))
    with pytest.raises(TimeMLError, match="not UTF-8"):
        read_timeml(write(tmp_path, "latin.tml", INPUT.replace("profits", "bénéfices").encode("latin-1")))


def test_a_file_without_dct_or_docid_still_reads(tmp_path):
    document = read_timeml(write(tmp_path, "bare.tml.TE3input", "<TimeML><TEXT>On Friday.</TEXT></TimeML>"))
    assert (document.doc_id, document.dct_value, document.dct_date, document.text) == ("bare", "", None, "On Friday.")


def test_output_whose_text_would_change_is_refused_and_not_written(tmp_path, monkeypatch):
    """The safety check itself: a broken attribute escaper that leaks text into <TEXT> is caught."""
    monkeypatch.setattr(helpers.evaluation.formats.timeml, "_attribute", lambda value: 'v">leak</TIMEX3><TIMEX3 x="y')
    with pytest.raises(AnnotationError, match="change"):
        annotate(write(tmp_path, "tiny1.tml", INPUT), [FRIDAY], tmp_path / "out.tml")
    assert not (tmp_path / "out.tml").exists()
