"""Events with no death toll: a shooting where nine were hurt and nobody died, a raid where twelve were abducted.

Such an event's reports have no count of the dead to agree on; the count of the hurt (the wounded, the missing or
abducted) is its toll instead, and they join on it as a deadly event's reports join on their death toll: "none
killed, 9 wounded", "nine people were shot, none fatally", "9명 부상" and "neuf blessés" are one shooting when their
place, days and kind agree, wherever each report's place landed (a quadrant of the city left unresolved, the whole
country, nowhere at all).

Two guards keep the count from keying anything else. It must be a count few events share (`HURT_COUNT_MIN` or
more: one or two wounded are half of all shootings), and neither side may tell a death (an event with a death toll
keys on that; a deadly shooting's wounded count is no match for a shooting nobody died in). `core.events.blocks`
asks `pulled_by_its_hurt_count` which block a weakly placed report goes to; `core.events.match` asks
`joins_on_its_hurt_count` whether a report its place does not relate to the event still joins it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from core.events.evidence import _in_its_span, _shares_a_kind, _told_kinds
from core.events.pieces import Piece
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, MISSING, WOUNDED, ArticleFacts

# Fewer hurt than this is too common a count to key an event on (two wounded: every other shooting of a city)
HURT_COUNT_MIN = 5
# The counts of the hurt that stand for a toll when nobody died
_HURT_METRICS = (WOUNDED, MISSING)


def tells_no_death(killed: int | None) -> bool:
    """Does a report (or an event's reports) give no death: no count of the dead, or a stated zero?"""
    return not killed


def _event_tells_no_death(hints: Mapping[str, Sequence[int]]) -> bool:
    return not any(hints.get(KILLED, ()))


def shared_hurt_count(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Does a report that tells no death give a count of the hurt (`HURT_COUNT_MIN` or more) that the event's
    reports give, none of them telling a death either?"""
    if not tells_no_death(values.get(KILLED)) or not _event_tells_no_death(hints):
        return False
    return any(
        (value := values.get(metric)) is not None and value >= HURT_COUNT_MIN and value in hints.get(metric, ())
        for metric in _HURT_METRICS
    )


def tells_a_hurt_count(values: Mapping[str, int]) -> bool:
    """Does a report's piece tell no death and a count of the hurt (`HURT_COUNT_MIN` or more)?"""
    return tells_no_death(values.get(KILLED)) and any(values.get(m, 0) >= HURT_COUNT_MIN for m in _HURT_METRICS)


def hurt_key(region: str) -> str:
    """The key of a country's events nobody died in, keyed by a count of the hurt (`keyed_by_its_hurt`)."""
    return f"hurt:{region.split('-')[0]}"


def keyed_by_its_hurt(members: Iterable[Mapping[str, int]]) -> bool:
    """Is an event's count of the hurt its toll (nobody dead, `HURT_COUNT_MIN` or more hurt)? Its store then finds
    it for the reports nothing dates that tell a count of the hurt and no death (`core.events.keys`: `hurt_key`).
    `members`: the values of its reports."""
    members = list(members)
    return _event_tells_no_death(_by_metric(members)) and any(
        m.get(metric, 0) >= HURT_COUNT_MIN for m in members for metric in _HURT_METRICS
    )


def _by_metric(members: Sequence[Mapping[str, int]]) -> dict[str, list[int]]:
    return {KILLED: [m[KILLED] for m in members if KILLED in m]}


def joins_on_its_hurt_count(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    places_exclude: bool,
) -> bool:
    """Does the report's main piece, at a place its event's is not related to (nowhere, the whole country, a name
    left unresolved), join an event nobody died in on the very count of the hurt, of its kind and in its days
    (or nothing dates it)? Two places that rule each other out (`places_exclude`) never meet so."""
    if not piece.main or not articles or places_exclude:
        return False
    if not shared_hurt_count(piece.headline_values(), hints):
        return False
    dated = (piece.date or piece.published) is not None
    if dated and not _in_its_span(piece, event, settings.span_days):
        return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def pulled_by_its_hurt_count(
    weak: bool,
    mine: tuple[int | None, int | None],
    theirs: tuple[int | None, int | None],
    kinds: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Does a weakly placed report (`weak`: a country, a name left unresolved, nowhere) belong in the block of
    another of its days (the caller's window test) telling the very count of the wounded, neither telling a
    death, of one kind of disaster? `mine` and `theirs`: (dead, wounded) of each."""
    (killed, wounded), (their_killed, their_wounded) = mine, theirs
    if not weak or not tells_no_death(killed) or not tells_no_death(their_killed):
        return False
    if wounded is None or wounded < HURT_COUNT_MIN or wounded != their_wounded:
        return False
    return bool(kinds[0] & kinds[1])
