"""First alerts that name only their country: the first word of a disaster often names nothing finer than the country
("New Zealand: miners trapped after an explosion", "Chile: a bus has plunged into a ravine"), while its counts key
it at the town, or at the country too (a nationwide toll). `first_alerts._alerts_at_its_place` refused a country on
either side: every event of the country would be its.

The country alone is not enough: the kind its headline names, its day (the day the event began or the next, no later
than its first report) and its candidates (the events of its block: the country) must point at exactly one event
(`first_alerts.sole_alerted_event`); an event met at a finer place comes first, and the tie-break that takes the
event begun that very day among several is not used: a country holds many events of a day. Never a report nothing
dates (it may be any day's news of the country), nor a kindless one (`kindless_alerts` keys on the very town). Not
the other way round either: an alert from a town the counts of a country-keyed event never name stays apart
(tests/core/test_events_split37.py: another quake may strike the north), nor does one whose place is unread (a
warehouse fire's alert is no mine blast's, tests/core/test_event_splits38.py)."""

from __future__ import annotations

from core.events.local_detail import event_country
from core.events.pieces import Piece
from core.events.state import EventState
from core.places.location import UNPLACED

_COUNTRY = "country"


def met_in_its_country(piece: Piece, event: EventState) -> bool:
    """Is the report dated and keyed at a country, and the event keyed at that country or at a place in it?"""
    loc = piece.location
    if piece.published is None or loc.kind != _COUNTRY or event.location_key == UNPLACED:
        return False
    country = event_country(event)
    return country is not None and loc.region is not None and loc.region.split("-")[0] == country
