"""Toll bands: a disaster's running toll told over days or weeks by reports that place it differently.

A great disaster is counted for weeks: 14 dead on the first night, 65 the next day, 84, 131, then 181, and a
revision down to 173 once the forensic work is done. Its reports place it as their outlets do: one by the
province, one by an adjective the gazetteer does not hold ("the Victorian fires"), one by the country. No text
joins them across languages, and each later count would open an event of its own, one per band of the toll.

A later count is the event's when one of the two places names no town (a province, a country, an unresolved
name) and holds the other, it tells the event's kind of disaster, and its toll is larger than any the event's
reports gave (a rise), or told as risen from one of them (reports arrive out of order: "risen to 131" after
"181"), or told as revised down a little from the largest (an official revision); published from the event's
first day to `TOLL_BAND_DAYS` after it (or undated, its toll told as risen or lowered). No other disaster of
that kind in that country gives such a toll those weeks. A report telling a day of its own, apart from the
event's, is another incident (a new fire two weeks on); a toll of another kind is another disaster's; two
towns the gazetteer holds are two places."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.dates import add_days
from core.events.evidence import (
    LOWERED,
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
from core.events.pieces import Piece
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, ArticleFacts
from core.places.location import UNPLACED

# Places that name no town: a name the gazetteer does not hold ("the Victorian fires"), a province, a state, a country
_COARSE_OR_UNNAMED = frozenset({"name", "province", "state", "country"})
# A disaster's toll is still counted, and revised, this many days after it began (forensic identification,
# the hurt dying in hospital weeks on).
TOLL_BAND_DAYS = 60
# An official revision lowers a toll by a little (remains counted twice): to no less than this share of it.
REVISED_SHARE = 0.8


def a_later_band_of_its_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is the piece a later count of the event's mass toll (see the module): of its country, its kind of
    disaster, its days or undated, published within `TOLL_BAND_DAYS` of its beginning, its toll a rise from the
    largest the event gave or a revision down a little from it?"""
    if not piece.main or not articles or UNPLACED in (piece.location.key, event.location_key):
        return False  # (a report or an event placed nowhere: `_unplaced_report_of_its_toll` decides)
    if not _one_place_may_hold_the_other(piece, event):
        return False
    killed = piece.headline_values().get(KILLED)
    tolls = hints.get(KILLED, ())
    if killed is None or max(tolls, default=0) < MASS_CASUALTIES or not _a_later_count(piece, killed, tolls):
        return False
    if not _within_its_weeks(piece, event, settings):
        return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def _one_place_may_hold_the_other(piece: Piece, event: EventState) -> bool:
    """Is one of the two places coarse or unresolved (`_COARSE_OR_UNNAMED`), and the other inside it or unknown to
    the gazetteer: the same country, and the same province unless one is the whole country? Two towns the
    gazetteer holds are two places (a landslide's 18 dead at one town, a flood's 94 at another, weeks apart)."""
    loc = piece.location
    if not (
        loc.kind in _COARSE_OR_UNNAMED or loc.ambiguous or event.place_kind in _COARSE_OR_UNNAMED or event.ambiguous
    ):
        return False
    mine, theirs = loc.region, event.region
    if mine is None or theirs is None:
        return True
    if _country(mine) != _country(theirs):
        return False
    return "country" in (loc.kind, event.place_kind) or mine == theirs


def _a_later_count(piece: Piece, killed: int, tolls: Sequence[int]) -> bool:
    """Is `killed` a later count of a disaster whose reports gave the death tolls `tolls`: told as lowered, a
    little below the largest; told as risen, above one of its mass tolls (reports come out of order: "risen to
    131" may arrive after "181") and at most `RISE_FACTOR` times the largest; or told as a count (not what one
    attack did on a day of its own) larger than every one?"""
    largest = max(tolls)
    told = how_toll_told(piece)
    if told == LOWERED:
        return REVISED_SHARE * largest <= killed <= largest
    if killed > RISE_FACTOR * largest:
        return False
    if told == RISEN:
        return any(MASS_CASUALTIES <= toll < killed for toll in tolls)
    return killed > largest and _states_a_toll(piece)


def _within_its_weeks(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Is the piece published (or dated) from the event's first day to `TOLL_BAND_DAYS` after it, and dated, if at
    all, on one of the event's days?"""
    if (
        piece.date is not None
        and event.start_date is not None
        and not _has_date(event, piece.date, settings.date_slack_days)
    ):
        return False  # (a day of its own: another incident)
    timing = _timing(piece, event)
    if timing is None:
        # Nothing dates it: only a toll told as risen or lowered says it is a later count, not an older disaster's
        return piece.date is None and piece.published is None and how_toll_told(piece) in (RISEN, LOWERED)
    when, first, _last = timing
    return first <= when <= add_days(first, TOLL_BAND_DAYS)
