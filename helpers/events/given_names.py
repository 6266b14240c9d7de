"""The gender a given name shows, from nomquamgender's name data (MIT; Van Buskirk et al. 2023, gathered from 36
sources in many countries), read offline: "Chalida Tajaroensuk" is a woman, "Polat Sayim" a man.

Only names the data agree on are taken: seen in several sources, often, and nearly always of one gender. Names
of either gender ("Kim", "Jean", "Ali") and rare names give nothing, so a pronoun still decides them. Loading the
package's full table takes seconds and half a gigabyte, so the names taken are kept in a small file in the
kit's cache folder, made once per version of the data.
"""
from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
from functools import lru_cache

from helpers.io import write_atomic
from helpers.paths import cache_folder
from helpers.lexicon import PERSON_TITLES

# Seen in at least this many of the data's sources and this many times, with a share of women or of men at least
# this high: "Michelle" (33 sources, 0.99 women) is taken, "Rafat" (12 sources, 0.86 men) and "Bilai" (1) are not.
MIN_SOURCES = 5
MIN_COUNT = 100
MIN_SHARE = 0.97
PACKAGE = "nomquamgender"


def name_gender(name: str) -> str:
    """The gender a person's full name shows by its given name ("Kaja Kallas": "f"); "" for a single name, one
    opening with a title ("General Ann Dunwoody" is not a man for "General"), or a given name of either gender."""
    words = name.split()
    return given_name_gender(words[0]) if len(words) > 1 and words[0].lower().rstrip(".") not in PERSON_TITLES \
        else ""


def given_name_gender(name: str) -> str:
    """"f" or "m" for a given name the data agree on, else "" (unknown, of either gender, or the package absent)."""
    return table().get(name.lower(), "")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """The names taken, by lower-case name: from the cache file, made first if need be."""
    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return {}
    folder = cache_folder()
    path = folder / f"given_names-{version}-{MIN_SOURCES}-{MIN_COUNT}-{MIN_SHARE}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        names = taken_names()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, lambda handle: json.dump(names, handle))
    except OSError:  # a read-only home: the names serve this run only
        pass
    return names


def taken_names() -> dict[str, str]:
    """Read the package's table (name -> [sources, count, share of women, ...]) and keep the names it agrees on."""
    with importlib.resources.files(PACKAGE).joinpath("name_data.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    taken = {}
    for name, (sources, count, women, *_) in data.items():
        if sources >= MIN_SOURCES and count >= MIN_COUNT and women is not None and name.isalpha():
            if women >= MIN_SHARE or women <= 1 - MIN_SHARE:
                taken[name] = "f" if women >= MIN_SHARE else "m"
    return taken
