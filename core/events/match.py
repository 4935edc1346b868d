"""Choosing an event for a piece: place relation, dates, figures, text and named persons."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from functools import lru_cache

from core.dates import add_days
from core.events.evidence import (
    _COARSE_KINDS,
    _REGIONAL_KINDS,
    MASS_CASUALTIES,
    NEAR_TOLL_RATIO,
    _country,
    _counts_on_hints,
    _figure_affinity,
    _has_date,
    _in_its_span,
    _running_toll,
    _shares_a_kind,
    _shares_a_mass_figure,
    _states_a_toll,
    _timing,
    _told_kinds,
    event_hints,
    how_toll_told,
    most_victims,
)
from core.events.far_reports import (
    _NATIONAL_DISASTER,
    _another_towns_disaster,
    _another_towns_report_without_toll,
    _national_running_toll,
    _one_disaster_across_the_border,
    _provinces_mass_toll,
    _regional_running_toll,
    _running_count_published_within,
    _timeless_report_of_the_disaster,
    _timeless_toll_update,
    _unplaced_report_of_its_toll,
    _wreck_off_a_nearby_town,
    its_look_back_placed_nowhere,
    look_back_naming_its_year,
)
from core.events.figure_steps import its_dead_told_in_its_days, stepped_affinity
from core.events.hazards import event_told_hazards, told_hazards
from core.events.hurt_counts import joins_on_its_hurt_count
from core.events.local_detail import event_country, joins_at_its_very_tolls, names_the_events_town
from core.events.look_back_signs import joins_on_its_sign, names_another_day
from core.events.lookback import joins_on_its_day
from core.events.named_times import within_named_time
from core.events.named_towns import joins_the_town_it_names
from core.events.pieces import (
    Piece,
    article_pieces,
    article_tells_uncounted_hurt,
    membership_piece,
    told_looks_back,
)
from core.events.rising_tolls import a_stage_of_its_toll
from core.events.spread_events import further_along_its_disaster, its_lost_counted_again, its_very_toll_that_day
from core.events.state import OTHER, EventState, GroupingSettings
from core.events.toll_bands import a_later_band_of_its_toll
from core.models import KILLED, WOUNDED, ArticleFacts, Role
from core.places.gazetteer import fold
from core.places.location import _NAMED_KINDS, SPOT_ONLY, UNPLACED, Location, _candidates, spot_tokens
from core.places.nearby import _distance_km, in_another_province
from core.similarity import copy_similarity, names_similarity, persons_of, shared_persons, topic_similarity

SAME, RELATED, UNRELATED = "same", "related", "unrelated"
_NESTING_KINDS = frozenset({"city", "county", "state"})


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
    if names_the_events_town(a.key, a.kind, event.location_name, event.place_kind) or names_the_events_town(
        event.location_key, event.place_kind, a.name, a.kind
    ):
        return SAME  # (an unresolved name that is the event's town's: `core.events.local_detail`)
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
    """Dates the piece's incident may fall on: its date, or the `report_lag_days` before publication, within the
    time its lead names (`core.events.named_times`)."""
    if piece.date is not None:
        return piece.date, piece.date
    if piece.published is not None:
        return within_named_time((add_days(piece.published, -settings.report_lag_days), piece.published), piece)
    return piece.named_time


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
    most = max(event_hints(event).get(KILLED, ()), default=0)
    return most >= MASS_CASUALTIES and killed * 10 < most


def _mass_event(event: EventState) -> bool:
    """Did one of the event's reports give a mass toll (`MASS_CASUALTIES` dead or more)?"""
    return max(event_hints(event).get(KILLED, ()), default=0) >= MASS_CASUALTIES


def _harm_compatible(piece: Piece, event: EventState) -> bool:
    return piece.harm == event.harm or piece.harm == OTHER or event.harm == OTHER


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


# (a sea, strait or gulf, `core.places.seas`: coarse as a country, above those it washes)
_WEAK_KINDS = (UNPLACED, "name", SPOT_ONLY, "state", "country", "sea")


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
    hints = event_hints(event)
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
    if _country(piece.location.region) != event_country(event):
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


