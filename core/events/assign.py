"""Public entry points: assign an article to events, remove it, warm up the caches."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from core.dates import add_days
from core.events.decoys import (
    a_days_other_incident_bridged,
    another_days_incident,
    recounted_as_another,
    set_apart_from_it,
    told_as_the_later_one,
)
from core.events.evidence import (
    _COARSE_KINDS,
    _REGIONAL_KINDS,
    FAR_TOLL_RATIO,
    MASS_CASUALTIES,
    NEAR_TOLL_RATIO,
    _country,
    _has_date,
    _hints,
    _in_its_span,
    coarse_undated_toll,
    event_hints,
    how_toll_told,
    most_victims,
    one_recalls_the_other,
    recalled_beside_its_own,
    recalls_its_dead_apart,
    toll_gap,
)
from core.events.far_reports import (
    _timeless_report_of_the_disaster,
    _unplaced_report_of_its_toll,
    its_toll_risen_at_its_town,
)
from core.events.first_alerts import sole_alerted_event, told_days_after
from core.events.hazards import (
    article_hazards,
    event_hazards,
    event_told_hazards,
    hazards_exclude,
    headline_hazards,
    told_hazards,
)
from core.events.incidents import _copy, _Fingerprints, _fingerprints, _new_event, _regroup
from core.events.lone_victims_before import lone_victims_told_before
from core.events.look_back_signs import joins_on_its_sign
from core.events.match import (
    MAX_PERSONS,
    MAX_PLACES,
    _add_persons,
    _add_places,
    _event_score,
    _harm_compatible,
    _person_bridge,
    _text_affinity,
    a_smaller_toll_placed_nowhere_apart,
    first_alert_of,
    nothing_dates,
    recounts_it_as_another,
    related_by_level,
    related_by_name,
    shares_a_victim_count,
    text_similarity,
)
from core.events.occurrences import TOLL_OF_ITS_DAY_KINDS, another_occurrence, events_it_may_tell
from core.events.period_tolls import apart_as_period_and_incident, period_event_for
from core.events.pieces import Piece, article_pieces, membership_piece, told_joint, told_lead_years
from core.events.regions_apart import in_another_region
from core.events.state import EventState, GroupingSettings
from core.headline import SHOT
from core.models import KILLED, WOUNDED, ArticleFacts, Role
from core.named_events import countries_naming_storms_twice
from core.places.location import UNPLACED
from core.similarity import copy_similarity, named_events_of, persons_of, topic_similarity

# ---------------------------------------------------------------------------------------------------------
# Public entry points


def assign_article(
    article: ArticleFacts,
    candidates: Sequence[EventState],
    *,
    new_id: Callable[[], str],
    settings: GroupingSettings | None = None,
    articles: Mapping[str, ArticleFacts] | None = None,
) -> list[EventState]:
    """Group one article's claims into events; returns every event that changed or was created.

    `candidates` are the events indexed under `candidate_keys(article)`. `articles` (optional) maps member
    article ids to their facts; it only adds text similarity (fingerprints) to the scoring, since each member's
    headline values, date and spot are kept in the state. Existing events keep their ids.

    Idempotent: an article that is already a member of any candidate changes nothing (re-processing after a
    worker crash must not double count). To re-group an article whose claims changed, `remove_article` first.

    When the article's main piece names a person (victim, suspect) that another candidate event's reports name,
    that event is merged into this one: the bigger keeps its id, the other is returned empty with
    `merged_into` set.
    """
    settings = settings or GroupingSettings()
    if any(article.id in e.article_ids for e in candidates):
        return []
    events = list(candidates)
    fps = _fingerprints(article, articles)
    pieces = article_pieces(article)
    if not pieces:
        return _assign_membership(article, events, fps, settings, articles)
    changed: dict[str, EventState] = {}
    main_event: EventState | None = None
    for piece in _pieces_in_order(pieces):
        if main_event is not None and recalled_beside_its_own(piece, pieces, main_event):
            continue  # (another incident's toll its report recalls: background)
        if main_event is not None and _site_of(piece, pieces):
            event = main_event  # a site of the main piece's event ("in Donggala, 29 are missing"), not one of its own
        elif (best := _best_event(piece, article, events, settings, articles)) is not None:
            event = best
        elif main_event is not None and _part_of_a_count(piece):
            # Only a part of a count told elsewhere ("48 injured still in hospitals in the city and in Londrina"):
            # the main piece's story, not an event of that town, which no figure of its own would hold
            event = main_event
        else:
            event = _new_event(piece, new_id)
            events.append(event)
        changed[event.id] = event
        # Regroup right away, so the article's later pieces see this one's dates.
        _regroup(event, [piece.member()], fps, settings)
        if piece.main:
            _add_persons(event, article.fingerprint)
            _add_places(event, piece)
            for other in _bridged_events(piece, article, event, events, settings, articles):
                # The bigger event keeps its id (fewer readers are sent elsewhere); ties: the earlier one.
                keep, gone = (event, other) if _merge_order(event) <= _merge_order(other) else (other, event)
                _merge_into(keep, gone, fps, settings)
                changed[keep.id], changed[gone.id] = keep, gone
                event = keep
            main_event = event
    return sorted(changed.values(), key=lambda e: e.id)


def _best_event(
    piece: Piece,
    article: ArticleFacts,
    events: Sequence[EventState],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> EventState | None:
    """The live event a piece fits best, if any (ties: the earlier start, then the smaller id)."""
    live = [e for e in events if e.merged_into is None]  # an event merged away by an earlier piece is gone
    live = [e for e in live if not _of_another_kind(piece, article, e, settings, articles)]
    live = [e for e in live if not apart_as_period_and_incident(piece, article, e, articles)]
    if (period := period_event_for(piece, article, live, articles)) is not None:
        return period  # a period's toll joins its country's, whatever its figures or days
    scored = [(s, e) for e in live if (s := _event_score(piece, e, settings, articles)) is not None]
    scored = [(s, e) for s, e in scored if not _tells_another_than(piece, article, e, settings, articles)]
    if not scored:
        return None
    best = max(scored, key=lambda se: (se[0], -_start_ord(se[1]), _neg_id(se[1].id)))[1]
    best = _event_its_toll_counts(piece, best, [e for _s, e in scored])
    return _its_towns_event_of_that_toll(piece, best, [e for _s, e in scored])


def _refuses_event(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece never a report of `event`, however well its place, days, figures or words fit? Choosing the
    piece's event (`_best_event`) and merging another event into it through the piece (`_bridged_events`) both ask
    this one question: a report must not bridge two events when it could never have joined one of them alone (a
    park shooting's report that recounts a credit union's shooting of five days before, naming its gunman, is
    no proof the two are one)."""
    return _of_another_kind(piece, article, event, settings, articles) or _tells_another_than(
        piece, article, event, settings, articles
    )


