"""Look-backs: reports published weeks, months or years after an event that recount it.

An anniversary, a trial, an inquiry's report or a memorial tells the old event's toll ("a year after the shooting
that killed five", "Twintig jaar na de vuurwerkramp"). Extraction dates such a report's figures on the event's day
(`core.extract.look_back`), and the report keeps that day with its pieces (`looks_back_at`, `PlacedPieces.looks_back`):
it is taken as of that day, and the event of that day, place and kind is the one it may join. Dated on one day,
it can join only the event of that day: never two past events at once, never a newer event of the same place (a
newer avalanche, another siege months on). Its publication is left as it is: a later report of an event that
nothing dates but its publication (an indictment) is still the event's follow-up, and the look-back a later one.

A look-back placed nowhere (a neighbourhood, a village the gazetteer does not hold: "Hedingham", "Flateyri")
still names its event by its day, its kind of disaster and one of its very figures: that event's block pulls it
(`pulled_to_its_day`) and the event takes it (`joins_on_its_day`), as a report of the event's own days placed
nowhere would be taken on its mass toll.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from core.events.hazards import event_told_hazards, told_hazards
from core.events.state import EventState
from core.models import KILLED, WOUNDED, ArticleFacts
from core.places.location import UNPLACED

if TYPE_CHECKING:  # (core.events.pieces asks this module for a report's look-back day)
    from core.events.pieces import Piece

# Days between a report's publication and the day its own figures are dated on past which it looks back: beyond a
# disaster's running toll (`GroupingSettings.running_toll_days`), a report recounts the event, not its news.
LOOK_BACK_DAYS = 30
# Days a look-back's day may stand from the event's (an anniversary marked the day before or after)
_DAY_SLACK = 1


def looks_back_at(pieces: Sequence[Piece], published: date | None) -> date | None:
    """The day a report looks back at: its main piece's date, when that lies more than `LOOK_BACK_DAYS` before its
    publication (extraction dated its figures on an older event's day). None for a report of its own days, and
    for one that nothing dates or that was not published on a known day."""
    main = next((p for p in pieces if p.main), None)
    if main is None or main.date is None or published is None:
        return None
    return main.date if (published - main.date).days > LOOK_BACK_DAYS else None


def _its_day(day: date, first: date | None, last: date | None) -> bool:
    """Does `day` fall on the event's days (`first` to `last`), give or take `_DAY_SLACK`?"""
    if first is None or last is None:
        return False
    return (first - day).days <= _DAY_SLACK and (day - last).days <= _DAY_SLACK


def _event_days(event: EventState) -> tuple[date | None, date | None]:
    """The event's first and last day: its dates, else (no report dated it) the days its reports were published
    on, from `_REPORTED_WITHIN` days before the first (a disaster is reported the day it happens or the next)."""
    if event.start_date is not None and event.end_date is not None:
        return event.start_date, event.end_date
    if event.published_from is None or event.published_to is None:
        return None, None
    return event.published_from - timedelta(days=_REPORTED_WITHIN), event.published_to


_REPORTED_WITHIN = 1


def _shares_a_figure(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the report give one of the event's very tolls (its dead, else its hurt), more than one, or the final
    count of its mass toll (`_its_final_toll`)?"""
    if _its_final_toll(values.get(KILLED), max(hints.get(KILLED, ()), default=None)):
        return True
    return any(
        (v := values.get(metric)) is not None and v > 1 and v in hints.get(metric, ()) for metric in (KILLED, WOUNDED)
    )


def _its_final_toll(killed: int | None, largest: int | None) -> bool:
    """Is a look-back's death toll the final count of a mass toll (`MASS_CASUALTIES`+): no smaller than the largest
    its early reports gave and within `NEAR_TOLL_RATIO` of it? Years on, a disaster is told with the count its
    last victims made ("23 died" where its first days counted "at least 20")."""
    from core.events.evidence import MASS_CASUALTIES, NEAR_TOLL_RATIO  # (evidence reads pieces, which read this)

    if killed is None or largest is None or largest < MASS_CASUALTIES:
        return False
    return largest <= killed <= largest * NEAR_TOLL_RATIO


def joins_on_its_day(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    looked_back: date | None,
) -> bool:
    """Is the piece, the main one of a report placed nowhere that looks back at `looked_back`, a look back at this
    event: that day one of the event's dated days, one of its very figures (`_shares_a_figure`), and its kind of
    disaster the event's (or none told)?"""
    if looked_back is None or not piece.main or piece.date != looked_back or not articles:
        return False
    if piece.location.key != UNPLACED and piece.location.region is not None:
        return False
    if not _its_day(looked_back, *_event_days(event)):
        return False
    if not _shares_a_figure(piece.headline_values(), hints):
        return False
    own = articles.get(piece.article_id)
    kinds = told_hazards(own) if own is not None else frozenset()
    told = [theirs for theirs in event_told_hazards(event, articles) if theirs]
    return not kinds or not told or any(kinds & theirs for theirs in told)


def pulled_to_its_day(
    looked_back: date | None,
    other_window: tuple[date, date] | None,
    span: int,
    figures: tuple[int | None, int | None],
    other_figures: tuple[int | None, int | None],
    kinds: frozenset[str],
    other_kinds: frozenset[str],
) -> bool:
    """Is a report placed nowhere that looks back at `looked_back` pulled into another report's block: that day
    among the other's possible days (its window less the event `span`), the same death toll or count of the hurt
    (more than one) or the final count of its mass toll, and the same kind of disaster, or none told?"""
    if looked_back is None or other_window is None:
        return False
    first, last = other_window[0] + timedelta(days=span), other_window[1] - timedelta(days=span)
    if not _its_day(looked_back, first, last):
        return False
    shared = _its_final_toll(figures[0], other_figures[0]) or any(
        mine is not None and mine > 1 and mine == theirs for mine, theirs in zip(figures, other_figures, strict=True)
    )
    return shared and (not kinds or not other_kinds or bool(kinds & other_kinds))