def _event_score(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> float | None:
    if not _harm_compatible(piece, event) or names_another_day(piece, event, articles):
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
    hints = event_hints(event)
    figures = stepped_affinity(piece.headline_values(), event) / 4 + _counted_on(piece, hints)
    # Naming the event's victim or suspect outweighs any agreement of place and date (another shooting in the
    # same city the same week scores up to ~6 on those).
    named = PERSON_BONUS if _person_bridge(piece, event, settings) else 0.0
    if relation == UNRELATED:
        score = _text_match_score(piece, event, settings, articles)
        if (
            score is None
            and not _another_towns_report_without_toll(piece, event, hints)
            and not a_smaller_toll_placed_nowhere_apart(piece, event, articles, hints, settings)
            and (
                _timeless_report_of_the_disaster(piece, event, articles, hints, across_towns=True)
                or _unplaced_report_of_its_toll(piece, event, articles, hints, settings)
                or _regional_running_toll(piece, event, articles, hints, settings)
                or _provinces_mass_toll(piece, event, articles, hints, settings)
                or _wreck_off_a_nearby_town(piece, event, articles, hints, settings)
                or _toll_told_of_no_kind(piece, event, articles, hints, settings)
                or its_look_back_placed_nowhere(piece, event, articles, hints, settings)
                or _looks_back_at_its_day(piece, event, articles, hints)
                or joins_on_its_sign(piece, event, articles, hints, _country(piece.location.region))
                or joins_the_town_it_names(piece, event, hints)
                or a_later_band_of_its_toll(piece, event, articles, hints, settings)
                or joins_at_its_very_tolls(piece, event, hints)
                or further_along_its_disaster(piece, event, articles, hints, settings)
                or its_very_toll_that_day(piece, event, articles, hints)
                or its_lost_counted_again(piece, event, articles, settings)
                or joins_on_its_hurt_count(
                    piece, event, articles, hints, settings, _places_exclude(piece.location, event)
                )
            )
        ):
            score = 1.0
        if score is None and _names_its_venue(piece, event, settings):
            score = 1.0 + max(figures, 0.0)
        if score is None:
            return named + figures if named else None
        return score + named
    if not _dates_compatible(piece, event, settings):
        if joins_on_its_sign(piece, event, articles, hints, _country(piece.location.region)):
            return 1.0 + named + figures  # (a look-back naming its event's days: `core.events.look_back_signs`)
        if relation == SAME and (
            _follow_up(piece, event, hints, settings, articles)
            or look_back_naming_its_year(piece, event, hints, articles)
        ):
            return 1.0 + named + figures
        if relation == RELATED and _national_running_toll(piece, event, hints, settings, articles):
            return 1.0 + named + figures
        if a_later_band_of_its_toll(piece, event, articles, hints, settings):
            return 1.0 + named + figures  # (its toll counted, or revised, weeks on: `core.events.toll_bands`)
        if its_look_back_placed_nowhere(piece, event, articles, hints, settings):
            return 1.0 + named + figures
        return named + figures if named else None
    if relation == RELATED and not named and _another_towns_disaster(piece, event, hints, articles):
        return None
    if relation == RELATED and not named and not _corroborated_place(piece, event, hints, settings, articles, by_name):
        return _text_match_score(piece, event, settings, articles)
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    if (
        not named
        and _another_lone_victim(piece, hints, text, settings)
        and not _tells_others_hurt(piece, articles)
        and not (
            _across_the_border(piece.location, event)
            and _one_disaster_across_the_border(piece, event, articles, settings)
        )
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


def _looks_back_at_its_day(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, hints: Mapping[str, Sequence[int]]
) -> bool:
    """Is the piece's report, placed nowhere, a look back at this event's day (`core.events.lookback`)?"""
    own = articles.get(piece.article_id) if articles else None
    return own is not None and joins_on_its_day(piece, event, articles, hints, told_looks_back(own))


def a_smaller_toll_placed_nowhere_apart(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report that nothing places or dates a death toll smaller than the event's largest and none of its
    counts (under `_NATIONAL_DISASTER`), of a disaster that strikes one spot (not a quake's or a flood's,
    `_REGIONAL_KINDS`), in hardly any of the event's words (below half `text_match_threshold`: another venue,
    another story)? Its kind is all it shares with the event: a nightclub's fire of 17 dead beside a market's fire
    of 88 in one city is another fire, months apart. An early count of the event names its venue and its words,
    and a count told as risen, in whatever language, goes on a growing toll: both still join."""
    if piece.location.key != UNPLACED or piece.date is not None or piece.published is not None or not articles:
        return False
    killed = piece.headline_values().get(KILLED)
    known = hints.get(KILLED, ())
    if killed is None or not known or killed in known or killed >= min(max(known), _NATIONAL_DISASTER):
        return False
    if how_toll_told(piece):
        return False  # (a toll told as risen or lowered is a count on the way: "the toll has risen to 38")
    own = articles.get(piece.article_id)
    if own is None or told_hazards(own) & _REGIONAL_KINDS:
        return False
    if any(k & _REGIONAL_KINDS for k in event_told_hazards(event, articles)):
        return False
    threshold = settings.text_match_threshold
    return threshold is not None and _text_affinity(piece, event, articles, settings.similarity_sample) < threshold / 2


def _names_its_venue(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Is a report placed nowhere, naming only the venue ("the five people killed at Club Q"), a report of the
    event one of whose reports named that venue at its town: its date one of the event's (or, undated, published
    in days the event may span), its figures agreeing more than not? A venue's name is finer than a town's."""
    if piece.location.key != UNPLACED:
        return False
    words = spot_tokens(piece.spot)
    if not words or not any(words & spot_tokens(m.spot) for i in event.incidents for m in i.members):
        return False
    if piece.date is not None:
        in_its_days = _has_date(event, piece.date, settings.date_slack_days)
    else:
        in_its_days = _dates_compatible(piece, event, settings)
    hints = event_hints(event)
    return in_its_days and _figure_affinity(piece.headline_values(), hints) > 0


def _toll_told_of_no_kind(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is one of a report placed nowhere (its block's pull brought it here: `core.events.blocks`) and the event a
    list of the other's victims ("The 12 people killed at the Borderline included ..."), which names neither a town
    nor what killed them: its very mass toll, in its days, telling no kind of disaster at all, a few of its words
    the other's (half `text_match_threshold`)? Either may have come first."""
    nowhere = _placed_nowhere(piece.location.key, piece.location.region)
    if not piece.main or not articles or nowhere == _placed_nowhere(event.location_key, event.region):
        return False
    killed = piece.headline_values().get(KILLED)
    threshold = settings.text_match_threshold
    if killed is None or killed < MASS_CASUALTIES or killed not in hints.get(KILLED, ()) or threshold is None:
        return False
    if not _in_its_span(piece, event, settings.span_days):
        return False
    told = _told_kinds(piece, articles) if nowhere else any(event_told_hazards(event, articles))
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    return not told and text >= threshold * NAMED_TEXT_FACTOR


def _placed_nowhere(key: str, region: str | None) -> bool:
    """Is a place no place (unplaced, or a name the gazetteer does not know: `name:brooke`), whose report's block
    is `unplaced` (`core.events.blocks.block_of_location`)?"""
    return key == UNPLACED or region is None


_HURT = (KILLED, WOUNDED)


def recounts_it_as_another(piece: Piece, article: ArticleFacts, event: EventState, settings: GroupingSettings) -> bool:
    """Does the piece's report recount the event's toll as another, earlier one (a background figure: "the shooting
    came five days after a gunman killed five people at a downtown bank"), while it tells an incident of another
    day (beyond `date_slack_days` of every one of the event's) whose figures share none of the event's and whose
    count of that harm is smaller? A report tells its own incident and, in passing, the one it follows: it is not a
    report of that one, however near its place and days."""
    if piece.date is None or _has_date(event, piece.date, settings.date_slack_days):
        return False
    hints = event_hints(event)
    values = piece.headline_values()
    recounted = any(
        c.role == Role.BACKGROUND
        and c.metric in _HURT
        and c.value > 1
        and c.value in hints.get(c.metric, ())
        and values.get(c.metric, 0) < c.value
        for c in article.claims
    )
    return recounted and any(m in _HURT for m in values) and not any(v in hints.get(m, ()) for m, v in values.items())


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
    mass = most_victims(hints)
    return mass >= MASS_CASUALTIES and not shares_a_victim_count(values, hints)


def _tells_others_hurt(piece: Piece, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does the piece's report tell others hurt without a count ("two officers killed and several others
    wounded")? Then it is no report of a lone victim or two: an early report of the event's victims."""
    own = articles.get(piece.article_id) if articles else None
    return own is not None and article_tells_uncounted_hurt(own)


def shares_a_victim_count(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Does a report give one of the event's counts of the dead or the wounded? Only those tell the same victims: a
    count of people shot is of either (one man "shot and killed" in a lone report; a sergeant "shot several times"
    among a mass shooting's wounded), so sharing the number one there tells nothing."""
    return any(v in hints.get(m, ()) for m, v in values.items() if m in _HURT)


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
        values = piece.headline_values()
        return late and (_shares_a_mass_figure(values, hints) or _its_anniversary_toll(when, event, values, hints))
    figures = stepped_affinity(piece.headline_values(), event)
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


def _its_anniversary_toll(
    when: date, event: EventState, values: Mapping[str, int], hints: Mapping[str, Sequence[int]]
) -> bool:
    """Is a report of the event's place dated on the anniversary of one of its days (a year or more on, the same
    day of the year, give or take a day), telling a mass toll near the largest its reports gave (`NEAR_TOLL_RATIO`)?
    A year on, the disaster is told with its final count ("192 died", where the first days counted 126 and 133),
    which need not be any of the early ones."""
    killed = values.get(KILLED)
    earlier = [v for v in hints.get(KILLED, ()) if v >= MASS_CASUALTIES]
    if killed is None or killed < MASS_CASUALTIES or not earlier:
        return False
    if not max(earlier) / NEAR_TOLL_RATIO <= killed <= max(earlier) * NEAR_TOLL_RATIO:
        return False
    days = {d for inc in event.incidents if (d := inc.date) is not None}
    return any(when.year > d.year and _same_day_of_year(when, d) for d in days)


def _same_day_of_year(one: date, two: date) -> bool:
    """Are two dates a whole number of years apart, give or take a day?"""
    try:
        there = two.replace(year=one.year)
    except ValueError:  # (the 29th of February)
        there = two.replace(year=one.year, day=28)
    return abs((one - there).days) <= 1


def _counted_on(piece: Piece, hints: Mapping[str, Sequence[int]]) -> float:
    """Figure agreement of a toll told as risen or lowered from the event's mass toll (`counts_on`): the revised
    count of that disaster ("rebaixa a 471" beside a blast's 500) fits it better than another disaster of its
    days (a strike's 13), which plain figures cannot tell (471 is neither)."""
    return _COUNTED_ON if _counts_on_hints(piece, hints) else 0.0


_COUNTED_ON = 0.5


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
    if joins_on_its_hurt_count(piece, event, articles, hints, settings, places_exclude=False):
        return True  # (nobody dead: the very count of the hurt, as a toll: `core.events.hurt_counts`)
    if its_dead_told_in_its_days(piece, event, settings.date_slack_days):
        return True
    if _running_count_published_within(piece, event, hints, settings) or _timeless_toll_update(piece, event, hints):
        return True
    if _national_running_toll(piece, event, hints, settings, articles):
        return True
    if a_stage_of_its_toll(piece, event, articles, hints):
        return True  # (a later count of its toll in its first days, placed a level apart: `core.events.rising_tolls`)
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
        return stepped_affinity(values, event) > 0 or _running_toll(values, hints)
    return True


# Days between a first alert's publication and the start of the event it announces
_ALERT_DAYS = 1


def first_alert_of(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Is a report with no figure, published the day a mass-casualty event (`MASS_CASUALTIES` or more dead and
    hurt) of its place began (or the day before or after), no later than any of its reports, and telling its kind
    of disaster, that event's first alert ("reports of an active shooter at a grocery store, multiple casualties")?
    Its words are the breaking news', not the later reports' (victims, a suspect), so text alone would leave it
    out. Its place is the event's at some level (`_alerts_its_place`): the first word of bombs on trains comes from
    the capital, and the event may be keyed at a town of its province where a train blew up."""
    if not _alerts_its_place(piece, event):
        return False
    start = event.start_date or event.published_from
    if piece.published is None or start is None or abs((piece.published - start).days) > _ALERT_DAYS:
        return False
    if event.published_from is not None and piece.published > event.published_from:
        return False  # (an alert comes first: one told after the event's reports is no first word of it)
    hints = event_hints(event)
    if most_victims(hints) < MASS_CASUALTIES:
        return False
    own = articles.get(piece.article_id) if articles else None
    return own is not None and _shares_a_kind(told_hazards(own), event, articles)


def _alerts_its_place(piece: Piece, event: EventState) -> bool:
    """Is a first alert's town the event's place at some level: its very town, or a town the event's reports are
    placed at or name, or the other way round (the capital the first word came from and the town of its province
    where the event's reports are keyed, both named by them)? Never a place two readings share (ambiguous)."""
    loc = piece.location
    if loc.kind != "city" or loc.ambiguous or event.ambiguous:
        return False
    return loc.key == event.location_key or related_by_name(piece, event)
