"""One event over several places and days: a disaster's toll rising from town to town, and one day's very toll.

A flood or a storm is reported from the towns it reaches: four dead in one town on the first night, "the toll
has climbed to seven" in a report from a town downriver the next day, nine from a third town the day after. Each
outlet places the disaster at the town it writes from; the towns are too far apart to be one place, and the
counts differ, so each report would open an event of its own. A report from another town of the same
first-level region (state, province) of a disaster that spreads, of the event's kind, published in its days,
whose toll rose from every one the event gave (or is told as risen from one of them) is a later count of the one
disaster (`further_along_its_disaster`). Another kind (a road crash in a flooded town), a smaller toll (a town's
own share, or another incident), another region or a later week are not.

One attack is reported the same day from two places: the favela a raid took place in and the city it lies in,
a home and the highway where the chase ended, a place the gazetteer reads as a namesake in another province. Two
reports of one country dated on the same day, of no two kinds, telling the very same mass toll of the dead (and
the same hurt, when both count them) are one event (`its_very_toll_that_day`): two attacks of one day with
the very same mass toll in one country are rare.

A capsizing or a collapse is counted as its missing are found dead: 6 dead and 9 missing, then 7 and 8, 9 and 6,
11 and 4. Reports sent with no date, placed at the lakeside town, the city across the lake, the province or the
country, give other dead and other missing, but the same people lost: a report of the event's kind telling the
very number of the dead and the missing together one of its reports gave is its report
(`its_lost_counted_again`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from core.events.evidence import (
    MASS_CASUALTIES,
    RISE_FACTOR,
    RISEN,
    _country,
    _has_date,
    _shares_a_kind,
    _states_a_toll,
    _timing,
    _told_kinds,
    how_toll_told,
)
from core.events.hazards import event_told_hazards
from core.events.pieces import Piece
from core.events.regions_apart import _SPREADING_KINDS
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, MISSING, WOUNDED, ArticleFacts

# A spreading disaster's running toll is reported from its towns within this many days of its first report
SPREAD_DAYS = 7
# Places that are towns (or a town's county) the disaster reaches
_TOWN_KINDS = frozenset({"city", "county"})


def further_along_its_disaster(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is the piece a report, from another town of the event's first-level region, of the event's disaster (one
    that spreads: a flood, a storm, a fire, a quake) whose toll rose from every one the event gave, in its days?"""
    if not piece.main or not articles or not _towns_of_one_region(piece, event):
        return False
    killed = piece.headline_values().get(KILLED)
    tolls = [t for t in hints.get(KILLED, ()) if t > 0]
    if killed is None or not tolls or not _a_rise(piece, killed, tolls):
        return False
    if not _within_its_days(piece, event, settings):
        return False
    kinds = _told_kinds(piece, articles) & _SPREADING_KINDS
    return _shares_a_kind(kinds, event, articles)


def its_very_toll_that_day(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
) -> bool:
    """Is the piece dated on one of the event's days, of its country and of no other kind, and does it tell the
    very mass toll of the dead one of its reports gave (and, when both count the hurt, the very same hurt)?"""
    if not piece.main or not articles or piece.date is None or not _has_date(event, piece.date, 0):
        return False
    if piece.location.region is None or _country(piece.location.region) != _country(event.region):
        return False
    values = piece.headline_values()
    killed = values.get(KILLED)
    if killed is None or killed < MASS_CASUALTIES or killed not in hints.get(KILLED, ()):
        return False
    hurt, their_hurt = values.get(WOUNDED), hints.get(WOUNDED, ())
    if hurt and their_hurt and hurt not in their_hurt:
        return False
    return _no_other_kind(_told_kinds(piece, articles), event, articles)


def _no_other_kind(kinds: frozenset[str], event: EventState, articles: Mapping[str, ArticleFacts]) -> bool:
    """Do the piece and the event tell no two kinds of disaster: they share one, or one side tells none (the
    first report of a raid names no kind, the next one "an attack")?"""
    theirs = [told for told in event_told_hazards(event, articles) if told]
    return not kinds or not theirs or _shares_a_kind(kinds, event, articles)


def _towns_of_one_region(piece: Piece, event: EventState) -> bool:
    """Are the piece and the event placed at two towns (or counties) of one first-level region: the same region
    code in the gazetteer (two towns' codes are of one kind, whether or not a province's own code can be matched
    to them: `_first_level_region`)? A town picked among namesakes counts by the one picked: of another region,
    it is not the event's."""
    loc = piece.location
    if loc.kind not in _TOWN_KINDS or event.place_kind not in _TOWN_KINDS or loc.key == event.location_key:
        return False
    mine, theirs = loc.region, event.region
    if not mine or not theirs or "-" not in mine or mine != theirs:
        return False
    return _country(mine) == _country(theirs)


