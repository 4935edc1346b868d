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
   update, not a second opinion. So is a toll update ("the death toll rose to 30") published after another
   origin's smaller figure: that figure is an earlier count of the same toll (`update` note), left out of the
   median and of `disputed` (`figures.later_updates`).
3. `best` = the median of those per-origin figures; of an even count the upper middle one (always a figure
   someone reported, never an average; tolls are revised upward far more often than down, and on the GVA dev
   set the upper middle matches the archive's count more often than the lower). `low` = the smallest
   per-origin figure, using its lower bound where the wording gives one; `high` = the largest, using its
   upper bound where given ("as many as 34" caps at 34; "at least 4" does not raise the high beyond what any
   source states).

**Event roll-up** (`core.reconcile.rollup`). Incidents are added up only when they are truly different
occurrences. The dated incidents are gathered into occurrences: one date and spot is one occurrence, and a later
incident that no report dates itself (its figures are only later counts of a toll, "the death toll rose to 2,189",
or figures dated by the article's date carried over, or with no date) is the occurrence before it counted again
(`same_occurrence`); a first incident no report dates itself joins a dated one a day after it (one blast told by
reports dated a day apart). A day's whole toll ("the bombings of churches and hotels killed 290") beside that
day's spots is one occurrence with them: the whole-day reports make its figure, the spots' values are its parts,
and the spots' sum is the estimate only when it is larger and the whole-day reports leave room for it (a lower
bound, or within a tenth of the largest stated whole toll), with a `summed_incidents` note. With two or more
occurrences the rule is `sum_of_incident_estimates`: the event's low/best/high are the sums of theirs (high is
None if any is unknown), a `summed_incidents` note names the incidents whenever the sum is above every reported
figure, and undated reports are listed but never added (`not_summed`). Otherwise every report describes one
occurrence, and the event takes `median_latest_per_origin` over all of them: "at least 12", an undated "15" and
"as many as 20" give 15, never 12 + 15 + 20.

An article's value for the event is its latest whole-event figure (`pick_headline` over its values for the
event's incidents: a figure it states, never a sum), unless its own figures are truly different occurrences:
each dated in its own sentence or at a spot of its own, no two alike, across summed occurrences ("1 killed on
the 4th" and "9 on the 11th" in one report: 10). Its other values are in `other_values`.

`disputed`: after collapsing updates (one value per origin) and honouring bounds (at least / up to /
ranges), the per-origin intervals have no common point. An event figure is disputed if any incident's is.

Reason codes (each with a plain-language note): `different_incidents`, `undated_grouped`, `update`,
`same_claimant_varies`, `lower_bound`, `upper_bound`, `single_claimant`, `shared_wire_text`,
`subsets_excluded`, `no_total`, `conflict`, `summed_incidents`, `not_summed`, `same_occurrence`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from core.events import EventState, IncidentState
from core.events.incidents import event_location
from core.models import ArticleFacts, Claim
from core.places import Place, fold, gazetteer, resolve_place
from core.reconcile.borders import country_shares
from core.reconcile.figures import _collect, _incident_figure, _metric_order
from core.reconcile.origins import _duplicate_map, claimant_key, same_claimant
from core.reconcile.rollup import _event_figure, vouched_incidents
from core.reconcile.views import (
    MEDIAN_RULE,
    SUM_RULE,
    Estimate,
    EventView,
    Figure,
    FigureValue,
    IncidentView,
    Reason,
    Spread,
    TimelineEntry,
    _value_order,
)

__all__ = [
    "MEDIAN_RULE",
    "SUM_RULE",
    "Estimate",
    "EventView",
    "Figure",
    "FigureValue",
    "IncidentView",
    "Reason",
    "Spread",
    "TimelineEntry",
    "claimant_key",
    "matches_filters",
    "reconcile_event",
    "same_claimant",
    "timeline",
]

# ---------------------------------------------------------------------------------------------------------
# Public entry points


def reconcile_event(event: EventState, articles: Mapping[str, ArticleFacts]) -> EventView:
    """The reconciled view of an event: per-incident figures and their roll-up, with spread and notes.

    Member articles missing from `articles` are skipped (their claims cannot be shown), not an error.
    """
    members = [articles[a] for a in sorted(event.article_ids) if a in articles]
    dup_of, _ = _duplicate_map(members)
    index: dict[str, dict[str, Claim]] = {}
    mains: dict[str, set[int]] = {}
    incident_views = []
    per_metric: dict[str, list[tuple[IncidentState, Figure]]] = {}
    shares = country_shares(event, members)
    for inc in event.incidents:
        collected = _collect(inc, articles, index, mains, shares)
        metrics = sorted(set(collected.values) | set(collected.others), key=_metric_order)
        figures = []
        for metric in metrics:
            fig = _incident_figure(
                metric, collected.values.get(metric, []), collected.others.get(metric, []), inc.date, dup_of, index
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
    vouched = vouched_incidents(per_metric, index)
    figures = [_event_figure(m, per_metric[m], dup_of, index, vouched) for m in sorted(per_metric, key=_metric_order)]
    return EventView(
        id=event.id,
        label=event.label,
        location=event_location(event),
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

    location: the name resolves to the event's place (any spelling: "Gəncə" finds Ganja) or to a country, state
    or province holding it ("Turkey" finds Antakya's), or its folded form occurs in the event's location label
    (a disaster across a border: its countries), matched literally (no wildcards; a name of punctuation only
    matches nothing). metric: the event has a figure for it. since/until: the event's
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
    return place is not None and (place.key == view.location_key or _holds(place, view.location_key))


def _holds(area: Place, key: str) -> bool:
    """Does a country, or a state or province, hold the event's place ("Turkey" and "Hatay" hold Antakya,
    "Texas" holds Uvalde)? A user following a country's news filters by the country."""
    if area.kind not in ("country", "state", "province"):
        return False
    here = gazetteer().by_key(key)
    if here is None or here.country is None or here.country != area.country:
        return False
    return area.kind == "country" or (here.admin1 is not None and here.admin1 == area.admin1)
