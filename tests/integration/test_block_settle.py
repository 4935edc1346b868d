"""A crash between deciding an article's block and settling it loses nothing (real Redis, use cases called
directly: this is about what Redis holds, not about Celery)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from settings import Settings
from store.repository import RedisStore
from tests.integration.redis_kit import wipe_prefix
from usecases import grouping
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import Outcome, process_article, sweep_stuck

pytestmark = pytest.mark.integration

PREFIX = "settletest"

# Our own reports: two of one blast in Lyon, one of a crash in Leeds.
_REPORTS = [
    (
        "Outlet A",
        "At least 3 people were killed and 9 injured when a gas explosion hit a building in Lyon on Thursday.",
        17,
    ),
    (
        "Outlet B",
        "The death toll of Thursday's gas explosion in Lyon rose to 4, the prefecture said; 9 were injured.",
        18,
    ),
    ("Outlet C", "Two people were killed when a bus overturned on a motorway near Leeds on Thursday, police said.", 17),
]


def _settings(settings: Settings) -> Settings:
    return Settings(redis_url=settings.redis_url, key_prefix=PREFIX, stuck_after_seconds=0, auth=False)


def _submit_all(store: RedisStore) -> list[str]:
    ids = []
    for source, text, day in _REPORTS:
        command = SubmitArticle(source=source, text=text, published_at=datetime(2024, 5, day, 12, tzinfo=UTC))
        ids.append(submit_article(store, lambda _id: None, command).id)
    return ids


def _events(store: RedisStore) -> str:
    ids = sorted(store.r.zrange(store.keys.events_by_start, 0, -1))
    return json.dumps(store.load_event_dicts(ids), sort_keys=True)


def test_changes_left_pending_by_a_crash_are_settled_and_nothing_is_lost(store, settings, monkeypatch) -> None:
    own = _settings(settings)
    ids = _submit_all(store)
    for article_id in ids:
        assert process_article(store, own, article_id) is Outcome.DONE
    expected = _events(store)
    assert json.loads(expected), "the reports make events"
    wipe_prefix(store.r, PREFIX)

    # Every article's block is decided, then the worker dies before settling it.
    ids = _submit_all(store)

    def crash(*args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("worker killed before settling")

    monkeypatch.setattr(grouping, "_settle", crash)
    for article_id in ids:
        with pytest.raises(RuntimeError):
            process_article(store, own, article_id)
    assert store.r.scard(store.keys.blocks_pending) >= 2
    assert store.r.zcard(store.keys.events_by_start) == 0
    monkeypatch.undo()

    # The sweep settles the blocks, then the articles' retries only mark them done.
    sweep_stuck(store, own, publish=lambda _id: None)
    assert store.r.scard(store.keys.blocks_pending) == 0
    assert _events(store) == expected
    for article_id in ids:
        assert process_article(store, own, article_id) is Outcome.DONE
        assert store.get_article(article_id).status.value == "done"
    assert _events(store) == expected


def test_a_block_above_the_regroup_limit_takes_changes_in_one_step_and_loses_nothing(store, settings) -> None:
    """Above `FACTRECON_BLOCK_REGROUP_LIMIT` an out-of-order arrival or a deletion is applied on the stored
    events without regrouping: every article is still in exactly one event, and a deleted one in none."""
    own = Settings(
        redis_url=settings.redis_url, key_prefix=PREFIX, stuck_after_seconds=0, auth=False, block_regroup_limit=1
    )
    ids = _submit_all(store)
    for article_id in reversed(ids):  # latest first: every later arrival is out of canonical order
        assert process_article(store, own, article_id) is Outcome.DONE
    assert store.r.scard(store.keys.blocks_pending) == 0

    def holders() -> dict[str, int]:
        count: dict[str, int] = {}
        for event in json.loads(_events(store)).values():
            for article_id in {m["article_id"] for i in event["incidents"] for m in i["members"]}:
                count[article_id] = count.get(article_id, 0) + 1
        return count

    assert holders() == {i: 1 for i in ids}
    grouping.ungroup_article(store, ids[0], grouping.grouping_settings(own))
    assert holders() == {i: 1 for i in ids[1:]}
    lyon = [e for e in json.loads(_events(store)).values() if "Lyon" in e["location_label"]]
    assert len(lyon) == 1 and {m["article_id"] for i in lyon[0]["incidents"] for m in i["members"]} == {ids[1]}


def test_an_event_deleted_and_recreated_under_its_id_never_repeats_a_version(store) -> None:
    """Event ids come from content, so a regroup may delete an event and a later one bring it back under the
    same id: readers cache views by (id, version), so the version must not start over."""
    from store.repository import EventWrites

    state = {"id": "evt_same", "label": "x", "location_key": "city:1", "harm": "casualties", "incidents": []}
    store.write_events(EventWrites(changed={"evt_same": state}, start_ordinals={"evt_same": 1.0}))
    first = store.event_versions(["evt_same"])["evt_same"]
    store.write_events(EventWrites(deleted=["evt_same"]))
    assert store.event_versions(["evt_same"]) == {}
    store.write_events(EventWrites(changed={"evt_same": state}, start_ordinals={"evt_same": 1.0}))
    assert store.event_versions(["evt_same"])["evt_same"] > first
