"""A city's lone victim told first: the several victims of another day are not a later count of it.

`core.events.decoys.another_days_incident` keeps a report of a lone victim or two out of an event of several
victims on another day. Reports are grouped by publication, and the city's other news is often told first: a
motorcyclist killed on Saturday afternoon is reported that evening, the birthday party's seven dead of early
Sunday the next morning. The lone victim's report then holds an event of its own, and the party's first report
meets it with the same city and a neighbouring day: the mirror of that rule (`lone_victims_told_before`).

A shooting's or a crash's toll is known on its day (`core.events.occurrences.TOLL_OF_ITS_DAY_KINDS`): a lone
victim of Saturday does not grow into seven dead of Sunday. A report of the party that dates nothing by its words
is of another day too when it came out days after every one of them (beyond `date_slack_days`): a man shot dead
on Thursday night is no first word of the twelve hurt told on Saturday. Never when the two share a count above
one, a person or the words of one story, nor when the report tells its toll as risen.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.events.decoys import (
    LONE_VICTIMS,
    SEVERAL_VICTIMS,
    _both_known_on_their_day,
    _hurt,
    _retells_its_story,
    _shares_a_count_above_one,
)
from core.events.evidence import event_hints, how_toll_told, most_victims
from core.events.pieces import Piece
from core.events.state import EventState, GroupingSettings
from core.models import ArticleFacts


def lone_victims_told_before(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece a toll of several victims (`SEVERAL_VICTIMS` or more dead and hurt, not told as risen) beside
    an event whose every report tells a lone victim or two (`LONE_VICTIMS`), each dated by its own words on a day
    that is not the piece's (`_on_another_day`), both kinds whose toll is known on its day, sharing no count above
    one nor a person nor the words of one story?"""
    if not piece.main or not articles or how_toll_told(piece):
        return False
    if _hurt(piece.headline_values()) < SEVERAL_VICTIMS:
        return False
    theirs = most_victims(event_hints(event))
    if not 0 < theirs <= LONE_VICTIMS or not _on_another_day(piece, event, settings):
        return False
    if _shares_a_count_above_one(piece, event_hints(event)):
        return False
    return _both_known_on_their_day(article, event, articles) and not _retells_its_story(
        piece, event, articles, settings
    )


def _on_another_day(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Does every report of the event date its incident by its words, on none of the piece's possible days: the
    day its words give, or, when they give none, any day up to its publication and `date_slack_days` before it
    (nothing dating it, it may be of any day)?"""
    days = [m.date for i in event.incidents for m in i.members]
    if not days or any(d is None for d in days):
        return False
    if piece.date is not None:
        return piece.date not in days
    if piece.published is None:
        return False
    return all((piece.published - d).days > settings.date_slack_days for d in days if d is not None)
