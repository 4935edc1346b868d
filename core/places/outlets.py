"""Outlets: what an article's URL says about where its news is from (the country of its domain, the region of
the town or state a local outlet is named after). Votes, never more: the text's own places decide."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from core.places.gazetteer import _region
from core.places.index import data_lines, fold, gazetteer


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
_HOST_FILLER = frozenset(["www", "com", "co", "org", "net", "news", "m", "amp"])


@lru_cache(maxsize=1)
def _home_towns() -> dict[str, str]:
    """Big towns and US states by their names as a host name writes them ("sanantonio", "newmexico") -> region.
    Of two towns of one name the bigger wins; a state never displaces a town."""
    sized: dict[str, tuple[int, str]] = {}
    for p in gazetteer().of_kind("city", _HOME_TOWN_POPULATION):
        compact, region = fold(p.name).replace(" ", ""), _region(p)
        if len(compact) >= _HOME_NAME_MIN and region and (compact not in sized or sized[compact][0] < p.population):
            sized[compact] = (p.population, region)
    towns = {name: region for name, (_, region) in sized.items()}
    for p in gazetteer().of_kind("state"):
        compact, region = fold(p.name).replace(" ", ""), _region(p)
        if len(compact) >= _HOME_NAME_MIN and region:
            towns.setdefault(compact, region)
    return towns


@lru_cache(maxsize=4096)
def outlet_region(url: str | None) -> str | None:
    """The region of the town or state a local outlet's host name is named after ("toledoblade.com" -> US-OH,
    "nbcmiami.com" -> US-FL, "pittsburgh.cbslocal.com" -> US-PA): the start or the end of a label."""
    towns = _home_towns()
    for label in _host(url).split(".")[:-1]:
        if label in _HOST_FILLER:
            continue
        for size in range(len(label), _HOME_NAME_MIN - 1, -1):
            for part in (label[:size], label[-size:]):
                if part in towns:
                    return towns[part]
    return None
