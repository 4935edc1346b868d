"""Reconciliation: one value per article, spread, estimate, notes and filters."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from core.models import KILLED, WOUNDED, ArticleFacts, Qualifier, Role
from core.reconcile import EventView, matches_filters, reconcile_event, timeline
from core.similarity import fingerprint
from tests.core.eventkit import MemoryStore, make_article, make_claim

D = date(2017, 3, 12)
T0 = datetime(2017, 3, 12, 8, 0)
WIRE = (
    "Three people were shot outside a nightclub early Sunday, police said. One of the victims died at the scene "
    "and two others were taken to a hospital. Investigators have not named a suspect and asked witnesses to "
    "come forward with any video of the shooting, which happened shortly after closing time on the strip."
)


def report(
    aid: str,
    killed: int | None,
    wounded: int | None = None,
    *,
    place: str = "Miami",
    day: date | None = D,
    hours: int = 0,
    who: str | None = None,
    text: str | None = None,
    killed_q: Qualifier = Qualifier.EXACT,
    wounded_q: Qualifier = Qualifier.EXACT,
    extra: list | None = None,  # type: ignore[type-arg]
) -> ArticleFacts:
    claims = []
    if killed is not None:
        claims.append(
            make_claim(KILLED, killed, qualifier=killed_q, location=place, incident_date=day, attribution=who)
        )
    if wounded is not None:
        claims.append(
            make_claim(WOUNDED, wounded, qualifier=wounded_q, location=place, incident_date=day, attribution=who)
        )
    claims.extend(extra or [])
    fp = fingerprint(text) if text else ()
    return make_article(aid, claims, published_at=T0 + timedelta(hours=hours), fingerprint=fp)


def view_of(*articles: ArticleFacts) -> EventView:
    store = MemoryStore()
    for a in articles:
        store.add(a)
    [event] = store.all_events()
    return reconcile_event(event, store.articles)


def codes(view: EventView, metric: str) -> set[str]:
    fig = view.figure(metric)
    assert fig is not None
    return {r.code for r in fig.reasons}


def test_agreeing_reports_are_not_disputed() -> None:
    view = view_of(report("a", 1, 2, who="police"), report("b", 1, 2, who="hospital"))
    killed = view.figure(KILLED)
    assert killed is not None
    assert [v.value for v in killed.values] == [1, 1]
    assert (killed.spread.min, killed.spread.max, killed.spread.range, killed.spread.distinct) == (1, 1, 0, [1])
    assert (killed.estimate.low, killed.estimate.best, killed.estimate.high) == (1, 1, 1)
    assert not view.disputed


def test_same_claimant_later_update_is_not_a_dispute() -> None:
    view = view_of(
        report("a", 1, 2, who="Miami police", hours=0),
        report("b", 2, 1, who="Miami police", hours=20),
        report("c", 2, 1, who="Jackson Memorial Hospital", hours=22),
    )
    killed = view.figure(KILLED)
    assert killed is not None
    assert "update" in codes(view, KILLED)
    assert any("raised the killed figure from 1 to 2" in n for n in killed.notes)
    assert killed.estimate.best == 2 and killed.origins == 2
    assert not killed.disputed


def test_independent_disagreement_is_disputed_with_conflict_note() -> None:
    view = view_of(report("a", 1, who="police"), report("b", 3, who="witnesses"))
    killed = view.figure(KILLED)
    assert killed is not None and killed.disputed and view.disputed
    assert "conflict" in codes(view, KILLED)
    assert killed.estimate.low == 1 and killed.estimate.high == 3 and killed.estimate.best == 3


def test_bounds_are_compatible_with_higher_and_lower_figures() -> None:
    view = view_of(
        report("a", 4, who="ministry", killed_q=Qualifier.AT_LEAST),
        report("b", 6, who="rescuers"),
        report("c", 8, who="local officials", killed_q=Qualifier.UP_TO),
    )
    killed = view.figure(KILLED)
    assert killed is not None
    assert {"lower_bound", "upper_bound"} <= codes(view, KILLED)
    assert any('"at least 4"' in n and "lower bound" in n for n in killed.notes)
    assert any('"as many as 8"' in n and "upper bound" in n for n in killed.notes)
    assert not killed.disputed  # 6 satisfies all three
    assert (killed.estimate.low, killed.estimate.best, killed.estimate.high) == (4, 6, 8)


def test_single_claimant_noted() -> None:
    view = view_of(report("a", 2, who="the Interior Ministry"), report("b", 2, who="Interior Ministry"))
    assert "single_claimant" in codes(view, KILLED)


def test_near_duplicate_wire_copies_count_once() -> None:
    copy = WIRE.replace("early Sunday", "early on Sunday")
    view = view_of(
        report("a", 1, text=WIRE),
        report("b", 1, text=copy, hours=1),
        report("c", 1, text=WIRE, hours=2),
        report("d", 2, text="A different local story entirely, written by our own reporter at the hospital today."),
    )
    killed = view.figure(KILLED)
    assert killed is not None
    assert "shared_wire_text" in codes(view, KILLED)
    assert killed.origins == 2
    assert any("a, b and c share wire text" in n for n in killed.notes)
    # Counted once, the copies are one origin against one: [1, 2] -> upper middle 2 (three votes for 1 would
    # have made it 1).
    assert killed.estimate.best == 2 and killed.disputed


def test_subsets_and_partials_are_other_values_never_headline() -> None:
    extra = [
        make_claim(KILLED, 2, role=Role.SUBSET, location="Miami", incident_date=D, subject="children"),
        make_claim(WOUNDED, 1, role=Role.PARTIAL, location="Miami", incident_date=D),
    ]
    view = view_of(report("a", 5, 3, extra=extra))
    killed, wounded = view.figure(KILLED), view.figure(WOUNDED)
    assert killed is not None and wounded is not None
    assert [v.value for v in killed.values] == [5] and [v.value for v in killed.other_values] == [2]
    assert [v.value for v in wounded.values] == [3] and [v.value for v in wounded.other_values] == [1]
    assert "subsets_excluded" in codes(view, KILLED)


def test_article_covering_two_incidents_sums_in_the_rollup() -> None:
    both = make_article(
        "x",
        [
            make_claim(KILLED, 2, location="Miami", incident_date=D),
            make_claim(KILLED, 3, location="Miami", incident_date=D + timedelta(days=2), start=5000),
        ],
    )
    view = view_of(both, report("a", 2), report("b", 3, day=D + timedelta(days=2)))
    killed = view.figure(KILLED)
    assert killed is not None
    by_article = {v.article_id: v for v in killed.values}
    assert by_article["x"].value == 5 and by_article["x"].claim_ids == ["x-c0", "x-c1"]
    assert killed.estimate.best == 5 and killed.estimate.rule == "sum_of_incident_estimates"
    assert len(view.incidents) == 2 and all(len(f.values) == 2 for i in view.incidents for f in i.figures)


def test_timeline_orders_by_publication() -> None:
    store = MemoryStore()
    for a in (report("late", 3, hours=30), report("early", 1, hours=1), report("mid", 2, hours=10)):
        store.add(a)
    [event] = store.all_events()
    [entry] = [e for e in timeline(event, store.articles) if e.metric == KILLED]
    assert [v.article_id for v in entry.values] == ["early", "mid", "late"]
    assert json.dumps(entry.to_dict())


def test_view_is_json_round_trippable() -> None:
    view = view_of(report("a", 1, 2, who="police"), report("b", 1, 5, who="mayor", wounded_q=Qualifier.AT_LEAST))
    data = json.loads(json.dumps(view.to_dict()))
    again = EventView.from_dict(data)
    assert again.to_dict() == view.to_dict()
    fig = data["figures"][0]
    assert set(fig) >= {"metric", "values", "other_values", "spread", "estimate", "notes", "reasons", "disputed"}
    assert set(fig["values"][0]) >= {
        "source", "article_id", "claim_id", "value", "low", "high", "qualifier", "incident_date", "published_at",
        "attribution", "quote",
    }  # fmt: skip
    assert set(data["incidents"][0]) >= {"id", "date", "location", "figures"}


def test_matches_filters() -> None:
    view = view_of(report("a", 1, 2, place="Gəncə", who="x"), report("b", 3, 2, place="Ganja", who="y"))
    assert matches_filters(view, location="Ganja", metric=None, since=None, until=None, disputed=None)
    assert matches_filters(view, location="Gəncə", metric=KILLED, since=D, until=D, disputed=True)
    assert not matches_filters(view, location="Baku", metric=None, since=None, until=None, disputed=None)
    assert not matches_filters(view, location=None, metric="missing", since=None, until=None, disputed=None)
    assert not matches_filters(view, location=None, metric=None, since=D + timedelta(1), until=None, disputed=None)
    assert not matches_filters(view, location=None, metric=None, since=None, until=D - timedelta(1), disputed=None)
    assert not matches_filters(view, location=None, metric=None, since=None, until=None, disputed=False)


def test_missing_member_articles_are_skipped() -> None:
    store = MemoryStore()
    for a in (report("a", 1), report("b", 2)):
        store.add(a)
    [event] = store.all_events()
    view = reconcile_event(event, {"a": store.articles["a"]})
    killed = view.figure(KILLED)
    assert killed is not None and [v.article_id for v in killed.values] == ["a"]


def test_thousand_article_event_reconciles_every_article() -> None:
    # Its speed is measured, not asserted: bench/reconcile_speed.py (default --articles 1000) prints it.
    from bench.reconcile_speed import build_event

    event, articles = build_event(1000)
    view = reconcile_event(event, articles)
    assert view.article_count == 1000


def test_wounded_derived_from_shot_and_killed_is_a_value() -> None:
    claims = [
        make_claim("shot", 4, location="Miami", incident_date=D, quote="four people were shot"),
        make_claim(KILLED, 1, location="Miami", incident_date=D, quote="one of them died"),
    ]
    view = view_of(make_article("a", claims), report("b", 1, 3))
    wounded = view.figure(WOUNDED)
    assert wounded is not None
    by_article = {v.article_id: v for v in wounded.values}
    assert by_article["a"].value == 3 and by_article["a"].role == "derived"
    assert by_article["a"].claim_id == "a-c0"  # points at the "shot" claim it comes from
    assert not wounded.disputed


def test_only_partial_figures_are_explained() -> None:
    extra = [make_claim(KILLED, 2, role=Role.INCREMENT, location="Miami", incident_date=D)]
    view = view_of(report("a", None, 1, extra=extra))
    assert "no_total" in codes(view, KILLED)


def _event_with_incidents(*incidents: tuple[date | None, str | None, list[ArticleFacts]]) -> EventView:
    """An event whose incidents are given by hand: (date, spot, member articles) each."""
    from core.events import EventState, IncidentState, Member

    articles: dict[str, ArticleFacts] = {}
    states = []
    for n, (day, spot, members) in enumerate(incidents, start=1):
        inc = IncidentState(f"e-i{n}", day, "city:1", "Riverton", spot=spot)
        for article in members:
            articles[article.id] = article
            inc.members.append(Member(article.id, [c.id or "" for c in article.claims], date=day, spot=spot))
        states.append(inc)
    event = EventState("e", "Riverton", "city:1", "Riverton", "casualties", D, D, incidents=states)
    return reconcile_event(event, articles)


def _flood_report(aid: str, value: int, qualifier: Qualifier, day: date | None, hours: int) -> ArticleFacts:
    claim = make_claim(KILLED, value, qualifier=qualifier, location="Riverton", incident_date=day)
    return make_article(aid, [claim], published_at=T0 + timedelta(hours=hours))


def test_undated_reports_are_compared_not_added() -> None:
    """'at least 12', an undated '15' and an undated 'as many as 20' of one flood: an estimate of 15, never 32+."""
    dated = _flood_report("a", 12, Qualifier.AT_LEAST, D, 1)
    undated = [_flood_report("b", 15, Qualifier.EXACT, None, 20), _flood_report("c", 20, Qualifier.UP_TO, None, 30)]
    view = _event_with_incidents((D, None, [dated]), (None, None, undated))
    killed = view.figure(KILLED)
    assert killed is not None
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 15
    assert killed.estimate.high == 20 and killed.estimate.low == 12
    assert sorted(v.value for v in killed.values) == [12, 15, 20]
    assert "undated_grouped" in {r.code for r in killed.reasons}
    assert "different_incidents" not in {r.code for r in killed.reasons}
    assert not killed.disputed  # at least 12, 15 and up to 20 can all be true


def test_distinct_dated_incidents_are_summed_and_the_note_names_them() -> None:
    first = _flood_report("a", 1, Qualifier.EXACT, D, 1)
    second = _flood_report("b", 9, Qualifier.EXACT, D + timedelta(days=7), 200)
    undated = _flood_report("c", 9, Qualifier.EXACT, None, 210)
    view = _event_with_incidents((D, None, [first]), (D + timedelta(days=7), None, [second]), (None, None, [undated]))
    killed = view.figure(KILLED)
    assert killed is not None
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 10
    summed = [r.text for r in killed.reasons if r.code == "summed_incidents"]
    assert summed and "1 (12 March 2017)" in summed[0] and "9 (19 March 2017)" in summed[0]
    assert any(r.code == "not_summed" and "9 (" in r.text for r in killed.reasons)
    assert {v.article_id: v.value for v in killed.values} == {"a": 1, "b": 9, "c": 9}


def test_two_sites_on_one_day_are_two_occurrences() -> None:
    airport = _flood_report("a", 16, Qualifier.EXACT, D, 1)
    metro = _flood_report("b", 20, Qualifier.EXACT, D, 2)
    view = _event_with_incidents((D, "airport", [airport]), (D, "metro station", [metro]))
    killed = view.figure(KILLED)
    assert killed is not None and killed.estimate.best == 36 and killed.estimate.rule == "sum_of_incident_estimates"


def test_one_dated_incident_never_sums_with_itself() -> None:
    a = _flood_report("a", 5, Qualifier.EXACT, D, 1)
    b = _flood_report("b", 7, Qualifier.EXACT, D, 5)
    view = _event_with_incidents((D, None, [a]), (D, None, [b]))  # split by mistake: the same date and spot
    killed = view.figure(KILLED)
    assert killed is not None and killed.estimate.best == 7 and killed.estimate.rule == "median_latest_per_origin"
