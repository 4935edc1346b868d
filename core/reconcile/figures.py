"""Per incident: one headline value per article, the others apart, and the figure with its estimate and notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.events import IncidentState, claim_id
from core.headline import SHOT, main_incident_claims, pick_headline
from core.models import HARM_METRICS, WOUNDED, ArticleFacts, Claim, Qualifier, Role, is_plausible
from core.reconcile.borders import country_name
from core.reconcile.origins import _Origin, _origins
from core.reconcile.views import (
    MEDIAN_RULE,
    Estimate,
    Figure,
    FigureValue,
    Reason,
    Spread,
    _value_order,
)

_LOWER_BOUNDED = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_UPPER_BOUNDED = (Qualifier.UP_TO, Qualifier.NEARLY)

# ---------------------------------------------------------------------------------------------------------
# Collecting values


def _metric_order(metric: str) -> tuple[int, str]:
    return (HARM_METRICS.index(metric) if metric in HARM_METRICS else len(HARM_METRICS), metric)


def _figure_value(article: ArticleFacts, cid: str, claim: Claim, incident: IncidentState) -> FigureValue:
    return FigureValue(
        source=article.source,
        article_id=article.id,
        claim_id=cid,
        value=claim.value,
        low=claim.low,
        high=claim.high,
        qualifier=claim.qualifier,  # a StrEnum: a plain str in JSON
        incident_date=claim.incident_date,
        published_at=article.published_at,
        attribution=claim.attribution,
        quote=claim.quote,
        role=claim.role,
        incident_id=incident.id,
        claim_ids=[cid],
    )


@dataclass
class _IncidentValues:
    """Per metric: the headline value of each member article, and the rest."""

    values: dict[str, list[FigureValue]] = field(default_factory=dict)
    others: dict[str, list[FigureValue]] = field(default_factory=dict)


def _collect(
    incident: IncidentState,
    articles: Mapping[str, ArticleFacts],
    index: dict[str, dict[str, Claim]],
    mains: dict[str, set[int]] | None = None,
    shares: Mapping[str, str] | None = None,
) -> _IncidentValues:
    """Each member's values in the incident. `index` and `mains` (its main incident's claims) are filled per
    article once for all the event's incidents; `shares`: the country whose share each member tells of a
    disaster that crossed a border (`core.reconcile.borders`), set on its values."""
    mains = {} if mains is None else mains
    out = _IncidentValues()
    for member in incident.members:
        article = articles.get(member.article_id)
        if article is None:
            continue  # not loaded: the store keeps events and articles in step; skip rather than fail
        by_id = index.get(article.id)
        if by_id is None:
            by_id = index[article.id] = {claim_id(article.id, i, c): c for i, c in enumerate(article.claims)}
        main = mains.get(article.id)
        if main is None:
            main = mains[article.id] = {id(c) for c in main_incident_claims(list(by_id.values()))}
        by_metric: dict[str, list[tuple[str, Claim]]] = {}
        claims: list[Claim] = []
        for cid in member.claim_ids:
            claim = by_id.get(cid)
            if claim is not None and is_plausible(claim):  # an implausible figure stored earlier is ignored
                by_metric.setdefault(claim.metric, []).append((cid, claim))
                claims.append(claim)
        metrics = list(by_metric)
        if SHOT in by_metric and WOUNDED not in by_metric:
            metrics.append(WOUNDED)  # "four shot, one fatally": the headline may derive 3 wounded
        for metric in metrics:
            pairs = by_metric.get(metric, [])
            head = _headline(_main_first(claims, main, metric), pairs, metric)
            for cid, claim in pairs:
                fv = _figure_value(article, cid, claim, incident)
                if claim is head:
                    out.values.setdefault(metric, []).append(fv)
                else:
                    out.others.setdefault(metric, []).append(fv)
            if head is not None and all(head is not c for _, c in pairs):
                out.values.setdefault(metric, []).append(_derived_value(article, head, by_metric, incident))
    if shares:
        for found in (*out.values.values(), *out.others.values()):
            for v in found:
                v.share = shares.get(v.article_id)
    return out


def _main_first(claims: list[Claim], main: set[int], metric: str) -> list[Claim]:
    """A member's claims in the incident, only those of its article's main incident when some of them give the
    metric (`main_incident_claims`, as its headline reads them): a province's "200 injured" told beside the whole
    quake's 2,323 in the same incident is that province's share."""
    wanted = (metric, SHOT) if metric == WOUNDED else (metric,)
    kept = [c for c in claims if id(c) in main]
    return kept if any(c.metric in wanted for c in kept) else claims


def _headline(claims: list[Claim], pairs: list[tuple[str, Claim]], metric: str) -> Claim | None:
    """`pick_headline` over one member's claims in the incident, skipping the call in the common case it
    would answer trivially (a single non-zero total of the metric: the only candidate)."""
    if len(pairs) == 1:
        only = pairs[0][1]
        if only.role is Role.TOTAL and only.value > 0 and only.derivation != "perpetrator":
            return only
    return pick_headline(claims, metric)


def _derived_value(
    article: ArticleFacts, head: Claim, by_metric: Mapping[str, list[tuple[str, Claim]]], incident: IncidentState
) -> FigureValue:
    """A headline the picker derived (wounded = shot - killed): shown with the claim it was derived from."""
    source = next(
        (cid for cid, c in by_metric.get(SHOT, []) if (c.start, c.end, c.field) == (head.start, head.end, head.field)),
        None,
    )
    source = source or next((cid for pairs in by_metric.values() for cid, _ in pairs), "")
    fv = _figure_value(article, source, head, incident)
    fv.role = "derived"
    return fv


# ---------------------------------------------------------------------------------------------------------
# Figures


def _lower(v: FigureValue) -> int:
    return v.low if v.low is not None else v.value


def _upper(v: FigureValue) -> int:
    return v.high if v.high is not None else v.value


def _interval(v: FigureValue) -> tuple[int, float]:
    """The values the wording allows: "at least 4" -> [4, inf), "as many as 34" -> [0, 34]."""
    lo = v.low if v.low is not None else (0 if v.qualifier in _UPPER_BOUNDED else v.value)
    hi: float = v.high if v.high is not None else (float("inf") if v.qualifier in _LOWER_BOUNDED else v.value)
    return lo, hi


def _spread(values: Sequence[FigureValue]) -> Spread:
    if not values:
        return Spread(None, None, None, [])
    nums = [v.value for v in values]
    lo, hi = min(nums), max(nums)
    return Spread(lo, hi, hi - lo, sorted(set(nums)))


def _median_high(nums: Sequence[int]) -> int:
    """The median; of an even count, the upper middle value (a reported figure, never an average)."""
    ordered = sorted(nums)
    return ordered[len(ordered) // 2]


def _estimate(latest: Sequence[FigureValue]) -> Estimate:
    if not latest:
        return Estimate(None, None, None, MEDIAN_RULE)
    best = _median_high([v.value for v in latest])
    # low <= best <= high always: a lone "more than 1,300" has a lower bound of 1,301 above its stated value
    return Estimate(
        low=min(min(_lower(v) for v in latest), best),
        best=best,
        high=max(max(_upper(v) for v in latest), best),
        rule=MEDIAN_RULE,
    )


def _disputed(latest: Sequence[FigureValue]) -> bool:
    if any(v.share for v in latest):  # only countries' shares (see `apart_shares`): each country's compared
        by_country: dict[str | None, list[FigureValue]] = {}
        for v in latest:
            by_country.setdefault(v.share, []).append(v)
        return any(_disputed_values(group) for group in by_country.values())
    return _disputed_values(latest)


def _disputed_values(latest: Sequence[FigureValue]) -> bool:
    if len(latest) < 2:
        return False
    intervals = [_interval(v) for v in latest]
    return max(lo for lo, _ in intervals) > min(hi for _, hi in intervals)


def apart_shares(metric: str, latest: Sequence[FigureValue]) -> tuple[list[FigureValue], list[Reason]]:
    """The figures compared, and a note for the countries' shares set apart: beside the whole's figures (of
    reports naming the countries together), one country's share of a disaster that crossed a border is a part,
    not a contender (`core.reconcile.borders`). With no whole's figure, all of them (each country's compared
    among themselves, see `_disputed`)."""
    shares = [v for v in latest if v.share]
    wholes = [v for v in latest if not v.share]
    if not shares:
        return list(latest), []
    if not wholes:
        told = sorted({str(v.share) for v in shares})
        if len(told) < 2:
            return list(latest), []
        listed = _join([f"{country_name(c)}: {_join([str(v.value) for v in shares if v.share == c])}" for c in told])
        note = f"Only countries' shares of a disaster that crossed a border are given ({listed}); no report gives "
        return list(latest), [Reason("country_share", note + f"the whole's {metric} figure.")]
    by_country: dict[str, list[FigureValue]] = {}
    for v in shares:
        by_country.setdefault(str(v.share), []).append(v)
    reasons = [
        Reason(
            "country_share",
            f"{_join([f'{_wording(v)} {metric} ({_who(v)})' for v in group])} "
            f"{'is' if len(group) == 1 else 'are'} {country_name(country)}'s share of a disaster that crossed a "
            f"border: a part of the whole, not compared with it.",
        )
        for country, group in sorted(by_country.items())
    ]
    return wholes, reasons


def _wording(v: FigureValue) -> str:
    words = {
        Qualifier.AT_LEAST: "at least",
        Qualifier.MORE_THAN: "more than",
        Qualifier.UP_TO: "as many as",
        Qualifier.NEARLY: "nearly",
        Qualifier.ABOUT: "about",
    }
    prefix = next((w for q, w in words.items() if q.value == v.qualifier), None)
    return f'"{prefix} {v.value}"' if prefix else str(v.value)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _who(v: FigureValue) -> str:
    return v.attribution or v.source or v.article_id


def _fmt_date(d: date | None) -> str:
    return f"{d.day} {d.strftime('%B %Y')}" if d is not None else "no date"


def _bound_reasons(metric: str, latest: Sequence[FigureValue]) -> list[Reason]:
    reasons = []
    for v in latest:
        others = [o.value for o in latest if o is not v]
        if not others:
            continue
        if v.qualifier in _LOWER_BOUNDED and any(o >= _lower(v) for o in others if o != v.value):
            higher = sorted({o for o in others if o > v.value})
            if higher:
                reasons.append(
                    Reason(
                        "lower_bound",
                        f"{_wording(v)} {metric} ({_who(v)}) is a lower bound, compatible with the higher "
                        f"figure{'s' if len(higher) > 1 else ''} {_join([str(h) for h in higher])}.",
                    )
                )
        if v.qualifier in _UPPER_BOUNDED:
            lower = sorted({o for o in others if o < v.value})
            if lower:
                reasons.append(
                    Reason(
                        "upper_bound",
                        f"{_wording(v)} {metric} ({_who(v)}) is an upper bound, compatible with the lower "
                        f"figure{'s' if len(lower) > 1 else ''} {_join([str(h) for h in lower])}.",
                    )
                )
    return reasons


def _origin_reasons(metric: str, origins: Sequence[_Origin], values: Sequence[FigureValue]) -> list[Reason]:
    reasons = []
    for origin in origins:
        distinct = sorted({v.value for v in origin.members})
        if len(origin.members) < 2 or len(distinct) < 2 or not origin.by_claimant:
            continue
        who = _who(origin.members[0])
        dated = sorted((v for v in origin.members if v.published_at is not None), key=lambda v: v._when)
        if len(dated) >= 2 and dated[0].value != dated[-1].value:
            verb = "raised" if dated[-1].value > dated[0].value else "lowered"
            reasons.append(
                Reason(
                    "update",
                    f"{who} {verb} the {metric} figure from {dated[0].value} to {dated[-1].value} in a later "
                    f"report: an update, not a contest; only the latest counts.",
                )
            )
        else:
            reasons.append(
                Reason(
                    "same_claimant_varies",
                    f"{who} is cited for {_join([str(d) for d in distinct])} {metric}; without publication "
                    f"dates the order is unknown, so the highest counts once.",
                )
            )
    if len(values) >= 2 and len(origins) == 1 and origins[0].by_claimant:
        reasons.append(
            Reason(
                "single_claimant",
                f"All {len(values)} {metric} figures trace back to one claimant ({_who(values[0])}); they are "
                f"not independent confirmations.",
            )
        )
    return reasons


def _wire_reasons(metric: str, values: Sequence[FigureValue], dup_of: Mapping[str, str]) -> list[Reason]:
    groups: dict[str, list[str]] = {}
    for v in values:
        if v.article_id in dup_of:
            groups.setdefault(dup_of[v.article_id], []).append(v.article_id)
    reasons = []
    for ids in sorted(groups.values()):
        if len(ids) >= 2:
            reasons.append(
                Reason(
                    "shared_wire_text",
                    f"Articles {_join(sorted(ids))} share wire text (near-duplicates); their {metric} figures "
                    f"count as one source, not {len(ids)} independent ones.",
                )
            )
    return reasons


def _undated_reasons(metric: str, values: Sequence[FigureValue], incident_date: date | None) -> list[Reason]:
    if incident_date is None:
        return []
    undated = [v for v in values if v.incident_date is None]
    if not undated:
        return []
    return [
        Reason(
            "undated_grouped",
            f"{_join([f'{v.value} ({_who(v)})' for v in undated])} give{'s' if len(undated) == 1 else ''} no "
            f"date; grouped with the {_fmt_date(incident_date)} incident by place, figures and text.",
        )
    ]


Claims = Mapping[str, Mapping[str, Claim]]  # article id -> claim id -> claim


def update_test(claims: Claims | None) -> Callable[[FigureValue], bool] | None:
    """Whether a value's claim is a toll update ("rose to", "s'est alourdi à"), when the claims are at hand."""
    if not claims:
        return None

    def is_update(v: FigureValue) -> bool:
        c = claims.get(v.article_id, {}).get(v.claim_id)
        return c is not None and c.update

    return is_update


