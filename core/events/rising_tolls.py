"""Rising tolls: one event's reports of its first days, each with the toll of the hour it was written.

A big event is counted as its news goes on: 14 dead the first evening, 33 the next morning, then 38, and 36
once the count is checked. Its outlets place it as they do: one by the country ("14 Tote in Griechenland"),
one by the province ("poisoned wine at a Thessaly village feast kills 33"). A country
and a province in it are related places, which need their reports to agree on something beyond the place
(`core.events.match._corroborated_place`): the same day told, the same figures, or alike words. Reports of the
first days in two languages share no word, the later ones tell no day of their own (only their publication
dates them), and each tells another toll: plain figure agreement scores each count as a disagreement.

A later count of the event's toll is such agreement: a report with no day of its own (or only the day of its
count: "the toll rose to 109 on Thursday"), published in the event's first `STAGE_DAYS`, placed by the country
or the province around the event's place (or the other way round), whose death toll is a mass toll
(`MASS_CASUALTIES`) no smaller than the largest the event's reports gave, up to `RISE_FACTOR` times it, or a
little below it (an official revision, `REVISED_SHARE`), and of the event's kind of disaster (a coach crash's 40
dead in the country are not a flood's count; a report telling no kind has only its place and days, which
another disaster of those days shares). A report telling a day of its own apart from
the event's is another incident, and a smaller toll later is another's (a toll grows or is revised down a
little; it does not fall to a fifth)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.dates import add_days
from core.events.evidence import (
    _COARSE_KINDS,
    LOWERED,
    MASS_CASUALTIES,
    RISE_FACTOR,
    _country,
    _shares_a_kind,
    _timing,
    _told_kinds,
    how_toll_told,
)
from core.events.pieces import Piece
from core.events.state import EventState
from core.models import KILLED, ArticleFacts

# The first days of an event, in which its toll is counted and told again and again (a week's news of a disaster)
STAGE_DAYS = 5
# A later report's toll this share of the event's largest or more is its count revised down, not another's toll
REVISED_SHARE = 0.8


def a_stage_of_its_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
) -> bool:
    """Is the piece, placed by the country or province of the event's place (or the event by the piece's), a later
    count of its death toll in its first days (see the module): undated by its text (or dated, its toll told as
    risen or lowered: the day of that count), dated or published from the event's first day to `STAGE_DAYS` after
    it, a mass toll risen from the largest the event gave, or a little below it, of the event's kind of disaster?"""
    if not piece.main or not articles or not _one_holds_the_other(piece, event):
        return False
    if piece.date is not None and not how_toll_told(piece):
        return False  # (a day of its own and a toll of its own: another incident's; a risen toll's day is its count's)
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES or not _a_later_stage(piece, killed, hints.get(KILLED, ())):
        return False
    if not _in_its_first_days(piece, event):
        return False
    return _of_no_other_kind(piece, event, articles)


def _one_holds_the_other(piece: Piece, event: EventState) -> bool:
    """Is one of the two places a country or a province and the other a place of that country (another level:
    a province and a town of it, a country and its province)?"""
    kinds = {piece.location.kind, event.place_kind}
    if piece.location.kind == event.place_kind or not kinds & _COARSE_KINDS:
        return False
    mine = _country(piece.location.region)
    return mine is not None and mine == _country(event.region)


def _a_later_stage(piece: Piece, killed: int, tolls: Sequence[int]) -> bool:
    """Is `killed` a later count of a toll whose earlier counts were `tolls`: no smaller than the largest and at
    most `RISE_FACTOR` times it, or (told as lowered, or not told how) a little below it?"""
    largest = max((t for t in tolls if t > 0), default=0)
    if largest == 0:
        return False
    if killed >= largest:
        return killed <= RISE_FACTOR * largest and how_toll_told(piece) != LOWERED
    return killed >= REVISED_SHARE * largest


def _in_its_first_days(piece: Piece, event: EventState) -> bool:
    """Is the piece dated (the day of its count) or published from the event's first day to `STAGE_DAYS` after?"""
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, _last = timing
    return first <= when <= add_days(first, STAGE_DAYS)


def _of_no_other_kind(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts]) -> bool:
    """Does the piece tell a kind of disaster one of the event's reports tells (a shared family, in any language)?
    A report or an event telling none has nothing but its place and days: a coach crash's 40 dead in the country
    the morning after a flood's first 15 in a province are as likely another disaster's."""
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)
