"""What a piece's and an event's tolls, dates and kinds of disaster say of one another: the shared evidence
the matching rules (`match`, `far_reports`, `blocks`, `assign`) weigh."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from core.dates import add_days
from core.events.hazards import event_told_hazards, told_hazards
from core.events.pieces import Piece, article_pieces
from core.events.state import EventState, Member
from core.models import KILLED, WOUNDED, ArticleFacts

_COARSE_KINDS = frozenset({"country", "province"})
_HURT = (KILLED, WOUNDED)


def _country(region: str | None) -> str | None:
    return region.split("-")[0] if region else None


def _has_date(event: EventState, d: date | None, slack: int) -> bool:
    return d is not None and any(inc.date is not None and abs((inc.date - d).days) <= slack for inc in event.incidents)


def _figure_affinity(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> float:
    """Per metric another member also reported: +1 when the headline value matches (+0.5 for 0 or 1, which
    half of all shootings share), -0.5 when it does not."""
    score = 0.0
    for metric, value in values.items():
        seen = hints.get(metric)
        if not seen:
            continue
        if value in seen:
            score += 1.0 if value > 1 else 0.5
        else:
            score -= 0.5
    return score


def _shares_a_mass_figure(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece give, for some harm, the very mass figure (`MASS_CASUALTIES` or more) a member gave?"""
    return any(v >= MASS_CASUALTIES and v in hints.get(m, ()) for m, v in values.items())


