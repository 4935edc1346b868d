"""First alerts of any size: a report with no figure, out while it happens ("shots fired at a house party, police on
scene", "a bus has plunged off a bridge into the river"), joins the one event of its place, its kind of disaster and
its days, however few that event's dead.

Its words are the breaking news' (sirens, a cordon, residents told to stay inside), not the later reports' (the
victims, the count), so text alone leaves it out; `match.first_alert_of` takes it in by its place, day and kind for a
mass-casualty event only, where a second disaster of the kind at the place that day is unthinkable. A small one is not
(two shootings in one city a day), so here the kind, place and day must point at exactly one event among the
report's candidates: with two of its kind there, it stays apart.

The place is the event's very place, a place the one names the other by (`match.related_by_name`), or the province
holding the event's town (the first word names the district, the counts the town). The day: published from the day
before the event began to the day after, and no later than the event's first report (an alert comes first). The kind:
one its headline (or opening) names, shared with a kind the event's reports tell (`core.events.hazards`): a
shooting's alert is never a road crash's, a fire's never a flood's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from core.events.country_alerts import met_in_its_country
from core.events.evidence import _shares_a_kind
from core.events.hazards import article_hazards, told_hazards
from core.events.kindless_alerts import kindless_alerted_event
from core.events.match import related_by_name
from core.events.pieces import Piece
from core.events.placeless_alerts import alerts_from_its_block, placed_nowhere
from core.events.state import EventState
from core.models import ArticleFacts

# Days after the event began that its first alert may still come out (the night's event, told the next morning)
_DAY_AFTER = 1
# ... and before it began (a time zone ahead of the event's, or a date read a day late)
_DAY_BEFORE = 1


def sole_alerted_event(
    piece: Piece,
    article: ArticleFacts,
    events: Sequence[EventState],
    articles: Mapping[str, ArticleFacts] | None,
) -> EventState | None:
    """The one event among `events` whose first alert the figureless report may be (`_alerts`), or None when none or
    several are. A report nothing dates (half a feed's come undated) may be any day's: its place and the kind its
    headline names (not only its opening: "federal agents sent to Chicago to curb its violence" is the city's news,
    not its shooting's first word) must point at the one event of its candidates."""
    kinds = told_hazards(article) if piece.published is not None else article_hazards(article)
    if not kinds:
        return kindless_alerted_event(piece, events, began_on)  # (no kind named: the very town and day must say it)
    alerted = [e for e in events if e.merged_into is None and e.incidents and _alerts(piece, kinds, e, articles)]
    if len(alerted) > 1:
        alerted = [e for e in alerted if not met_in_its_country(piece, e)] or alerted  # (a finer place: its own)
    if len(alerted) > 1 and piece.published is not None and not placed_nowhere(piece):
        if any(met_in_its_country(piece, e) for e in alerted):
            return None  # (a country holds many events of a day: its day does not choose)
        alerted = [e for e in alerted if began_on(e) == piece.published]  # (`_began_that_day`)
    return alerted[0] if len(alerted) == 1 else None


def _alerts(
    piece: Piece, kinds: frozenset[str], event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    return (
        _alerts_at_its_place(piece, event)
        and _alerts_on_its_day(piece, event)
        and _shares_a_kind(kinds, event, articles)
    )


def _alerts_at_its_place(piece: Piece, event: EventState) -> bool:
    """Is the report's place the event's: the very place, one the other names, or the province of its town? Never a
    place two readings share. A country on either side only with a date (`country_alerts.met_in_its_country`): every
    event of the country would be its, so its kind, its day and the one event of its block must say it."""
    loc = piece.location
    if loc.kind == "country" or event.place_kind == "country":
        return met_in_its_country(piece, event)  # (kind, day and one event of its block must say it)
    if alerts_from_its_block(piece, event):
        return True  # (its place unread: its kind and day must say it, `core.events.placeless_alerts`)
    if loc.key == event.location_key:
        return True  # (the reading the event's own reports got, even of a name two places share)
    if loc.ambiguous or event.ambiguous:
        return False
    if related_by_name(piece, event):
        return True
    return (
        loc.kind == "province" and event.place_kind == "city" and loc.region is not None and loc.region == event.region
    )


def _alerts_on_its_day(piece: Piece, event: EventState) -> bool:
    """Did the report come out on the event's first day or the day after, and no later than its first report? The
    event began by the day its first report came out, whatever later days its reports date (a flood's worst days)."""
    if piece.published is None:
        return True  # (nothing dates it: its place and its headline's kind must point at the one event)
    start = began_on(event)
    if start is None:
        return False
    if not -_DAY_BEFORE <= (piece.published - start).days <= _DAY_AFTER:
        return False
    return event.published_from is None or piece.published <= event.published_from


# Days before its publication that a report may date its incident and still tell it as news, not look back on it
_NEWS_DAYS = 30


def began_on(event: EventState) -> date | None:
    """The day the event began: the earliest its reports tell as news (their incident's day, or their publication's),
    or the day its first report came out. A look-back's day (a report a year on, dating its incident by "a year
    ago", a lunar feast's day a Gregorian year back) is not counted: it dates the event only roughly, and eleven days
    early would take the crush's first alert away from its own day. Several events alerted (`sole_alerted_event`):
    the one that began the very day the alert came out is its event (a gas blast at the market at dawn; the house
    fire of the next day, in the same city, is not its)."""
    days = [
        m.date
        for incident in event.incidents
        for m in incident.members
        if m.date is not None and (m.published is None or (m.published - m.date).days <= _NEWS_DAYS)
    ]
    if event.published_from is not None:
        days.append(event.published_from)
    return min(days) if days else event.start_date


# Days after a figureless report came out from which an event nothing dates, told only that late, is none it tells
_TOLD_DAYS_AFTER = 2


def told_days_after(article: ArticleFacts, event: EventState) -> bool:
    """Was an event that nothing dates (no incident date) told only by reports published two days or more after the
    figureless report (by their days of publication)? A report tells what happened before it came out: a bus's plunge
    off a bridge at noon is not the highway crash of the same town the reports of two days later tell, however alike
    their words (the firemen at the scene, the road out of town). An event a date places is left to
    `occurrences.after_its_publication`."""
    published = article.published_at
    if published is None or not event.incidents or any(i.date is not None for i in event.incidents):
        return False
    day = published.date()
    members = [m for i in event.incidents for m in i.members]
    return all(m.published is not None and (m.published - day).days >= _TOLD_DAYS_AFTER for m in members)
