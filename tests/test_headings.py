"""Section headings glued into flattened story text (helpers.headings)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, heading", [
    ("The force was deployed. BLA surges Since last August, the BLA has claimed attacks.", "BLA surges"),
    ("He left the hotel. A slower, happier life As for Sun and his family, they settled in Okinawa.",
     "A slower, happier life"),
    ("Books were banned. 'It reflects the fear' Abdul Ghafoor Lewal told VOA on Monday.", "It reflects the fear'"),
    ("Officials met on Monday. Tourism boom Between 2010 and 2018, the number of tourists grew.", "Tourism boom"),
    ("He called on Beijing to define its claims. Review of relations Mahathir's government last year froze "
     "a pipeline.", "Review of relations"),
    ("It was in line with the region, he said. Old friends Malaysia's former prime minister, Najib Razak, seldom "
     "criticized China.", "Old friends"),
    ("Arms sales have grown. AI and the military China's air force is using AI in training.", "AI and the military"),
])
def test_a_heading_glued_before_a_sentence_is_found(nlp, text, heading):
    doc = nlp(text)
    assert [span.text for span in doc.spans["headings"]] == [heading]
    assert any(sentence.text.startswith(heading) for sentence in doc.sents)  # its own line


@pytest.mark.parametrize("text", [
    "The ship was named in articles by The Financial Times and The Wall Street Journal.",
    "The case went before the court in The Hague on Monday.",
    "Despite previous momentum, A Qiang said he would leave.",
    "I am not sure I want to repeat the experience.",
    "“Believe me when I say I do not want to do this,” he said.",
    "Fighters had “killed and injured 1,000” Taliban fighters, he said.",
    "Beatles' Apple Corps sues Apple Computer\n\nThe Beatles' Apple Corps has filed a lawsuit.",  # a possessive
    # a role, a noun phrase running on into a name, a day: no heading before the name
    "The move was welcomed. Security analyst Kabiru Adamu said it came late.",
    "The vote passed. Council members Greece, Panama and South Korea supported it.",
    "The talks ended. Many top Taliban leaders remain under sanctions.",
    "Tariffs rose. The new EU measures will apply to steel.",
    "The town was shelled. Russian forces Monday attacked the bridge.",
    "The town was shelled. Protesters in central Kyiv chanted slogans.",
])
def test_names_and_quotations_in_running_text_are_no_headings(nlp, text):
    assert list(nlp(text).spans["headings"]) == []


def test_a_heading_tells_no_event_and_leaves_the_sentence_after_it_whole(events):
    table = events("The talks failed on Monday. Congress called 'anti-Turkish' Monday's testing of the radar "
                   "angered lawmakers. Tourism boom Between 2010 and 2018, Vietnam built 40 new airports.")
    assert "called" not in table.index
    assert table.loc["built", "actor"] == "Vietnam"
