"""What the HTML pages show, read from the same reconciled views as the API (pages only read).

The page models are plain data for the templates: per metric, each source's figure with its qualifier in
words, the sentence split around the figure (for highlighting), the estimate's rule in words, the reasons,
and the points of the toll-over-time chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from core.events import GroupingSettings
from core.reconcile import MEDIAN_RULE, SUM_RULE, Figure, FigureValue
from core.reconcile.borders import country_name
from store.repository import RedisStore
from usecases.reconciliation import VersionedView, get_event

RULES_IN_WORDS = {
    MEDIAN_RULE: "the middle one of the latest figures of each independent source (reports from the same "
    "claimant, or sharing wire text, count once), so it is always a figure someone reported; low and high are "
    "the smallest and largest of them, respecting 'at least' and 'as many as'",
    SUM_RULE: "the sum of the estimates of the separate incidents this event holds (dated on different days or "
    "at different spots); undated reports are never added",
}
METRIC_WORDS = {"killed": "Killed", "wounded": "Wounded", "missing": "Missing", "displaced": "Displaced",
                "arrested": "Arrested"}  # fmt: skip


def rule_in_words(rule: str) -> str:
    return RULES_IN_WORDS.get(rule, rule.replace("_", " "))


def metric_title(metric: str) -> str:
    return METRIC_WORDS.get(metric, metric[:1].upper() + metric[1:])


def figure_in_words(value: FigureValue) -> str:
    """The figure as a reader says it: "at least 3", "10 to 12", "about 50"."""
    match value.qualifier:
        case "at_least":
            return f"at least {value.value}"
        case "more_than":
            return f"more than {value.value}"
        case "up_to":
            return f"up to {value.value}"
        case "nearly":
            return f"nearly {value.value}"
        case "about":
            return f"about {value.value}"
        case "range":
            both = value.low is not None and value.high is not None
            return f"{value.low} to {value.high}" if both else str(value.value)
        case "vague":
            return f"about {value.value} (vague wording)"
    return str(value.value)


@dataclass(frozen=True)
class SourceRow:
    outlet: str
    figure: str  # with its qualifier, in words
    value: int
    reported: datetime | None
    attribution: str | None
    sentence: tuple[str, str, str] | None  # before, the figure as written, after
    quote: str
    article_id: str
    article_url: str | None
    headline: bool  # the article's headline figure (False: an earlier or partial figure)
    role: str
    share: str | None = None  # the country whose share alone it gives, of a disaster that crossed a border


@dataclass(frozen=True)
class ChartSeries:
    source: str
    points: list[tuple[datetime, int]]


@dataclass
class MetricSection:
    metric: str
    title: str
    disputed: bool
    spread_min: int | None
    spread_max: int | None
    estimate_low: int | None
    estimate_best: int | None
    estimate_high: int | None
    rule: str
    rule_words: str
    reasons: list[str]
    notes: list[str]
    rows: list[SourceRow]
    series: list[ChartSeries] = field(default_factory=list)
    undated: int = 0  # values left out of the chart: no publication time


@dataclass
class EventPage:
    event: VersionedView
    sections: list[MetricSection]


def event_page(store: RedisStore, event_id: str, joined: GroupingSettings | None = None) -> EventPage:
    versioned = get_event(store, event_id, joined)
    figures = [f for f in versioned.view.figures if f.values]
    article_ids = {v.article_id for f in figures for v in (*f.values, *f.other_values)}
    urls = store.article_urls(article_ids)
    return EventPage(versioned, [_section(versioned, f, urls) for f in figures])


TOLL_ROLES = ("total", "cumulative")  # a toll; subsets, increments and partial counts are not


def toll_series(figure: Figure) -> tuple[list[ChartSeries], int]:
    """Per source, its tolls in publication order: each article's headline figure and its earlier totals
    (never a subset, an increment or a partial count, which are not the toll). One point per source and
    publication time: the headline figure, else the highest. Also the number of undated values left out."""
    points: dict[tuple[str, datetime], tuple[bool, int]] = {}
    undated = 0
    headline = [(v, True) for v in figure.values]
    others = [(v, False) for v in figure.other_values if v.role in TOLL_ROLES]
    for value, is_headline in (*headline, *others):
        if value.published_at is None:
            undated += 1
            continue
        key = (value.source, value.published_at)
        points[key] = max(points.get(key, (False, -1)), (is_headline, value.value))
    by_source: dict[str, list[tuple[datetime, int]]] = {}
    for (source, when), (_, value) in points.items():
        by_source.setdefault(source, []).append((when, value))
    series = [
        ChartSeries(source, sorted(p, key=lambda point: _sortable(point[0]))) for source, p in sorted(by_source.items())
    ]
    return series, undated


def _sortable(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _row(versioned: VersionedView, value: FigureValue, urls: dict[str, str | None], headline: bool) -> SourceRow:
    found = versioned.sentences.get(value.claim_id)
    return SourceRow(
        outlet=value.source,
        figure=figure_in_words(value),
        value=value.value,
        reported=value.published_at,
        attribution=value.attribution,
        sentence=found.parts(value.quote) if found else None,
        quote=value.quote,
        article_id=value.article_id,
        article_url=urls.get(value.article_id),
        headline=headline,
        role=value.role,
        share=country_name(value.share) if value.share else None,
    )


def _section(versioned: VersionedView, figure: Figure, urls: dict[str, str | None]) -> MetricSection:
    rows = [_row(versioned, v, urls, True) for v in figure.values]
    rows += [_row(versioned, v, urls, False) for v in figure.other_values]
    series, undated = toll_series(figure)
    return MetricSection(
        metric=figure.metric,
        title=metric_title(figure.metric),
        disputed=figure.disputed,
        spread_min=figure.spread.min,
        spread_max=figure.spread.max,
        estimate_low=figure.estimate.low,
        estimate_best=figure.estimate.best,
        estimate_high=figure.estimate.high,
        rule=figure.estimate.rule,
        rule_words=rule_in_words(figure.estimate.rule),
        reasons=[r.text for r in figure.reasons],
        notes=list(figure.notes),
        rows=rows,
        series=series,
        undated=undated,
    )