def _a_rise(piece: Piece, killed: int, tolls: Sequence[int]) -> bool:
    """Is `killed` a later count of the tolls `tolls`: a count larger than every one (at most `RISE_FACTOR` times
    the largest), or told as risen above one of them?"""
    largest = max(tolls)
    if killed > RISE_FACTOR * largest:
        return False
    if how_toll_told(piece) == RISEN:
        return any(toll < killed for toll in tolls)
    return killed > largest and _states_a_toll(piece)


def _within_its_days(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Is the piece dated on one of the event's days (give or take `SPREAD_DAYS`), or published from its first day
    to `SPREAD_DAYS` after its last?"""
    if piece.date is not None and event.start_date is not None:
        return _has_date(event, piece.date, SPREAD_DAYS)
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    return first <= when <= last + timedelta(days=SPREAD_DAYS)


def very_toll_index_keys(event: EventState) -> set[str]:
    """Keys an event is found by for `its_very_toll_that_day`: each mass toll of the dead its reports gave, with
    the day of its incident and its country."""
    country = _country(event.region)
    if country is None:
        return set()
    keys = set()
    for incident in event.incidents:
        if incident.date is None:
            continue
        for member in incident.members:
            killed = member.values.get(KILLED)
            if killed is not None and killed >= MASS_CASUALTIES:
                keys.add(_very_toll_key(country, incident.date, killed))
    return keys


def very_toll_candidate_key(piece: Piece) -> str | None:
    """The key a dated report's mass toll of the dead looks its day's events up by (`very_toll_index_keys`)."""
    killed = piece.headline_values().get(KILLED)
    country = _country(piece.location.region)
    if not piece.main or piece.date is None or country is None or killed is None or killed < MASS_CASUALTIES:
        return None
    return _very_toll_key(country, piece.date, killed)


def _very_toll_key(country: str, day: date, killed: int) -> str:
    return f"daytoll:{country}:{day.isoformat()}:{killed}"


def its_lost_counted_again(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    settings: GroupingSettings,
) -> bool:
    """Does the piece tell the event's kind of disaster and the very number of people lost (the dead and the
    missing together, `_lost`) one of its reports gave, in its country, in its weeks or with nothing to time it?"""
    if not piece.main or not articles:
        return False
    lost = _lost(piece.headline_values())
    if lost is None or lost not in _lost_counts(event):
        return False
    here, there = _country(piece.location.region), _country(event.region)
    if here is not None and there is not None and here != there:
        return False
    timing = _timing(piece, event)
    if timing is not None:
        when, first, last = timing
        if not first - timedelta(days=settings.span_days) <= when <= last + timedelta(days=settings.span_days):
            return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


# The dead and the missing together this many, at least: no chance agreement of two small counts
_LEAST_LOST = MASS_CASUALTIES


def _lost(values: Mapping[str, int]) -> int | None:
    """The people a report gives lost, its dead and its missing together, when it counts both and they are
    `_LEAST_LOST` at least."""
    killed, missing = values.get(KILLED), values.get(MISSING)
    if not killed or not missing or killed + missing < _LEAST_LOST:
        return None
    return killed + missing


def _lost_counts(event: EventState) -> set[int]:
    """The people lost (`_lost`) each of the event's reports gave."""
    return {n for incident in event.incidents for m in incident.members if (n := _lost(m.values)) is not None}


def lost_index_keys(event: EventState) -> set[str]:
    """Keys an event is found by for `its_lost_counted_again` (its block tells the country)."""
    return {_lost_key(n) for n in _lost_counts(event)}


def lost_candidate_key(piece: Piece) -> str | None:
    """The key a report's people lost look their events up by (`lost_index_keys`)."""
    lost = _lost(piece.headline_values()) if piece.main else None
    return _lost_key(lost) if lost is not None else None


def _lost_key(lost: int) -> str:
    return f"lost:{lost}"


def pulled_by_its_lost(
    mine: tuple[int | None, int | None, frozenset[str]], theirs: tuple[int | None, int | None, frozenset[str]]
) -> bool:
    """Do two reports, each (its dead, its missing, its kinds of disaster), tell the very people lost (`_lost`) and
    a kind of disaster together? A report placed nowhere ("an der Marmolata") is then pulled to the other's block."""
    lost = _lost({KILLED: mine[0] or 0, MISSING: mine[1] or 0})
    return (
        lost is not None
        and lost == _lost({KILLED: theirs[0] or 0, MISSING: theirs[1] or 0})
        and bool(mine[2] & theirs[2])
    )
