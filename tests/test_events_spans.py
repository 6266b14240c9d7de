"""The spans the events stage reads (helpers.events.spans): a report's entities, found without span.ents."""
from __future__ import annotations

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
