"""Names the gazetteer reads, without a country, as a bigger namesake elsewhere, which the article's own wording
places: a name the text only writes as a division's ("in Mustang district": Nepal's, not Mustang, Oklahoma), and a
town the body names beside an ambiguous dateline ("LEWISTON - ... in Lisbon": two neighbours in Maine)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.places.gazetteer import fold
from core.places.index import gazetteer
from core.places.location import Location, resolve_location
from core.places.nearby import _distance_km
from core.places.reading import _occurrences

_WORD_CHAR = re.compile(r"\w")
_NEIGHBOUR_KM = 80.0  # as `context._SUBURB_KM`: a town this near the dateline's is its neighbour

_DIVISION_NOUN_AFTER = re.compile(r"[ \t]+(district|province|regency|region|prefecture|governorate)\b", re.IGNORECASE)


def division_not_town(written: str, loc: Location, text: str) -> Location:
    """A town's name that the text only ever writes as a division's ("the wreckage was found in Mustang district")
    is that division's, not the namesake town the gazetteer knows without a country (Mustang, Oklahoma), unless
    the division of that name is the town's own. Read as an unknown name, the article's country settles it."""
    if loc.kind != "city" or loc.region is None:
        return loc
    name = written.strip()
    starts = [at for at in _occurrences(name, text) if at == 0 or not _WORD_CHAR.match(text, at - 1)]
    divisions = [m for at in starts if (m := _DIVISION_NOUN_AFTER.match(text, at + len(name))) is not None]
    if not starts or len(divisions) < len(starts):
        return loc
    division = resolve_location(f"{name} {divisions[0].group(1).lower()}")
    if division.region is not None and division.region.split("-")[0] == loc.region.split("-")[0]:
        return loc  # "Swat district" and the town of Swat: one country, the town stands
    return Location(f"name:{fold(name)}", name, "name")


def dateline_beside(dateline: str, towns: Iterable[str]) -> str | None:
    """The one region where an ambiguous dateline's town has a namesake of a town the body names within a
    suburb's distance ("LEWISTON - ... in Lisbon": Maine's, not Idaho's), if exactly one has."""
    found: set[str] = set()
    for place in gazetteer().lookup(fold(dateline)):
        if place.kind != "city" or not place.major or place.admin1 is None:
            continue
        here = resolve_location(dateline, place.country, place.admin1)
        if here.kind == "city" and any(neighbour_namesake(t, here) for t in towns if fold(t) != fold(dateline)):
            found.add(f"{place.country}-{place.admin1}")
    return found.pop() if len(found) == 1 else None


def neighbour_namesake(town: str, dateline: Location) -> bool:
    """Has a town the body names, read alone as a bigger place elsewhere, a namesake in the dateline's own region
    and within a suburb's distance of it ("LEWISTON - ... near a plant in Lisbon": Lisbon, Maine)?"""
    if dateline.region is None or "-" not in dateline.region:
        return False
    country, admin1 = dateline.region.split("-", 1)
    near = resolve_location(town, country, admin1)
    if near.kind != "city" or near.region != dateline.region or near.key == dateline.key:
        return False
    km = _distance_km(near.key, dateline.key)
    return km is not None and km <= _NEIGHBOUR_KM