def later_updates(latest: Sequence[FigureValue], claims: Claims) -> dict[int, FigureValue]:
    """The per-origin figures a later report's toll update passes (index in `latest` -> the update): "the death
    toll rose to 30", published after another outlet's "at least 12", is the same toll counted later, not a
    second opinion. An update passes only smaller figures published before it (or larger ones when its text
    says the toll was revised down)."""
    out: dict[int, FigureValue] = {}
    updates = []
    for u in latest:
        c = claims.get(u.article_id, {}).get(u.claim_id)
        if c is not None and c.update and u.role != "derived":
            updates.append((u, c.revised_down))
    for i, v in enumerate(latest):
        later = [u for u, down in updates if u is not v and _passes(u, v, down)]
        if later:
            out[i] = max(later, key=lambda u: (u.published_at is None, u._when, u.value))
    return out


def _passes(update: FigureValue, v: FigureValue, down: bool) -> bool:
    """Does a toll update pass `v`? One published after it, no smaller (or smaller when revised down); one
    with no publication date when it is larger: a toll told as risen above a figure was counted after it."""
    if update.published_at is None:
        return update.value > v.value and not down
    return v.published_at is not None and update._when > v._when and (update.value >= v.value or down)


def _update_reasons(metric: str, latest: Sequence[FigureValue], passed: Mapping[int, FigureValue]) -> list[Reason]:
    reasons = []
    for i, u in sorted(passed.items()):
        v = latest[i]
        if v.value == u.value:
            continue
        reasons.append(
            Reason(
                "update",
                f"{_wording(v)} {metric} ({_who(v)}) is an earlier count: a later report gives the toll as "
                f'{u.value} ({_who(u)}, "{u.quote}"): an update, not a contest.',
            )
        )
    return reasons


