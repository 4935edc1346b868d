"""Reports of one town at two levels: the local paper's town the gazetteer cannot place alone, the wire's town
read as a namesake abroad.

An event sits at the level its reports share. The local paper names its town bare ("a gunman opened fire inside
the store in Fordyce", an outlet of its state needing no state), a name the gazetteer holds in several countries
and cannot settle alone: the report is placed nowhere, in the block of reports placed nowhere, while the wire
reports ("Fordyce, Arkansas") make the event in the state's block. A wire report that writes only the city
("Police in Birmingham believe ...") is read as the bigger namesake abroad when nothing dates it. Either way the
reports tell the very same day (or no day), kind and tolls under the very same town name, and grouping never
looks across blocks: they split.

`pulled_by_its_town_name` brings such a report to the block of a report that places that name firmly, when both
tell the same kind of disaster and its very tolls (the dead and the hurt, a mass toll together): there the event
takes it as the same town (`core.events.match.place_relation`: the same name, one side picked by population
alone), or on its words as any report placed nowhere.

The local paper also names only the neighbourhood ("outside a lounge in Five Points South", "in Germantown"),
which the gazetteer reads as a small town of that name in another state, picked by population alone, or leaves
unresolved. On the day of the city's report, telling the same kind of disaster and its very dead and hurt (a mass
toll together), it is the city's event at a finer level (`pulled_to_its_towns_tolls`, `joins_at_its_very_tolls`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from core.events.evidence import MASS_CASUALTIES
from core.models import KILLED, WOUNDED
from core.places.gazetteer import fold
from core.places.index import gazetteer
from core.places.location import UNPLACED

if TYPE_CHECKING:  # (core.events.blocks asks this module whether a report is pulled)
    from core.events.blocks import Anchor
    from core.events.pieces import Piece
    from core.events.state import EventState

_NAME_KEY = "name:"


def town_name(anchor: Anchor) -> str:
    """The folded town name an anchor's main place goes by: its place's name, or the unresolved name it keys on."""
    if anchor.key.startswith(_NAME_KEY):
        return anchor.key[len(_NAME_KEY) :]
    return anchor.name


def _tells_its_very_tolls(anchor: Anchor, other: Anchor) -> bool:
    """Do both tell the dead and the hurt, the same counts, a mass toll together (`MASS_CASUALTIES`)?"""
    mine, theirs = (anchor.killed, anchor.wounded), (other.killed, other.wounded)
    return None not in mine and mine == theirs and sum(v or 0 for v in mine) >= MASS_CASUALTIES


def pulled_by_its_town_name(anchor: Anchor, other: Anchor) -> bool:
    """Is `anchor`, placed at a town name the gazetteer could not settle (unresolved, or picked by population
    alone), a report of `other`'s event: `other` places that very name firmly in another block, and both tell the
    same kind of disaster and its very tolls? Their days must meet (the caller's window test), or neither is
    dated."""
    if not anchor.weak or other.weak or other.home == anchor.home:
        return False
    name = town_name(anchor)
    if not name or name != other.name or not (anchor.key.startswith(_NAME_KEY) or anchor.key.startswith("city:")):
        return False
    if not anchor.kinds & other.kinds:
        return False
    return _tells_its_very_tolls(anchor, other)


def names_the_events_town(key: str, kind: str, event_name: str, event_kind: str) -> bool:
    """Is a place the gazetteer left an unresolved name (`key` "name:fordyce") the very name of the other side's
    town ("Fordyce, Arkansas"), a report's and an event's either way round? In the town's block (where
    `pulled_by_its_town_name` brought it) it is that town. Only a town: a province's name left unresolved in one
    report ("a coach crash in Andalusia") is no more the same place than the province is."""
    return kind == "name" and event_kind == "city" and bool(event_name) and key == f"{_NAME_KEY}{event_name}"


def unresolved_town_key(key: str, kind: str) -> str | None:
    """The index key of the events placed at the town an unresolved name may be ("placename:fordyce"), so that
    the report finds them (`core.events.keys`); None for a resolved place."""
    if kind != "name" or not key.startswith(_NAME_KEY) or len(key) == len(_NAME_KEY):
        return None
    return f"placename:{key[len(_NAME_KEY) :]}"


def event_country(event: EventState) -> str | None:
    """The country an event stands in: its place's, or, for an event opened at a name the gazetteer could not
    resolve ("name:fordyce"), the country of the town of that very name its reports placed firmly ("Fordyce,
    Arkansas" among `EventState.places`): a report naming a place its reports name may then meet it as it meets
    that town's event (`core.events.match.related_by_name`: a first alert from the state police). An unresolved
    neighbourhood of a big city ("Back of the Yards") has no such town and stands nowhere."""
    if event.region:
        return event.region.split("-")[0]
    if event.place_kind != "name" or not event.location_key.startswith(_NAME_KEY):
        return None
    name = event.location_key[len(_NAME_KEY) :]
    for key in event.places:
        place = gazetteer().by_key(key) if key.startswith("city:") else None
        if place is not None and fold(place.name) == name:
            return place.country
    return None


# Days a report's day may stand from the event's (late at night, reported as the next day's)
_DAY_SLACK = 1
# The places a town's event may sit at (a neighbourhood's report then sits at its level)
_TOWN_PREFIXES = ("city:", "county:")


def _unsettled_town(anchor: Anchor) -> bool:
    """Is its main place a name the gazetteer left unresolved, or a town picked by population alone?"""
    return anchor.weak and (anchor.key.startswith(_NAME_KEY) or anchor.key.startswith("city:"))


def pulled_to_its_towns_tolls(anchor: Anchor, other: Anchor) -> bool:
    """Is `anchor`, placed at a town name the gazetteer could not settle (a neighbourhood read as a namesake
    elsewhere, or unresolved), a report of `other`'s event: `other` firmly placed at a town or county of another
    block, their days meeting (the caller's window test; both dated), the same kind of disaster, the very dead
    and hurt?"""
    if not _unsettled_town(anchor) or other.weak or other.home == anchor.home or other.home == UNPLACED:
        return False
    if anchor.window is None or other.window is None or not other.key.startswith(_TOWN_PREFIXES):
        return False
    return bool(anchor.kinds & other.kinds) and _tells_its_very_tolls(anchor, other)


def joins_at_its_very_tolls(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does an event take a report of its days telling the dead and the hurt, both counts the event holds, a mass
    toll together, when one of them is placed at a town name the gazetteer could not settle and the other at a
    town or county? Either may come first: the neighbourhood's local report, out before the city's wire copy,
    opens the event."""
    loc = piece.location
    if not piece.main or not {loc.kind, event.place_kind} <= {"name", "city", "county"}:
        return False
    unsettled = (loc.kind == "name" or loc.ambiguous, event.place_kind == "name" or event.ambiguous)
    if unsettled[0] == unsettled[1]:
        return False
    first, last = event.start_date or event.published_from, event.end_date or event.published_to
    if not _on_its_days(piece.date or piece.published, first, last):
        return False
    values = piece.headline_values()
    killed, wounded = values.get(KILLED), values.get(WOUNDED)
    if killed is None or wounded is None or killed + wounded < MASS_CASUALTIES:
        return False
    return killed in hints.get(KILLED, ()) and wounded in hints.get(WOUNDED, ())


def _on_its_days(day: date | None, first: date | None, last: date | None) -> bool:
    if day is None or first is None or last is None:
        return False
    return (first - day).days <= _DAY_SLACK and (day - last).days <= _DAY_SLACK
