"""Seas, straits and gulfs (data/seas.tsv): where a disaster at sea happened when no town is its place. The gazetteer
knows no water, so 'the Strait of Otranto' was no place (or Otranto, a town on its shore) and 'the Adriatic' one
unknown name per spelling. A sea is a place above the countries it washes: `sea_countries` tells which (with the
seas it is part of: the Adriatic's, the Mediterranean's), for grouping to meet a port's report with it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from core.places.index import data_lines, fold

SEA_KIND = "sea"


@dataclass(frozen=True, slots=True)
class Sea:
    id: str
    name: str  # English
    part_of: str | None  # the sea it lies in
    countries: frozenset[str]  # whose coasts it washes


@lru_cache(maxsize=1)
def _seas() -> tuple[dict[str, Sea], dict[str, str]]:
    """The seas by id, and each name news writes for one (folded, 'the' left out) -> its id."""
    seas: dict[str, Sea] = {}
    names: dict[str, str] = {}
    for sea_id, name, part_of, countries, written in data_lines("seas.tsv"):
        seas[sea_id] = Sea(sea_id, name, None if part_of == "-" else part_of, frozenset(countries.split(",")))
        for each in (name, *written.split(";")):
            if (folded := fold(each)) and folded not in names:
                names[folded] = sea_id
    return seas, names


def sea_named(folded: str) -> Sea | None:
    """The sea a folded name ('adriatic', 'the strait of otranto', 'mer adriatique') is, if any."""
    seas, names = _seas()
    sea_id = names.get(folded.removeprefix("the "))
    return seas[sea_id] if sea_id is not None else None


def sea_by_key(key: str) -> Sea | None:
    """The sea of a location key ('sea:adriatic')."""
    return _seas()[0].get(key.removeprefix(f"{SEA_KIND}:")) if key.startswith(f"{SEA_KIND}:") else None


def sea_parts_of(key: str) -> tuple[str, ...]:
    """The keys of the seas a sea lies in, nearest first ('sea:strait-of-otranto': the Adriatic, the Mediterranean)."""
    out: list[str] = []
    sea = sea_by_key(key)
    while sea is not None and sea.part_of is not None and f"{SEA_KIND}:{sea.part_of}" not in out:
        out.append(f"{SEA_KIND}:{sea.part_of}")
        sea = sea_by_key(out[-1])
    return tuple(out)


def sea_countries(key: str) -> frozenset[str]:
    """The countries whose coasts a sea washes (ISO codes): the places it lies above. None for another key."""
    sea = sea_by_key(key)
    return sea.countries if sea is not None else frozenset()


def sea_holds(key: str, region: str | None) -> bool:
    """Does the sea of `key` wash the country of a place's region ('IT-13', 'AL')? A port's report and the sea's."""
    return region is not None and region.split("-")[0] in sea_countries(key)
