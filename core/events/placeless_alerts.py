"""First alerts whose place was not read: a figureless report out while it happens often names only a street, a
school or a district the places index does not hold ("shots fired at a high school on Route 9", "fire in a
warehouse on the industrial estate"), while its block (the state or country it is grouped in, from its dateline,
its outlet's country or its other words) is its event's. Its place then says nothing against the event: the kind
its headline names and its day must point at the one event of its candidates (`first_alerts.sole_alerted_event`
asks that of every alert), which two events of its kind in the block that day deny.

Its day does not choose among several such events either (`sole_alerted_event` takes the one that began the very
day a placed alert came out): with no place of its own, it might be any of the block's events of those days.

Never a report nothing dates (it may be any day's), nor an event keyed at a country (every event of the country
would be its), nor an event nothing places (a placeless alert meeting a placeless event shares nothing but the
kind)."""

from __future__ import annotations

from core.events.pieces import Piece
from core.events.state import EventState
from core.places.location import UNPLACED

# Place kinds of an event a placeless alert never meets: a country's (any event of it), an unread one's
_NOT_MET = frozenset({"country", UNPLACED})


def placed_nowhere(piece: Piece) -> bool:
    return piece.location.key == UNPLACED


def alerts_from_its_block(piece: Piece, event: EventState) -> bool:
    """Is the report's place unread, the report dated, and the event placed finer than its country?"""
    return (
        placed_nowhere(piece)
        and piece.published is not None
        and event.location_key != UNPLACED
        and event.place_kind not in _NOT_MET
    )
