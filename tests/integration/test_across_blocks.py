"""The merge layer across blocks in the service (usecases/across.py), on a real Redis with the use cases called
directly: two reports of one landslide, one told from Uganda and one from Nairobi, land in two blocks (Uganda,
Kenya) and are read as one event, whatever the order (with merge1's bus crash told from Kisumu and Kampala, and two
US shootings that stay apart); the layer off gives each block's events; a settle whose
link step never ran (a worker killed between the two) is linked by the sweep; a deleted report splits the two
again. The same through the API and a real Celery worker: tests/integration/test_across_blocks_api.py."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from settings import Settings
from store.repository import RedisStore
from tests.integration.grouping_kit import own_settings, process_all, stored_together
from tests.integration.redis_kit import wipe_prefix
from usecases import across, grouping, reconciliation
from usecases.articles import SubmitArticle, submit_article
from usecases.errors import Moved
from usecases.processing import Outcome, process_article
from usecases.reconciliation import ReconciliationQuery, get_event, get_timeline_document, list_reconciliation

pytestmark = pytest.mark.integration

PREFIX = "acrosstest"

# merge1's pair (/work/brief/merge1_interface.md, tests/core/test_across_blocks43.py): a bus crash told from
# Kisumu and from Kampala, blocks KE and UG.
KISUMU = SubmitArticle(
    source="Outlet E",
    title="Bus plunges into river near Kisumu, 23 dead",
    text="KISUMU, Kenya - A bus carrying traders plunged off a bridge into the Nyando river near Kisumu on March 4, "
    "2031, killing 23 people, police said.",
    published_at=datetime(2031, 3, 4, 9, tzinfo=UTC),
)
KAMPALA = SubmitArticle(
    source="Outlet F",
    title="23 Ugandan traders die as bus plunges into river",
    text="KAMPALA - A bus carrying Ugandan traders plunged off a bridge into a river on March 4, 2031, killing 23 "
    "people, the foreign ministry in Kampala said.",
    published_at=datetime(2031, 3, 5, 9, tzinfo=UTC),
)
# Two shootings of one night in two states: they stay two events.
DAYTON = SubmitArticle(
    source="Outlet G",
    title="3 killed in Dayton shooting",
    text="DAYTON, Ohio - Three people were killed and two wounded in a shooting outside a bar in Dayton on Saturday "
    "night, police said.",
    published_at=datetime(2031, 3, 15, 9, tzinfo=UTC),
)
TULSA = SubmitArticle(
    source="Outlet H",
    title="2 killed in Tulsa shooting",
    text="TULSA, Okla. - Two people were killed and one wounded in a shooting at a house party in Tulsa on Saturday "
    "night, police said.",
    published_at=datetime(2031, 3, 15, 11, tzinfo=UTC),
)
# Our own (invented): a landslide on a border mountain, told from each side.
UGANDA = SubmitArticle(
    source="Outlet C",
    title="Landslide buries village in Uganda, 12 dead",
    text="A landslide buried homes in Bududa district in eastern Uganda on Wednesday, killing 12 people, and 30 are "
    "missing, the Red Cross said.",
    published_at=datetime(2025, 2, 12, 10, tzinfo=UTC),
)
KENYA = SubmitArticle(
    source="Outlet D",
    title="Kenya: 12 killed by landslide near border",
    text="NAIROBI - Twelve people were killed and 30 are missing after a landslide struck villages on the slopes of "
    "Mount Elgon on Wednesday, Kenyan officials said.",
    published_at=datetime(2025, 2, 12, 18, tzinfo=UTC),
)


def _article_ids(document: dict[str, Any]) -> set[str]:
    return {a for incident in document["incidents"] for a in incident["article_ids"]}


def _listed(store: RedisStore, settings: Settings) -> list[dict[str, Any]]:
    page = list_reconciliation(store, ReconciliationQuery(limit=100), grouping.joining(settings))
    return [v.document() for v in page.events]


def _read(store: RedisStore, settings: Settings) -> list[tuple[str, frozenset[str], dict[str, Any]]]:
    """What the listing shows: each event's id, its articles and its document."""
    return sorted((d["id"], frozenset(_article_ids(d)), d) for d in _listed(store, settings))


