"""Reconciling the figures of one event: one value per article, the spread, an estimate, and why they differ.

Per incident and metric, each member article contributes exactly one value: its headline figure for that
incident (`core.headline.pick_headline` over the article's claims in the incident; never a subset). Its other
claims of the metric (subsets, partial figures, earlier figures, context) are kept in `other_values`.

**Estimate rule `median_latest_per_origin`** (per incident):

1. Values are grouped into *origins*: values whose attributions name the same claimant (token match, e.g.
   "Azerbaijan's foreign ministry" ~ "Azerbaijani Ministry of Foreign Affairs"), and articles that are
   near-duplicates of each other (shared wire text, via `core.similarity`), are one origin.
2. Each origin counts once, with its latest figure (by `published_at`; without dates, its highest figure,
   since tolls are revised upward far more often than down): a later report from the same claimant is an
   update, not a second opinion.
3. `best` = the median of those per-origin figures; of an even count the upper middle one (always a figure
   someone reported, never an average; tolls are revised upward far more often than down, and on the GVA dev
   set the upper middle matches the archive's count more often than the lower). `low` = the smallest
   per-origin figure, using its lower bound where the wording gives one; `high` = the largest, using its
   upper bound where given ("as many as 34" caps at 34; "at least 4" does not raise the high beyond what any
   source states).

**Event roll-up.** Incidents are added up only when they are truly different occurrences: dated, and at
least two of them on different dates or at different spots the same day. Then the rule is
`sum_of_incident_estimates`: the event's low/best/high are the sums of those incidents' (high is None if any
is unknown), an article's value is the sum of its headline values over them (so "1 killed on the 4th" and "9
on the 11th" stay two values of 1 and 9), a `summed_incidents` note names the incidents whenever the sum is
above every reported figure, and undated reports are listed but never added (`not_summed`). Otherwise every
report describes one occurrence, and the event takes `median_latest_per_origin` over all of them: "at least
12", an undated "15" and "as many as 20" give 15, never 12 + 15 + 20.

`disputed`: after collapsing updates (one value per origin) and honouring bounds (at least / up to /
ranges), the per-origin intervals have no common point. An event figure is disputed if any incident's is.

Reason codes (each with a plain-language note): `different_incidents`, `undated_grouped`, `update`,
`same_claimant_varies`, `lower_bound`, `upper_bound`, `single_claimant`, `shared_wire_text`,
`subsets_excluded`, `no_total`, `conflict`, `summed_incidents`, `not_summed`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from core.events import EventState, IncidentState, claim_id
from core.headline import SHOT, pick_headline
from core.models import HARM_METRICS, WOUNDED, ArticleFacts, Claim, Qualifier, Role, is_plausible
from core.places import fold, resolve_place
from core.similarity import near_duplicate_groups

MEDIAN_RULE = "median_latest_per_origin"
SUM_RULE = "sum_of_incident_estimates"
_LOWER_BOUNDED = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_UPPER_BOUNDED = (Qualifier.UP_TO, Qualifier.NEARLY)


# ---------------------------------------------------------------------------------------------------------
# View dataclasses (field names are the API's)


@dataclass(slots=True)
class FigureValue:
    """One article's figure. For an event roll-up over several incidents, `value` is the sum (see rule)."""

    source: str
    article_id: str
    claim_id: str
    value: int
    low: int | None
    high: int | None
    qualifier: str
    incident_date: date | None
    published_at: datetime | None
    attribution: str | None
    quote: str
    role: str = "total"
    incident_id: str | None = None
    claim_ids: list[str] = field(default_factory=list)  # several when summed over incidents
    _when: float = field(default=0.0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._when = _naive(self.published_at)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "article_id": self.article_id,
            "claim_id": self.claim_id,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "incident_date": _iso(self.incident_date),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "attribution": self.attribution,
            "quote": self.quote,
            "role": self.role,
            "incident_id": self.incident_id,
            "claim_ids": list(self.claim_ids),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> FigureValue:
        published = d.get("published_at")
        return cls(
            source=str(d.get("source") or ""),
            article_id=str(d["article_id"]),
            claim_id=str(d["claim_id"]),
            value=int(d["value"]),
            low=d.get("low"),
            high=d.get("high"),
            qualifier=str(d.get("qualifier") or Qualifier.EXACT.value),
            incident_date=_date(d.get("incident_date")),
            published_at=datetime.fromisoformat(published) if published else None,
            attribution=d.get("attribution"),
            quote=str(d.get("quote") or ""),
            role=str(d.get("role") or "total"),
            incident_id=d.get("incident_id"),
            claim_ids=[str(c) for c in d.get("claim_ids", [])],
        )


@dataclass
class Spread:
    min: int | None
    max: int | None
    range: int | None
    distinct: list[int]

    def to_dict(self) -> dict[str, Any]:
        return {"min": self.min, "max": self.max, "range": self.range, "distinct": list(self.distinct)}


@dataclass
class Estimate:
    low: int | None
    best: int | None
    high: int | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "rule": self.rule}


