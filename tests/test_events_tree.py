"""The parse tree as the events stage reads it (helpers.events.tree): the tables give what spaCy gives."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from helpers.events.tree import (TREE, children, in_relative, same_sentence, sentence_start, shared_conjunct, subjects,
                                 tokens_of)

TEXT = ("Ukrainian forces retook Izium on Saturday, the general staff said, a day after Russian units left the "
        "city.\n\n"
        "“We will rebuild it,” she said. Residents, who had fled in March, began to return; some wept.")


def test_a_words_children_are_those_spacy_gives_in_text_order(nlp):
    doc = nlp(TEXT)
    assert sum(len(children(token)) for token in doc) == len(doc) - len(list(doc.sents))  # every word but roots
    for token in doc:
        assert list(children(token)) == list(token.children), token.text


def test_where_a_words_sentence_starts_is_what_token_sent_says(nlp):
    doc = nlp(TEXT)
    assert len({sentence_start(token) for token in doc}) == len(list(doc.sents)) > 1
    for token in doc:
        assert sentence_start(token) == token.sent.start, token.text
        for other in (doc[0], doc[-1], doc[len(doc) // 2]):
            assert same_sentence(token, other) == (token.sent == other.sent), (token.text, other.text)


def test_the_events_stage_drops_its_tables_when_done(nlp):
    doc = nlp(TEXT)
    children(doc[0])
    assert TREE in doc.user_data
    events_of(doc, [], article_id="a", published=None)
    assert not any(str(key).startswith("newsline.") for key in doc.user_data)


@pytest.mark.parametrize("text, first, shared", [
    ("Her mother was born and raised in Texas.", "born", "raised"),
    ("Troops attacked and seized the bridge.", "attacked", "seized"),
    ("Troops shelled the villages and seized the bridge.", "shelled", None),  # an object of its own
    ("Police arrested the men and the court charged them.", "arrested", None),  # not joined right after
    ("The army attacked and it seized the bridge.", "attacked", None),  # a subject of its own
])
def test_a_verb_shares_its_words_only_with_the_verb_joined_right_after_it(nlp, text, first, shared):
    doc = nlp(text)
    token = next(token for token in doc if token.text == first)
    found = shared_conjunct(token)
    assert (found.text if found is not None else None) == shared


@pytest.mark.parametrize("text, verb, found", [
    ("Israeli airstrikes killed at least 12 people in Gaza overnight, the territory's health ministry said.", "said",
     ["airstrikes", "ministry"]),  # a clause the parser took for a relative: two subjects, a verb between them
    ("Poland, Hungary, Czech Formally Join NATO", "Join", ["Poland"]),  # a list it split
    ("Officials said the town fell.", "said", ["Officials"]),
])
def test_a_verbs_subjects_are_two_only_where_a_clause_stands_between_them(nlp, text, verb, found):
    doc = nlp(text)
    assert [token.text for token in subjects(next(token for token in doc if token.text == verb))] == found


def test_the_tables_give_the_tokens_and_what_stands_in_a_relative_clause_as_spacy_does(nlp):
    doc = nlp(TEXT)
    assert tokens_of(doc[3:9]) == list(doc[3:9])
    for token in doc:
        assert in_relative(token) == any(ancestor.dep_ in {"relcl", "acl"} for ancestor in token.ancestors), token.text
    assert in_relative(next(token for token in doc if token.text == "March"))  # "who had fled in March"
