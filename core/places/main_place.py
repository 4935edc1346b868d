"""The place an article is mainly about (`main_location`): its whole-incident claims' places weighed with what the
dateline, the title and the text say, past a wire's bureau; `core.places.place_votes` reads the places themselves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from core.models import ArticleFacts, Claim, Role
from core.places.gazetteer import capital_keys, country_capital_keys
from core.places.index import gazetteer, is_district
from core.places.location import _KIND_ORDER, _UNPLACED, SPOT_ONLY, UNPLACED, Location, _region_around
from core.places.nearby import district_holds
from core.places.place_votes import _CONTEXT_ROLES, _DISTRICT_WORDS, article_locations
from core.places.reading import TITLE_KEY
from core.places.report_places import _BUREAU_CITY, DATELINE_KEY, TEXT_KEY
from core.places.seas import SEA_KIND, sea_holds


def _district_name(loc: Location) -> bool:
    """A name the gazetteer does not know, written with a division's word ("Nuapada district")."""
    return loc.kind == "name" and loc.key.split()[-1] in _DISTRICT_WORDS


def _district_apart(loc: Location, filed: Location) -> bool:
    """A district the gazetteer does not know, or a second-level division that does not hold the dateline's town."""
    return _district_name(loc) or (is_district(loc.key) and not district_holds(loc.key, filed.key))


