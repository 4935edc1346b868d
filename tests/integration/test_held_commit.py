"""A block's settle writes in one script that runs only while the settle still holds the block's lock
(store/commit.py; real Redis): a settle whose lock expired and was taken by another worker writes nothing and
plans again (deciding a block raises a transient LockError instead), and the recorded writes do what the same
commands in a MULTI/EXEC do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from settings import Settings
from store.blocks import Move
from store.outbox import OutboxEntry
from store.repository import EventWrites, RedisStore

pytestmark = pytest.mark.integration

PREFIX = "heldtest"


@pytest.fixture
def store(settings: Settings) -> Iterator[RedisStore]:
    store = RedisStore.from_url(settings.effective_redis_url(), PREFIX)
    _wipe(store.r)
    yield store
    _wipe(store.r)
    store.r.close()


def _wipe(client: redis.Redis) -> None:
    for key in client.scan_iter(f"{PREFIX}:*"):
        client.delete(key)


def _event(event_id: str, label: str) -> dict[str, object]:
    return {"id": event_id, "label": label, "incidents": [{"id": "i1", "members": [{"article_id": "a1"}]}]}


def _writes(event_id: str, label: str) -> EventWrites:
    return EventWrites(
        changed={event_id: _event(event_id, label)},
        index_keys={event_id: {"loc:x|2024-W20"}},
        start_ordinals={event_id: 739023.0},
        memberships={event_id: {"a1"}},
        outbox=[OutboxEntry(f"ob-{event_id}", "event.updated", "2024-05-17T12:00:00+00:00", {"id": event_id})],
    )


def test_a_settle_whose_lock_was_taken_meanwhile_writes_nothing_and_plans_again(store: RedisStore) -> None:
    block = "US-CA"
    store.r.rpush(store.keys.block_changes(block), "add:a1")
    store.r.sadd(store.keys.blocks_pending, block)
    lock = store.keys.block_lock(block)
    calls: list[list[str]] = []

    def plan(changes: list[str], members: list[tuple[str, float]]) -> EventWrites:
        calls.append(list(changes))
        if len(calls) == 1:
            # This settle's lock expired and another worker took it (for 0.2 s) while it was planning.
            store.r.set(lock, "another worker's token", px=200)
            return _writes("ev-stale", "planned under a lost lock")
        assert store.r.get(lock) not in (None, "another worker's token"), "planning again under its own lock"
        return _writes("ev-fresh", "planned again")

    consumed = store.settle_block(block, plan)

    assert calls == [["add:a1"], ["add:a1"]], "the changes were read again and applied once"
    assert consumed == ["add:a1"]
    assert not store.r.exists(store.keys.event("ev-stale")), "nothing of the first plan was written"
    assert not store.r.exists(store.keys.outbox_entry("ob-ev-stale"))
    assert store.load_event_dicts(["ev-fresh"])["ev-fresh"]["label"] == "planned again"
    assert store.r.llen(store.keys.block_changes(block)) == 0
    assert not store.r.sismember(store.keys.blocks_pending, block), "a settled block is no longer pending"
    assert not store.r.exists(lock), "the lock is released with the writes"


def test_recorded_writes_do_what_the_same_multi_exec_does(store: RedisStore, settings: Settings) -> None:
    """The same EventWrites (events, indexes, memberships, departures, a deletion with its successor, an
    article marked done, an outbox entry) through the held commit and through `write_events` (MULTI/EXEC) give
    the same keys and values (but the outbox's pending times, the time of writing)."""
    other = RedisStore.from_url(settings.effective_redis_url(), PREFIX + "2")
    _wipe(other.r)
    try:
        for s in (store, other):  # a webhook, an article in processing, and an event about to be deleted
            s.r.zadd(s.keys.webhooks, {"wh-1": 1.0})
            s.r.hset(s.keys.article("a1"), mapping={"id": "a1", "status": "processing"})
            s.r.sadd(s.keys.articles_with_status("processing"), "a1")
            s.r.zadd(s.keys.articles_queued, {"a1": 1.0})
            s.r.set(s.keys.event("ev-old"), "{}")
            s.r.sadd(s.keys.events_index("loc:x|2024-W19"), "ev-old")
            s.r.sadd(s.keys.article_events("a0"), "ev-old")
        writes = _writes("ev-new", 'ünïcode label ☃ \U0001f600 "quoted"')
        writes.start_ordinals = {"ev-new": 1733356800.123456}  # 16 significant digits: no rounding on the way
        writes.stale_index_keys = {"ev-old": {"loc:x|2024-W19"}}
        writes.left = {"ev-old": {"a0"}}
        writes.deleted = ["ev-old"]
        writes.merged = {"ev-old": "ev-new"}
        writes.article_done = "a1"

        def plan(_changes: list[str], _members: list[tuple[str, float]]) -> EventWrites:
            return writes

        store.settle_block("B", plan)
        other.write_events(writes)

        def dump(s: RedisStore) -> dict[str, object]:
            found: dict[str, object] = {}
            for key in sorted(s.r.scan_iter(f"{s.keys.prefix}:*")):
                kind = s.r.type(key)
                short = key.split(":", 1)[1]
                if kind == "string":
                    found[short] = s.r.get(key)
                elif kind == "set":
                    found[short] = sorted(s.r.smembers(key))
                elif kind == "zset" and short == "outbox:pending":  # scored by the time of writing
                    found[short] = s.r.zrange(key, 0, -1)
                elif kind == "zset":
                    found[short] = s.r.zrange(key, 0, -1, withscores=True)
                elif kind == "hash":
                    found[short] = {k: v for k, v in s.r.hgetall(key).items() if k != "updated_at"}
            return found

        ours, theirs = dump(store), dump(other)
        assert ours["event:ev-new"] == theirs["event:ev-new"]
        assert ours["events:by-start"] == theirs["events:by-start"] == [("ev-new", 1733356800.123456)]
        assert ours == theirs
        assert store.r.hget(store.keys.article("a1"), "status") == "done"
        assert store.r.sismember(store.keys.articles_with_status("done"), "a1")
    finally:
        _wipe(other.r)
        other.r.close()


def test_deciding_a_block_under_a_lost_anchors_lock_writes_nothing_and_is_retried(store: RedisStore) -> None:
    """The deciding step's commit runs only while the anchors lock is still its own: when the lock expired and
    another worker took it, nothing is written and a transient LockError makes the task try again."""
    store.r.hset(store.keys.article("a1"), mapping={"id": "a1", "status": "processing"})
    move = Move("a1", None, "US-CA", 1.0)
    with pytest.raises(redis.exceptions.LockError), store.blocks.deciding("a1", None, 30, weak_only=False) as held:
        store.r.set(store.keys.blocks_lock, "another worker's token")
        store.blocks.commit([move], also=lambda pipe: store.queue_save(pipe, "a1", {"claims": "[]"}), release=held)
    assert store.r.get(store.keys.blocks_lock) == "another worker's token", "the other holder's lock is left alone"
    assert not store.r.exists(store.keys.block_articles("US-CA")), "no move was written"
    assert not store.r.hexists(store.keys.article("a1"), "claims"), "nor the caller's writes"
    store.r.delete(store.keys.blocks_lock)

    with store.blocks.deciding("a1", None, 30, weak_only=False) as held:
        store.blocks.commit([move], also=lambda pipe: store.queue_save(pipe, "a1", {"claims": "[]"}), release=held)
    assert store.r.zrange(store.keys.block_articles("US-CA"), 0, -1, withscores=True) == [("a1", 1.0)]
    assert store.r.lrange(store.keys.block_changes("US-CA"), 0, -1) == ["add:a1"]
    assert store.r.hget(store.keys.article("a1"), "claims") == "[]"
    assert not store.r.exists(store.keys.blocks_lock), "released with the writes"


def test_a_settle_keeps_its_notifications_only_while_a_webhook_exists(store: RedisStore) -> None:
    """Without a webhook the outbox entries are left out of the commit (nobody to notify), and the worker's
    after-commit dispatch learns it from the store instead of asking Redis; with one they are written."""
    unsubscribed, subscribed = _writes("ev-a", "a"), _writes("ev-b", "b")
    store.settle_block("B1", lambda _c, _m: unsubscribed)
    assert store.r.exists(store.keys.event("ev-a")), "the change itself is written"
    assert not store.r.exists(store.keys.outbox_entry("ob-ev-a")) and not store.r.zcard(store.keys.outbox_pending)
    assert store.outbox_unwritten(["ob-ev-a"])
    assert not store.outbox_unwritten(["ob-ev-a"]), "asked once: forgotten"

    store.r.zadd(store.keys.webhooks, {"wh-1": 1.0})
    store.settle_block("B2", lambda _c, _m: subscribed)
    assert store.r.zrange(store.keys.outbox_pending, 0, -1) == ["ob-ev-b"]
    assert store.r.exists(store.keys.outbox_entry("ob-ev-b"))
    assert not store.outbox_unwritten(["ob-ev-b"]), "written: the dispatcher must hand it over"

    # The same entry left out once, then kept by a retry after a webhook appeared: it is dispatched.
    again = _writes("ev-c", "c")
    store.r.delete(store.keys.webhooks)
    store.settle_block("B3", lambda _c, _m: again)
    store.r.zadd(store.keys.webhooks, {"wh-1": 1.0})
    store.settle_block("B3", lambda _c, _m: again)
    assert store.r.exists(store.keys.outbox_entry("ob-ev-c"))
    assert not store.outbox_unwritten(["ob-ev-c"])
