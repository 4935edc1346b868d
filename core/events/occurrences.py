"""Another occurrence beside an event of the same place and days: what tells a report of a second disaster (another
quake of the country a week and a half later, a singer shot the night before a nightclub massacre in the same city)
from a later report of the event, when place and span alone would join them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from core.events.evidence import (
    MASS_CASUALTIES,
    _has_date,
    _shares_a_mass_figure,
    event_hints,
    how_toll_told,
    most_victims,
)
from core.events.hazards import event_told_hazards, hazards_exclude, told_hazards
from core.events.pieces import Piece
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, WOUNDED, ArticleFacts

# Kinds of disaster (lexicon `HAZARD_FAMILIES`) that strike in a moment, on one day: an earthquake, a crash, a
# sinking, a crush, a collapse, a mine's blast. A flood, a storm, a fire or a war's strikes run on for days, and
# one event of theirs holds reports of several days' deaths.
SUDDEN_KINDS = frozenset({"quake", "air", "rail", "road", "ship", "crowd", "collapse", "mine"})


def another_occurrence(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece another occurrence than the event's, on a day of its own (its date beyond `date_slack_days` of
    every one of the event's, or, undated, published that long after the last): a mass toll beside a handful of
    dead (`a_mass_toll_beside_a_few_dead`), or, dated, a sudden disaster of the event's kind
    (`another_sudden_disaster`)? Never when its figures repeat one of the event's mass tolls (a later report misdated
    by a step of the story still repeats the toll). With nothing to date one of them their days cannot tell them
    apart: a shooting's first count ("the gunman is dead, several hurt") is a tenth of its toll too."""
    when = piece.date or piece.published  # (a report nothing else dates came out after what it tells)
    if when is None or event.end_date is None or _has_date(event, when, settings.date_slack_days):
        return False
    if piece.date is None and when < event.end_date:
        return False
    hints = event_hints(event)
    if _shares_a_mass_figure(piece.headline_values(), hints):
        return False
    if a_mass_toll_beside_a_few_dead(piece, article, hints):
        return True
    return piece.date is not None and another_sudden_disaster(piece, article, event, hints, articles)