def _hints(members: Iterable[Member]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in members:
        for metric, value in m.values.items():
            out.setdefault(metric, []).append(value)
    return out


def event_hints(event: EventState) -> dict[str, list[int]]:
    """Every figure the event's reports gave, by metric (`_hints` over all its incidents' members)."""
    return _hints(m for i in event.incidents for m in i.members)


def most_victims(hints: Mapping[str, Sequence[int]]) -> int:
    """The largest count of the dead and the largest of the hurt among `hints`, added."""
    return max(hints.get(KILLED, (0,))) + max(hints.get(WOUNDED, (0,)))


def _timing(piece: Piece, event: EventState) -> tuple[date, date, date] | None:
    """(the piece's date or publication date, the event's first and last date), when all are known. An event no
    report dates is timed by its reports' publication, and so is the piece then, when it was published: like with
    like (an incident two days before its report is no earlier than the event its report joins)."""
    dated = event.start_date is not None
    when = (piece.date or piece.published) if dated else (piece.published or piece.date)
    first = event.start_date or event.published_from
    last = event.end_date or event.published_to
    if when is None or first is None or last is None:
        return None
    return when, first, last


def _in_its_span(piece: Piece, event: EventState, days: int) -> bool:
    """Is the piece dated (or published) within `days` of the event's first and last date? False when either is
    unknown."""
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    return add_days(first, -days) <= when <= add_days(last, days)


def _counts_on_the_event(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Is the piece's death toll a later count of the event's: a running toll no smaller than any it gave, or,
    when told as lowered, that toll revised down (`counts_on`)? A lowered toll is the revision of the disaster it
    lowers ("Sanitat rebaixa a 471 els morts" beside a blast's 500), not a rise of a smaller one's (a strike's 13)."""
    if how_toll_told(piece) == LOWERED:
        return _counts_on_hints(piece, hints)
    return _running_toll(piece.headline_values(), hints)


# Kinds of disaster whose one event spans a region's towns (lexicon `HAZARD_FAMILIES`): an earthquake, a flood
_REGIONAL_KINDS = frozenset({"quake", "water"})


def _published_in_its_days(piece: Piece, event: EventState) -> bool:
    """A report dating nothing is of the event's days when published within them or by the day after next."""
    timing = _timing(piece, event)
    return timing is not None and timing[1] <= timing[0] <= add_days(timing[2], _NEXT_DAYS_REPORT)


# An undated report published this many days after an incident at most is taken for its days' news
_NEXT_DAYS_REPORT = 2


def regional_reach_km(toll: int) -> float:
    """How far (km) from the place its reports give a quake or a flood of this death toll strikes towns: the
    greater the disaster, the wider ("a hundred dead" about 200 km, tens of thousands about 450 km)."""
    return 100.0 * math.log10(max(toll, 10))


def _told_kinds(piece: Piece, articles: Mapping[str, ArticleFacts]) -> frozenset[str]:
    """The kinds of disaster the piece's report tells (`told_hazards`), none when its facts are not at hand."""
    own = articles.get(piece.article_id)
    return told_hazards(own) if own is not None else frozenset()


def _shares_a_kind(kinds: frozenset[str], event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does a report's kind of disaster share a family with one its event's reports tell (by headline, else
    opening: `event_told_hazards`)? No kind of its own shares none."""
    return bool(kinds) and any(kinds & theirs for theirs in event_told_hazards(event, articles))


def _tells_their_toll(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    killed = piece.headline_values().get(KILLED)
    return killed is not None and killed in hints.get(KILLED, ())


# A toll this large is rare at one place within a few months: a later, larger one there updates it.
MASS_CASUALTIES = 10


def _running_toll(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Is the piece's death toll a mass toll no smaller than any the event's reports gave (a running count)?"""
    earlier = hints.get(KILLED, ())
    killed = values.get(KILLED, 0)
    return bool(earlier) and max(earlier) >= MASS_CASUALTIES and killed >= max(earlier)


def _states_a_toll(piece: Piece) -> bool:
    """Is the piece's death toll a count ("rose to 545", or a figure its sentence does not date: "Die Zahl der
    Toten ist auf 545 gestiegen"), not what one attack did on a day of its own ("a bomb killed 35 at a school on
    Friday": another attack in the same town, however large)?"""
    killed = piece.headline_values().get(KILLED)
    return any(
        c.metric == KILLED and c.value == killed and (c.update or c.date_carried or c.incident_date is None)
        for _, c in piece.claims
    )


RISEN, LOWERED = "risen", "lowered"


def how_toll_told(piece: Piece) -> str:
    """How the piece tells its death toll: `RISEN` to ("the toll rose to 59 overnight"), `LOWERED` to ("the
    ministry lowered the toll to 471"), or "" (a figure of its own)."""
    killed = piece.headline_values().get(KILLED)
    told = [c for _, c in piece.claims if c.metric == KILLED and c.value == killed and c.update]
    if not told:
        return ""
    return LOWERED if any(c.revised_down for c in told) else RISEN


def _counts_on_hints(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece's death toll, told as risen or lowered, count on the largest toll the event's reports gave
    (`counts_on`)?"""
    killed = piece.headline_values().get(KILLED)
    if killed is None:
        return False
    return counts_on(how_toll_told(piece), killed, max(hints.get(KILLED, ()), default=0))


def counts_on(told: str, killed: int, earlier: int) -> bool:
    """Is a death toll told so (`how_toll_told`) a later count of a disaster whose reports gave the mass toll
    `earlier`: risen from it, up to `RISE_FACTOR` times it; or lowered from it, to no less than half of it? A
    toll lowered from 500 to 471 is the hospital blast's, not a running toll of the next day's strike that killed 13."""
    if earlier < MASS_CASUALTIES:
        return False
    if told == RISEN:
        return _risen_from(earlier, killed)
    if told == LOWERED:
        return earlier / 2 <= killed <= earlier
    return False


# A toll rises this many times over at most between two reports of one disaster (a quake's first hundreds to its
# thousands); a larger one is another disaster's.
RISE_FACTOR = 10


def _no_smaller_toll(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece tell a death toll no smaller than any its event's reports gave (a later count of it; unlike
    `_running_toll`, of any size)?"""
    killed = piece.headline_values().get(KILLED)
    return killed is not None and killed > 0 and killed >= max(hints.get(KILLED, ()), default=0)


def _risen_to_a_mass_toll(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece tell its death toll as risen ("has risen to 16") to a mass toll no smaller than any the
    event's reports gave, though those were smaller ones (5, 6, 8 dead on the first days), and at most
    `RISE_FACTOR` times the largest (a truck crash's 2 dead are not a volcano's 34)?"""
    largest = max(hints.get(KILLED, ()), default=0)
    killed = piece.headline_values().get(KILLED, 0)
    risen = how_toll_told(piece) == RISEN
    return risen and killed >= MASS_CASUALTIES and largest > 0 and _risen_from(largest, killed)


def _risen_from(earlier: int, killed: int) -> bool:
    """Is `killed` a later count of a toll `earlier`: no smaller, and at most `RISE_FACTOR` times it?"""
    return earlier <= killed <= RISE_FACTOR * earlier


def coarse_undated_toll(piece: Piece) -> int | None:
    """The death toll of a piece placed only by a country or a province that nothing dates (no date in its text,
    no publication date), or None: such a report has only its toll to tell which of its country's disasters of a
    kind it counts (see `toll_gap`)."""
    if piece.location.kind not in _COARSE_KINDS or piece.date is not None or piece.published is not None:
        return None
    killed = piece.headline_values().get(KILLED)
    return killed if killed is not None and killed >= MASS_CASUALTIES else None


def toll_gap(killed: int, event: EventState) -> float | None:
    """How far a toll lies from the nearest death toll an event's reports gave (the log of their ratio; None when
    they gave none): a country's 116 dead counts the stampede of 107 and 121, not another town's of 30."""
    known = [v for v in _hints(m for i in event.incidents for m in i.members).get(KILLED, ()) if v > 0]
    if not known:
        return None
    return min(abs(math.log(killed / v)) for v in known)


# A coarse report's toll within this factor of an event's counts on it; beyond `FAR_TOLL_RATIO`, it counts another
NEAR_TOLL_RATIO = 1.5
FAR_TOLL_RATIO = 3.0


def recalls_its_dead_apart(piece: Piece, article: ArticleFacts | None, event: EventState) -> bool:
    """Does the piece's report tell an incident of its own and recall the event's dead only in passing: the piece
    dated on none of the event's days, counting no dead and none of the event's figures (above one: half of all
    shootings have one shot), while another sentence of its report gives the event's very death toll dated on one
    of the event's days ("two men were wounded late on Sunday ... the attack at the store, in which three people
    were killed on Saturday")? The report itself dates the two apart, whatever role the recalled toll was given:
    it is the event's toll, not its own, and naming the event's place or people does not make it the event's. A
    later death of the event's victims is no such report: it counts dead (the guard on the piece's own dead).
    None: the report's facts are not at hand."""
    if article is None or piece.date is None:
        return False
    values = piece.headline_values()
    if KILLED in values or not values:
        return False
    sentences = {(c.field, c.sentence_start) for _, c in piece.claims}
    recalled = [
        c
        for c in article.claims
        if c.metric == KILLED
        and c.value > 1
        and c.incident_date is not None
        and c.incident_date != piece.date
        and (c.field, c.sentence_start) not in sentences
    ]  # (most reports recall nothing: the event is read only for those that do)
    if not recalled or _has_date(event, piece.date, 0):
        return False
    hints = event_hints(event)
    if any(v > 1 and v in hints.get(m, ()) for m, v in values.items()):
        return False
    days = {i.date for i in event.incidents if i.date is not None}
    return any(c.value in hints.get(KILLED, ()) and c.incident_date in days for c in recalled)


def recalled_beside_its_own(piece: Piece, pieces: Sequence[Piece], main_event: EventState) -> bool:
    """Is the piece a death toll its report recalls, in a sentence of its own, beside an incident of its own whose
    event (`main_event`) it is not: the report's main piece counts victims but no dead on another day, and that
    event holds no such toll? The recalled toll is another incident's background (`recalls_its_dead_apart`), not
    a figure of the report's: it joins no event (as a background figure opens none)."""
    main = next((p for p in pieces if p.main), None)
    if main is None or piece is main or piece.date is None or main.date is None or piece.date == main.date:
        return False
    killed = piece.headline_values().get(KILLED)
    mine = main.headline_values()
    if killed is None or killed <= 1 or KILLED in mine or not any(m in _HURT for m in mine):
        return False
    hints = _hints(m for i in main_event.incidents for m in i.members)
    sentences = {(c.field, c.sentence_start) for _, c in main.claims}
    apart = all((c.field, c.sentence_start) not in sentences for _, c in piece.claims)
    return apart and killed not in hints.get(KILLED, ())


def one_recalls_the_other(one: EventState, two: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does a report of one of two events tell its incident and recall the other's dead apart
    (`recalls_its_dead_apart`)? A name both events' reports give (a festival's, a victim's) does not make them one:
    the recalling report names it in passing."""
    for mine, theirs in ((one, two), (two, one)):
        for aid in mine.article_ids:
            article = (articles or {}).get(aid)
            main = next((p for p in article_pieces(article) if p.main), None) if article is not None else None
            if main is not None and recalls_its_dead_apart(main, article, theirs):
                return True
    return False
