"""The event roll-up: one value per article over the event's incidents, and the event's estimate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.events import IncidentState
from core.reconcile.figures import (
    _disputed,
    _estimate,
    _fmt_date,
    _join,
    _spread,
    _who,
)
from core.reconcile.origins import _origins
from core.reconcile.views import SUM_RULE, Estimate, Figure, FigureValue, Reason, _value_order

# ---------------------------------------------------------------------------------------------------------
# Event roll-up


def _rollup_values(per_incident: Sequence[tuple[IncidentState, Figure]]) -> list[FigureValue]:
    """One value per article: the sum of its headline values over the incidents it covers."""
    by_article: dict[str, list[FigureValue]] = {}
    for _, fig in per_incident:
        for v in fig.values:
            by_article.setdefault(v.article_id, []).append(v)
    out = []
    for aid in sorted(by_article, key=lambda a: _value_order(by_article[a][0])):
        parts = by_article[aid]
        if len(parts) == 1:
            out.append(parts[0])
            continue
        lows = [p.low for p in parts]
        highs = [p.high for p in parts]
        first = parts[0]
        out.append(
            FigureValue(
                source=first.source,
                article_id=aid,
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
            )
        )
    return out


def _incidents_reason(metric: str, per_incident: Sequence[tuple[IncidentState, Figure]]) -> list[Reason]:
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
        dates = sorted({_fmt_date(g[0].date) for g in rest if g[0].date is not None})
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


def _summable(per_incident: Sequence[tuple[IncidentState, Figure]]) -> list[tuple[IncidentState, Figure]]:
    """The incidents whose figures may be added up: dated ones with a whole-incident value, and only when at
    least two of them are truly different (another date, or another spot the same day). An undated incident
    may be the same occurrence told without a date, so adding it could count the same dead twice."""
    dated = [(inc, fig) for inc, fig in per_incident if fig.values and inc.date is not None]
    occurrences = {(inc.date, inc.spot or "") for inc, _ in dated}
    return dated if len(occurrences) >= 2 else []


def _event_values(
    per_incident: Sequence[tuple[IncidentState, Figure]], summed: Sequence[tuple[IncidentState, Figure]]
) -> list[FigureValue]:
    """One value per article. Over summable incidents, the sum of its headline values (see `_rollup_values`);
    an article with no part in them shows its value for the incident holding most reports."""
    summed_ids = {inc.id for inc, _ in summed}
    values = _rollup_values([pair for pair in per_incident if pair[0].id in summed_ids]) if summed else []
    covered = {v.article_id for v in values}
    rest = [pair for pair in per_incident if pair[0].id not in summed_ids and pair[1].values]
    rest.sort(key=lambda pair: (-len(pair[1].values), pair[0].date is None, pair[0].id))
    for _, fig in rest:
        for v in fig.values:
            if v.article_id not in covered:
                covered.add(v.article_id)
                values.append(v)
    values.sort(key=_value_order)
    return values


def _summed_estimate(summed: Sequence[tuple[IncidentState, Figure]]) -> Estimate:
    estimates = [fig.estimate for _, fig in summed]
    highs = [e.high for e in estimates]
    return Estimate(
        low=sum(e.low or 0 for e in estimates),
        best=sum(e.best or 0 for e in estimates),
        high=sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None,
        rule=SUM_RULE,
    )


def _incident_name(inc: IncidentState) -> str:
    return _fmt_date(inc.date) + (f", {inc.spot}" if inc.spot else "")


def _sum_reasons(
    metric: str,
    estimate: Estimate,
    values: Sequence[FigureValue],
    per_incident: Sequence[tuple[IncidentState, Figure]],
    summed: Sequence[tuple[IncidentState, Figure]],
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
    summed_ids = {inc.id for inc, _ in summed}
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


def _one_occurrence_reasons(metric: str, per_incident: Sequence[tuple[IncidentState, Figure]]) -> list[Reason]:
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
    metric: str, per_incident: Sequence[tuple[IncidentState, Figure]], dup_of: Mapping[str, str]
) -> Figure:
    """The event's figure. Incidents are added up only when they are truly different occurrences (see
    `_summable`); otherwise every report describes one occurrence and the event takes the incident rule over
    all of them, so an undated report is compared with the others, never added to them."""
    summed = _summable(per_incident)
    values = _event_values(per_incident, summed)
    others = [v for _, fig in per_incident for v in fig.other_values]
    if summed:
        estimate = _summed_estimate(summed)
        origins = sum(fig.origins for _, fig in summed)
        disputed = any(fig.disputed for _, fig in summed)
    else:
        latest = [o.latest() for o in _origins(values, dup_of)]
        estimate, origins, disputed = _estimate(latest), len(latest), _disputed(latest)
    reasons = _incidents_reason(metric, summed) if summed else _one_occurrence_reasons(metric, per_incident)
    reasons += _sum_reasons(metric, estimate, values, per_incident, summed)
    multi = sum(1 for _, fig in per_incident if fig.values or fig.other_values) > 1
    seen: set[str] = {r.text for r in reasons}
    for inc, fig in per_incident:
        for r in fig.reasons:
            if r.code == "conflict" and not disputed:
                continue
            text = f"{_fmt_date(inc.date)}: {r.text}" if multi and inc.date else r.text
            if text not in seen:
                seen.add(text)
                reasons.append(Reason(r.code, text))
    if disputed and not summed and not any(r.code == "conflict" for r in reasons):
        reasons.append(
            Reason(
                "conflict",
                f"Independent sources disagree on {metric} ({_join(sorted({str(v.value) for v in values}))}) "
                f"even allowing for bounds and updates.",
            )
        )
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
