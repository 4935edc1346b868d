"""The reconciled views (field names are the API's) and the rule names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.models import Qualifier

MEDIAN_RULE = "median_latest_per_origin"
SUM_RULE = "sum_of_incident_estimates"

_EPOCH = datetime(1970, 1, 1)


def _naive(ts: datetime | None) -> float:
    """Seconds since the epoch, naive timestamps read as UTC (so aware and naive ones compare)."""
    if ts is None:
        return float("-inf")
    if ts.tzinfo is None:
        return (ts - _EPOCH).total_seconds()
    return ts.timestamp()


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
    # The country (ISO code) whose share of a disaster that crossed a border the value is (`core.reconcile.borders`):
    # a part, not compared with the whole's figures. None: the whole's, or no such disaster.
    share: str | None = None
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
            "share": self.share,
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
            share=d.get("share"),
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


def _value_order(v: FigureValue) -> tuple[Any, ...]:
    return (v.published_at is None, v._when, v.article_id, v.claim_id)