@dataclass
class Reason:
    code: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text}


@dataclass
class Figure:
    metric: str
    values: list[FigureValue]
    other_values: list[FigureValue]
    spread: Spread
    estimate: Estimate
    notes: list[str]
    reasons: list[Reason]
    disputed: bool
    origins: int = 0  # independent origins behind `values`

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "values": [v.to_dict() for v in self.values],
            "other_values": [v.to_dict() for v in self.other_values],
            "spread": self.spread.to_dict(),
            "estimate": self.estimate.to_dict(),
            "notes": list(self.notes),
            "reasons": [r.to_dict() for r in self.reasons],
            "disputed": self.disputed,
            "origins": self.origins,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Figure:
        s, e = d["spread"], d["estimate"]
        return cls(
            metric=str(d["metric"]),
            values=[FigureValue.from_dict(v) for v in d.get("values", [])],
            other_values=[FigureValue.from_dict(v) for v in d.get("other_values", [])],
            spread=Spread(s.get("min"), s.get("max"), s.get("range"), list(s.get("distinct", []))),
            estimate=Estimate(e.get("low"), e.get("best"), e.get("high"), str(e.get("rule") or "")),
            notes=[str(n) for n in d.get("notes", [])],
            reasons=[Reason(str(r["code"]), str(r["text"])) for r in d.get("reasons", [])],
            disputed=bool(d.get("disputed")),
            origins=int(d.get("origins", 0)),
        )


@dataclass
class IncidentView:
    id: str
    date: date | None
    location: str
    figures: list[Figure]
    location_key: str = ""
    spot: str | None = None
    article_count: int = 0
    disputed: bool = False
    article_ids: list[str] = field(default_factory=list)  # every member, including those without figures

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": _iso(self.date),
            "location": self.location,
            "figures": [f.to_dict() for f in self.figures],
            "location_key": self.location_key,
            "spot": self.spot,
            "article_count": self.article_count,
            "disputed": self.disputed,
            "article_ids": list(self.article_ids),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> IncidentView:
        return cls(
            id=str(d["id"]),
            date=_date(d.get("date")),
            location=str(d.get("location") or ""),
            figures=[Figure.from_dict(f) for f in d.get("figures", [])],
            location_key=str(d.get("location_key") or ""),
            spot=d.get("spot"),
            article_count=int(d.get("article_count", 0)),
            disputed=bool(d.get("disputed")),
            article_ids=[str(a) for a in d.get("article_ids", [])],
        )


