"""A toll that is a statistic over a period is no incident: "Bear attacks claimed a record 219 victims in fiscal 2023",
"2023年度にクマに襲われるなどした人は219人", "За прошлый финансовый год ... пострадали 219 человек".

A national (or regional) count over a year, a fiscal year, a season or "since January" sums many incidents: its
reports give other figures as the period runs (180 harmed by October, 219 by the year's end) and name no town and
no day of their own, so they would never meet on place, date or figure, while a single incident of the same country
and days (a runway collision, one attack in one town) would be drawn into the biggest of their groups. A report
whose headline, or the sentence of one of its tolls, names a period (`core/data/period_tolls.tsv`) is a period
report (`tells_a_period_toll`, kept with its pieces): it joins the event of another period report of its country
whatever its figures or days, and an event of period reports takes no single incident's report, nor a period report
a single incident's event (`period_event_for`, `apart_as_period_and_incident`). A single incident of the same kind
inside the period stays an event of its own, and reconcile shows the two side by side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from core import tables
from core.events.hazards import event_told_hazards, told_hazards
from core.events.state import EventState
from core.extract.combined_counts import HARMED
from core.models import KILLED, WOUNDED, ArticleFacts, Claim, Role
from core.places.gazetteer import _label, _region, fold
from core.places.index import gazetteer
from core.places.location import Location

if TYPE_CHECKING:
    from core.events.pieces import Piece

# The tolls whose sentence may name the period: the dead, the hurt and a count of both (`combined_counts.HARMED`)
_TOLL_METRICS = frozenset({KILLED, WOUNDED, HARMED})
# ... told as the story's own toll: a count to date or another event's a story adds ("63 of the children shot or
# killed so far this year were four") is context, not what the story counts
_OWN_ROLES = frozenset({Role.TOTAL, Role.SUBSET})
# Places no coarser than which a report names no incident of its own: a country, a state or region, or none
_COARSE_KINDS = frozenset({"country", "state", "unplaced"})


@cache
def _phrases() -> tuple[str, ...]:
    return tuple(phrase for _language, phrase in tables.rows("period_tolls.tsv"))


def tells_a_period_toll(title: str | None, text: str | None, claims: Sequence[Claim]) -> bool:
    """Does the report's headline, its lead sentence or the sentence of one of its own tolls name a period its
    toll is counted over?"""
    sentences = tuple(
        (c.sentence_start, c.sentence_end)
        for c in claims
        if c.field == "text"
        and c.metric in _TOLL_METRICS
        and c.role in _OWN_ROLES
        and c.sentence_end > c.sentence_start
    )
    return _names_a_period(title or "", text or "", sentences)


@lru_cache(maxsize=4096)
def _names_a_period(title: str, text: str, sentences: tuple[tuple[int, int], ...]) -> bool:
    """(Grouping asks it of every member of every event a report is scored against: remembered.)"""
    phrases = _phrases()
    spans = [title, _lead_sentence(text), *(text[a:b] for a, b in sentences)]
    return any(p in span.lower() for span in spans if span for p in phrases)


# How far into a text its lead sentence is looked for; a sentence ends at a full stop and a space, an ideographic
# full stop or a line's end
_LEAD = 300
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？\n]")


def _lead_sentence(text: str) -> str:
    """The text's first sentence (within its first `_LEAD` characters): the story's own statement."""
    head = text[:_LEAD]
    end = _SENTENCE_END.search(head)
    return head[: end.end()] if end else head


def is_period_report(article: ArticleFacts | None) -> bool:
    """Is the article a period report? Kept with its pieces when they were worked out, else read from its text."""
    if article is None:
        return False
    pieces = article.pieces
    if pieces is not None and hasattr(pieces, "period_toll"):
        return bool(pieces.period_toll)
    return tells_a_period_toll(article.title, article.text, article.claims)


def is_period_event(event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Do most of the event's reports (whose facts are at hand) tell a period's toll?"""
    if not articles:
        return False
    known = [articles[a] for a in event.article_ids if a in articles]
    return bool(known) and 2 * sum(map(is_period_report, known)) > len(known)


def apart_as_period_and_incident(
    piece: Piece, article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is one of the report and the event a period's toll and the other a single incident: a report or an event
    with a day or a place finer than its country (a state or region stays coarse)? A report of the period's toll
    that names no period ("Dengue has killed 1,006 in Bangladesh", its headline lost) is neither, and may join the
    period's event as before. (Not apart when the event's reports' facts are not at hand.)"""
    if not articles:
        return False
    mine, theirs = is_period_report(article), is_period_event(event, articles)
    if mine == theirs:
        return False
    if mine:
        incident = any(inc.date is not None for inc in event.incidents) or event.place_kind not in _COARSE_KINDS
    else:
        incident = piece.date is not None or piece.location.kind not in _COARSE_KINDS
    return incident or _kinds_apart(article, event, articles)


def _kinds_apart(article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts]) -> bool:
    """Do the report and the event tell kinds of disaster (`told_hazards`: a headline's, else its opening's), and
    none in common (a runway collision beside a year's bear attacks)?"""
    kinds = told_hazards(article)
    theirs = [k for k in event_told_hazards(event, articles) if k]
    return bool(kinds) and bool(theirs) and not any(kinds & k for k in theirs)


def period_event_for(
    piece: Piece, article: ArticleFacts, events: Sequence[EventState], articles: Mapping[str, ArticleFacts] | None
) -> EventState | None:
    """The period event of the report's country a period report joins, whatever its figures or days (the one
    with most reports; ties: the smaller id). None for a report of no period, or placed in no country."""
    country = _country(piece.location.region)
    if country is None or not articles or not is_period_report(article):
        return None
    fits = [e for e in events if _country(e.region) == country and is_period_event(e, articles)]
    if not fits:
        return None
    return min(fits, key=lambda e: (-len(e.article_ids), e.id))


def _country(region: str | None) -> str | None:
    return region.split("-")[0] if region else None


def period_place(loc: Location) -> Location:
    """Where a period's toll is counted: the country of its place (a US state's, in the United States, whose
    reports are grouped by state), not the town a report names among many."""
    if not loc.region:
        return loc
    key = f"state:{loc.region}" if loc.region.startswith("US-") else f"country:{_country(loc.region)}"
    if loc.key == key:
        return loc
    place = gazetteer().by_key(key)
    if place is None:
        return loc
    return Location(place.key, _label(place), place.kind, _region(place), None, fold(place.name))