def _of_another_kind(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does the report tell another kind of disaster than the event's (`_other_kind_of_disaster`), and not the
    event's toll risen at its very town (one outlet's fire is another's arson attack)?"""
    return _other_kind_of_disaster(article, event, articles) and not its_toll_risen_at_its_town(piece, event, settings)


def _tells_another_than(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does the piece tell another incident than the event's: it recounts the event's toll as an earlier one
    (`recounts_it_as_another`), it is another occurrence of its own day (`another_occurrence`), or its report
    recalls the event's dead apart from its own (`recalls_its_dead_apart`)?"""
    return (
        recounts_it_as_another(piece, article, event, settings)
        or another_occurrence(piece, article, event, settings, articles)
        or recalls_its_dead_apart(piece, article, event)
        or _a_mass_toll_beside_a_lone_victim(piece, article, event, settings, articles)
        or _no_one_hurt_beside_its_victims(piece, event, settings)
        or _a_smaller_toll_later_at_another_town(piece, article, event, settings, articles)
        or _other_years_nothing_dates(piece, article, event, articles)
        or another_days_incident(piece, article, event, settings, articles)
        or set_apart_from_it(piece, article, event, settings, articles)
        or recounted_as_another(piece, article, event, settings, articles)
        or told_as_the_later_one(piece, article, event, settings, articles)
        or in_another_region(piece, article, event, settings, articles)
        or lone_victims_told_before(piece, article, event, settings, articles)
    )


def _no_one_hurt_beside_its_victims(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Does one side count nobody ("no one was hurt": every figure of its own zero) and the other dead or hurt, and
    is the piece not on one of the event's days (its date beyond `date_slack_days` of every one of them, or nothing
    dates it)? A toll only grows: a tree that fell on a car two days after a landslide's dead were counted, its
    driver unhurt, is no stage of the landslide's story, whichever of the two reports came first. On the event's
    day a report that no one was hurt so far is its first word, before the dead were found."""
    values = piece.headline_values()
    if not values:
        return False
    hints = event_hints(event)
    if not hints or _counts_nobody(values) == _counts_nobody(hints):
        return False
    if not _counts_nobody(values) and not any(values.get(m, 0) > 0 for m in (KILLED, WOUNDED)):
        return False  # (only people missing or arrested beside nobody hurt: nothing to tell them apart)
    if _counts_nobody(values) and not any(v > 0 for m in (KILLED, WOUNDED) for v in hints.get(m, ())):
        return False
    if piece.date is None:
        # (an undated toll beside nobody hurt may be that day's dead, found later; not when nothing dates either
        # side: then neither came first, and a toll beside a report of nobody hurt is as apart as the other way)
        return _counts_nobody(values) or (piece.published is None and _nothing_dates_its_reports(event))
    if _counts_nobody(values) and _published_after_its_days(piece, event, settings.date_slack_days):
        return True  # (dated on the event's day by its words, "four days after the massacre", told days later)
    if event.start_date is None:  # (an event nothing dates has the days its reports were published in: `_timing`)
        return not _in_its_span(piece, event, settings.date_slack_days)
    return not _has_date(event, piece.date, settings.date_slack_days)


def _other_years_nothing_dates(
    piece: Piece, article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Does a report that nothing dates (no date in its words, no publication) write years in its headline and
    opening (`core.events.pieces.lead_years`), none of which the event's reports write there, when nothing dates
    them either? Then those years are all that date the two: a plane crash of 2019 and another of the same
    country in 2023 are two events, however alike their words. A report that writes no year there says nothing
    against one that does; a year further down is often another disaster's, recalled ("the 2005 collapse of a
    factory in the same town"), and dates nothing."""
    if piece.date is not None or piece.published is not None or not articles:
        return False
    mine = told_lead_years(article)
    if not mine or not event.incidents or not _nothing_dates_its_reports(event):
        return False
    theirs: set[int] = set()
    for aid in event.article_ids:
        if (member := articles.get(aid)) is not None:
            theirs |= told_lead_years(member)
    return bool(theirs) and not mine & theirs


def _nothing_dates_its_reports(event: EventState) -> bool:
    """Do none of the event's reports have a date, in their words or of publication?"""
    return all(m.date is None and m.published is None for i in event.incidents for m in i.members)


def _published_after_its_days(piece: Piece, event: EventState, slack: int) -> bool:
    """Was the piece's report published more than `slack` days after every day the event's incidents tell? A
    report that no one was hurt is an event's first word only when it is told on its days: one published days
    after its dead were counted tells another scare, whatever day its words recall."""
    days = [i.date for i in event.incidents if i.date is not None]
    return piece.published is not None and bool(days) and (piece.published - max(days)).days > slack


def _a_smaller_toll_later_at_another_town(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece a death toll of its own town (a town none of the event's reports is placed at), dated after a
    day on which one of the event's reports had already counted more dead (its incident's day, or the day it was
    published when its words date nothing), not told as risen or lowered, in few of
    the event's words (below `follow_up_threshold`)? A toll only grows: a man shot dead in the next town three days
    after a church shooting had killed eight, or gunmen killing seven in a village of the province the day after
    its airstrike's 85 were counted, is another incident that only place and days bring near. A flood's or a
    quake's town may count its own share of a toll told before (`_REGIONAL_KINDS`): those are left alone."""
    killed = piece.headline_values().get(KILLED)
    if not killed or piece.date is None or piece.location.kind != "city" or how_toll_told(piece):
        return False
    if piece.location.key == event.location_key or piece.location.key in event.places:
        return False
    before = [
        m.values.get(KILLED, 0)
        for i in event.incidents
        for m in i.members
        if (told := m.date or m.published) is not None and told < piece.date
    ]
    if not before or killed >= max(before):
        return False
    if told_hazards(article) & _REGIONAL_KINDS or any(k & _REGIONAL_KINDS for k in event_told_hazards(event, articles)):
        return False
    return _text_affinity(piece, event, articles, settings.similarity_sample) < settings.follow_up_threshold


def _counts_nobody(values: Mapping[str, int] | Mapping[str, list[int]]) -> bool:
    """Is every figure of the dead and the hurt zero ("no one was hurt"), whatever else is counted ("40 people were
    evacuated")? Figures: a piece's headline values, or an event's lists of them."""
    harmed = [values[m] for m in (KILLED, WOUNDED, SHOT) if m in values]
    flat = [v for x in harmed for v in (x if isinstance(x, list) else [x])]
    return bool(flat) and not any(flat)


# Casualties a report of one or two victims gives at most (as `core.events.match._another_lone_victim` counts them)
_LONE_VICTIMS = 2


def _a_mass_toll_beside_a_lone_victim(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece a mass toll (`MASS_CASUALTIES` or more dead and hurt) of a disaster whose toll is known on its
    day (`TOLL_OF_ITS_DAY_KINDS`: a shooting), dated, beside an event whose reports gave one or two victims, every
    one of them dated on another day, no figure in common and few words (below `follow_up_threshold`)? Five dead
    and eleven hurt outside a nightclub early Saturday are no later count of a woman shot dead across town on
    Friday night. The mirror of `core.events.match._another_lone_victim`, which keeps the lone victim's report out
    of the mass shooting's event when it comes second: reports are grouped by publication, and the night before's
    lone killing is told first."""
    values = piece.headline_values()
    if values.get(KILLED, 0) + values.get(WOUNDED, 0) < MASS_CASUALTIES:
        return False
    kinds = told_hazards(article)
    if not kinds or not kinds <= TOLL_OF_ITS_DAY_KINDS or how_toll_told(piece):
        return False
    if piece.date is None:
        return _beside_a_lone_victim_nothing_dates(piece, event, settings, articles)
    if not event.incidents or any(i.date is None for i in event.incidents) or _has_date(event, piece.date, 0):
        return False  # (a first count of its own day, or of a day nothing tells: it may be the shooting's)
    return _apart_from_its_lone_victims(piece, event, settings, articles)


def _beside_a_lone_victim_nothing_dates(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is a mass toll that nothing dates (no date in its words, no publication; a disaster whose toll is known on its
    day, not told as risen: checked by the caller) beside an event of one or two victims that nothing dates either,
    sharing none of their counts of the dead or the wounded and few words (below `follow_up_threshold`)? Neither
    came first: a mass shooting's report is as apart from a man shot dead across town as his report is from the
    shooting's event (`core.events.match._another_lone_victim`), whichever of the two an undated set orders first.
    An avalanche's first two bodies may still grow to 29: its kind is no toll known on its day."""
    if piece.published is not None or not event.incidents or not _nothing_dates_its_reports(event):
        return False
    return _apart_from_its_lone_victims(piece, event, settings, articles)


def _apart_from_its_lone_victims(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is the event one of one or two victims (`_LONE_VICTIMS`) that shares none of the piece's counts of the dead
    or the wounded and few of its words (below `follow_up_threshold`)?"""
    hints = event_hints(event)
    theirs = most_victims(hints)
    if not 0 < theirs <= _LONE_VICTIMS or shares_a_victim_count(piece.headline_values(), hints):
        return False
    return _text_affinity(piece, event, articles, settings.similarity_sample) < settings.follow_up_threshold


def _event_its_toll_counts(piece: Piece, best: EventState, scored: Sequence[EventState]) -> EventState:
    """With nothing to date it, a country's or a province's toll ("the toll has risen to 116 across India")
    counts the event whose death tolls lie near its own, not another town's disaster of its kind whose toll is far
    from it (a stampede's 30 elsewhere), whichever scored higher on levels alone."""
    killed = coarse_undated_toll(piece)
    if killed is None or best.location_key == piece.location.key:
        return best  # (an event of its very place: a later count of it, however far its toll has risen)
    gap = toll_gap(killed, best)
    if gap is None or gap <= math.log(FAR_TOLL_RATIO):
        return best
    near = [(g, e) for e in scored if (g := toll_gap(killed, e)) is not None and g <= math.log(NEAR_TOLL_RATIO)]
    return min(near, key=lambda ge: (ge[0], _start_ord(ge[1]), ge[1].id))[1] if near else best


def _its_towns_event_of_that_toll(piece: Piece, best: EventState, scored: Sequence[EventState]) -> EventState:
    """With nothing to date it (no date in its text, no publication date), a town's mass toll counts the event of
    that town whose death tolls lie near its own (`NEAR_TOLL_RATIO`), not another of the town's disasters whose
    toll is not: "a year after the fire that killed 40 migrants" is the fire's 39 or 40, not the prison attack's 14
    of the same city, whichever its words resembled more."""
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES or piece.date is not None or piece.published is not None:
        return best
    ours = [e for e in scored if e.location_key == piece.location.key]
    gap = toll_gap(killed, best)
    if best not in ours or gap is None or gap <= math.log(NEAR_TOLL_RATIO):
        return best
    near = [(g, e) for e in ours if (g := toll_gap(killed, e)) is not None and g <= math.log(NEAR_TOLL_RATIO)]
    return min(near, key=lambda ge: (ge[0], _start_ord(ge[1]), ge[1].id))[1] if near else best


def _bridged_events(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    events: Sequence[EventState],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None = None,
) -> list[EventState]:
    """Other events this report proves to be the same as `event`: they name a person it names (a victim, a
    suspect), so two events opened apart (a suburb and its city; a misread place) are one; or the report names
    their place, or they name its place, and it would have joined them too (date, figures or text agree): the
    town, its province and its country, or the capital a report was filed from, are one event's levels. Never an
    event the piece could not have joined alone (`_refuses_event`)."""
    return [
        other
        for other in events
        if other is not event
        and other.incidents
        and not _far_apart(event, other, settings)
        and _harm_compatible(piece, other)
        and not _other_kind_of_disaster_than(piece.article_id, event, other, articles)
        and (
            _person_bridge(piece, other, settings)
            or _names_it_across_the_border(piece, other, articles)
            or (
                _tells_the_toll_of_an_unplaced_event(piece, other, settings, articles)
                and not _smaller_tolls_placed_nowhere_apart(other, event, settings, articles)
            )
            or (
                (related_by_name(piece, other) or related_by_level(piece, other))
                and not _counts_another_toll(piece, event, other, articles)
                and (
                    _regional_disaster(piece, articles)
                    or (_dated_or_same_days(piece, event, other, settings) and _within_one_span(event, other, settings))
                )
                and _event_score(piece, other, settings, articles) is not None
            )
        )
        and not one_recalls_the_other(event, other, articles)
        and not _refuses_event(piece, article, other, settings, articles)
        and not a_days_other_incident_bridged(event, other, settings, articles)
    ]


def _counts_another_toll(
    piece: Piece, event: EventState, other: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Does a country's or a province's toll that nothing dates count `event`'s tolls and lie far from every one
    of `other`'s (57 dead in Thessaly beside a crash's 46, and another crossing's 3)? The level it shares with both
    is no proof they are one. A disaster that spans a region's towns (a quake, a flood) or attacks on several towns
    (a country's toll of serial bombings, their towns' sum) still joins them."""
    killed = coarse_undated_toll(piece)
    own = (articles or {}).get(piece.article_id)
    if killed is None or own is None or told_hazards(own) & _SPREAD_KINDS:
        return False
    mine, theirs = toll_gap(killed, event), toll_gap(killed, other)
    if mine is None or theirs is None:
        return False
    return mine <= math.log(NEAR_TOLL_RATIO) and theirs > math.log(FAR_TOLL_RATIO)


# Kinds of disaster one event of which may strike several towns at once: a quake, a flood, attacks
_SPREAD_KINDS = _REGIONAL_KINDS | {"attack"}


def _names_it_across_the_border(piece: Piece, other: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does the piece's report tell its disaster of `other`'s country with others (`told_joint`: "Cyclone Idai has
    killed 300 in Mozambique and Zimbabwe") and name a storm (or a victim) `other`'s reports name? Then the event
    opened in the other country ("Zimbabwe: Cyclone Idai kills 31") is its share of one disaster."""
    own = articles.get(piece.article_id) if articles else None
    if own is None or not other.persons or not set(persons_of(piece.fingerprint)) & set(other.persons):
        return False
    return _country(other.region) in told_joint(own)


def _tells_the_toll_of_an_unplaced_event(
    piece: Piece, other: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is `other` an event that reports placed nowhere opened, of the piece's kind of disaster and days, whose very
    mass toll the piece tells ("বজ্রপাতে ১৭ জনের মৃত্যু" beside "Lightning kills 17 members of a wedding party in
    Bangladesh")? The piece would have joined it had its own event not been there: one event."""
    if other.location_key != UNPLACED or piece.location.key == UNPLACED:
        return False
    hints = _hints(m for i in other.incidents for m in i.members)
    # (nothing dates the piece: a mass toll of the event's kind is all it and the reports placed nowhere have, and
    # it would have joined their event so, see `_timeless_report_of_the_disaster`)
    return _unplaced_report_of_its_toll(piece, other, articles, hints, settings) or _timeless_report_of_the_disaster(
        piece, other, articles, hints
    )


def _smaller_tolls_placed_nowhere_apart(
    other: EventState, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is every report of `other` (an event reports placed nowhere opened) a smaller toll placed nowhere that its
    kind alone ties to `event` (`a_smaller_toll_placed_nowhere_apart`)? Then a report of `event` telling its mass
    toll does not bridge the two: whichever came first, a nightclub's fire of 17 dead is no count of the market's
    fire of 88 because both are fires."""
    if not articles or not other.article_ids:
        return False
    hints = event_hints(event)
    for aid in other.article_ids:
        report = articles.get(aid)
        pieces = [p for p in article_pieces(report) if p.main] if report is not None else []
        apart = [a_smaller_toll_placed_nowhere_apart(p, event, articles, hints, settings) for p in pieces]
        if not apart or not all(apart):
            return False
    return True


def _regional_disaster(piece: Piece, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does the piece's report tell a disaster that spans a region's towns and days (a quake, a flood)? Its
    running toll is told on a later day than its towns' reports, and still joins them."""
    own = (articles or {}).get(piece.article_id)
    return own is not None and bool(told_hazards(own) & _REGIONAL_KINDS)


def _dated_or_same_days(piece: Piece, event: EventState, other: EventState, settings: GroupingSettings) -> bool:
    """May a report at a coarse level (a country, a province) make two events one? Only when they are of its
    day ("13 killed across Peru on Tuesday": the bombs of Pisco and Ica that morning), or, when it dates nothing,
    of the same days: a country's toll of a hospital blast is no proof that an airstrike on another town the
    next day is the same event. An event its reports date nothing of is of the days before their publication
    (`_days_of`): a strike told on the 4th is not the country's strike of the 13th."""
    if piece.location.kind not in _COARSE_KINDS:
        return True
    one, two = _days_of(event, settings), _days_of(other, settings)
    if one is None or two is None:
        return True
    if piece.date is not None:
        return all(lo <= piece.date <= hi for lo, hi in (one, two))
    return one[0] <= two[1] and two[0] <= one[1]


def _days_of(event: EventState, settings: GroupingSettings) -> tuple[date, date] | None:
    """The days an event's incident may fall on: its dates, else the `report_lag_days` before its reports'
    publication up to the last of it (None when nothing dates it)."""
    if event.start_date is not None and event.end_date is not None:
        return event.start_date, event.end_date
    if event.published_from is not None and event.published_to is not None:
        return add_days(event.published_from, -settings.report_lag_days), event.published_to
    return None


def _within_one_span(event: EventState, other: EventState, settings: GroupingSettings) -> bool:
    """Are two events' dated incidents no further apart than one event stretches (`span_days`)? A report that
    names the other's place and fits both makes them one only then: a bus fire's report datelined in the
    capital is no proof that a factory blast told from that capital four weeks later is its event (a disaster's
    running toll, told later, is `_regional_disaster`'s)."""
    if event.start_date is None or event.end_date is None or other.start_date is None or other.end_date is None:
        return True
    gap = max(event.start_date, other.start_date) - min(event.end_date, other.end_date)
    return gap.days <= settings.span_days


def _other_kind_of_disaster(
    article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Do the article's headline and the event's reports' headlines name kinds of disaster of no common family
    ("plane crash" and "ferry sinking")? Then they are two events (see `core.events.hazards`). So are reports
    naming two storms or flights and none in common ("Hurricane Talia", "Hurricane Bruno" two weeks apart)."""
    if _names_exclude(named_events_of(article.fingerprint), event, articles):
        return True
    if nothing_dates(article):
        # Nothing dates it: its kind of disaster is most of what tells it from another of its country's, so
        # its opening counts too (a ferry's sinking is no plane crash ten years on, both "in South Korea").
        return hazards_exclude(article_hazards(article), event_hazards(event, articles, leads=True))
    return hazards_exclude(headline_hazards(article.title), event_hazards(event, articles))


def _names_exclude(mine: frozenset[int], event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Do `mine` and the event's reports name storms or flights, none in common? The event's are read only when
    there are names of one's own (most reports name none: their members' fingerprints stay unread). Not in a
    country whose storms have two names (`countries_naming_storms_twice`)."""
    if not mine or _country(event.region) in countries_naming_storms_twice():
        return False
    theirs = _event_names(event, articles)
    return bool(theirs) and not mine & theirs


def _event_names(event: EventState, articles: Mapping[str, ArticleFacts] | None) -> frozenset[int]:
    """The storms and flights the event's reports name (see `core.named_events`)."""
    if not articles:
        return frozenset()
    found: set[int] = set()
    for aid in event.article_ids:
        if (a := articles.get(aid)) is not None:
            found |= named_events_of(a.fingerprint)
    return frozenset(found)


def _other_kind_of_disaster_than(
    article_id: str, event: EventState, other: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Would bridging `event` (which holds the article) and `other` join two kinds of disaster, or two storms?"""
    if _names_exclude(_event_names(event, articles), other, articles):
        return True
    mine = [h for h in event_hazards(event, articles) if h]
    theirs = event_hazards(other, articles) if mine else []
    return any(hazards_exclude(h, theirs) for h in mine)


def _far_apart(event: EventState, other: EventState, settings: GroupingSettings) -> bool:
    """Are two events further apart in time than a disaster's running toll ever stretches one (`running_toll_days`)?
    A report that fits both (it dates nothing) proves nothing then: a ferry's sinking and a plane crash ten years
    on are not one event because a report of one names only the country."""
    first = [d for d in (event.start_date or event.published_from, other.start_date or other.published_from) if d]
    last = [d for d in (event.end_date or event.published_to, other.end_date or other.published_to) if d]
    if len(first) < 2 or len(last) < 2:
        return False
    gap = max(first) - min(last)
    return gap.days > settings.running_toll_days


def _merge_order(event: EventState) -> tuple[int, int, str]:
    return (-len(event.article_ids), _start_ord(event), event.id)


def _merge_into(event: EventState, other: EventState, fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Move every member of `other` into `event`; `other` is left empty (the store deletes it and keeps its id
    pointing to `event`)."""
    units = [_copy(m) for inc in other.incidents for m in inc.members]
    other.incidents = []
    other.merged_into = event.id
    event.persons = sorted(set(event.persons) | set(other.persons))[:MAX_PERSONS]
    extra = [k for k in [other.location_key, *other.places] if k not in event.places and k != event.location_key]
    event.places = (event.places + extra)[:MAX_PLACES]
    _regroup(event, units, fps, settings)


def _assign_membership(
    article: ArticleFacts,
    events: Sequence[EventState],
    fps: _Fingerprints,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> list[EventState]:
    """Place an article without claims into the event its place, time and text fit; it never opens one (an
    event without a figure is nobody's answer). Text must pass `text_match_threshold` whatever the place, but
    for a mass-casualty event's first alert at its town that day (`first_alert_of`), or the first alert of the one
    event of its place, kind and days (`first_alerts.sole_alerted_event`). Never an event nothing dates that was told
    only days after it came out (`first_alerts.told_days_after`)."""
    threshold = settings.text_match_threshold
    if threshold is None or not article.fingerprint:
        return []
    piece = membership_piece(article)
    scored = []
    events = [e for e in events if not told_days_after(article, e)]
    sole = sole_alerted_event(piece, article, events, articles)
    fits = [(e, s) for e in events if (s := _membership_score(piece, e, settings, articles, sole)) is not None]
    for event, score in events_it_may_tell(article, fits, articles):
        alert = event is sole or first_alert_of(piece, event, articles)
        alert = alert or joins_on_its_sign(piece, event, articles, {}, _country(piece.location.region))
        if _text_affinity(piece, event, articles, settings.similarity_sample) < threshold and not alert:
            continue
        if not alert and not article_hazards(article) and _an_aside_of_one_report(piece, event, articles, settings):
            continue
        scored.append((score, event))
    if not scored:
        return []
    event = max(scored, key=lambda se: (se[0], -_start_ord(se[1]), _neg_id(se[1].id)))[1]
    _regroup(event, [piece.member()], fps, settings)
    _add_persons(event, article.fingerprint)
    _add_places(event, piece)
    return [event]


# An event of this many reports or more (that share a word or a name with it: reports in other languages tell
# nothing), of which a report with no figure resembles only one, is not its story
_ASIDE_AMONG = 5
# ... and of which it shares a word or a name with this many others at least (reports in its own language)
_COMPARED_AT_LEAST = 2


def _an_aside_of_one_report(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, settings: GroupingSettings
) -> bool:
    """Do the words of a report with no figure of its own meet one of an event's many reports only (twice the text
    bar, not as a copy of it), and every other one less than the bar, or only by a name or two (`_by_names_only`)?
    Its city's other news ("federal agents sent to the city to curb its shootings") is told in passing by one
    report of the city's shooting, and resembles that report's aside only; a follow-up on the event (an arrest, a
    funeral) retells what several of its reports tell. Asked only of a report whose headline (or, without one, its
    opening) names no kind of disaster: a first alert of bombs on trains names the stations, as one report does,
    and tells its kind. A report just at the bar with one of them, or alike to the one other report in its language
    among many in others (nothing to compare it with), is left to the bar. Nor are the many counted with reports
    that share not a word nor a name with it: reports in other languages (Tamil, Hindi, Chinese reports of the
    town's poisoning beside three English ones) make no crowd its words could stand out from."""
    threshold = settings.text_match_threshold
    if threshold is None or not piece.fingerprint or not articles:
        return False
    texts = [
        other.fingerprint
        for aid in sorted(event.article_ids)[: settings.similarity_sample]
        if aid != piece.article_id and (other := articles.get(aid)) is not None and other.fingerprint
    ]
    if len(texts) < _ASIDE_AMONG:
        return False
    alike = sorted(((text_similarity(piece.fingerprint, fp), fp) for fp in texts), key=lambda sf: -sf[0])
    if sum(similarity > 0 for similarity, _fp in alike) < _ASIDE_AMONG:
        return False  # many reports, but in other languages: the few it could resemble are no crowd
    best, closest = alike[0]
    if best < 2 * threshold or 2 * copy_similarity(piece.fingerprint, closest) >= threshold:
        return False  # (too little alike to say, or a wire copy of it)
    others = [(similarity, fp) for similarity, fp in alike[1:] if similarity > 0]
    # (reports that share not a word nor a name with it are in other languages: they tell nothing either way)
    return len(others) >= _COMPARED_AT_LEAST and all(
        similarity < threshold or _by_names_only(piece.fingerprint, fp, similarity, threshold)
        for similarity, fp in others
    )


def _by_names_only(mine: Sequence[int], other: Sequence[int], similarity: float, bar: float) -> bool:
    """Do two reports meet by a name or so (the city's, its mayor's), with hardly a word of their stories in common?
    The city's name alone brings two short reports about to the text bar; half as much again is more than a name
    (the school or the church both name)."""
    return similarity < 1.5 * bar and topic_similarity(mine, other) < bar / 2


def _membership_score(
    piece: Piece,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
    sole: EventState | None = None,
) -> float | None:
    """How well a report without claims fits an event (`_event_score`). A mass-casualty event's first alert
    (`first_alert_of`) fits it even where its town is only related to the event's place: the quake keyed at its
    country by the reports that counted it nationwide, the first word from the town it struck. With no figure
    and no incident date, nothing but its day, place and kind of disaster could corroborate it. So may the one event
    of its place, kind and days whatever its toll (`sole`: `first_alerts.sole_alerted_event`)."""
    score = _event_score(piece, event, settings, articles)
    if score is None and (event is sole or first_alert_of(piece, event, articles)):
        return 1.0
    return score


def _piece_order(piece: Piece) -> tuple[Any, ...]:
    """By day; on its day the main piece first, so that the sites of its event follow it (`_site_of`)."""
    day = (piece.date is None, piece.date or date.min)
    return (*day, not piece.main, piece.spot or "", piece.location.key, piece.claim_ids)


def _pieces_in_order(pieces: Sequence[Piece]) -> list[Piece]:
    """`_piece_order`, but a piece of the main piece's very place stands on the main piece's day, after it: a count
    its report gives there of another day ("of the 44 patients brought in on Sunday, nine died", in a hospital's
    update on Tuesday of the attack's 49) is part of its story. Placed first, it would open an event of its own,
    and the main piece, meeting its own place there, would follow it away from the event it tells."""
    main = next((p for p in pieces if p.main), None)
    if main is None:
        return sorted(pieces, key=_piece_order)

    def order(piece: Piece) -> tuple[Any, ...]:
        if piece is main or piece.location.key != main.location.key:
            return _piece_order(piece)
        return (*_piece_order(main)[:2], True, *_piece_order(piece)[3:])

    return sorted(pieces, key=order)


def _part_of_a_count(piece: Piece) -> bool:
    """Does the piece hold only parts of a count (`Role.SUBSET`: "48 injured still in hospitals ... in Londrina",
    "two of them children") and no headline figure? Not more killed elsewhere (an increment: another incident)."""
    return not piece.headline_values() and all(claim.role is Role.SUBSET for _cid, claim in piece.claims)


def _site_of(piece: Piece, pieces: Sequence[Piece]) -> bool:
    """Is `piece` a site of the article's main piece: a spot of its very place on its day (see
    `core.events.pieces._sites_of_main`, which moves the towns of one disaster onto the main place)?"""
    main = next((p for p in pieces if p.main), None)
    return (
        main is not None
        and piece is not main
        and piece.spot is not None
        and piece.location.key == main.location.key
        and piece.date == main.date
    )


def _start_ord(event: EventState) -> int:
    return event.start_date.toordinal() if event.start_date else 0


def _neg_id(event_id: str) -> tuple[int, ...]:
    """Sort key preferring the smallest id on ties (max() picks the largest key)."""
    return tuple(-ord(ch) for ch in event_id)


def remove_article(
    article_id: str, events: Sequence[EventState], *, settings: GroupingSettings | None = None
) -> list[EventState]:
    """Drop an article's claims from every event; returns the events that changed.

    The remaining members are regrouped (an undated report that only sat with the removed one's date may move).
    An event left without articles, or only with members without claims, has no incidents and no members: the
    store deletes it. Its id is not reused.
    """
    settings = settings or GroupingSettings()
    changed = []
    for event in events:
        if article_id not in event.article_ids:
            continue
        for inc in event.incidents:
            inc.members = [m for m in inc.members if m.article_id != article_id]
        event.incidents = [inc for inc in event.incidents if inc.members]
        if not any(m.claim_ids for inc in event.incidents for m in inc.members):
            event.incidents = []  # members without claims never hold an event on their own
        _regroup(event, [], {}, settings)
        changed.append(event)
    return changed