@dataclass
class EventView:
    id: str
    label: str
    location: str
    start_date: date | None
    end_date: date | None
    article_count: int
    figures: list[Figure]
    incidents: list[IncidentView]
    disputed: bool
    location_key: str = ""
    harm: str = ""
    published_from: date | None = None
    published_to: date | None = None

    def figure(self, metric: str) -> Figure | None:
        return next((f for f in self.figures if f.metric == metric), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "location": self.location,
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "article_count": self.article_count,
            "figures": [f.to_dict() for f in self.figures],
            "incidents": [i.to_dict() for i in self.incidents],
            "disputed": self.disputed,
            "location_key": self.location_key,
            "harm": self.harm,
            "published_from": _iso(self.published_from),
            "published_to": _iso(self.published_to),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EventView:
        return cls(
            id=str(d["id"]),
            label=str(d.get("label") or ""),
            location=str(d.get("location") or ""),
            start_date=_date(d.get("start_date")),
            end_date=_date(d.get("end_date")),
            article_count=int(d.get("article_count", 0)),
            figures=[Figure.from_dict(f) for f in d.get("figures", [])],
            incidents=[IncidentView.from_dict(i) for i in d.get("incidents", [])],
            disputed=bool(d.get("disputed")),
            location_key=str(d.get("location_key") or ""),
            harm=str(d.get("harm") or ""),
            published_from=_date(d.get("published_from")),
            published_to=_date(d.get("published_to")),
        )


@dataclass
class TimelineEntry:
    """How the figures for one incident and metric evolved: values ordered by publication (undated last)."""

    incident_id: str
    incident_date: date | None
    location: str
    metric: str
    values: list[FigureValue]

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "incident_date": _iso(self.incident_date),
            "location": self.location,
            "metric": self.metric,
            "values": [v.to_dict() for v in self.values],
        }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


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
    incident: IncidentState, articles: Mapping[str, ArticleFacts], index: dict[str, dict[str, Claim]]
) -> _IncidentValues:
    out = _IncidentValues()
    for member in incident.members:
        article = articles.get(member.article_id)
        if article is None:
            continue  # not loaded: the store keeps events and articles in step; skip rather than fail
        by_id = index.get(article.id)
        if by_id is None:
            by_id = index[article.id] = {claim_id(article.id, i, c): c for i, c in enumerate(article.claims)}
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
            head = _headline(claims, pairs, metric)
            for cid, claim in pairs:
                fv = _figure_value(article, cid, claim, incident)
                if claim is head:
                    out.values.setdefault(metric, []).append(fv)
                else:
                    out.others.setdefault(metric, []).append(fv)
            if head is not None and all(head is not c for _, c in pairs):
                out.values.setdefault(metric, []).append(_derived_value(article, head, by_metric, incident))
    return out


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
# Origins


_CLAIMANT_STOP_TEXT = "the s of a an and said says according to spokesman spokeswoman spokesperson"
_CLAIMANT_STOP = frozenset(_CLAIMANT_STOP_TEXT.split())


@lru_cache(maxsize=16384)
def claimant_key(attribution: str | None) -> frozenset[str]:
    """Tokens naming a claimant, crudely stemmed (6-letter prefixes) so demonyms and spellings meet."""
    if not attribution:
        return frozenset()
    text = fold(attribution).replace("defence", "defense")
    return frozenset(t[:6] for t in text.split() if t not in _CLAIMANT_STOP)


