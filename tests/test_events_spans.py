"""The spans the events stage reads (helpers.events.spans): a report's entities, found without span.ents."""
from __future__ import annotations

import pytest

from helpers.events.spans import EntityIndex


def test_the_entities_inside_a_span_are_those_span_ents_gives(nlp):
    doc = nlp("Ukrainian forces retook Izium and Kupiansk on Saturday, the general staff in Kyiv said. "
              "Russia’s defence ministry in Moscow denied it.")
    index = EntityIndex.of(doc)
    spans = [*doc.sents, *doc.noun_chunks, doc[2:6], doc[5:], doc[:1]]
    assert sum(len(index.inside(span)) for span in spans) >= 6
    for span in spans:
        assert index.inside(span) == list(span.ents), span.text


def test_the_entities_before_a_word_are_those_that_end_there_or_earlier(nlp):
    doc = nlp("Ukrainian troops reached Izium on Saturday. Residents said Russian units had left the city.")
    index = EntityIndex.of(doc)
    assert [ent.text for ent in index.before(len(doc))] == [ent.text for ent in doc.ents] != []
    for position in range(len(doc) + 1):
        assert index.before(position) == [ent for ent in doc.ents if ent.end <= position], position


@pytest.mark.parametrize("text, trigger, actor", [
    # a time said after the doer is the clause's, not part of who acted
    ("Gonzalez for months refused requests by the relatives.", "refused", "Gonzalez"),
    ("Malawi's High Court on Jan. 14 ordered all public schools to admit the students.", "ordered",
     "Malawi's High Court"),
    ("Authorities in April and May 2019 found many food stalls serving dog meat.", "found", "Authorities"),
    # a part of a time is still the time's
    ("Protesters spent part of Sunday night outside the house.", "spent", "Protesters"),
])
def test_a_time_after_the_doer_is_not_in_the_actor(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


def test_a_name_written_as_one_word_is_not_cut_where_the_parser_split_it(events):
    table = events("The studio was founded in 2016 by Israeli businessman Amir Gal-Or and his Chinese partner and "
                   "former classmate, Fang Yedun, as part of a research institute.")
    assert table.loc["founded", "actor"] == "Amir Gal-Or"  # the parser hung "Or" on the verb as a conjunction


@pytest.mark.parametrize("text, expected", [
    ("“Kyiv’s forces,", "Kyiv’s forces"),  # the marks and commas around a phrase
    ("[the] mandate", "[the] mandate"),  # an editor's brackets, paired, stay
    ("the] mandate", "the mandate"),  # ... cut in two by the phrase's edge, they go
    ('illegal" government', "illegal government"),  # so does a quotation mark left without its pair
    ("a “crucial test” on Friday", "a “crucial test” on Friday"),
    ("The Program for International Student Assessment (PISA", "The Program for International Student Assessment"),
    ("_", ""),  # no word at all is no name
])
def test_clean_leaves_no_unpaired_mark(text, expected):
    from helpers.events.spans import clean

    assert clean(text) == expected


def test_where_a_person_named_is_is_where_the_act_is_not_part_of_the_name(events):
    row = events("On Wednesday, French President Emmanuel Macron in Berlin called the subsidies unfair.").loc["called"]
    assert (row["actor"], row["place"]) == ("French President Emmanuel Macron", "Berlin")


@pytest.mark.parametrize("text, trigger, actor", [
    # a clause set off by a comma on a noun inside the phrase is not the doer's name
    ("One will be led by the inspector general of the national police, who will investigate the failures.", "led",
     "the inspector general of the national police"),
    ("The wife of the man who shot him spoke to reporters.", "spoke", "The wife of the man who shot him"),  # kept
])
def test_a_clause_set_off_on_a_noun_inside_the_doer_is_left_out(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor

