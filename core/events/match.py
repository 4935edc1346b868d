"""Choosing an event for a piece: place relation, dates, figures, text and named persons."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from core.dates import add_days
from core.events.hazards import CROSSING_KINDS, article_hazards, event_told_hazards, told_hazards
from core.events.pieces import Piece, article_pieces, membership_piece, told_joint
from core.events.state import OTHER, EventState, GroupingSettings, Member
from core.models import KILLED, MISSING, WOUNDED, ArticleFacts
from core.places.gazetteer import fold
from core.places.location import _NAMED_KINDS, SPOT_ONLY, UNPLACED, Location, _candidates
from core.places.nearby import _distance_km, in_another_province
from core.similarity import copy_similarity, names_similarity, persons_of, shared_persons, topic_similarity

SAME, RELATED, UNRELATED = "same", "related", "unrelated"
_NESTING_KINDS = frozenset({"city", "county", "state"})
_COARSE_KINDS = frozenset({"country", "province"})


def _country(region: str | None) -> str | None:
    return region.split("-")[0] if region else None


def place_relation(a: Location, event: EventState, near_km: float, named: Collection[str] = ()) -> str:
    """How a piece's place relates to an event's place.

    `same`: same key, or the same name where either side was picked by population alone ("Bristol" and
    "Bristol, Tennessee"). `related`: one may hold or border the other: a city, county or state of the same
    state ("Travis County" / "Austin"), or two towns within `near_km` (a neighbourhood listed as its own town,
    "Far Rockaway" / "Queens"); a country and a place in it; or a place one report names for the other's
    event (see `EventState.places`). Related places need corroboration to share an event (see `_event_score`).
    """
    if a.key == event.location_key:
        return SAME
    if (event.location_key in named or a.key in event.places) and (
        _country(a.region) == _country(event.region) or a.region is None or event.region is None
    ):
        # The event's place is one the report names too, or the other way round (the capital a report is
        # datelined in and the town it reports on; a district, its province and its country): the level
        # the reports share. A village the gazetteer does not know stands in the country of the places its
        # report names (`core.events.pieces._one_country_named`). Like any related place it needs date,
        # figures or text to agree.
        return RELATED
    if a.name and a.name == event.location_name and a.kind == event.place_kind and (a.ambiguous or event.ambiguous):
        return SAME
    if _across_the_border(a, event):
        return RELATED
    if (
        {a.kind, event.place_kind} & _COARSE_KINDS
        and a.kind != event.place_kind
        and a.region is not None
        and _country(a.region) == _country(event.region)
        and not _town_of_another_province(a, event)
    ):
        # A country and a place inside it; a province and a town of its country (the index does not tell which
        # province a town outside the US lies in, so its country stands for it).
        return RELATED
    if a.kind == "city" == event.place_kind and _country(a.region) == _country(event.region):
        # Two towns this close, of one state or of two ("Zaventem" and "Brussels", a province's border apart)
        km = _distance_km(a.key, event.location_key)
        if km is not None and km <= near_km:
            return RELATED
    if a.region is None or a.region != event.region:
        return UNRELATED
    if a.kind != event.place_kind and {a.kind, event.place_kind} <= _NESTING_KINDS:
        return RELATED
    return UNRELATED


def _across_the_border(a: Location, event: EventState) -> bool:
    """Places of two countries an event's disaster crosses: its block is those countries together (a report
    named them as its scene, `core.events.blocks._joint_block`), so a town of one and the event's place in the
    other may be one disaster's, as a town and its country are. Like any related place it needs date, figures
    or text to agree."""
    if "+" not in event.block:
        return False
    here, there = _country(a.region), _country(event.region)
    return here is not None and there is not None and here != there and {here, there} <= set(event.block.split("+"))


def _town_of_another_province(a: Location, event: EventState) -> bool:
    """A town and a first-level province of its country it does not lie in, as the gazetteer's codes tell
    (`in_another_province`): a bus swept away in one province is not the flood of the next one."""
    if {a.kind, event.place_kind} != {"city", "province"}:
        return False
    town, province = (a.region, event.region) if a.kind == "city" else (event.region, a.region)
    return in_another_province(town, province)


# ---------------------------------------------------------------------------------------------------------
# Choosing an event


def _event_window(event: EventState) -> tuple[date, date] | None:
    if event.start_date is not None and event.end_date is not None:
        return event.start_date, event.end_date
    return None


def _piece_interval(piece: Piece, settings: GroupingSettings) -> tuple[date, date] | None:
    """Dates the piece's incident may fall on: its date, or the `report_lag_days` before publication."""
    if piece.date is not None:
        return piece.date, piece.date
    if piece.published is not None:
        return add_days(piece.published, -settings.report_lag_days), piece.published
    return None


def nothing_dates(article: ArticleFacts) -> bool:
    """Does nothing date the article: its main piece has no date and it has no publication date (grouping then
    tells it from other disasters of its country by its kind, see `_timeless_report_of_the_disaster`)?"""
    pieces = article_pieces(article) or [membership_piece(article)]
    main = next((p for p in pieces if p.main), pieces[0])
    return main.date is None and main.published is None


def _dates_compatible(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Could the piece's incident lie in this event without stretching it beyond `span_days`?

    Undated pieces and events known only by publication dates are intervals of possible dates; the test is
    whether some choice within them keeps first-to-last within the span. Nothing known: compatible.
    """
    span = settings.span_days
    interval = _piece_interval(piece, settings)
    if interval is None:
        return True
    lo, hi = interval
    window = _event_window(event)
    if window is not None:
        start, end = window
        if lo <= end and start <= hi and _mass_event(event):
            return True  # within the days a disaster's running toll already stretched it over, past the span
        return max(lo, add_days(end, -span)) <= min(hi, add_days(start, span))
    if event.published_from is None or event.published_to is None:
        return True
    e_lo = add_days(event.published_from, -settings.report_lag_days)
    return add_days(lo, -span) <= event.published_to and e_lo <= add_days(hi, span)


def _later_small_toll(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Is the piece a small toll of its own later day beside a mass disaster ("a new earthquake struck Hatay on
    Monday, two weeks after the devastating quake, killing three")? A disaster's count only grows: a tenth of
    its toll, dated days after every one of its dates, is another incident (an aftershock, a new attack)."""
    killed = piece.headline_values().get(KILLED)
    if killed is None or piece.date is None or event.end_date is None:
        return False
    if (piece.date - event.end_date).days <= settings.date_slack_days:
        return False
    most = max(_hints(m for i in event.incidents for m in i.members).get(KILLED, ()), default=0)
    return most >= MASS_CASUALTIES and killed * 10 < most


def _mass_event(event: EventState) -> bool:
    """Did one of the event's reports give a mass toll (`MASS_CASUALTIES` dead or more)?"""
    return max(_hints(m for i in event.incidents for m in i.members).get(KILLED, ()), default=0) >= MASS_CASUALTIES


def _harm_compatible(piece: Piece, event: EventState) -> bool:
    return piece.harm == event.harm or piece.harm == OTHER or event.harm == OTHER


def _has_date(event: EventState, d: date | None, slack: int) -> bool:
    return d is not None and any(inc.date is not None and abs((inc.date - d).days) <= slack for inc in event.incidents)


def text_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """How alike two articles' texts are, for grouping: the best of topic resemblance, names resemblance
    (`NAMES_WEIGHT` times) and twice the copy resemblance (a wire copy is the same story)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return _text_similarity_of(a, b)
    return _text_similarity(a, b)


@lru_cache(maxsize=16384)
def _text_similarity_of(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Remembered per pair of fingerprints: regrouping a block compares the same members again and again
    (the fingerprints are the articles' own tuples, held by their facts anyway)."""
    return _text_similarity(a, b)


def _text_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    if shared_persons(a, b):
        return PERSON_MATCH
    return max(topic_similarity(a, b), NAMES_WEIGHT * names_similarity(a, b), 2 * copy_similarity(a, b))


NAMES_WEIGHT = 1.25
# Two reports naming the same victim or suspect in full (see `core.similarity.person_names`) are as alike as a
# retold story: above `GroupingSettings.follow_up_threshold`, so they share an incident across dates, related
# places and the span.
PERSON_MATCH = 0.75


def _text_affinity(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, sample: int) -> float:
    if not piece.fingerprint or not articles:
        return 0.0
    best = 0.0
    for aid in sorted(event.article_ids)[:sample]:
        other = articles.get(aid)
        if other is None or not other.fingerprint or aid == piece.article_id:
            continue
        best = max(best, text_similarity(piece.fingerprint, other.fingerprint))
    return best


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


_WEAK_KINDS = (UNPLACED, "name", SPOT_ONLY, "state", "country")


def weak_location(loc: Location) -> bool:
    """A place that may be a misreading or too coarse to key an event on its own."""
    return loc.kind in _WEAK_KINDS or loc.ambiguous


def weak_event(event: EventState) -> bool:
    return event.place_kind in _WEAK_KINDS or event.ambiguous


@lru_cache(maxsize=16384)
def _named_candidates(name: str) -> frozenset[str]:
    """Keys of every city or county whose canonical name folds to `name` (what an ambiguous name may mean)."""
    if not name:
        return frozenset()
    return frozenset(
        p.key
        for n in (name, f"{name} county")
        for p in _candidates(n)
        if p.kind in _NAMED_KINDS and fold(p.name) in (name, f"{name} county")
    )


def _places_exclude(loc: Location, event: EventState) -> bool:
    """Do two resolved places rule each other out, however alike the texts are?

    Two named cities or counties exclude each other unless one could be the other: an ambiguous name
    ("Bergen": Norway, the Netherlands, New Jersey) only meets an event at one of its candidates, never at a
    different, clearly resolved city. A state or country only meets places inside it. Unresolved names,
    unplaced reports and bare spots exclude nothing (their text decides).
    """
    kinds = {loc.kind, event.place_kind}
    if loc.key == event.location_key or not kinds <= {"city", "county", "state", "country"}:
        return False
    if loc.kind in _NAMED_KINDS and event.place_kind in _NAMED_KINDS:
        return event.location_key not in _named_candidates(loc.name) and loc.key not in _named_candidates(
            event.location_name
        )
    if loc.region is None or event.region is None:
        return False
    a, b = loc.region, event.region
    if loc.kind == "country" or event.place_kind == "country":
        return a.split("-")[0] != b.split("-")[0]
    return a != b  # a state and a place (or another state): only inside it


def _text_match_score(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> float | None:
    """Score for joining an event of another place on text alone (see `text_match_threshold`), or None."""
    threshold = settings.text_match_threshold
    if threshold is None or not piece.main or not (weak_location(piece.location) or weak_event(event)):
        return None
    if _places_exclude(piece.location, event):
        return None
    if not _dates_compatible(piece, event, settings):
        return None
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    if text < threshold:
        return None
    hints = _hints(m for i in event.incidents for m in i.members)
    return text * 2 + _figure_affinity(piece.headline_values(), hints) / 4


MAX_PERSONS = 64
MAX_PLACES = 32
# On news-dev (English, dev events) half of `text_match_threshold` (0.1) is met by 84% of same-event pairs and
# 3.6% of pairs of different events (mostly in other countries, which never meet this way).
NAMED_TEXT_FACTOR = 0.5
PERSON_BONUS = 6.0


def related_by_name(piece: Piece, event: EventState) -> bool:
    """Does the report name the event's place, or the event's reports name the report's (same country)?"""
    if not piece.main or piece.location.key == event.location_key:
        return False
    if _country(piece.location.region) != _country(event.region):
        return False
    return event.location_key in piece.named or piece.location.key in event.places


def related_by_level(piece: Piece, event: EventState) -> bool:
    """Is one of them a country or province and the other a place inside it ("South Korea" and Mokpo)?"""
    if not piece.main or piece.location.kind == event.place_kind:
        return False
    if not {piece.location.kind, event.place_kind} & _COARSE_KINDS or piece.location.region is None:
        return False
    return _country(piece.location.region) == _country(event.region)


def _add_places(event: EventState, piece: Piece) -> None:
    """Remember the places a report names (see `EventState.places`)."""
    new = sorted((piece.named | {piece.location.key}) - set(event.places) - {event.location_key})
    event.places = (event.places + new)[:MAX_PLACES]


def _add_persons(event: EventState, fp: Sequence[int]) -> None:
    """Remember the persons an article's text names (see `EventState.persons`)."""
    if len(event.persons) < MAX_PERSONS:
        event.persons = sorted(set(event.persons) | set(persons_of(fp)))[:MAX_PERSONS]


def _person_bridge(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Does the article's main piece name a person the event's reports name, in the same country, at most
    `follow_up_days` before the event and `person_follow_up_days` after it? Then it is a report on that event
    though its place resolved elsewhere (a surname read as a town, a suburb) or it is dated by a later step."""
    if not piece.main or not event.persons or not set(persons_of(piece.fingerprint)) & set(event.persons):
        return False
    a, b = piece.location.region, event.region
    if a is not None and b is not None and a.split("-")[0] != b.split("-")[0]:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return True
    when, first, last = timing
    return (first - when).days <= settings.follow_up_days and (when - last).days <= settings.person_follow_up_days


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


def _event_score(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> float | None:
    if not _harm_compatible(piece, event):
        return None
    if _later_small_toll(piece, event, settings):
        return PERSON_BONUS if _person_bridge(piece, event, settings) else None
    same_day = _has_date(event, piece.date, 0)
    relation = place_relation(piece.location, event, settings.near_km, piece.named if piece.main else ())
    if relation == SAME and piece.location.key == UNPLACED and (piece.date is None or event.start_date is None):
        relation = UNRELATED  # neither a place nor a shared date: only the text can tell
    # Related because one names the other's place, or one is the country of the other: that is evidence
    # already, so less text must agree.
    levels = bool({piece.location.kind, event.place_kind} & _COARSE_KINDS)
    by_name = relation == RELATED and (levels or related_by_name(piece, event))
    hints = _hints(m for i in event.incidents for m in i.members)
    figures = _figure_affinity(piece.headline_values(), hints) / 4 + _counted_on(piece, hints)
    # Naming the event's victim or suspect outweighs any agreement of place and date (another shooting in the
    # same city the same week scores up to ~6 on those).
    named = PERSON_BONUS if _person_bridge(piece, event, settings) else 0.0
    if relation == UNRELATED:
        score = _text_match_score(piece, event, settings, articles)
        if score is None and not _another_towns_report_without_toll(piece, event, hints) and (
            _timeless_report_of_the_disaster(piece, event, articles, hints, across_towns=True)
            or _unplaced_report_of_its_toll(piece, event, articles, hints, settings)
            or _regional_running_toll(piece, event, articles, hints, settings)
            or _provinces_mass_toll(piece, event, articles, hints, settings)
            or _wreck_off_a_nearby_town(piece, event, articles, hints, settings)
        ):
            score = 1.0
        if score is None:
            return named + figures if named else None
        return score + named
    if not _dates_compatible(piece, event, settings):
        if relation == SAME and _follow_up(piece, event, hints, settings, articles):
            return 1.0 + named + figures
        if relation == RELATED and _national_running_toll(piece, event, hints, settings, articles):
            return 1.0 + named + figures
        return named + figures if named else None
    if relation == RELATED and not named and _another_towns_disaster(piece, event, hints, articles):
        return None
    if relation == RELATED and not named and not _corroborated_place(piece, event, hints, settings, articles, by_name):
        return _text_match_score(piece, event, settings, articles)
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    if not named and _another_lone_victim(piece, hints, text, settings) and not (
        _across_the_border(piece.location, event) and _one_disaster_across_the_border(piece, event, articles, settings)
    ):  # (one death across the border from a quake's towns is its share there, not another incident)
        return None
    score = 2.0 if relation == SAME else 0.0
    score += 1.0 if piece.harm == event.harm else 0.0
    if same_day:
        score += 3.0
    elif piece.date is not None and event.start_date is not None and event.end_date is not None:
        gap = max((event.start_date - piece.date).days, (piece.date - event.end_date).days, 0)
        score += 1.0 - gap / (settings.span_days + 1)
    score += figures
    score += text
    return score + named


# Casualties a report of one or two victims gives at most
_LONE_VICTIMS = 2


def _another_lone_victim(
    piece: Piece, hints: Mapping[str, Sequence[int]], text: float, settings: GroupingSettings
) -> bool:
    """Is the piece a report of one or two victims beside a mass-casualty event (`MASS_CASUALTIES` or more hurt)
    of the same place and day, with no figure of its own and no words in common: another shooting in the same
    city that day ("a man shot dead in West Baltimore" beside a block party's 2 dead and 28 wounded)? Place and
    date alone do not make it the event's."""
    values = piece.headline_values()
    hurt = sum(v for m, v in values.items() if m in (KILLED, WOUNDED))
    if not hurt or hurt > _LONE_VICTIMS or text >= settings.follow_up_threshold:
        return False  # (only people missing or arrested: no victim of its own)
    mass = max(hints.get(KILLED, (0,))) + max(hints.get(WOUNDED, (0,)))
    return mass >= MASS_CASUALTIES and not any(v in hints.get(m, ()) for m, v in values.items())


def _follow_up(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece a later report on one of the event's incidents (see `GroupingSettings.follow_up_days`)?"""
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    if when < first:
        return False
    if (when - last).days > settings.follow_up_days:
        late = (when - last).days <= settings.mass_follow_up_days
        return late and _shares_a_mass_figure(piece.headline_values(), hints)
    figures = _figure_affinity(piece.headline_values(), hints)
    running = _running_toll(piece.headline_values(), hints)
    late = (when - last).days <= settings.running_toll_days
    if running and late and piece.location.kind in ("city", "county") and _states_a_toll(piece):
        # "Die Zahl der Toten in Kermanshah ist auf 545 gestiegen" two weeks on: a mass toll at the very town, no
        # smaller than any the event gave, is its later count, in whatever language (its text cannot be compared)
        return True
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    if running and text >= settings.follow_up_min_text and _states_a_toll(piece):
        return True  # "the toll has risen to 1,700": a disaster's later count, not another disaster
    return _follow_up_evidence(figures, text, settings)


def _national_running_toll(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is a report placed only by the event's country ("Brasilien: Zahl der Toten nach Unwettern steigt auf 107")
    or by the province around its town ("din regiunea Attica a ajuns la 82" beside Athens' fire) the running toll
    of the disaster its headline names too: the same kind of disaster in the event's headlines (a shared family,
    in any language), a toll told as a count no smaller than any the event gave, up to `running_toll_days` after
    the event began? A whole country's toll of another kind is not."""
    if not articles:
        return False
    kind = piece.location.kind
    if kind != "country" and not (kind == "province" and piece.location.region == event.region):
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, _last = timing
    if when < first or (when - first).days > settings.running_toll_days:
        return False
    if not (_counts_on_the_event(piece, hints) and _states_a_toll(piece)):
        return False
    own = articles.get(piece.article_id)
    return _shares_a_kind(article_hazards(own) if own is not None else frozenset(), event, articles)


def _counted_on(piece: Piece, hints: Mapping[str, Sequence[int]]) -> float:
    """Figure agreement of a toll told as risen or lowered from the event's mass toll (`counts_on`): the revised
    count of that disaster ("rebaixa a 471" beside a blast's 500) fits it better than another disaster of its
    days (a strike's 13), which plain figures cannot tell (471 is neither)."""
    return _COUNTED_ON if _counts_on_hints(piece, hints) else 0.0


_COUNTED_ON = 0.5


def _counts_on_the_event(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Is the piece's death toll a later count of the event's: a running toll no smaller than any it gave, or,
    when told as lowered, that toll revised down (`counts_on`)? A lowered toll is the revision of the disaster it
    lowers ("Sanitat rebaixa a 471 els morts" beside a blast's 500), not a rise of a smaller one's (a strike's 13)."""
    if how_toll_told(piece) == LOWERED:
        return _counts_on_hints(piece, hints)
    return _running_toll(piece.headline_values(), hints)


# Kinds of disaster whose one event spans a region's towns (lexicon `HAZARD_FAMILIES`): an earthquake, a flood
_REGIONAL_KINDS = frozenset({"quake", "water"})


def _timeless_report_of_the_disaster(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]] | None = None,
    across_towns: bool = False,
) -> bool:
    """Is a report that nothing dates (no date in its text, no publication date) placed in the event's country
    (or nowhere: its block's pull brought it here, see `core.events.blocks`) and about its kind of disaster (a
    shared family, in any language, read in its headline or else its opening: `told_hazards`)? It has no date to
    tell it from another disaster of that kind, and it fits this one: "the toll of the earthquake has passed
    4,000" placed only by Turkey, beside the quake's reports from Kahramanmaraş. Places related to the event's (a
    country and its town, a place one report names) are enough for any kind; with `across_towns`, two towns of
    one country, for disasters that span a region (a quake, a flood), or for any kind when it tells a death toll
    the event's reports give (another town's name for the same collapse), not for an attack on another town."""
    if not piece.main or piece.date is not None or piece.published is not None or not articles:
        return False
    if event.location_key == UNPLACED:
        # The event is placed nowhere (its block's pull brought its reports here): a placed report telling a mass
        # toll meets it as a report placed nowhere meets a placed event, by their kind (whichever came first in the
        # block's order); a few dead at a town are as likely another disaster there.
        killed = piece.headline_values().get(KILLED)
        if killed is None or killed < MASS_CASUALTIES:
            return False
        return _shares_a_kind(_told_kinds(piece, articles), event, articles)
    country = _country(piece.location.region)
    abroad = country is not None and country != _country(event.region)
    across = country is not None and abroad and _told_across_its_border(piece, event, articles, country)
    if abroad and not across and not _names_the_events_country(piece, event):
        return False  # (a report of the quake "in Turkey and Syria" placed in the second may be the first's)
    if hints is None:
        hints = _hints(m for i in event.incidents for m in i.members)
    if not across and _another_places_smaller_toll(piece, event, hints):
        # (across the border, naming the storm a report tells of both countries: a smaller toll is its country's
        # share of the disaster's, "six in West Bengal" beside Bangladesh's 16)
        return False
    kinds = _told_kinds(piece, articles)
    if across_towns and country is not None and not _tells_their_toll(piece, hints):
        kinds &= _REGIONAL_KINDS
    return _shares_a_kind(kinds, event, articles)


def _another_places_smaller_toll(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does a report with no date tell, at a town or province the event's reports do not name and naming none of
    theirs, a death toll smaller than theirs and none of them ("a landslide in Franco da Rocha killed 18" beside
    Petrópolis's 94 to 204)? Nothing dates it, so its kind is all that ties it to the disaster; another place's
    smaller toll of that kind is as likely another disaster there, of another year. A report of the disaster's
    place, one counting on its toll (no smaller: a later count), or one of a national disaster's toll (hundreds
    dead: an earlier count), still joins."""
    if piece.location.kind in _COARSE_KINDS or piece.location.key == UNPLACED:
        return False
    theirs = {event.location_key, *event.places}
    if piece.location.key in theirs or any(k in theirs for k in piece.named if not k.startswith("country:")):
        return False
    killed = piece.headline_values().get(KILLED)
    known = hints.get(KILLED, ())
    if killed is None or killed >= _NATIONAL_DISASTER or not known:
        return False  # (hundreds dead of one kind of disaster in one country: an earlier count of this one)
    return killed not in known and killed < max(known)


# A death toll this large is one of a country's rare disasters: two reports of one kind telling such tolls in one
# country, with nothing to date either, are counts of one (a quake's 3,549 at one town and its 35,000 at another).
_NATIONAL_DISASTER = 100


def _told_across_its_border(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts], country: str
) -> bool:
    """Does the piece name a storm (or a victim) the event's reports name, one of them telling the disaster of the
    piece's country with others (`told_joint`: "Idai's toll in Mozambique and Zimbabwe" beside an undated
    "Zimbabwe: Cyclone Idai kills 31")?"""
    if not set(persons_of(piece.fingerprint)) & set(event.persons):
        return False
    members = (articles.get(a) for a in event.article_ids)
    return any(m is not None and country in told_joint(m) for m in members)


def _names_the_events_country(piece: Piece, event: EventState) -> bool:
    """Does the piece's report name the event's country, its place, or a place its reports name?"""
    if f"country:{_country(event.region)}" in piece.named or event.location_key in piece.named:
        return True
    return any(k in event.places for k in piece.named if not k.startswith("country:"))


def _unplaced_report_of_its_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report placed nowhere (its block's pull brought it here: `core.events.blocks`), dated within the
    event's days, telling its kind of disaster and one of its very mass tolls? A village in a script the
    gazetteer does not hold ("तनहुँको आँबुखैरेनी गाउँपालिकामा ... २७") leaves it only those to go by. The same holds
    the other way round: a placed report meeting such a report's event (it came first)."""
    if not piece.main or not articles or (piece.location.key == UNPLACED) == (event.location_key == UNPLACED):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES:
        return False
    # a later count of the toll, told risen or lowered from the event's (whichever of the two is placed nowhere)
    counted_on = _counts_on_hints(piece, hints)
    if killed not in hints.get(KILLED, ()) and not counted_on:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    if not add_days(first, -settings.span_days) <= when <= add_days(last, settings.span_days):
        return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def _regional_running_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report from a town of the event's country, within `regional_reach_km` of its town or in its province or
    country, the running toll of a quake or a flood the event tells: its death toll a count no smaller than any
    the event gave, undated or of the event's days, published up to `running_toll_days` after it began? Such a
    disaster strikes a region's towns, and its toll is told from any of them ("In Amizmiz, ... the official death
    toll now stands at 2,862" beside the quake's reports placed in Marrakesh; "Kahramanmaraş merkezli
    depremlerde can kaybı 3.549'a yükseldi" beside "struck southern Turkey"); an attack's is told of its own
    town."""
    if not piece.main or not articles or piece.location.kind not in ("city", "county"):
        return False
    running = _running_toll(piece.headline_values(), hints) or _risen_to_a_mass_toll(piece, hints)
    if not (running and _states_a_toll(piece)):
        return False  # (a flood's first counts are small: "risen to ten" beside two and three dead)
    if event.place_kind in ("city", "county"):
        km = _distance_km(piece.location.key, event.location_key)
        if km is None or km > regional_reach_km(max(hints.get(KILLED, (0,)))):
            return False
    elif event.place_kind not in ("country", "province") or _country(event.region) != _country(piece.location.region):
        return False
    when = piece.date or piece.published
    began = event.start_date or event.published_from
    if when is None or began is None:
        return False
    if piece.date is not None and event.start_date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not add_days(began, -settings.report_lag_days) <= when <= add_days(began, settings.running_toll_days):
        return False  # (one of them undated: the days it may have happened in)
    return _shares_a_kind(_told_kinds(piece, articles) & _REGIONAL_KINDS, event, articles)


def _provinces_mass_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report from another town of the event's province telling its kind of disaster and one of its very
    mass tolls in its days, or a later count of it (a larger toll, or one told as revised down from its)? Attacks on
    two towns of one province in one evening are one event, and a report from its capital gives the toll "across
    the region"; a train crash's toll is told from the town its hurt were taken to and from the state's capital
    ("261 dead" at Cuttack, "revised down to 275" at Bhubaneswar, beside Balasore's 233 and 288). No other
    disaster of that kind there gives such a toll those days."""
    if not piece.main or not articles or piece.location.kind not in ("city", "county"):
        return False
    region = piece.location.region
    if region is None or "-" not in region or region != event.region or event.place_kind not in ("city", "county"):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES:
        return False
    if killed not in hints.get(KILLED, ()) and not _counts_on_the_event(piece, hints):
        return False
    if piece.date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not _published_in_its_days(piece, event):
        return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def _wreck_off_a_nearby_town(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report of an airliner's or a ship's loss placed at a town within `_WRECK_REACH_KM` of the event's town,
    of its country, telling the very mass toll its reports give in its days? One report places the crash at the
    city the plane left ("crashed into the sea after take-off from Jakarta"), another at the coast it fell off
    ("jatuh di perairan Karawang", some 50 km away), in another province: a wreck lies where its journey ended, not
    at one town; no other loss of that kind with that toll there those days."""
    if not piece.main or not articles or piece.location.kind != "city" or event.place_kind != "city":
        return False
    if _country(piece.location.region) != _country(event.region):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES or killed not in hints.get(KILLED, ()):
        return False
    km = _distance_km(piece.location.key, event.location_key)
    if km is None or km > _WRECK_REACH_KM:
        return False
    if piece.date is not None and event.start_date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not _published_in_its_days(piece, event):
        return False
    return _shares_a_kind(_told_kinds(piece, articles) & _WRECK_KINDS, event, articles)


def _published_in_its_days(piece: Piece, event: EventState) -> bool:
    """A report dating nothing is of the event's days when published within them or by the day after next."""
    timing = _timing(piece, event)
    return timing is not None and timing[1] <= timing[0] <= add_days(timing[2], _NEXT_DAYS_REPORT)


# Kinds of disaster whose wreck lies away from the towns its reports name (lexicon `HAZARD_FAMILIES`), and how far
_WRECK_KINDS = frozenset({"air", "ship"})
_WRECK_REACH_KM = 100.0


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


def _shares_a_kind(
    kinds: frozenset[str], event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
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


def _follow_up_evidence(figures: float, text: float, settings: GroupingSettings) -> bool:
    if figures >= settings.follow_up_figures and text >= settings.follow_up_min_text:
        return True
    return text >= settings.follow_up_threshold and figures >= 0


def _corroborated_place(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
    by_name: bool = False,
) -> bool:
    """Related places (see `place_relation`) share an event when the piece's date is one of the event's
    (within `date_slack_days`) and, for two towns, the figures agree; or when the texts are alike (half as
    alike `by_name`: when one report names the other's place, in the same country)."""
    threshold = settings.text_match_threshold
    if threshold is not None and by_name:
        threshold = threshold * NAMED_TEXT_FACTOR
    if threshold is not None and _text_affinity(piece, event, articles, settings.similarity_sample) >= threshold:
        return True
    if (piece.date is None or event.start_date is None) and _shares_a_mass_figure(piece.headline_values(), hints):
        # An undated report of a related place (its country, a town beside it), or the other way round, repeating
        # a mass toll one of the event's reports gives (its words may be another language's: text cannot tell)
        return True
    if _running_count_published_within(piece, event, hints, settings) or _timeless_toll_update(piece, event, hints):
        return True
    if _national_running_toll(piece, event, hints, settings, articles):
        return True
    if _regional_running_toll(piece, event, articles, hints, settings):
        return True
    if _timeless_report_of_the_disaster(piece, event, articles, hints):
        return True
    if _one_disaster_across_the_border(piece, event, articles, settings):
        return True
    if not _has_date(event, piece.date, settings.date_slack_days):
        return False
    if piece.location.kind == "city" == event.place_kind:
        # Two towns: the figures agree, or the piece tells a mass toll no smaller than any the event gave, its
        # running count ("TEGUCIGALPA - La cifra de muertas en la cárcel de Támara subió a 46" beside Támara's 41)
        values = piece.headline_values()
        return _figure_affinity(values, hints) > 0 or _running_toll(values, hints)
    return True


def _one_disaster_across_the_border(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, settings: GroupingSettings
) -> bool:
    """In the block of a disaster that crossed a border (`core.events.blocks._joint_block`), a report of its kind
    of disaster, and on one side a report naming the countries together as its scene ("Hochwasser in Polen und
    Tschechien: mindestens sieben Tote" beside "floods killed four in the Klodzko area"): the whole disaster's
    count and a place's, or a country's, of it. Their figures need not agree (the whole's are larger, and they
    run on); their days must: a piece's own date within `date_slack_days` of the event's, a report no date of
    its own dates published while the event runs (a flash flood of its own day two weeks on is another)."""
    if "+" not in event.block or not articles or (own := articles.get(piece.article_id)) is None:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    reach = settings.date_slack_days if piece.date is not None else settings.report_lag_days
    if not add_days(first, -settings.date_slack_days) <= when <= add_days(last, reach):
        return False
    joint = frozenset(event.block.split("+"))
    kinds = _told_kinds(piece, articles) & CROSSING_KINDS
    if not _shares_a_kind(kinds, event, articles):
        return False
    if len(told_joint(own) & joint) >= 2:
        return True
    if piece.date is None and not _no_smaller_toll(piece, _hints(m for i in event.incidents for m in i.members)):
        return False  # published later with a smaller toll of its own: another flood, not this one's count
    members = (articles.get(a) for a in event.article_ids)
    return any(m is not None and len(told_joint(m) & joint) >= 2 for m in members)


def _no_smaller_toll(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece tell a death toll no smaller than any its event's reports gave (a later count of it; unlike
    `_running_toll`, of any size)?"""
    killed = piece.headline_values().get(KILLED)
    return killed is not None and killed > 0 and killed >= max(hints.get(KILLED, ()), default=0)


def _timeless_toll_update(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """A report with no date and no publication date at a town or province related to the event's, telling its
    death toll as risen to a mass toll no smaller than any the event gave ("the number of dead in the landslide
    in Kerala has risen to 52" beside "the toll from the landslide in Idukki district rose to 47"): that
    disaster's later count. Nothing dates it elsewhere; the update says it counts on from an earlier figure. Both
    in one province: a larger toll of the province is no count of a smaller disaster in another's town."""
    if piece.date is not None or piece.published is not None or piece.location.kind not in _TOWN_OR_PROVINCE:
        return False
    if piece.location.region is None or piece.location.region != event.region:
        return False
    killed = piece.headline_values().get(KILLED)
    earlier = hints.get(KILLED, ())
    if killed is None or killed < MASS_CASUALTIES or not earlier or killed < max(earlier):
        return False  # (the event's own toll may be smaller than a mass toll: "five dead" before "risen to 16")
    return any(c.metric == KILLED and c.value == killed and c.update for _, c in piece.claims)


_TOWN_OR_PROVINCE = ("city", "county", "province")


def _running_count_published_within(
    piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]], settings: GroupingSettings
) -> bool:
    """A report with no date of its own, published while the event runs (up to `report_lag_days` after its last
    incident), at a town, province or county related to the event's (a neighbour, the province around it), giving
    a mass toll no smaller than any the event gave: its running count ("Wildfires around Vina del Mar have killed
    64, the president said on Saturday" beside "51 muertos en la región de Valparaíso"). A whole country's is not
    (several disasters may run in one country at once)."""
    timing = _timing(piece, event)  # an event no report dates runs while its reports are published
    if piece.date is not None or piece.published is None or timing is None:
        return False
    if piece.location.kind not in ("city", "county", "province") or event.place_kind == "country":
        return False
    published, first, last = timing
    return (
        published >= first
        and (published - last).days <= settings.report_lag_days
        and (_running_toll(piece.headline_values(), hints) or _risen_to_a_mass_toll(piece, hints))
    )


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


def _another_towns_disaster(
    piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]], articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is a report that nothing dates, of a town, another town's disaster beside an event of a related place whose
    reports it does not name: a death toll under a third of every toll the event's reports gave, the event being
    another town's or a country's or province's whose reports name other towns ("Kazakhstan's mine fire toll rises
    to 44, at a mine near Temirtau" beside "four miners killed in a fire in Saran"; a cargo plane's 18 in a town
    beside an airliner's 71 at the city nearby), or, beside another town's event, a toll over three times its
    largest, not told as risen (the airliner's 71 beside the cargo plane's 18 that came first)? The level or the
    nearness the towns share is no proof, and nothing dates either (the mirror of
    `core.events.assign._event_its_toll_counts`, when the coarse report came first). A town's first count beside
    a province's report naming no town still joins (6 dead, then the province's 45); so does a town the event's
    reports name, and any town's share of a quake, a flood or attacks (a region's toll sums its towns')."""
    if not piece.main or piece.location.kind != "city" or piece.date is not None or piece.published is not None:
        return False
    towns = {k for k in event.places if k.startswith("city:")}
    if event.place_kind == "city":
        towns = ({event.location_key} | towns) - {piece.location.key}
    elif event.place_kind not in _COARSE_KINDS or piece.location.key in towns:
        return False
    if not towns or towns & set(piece.named):
        return False
    killed = piece.headline_values().get(KILLED)
    known = [v for v in hints.get(KILLED, ()) if v > 0]
    if killed is None or not known:
        return False
    smaller = killed * FAR_TOLL_RATIO < min(known)
    larger = event.place_kind == "city" and killed > FAR_TOLL_RATIO * max(known) and how_toll_told(piece) != RISEN
    return (smaller or larger) and not _told_kinds(piece, articles or {}) & (_REGIONAL_KINDS | {"attack"})


def _another_towns_report_without_toll(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Is a report that nothing dates, of a town of its own, beside another town's event that none of its reports
    placed at that town, one side giving no casualty figure (damaged houses, nobody known hurt)? With neither a
    date nor two tolls to compare, only its place can tell which disaster it is, and its place is another: a
    quake that shook a town of the province a fortnight after the deadly one ("felt as far as Cianjur", it says)
    is its own, whichever came first. Naming the event's town is no proof (a later quake is felt where the
    earlier one struck)."""
    if not piece.main or piece.location.kind != "city" or piece.date is not None or piece.published is not None:
        return False
    if event.place_kind != "city" or event.location_key == piece.location.key or piece.location.key in event.places:
        return False
    values = piece.headline_values()
    casualties = (KILLED, WOUNDED, MISSING)
    told = any(values.get(m) for m in casualties)
    return not (told and any(v > 0 for m in casualties for v in hints.get(m, ())))


# Days between a first alert's publication and the start of the event it announces
_ALERT_DAYS = 1


def first_alert_of(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Is a report with no figure, published the day a mass-casualty event (`MASS_CASUALTIES` or more dead and
    hurt) of its very town began (or the day before or after), and telling its kind of disaster, that event's
    first alert ("reports of an active shooter at a grocery store, multiple casualties")? Its words are the
    breaking news', not the later reports' (victims, a suspect), so text alone would leave it out."""
    loc = piece.location
    if loc.kind != "city" or loc.ambiguous or loc.key != event.location_key or event.ambiguous:
        return False
    start = event.start_date or event.published_from
    if piece.published is None or start is None or abs((piece.published - start).days) > _ALERT_DAYS:
        return False
    hints = _hints(m for i in event.incidents for m in i.members)
    if max(hints.get(KILLED, (0,))) + max(hints.get(WOUNDED, (0,))) < MASS_CASUALTIES:
        return False
    own = articles.get(piece.article_id) if articles else None
    return own is not None and _shares_a_kind(told_hazards(own), event, articles)