def another_sudden_disaster(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    hints: Mapping[str, list[int]],
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does the piece's report tell a sudden disaster (`SUDDEN_KINDS`, and no other kind) that the event's reports
    tell too, with a toll of its own (not told as risen or lowered from an earlier count)? A quake strikes on one
    day: a quake of the same country on another day is another quake, whatever its toll ("a 7.1 quake kills 119"
    eleven days after "the toll of the 8.2 quake rises to 90")."""
    if piece.headline_values().get(KILLED) is None:  # no toll of its own: a report of the event ("rises to 43" unread)
        return False
    kinds = told_hazards(article)
    if not kinds or not kinds <= SUDDEN_KINDS or how_toll_told(piece) or _a_later_count(piece, event, hints):
        return False
    return any(kinds & theirs for theirs in event_told_hazards(event, articles))


def _a_later_count(piece: Piece, event: EventState, hints: Mapping[str, list[int]]) -> bool:
    """May the piece's death toll be a later count of the event's, dated by the day it was counted ("the toll
    passed 1,000 on Friday", two weeks after the collapse): later than every date of the event, and no smaller than
    any toll it gave? A disaster's count only grows."""
    killed = piece.headline_values().get(KILLED)
    assert piece.date is not None and event.end_date is not None
    return killed is not None and piece.date > event.end_date and killed >= max(hints.get(KILLED, (0,)))


# How many times a mass toll outnumbers the dead of an event that is not its own
_FEW_DEAD_FACTOR = 10
# Kinds of disaster whose toll is known on its day (lexicon `HAZARD_FAMILIES`): a shooting's, a bombing's, a bus's
# or a plane's crash. A quake's, a flood's, a fire's or a collapse's grows for days as the dead are found.
TOLL_OF_ITS_DAY_KINDS = frozenset({"attack", "road", "air"})


def a_mass_toll_beside_a_few_dead(piece: Piece, article: ArticleFacts, hints: Mapping[str, list[int]]) -> bool:
    """Is the piece a mass toll (`MASS_CASUALTIES` or more dead and hurt) of a disaster whose toll is known on its
    day (`TOLL_OF_ITS_DAY_KINDS`), beside an event whose reports gave a tenth of its dead and hurt at most: fifty
    dead in a nightclub shooting beside a singer shot dead after a concert two nights before in the same city, nine
    dead and 27 hurt beside a man found shot dead across town? A shooting's count on a later day is not ten times
    its first. The mirror of `core.events.match._another_lone_victim` (a lone victim beside a mass shooting)."""
    values = piece.headline_values()
    hurt = values.get(KILLED, 0) + values.get(WOUNDED, 0)
    if hurt < MASS_CASUALTIES:
        return False
    kinds = told_hazards(article)
    if not kinds or not kinds <= TOLL_OF_ITS_DAY_KINDS:
        return False
    theirs = most_victims(hints)
    return theirs > 0 and theirs * _FEW_DEAD_FACTOR < hurt


# ---------------------------------------------------------------------------------------------------------
# A report with no figure: which of the events its place and days fit it may tell

_Scored = TypeVar("_Scored")


def events_it_may_tell(
    article: ArticleFacts, fits: Sequence[tuple[EventState, _Scored]], articles: Mapping[str, ArticleFacts] | None
) -> list[tuple[EventState, _Scored]]:
    """Of the events a report with no figure fits (with their scores), those it may tell: none of another kind of
    disaster than it tells (by its headline, else its opening, as the event's reports tell theirs), none whose every
    incident came after it was published (`after_its_publication`), and none told only days after it
    (`told_only_later`) when another is told on its days."""
    kinds = told_hazards(article)
    kept = [
        (e, s)
        for e, s in fits
        if not hazards_exclude(kinds, event_told_hazards(e, articles)) and not after_its_publication(article, e)
    ]
    of_its_days = [(e, s) for e, s in kept if not told_only_later(article, e)]
    return of_its_days or kept


# The most a place's clock runs ahead of UTC (UTC+14)
_AHEAD_OF_UTC = timedelta(hours=14)


def latest_local_day(published_at: datetime | None) -> date | None:
    """The latest day, in any place's time, that a report published at this moment came out on (a time without a
    zone is UTC's): "06:30 UTC on 4 August" is the 4th everywhere, "22:00 UTC" the 5th east of UTC+2. None for a stamp
    with no time of day (midnight exactly): often the day an archive or a feed saw the report rather than the moment
    it came out (US local-news archives stamp reports days before the shootings they tell), no proof of what it
    could not yet tell."""
    if published_at is None:
        return None
    moment = published_at.astimezone(UTC).replace(tzinfo=None) if published_at.tzinfo else published_at
    if moment.time() == time():
        return None
    return (moment + _AHEAD_OF_UTC).date()


def after_its_publication(article: ArticleFacts, event: EventState) -> bool:
    """Did everything the event holds happen after the report came out: every incident dated, the first later than
    the latest day it was published on (`latest_local_day`)? A report tells what happened before it: a first alert
    of a shooting early on Sunday is not a report of a killing across town on Monday night, however alike the
    words of two reports of one city's shootings."""
    day = latest_local_day(article.published_at)
    if day is None or event.start_date is None or any(i.date is None for i in event.incidents):
        return False
    return event.start_date > day


# Days after a report came out that an event's reports may all come out and still be told with it
_TOLD_WITH_IT_DAYS = 1


def told_only_later(article: ArticleFacts, event: EventState) -> bool:
    """Was everything the event holds told days after the report came out: every incident dated after the latest
    day it was published on (`latest_local_day`), or, undated, told only by reports published more than
    `_TOLD_WITH_IT_DAYS` after it? A first alert of a ferry's sinking is published while it happens: beside the
    sinking's event, whose reports came out that day, a scare two weeks later that nothing dates (a collision in
    the same port, no one hurt) is no event it announces, however alike their words."""
    day = latest_local_day(article.published_at)
    if day is None or not event.incidents:
        return False
    for incident in event.incidents:
        if incident.date is not None:
            if incident.date <= day:
                return False
        elif any(m.published is None or (m.published - day).days <= _TOLD_WITH_IT_DAYS for m in incident.members):
            return False
    return True
