"""One palette for entity labels: charts draw with it, highlighted reports use its light versions."""
from __future__ import annotations

import colorsys

import pandas as pd
import pytest

from helpers import charts, display
from helpers.colours import LABEL_COLOURS, OTHER_COLOURS, label_colour, light
from helpers.reading import Article, make_article_id


def hue_and_lightness(colour: str) -> tuple[float, float]:
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, _ = colorsys.rgb_to_hls(red, green, blue)
    return hue, lightness


@pytest.mark.parametrize("label", sorted(LABEL_COLOURS))
def test_a_light_colour_keeps_the_hue_and_is_lighter(label):
    colour = LABEL_COLOURS[label]
    hue, lightness = hue_and_lightness(colour)
    light_hue, light_lightness = hue_and_lightness(light(colour))
    assert light_hue == pytest.approx(hue, abs=0.02)
    assert light_lightness > lightness and light_lightness >= 0.7


def test_light_mixes_in_white():
    assert light("#000000", white_share=0.5) == "#808080"
    assert light("#ffffff") == "#ffffff"
    assert light("#1f77b4", white_share=0.0) == "#1f77b4"


def test_unknown_labels_get_a_stable_colour_from_the_other_colours():
    assert label_colour("GPE") == LABEL_COLOURS["GPE"]
    assert label_colour("LANGUAGE") in OTHER_COLOURS and label_colour("LANGUAGE") == label_colour("LANGUAGE")


def test_charts_and_highlighted_reports_share_the_palette():
    assert charts.LABEL_COLOURS is LABEL_COLOURS
    assert all(display.COLOURS[label] == light(colour) for label, colour in LABEL_COLOURS.items())


def test_a_highlighted_report_shows_each_label_in_its_light_colour():
    text = "Troops entered Izium, the ministry said in English."
    article = Article(article_id=make_article_id(text), path="a.txt", format="txt", text=text)
    entities = pd.DataFrame([
        {"article_id": article.article_id, "start": 15, "end": 20, "label": "GPE"},
        {"article_id": article.article_id, "start": 22, "end": 34, "label": "ORG"},
        {"article_id": article.article_id, "start": 43, "end": 50, "label": "LANGUAGE"},
    ])
    timexes = pd.DataFrame(columns=["article_id", "start", "end", "type", "value"])
    page = display.highlight(article, entities, timexes).lower()
    for label in ("GPE", "ORG", "LANGUAGE"):
        assert f"background: {light(label_colour(label))}" in page, label
