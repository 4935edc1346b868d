"""First alerts that name no kind: a report with no figure whose headline names no kind of disaster either ("Water
tower comes down onto houses in Kano, people feared trapped": a collapse that no hazard word of its language tells)
joins the one event of its very town that began the day it came out.

`core.events.first_alerts` takes a figureless report in by its place, day and the kind its headline names; a report
naming no kind had no way in but its words, which are the breaking news' and not the later counts' (and often in
another language than theirs). Without a kind, the place and the day must say more: the event's very place (its
own key, a town's, never a province's or a country's; a name two towns share counts when the event's reports read
it alike), a publication day on the day the event began or the next, and no later than the event's first report
(an alert comes first), and exactly one event of the report's candidates, of any kind, at that place on those
days (two events in the town that day, and it stays apart). A report nothing dates is never one: it may be any
day's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from core.events.pieces import Piece
from core.events.state import EventState

# Place kinds too coarse for a kindless alert to key on: every event of the province or country would be its
_COARSE = frozenset({"country", "province", "state", "county", "sea", "name", "unplaced"})
# Days after the event began that its first alert may still come out, and before (a time zone ahead)
_DAY_AFTER = 1
_DAY_BEFORE = 1


Began = Callable[[EventState], date | None]


def kindless_alerted_event(piece: Piece, events: Sequence[EventState], began: Began) -> EventState | None:
    """The one event among `events` whose first alert the figureless, kindless report may be, or None. `began`: the
    day an event began (`first_alerts.began_on`)."""
    if piece.published is None or piece.location.kind in _COARSE:
        return None
    live = [e for e in events if e.merged_into is None and e.incidents]
    there = [e for e in live if e.location_key == piece.location.key]  # (a name two towns share: read alike)
    alerted = [e for e in there if _alerts_on_its_day(piece, e, began(e))]
    others_then = [e for e in there if e not in alerted and _began_those_days(piece, began(e))]
    return alerted[0] if len(alerted) == 1 and not others_then else None


def _began_those_days(piece: Piece, start: date | None) -> bool:
    if start is None or piece.published is None:
        return start is None  # (an event nothing dates may be of that day too: it counts against the alert)
    return -_DAY_BEFORE <= (piece.published - start).days <= _DAY_AFTER


def _alerts_on_its_day(piece: Piece, event: EventState, start: date | None) -> bool:
    """Out on the day the event began or the next, and no later than its first report."""
    if start is None or piece.published is None or not _began_those_days(piece, start):
        return False
    return event.published_from is None or piece.published <= event.published_from
