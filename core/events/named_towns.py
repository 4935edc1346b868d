"""Reports placed firmly at the wrong town: a same-named town in another state, a suburb the gazetteer resolves
elsewhere ("North Baltimore" read as the Ohio village, "Howland" as the town in Maine).

Grouping never looks across blocks (`core.events.blocks`), and a firmly placed report is pulled by no other
block: when its main place is misread, the reports of its very shooting stay apart, however alike. Yet such a
report usually names the right town too (in its title, its dateline, its police department: "Baltimore police
arrest victim following five-person shooting"). When it names the place of another report of its days and tells
that report's very tolls (the dead and the hurt both, or the one count both give, three people or more), it tells the
same shooting: it goes to that report's block (`pulled_to_the_town_it_names`), and the event there takes it
(`joins_the_town_it_names`) though its own main place is another town's.

Two reports naming each other's town would each go to the other's block and stay apart: then only the later one
(canonical order) moves, or the weakly placed one (which `core.events.blocks.attraction` pulls already).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from core.models import KILLED, WOUNDED

if TYPE_CHECKING:  # (core.events.blocks asks this module whether a report is pulled)
    from core.events.blocks import Anchor
    from core.events.pieces import Piece
    from core.events.state import EventState

# The fewest people hurt and killed together whose very count, in the same days, ties two reports of two towns
# (one dead, or one dead and one hurt, is every day's news in a large city)
_FEWEST_VICTIMS = 3
# Days a report's day may stand from the event's (late at night, reported as the next day's)
_DAY_SLACK = 1


def same_tolls(mine: tuple[int | None, int | None], theirs: tuple[int | None, int | None]) -> bool:
    """Do two reports tell the very same dead and hurt (a count one gives, the other gives too), three or more?"""
    return mine == theirs and sum(v or 0 for v in mine) >= _FEWEST_VICTIMS


def pulled_to_the_town_it_names(anchor: Anchor, other: Anchor) -> bool:
    """Is `anchor`, firmly placed in another block, a report of `other`'s shooting: it names `other`'s main place,
    their days meet, and it tells `other`'s very tolls and kind of disaster (or no kind)? When each names the
    other's place, only the later is pulled."""
    if anchor.weak or not other.key or other.key == anchor.key or other.home == anchor.home:
        return False
    if other.key not in anchor.named or anchor.window is None or other.window is None:
        return False
    if not (anchor.window[0] <= other.window[1] and other.window[0] <= anchor.window[1]):
        return False
    if not same_tolls((anchor.killed, anchor.wounded), (other.killed, other.wounded)):
        return False
    if anchor.kinds and other.kinds and not anchor.kinds & other.kinds:
        return False
    if not anchor.key or anchor.key not in other.named:
        return True
    if other.weak:
        return False  # (it names this report's town: it comes to this block, `core.events.blocks.attraction`)
    return (anchor.published, anchor.article_id) > (other.published, other.article_id)


def joins_the_town_it_names(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the event take a report of another town (its main piece) that names the event's place, on the event's
    days, telling counts the event holds (each one it tells), three people or more?"""
    if not piece.main or not event.location_key or event.location_key not in piece.named:
        return False
    if not _on_its_days(piece.date, event.start_date, event.end_date):
        return False
    values = piece.headline_values()
    told = [(values.get(m), hints.get(m, ())) for m in (KILLED, WOUNDED)]
    if any(v is not None and v not in known for v, known in told):
        return False
    return sum(v or 0 for v, _ in told) >= _FEWEST_VICTIMS


def _on_its_days(day: date | None, first: date | None, last: date | None) -> bool:
    if day is None or first is None or last is None:
        return False
    return (first - day).days <= _DAY_SLACK and (day - last).days <= _DAY_SLACK
