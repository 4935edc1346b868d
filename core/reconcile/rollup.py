"""The event roll-up: one value per article over the event's incidents, and the event's estimate.

Incidents are added up only when they are truly different occurrences. Dated incidents are first gathered
into *occurrences*: incidents of one date and spot are one; a later incident that no report dates itself
(`vouched_incidents`: its figures are only later counts of a toll, figures dated by the article's date
carried over, or undated) is the occurrence before it counted again, and a first incident that no report dates
itself is the occurrence a day after it that reports date themselves. Occurrences are summed when there are at
least two; a note names them.

Each article shows one value: its latest whole-event figure (`pick_headline` over its values for the event's
incidents), or, when its own figures are truly different occurrences (each dated in its own sentence or at a
spot of its own, no two alike), the sum of its figures over them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations
from typing import Protocol

from core.headline import main_incident_claims, pick_headline
from core.models import KILLED, WOUNDED, Claim, Role
from core.reconcile.figures import (
    _LOWER_BOUNDED,
    Claims,
    _bound_reasons,
    _disputed,
    _estimate,
    _fmt_date,
    _incident_figure,
    _join,
    _spread,
    _upper,
    _who,
    _wording,
    apart_shares,
    conflict_reason,
    current_figures,
    update_test,
)
from core.reconcile.origins import _origins, _UnionFind
from core.reconcile.views import SUM_RULE, Estimate, Figure, FigureValue, Reason, _value_order

# ---------------------------------------------------------------------------------------------------------
# Event roll-up


class _Dated(Protocol):
    """An incident, or several counted as one occurrence."""

    @property
    def id(self) -> str: ...

    @property
    def date(self) -> date | None: ...

    @property
    def spot(self) -> str | None: ...


@dataclass
class _Occurrence:
    id: str
    date: date | None
    spot: str | None
    incident_ids: tuple[str, ...]
    whole_day: bool = False  # a day's whole toll with its spots' as parts (see `_whole_day_figure`)


_Pair = tuple[_Dated, Figure]


def _claim(claims: Claims, metric: str, v: FigureValue) -> Claim | None:
    claim = claims.get(v.article_id, {}).get(v.claim_id)
    if claim is not None and v.role == "derived":  # wounded = shot - killed: the value, not the shot claim
        claim = replace(claim, metric=metric, value=v.value, low=v.low, high=v.high, derivation="derived")
    return claim


def _pick(parts: Sequence[FigureValue], metric: str, claims: Claims) -> FigureValue:
    """An article's latest whole-event figure among its values for several incidents: the one `pick_headline`
    chooses among their claims (a toll's latest update, the figure most stated; never a sum)."""
    if len(parts) == 1:
        return parts[0]
    known = [(c, p) for p in parts if (c := _claim(claims, metric, p)) is not None]
    # The article's own main incident first, as its headline reads it (`main_incident_claims`: not a town's share
    # of the injured, not another place): "200 injured" told of three provinces is not the whole quake's 2,323.
    main = {id(c) for c in main_incident_claims(list(claims.get(parts[0].article_id, {}).values()))}
    ids = {cid for cid, c in claims.get(parts[0].article_id, {}).items() if id(c) in main}
    known = [(c, p) for c, p in known if p.claim_id in ids] or known
    head = pick_headline([c for c, _ in known], metric)
    if head is not None:
        same = [p for c, p in known if c is head] or [
            p for c, p in known if (c.start, c.end, c.field, c.value) == (head.start, head.end, head.field, head.value)
        ]
        if same:
            return same[0]
    return max(parts, key=lambda p: (p.value, _value_order(p)))


def _own_date(claims: Claims, v: FigureValue) -> date | None:
    """The date the report gives this figure in its own sentence (not the article's date carried over)."""
    claim = claims.get(v.article_id, {}).get(v.claim_id)
    if claim is None:
        return v.incident_date
    return None if claim.date_carried else claim.incident_date


def _apart(parts: Sequence[tuple[_Dated, FigureValue]], claims: Claims) -> bool:
    """Does one report tell these figures apart as different occurrences: each dated in its own sentence or at
    a spot, and no two on one date and spot?"""
    keys = []
    for occ, v in parts:
        own, spot = _own_date(claims, v), occ.spot
        if own is None and spot is None:
            return False
        keys.append((own, spot))
    return all(
        (d1 is not None and d2 is not None and d1 != d2) or (s1 is not None and s2 is not None and s1 != s2)
        for (d1, s1), (d2, s2) in combinations(keys, 2)
    )


_DATING_METRICS = (KILLED, WOUNDED)


def vouched_incidents(per_metric: Mapping[str, Sequence[_Pair]], claims: Claims) -> set[str]:
    """The dated incidents that some report places on their date itself: a report's whole figure for the
    incident (its headline value there, killed or wounded) dated in its own sentence as the incident's. Not the
    article's date carried over, nor the day of a later count ("the death toll rose to 2,189 on Tuesday" dates
    the count; "the toll from Sunday's strike rose to 9" the strike), nor a part or a day's increment beside the
    headline ("26 more died in the past day")."""
    out = set()
    for metric in _DATING_METRICS:
        for inc, fig in per_metric.get(metric, ()):
            if inc.date is None or inc.id in out:
                continue
            for v in fig.values:
                c = claims.get(v.article_id, {}).get(v.claim_id)
                if c is not None and c.role is Role.TOTAL and c.incident_date == inc.date and not c.date_carried:
                    out.add(inc.id)
                    break
    return out


def _by_article(pairs: Iterable[tuple[_Dated, Figure]]) -> dict[str, list[tuple[_Dated, FigureValue]]]:
    out: dict[str, list[tuple[_Dated, FigureValue]]] = {}
    for inc, fig in pairs:
        for v in fig.values:
            out.setdefault(v.article_id, []).append((inc, v))
    return out


def _occurrences(
    metric: str, per_incident: Sequence[_Pair], claims: Claims, dup_of: Mapping[str, str], vouched: set[str]
) -> tuple[list[tuple[_Occurrence, Figure]], list[Reason]]:
    """The dated incidents with values gathered into occurrences (see the module's docstring), each with its
    figure, and a note for each gathering."""
    dated = sorted(
        ((inc, fig) for inc, fig in per_incident if fig.values and inc.date is not None),
        key=lambda pair: (pair[0].date, pair[0].spot or "", pair[0].id),
    )
    uf = _UnionFind(len(dated))
    reasons: list[Reason] = []
    first_of: dict[tuple[date | None, str], int] = {}
    for i, (inc, _) in enumerate(dated):
        uf.union(first_of.setdefault((inc.date, inc.spot or ""), i), i)
    for i, (inc, _) in enumerate(dated):
        if inc.spot is None:  # a whole day's toll and the spots of that day: one occurrence (see `_merged`)
            for j, (other, _) in enumerate(dated):
                if other.date == inc.date and other.spot is not None:
                    uf.union(i, j)
    for i, (inc, fig) in enumerate(dated):
        if inc.id in vouched:
            continue
        earlier = [j for j in range(i) if dated[j][0].date != inc.date and _same_spot(dated[j][0], inc)]
        if earlier:
            if uf.find(earlier[-1]) != uf.find(i):
                before = dated[uf.find(earlier[-1])][0]  # the occurrence's first incident
                uf.union(earlier[-1], i)
                reasons.append(
                    _counted_with(metric, inc, fig, before, "a later count of the toll, or the article's date")
                )
            continue
        # No earlier occurrence: a day's figures dated only by the article, a day before reports that date their
        # own figures to the next day ("killed on Tuesday" for a blast late on Monday, or the count's day), are
        # that occurrence told by another day's report; a week before, they are an occurrence of their own.
        after = [
            j for j in range(i + 1, len(dated)) if _within_slack(dated[j][0], inc) and _same_spot(dated[j][0], inc)
        ]
        if after and uf.find(after[0]) != uf.find(i):
            later = dated[after[0]][0]
            uf.union(i, after[0])
            reasons.append(
                _counted_with(
                    metric, inc, fig, later, "the article's date, a day from reports that date their own figures"
                )
            )
    for i, j, toll in _repeated_tolls(dated):
        if uf.find(i) != uf.find(j):
            uf.union(i, j)
            reasons.append(_told_twice(metric, dated[j][0], dated[i][0], toll))
    groups: dict[int, list[_Pair]] = {}
    for i, pair in enumerate(dated):
        groups.setdefault(uf.find(i), []).append(pair)
    return [_merged(metric, g, claims, dup_of) for _, g in sorted(groups.items())], reasons


# Reports of one occurrence may date it a day apart (a blast late at night, time zones, the count's day): an
# incident no report dates itself joins a dated one this many days away (the grouping's `date_slack_days`).
_DATE_SLACK_DAYS = 1


# The very same mass toll at one place within this many days is one occurrence told twice (a report that dates the
# deaths to the day the dead were named, or misreads the day), never two disasters to add up.
_REPEATED_TOLL = 10
_REPEAT_DAYS = 7


def _repeated_tolls(dated: Sequence[_Pair]) -> list[tuple[int, int, int]]:
    """(earlier, later, toll) for dated incidents at one spot, days apart, whose reports give one same mass toll."""
    out = []
    for i, j in combinations(range(len(dated)), 2):
        (a, fa), (b, fb) = dated[i], dated[j]
        if a.date is None or b.date is None or a.date == b.date or not _same_spot(a, b):
            continue
        if abs((b.date - a.date).days) > _REPEAT_DAYS:
            continue
        shared = {v.value for v in fa.values} & {v.value for v in fb.values}
        toll = max((v for v in shared if v >= _REPEATED_TOLL), default=None)
        if toll is not None:
            out.append((i, j, toll))
    return out


def _told_twice(metric: str, inc: _Dated, other: _Dated, toll: int) -> Reason:
    return Reason(
        "same_occurrence",
        f"{metric}: {toll} is reported both for {_fmt_date(other.date)} and for {_fmt_date(inc.date)} at one "
        "place: one occurrence told twice (two disasters with the very same toll within days do not happen), so "
        "they are compared, not added.",
    )


def _within_slack(a: _Dated, b: _Dated) -> bool:
    return a.date is not None and b.date is not None and abs((a.date - b.date).days) <= _DATE_SLACK_DAYS


def _counted_with(metric: str, inc: _Dated, fig: Figure, other: _Dated, dated_by: str) -> Reason:
    """The note for an incident that no report dates itself, counted as another incident's occurrence."""
    return Reason(
        "same_occurrence",
        f"{metric}: {_join([f'{v.value} ({_who(v)})' for v in fig.values])} on {_fmt_date(inc.date)}: no report "
        f"dates deaths or injuries to that day itself (only {dated_by}), so "
        f"{'it is' if len(fig.values) == 1 else 'they are'} counted with the {_fmt_date(other.date)} occurrence: "
        f"compared, not added.",
    )


def _same_spot(a: _Dated, b: _Dated) -> bool:
    return a.spot is None or b.spot is None or a.spot == b.spot


def _merged(
    metric: str, group: Sequence[_Pair], claims: Claims, dup_of: Mapping[str, str]
) -> tuple[_Occurrence, Figure]:
    """Several incidents counted as one occurrence: one figure over them, one value per article."""
    first = group[0][0]
    ids = tuple(inc.id for inc, _ in group)
    if len(group) == 1:
        return _Occurrence(first.id, first.date, first.spot, ids), group[0][1]
    wholes = [pair for pair in group if pair[0].spot is None]
    sites = [pair for pair in group if pair[0].spot is not None]
    if wholes and sites and len({inc.date for inc, _ in group}) == 1:
        occurrence = _Occurrence(first.id, first.date, None, ids, whole_day=True)
        return occurrence, _whole_day_figure(metric, wholes, sites, claims, dup_of)
    values, others = _one_per_article(metric, group, claims)
    others += [v for _, fig in group for v in fig.other_values]
    spots = {inc.spot for inc, _ in group}
    occurrence = _Occurrence(first.id, first.date, spots.pop() if len(spots) == 1 else None, ids)
    return occurrence, _incident_figure(metric, values, others, first.date, dup_of, claims)


# A stated whole-day toll caps its spots' sum: the sum is taken only when the whole-day reports leave room for it
# (a lower bound, "at least 250", or an upper one above it) or it is above their largest figure by at most this
# share (a whole-day count that missed a late death at one spot). Far above it, the spots' figures overlap or come
# from other counts, and the day's stated toll is the estimate.
_WHOLE_DAY_SLACK = 0.1


def _whole_day_figure(
    metric: str, wholes: Sequence[_Pair], sites: Sequence[_Pair], claims: Claims, dup_of: Mapping[str, str]
) -> Figure:
    """A day's whole toll and its spots' tolls: the whole-day reports make the figure, the spots' values are
    parts of it (listed, not added). The estimate is the spots' sum only when that is larger and the whole-day
    reports leave room for it (`_WHOLE_DAY_SLACK`): a whole-day report that missed a spot; a note then names the
    spots it adds up."""
    values, others = _one_per_article(metric, wholes, claims)
    parts, part_others = _one_per_article(metric, sites, claims)
    others += parts + part_others + [v for _, fig in (*wholes, *sites) for v in fig.other_values]
    figure = _incident_figure(metric, values, others, wholes[0][0].date, dup_of, claims)
    site_sum = _summed_estimate(sites)
    spots = _join([f"{inc.spot} ({fig.estimate.best})" for inc, fig in sites if fig.values])
    told = _join([f"{_wording(v)} ({_who(v)})" for v in values])
    whole_best, sum_best = figure.estimate.best or 0, site_sum.best or 0
    verb = "gives" if len(values) == 1 else "give"
    if sum_best <= whole_best:
        note = Reason(
            "same_occurrence",
            f"{metric}: {told} {verb} the whole day's toll; the figures at {spots} are parts of it, compared with it, "
            f"not added to it.",
        )
    elif _room_for(values, sites, sum_best):
        figure = replace(figure, estimate=site_sum)
        note = Reason(
            "summed_incidents",
            f"The {metric} estimate {sum_best} adds up the figures at {spots}: above the whole day's toll of {told}, "
            f"which missed part of them.",
        )
    else:
        note = Reason(
            "same_occurrence",
            f"{metric}: {told} {verb} the whole day's toll; the figures at {spots} add up to {sum_best}, far above "
            f"it (counted twice or at other times), so the stated toll is the estimate: compared, not added.",
        )
    return replace(figure, reasons=[*figure.reasons, note], notes=[*figure.notes, note.text])


_WHOLE_DAY_CODES = ("same_occurrence", "summed_incidents")
_BOUND_CODES = ("lower_bound", "upper_bound")


def _room_for(wholes: Sequence[FigureValue], sites: Sequence[_Pair], total: int) -> bool:
    """Do whole-day figures allow the spots' total: one of them a lower bound, or an upper bound at or above it,
    or the total within `_WHOLE_DAY_SLACK` of the largest? A whole-day figure below one spot's own figure is an
    early count that the spot's reports already passed, no cap."""
    if any(v.qualifier in _LOWER_BOUNDED and v.high is None for v in wholes):
        return True
    top = max(_upper(v) for v in wholes)
    if top < max((fig.estimate.best or 0) for _, fig in sites):
        return True
    return total <= top * (1 + _WHOLE_DAY_SLACK)


def _one_per_article(
    metric: str, pairs: Iterable[_Pair], claims: Claims
) -> tuple[list[FigureValue], list[FigureValue]]:
    """Each article's latest whole-event figure over these incidents (`_pick`); its other values apart."""
    values: list[FigureValue] = []
    others: list[FigureValue] = []
    for parts in _by_article(pairs).values():
        head = _pick([v for _, v in parts], metric, claims)
        values.append(head)
        others += [v for _, v in parts if v is not head]
    return values, others


def _sum_value(parts: Sequence[FigureValue]) -> FigureValue:
    """One report's figures for truly different occurrences, added up (its value for the event)."""
    lows = [p.low for p in parts]
    highs = [p.high for p in parts]
    first = parts[0]
    return FigureValue(
        source=first.source,
        article_id=first.article_id,
        claim_id=first.claim_id,
        value=sum(p.value for p in parts),
        low=sum(x for x in lows if x is not None) if all(x is not None for x in lows) else None,
        high=sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None,
        qualifier=first.qualifier if all(p.qualifier == first.qualifier for p in parts) else "sum",
        incident_date=None,
        published_at=first.published_at,
        attribution=first.attribution,
        quote=" / ".join(p.quote for p in parts),
        role="sum",
        incident_id=None,
        claim_ids=[c for p in parts for c in p.claim_ids],
        share=first.share if all(p.share == first.share for p in parts) else None,
    )


def _event_values(
    metric: str, per_incident: Sequence[_Pair], summed: Sequence[_Pair], claims: Claims
) -> tuple[list[FigureValue], list[FigureValue]]:
    """One value per article, and its other values for the event. An article whose figures fall in two or more
    summed occurrences that it tells apart itself (`_apart`) shows their sum; any other shows its latest
    whole-event figure over all its values (`_pick`): a report's own figures are never added up otherwise."""
    in_summed = _by_article(summed)
    values: list[FigureValue] = []
    others: list[FigureValue] = []
    for aid, parts in _by_article(per_incident).items():
        mine = in_summed.get(aid, [])
        if len(mine) >= 2 and _apart(mine, claims):
            total = _sum_value(sorted((v for _, v in mine), key=lambda v: (v.incident_date or date.min, v.claim_id)))
            values.append(total)
            used = {c for _, v in mine for c in v.claim_ids}
            others += [v for _, v in parts if not set(v.claim_ids) <= used]
            continue
        head = _pick([v for _, v in parts], metric, claims)
        values.append(head)
        others += [v for _, v in parts if v is not head]
    values.sort(key=_value_order)
    return values, others


def _incidents_reason(metric: str, per_incident: Sequence[_Pair]) -> list[Reason]:
    """'9 describes 11 October while the others describe 4 October or give no date.'"""
    groups = [(inc, fig) for inc, fig in per_incident if fig.values]
    if len(groups) < 2:
        return []
    largest = max(groups, key=lambda g: (len(g[1].values), -groups.index(g)))
    reasons = []
    for inc, fig in groups:
        if inc is largest[0]:
            continue
        nums = [str(v.value) for v in fig.values]
        rest = [g for g in groups if g[0] is not inc]
        dates = sorted(
            {
                _fmt_date(g[0].date) + (f" ({g[0].spot})" if g[0].spot and g[0].date == inc.date else "")
                for g in rest
                if g[0].date is not None
            }
        )
        undated = any(v.incident_date is None for g in rest for v in g[1].values) or any(
            g[0].date is None for g in rest
        )
        where = f" ({inc.spot})" if inc.spot else ""
        others = " and ".join(dates) if dates else ""
        tail = f"{others} or give no date" if others and undated else (others or "give no date")
        verb = "describes" if len(nums) == 1 else "describe"
        reasons.append(
            Reason(
                "different_incidents",
                f"{metric}: {_join(nums)} {verb} {'an incident on ' if inc.date else 'an undated incident'}"
                f"{_fmt_date(inc.date) if inc.date else ''}{where} while the others describe {tail}".replace(
                    "describe give", "give"
                ),
            )
        )
    return reasons


def _summed_estimate(summed: Sequence[_Pair]) -> Estimate:
    estimates = [fig.estimate for _, fig in summed]
    highs = [e.high for e in estimates]
    return Estimate(
        low=sum(e.low or 0 for e in estimates),
        best=sum(e.best or 0 for e in estimates),
        high=sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None,
        rule=SUM_RULE,
    )


def _incident_name(inc: _Dated) -> str:
    return _fmt_date(inc.date) + (f", {inc.spot}" if inc.spot else "")


def _sum_reasons(
    metric: str,
    estimate: Estimate,
    values: Sequence[FigureValue],
    per_incident: Sequence[_Pair],
    summed: Sequence[tuple[_Occurrence, Figure]],
) -> list[Reason]:
    """Say which incidents an estimate above every report adds up, and which undated reports it leaves out."""
    reasons = []
    if estimate.best is not None and values and estimate.best > max(v.value for v in values):
        parts = _join([f"{fig.estimate.best} ({_incident_name(inc)})" for inc, fig in summed])
        reasons.append(
            Reason(
                "summed_incidents",
                f"The {metric} estimate {estimate.best} adds up {len(summed)} separate incidents: {parts}; no "
                f"single report gives that total.",
            )
        )
    summed_ids = {i for occ, _ in summed for i in occ.incident_ids}
    left = [v for inc, fig in per_incident if inc.id not in summed_ids for v in fig.values]
    if summed and left:
        reasons.append(
            Reason(
                "not_summed",
                f"{_join([f'{v.value} ({_who(v)})' for v in left])} give{'s' if len(left) == 1 else ''} no date "
                f"that sets {'it' if len(left) == 1 else 'them'} apart from the dated incidents; listed, not added "
                f"to the {metric} estimate.",
            )
        )
    return reasons


def _one_occurrence_reasons(metric: str, per_incident: Sequence[_Pair]) -> list[Reason]:
    """Reports kept in incidents of their own for want of a date, but counted as the one occurrence."""
    groups = [(inc, fig) for inc, fig in per_incident if fig.values]
    if len(groups) < 2:
        return []
    dated = [inc for inc, _ in groups if inc.date is not None]
    apart = [v for inc, fig in groups if inc.date is None for v in fig.values]
    if not apart:
        return []
    when = f"the {_fmt_date(dated[0].date)} incident" if dated else "the other reports"
    return [
        Reason(
            "undated_grouped",
            f"{_join([f'{v.value} ({_who(v)})' for v in apart])} give{'s' if len(apart) == 1 else ''} no date; "
            f"counted as the same occurrence as {when}: compared with the other {metric} figures, not added.",
        )
    ]


def _event_figure(
    metric: str, per_incident: Sequence[_Pair], dup_of: Mapping[str, str], claims: Claims, vouched: set[str]
) -> Figure:
    """The event's figure. Incidents are added up only when they are truly different occurrences (see
    `_occurrences`); otherwise every report describes one occurrence and the event takes the incident rule over
    all of them, so an undated report or a later count is compared with the others, never added to them."""
    occurrences, gathered = _occurrences(metric, per_incident, claims, dup_of, vouched)
    summed = occurrences if len(occurrences) >= 2 else []
    values, extra = _event_values(metric, per_incident, summed, claims)
    others = [v for _, fig in per_incident for v in fig.other_values] + extra
    whole_day = occurrences[0][1] if len(occurrences) == 1 and occurrences[0][0].whole_day else None
    gathered += [r for occ, fig in occurrences if occ.whole_day for r in fig.reasons if r.code in _WHOLE_DAY_CODES]
    disputing = values
    if summed:
        estimate = _summed_estimate(summed)
        origins = sum(fig.origins for _, fig in summed)
        disputed = any(fig.disputed for _, fig in summed)
    elif whole_day is not None:
        estimate, origins, disputed = whole_day.estimate, whole_day.origins, whole_day.disputed
    else:
        latest = [o.latest(update_test(claims)) for o in _origins(values, dup_of)]
        contenders, share_notes = apart_shares(metric, latest)
        current, update_notes = current_figures(metric, contenders, claims)
        gathered += share_notes + update_notes
        if len(per_incident) > 1:  # across incidents counted as one occurrence, as within one
            gathered += _bound_reasons(metric, current)
        estimate = _estimate(current)
        origins, disputed = len(latest), _disputed(current)
        disputing = current  # the figures still in contention: earlier counts a later one passed are not
    reasons = _incidents_reason(metric, summed) if summed else _one_occurrence_reasons(metric, per_incident)
    reasons += gathered
    reasons += _sum_reasons(metric, estimate, values, per_incident, summed)
    multi = sum(1 for _, fig in per_incident if fig.values or fig.other_values) > 1
    reasons = [r for i, r in enumerate(reasons) if all(r.text != o.text for o in reasons[:i])]  # each note once
    seen: set[str] = {r.text for r in reasons}
    # counted as one occurrence, the event's own bound notes compare all the figures: an incident's are a part
    compared = () if summed or whole_day is not None or len(per_incident) < 2 else _BOUND_CODES
    for inc, fig in per_incident:
        for r in fig.reasons:
            if (r.code == "conflict" and not disputed) or r.code in compared or r.text in seen:
                continue
            text = f"{_fmt_date(inc.date)}: {r.text}" if multi and inc.date else r.text
            if text not in seen:
                seen.add(text)
                reasons.append(Reason(r.code, text))
    if disputed and not summed and not any(r.code == "conflict" for r in reasons):
        reasons.append(conflict_reason(metric, disputing))
    return Figure(
        metric=metric,
        values=values,
        other_values=others,
        spread=_spread(values),
        estimate=estimate,
        notes=[r.text for r in reasons],
        reasons=reasons,
        disputed=disputed,
        origins=origins,
    )
