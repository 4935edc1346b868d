"""Placing an event's members into incidents (date, spot, figures, text), order-independently."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.events.evidence import (
    _figure_affinity,
)
from core.events.match import (
    _follow_up_evidence,
    text_similarity,
)
from core.events.pieces import Piece
from core.events.state import Day, EventState, GroupingSettings, IncidentState, Member
from core.models import ArticleFacts
from core.places.index import gazetteer
from core.places.location import resolve_location, spot_tokens, spots_conflict
from core.places.nearby import _big_cities
from core.similarity import shared_persons

# ---------------------------------------------------------------------------------------------------------
# Placing pieces into incidents


@dataclass
class _Cluster:
    """An incident being built: its members plus what matching needs (kept up to date on each join)."""

    date: Day | None
    spot: str | None
    members: list[Member] = field(default_factory=list)
    hints: dict[str, list[int]] = field(default_factory=dict)
    fingerprints: list[tuple[int, ...]] = field(default_factory=list)
    old_id: str | None = None
    by_article: dict[str, Member] = field(default_factory=dict)
    spot_words: frozenset[str] = frozenset()


_Fingerprints = Mapping[str, tuple[int, ...]]


def _incident_score(unit: Member, cluster: _Cluster, fps: _Fingerprints, settings: GroupingSettings) -> float | None:
    """How well a unit (one article's claims) fits a cluster (None = incompatible): figures, text, timing."""
    unit_words = spot_tokens(unit.spot)
    if spots_conflict(unit_words, cluster.spot_words):
        return None
    if unit.published is not None and cluster.date is not None and (unit.published - cluster.date).days < -1:
        return None  # published before the incident happened
    score = _figure_affinity(unit.values, cluster.hints)
    fp = fps.get(unit.article_id, ())
    if fp:
        sims = [text_similarity(fp, other) for other in cluster.fingerprints[: settings.similarity_sample]]
        score += max(sims, default=0.0)
    if unit.published is not None and cluster.date is not None:
        score += 0.5 / (1 + abs((unit.published - cluster.date).days))
    if unit_words & cluster.spot_words:
        score += 1.0
    return score


# An undated unit joins the best incident scoring at least this (e.g. two agreeing figures), or the event's
# only incident when nothing contradicts it and it was published within `_SOLE_LAG_DAYS` of that incident;
# otherwise it opens an undated incident of its own.
_UNDATED_JOIN = 0.75
# A dated unit a day from an incident whose figures it repeats (none contradicted) joins it at this much text.
_NEAR_MIN_TEXT = 0.1
_CONTRADICTED = -1.0
_SOLE_LAG_DAYS = 3


def _place(unit: Member, clusters: list[_Cluster], fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Put a unit into the incident it belongs to (appending a new cluster when none fits)."""
    if unit.date is not None:
        d = unit.date
        words = spot_tokens(unit.spot)
        same = [c for c in clusters if c.date is not None and c.date == d and not spots_conflict(words, c.spot_words)]
        if unit.spot is None and _whole_day(unit, same):
            whole = next((c for c in same if c.spot is None), None)
            if whole is None:
                whole = _Cluster(d, None)
                clusters.append(whole)
            _join(whole, unit, fps)
            return
        if same:
            # Prefer the exact spot, then the exact date, then agreeing figures, then the bigger incident.
            target = max(
                same,
                key=lambda c: (
                    bool(words & c.spot_words),
                    c.date == d,
                    _figure_affinity(unit.values, c.hints),
                    len(c.members),
                    -clusters.index(c),
                ),
            )
            _join(target, unit, fps)
            return
        # A neighbouring date with agreeing figures or text, or any date with strongly similar text.
        near = _corroborated(unit, clusters, fps, settings)
        if near is not None:
            _join(near, unit, fps)
            return
        # An undated incident whose figures this dated unit repeats takes on its date (incremental mode).
        undated = [(s, c) for c in clusters if c.date is None and (s := _incident_score(unit, c, fps, settings))]
        undated = [(s, c) for s, c in undated if s >= 1.0]
        if undated:
            target = max(undated, key=lambda sc: (sc[0], -clusters.index(sc[1])))[1]
            target.date = d
            _join(target, unit, fps)
            return
    else:
        scored = [(s, c) for c in clusters if (s := _incident_score(unit, c, fps, settings)) is not None]
        if scored:
            score, target = max(
                scored, key=lambda sc: (sc[0], len(sc[1].members), sc[1].date is not None, -clusters.index(sc[1]))
            )
            if not unit.claim_ids:  # a member without figures: the incident its text fits best
                _join(target, unit, fps)
                return
            sole = len(clusters) == 1 and score > _CONTRADICTED
            if sole and unit.published is not None and target.date is not None:
                sole = (unit.published - target.date).days <= _SOLE_LAG_DAYS
            if score >= _UNDATED_JOIN or sole:
                _join(target, unit, fps)
                return
    cluster = _Cluster(unit.date, unit.spot)
    clusters.append(cluster)
    _join(cluster, unit, fps)


def _whole_day(unit: Member, same_day: Sequence[_Cluster]) -> bool:
    """Is a report naming no spot, on a day with incidents at two or more spots, a toll of the whole day ("the
    bombings of churches and hotels killed 290") rather than one more report of one spot? Its figure is above
    every spot's: it counts more than any one of them could. It then makes an incident of its own, which the
    roll-up compares with the spots' sum instead of adding it."""
    spotted = [c for c in same_day if c.spot is not None]
    if len({c.spot for c in spotted}) < 2:
        return False
    compared = [m for m in unit.values if any(m in c.hints for c in spotted)]
    return bool(compared) and all(
        unit.values[m] > max(v for c in spotted for v in c.hints.get(m, [])) for m in compared
    )


def _text_to_cluster(unit: Member, cluster: _Cluster, fps: _Fingerprints, sample: int) -> float:
    fp = fps.get(unit.article_id, ())
    if not fp:
        return 0.0
    return max(
        (text_similarity(fp, other) for other in cluster.fingerprints[:sample]),
        default=0.0,
    )


def _corroborated(
    unit: Member, clusters: list[_Cluster], fps: _Fingerprints, settings: GroupingSettings
) -> _Cluster | None:
    """The dated incident a dated unit of another date belongs to, if the evidence says so.

    Within `date_slack_days`: agreeing figures (two small ones or one larger, none contradicted) or text above
    `text_match_threshold`. Any distance within the event: text above `follow_up_threshold`.
    """
    assert unit.date is not None
    words = spot_tokens(unit.spot)
    best: tuple[float, int, _Cluster] | None = None
    for i, c in enumerate(clusters):
        if c.date is None or spots_conflict(words, c.spot_words):
            continue
        figures = _figure_affinity(unit.values, c.hints)
        near = abs((c.date - unit.date).days) <= settings.date_slack_days
        named = _names_a_member(unit, c, fps)
        if figures < 0 and not near and not named:
            continue  # contradicting figures on another date: never the same incident (unless it names its victim)
        threshold = settings.text_match_threshold
        text = _text_to_cluster(unit, c, fps, settings.similarity_sample)
        later = c.date < unit.date
        ok = (
            named
            or (near and (figures >= 1.0 or (threshold is not None and text >= threshold)))
            or (near and figures > 0 and text >= _NEAR_MIN_TEXT)
            or (text >= settings.follow_up_threshold and figures >= 0)
            or (later and _follow_up_evidence(figures, text, settings))
        )
        if ok:
            key = (text + figures / 2, -i, c)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best is not None else None


def _names_a_member(unit: Member, cluster: _Cluster, fps: _Fingerprints) -> bool:
    """Does the unit's article name a person (victim, suspect) one of the cluster's reports names? A follow-up's
    figures often differ (a death in hospital, arrests), so this overrides them."""
    fp = fps.get(unit.article_id, ())
    return bool(fp) and any(shared_persons(fp, other) for other in cluster.fingerprints)


def _join(cluster: _Cluster, unit: Member, fps: _Fingerprints) -> None:
    m = cluster.by_article.get(unit.article_id)
    if m is not None:
        m.claim_ids = sorted(set(m.claim_ids) | set(unit.claim_ids))
        m.values = {**unit.values, **m.values}
    else:
        cluster.members.append(unit)
        cluster.by_article[unit.article_id] = unit
        fp = fps.get(unit.article_id, ())
        if fp:
            cluster.fingerprints.append(fp)
    for metric, value in unit.values.items():
        cluster.hints.setdefault(metric, []).append(value)
    if unit.spot is not None:
        cluster.spot_words = cluster.spot_words | spot_tokens(unit.spot)
        if cluster.spot is None:
            cluster.spot = unit.spot


def _unit_order(m: Member) -> tuple[Any, ...]:
    """Canonical placement order: dated before undated, by date; units with a spot before those without (so a
    report naming no address joins the address whose figures it repeats); members without claims last (they
    only join incidents); ties by article and claims."""
    return (
        not m.claim_ids,
        m.date is None,
        m.date or date.min,
        m.spot is None,
        m.spot or "",
        m.article_id,
        m.claim_ids,
    )


def _copy(m: Member) -> Member:
    return Member(m.article_id, list(m.claim_ids), m.date, m.spot, dict(m.values), m.published)


def _regroup(event: EventState, new_units: Sequence[Member], fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Re-derive the event's incidents after members were added (or removed).

    Up to `recompute_limit` articles, every unit is placed again from scratch in canonical order, so the
    incidents do not depend on arrival order. Above it, existing incidents stay and only new units are placed.
    Incident ids are carried over by overlap either way.
    """
    clusters: list[_Cluster] = []
    if len(event.article_ids) + len(new_units) <= settings.recompute_limit:
        units = [_copy(m) for inc in event.incidents for m in inc.members] + [_copy(u) for u in new_units]
    else:
        for inc in event.incidents:
            cluster = _Cluster(inc.date, inc.spot)
            for m in inc.members:
                _join(cluster, m, fps)  # existing members are not merged into, so no copy is needed
            clusters.append(cluster)
        units = [_copy(u) for u in new_units]
    for unit in sorted(units, key=_unit_order):
        _place(unit, clusters, fps, settings)
    _carry_ids(event, clusters)
    _apply_clusters(event, clusters)


def _carry_ids(event: EventState, clusters: list[_Cluster]) -> None:
    """Give rebuilt clusters the ids of the old incidents they overlap most (greedy, deterministic)."""
    pairs = []
    for ci, c in enumerate(clusters):
        mine = {(m.article_id, cid) for m in c.members for cid in m.claim_ids}
        for inc in event.incidents:
            theirs = {(m.article_id, cid) for m in inc.members for cid in m.claim_ids}
            overlap = len(mine & theirs)
            if overlap:
                pairs.append((-overlap, inc.id, ci))
    used_ids: set[str] = set()
    used_clusters: set[int] = set()
    for _, inc_id, ci in sorted(pairs):
        if inc_id in used_ids or ci in used_clusters:
            continue
        clusters[ci].old_id = inc_id
        used_ids.add(inc_id)
        used_clusters.add(ci)
    for ci, c in enumerate(clusters):
        if ci not in used_clusters:
            c.old_id = None


def _apply_clusters(event: EventState, clusters: list[_Cluster]) -> None:
    incidents = []
    for c in sorted(clusters, key=lambda c: (c.date is None, c.date or date.min, c.spot or "", c.old_id or "~")):
        if not c.members:
            continue
        if c.old_id is None:
            c.old_id = f"{event.id}-i{event.next_incident}"
            event.next_incident += 1
        label = event.location_label if c.spot is None else f"{event.location_label} ({c.spot})"
        members = sorted(c.members, key=lambda m: (m.article_id, m.claim_ids))
        incidents.append(IncidentState(c.old_id, c.date, event.location_key, label, members, c.spot))
    event.incidents = incidents
    _refresh(event)


def _refresh(event: EventState) -> None:
    """Recompute the event's derived fields: dates, publication range, label."""
    dates = [i.date for i in event.incidents if i.date is not None]
    event.start_date = min(dates) if dates else None
    event.end_date = max(dates) if dates else None
    published = [m.published for i in event.incidents for m in i.members if m.published is not None]
    event.published_from = min(published) if published else None
    event.published_to = max(published) if published else None
    event.label = event_label(event)


def event_label(event: EventState) -> str:
    if event.start_date is None or event.end_date is None:
        when = "date unknown"
    elif event.start_date == event.end_date:
        when = event.start_date.isoformat()
    else:
        when = f"{event.start_date.isoformat()} to {event.end_date.isoformat()}"
    return f"{event_location(event)}: {event.harm}, {when}"


def event_location(event: EventState) -> str:
    """Where the event happened, as its reports tell: its place, or the countries of a disaster that crossed a
    border ("Syria and Turkey"), not the town one report was placed at."""
    return _across_borders(event) or event.location_label


def _across_borders(event: EventState) -> str | None:
    """The countries a disaster that crossed a border struck, for its label ("Syria and Turkey"): those of its
    block (`core.events.blocks._joint_block`) its place and the places its reports name lie in, when two or
    more."""
    if "+" not in event.block:
        return None
    joint = event.block.split("+")
    told = {place.country for key in {event.location_key, *event.places} if (place := gazetteer().by_key(key))}
    named = sorted(c for c in joint if c in told)
    if len(named) < 2:
        return None
    names = [_country_label(c) for c in named]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _country_label(code: str) -> str:
    place = gazetteer().by_key(f"country:{code}")
    return place.name if place is not None else code


def _new_event(piece: Piece, new_id: Callable[[], str]) -> EventState:
    loc = piece.location
    return EventState(
        id=new_id(),
        label="",
        location_key=loc.key,
        location_label=loc.label,
        harm=piece.harm,
        start_date=None,
        end_date=None,
        region=loc.region,
        place_kind=loc.kind,
        location_name=loc.name,
        ambiguous=loc.ambiguous,
    )


def _fingerprints(article: ArticleFacts, articles: Mapping[str, ArticleFacts] | None) -> dict[str, tuple[int, ...]]:
    fps = {a.id: a.fingerprint for a in (articles or {}).values() if a.fingerprint}
    if article.fingerprint:
        fps[article.id] = article.fingerprint
    return fps


def warm_up() -> None:
    """Build (first time on this machine) or open the gazetteer index now, rather than on the first article.

    Services should call this at start-up and then `gc.freeze()`: caches fill with long-lived objects, and
    freezing keeps full garbage collections from walking them.
    """
    resolve_location("Ganja")
    _big_cities()