def current_figures(
    metric: str, latest: Sequence[FigureValue], claims: Claims | None
) -> tuple[list[FigureValue], list[Reason]]:
    """The per-origin figures no later toll update passes (`later_updates`), and an `update` note for each one
    that is passed. Without claims, all of them."""
    if not claims:
        return list(latest), []
    passed = later_updates(latest, claims)
    return [v for i, v in enumerate(latest) if i not in passed], _update_reasons(metric, latest, passed)


def _incident_figure(
    metric: str,
    values: list[FigureValue],
    others: list[FigureValue],
    incident_date: date | None,
    dup_of: Mapping[str, str],
    claims: Claims | None = None,
) -> Figure:
    values.sort(key=_value_order)
    others.sort(key=_value_order)
    origins = _origins(values, dup_of)
    latest = [o.latest(update_test(claims)) for o in origins]
    compared, share_notes = apart_shares(metric, latest)
    current, update_notes = current_figures(metric, compared, claims)
    disputed = _disputed(current)
    reasons = _undated_reasons(metric, values, incident_date)
    reasons += share_notes
    reasons += _origin_reasons(metric, origins, values)
    reasons += update_notes
    reasons += _wire_reasons(metric, values, dup_of)
    reasons += _bound_reasons(metric, current)
    if others and not values:
        listed = _join([f"{v.value} ({v.role})" for v in others[:5]])
        reasons.append(
            Reason(
                "no_total",
                f"No report gives a whole-incident {metric} figure; only subsets, increments or partial "
                f"figures: {listed}.",
            )
        )
    elif others:
        reasons.append(
            Reason(
                "subsets_excluded",
                f"{len(others)} other {metric} figure{'s' if len(others) > 1 else ''} (subsets, partial or "
                f"earlier figures) listed apart and not compared.",
            )
        )
    if disputed:
        reasons.append(conflict_reason(metric, current))
    return Figure(
        metric=metric,
        values=values,
        other_values=others,
        spread=_spread(values),
        estimate=_estimate(current),
        notes=[r.text for r in reasons],
        reasons=reasons,
        disputed=disputed,
        origins=len(origins),
    )


def conflict_reason(metric: str, values: Sequence[FigureValue]) -> Reason:
    """The note that independent sources disagree on a figure, naming their values."""
    return Reason(
        "conflict",
        f"Independent sources disagree on {metric} ({_join(sorted({str(v.value) for v in values}))}) "
        f"even allowing for bounds and updates.",
    )
