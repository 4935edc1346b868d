"""Outlets: what an article's URL says about where its news is from (the country of its domain, the region of
the town or state a local outlet is named after). Votes, never more: the text's own places decide."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from core.places.gazetteer import _region
from core.places.index import Place, data_lines, fold, gazetteer
from core.places.nearby import _distance_km


@lru_cache(maxsize=1)
def _tld_countries() -> dict[str, str | None]:
    """Top-level domains that are not simply a country's ISO code ("uk" -> GB; "tv", "io" are generic)."""
    out: dict[str, str | None] = {}
    for row in data_lines("tlds.tsv"):
        out[row[0].lower()] = row[1] if len(row) > 1 and row[1] else None
    return out


def _host(url: str | None) -> str:
    """An outlet URL's host name, lower case ("" for none); a bare "bbc.co.uk" is read as a host too."""
    if not url:
        return ""
    return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()


def outlet_country(url: str | None) -> str | None:
    """The country an outlet's domain says it is from ("bbc.co.uk" -> GB, "nation.co.ke" -> KE; a US station's
    call sign, "wcvb.com" -> US), or None for other generic domains (.com, .org) and country codes used as
    generic ones (.tv, .io)."""
    host = _host(url)
    tld = host.rsplit(".", 1)[-1]
    if _US_STATION.match(host) and host.split(".")[-2] not in _NOT_CALL_SIGNS:
        return "US"
    if len(tld) != 2 or not tld.isalpha():
        return None
    exceptions = _tld_countries()
    if tld in exceptions:
        return exceptions[tld]
    code = tld.upper()
    return code if gazetteer().by_key(f"country:{code}") is not None else None


# A US broadcaster named by its call sign ("whdh.com", "www.wcvb.com", "ksdk.com", "kare11.com", "wsbtv.com")
_US_STATION = re.compile(r"^(?:www\.)?[kw][a-z]{2,3}(?:tv|\d{1,2})?\.(?:com|net|org|tv)$")
_NOT_CALL_SIGNS = frozenset(  # words a host name of that shape may be
    [
        "wire", "wired", "week", "weekly", "wish", "wiki", "kids", "kind", "king", "word", "work", "west", "wine",
        "wind", "wing", "wolf", "wood", "kiss", "kick", "keep", "key", "kin", "kit", "wait", "walk", "want", "warm",
        "wave", "wear", "web", "whey", "who", "why", "wide", "wife", "wild", "will", "win", "wise", "with", "won",
        "wow",
    ]
)

# Below one place the text puts things in (a town's 0.5 twice, a country's or province's 1.0): a tie-breaker only.
OUTLET_VOTE = 0.9
HOME_TOWN_VOTE = 1.0
_HOME_TOWN_POPULATION = 100_000
_HOME_NAME_MIN = 5
_CITY_WORD_POPULATION = 500_000
_HOST_FILLER = frozenset(["www", "com", "co", "org", "net", "news", "m", "amp"])


@lru_cache(maxsize=1)
def _home_towns() -> dict[str, tuple[str, str]]:
    """Big towns and US states by their names as a host name writes them ("sanantonio", "newmexico") -> (region,
    place key). Of two towns of one name the bigger wins; a state never displaces a town."""
    sized: dict[str, tuple[int, str, str]] = {}
    for p in gazetteer().of_kind("city", _HOME_TOWN_POPULATION):
        compact, region = fold(p.name).replace(" ", ""), _region(p)
        if len(compact) >= _HOME_NAME_MIN and region and (compact not in sized or sized[compact][0] < p.population):
            sized[compact] = (p.population, region, p.key)
    towns = {name: (region, key) for name, (_, region, key) in sized.items()}
    for name, (population, region, key) in sized.items():
        if name.endswith("city") and population >= _CITY_WORD_POPULATION:
            towns.setdefault(name.removesuffix("city"), (region, key))  # "nbcnewyork.com": New York City's
    for p in gazetteer().of_kind("state"):
        compact, region = fold(p.name).replace(" ", ""), _region(p)
        if len(compact) >= _HOME_NAME_MIN and region:
            towns.setdefault(compact, (region, p.key))
    return towns


def _home_of(url: str | None) -> tuple[str, str] | None:
    towns = _home_towns()
    for label in _host(url).split(".")[:-1]:
        if label in _HOST_FILLER:
            continue
        for size in range(len(label), _HOME_NAME_MIN - 1, -1):
            for part in (label[:size], label[-size:]):
                if part in towns:
                    return towns[part]
    return None


@lru_cache(maxsize=4096)
def outlet_region(url: str | None) -> str | None:
    """The region of the town or state a local outlet's host name is named after ("toledoblade.com" -> US-OH,
    "nbcmiami.com" -> US-FL, "pittsburgh.cbslocal.com" -> US-PA): the start or the end of a label."""
    home = _home_of(url)
    return home[0] if home is not None else None


# A city's outlet covers its metro area: the towns of another state this close are its news too
_METRO_KM = 60.0
_METRO_TOWN = 30_000


@lru_cache(maxsize=4096)
def outlet_regions(url: str | None) -> tuple[str, ...]:
    """`outlet_region`, and for an outlet named after a city, the other states its metro area reaches: the
    regions of towns within `_METRO_KM` ("nbcnewyork.com": New York's, New Jersey's, Connecticut's news;
    "kansascity.com": Missouri's and Kansas')."""
    home = _home_of(url)
    if home is None:
        return ()
    region, key = home
    if not key.startswith("city:"):
        return (region,)
    near = {
        r
        for p in _metro_towns(region.split("-")[0])
        if (r := _region(p)) and r != region and (km := _distance_km(key, p.key)) is not None and km <= _METRO_KM
    }
    return (region, *sorted(near))


@lru_cache(maxsize=8)
def _metro_towns(country: str) -> tuple[Place, ...]:
    return tuple(p for p in gazetteer().of_kind("city", _METRO_TOWN) if p.country == country)
