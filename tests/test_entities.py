"""Entities and places: the gazetteer, and the labels the stock model gets wrong (the loader: test_nlp.py)."""
from __future__ import annotations

import pytest

from helpers.entities import entities_table
from helpers.geography import gazetteer


def places(nlp, text: str) -> dict[str, tuple]:
    table = entities_table(nlp(text), article_id="t")
    rows = table[table["label"] == "GPE"]
    return {row.text: (row.canonical, row.lat, row.lon) for row in rows.itertuples()}


@pytest.mark.parametrize("name, canonical", [
    ("Kiev", "Kyiv"), ("US", "United States"), ("U.S.", "United States"), ("Britain", "United Kingdom"),
    ("Artemivsk", "Bakhmut"), ("Donetsk region", "Donetsk region"), ("Kharkiv oblast", "Kharkiv oblast"),
])
def test_gazetteer_knows_the_names_reports_use(name, canonical):
    assert gazetteer().lookup(name).canonical == canonical


def test_ambiguous_names_mean_the_larger_town():
    donetsk = gazetteer().lookup("Donetsk")
    assert donetsk.country == "UA" and donetsk.population > 500_000


def test_countries_have_no_point_coordinates():
    assert gazetteer().lookup("Ukraine").lat is None


def test_mislabelled_towns_become_places_with_coordinates(nlp):
    found = places(nlp, "Shelling continued in Horlivka, and the mayor of Kiev said Balakliia was retaken.")
    assert found["Horlivka"][0] == "Horlivka" and found["Horlivka"][1] == pytest.approx(48.3, abs=0.1)
    assert found["Kiev"][0] == "Kyiv"


def test_a_town_listed_with_places_is_a_place_without_coordinates(nlp):
    found = places(nlp, "Ukraine repelled attacks in two areas of the Donetsk region: Bakhmut and Maiorsk.")
    assert "Maiorsk" in found and found["Maiorsk"][1] != found["Maiorsk"][1]  # NaN: not in the gazetteer
    assert found["Donetsk region"][1] == pytest.approx(48.0, abs=0.1)


def test_the_village_of_x_is_a_place(nlp):
    assert "Hrakove" in places(nlp, "Troops entered the village of Hrakove on Friday.")


def test_a_town_naming_a_site_is_a_place(nlp):
    # the stock model calls Zaporizhzhia a PERSON here
    assert "Zaporizhzhia" in places(nlp, "The last reactor at the Zaporizhzhia nuclear plant was shut down.")


def test_people_and_months_named_like_towns_stay_what_they_are(nlp):
    table = entities_table(nlp("Michael Jackson met Steve Jobs in March in Cupertino."), article_id="t")
    labels = dict(zip(table["text"], table["label"]))
    assert labels.get("Michael Jackson") == "PERSON"
    assert labels.get("March") == "DATE"
    assert labels.get("Cupertino") == "GPE"
