"""Another region's incident: a report placed firmly in another first-level region of the event's country.

A country has more than one attack a week. A report of soldiers killed in another state three days on, of bandits
raiding a village of another state, is that state's news, however alike the kind, the days and the words of the
wires ("gunmen killed ... in Mexico"). Two reports whose places lie in two first-level regions (states,
provinces) of one country, as the gazetteer's codes tell, are held apart unless something ties them: a place one
names that the other's reports name too (a spree that ends across the state line names both), a count above one
they share, a person, or the words of one story (`in_another_region`).

Not a disaster that spreads over regions (`_SPREADING_KINDS`: a flood, a quake, a storm, wildfires): its reports
count their own region's dead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from core.events.decoys import _retells_its_story, _shares_a_count_above_one
from core.events.evidence import event_hints
from core.events.hazards import event_told_hazards, told_hazards
from core.events.pieces import Piece
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, ArticleFacts
from core.places.gazetteer import _region, capital_keys
from core.places.index import data_lines, fold, gazetteer
from core.places.nearby import _countries_coding_towns_by_province, _towns_region_codes

# Kinds of disaster that spread over regions: each region's reports count its own share of one disaster
_SPREADING_KINDS = frozenset({"quake", "water", "weather", "fire", "volcano"})
# A toll of the dead this near the event's largest (the smaller at least this share of the larger) is its toll
_NEAR_TOLL = 0.75
# Place kinds whose region code is the first-level region they lie in (or are)
_REGIONAL_PLACE_KINDS = frozenset({"city", "county", "state", "province"})


def in_another_region(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece (its report's main one) placed in another first-level region of the event's country than the
    event's place (`_first_level_region`), with nothing tying the two (`_tied`), and neither side a disaster that
    spreads over regions? "Gunmen killed eight in a village of Zamfara State" is not the church attack of Owo, in
    Ondo State, the same weekend."""
    if not piece.main or piece.location.ambiguous or event.ambiguous or not _of_one_country(piece, event):
        return False
    # (what ties them first: the regions' codes are worked out from the whole gazetteer once, on first use)
    if _tied(piece, article, event, settings, articles) or _spreads(article, event, articles):
        return False
    mine = _first_level_region(piece.location.kind, piece.location.region, piece.location.name)
    if piece.location.kind == "country":
        mine = _one_region_of(piece.named)
    theirs = _event_region(event)
    return mine is not None and theirs is not None and mine != theirs and mine.split("-")[0] == theirs.split("-")[0]


def _of_one_country(piece: Piece, event: EventState) -> bool:
    """Are the piece and the event placed in one country, at a level whose region may be told?"""
    kinds = _REGIONAL_PLACE_KINDS | {"country"}
    if piece.location.kind not in kinds or event.place_kind not in kinds:
        return False
    here, there = piece.location.region, event.region
    if not here or not there:
        return False
    return here.split("-")[0] == there.split("-")[0]


def _first_level_region(kind: str, region: str | None, name: str) -> str | None:
    """The code ("NG-57", "US-PA") of the first-level region a place lies in or is: a town's, a county's or a
    state's own code, in a country whose towns' codes tell their province; a province's code, or the one its
    name has in the gazetteer's first-level divisions when it was resolved by another code ("México" keyed by
    its ISO code). None when the codes cannot tell."""
    if kind not in _REGIONAL_PLACE_KINDS or not region:
        return None
    country = region.split("-")[0]
    if country not in _countries_coding_towns_by_province():
        return None
    if "-" in region and region in _towns_region_codes():
        return region
    if kind == "province":
        return _admin1_by_name().get((country, fold(name)))
    return None


def _event_region(event: EventState) -> str | None:
    """The first-level region of the event's place; for an event keyed on its country, the one region every place
    its reports name lies in (the town a wire's "in central Nigeria" report stands for), if they name any."""
    if event.place_kind != "country":
        return _first_level_region(event.place_kind, event.region, event.location_name)
    return _one_region_of(event.places)


def _one_region_of(keys: Iterable[str]) -> str | None:
    """The one first-level region every place of `keys` below its country lies in, capitals left out; None when
    they name none, or places of two, or one whose region the codes cannot tell."""
    regions = set()
    for key in keys:
        place = gazetteer().by_key(key)
        if place is None or place.kind == "country" or key in capital_keys():
            continue  # (a capital is where wires file from and governments speak: no evidence of the scene)
        regions.add(_first_level_region(place.kind, _region(place), fold(place.name)))
    return regions.pop() if len(regions) == 1 else None


@lru_cache(maxsize=1)
def _admin1_by_name() -> dict[tuple[str, str], str]:
    """First-level divisions by (country, folded name), each name of one division only: the region code its
    towns carry ("MX-15")."""
    found: dict[tuple[str, str], set[str]] = {}
    for cells in data_lines("admin1.tsv"):
        if len(cells) < 3 or "." not in cells[0]:
            continue
        country, _, code = cells[0].partition(".")
        for name in {fold(cells[1]), fold(cells[2])}:
            found.setdefault((country, name), set()).add(f"{country}-{code}")
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def _spreads(article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does the report or one of the event's reports tell a disaster that spreads over regions?"""
    told = [told_hazards(article), *event_told_hazards(event, articles)]
    return any(kinds & _SPREADING_KINDS for kinds in told)


def _tied(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does something tie the piece to the event across the regions: a place (below the country) the piece's
    report names that the event is keyed on or its reports name, the piece's place named by them, a count above
    one they share, the event's toll told with its kind (`_its_toll_of_its_kind`), a person or the words of one
    story?"""
    theirs = {event.location_key, *event.places}
    named = {k for k in piece.named if not k.startswith("country:")}
    if named & theirs or piece.location.key in theirs:
        return True
    hints = event_hints(event)
    if _shares_a_count_above_one(piece, hints) or _its_toll_of_its_kind(piece, article, event, hints, articles):
        return True
    return _retells_its_story(piece, event, articles, settings)


def _its_toll_of_its_kind(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does the piece tell the event's kind of disaster and a toll of the dead near its largest
    (`_NEAR_TOLL`)? "Sewol search ends with 295 dead", placed at the victims' school town in another province,
    is the sinking's last count: a report of the disaster from where its dead came from."""
    mine, theirs = piece.headline_values().get(KILLED, 0), max(hints.get(KILLED, (0,)))
    if not mine or not theirs or min(mine, theirs) < _NEAR_TOLL * max(mine, theirs):
        return False
    kinds = told_hazards(article)
    return bool(kinds) and any(kinds & k for k in event_told_hazards(event, articles))
