"""Grouping scenarios: events (place, harm, span) and incidents (date, spot) inside them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from core.events import EventState, GroupingSettings, assign_article, candidate_keys, index_keys, remove_article
from core.models import DISPLACED, KILLED, WOUNDED, ArticleFacts, Role
from core.places import resolve_location
from core.reconcile import reconcile_event
from tests.core.eventkit import MemoryStore, id_counter, make_article, make_claim

D = date(2016, 6, 4)


def shooting(aid: str, place: str | None, day: date | None, killed: int, wounded: int, **kw: object) -> ArticleFacts:
    published = kw.pop("published", None)
    claims = [
        make_claim(KILLED, killed, location=place, incident_date=day, attribution=kw.get("attribution")),  # type: ignore[arg-type]
        make_claim(WOUNDED, wounded, location=place, incident_date=day, attribution=kw.get("attribution")),  # type: ignore[arg-type]
    ]
    return make_article(aid, claims, published_at=published)  # type: ignore[arg-type]


def run(*articles: ArticleFacts, **kw: object) -> MemoryStore:
    store = MemoryStore(**kw)  # type: ignore[arg-type]
    for a in articles:
        store.add(a)
    return store


def test_location_resolution_handles_spellings_hierarchy_and_spots() -> None:
    assert resolve_location("Ganja").key == resolve_location("Gəncə").key == resolve_location("Ganja, Azerbaijan").key
    chicago = resolve_location("Chicago, Illinois")
    assert chicago.kind == "city" and chicago.region == "US-IL"
    hood = resolve_location("Chicago (Englewood), Illinois")
    assert hood.key == chicago.key and hood.spot == "englewood"
    address = resolve_location("1200 West Madison Street, Chicago")
    assert address.key == chicago.key and address.spot == "1200 west madison street"
    county = resolve_location("Miller (county), Arkansas")
    assert county.kind == "county" and county.region == "US-AR"
    unknown = resolve_location("Nagorno-Karabakh")
    assert unknown.key.startswith("name:") and unknown.key == resolve_location("nagorno karabakh").key


def test_two_shootings_one_city_different_days_one_event_two_incidents() -> None:
    store = run(
        shooting("a", "Chicago", D, 1, 3),
        shooting("b", "Chicago", D + timedelta(days=3), 0, 2),
        shooting("c", "Chicago, Illinois", D, 1, 3),
    )
    events = store.all_events()
    assert len(events) == 1
    incidents = events[0].incidents
    assert [(i.date, i.article_ids) for i in incidents] == [(D, {"a", "c"}), (D + timedelta(days=3), {"b"})]
    assert events[0].start_date == D and events[0].end_date == D + timedelta(days=3)


def test_same_city_same_day_different_addresses_two_incidents() -> None:
    store = run(
        shooting("a", "1200 West Madison Street, Chicago", D, 1, 0),
        shooting("b", "4400 South Halsted Street, Chicago", D, 0, 2),
        shooting("c", "Chicago", D, 0, 2),  # no address: joins the one whose figures it repeats
        shooting("d", "1200 West Madison Street, Chicago", D, 1, 1),
    )
    [event] = store.all_events()
    spots = {i.spot: i.article_ids for i in event.incidents}
    assert spots == {"1200 west madison street": {"a", "d"}, "4400 south halsted street": {"b", "c"}}


def test_different_cities_are_different_events() -> None:
    store = run(shooting("a", "Chicago", D, 1, 1), shooting("b", "Houston", D, 1, 1))
    assert sorted(e.location_label for e in store.all_events()) == ["Chicago, IL", "Houston, TX"]


def test_twenty_days_apart_are_different_events_but_span_is_a_setting() -> None:
    a, b = shooting("a", "Chicago", D, 1, 1), shooting("b", "Chicago", D + timedelta(days=20), 2, 0)
    assert len(run(a, b).all_events()) == 2
    wide = run(a, b, settings=GroupingSettings(span_days=21))
    assert len(wide.all_events()) == 1 and len(wide.all_events()[0].incidents) == 2


def test_event_span_is_bounded_not_chained() -> None:
    """Reports every 8 days do not chain into one endless event: first to last stays within span_days."""
    arts = [shooting(f"a{i}", "Chicago", D + timedelta(days=8 * i), 1, 0) for i in range(4)]
    for event in run(*arts).all_events():
        assert event.start_date and event.end_date and (event.end_date - event.start_date).days <= 14


def test_article_about_two_places_contributes_to_two_events() -> None:
    art = make_article(
        "x",
        [
            make_claim(KILLED, 1, location="Ganja", incident_date=D),
            make_claim(KILLED, 2, location="Beylagan", incident_date=D, role=Role.INCREMENT),
        ],
    )
    store = run(art)
    assert sorted(e.location_label for e in store.all_events()) == ["Beylagan, AZ", "Ganja, AZ"]
    assert all(e.article_ids == {"x"} for e in store.all_events())


def test_context_claims_never_open_or_join_events_without_a_place() -> None:
    art = make_article(
        "x",
        [
            make_claim(KILLED, 3, location="Houston", incident_date=D),
            make_claim(KILLED, 400, role=Role.CUMULATIVE),
            make_claim(KILLED, 58000, role=Role.BACKGROUND),
        ],
    )
    [event] = run(art).all_events()
    assert event.incidents[0].members[0].claim_ids == ["x-c0"]


def test_unlocated_claims_follow_the_articles_main_place() -> None:
    art = make_article(
        "x",
        [make_claim(KILLED, 2, location="Houston", incident_date=D), make_claim(WOUNDED, 5, incident_date=D)],
    )
    [event] = run(art).all_events()
    assert event.incidents[0].members[0].claim_ids == ["x-c0", "x-c1"]


def test_kind_of_harm_separates_events_but_other_figures_ride_along() -> None:
    casualties = shooting("a", "Houston", D, 2, 1)
    displaced = make_article("b", [make_claim(DISPLACED, 300, location="Houston", incident_date=D)])
    arrests = make_article("c", [make_claim("arrested", 2, location="Houston", incident_date=D)])
    store = run(casualties, displaced, arrests)
    harms = sorted((e.harm, sorted(e.article_ids)) for e in store.all_events())
    assert harms == [("casualties", ["a", "c"]), ("displacement", ["b"])]


def test_county_and_city_meet_on_the_same_day_only() -> None:
    store = run(
        shooting("a", "Los Angeles", D, 1, 0),
        shooting("b", "Los Angeles County", D, 1, 0),
        shooting("c", "Los Angeles County", D + timedelta(days=2), 0, 4),
    )
    groups = sorted(sorted(e.article_ids) for e in store.all_events())
    assert groups == [["a", "b"], ["c"]]


def test_undated_reports_join_by_publication_date_and_figures() -> None:
    published = datetime(2016, 6, 5, 9, 0)
    store = run(
        shooting("a", "Memphis", D, 1, 2),
        shooting("b", "Memphis", D + timedelta(days=5), 3, 0),
        shooting("u", "Memphis", None, 3, 0, published=published + timedelta(days=5)),
        shooting("v", "Memphis", None, 1, 2, published=published),
    )
    [event] = store.all_events()
    assert [i.article_ids for i in event.incidents] == [{"a", "v"}, {"b", "u"}]


def test_undated_report_published_long_after_is_a_new_event() -> None:
    store = run(shooting("a", "Memphis", D, 1, 2), shooting("u", "Memphis", None, 1, 2, published=datetime(2016, 8, 1)))
    assert len(store.all_events()) == 2


def test_unplaced_articles_group_by_date() -> None:
    store = run(
        shooting("a", None, D, 1, 1), shooting("b", None, D, 1, 1), shooting("c", None, D + timedelta(30), 2, 0)
    )
    assert sorted(sorted(e.article_ids) for e in store.all_events()) == [["a", "b"], ["c"]]


def test_idempotent_reassignment_changes_nothing() -> None:
    store = run(shooting("a", "Chicago", D, 1, 1), shooting("b", "Chicago", D, 1, 2))
    before = {e.id: e.to_dict() for e in store.all_events()}
    assert store.add(shooting("a", "Chicago", D, 1, 1)) == []
    assert {e.id: e.to_dict() for e in store.all_events()} == before
    # Also when called directly with the events it belongs to.
    events = store.all_events()
    assert assign_article(store.articles["b"], events, new_id=id_counter("z")) == []


def test_event_ids_are_stable_as_articles_arrive() -> None:
    store = MemoryStore()
    first = store.add(shooting("a", "Chicago", D, 1, 1))
    event_id = first[0].id
    incident_id = first[0].incidents[0].id
    for i, day in enumerate([D, D + timedelta(1), D, D + timedelta(2)]):
        store.add(shooting(f"n{i}", "Chicago", day, 1, i))
    [event] = store.all_events()
    assert event.id == event_id
    assert any(i.id == incident_id and "a" in i.article_ids for i in event.incidents)


def test_remove_article_drops_its_claims_everywhere() -> None:
    two_places = make_article(
        "x",
        [
            make_claim(KILLED, 7, location="Ganja", incident_date=D),
            make_claim(KILLED, 2, location="Beylagan", incident_date=D),
        ],
    )
    store = run(shooting("a", "Ganja", D, 1, 4), two_places)
    changed = store.remove("x")
    assert len(changed) == 2
    [event] = store.all_events()  # Beylagan had only x: deleted
    assert event.article_ids == {"a"}
    view = reconcile_event(event, store.articles)
    assert all(v.article_id == "a" for f in view.figures for v in [*f.values, *f.other_values])
    assert next(e for e in changed if not e.incidents).article_ids == set()


def test_remove_then_readd_restores_the_grouping() -> None:
    arts = [shooting("a", "Chicago", D, 1, 1), shooting("b", "Chicago", None, 1, 1), shooting("c", "Chicago", D, 1, 2)]
    store = run(*arts)
    before = store.partition()
    store.remove("a")
    store.add(arts[0])
    assert store.partition() == before


def test_state_round_trips_through_json() -> None:
    store = run(shooting("a", "Chicago", D, 1, 1), shooting("b", "Chicago", None, 1, 2, published=datetime(2016, 6, 5)))
    for event in store.all_events():
        again = EventState.from_dict(json.loads(json.dumps(event.to_dict())))
        assert again == event
        assert again.article_ids == event.article_ids


def test_candidate_keys_find_the_index_keys() -> None:
    store = run(shooting("a", "Gəncə", D, 1, 1))
    [event] = store.all_events()
    assert candidate_keys(shooting("b", "Ganja", D, 1, 1)) & index_keys(event)
    county = candidate_keys(shooting("c", "Los Angeles County", D, 1, 1))
    city_event = run(shooting("d", "Los Angeles", D, 1, 1)).all_events()[0]
    assert county & index_keys(city_event)


def test_remove_article_ignores_events_without_it() -> None:
    store = run(shooting("a", "Chicago", D, 1, 1))
    assert remove_article("zzz", store.all_events()) == []


_POOL = [
    shooting("p0", "Detroit", D, 1, 0),
    shooting("p1", "Detroit", D, 1, 1),
    shooting("p2", "Detroit", D + timedelta(days=2), 0, 3),
    shooting("p3", "Detroit", None, 0, 3, published=datetime(2016, 6, 7)),
    shooting("p4", "Detroit", None, 1, 1, published=datetime(2016, 6, 5)),
    shooting("p5", "1 Main Street, Detroit", D, 2, 0),
    shooting("p6", "Toledo", D, 1, 0),
    shooting("p7", "Detroit", D + timedelta(days=30), 1, 0),
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(_POOL))
def test_grouping_outcome_does_not_depend_on_arrival_order(order: list[ArticleFacts]) -> None:
    assert run(*order).partition() == run(*_POOL).partition()