def main_location(article: ArticleFacts, places: Mapping[str, Location] | None = None) -> Location | None:
    """The place the article is mainly about: the one its whole-incident claims name most (ties: earliest).

    A place the dateline or the title also names counts extra (it is what the article is about, and the most
    reliable place it writes). Without a usable claim place: the dateline's town, the title's, or the town
    the text names most. A state or country is narrowed to the dateline's, title's or text's town inside it.
    """
    places = article_locations(article) if places is None else places
    background = _background_only(article, places)
    towns = [
        town
        for k in (DATELINE_KEY, TITLE_KEY, TEXT_KEY)
        if (town := places.get(k)) is not None and town.kind in ("city", "county")
        and not (k == TEXT_KEY and town.key in background)
    ]  # fmt: skip
    bureau = _bureau(places) or _big_city_over_countries(article, places)
    # (a national capital's bureau, "PARIS (AFP) -" above "Morocco earthquake: ...", is where the wire files from:
    # the country its claims name is the scene, not another country's people)
    town_countries = {t.region.split("-")[0] for t in towns if t.region and t.key != bureau}
    earlier = _told_in_background(article, places)
    tally: dict[str, list[Any]] = {}
    for i, claim in enumerate(article.claims):
        if claim.location is None or claim.role in _CONTEXT_ROLES:
            continue
        loc = places.get(claim.location, _UNPLACED)
        if loc.kind in (UNPLACED, SPOT_ONLY):
            continue
        if claim.location_carried and loc.key in earlier:
            continue  # a headline's toll given the town the text names for an earlier event's toll: not its scene
        if loc.kind == "country" and town_countries and loc.region not in town_countries:
            continue  # "Iran says 465 of its pilgrims died" in a report placed in Mecca: their country, not the scene
        if separate_incident(article, claim):
            continue  # "Separately, three people were killed in Khan Younis": another incident's place
        if claim.location_loose:
            continue  # one of a list ("shook Aleppo, Hama and Latakia") or where the source spoke: not the scene
        weight = 2 if claim.role == Role.TOTAL else 1
        entry = tally.setdefault(loc.key, [0, i, loc])
        entry[0] += weight
    if not tally:
        if towns:
            # the town the text is about before a national capital's bureau ("RIYADH - ... during the Hajj":
            # Mecca); a state capital's station reports on its own town ("INDIANAPOLIS (WISH) -")
            away = [t for t in towns if t.key != bureau or t.key not in country_capital_keys()]
            if not away:
                # only the national capital's bureau: the country or state the title or text places the story
                # in ("RABAT - ..." under "Erdbeben in Marokko") before the bureau's town
                away = [c for c in _coarse_places(places, (TITLE_KEY, TEXT_KEY)) if _same_country(c, towns[0])]
            return replace((away or towns)[0], spot=None)
        # No town anywhere: the country or province the dateline, title or text names ("Floods in Pakistan").
        coarse = _coarse_places(places, (DATELINE_KEY, TITLE_KEY, TEXT_KEY))
        return replace(coarse[0], spot=None) if coarse else None
    filed = places.get(DATELINE_KEY)
    if filed is not None and filed.kind == "city" and all(_district_apart(e[2], filed) for e in tally.values()):
        # "BHUBANESWAR: ... in Nuapada district": a district elsewhere in the dateline's region (a state capital's, a
        # wire's bureau): that district, or the region when the gazetteer does not know it; not the dateline's town
        known = [e for e in tally.values() if not _district_name(e[2])]
        if known:
            district: Location = max(known, key=lambda e: (e[0], -e[1]))[2]
            return replace(district, spot=None)
        return replace(_region_around(filed), spot=None)
    towns = [t for t in towns if t.key != bureau]
    for said, bonus in ((places.get(DATELINE_KEY), 4), (places.get(TITLE_KEY), 3), (places.get(TEXT_KEY), 1)):
        if said is not None and said.kind in ("city", "county", "name") and said.key != bureau:
            if bonus == 1 and said.key in background:
                continue  # "two days after a gunman killed 11 in Monterey Park": the text's town of another event
            tally.setdefault(said.key, [0, len(article.claims), said])[0] += bonus
    # A coarse mention ("Arkansas", "Travis County") also speaks for the places inside it.
    # A country's toll is not narrowed to a town the text merely names ("12 km from the city of X"), only to a
    # town the dateline, the title or a claim names too.
    text_town = places.get(TEXT_KEY)
    bare = text_town.key if text_town is not None and tally.get(text_town.key, [0])[0] == 1 else None

    def speaks_for(coarse: Location, key: str, town: Location) -> bool:
        return _contains(coarse, town) and not (coarse.kind == "country" and key == bare)

    score = {k: e[0] + sum(o[0] for o in tally.values() if speaks_for(o[2], k, e[2])) for k, e in tally.items()}
    best = max(tally.values(), key=lambda e: (score[e[2].key], _KIND_ORDER.get(e[2].kind, -1), -e[1]))
    top: Location = best[2]
    if top.kind in ("state", "country"):
        inside = next((t for t in towns if speaks_for(top, t.key, t)), None)
        if inside is not None:
            top = inside
    elif top.kind == "name" and towns:
        # An unresolved name ("Frayser", "Martin Luther King") is a neighbourhood or a venue more often than a
        # town: the town the dateline, title or text names is the place.
        top = towns[0]
    elif top.kind == "name" and (divisions := _coarse_places(places, (TEXT_KEY,))) and divisions[0].kind == "province":
        # ... and with no town, the province the text places it in ("at Hillside Endarasha Academy in Nyeri
        # County"): the venue lies there, and the province meets its town's reports
        top = divisions[0]
    return replace(top, spot=None)


def _background_only(article: ArticleFacts, places: Mapping[str, Location]) -> frozenset[str]:
    """The places only the article's background figures are told of (an earlier or other event's toll): the text
    may name such a town most, but it is not where the report's own event happened. None when the report has no
    figure of its own (a follow-up telling its event's toll as background is about that event's town)."""
    if all(claim.role in _CONTEXT_ROLES for claim in article.claims):
        return frozenset()
    told: dict[str, bool] = {}
    for claim in article.claims:
        loc = places.get(claim.location) if claim.location else None
        if loc is not None and loc.kind in ("city", "county"):
            told[loc.key] = told.get(loc.key, True) and claim.role in _CONTEXT_ROLES
    return frozenset(k for k, only in told.items() if only)