def test_two_blocks_read_as_one_event_and_the_other_id_moves_to_the_root(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [UGANDA, KENYA])
    assert len(stored_together(store)) == 2, "the grouper keeps them apart (two blocks)"
    assert set(store.blocks.blocks_of(ids.values()).values()) == {"UG", "KE"}
    [(root, members, document)] = _read(store, own)
    assert members == set(ids.values())
    killed = next(f for f in document["figures"] if f["metric"] == "killed")
    assert killed["estimate"]["best"] == 12, "one incident, not two that reconciliation would sum"
    stored = [i.decode() if isinstance(i, bytes) else i for i in store.r.zrange(store.keys.events_by_start, 0, -1)]
    [other] = [i for i in stored if i != root]
    with pytest.raises(Moved) as moved:
        get_event(store, other, grouping.joining(own))
    assert moved.value.target == root
    assert get_event(store, root, grouping.joining(own)).id == root
    series = get_timeline_document(store, root, grouping.joining(own))
    assert {v["article_id"] for entry in series for v in entry["values"]} >= set(ids.values())


def test_the_same_articles_in_any_order_give_the_same_events(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    seen = []
    reports = [KISUMU, KAMPALA, UGANDA, KENYA]
    orders = [[*order, DAYTON, TULSA] for order in list(itertools.permutations(reports))[::5]]  # each pair both ways
    orders[-1] = [TULSA, *orders[-1][:-1]]
    for order in orders:
        wipe_prefix(store.r, PREFIX)
        reconciliation._cache.clear()  # versions start again in an emptied Redis
        fresh = RedisStore.from_url(own.effective_redis_url(), PREFIX)
        process_all(fresh, own, list(order))
        seen.append(_read(fresh, own))
        fresh.r.close()
    assert len({repr(s) for s in seen}) == 1, "one answer whatever the order"
    assert sorted(len(members) for _, members, _ in seen[0]) == [1, 1, 2, 2], "the shootings stay apart"


def test_the_layer_off_gives_each_blocks_events(store, settings) -> None:
    off = replace(own_settings(settings, PREFIX), merge_across_blocks=False)
    ids = process_all(store, off, [UGANDA, KENYA])
    assert {members for _, members, _ in _read(store, off)} == {
        frozenset([ids["Outlet C"]]),
        frozenset([ids["Outlet D"]]),
    }
    assert not list(store.r.scan_iter(f"{PREFIX}:across:*")), "nothing of the layer is written"
    assert not list(store.r.scan_iter(f"{PREFIX}:event:*:links"))


def test_a_link_step_that_never_ran_is_done_by_the_sweep(store, settings, monkeypatch) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [UGANDA])

    def killed(*_: object, **__: object) -> list[str]:
        raise SystemExit("worker killed between the settle and the link step")

    monkeypatch.setattr(grouping, "relink", killed)
    article_id = submit_article(store, lambda _id: None, KENYA).id
    with pytest.raises(SystemExit):
        process_article(store, own, article_id)
    monkeypatch.undo()
    assert len(_read(store, own)) == 2, "not linked yet"
    assert store.across.dirty_count() > 0, "the settle left its events to relink"
    assert store.get_article(article_id).status.value == "processing", "its task runs again (or the sweeper's)"
    grouping.settle_pending(store, grouping.grouping_settings(own))
    [(_, members, _)] = _read(store, own)
    assert members == {ids["Outlet C"], article_id}
    assert store.across.dirty_count() == 0
    assert process_article(store, own, article_id) is Outcome.DONE  # the retry finds everything in place
    assert len(_read(store, own)) == 1


def test_deleting_one_report_splits_them_again(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [UGANDA, KENYA])
    grouping.ungroup_article(store, ids["Outlet D"], grouping.grouping_settings(own))
    [(root, members, _)] = _read(store, own)
    assert members == {ids["Outlet C"]}
    assert get_event(store, root, grouping.joining(own)).id == root
    assert not store.across.links_of([root])[root]
    assert not list(store.r.scan_iter(f"{PREFIX}:event:*:links")), "no link left behind"


def test_group_of_an_event_without_links_is_itself(store) -> None:
    assert across.group_of(store, "evt_nothing") == across.alone("evt_nothing")
