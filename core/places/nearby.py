"""Coordinates and distances between gazetteer towns, and the big city a neighbourhood-town lies inside."""

from __future__ import annotations

import math
from functools import lru_cache

from core.places.gazetteer import Place, _region
from core.places.index import fold, gazetteer, is_district

# How far from the centroid of its towns a second-level division still holds a town (see `district_holds`): a
# district of South Asia spans about 50 km around it (Swat, 5,300 km²; Idukki, 4,400 km²).
DISTRICT_REACH_KM = 60.0

# A big city and the towns within its reach (see `enclosing_city`).
_BIG_CITY = 300_000
_SATELLITE_RATIO = 5


def city_reach_km(population: int) -> float:
    """How far from its centre a city of this size still is the city: 5 km plus 10 km per sqrt(million)
    (Philadelphia ~17 km, Chicago ~21 km, a city of 300,000 ~10 km)."""
    return 5.0 + 10.0 * math.sqrt(population / 1_000_000)


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, list[Place]]:
    """Cities of at least `_BIG_CITY` people, by region."""
    out: dict[str, list[Place]] = {}
    seen: set[str] = set()
    for p in gazetteer().of_kind("city", _BIG_CITY):
        region = _region(p)
        if region is not None and p.key not in seen:
            seen.add(p.key)
            out.setdefault(region, []).append(p)
    return out


@lru_cache(maxsize=16384)
def enclosing_city(key: str) -> Place | None:
    """The big city a gazetteer town lies inside, if any: a neighbourhood listed as a town of its own
    ("Kingsessing", "South Shore", "East Flatbush") within `city_reach_km` of a city of the same state or
    province at least `_SATELLITE_RATIO` times its size. News and incident registers name the city."""
    town = gazetteer().by_key(key)
    region = _region(town) if town is not None else None
    if town is None or region is None:
        return None
    best: tuple[float, Place] | None = None
    for big in _big_cities().get(region, ()):
        if big.key == key or big.population < _SATELLITE_RATIO * max(town.population, 1):
            continue
        km = _distance_km(key, big.key)
        if km is not None and km <= city_reach_km(big.population) and (best is None or km < best[0]):
            best = (km, big)
    return best[1] if best is not None else None


def _distance_km(a: str, b: str) -> float | None:
    first, second = gazetteer().coordinates(a), gazetteer().coordinates(b)
    if first is None or second is None:
        return None
    (lat1, lon1), (lat2, lon2) = first, second
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def district_holds(division: str, town: str) -> bool:
    """Does a division hold the town, as far as coordinates tell? A second-level division holds the towns within
    `DISTRICT_REACH_KM` of its towns' centroid ('Nuapada district' is not Bhubaneswar's, 350 km off); any other
    division is left to its region code (True)."""
    if not is_district(division):
        return True
    km = _distance_km(division, town)
    return km is None or km <= DISTRICT_REACH_KM


# Of a country's provinces named like one of its towns, the share whose namesake town (the biggest) carries the
# province's own code, below which the towns' codes say nothing of their province (Vietnam's towns keep the codes
# of before its provinces were renumbered: none agree).
_AGREEING_NAMESAKES = 0.75
_FEWEST_NAMESAKES = 3
_INDEXED_NAME = 3  # letters a folded name has at least to be in the index's names (`index.build_index`'s `alias`)


@lru_cache(maxsize=1)
def _countries_coding_towns_by_province() -> frozenset[str]:
    """Countries whose towns' region codes tell the province they lie in (see `_AGREEING_NAMESAKES`)."""
    provinces = [
        (province, fold(province.name))
        for province in gazetteer().of_kind("province")
        if province.admin1 and province.country and not is_district(province.key)
    ]
    towns = _namesake_towns(provinces)
    agree: dict[str, list[bool]] = {}
    for province, folded in provinces:
        namesake = towns.get((province.country or "", folded))
        if namesake is not None:
            agree.setdefault(province.country or "", []).append(namesake.admin1 == province.admin1)
    return frozenset(
        country
        for country, seen in agree.items()
        if len(seen) >= _FEWEST_NAMESAKES and sum(seen) >= _AGREEING_NAMESAKES * len(seen)
    )


def _namesake_towns(provinces: list[tuple[Place, str]]) -> dict[tuple[str, str], Place]:
    """(country, folded own name) -> the most populous town so named (the first in index order of equals), for the
    provinces' (with their folded names) names. Only the towns that may bear them are read (not every town of the
    world: ~2 s in each process): by the index's names, which hold every town's own name of `_INDEXED_NAME`
    letters or more, and, for a shorter name ('Ig', 'Se'), among every town of its country."""
    short = {p.country or "" for p, folded in provinces if len(folded) < _INDEXED_NAME}
    bearing = gazetteer().towns_bearing(folded for _p, folded in provinces if len(folded) >= _INDEXED_NAME)
    towns: dict[tuple[str, str], Place] = {}
    for found, long in ((bearing, True), (gazetteer().towns_of(short) if short else (), False)):
        for town in found:
            key = (town.country or "", fold(town.name))
            if (len(key[1]) >= _INDEXED_NAME) == long and (key not in towns or town.population > towns[key].population):
                towns[key] = town
    return towns


def in_another_province(town_region: str | None, province_region: str | None) -> bool:
    """Does a town lie outside a first-level province of its country, as far as the gazetteer's codes tell
    ("Beirut" is not in Akkar)? Unknown codes, or a country whose towns' codes cannot be trusted, say no."""
    if not town_region or not province_region or "-" not in town_region or "-" not in province_region:
        return False
    country = town_region.split("-")[0]
    if country != province_region.split("-")[0] or country not in _countries_coding_towns_by_province():
        return False
    if province_region not in _towns_region_codes():
        return False  # a grouping of provinces, coded by ISO alone ("Sulawesi", ID-SL): its towns are not told
    return town_region != province_region


@lru_cache(maxsize=1)
def _towns_region_codes() -> frozenset[str]:
    """The region codes towns carry: a province coded otherwise (a grouping of provinces GeoNames does not
    divide by, such as Indonesia's geographical units) cannot be compared with a town's code."""
    return frozenset(f"{country}-{admin1}" for country, admin1 in gazetteer().town_region_codes())
