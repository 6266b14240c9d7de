"""A user's places file: read and checked row by row, used by the gazetteer, the model, the pipeline and its cache."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import __main__ as cli
from helpers.__main__ import main
from helpers.cache import article_key, places_version
from helpers.entities import entities_table
from helpers.geography import BadPlaces, UserPlace, gazetteer, read_places
from helpers.nlp import load_model
from helpers.pipeline import Options, Summary, run
from helpers.reading import read_reports

# A village the stock gazetteer lacks (the stock model calls it a PRODUCT), one of its other spellings, a
# name that is a person in these reports, not Laï in Chad, and an old name of Bakhmut taken at Bakhmut.
PLACES = """name,canonical,kind,country,lat,lon
Maiorsk,,city,UA,48.3717,37.9353
Mayorsk,Maiorsk,city,UA,,
# Jimmy Lai, the publisher: not Laï, Chad
Lai,,none,,,
Artemivsk,Bakhmut,city,UA,,
"""
REPORT = ("title: Fighting near Horlivka\n"
          "date: 2022-09-10\n"
          "\n"
          "Russian forces shelled Maiorsk on Saturday, the regional governor said. The previous day, Ukrainian "
          "troops entered Izium. Supporters of Lai rallied outside the court in Hong Kong on Friday.\n")
LAI = "Supporters of Lai rallied outside the court."


@pytest.fixture
def places_file(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(PLACES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nlp_with_places(tmp_path_factory):
    path = tmp_path_factory.mktemp("places") / "places.csv"
    path.write_text(PLACES, encoding="utf-8")
    return load_model(places=path)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "maiorsk.txt").write_text(REPORT, encoding="utf-8")
    return folder


def rows_named(table: pd.DataFrame, text: str) -> pd.DataFrame:
    return table[table["text"] == text]


def test_a_places_file_is_read_row_by_row(places_file):
    rows = read_places(places_file)
    assert [row.name for row in rows] == ["Maiorsk", "Mayorsk", "Lai", "Artemivsk"]  # the comment is skipped
    assert rows[0] == UserPlace("Maiorsk", "Maiorsk", "city", "UA", 48.3717, 37.9353)  # canonical: the name
    assert rows[1].canonical == "Maiorsk" and rows[1].lat is None
    assert rows[2].kind == "none" and rows[2].line == 5


def test_columns_in_any_order_a_byte_order_mark_and_upper_case_kinds_are_read(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("\ufeffLat,Lon,Name,Kind\n47.0,37.5,Hrakove,CITY\n\n", encoding="utf-8")
    assert read_places(path) == (UserPlace("Hrakove", "Hrakove", "city", "", 47.0, 37.5),)


@pytest.mark.parametrize("line, reason", [
    ("Maiorsk,,village,UA,48.4,37.9", "kind 'village'"),
    ("Maiorsk,,,UA,48.4,37.9", "no kind"),
    ("Maiorsk,,city,UA,98.4,37.9", "lat 98.4 is out of range"),
    ("Maiorsk,,city,UA,48.4,-190", "lon -190 is out of range"),
    ("Maiorsk,,city,UA,north,37.9", "lat 'north' is not a number"),
    ("Maiorsk,,city,UA,48.4,", "lat and lon go together"),
    (",Maiorsk,city,UA,48.4,37.9", "no name"),
    ("Maiorsk,,city,Ukraine,48.4,37.9", "country 'Ukraine' is no ISO 3166-1 alpha-2 code"),
    ("Lai,,none,,9.4,16.3", "no place (none) but has coordinates"),
    ("Horlivka,,city,UA,48.3,38.0,extra", "7 cells for 6 columns"),
    ("Bakhmut,,city,UA,,", "'Bakhmut' is already listed on line 2"),
    ("Artemivsk,Bakhmut,city,UA,48.0,37.0", "'Bakhmut' is at 48.59, 38.0 on line 2"),
])
def test_a_bad_row_is_an_error_naming_the_file_its_line_and_why(tmp_path, line, reason):
    path = tmp_path / "my places.csv"
    path.write_text(f"name,canonical,kind,country,lat,lon\nBakhmut,,city,UA,48.59,38.0\n{line}\n", encoding="utf-8")
    with pytest.raises(BadPlaces) as problem:
        read_places(path)
    assert str(problem.value).startswith(f"{path}, line 3: ")
    assert reason in str(problem.value)
    assert isinstance(problem.value, ValueError)


@pytest.mark.parametrize("text, reason", [
    ("name,kind,latitude\n", "line 1: unknown column 'latitude'"),
    ("name,lat,lon\n", "line 1: no 'kind' column"),
    ("", "empty places file"),
])
def test_a_bad_header_or_an_empty_file_is_an_error(tmp_path, text, reason):
    path = tmp_path / "places.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadPlaces, match=reason):
        read_places(path)


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(BadPlaces, match="nowhere.csv"):
        read_places(tmp_path / "nowhere.csv")


def test_the_gazetteer_with_a_users_places_is_a_copy_and_the_stock_one_is_unchanged(places_file):
    rows = read_places(places_file)
    mine, stock = gazetteer(rows), gazetteer()
    assert mine is not stock and gazetteer(rows) is mine  # built once per set of places
    assert stock.lookup("Maiorsk") is None and stock.lookup("Lai").canonical == "Laï"
    assert (mine.lookup("Maiorsk").lat, mine.lookup("Maiorsk").lon) == (48.3717, 37.9353)
    assert mine.lookup("Mayorsk") == mine.lookup("Maiorsk")
    assert mine.lookup("Lai") is None and "Lai" in mine.not_places and "Lai" not in mine.matchable_names()
    # a name given without coordinates is a name of the place the gazetteer knows by its canonical name
    assert stock.is_weak("Artemivsk") and not mine.is_weak("Artemivsk")
    assert mine.lookup("Artemivsk") == stock.lookup("Bakhmut")


def test_a_user_name_is_matched_even_where_the_kit_distrusts_it():
    mine = gazetteer((UserPlace("Mesa", "Mesa", "city", "US", 33.42, -111.83),))
    assert "Mesa" not in gazetteer().matchable_names() and "Mesa" in mine.matchable_names()


def test_a_listed_village_gets_its_coordinates(nlp, nlp_with_places):
    text = "Russian forces shelled Maiorsk and Mayorsk on Saturday."
    assert rows_named(entities_table(nlp(text), article_id="a"), "Maiorsk")["lat"].isna().all()  # stock: none
    found = entities_table(nlp_with_places(text), article_id="a")
    for name in ("Maiorsk", "Mayorsk"):
        row = rows_named(found, name).iloc[0]
        assert (row.label, row.canonical, row.place_kind) == ("GPE", "Maiorsk", "city")
        assert (row.lat, row.lon) == (48.3717, 37.9353)


def test_a_name_listed_as_no_place_is_not_given_a_towns_coordinates(nlp, nlp_with_places):
    stock = rows_named(entities_table(nlp(LAI), article_id="a"), "Lai")
    assert list(stock["canonical"]) == ["Laï"]  # the mistake the row corrects
    mine = rows_named(entities_table(nlp_with_places(LAI), article_id="a"), "Lai")
    assert mine["lat"].isna().all() and not mine["label"].isin(["GPE", "LOC", "FAC"]).any()
    assert not (mine["canonical"] == "Laï").any()


def test_a_name_listed_as_no_place_is_a_person_where_the_report_names_one(nlp_with_places):
    text = "Jimmy Lai was sentenced on Monday. The trial of Lai began in Hong Kong."
    found = entities_table(nlp_with_places(text), article_id="a")
    assert list(rows_named(found, "Lai")["label"]) == ["PERSON"]


@pytest.mark.parametrize("name", ["Hamas", "Iskander", "Sadr"])
def test_a_movement_or_weapon_spelled_like_a_town_is_no_place(name):
    from helpers.geography import stock_gazetteer

    assert stock_gazetteer().lookup(name) is None  # not Hamm, Iskandar, Sadr City


def test_a_movement_the_model_takes_for_a_place_is_an_organisation(nlp):
    doc = nlp("“We are ready to talk,” Hamas official Basem Naim told Reuters in Doha.")
    found = entities_table(doc, article_id="a")
    assert list(rows_named(found, "Hamas")["label"]) == ["ORG"] and rows_named(found, "Hamas")["lat"].isna().all()


def test_the_pipeline_uses_the_places_for_entities_and_event_places(reports, places_file):
    stock = run([reports], progress=False)
    assert rows_named(stock.entities, "Maiorsk")["lat"].isna().all()
    tables = run([reports], progress=False, places=places_file)
    maiorsk = rows_named(tables.entities, "Maiorsk").iloc[0]
    assert (maiorsk.lat, maiorsk.lon, maiorsk.place_kind) == (48.3717, 37.9353, "city")
    assert rows_named(tables.entities, "Lai")["lat"].isna().all()
    assert tables.events.set_index("trigger").loc["shelled", "place"] == "Maiorsk"
    assert "Maiorsk" in "; ".join(tables.timeline["places"])


def test_worker_processes_get_the_places(reports, places_file):
    tables = run([reports], progress=False, places=places_file, workers=2)
    assert rows_named(tables.entities, "Maiorsk")["lat"].tolist() == [48.3717]


def test_dask_workers_get_the_places(reports, places_file):
    pytest.importorskip("distributed")
    tables = run([reports], progress=False, places=places_file, backend="dask", workers=1)
    assert rows_named(tables.entities, "Maiorsk")["lat"].tolist() == [48.3717]


def test_a_bad_places_file_stops_the_run_before_any_report_is_analysed(reports, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nMaiorsk,village\n", encoding="utf-8")
    with pytest.raises(BadPlaces, match="line 2"):
        run([reports], progress=False, places=bad, cache=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_the_cache_key_holds_what_the_places_say(places_file, tmp_path):
    rows = read_places(places_file)
    assert places_version(()) == "" and len(places_version(rows)) == 64
    assert places_version(rows) != places_version(rows[:-1])
    moved = tmp_path / "moved.csv"  # where a row is written, and comments, say nothing
    moved.write_text(PLACES.replace("# Jimmy Lai, the publisher: not Laï, Chad\n", "\n\n"), encoding="utf-8")
    assert places_version(read_places(moved)) == places_version(rows)


def test_a_report_is_analysed_again_when_the_places_change(reports, places_file, tmp_path):
    cache = tmp_path / "cache"
    article = read_reports([reports])[0][0]
    keys = {article_key(article, model="m", code="c", max_chars=1, places=places)
            for places in ("", places_version(read_places(places_file)))}
    assert len(keys) == 2
    assert run([reports], progress=False, cache=cache).counts.processed == 1
    first = run([reports], progress=False, cache=cache, places=places_file)
    assert (first.counts.cached, first.counts.processed) == (0, 1)
    again = run([reports], progress=False, cache=cache, places=places_file)
    assert (again.counts.cached, again.counts.processed) == (1, 0)
    pd.testing.assert_frame_equal(again.entities, first.entities)
    places_file.write_text(PLACES.replace("48.3717,37.9353", "48.4,37.9"), encoding="utf-8")
    changed = run([reports], progress=False, cache=cache, places=places_file)
    assert (changed.counts.cached, changed.counts.processed) == (0, 1)
    assert rows_named(changed.entities, "Maiorsk")["lat"].tolist() == [48.4]


def test_the_command_line_takes_a_places_file(reports, places_file, tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(reports), "--out", str(out), "--quiet", "--no-cache", "--places", str(places_file)]) == 0
    entities = pd.read_csv(out / "entities.csv")
    assert rows_named(entities, "Maiorsk")["lat"].tolist() == [48.3717]


def test_the_command_line_says_which_line_of_the_places_file_is_bad(reports, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,lat,lon\nMaiorsk,city,48.4,37.9\nHrakove,city,148.0,37.0\n", encoding="utf-8")
    assert main(["run", str(reports), "--out", str(tmp_path / "out"), "--quiet", "--places", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {bad}, line 3: lat 148.0 is out of range (-90 to 90)"


def test_the_command_line_passes_the_places_in_its_options(monkeypatch, reports, tmp_path):
    calls = []
    monkeypatch.setattr(cli, "process", lambda inputs, *, out, options: calls.append(options) or Summary(out=out))
    assert main(["run", str(reports), "--out", str(tmp_path), "--quiet", "--no-cache", "--places", "p.csv"]) == 0
    assert calls == [Options(progress=False, places="p.csv")]


@pytest.mark.parametrize("text, people", [
    ("Thai authorities deported 40 Uyghurs to China last month.", "Uyghurs"),
    ("Thousands of Rohingya fled to Bangladesh.", "Rohingya"),
])
def test_a_people_the_model_takes_for_a_place_is_no_place_when_counted(nlp, text, people):
    doc = nlp(text)
    assert not any(ent.text == people and ent.label_ in {"GPE", "LOC"} for ent in doc.ents)
    assert any(ent.label_ == "GPE" for ent in doc.ents)  # the real place stays one