def same_claimant(a: frozenset[str], b: frozenset[str]) -> bool:
    """Equal token sets, or one (of two or more tokens) contained in the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= big


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Origin:
    members: list[FigureValue]
    by_claimant: bool  # members joined through a shared attribution (vs only shared text or alone)

    def latest(self) -> FigureValue:
        dated = [v for v in self.members if v.published_at is not None]
        if dated:
            return max(dated, key=lambda v: (v._when, v.value, v.article_id))
        return max(self.members, key=lambda v: (v.value, v.article_id))


_EPOCH = datetime(1970, 1, 1)


def _naive(ts: datetime | None) -> float:
    """Seconds since the epoch, naive timestamps read as UTC (so aware and naive ones compare)."""
    if ts is None:
        return float("-inf")
    if ts.tzinfo is None:
        return (ts - _EPOCH).total_seconds()
    return ts.timestamp()


def _origins(values: Sequence[FigureValue], dup_of: Mapping[str, str]) -> list[_Origin]:
    """Union values by shared claimant (see `same_claimant`) and by shared wire text. Near-linear: distinct
    claimant keys are bucketed and containment is found through a token index, never all pairs."""
    uf = _UnionFind(len(values))
    by_key: dict[frozenset[str], list[int]] = {}
    first_by_dup: dict[str, int] = {}
    for i, v in enumerate(values):
        group = dup_of.get(v.article_id)
        if group is not None:
            if group in first_by_dup:
                uf.union(first_by_dup[group], i)
            else:
                first_by_dup[group] = i
        key = claimant_key(v.attribution)
        if key:
            by_key.setdefault(key, []).append(i)
    keys = list(by_key)
    postings: dict[str, set[int]] = {}
    for k, key in enumerate(keys):
        for token in key:
            postings.setdefault(token, set()).add(k)
    claimant_links: set[int] = set()
    for k, key in enumerate(keys):
        idx = by_key[key]
        linked = len(idx) > 1
        if len(key) >= 2:
            supersets = set.intersection(*(postings[t] for t in key)) - {k}
            for other in supersets:
                uf.union(idx[0], by_key[keys[other]][0])
                claimant_links.update(by_key[keys[other]])
                linked = True
        for i in idx[1:]:
            uf.union(idx[0], i)
        if linked:
            claimant_links.update(idx)
    groups: dict[int, list[int]] = {}
    for i in range(len(values)):
        groups.setdefault(uf.find(i), []).append(i)
    return [
        _Origin([values[i] for i in idx], any(i in claimant_links for i in idx)) for _, idx in sorted(groups.items())
    ]


def _duplicate_map(articles: Iterable[ArticleFacts]) -> tuple[dict[str, str], list[list[str]]]:
    groups = near_duplicate_groups([(a.id, a.fingerprint) for a in articles if a.fingerprint])
    return {aid: g[0] for g in groups for aid in g}, groups


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
    return Estimate(
        low=min(_lower(v) for v in latest),
        best=_median_high([v.value for v in latest]),
        high=max(_upper(v) for v in latest),
        rule=MEDIAN_RULE,
    )


def _disputed(latest: Sequence[FigureValue]) -> bool:
    if len(latest) < 2:
        return False
    intervals = [_interval(v) for v in latest]
    return max(lo for lo, _ in intervals) > min(hi for _, hi in intervals)


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


def _incident_figure(
    metric: str,
    values: list[FigureValue],
    others: list[FigureValue],
    incident_date: date | None,
    dup_of: Mapping[str, str],
) -> Figure:
    values.sort(key=_value_order)
    others.sort(key=_value_order)
    origins = _origins(values, dup_of)
    latest = [o.latest() for o in origins]
    disputed = _disputed(latest)
    reasons = _undated_reasons(metric, values, incident_date)
    reasons += _origin_reasons(metric, origins, values)
    reasons += _wire_reasons(metric, values, dup_of)
    reasons += _bound_reasons(metric, latest)
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
        reasons.append(
            Reason(
                "conflict",
                f"Independent sources disagree on {metric} ({_join(sorted({str(v.value) for v in latest}))}) "
                f"even allowing for bounds and updates.",
            )
        )
    return Figure(
        metric=metric,
        values=values,
        other_values=others,
        spread=_spread(values),
        estimate=_estimate(latest),
        notes=[r.text for r in reasons],
        reasons=reasons,
        disputed=disputed,
        origins=len(origins),
    )


def _value_order(v: FigureValue) -> tuple[Any, ...]:
    return (v.published_at is None, v._when, v.article_id, v.claim_id)


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


# ---------------------------------------------------------------------------------------------------------
# Public entry points


def reconcile_event(event: EventState, articles: Mapping[str, ArticleFacts]) -> EventView:
    """The reconciled view of an event: per-incident figures and their roll-up, with spread and notes.

    Member articles missing from `articles` are skipped (their claims cannot be shown), not an error.
    """
    members = [articles[a] for a in sorted(event.article_ids) if a in articles]
    dup_of, _ = _duplicate_map(members)
    index: dict[str, dict[str, Claim]] = {}
    incident_views = []
    per_metric: dict[str, list[tuple[IncidentState, Figure]]] = {}
    for inc in event.incidents:
        collected = _collect(inc, articles, index)
        metrics = sorted(set(collected.values) | set(collected.others), key=_metric_order)
        figures = []
        for metric in metrics:
            fig = _incident_figure(
                metric, collected.values.get(metric, []), collected.others.get(metric, []), inc.date, dup_of
            )
            figures.append(fig)
            per_metric.setdefault(metric, []).append((inc, fig))
        incident_views.append(
            IncidentView(
                id=inc.id,
                date=inc.date,
                location=inc.location_label,
                figures=figures,
                location_key=inc.location_key,
                spot=inc.spot,
                article_count=len(inc.article_ids),
                disputed=any(f.disputed for f in figures),
                article_ids=sorted(inc.article_ids),
            )
        )
    figures = [_event_figure(m, per_metric[m], dup_of) for m in sorted(per_metric, key=_metric_order)]
    return EventView(
        id=event.id,
        label=event.label,
        location=event.location_label,
        start_date=event.start_date,
        end_date=event.end_date,
        article_count=len(event.article_ids),
        figures=figures,
        incidents=incident_views,
        disputed=any(f.disputed for f in figures),
        location_key=event.location_key,
        harm=event.harm,
        published_from=event.published_from,
        published_to=event.published_to,
    )


def timeline(event: EventState, articles: Mapping[str, ArticleFacts]) -> list[TimelineEntry]:
    """Per incident and metric, every figure (headline and others) ordered by publication (undated last)."""
    view = reconcile_event(event, articles)
    entries = []
    for inc in view.incidents:
        for fig in inc.figures:
            values = sorted([*fig.values, *fig.other_values], key=_value_order)
            entries.append(TimelineEntry(inc.id, inc.date, inc.location, fig.metric, values))
    return entries


def matches_filters(
    view: EventView,
    *,
    location: str | None = None,
    metric: str | None = None,
    since: date | None = None,
    until: date | None = None,
    disputed: bool | None = None,
) -> bool:
    """Does the event match the query? All given filters must hold.

    location: the name resolves to the event's place (any spelling: "Gəncə" finds Ganja), or its folded form
    occurs in the event's location label, matched literally (no wildcards; a name of punctuation only matches
    nothing). metric: the event has a figure for it. since/until: the event's
    dates overlap [since, until]; an event with no incident dates falls back to its publication range, and one
    with neither never matches a date filter. disputed: equals the event's flag.
    """
    if disputed is not None and view.disputed != disputed:
        return False
    if metric is not None and not any(f.metric == metric and f.values for f in view.figures):
        return False
    if location is not None and not _location_matches(view, location):
        return False
    if since is not None or until is not None:
        start = view.start_date or view.published_from
        end = view.end_date or view.published_to
        if start is None or end is None:
            return False
        if since is not None and end < since:
            return False
        if until is not None and start > until:
            return False
    return True


def _location_matches(view: EventView, query: str) -> bool:
    folded = fold(query)
    if not folded:  # punctuation only ("*", "?", "["): names no place, so matches none (never a wildcard)
        return False
    label = fold(view.location)
    if f" {folded} " in f" {label} ":  # whole words: "Lyo" or "Ly*" is not "Lyon"
        return True
    if view.location_key.startswith("name:"):
        return view.location_key == f"name:{folded}"
    place = resolve_place(query)
    return place is not None and place.key == view.location_key