def _told_in_background(article: ArticleFacts, places: Mapping[str, Location]) -> frozenset[str]:
    """The towns the article's background figures are told of, read in their own sentence."""
    return frozenset(
        loc.key
        for c in article.claims
        if c.role in _CONTEXT_ROLES and c.location and not c.location_carried
        and (loc := places.get(c.location)) is not None and loc.kind in ("city", "county")
    )  # fmt: skip


def _same_country(a: Location, b: Location) -> bool:
    return a.region is not None and b.region is not None and a.region.split("-")[0] == b.region.split("-")[0]


def _coarse_places(places: Mapping[str, Location], keys: Sequence[str]) -> list[Location]:
    """The places under `keys` that are no town (a country, a state or province the report names)."""
    found = (places.get(k) for k in keys)
    return [c for c in found if c is not None and c.kind not in ("city", "county")]


@lru_cache(maxsize=1)
def _separate_openings() -> tuple[str, ...]:
    from core.extract.lexicons import load  # (lazily: the extractor imports this package)

    return tuple(getattr(load("en"), "SEPARATE_INCIDENT", ()))


def separate_incident(article: ArticleFacts, claim: Claim) -> bool:
    """Does the claim's sentence open by saying it reports another incident ("Separately, ...")?"""
    field = article.text if claim.field == "text" else article.title
    if not field:
        return False
    opening = field[claim.sentence_start : claim.sentence_start + 24].lower()
    return opening.startswith(_separate_openings())


def _bureau(places: Mapping[str, Location]) -> str | None:
    """The dateline's town when it is its country's capital and neither the title nor the text's town is it
    ("KABUL - ... quakes in western Afghanistan"): where the wire files from, not the scene. Claims that name
    it still place the report there; with no claim place, the dateline is still the fallback."""
    dateline = places.get(DATELINE_KEY)
    if dateline is None or dateline.key not in capital_keys():
        return None
    if any((other := places.get(k)) is not None and other.key == dateline.key for k in (TITLE_KEY, TEXT_KEY)):
        return None
    return dateline.key


def _big_city_over_countries(article: ArticleFacts, places: Mapping[str, Location]) -> str | None:
    """The dateline's town when it is a big city ("ISTANBUL (Reuters) -") that neither the title nor the text's
    town is, and the article's whole-incident figures are told only of countries or provinces ("struck southern
    Turkey and northwest Syria, killing more than 2,300"): where the wire files from, not the scene."""
    dateline = places.get(DATELINE_KEY)
    if dateline is None or dateline.kind != "city":
        return None
    place = gazetteer().by_key(dateline.key)
    if place is None or place.population < _BUREAU_CITY:
        return None
    if any((other := places.get(k)) is not None and other.key == dateline.key for k in (TITLE_KEY, TEXT_KEY)):
        return None
    kinds = {
        loc.kind
        for c in article.claims
        if c.location and c.role not in _CONTEXT_ROLES and (loc := places.get(c.location)) is not None
    }
    return dateline.key if kinds and kinds <= {"country", "province", "state"} else None


def _contains(coarse: Location, main: Location) -> bool:
    """Is `coarse` a county, state or country that (as far as the gazetteer tells) holds `main`?"""
    if coarse.kind == SEA_KIND:
        # a sea speaks for the land it washes ("kills 21 across the Bay of Bengal": the toll of each country on it)
        return main.kind != SEA_KIND and sea_holds(coarse.key, main.region)
    if coarse.key == main.key or main.region is None or coarse.region is None:
        return False
    if coarse.kind == "county":
        return coarse.region == main.region and main.kind == "city"
    if coarse.kind in ("state", "province"):
        # A province holds a town when the gazetteer gives both the same admin1 code ("Sindh" and Sehwan); a
        # district, when the town is also near its towns' centroid
        return (
            "-" in coarse.region
            and coarse.region == main.region
            and main.kind in ("city", "county")
            and district_holds(coarse.key, main.key)
        )
    if coarse.kind == "country":
        return main.region.split("-")[0] == coarse.region and main.kind in ("city", "county", "state")
    return False
