"""Acceptance scenario: five reports of missile strikes on one city, two dates, mixed with other places.

Hand-built claims that mirror what the extractor yields for the Ganja seed articles (quotes are our own).
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from core.models import KILLED, WOUNDED, ArticleFacts, Qualifier, Role
from core.reconcile import reconcile_event, timeline
from tests.core.eventkit import MemoryStore, make_article, make_claim

OCT4 = date(2020, 10, 4)
OCT11 = date(2020, 10, 11)
GANJA = "city:586523"


def ganja_articles() -> list[ArticleFacts]:
    a0 = make_article(
        "a000",
        [
            make_claim(
                KILLED,
                1,
                location="Ganja",
                incident_date=OCT4,
                attribution="Azerbaijan's Defence Ministry",
                quote="one civilian died in the shelling",
            ),
            make_claim(
                WOUNDED,
                4,
                qualifier=Qualifier.AT_LEAST,
                location="Ganja",
                incident_date=OCT4,
                attribution="Azerbaijan's Defence Ministry",
                quote="at least four hurt",
            ),
            make_claim(KILLED, 2, role=Role.INCREMENT, location="Beylagan", quote="two more died in Beylagan"),
            make_claim(KILLED, 30000, role=Role.BACKGROUND, quote="a war that cost 30,000 lives"),
        ],
    )
    a1 = make_article(
        "a001",
        [
            make_claim(
                KILLED,
                1,
                location="Ganja",
                incident_date=OCT4,
                attribution="Hikmet Hajiyev",
                quote="a resident was killed",
            ),
            make_claim(
                WOUNDED, 32, location="Ganja", incident_date=OCT4, attribution="Hikmet Hajiyev", quote="32 were injured"
            ),
        ],
    )
    a2 = make_article(
        "a002",
        [
            make_claim(
                KILLED,
                1,
                location="Ganja",
                attribution="Azerbaijan's foreign ministry",
                quote="a civilian lost his life",
            ),
            make_claim(
                WOUNDED, 4, location="Ganja", attribution="Azerbaijan's foreign ministry", quote="four civilians hurt"
            ),
            make_claim(
                KILLED,
                51,
                role=Role.INCREMENT,
                location="Nagorno-Karabakh",
                subject="fighters",
                quote="51 further fighters died",
            ),
            make_claim(KILLED, 240, qualifier=Qualifier.MORE_THAN, role=Role.CUMULATIVE, quote="deaths now top 240"),
        ],
    )
    a3 = make_article(
        "a003",
        [
            make_claim(
                KILLED,
                1,
                location="Gəncə",
                attribution="Azerbaijani Ministry of Foreign Affairs",
                quote="one person was killed",
            ),
            make_claim(
                WOUNDED, 4, location="Gəncə", attribution="Azerbaijani Ministry of Foreign Affairs", quote="four hurt"
            ),
            make_claim(WOUNDED, 2, role=Role.PARTIAL, location="Ganja", quote="a second blast hurt two"),
        ],
    )
    a4 = make_article(
        "a004",
        [
            make_claim(
                KILLED,
                9,
                location="Ganja",
                incident_date=OCT11,
                attribution="Azerbaijan's Defence Ministry",
                quote="nine people were killed",
            ),
            make_claim(
                KILLED,
                4,
                role=Role.SUBSET,
                location="Ganja",
                incident_date=OCT11,
                subject="women",
                quote="four of them women",
            ),
            make_claim(
                WOUNDED,
                34,
                qualifier=Qualifier.UP_TO,
                location="Ganja",
                incident_date=OCT11,
                attribution="Azerbaijan's Defence Ministry",
                quote="up to 34 hurt",
            ),
            make_claim(
                WOUNDED,
                16,
                role=Role.SUBSET,
                location="Ganja",
                incident_date=OCT11,
                subject="women",
                quote="16 women among the hurt",
            ),
            make_claim(
                WOUNDED,
                6,
                role=Role.SUBSET,
                location="Ganja",
                incident_date=OCT11,
                subject="children",
                quote="six children among the hurt",
            ),
            make_claim("houses destroyed", 1165, quote="1,165 homes ruined"),
        ],
    )
    return [a0, a1, a2, a3, a4]


def _run(order: list[ArticleFacts], *, with_articles: bool = True) -> MemoryStore:
    store = MemoryStore(with_articles=with_articles)
    for article in order:
        store.add(article)
    return store


def _ganja(store: MemoryStore):  # type: ignore[no-untyped-def]
    events = [e for e in store.all_events() if e.location_key == GANJA]
    assert len(events) == 1, [e.label for e in store.all_events()]
    return events[0]


def _check(store: MemoryStore) -> None:
    event = _ganja(store)
    articles = store.articles
    assert [i.date for i in event.incidents] == [OCT4, OCT11]
    assert event.incidents[0].article_ids == {"a000", "a001", "a002", "a003"}
    assert event.incidents[1].article_ids == {"a004"}

    view = reconcile_event(event, articles)
    killed = view.figure(KILLED)
    wounded = view.figure(WOUNDED)
    assert killed is not None and wounded is not None
    assert [(v.article_id, v.value) for v in sorted(killed.values, key=lambda v: v.article_id)] == [
        ("a000", 1),
        ("a001", 1),
        ("a002", 1),
        ("a003", 1),
        ("a004", 9),
    ]
    assert (killed.spread.min, killed.spread.max, killed.spread.range) == (1, 9, 8)
    by_article = {v.article_id: v for v in wounded.values}
    assert {a: v.value for a, v in by_article.items()} == {"a000": 4, "a001": 32, "a002": 4, "a003": 4, "a004": 34}
    assert by_article["a000"].qualifier == "at_least"
    assert by_article["a004"].qualifier == "up_to"
    assert (wounded.spread.min, wounded.spread.max, wounded.spread.distinct) == (4, 34, [4, 32, 34])

    codes = {r.code for r in killed.reasons} | {r.code for r in wounded.reasons}
    assert "different_incidents" in codes and "lower_bound" in codes
    diff = next(r.text for r in killed.reasons if r.code == "different_incidents")
    assert "11 October 2020" in diff and "4 October 2020" in diff and "no date" in diff
    assert any("at least 4" in r.text for r in wounded.reasons if r.code == "lower_bound")
    assert all(isinstance(n, str) and n for n in killed.notes)
    # Subsets and the partial figure are kept aside, never headline values.
    assert {v.value for v in killed.other_values} == {4}
    assert {v.value for v in wounded.other_values} == {2, 16, 6}
    assert view.disputed  # 4 vs 32 wounded on 4 October is a real disagreement
    assert not view.incidents[1].disputed

    # Other places, tolls to date and background never reach the Ganja event.
    claim_ids = {c for i in event.incidents for m in i.members for c in m.claim_ids}
    for outsider in ("a000-c2", "a000-c3", "a002-c2", "a002-c3"):
        assert outsider not in claim_ids
    assert store.event_of("a000-c2")[0].location_label.startswith("Beylagan")
    assert store.event_of("a000-c3") == [] and store.event_of("a002-c3") == []
    json_ready = view.to_dict()
    assert set(json_ready) >= {
        "id",
        "label",
        "location",
        "start_date",
        "end_date",
        "article_count",
        "figures",
        "incidents",
        "disputed",
    }


def test_ganja_in_arrival_order() -> None:
    _check(_run(ganja_articles()))


@pytest.mark.parametrize("order", list(itertools.permutations(range(5))))
def test_ganja_any_order(order: tuple[int, ...]) -> None:
    articles = ganja_articles()
    _check(_run([articles[i] for i in order]))


def test_ganja_incremental_without_article_lookup() -> None:
    """The store may not load member articles; the stored headline values still place the undated ones."""
    for order in ([0, 1, 2, 3, 4], [3, 2, 4, 1, 0], [4, 3, 0, 2, 1]):
        articles = ganja_articles()
        _check(_run([articles[i] for i in order], with_articles=False))


def test_ganja_event_estimate_and_timeline() -> None:
    store = _run(ganja_articles())
    event = _ganja(store)
    view = reconcile_event(event, store.articles)
    oct4, oct11 = view.incidents
    w4 = next(f for f in oct4.figures if f.metric == WOUNDED)
    assert w4.estimate.best == 4 and w4.estimate.rule == "median_latest_per_origin"
    killed = view.figure(KILLED)
    assert killed is not None
    assert killed.estimate.best == 1 + 9 and killed.estimate.rule == "sum_of_incident_estimates"
    entries = timeline(event, store.articles)
    assert {(e.incident_id, e.metric) for e in entries} >= {(oct4.id, KILLED), (oct11.id, WOUNDED)}
