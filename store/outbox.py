"""The notification outbox: webhook notifications written in the same MULTI/EXEC as the change they announce.

An entry (`article.processed`, `event.updated`) is queued on the transaction's pipeline by `queue_entries`, so
it exists exactly when the article's `done`/`failed` (or a DELETE's event changes) was committed. A dispatcher
(usecases/outbox.py) turns each entry into webhook deliveries and only then removes it from the pending set;
a periodic sweep re-dispatches entries left pending by a crash. Entry ids are deterministic, and delivery ids
derive from them, so dispatching an entry twice creates no second delivery.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import redis

from store.keys import Keys


@dataclass(frozen=True)
class OutboxEntry:
    id: str
    type: str  # article.processed, event.updated
    timestamp: str  # ISO time of the change; part of the body, so every (re)delivery sends the same body
    data: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "type": self.type, "timestamp": self.timestamp, "data": self.data},
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> OutboxEntry:
        d = json.loads(raw)
        return cls(id=d["id"], type=d["type"], timestamp=d["timestamp"], data=d["data"])


def queue_entries(pipe: Any, keys: Keys, entries: list[OutboxEntry], now: float | None = None) -> None:
    """Add the entries to a transaction pipeline (MULTI/EXEC) that also writes the change they announce."""
    score = time.time() if now is None else now
    for entry in entries:
        pipe.set(keys.outbox_entry(entry.id), entry.to_json())
        pipe.zadd(keys.outbox_pending, {entry.id: score})


def queue_entries_if_subscribed(writes: Any, keys: Keys, entries: list[OutboxEntry], now: float | None = None) -> None:
    """Add the entries to a held commit (store/commit.py `HeldWrites`), which keeps them only if a webhook exists
    when it runs: without one, nothing is written and nothing needs clearing afterwards."""
    score = time.time() if now is None else now
    for entry in entries:
        writes.outbox_entry(keys.webhooks, keys.outbox_pending, keys.outbox_entry(entry.id), entry.to_json(), score,
                            entry.id)  # fmt: skip


# Drop entries nobody subscribes to, in one round trip: when the webhooks set is empty, remove the entries and
# return 1; otherwise change nothing and return 0. KEYS: webhooks zset, pending zset, then the entries' keys;
# ARGV: the entry ids.
_REMOVE_IF_UNSUBSCRIBED = """
if redis.call('ZCARD', KEYS[1]) > 0 then return 0 end
if #ARGV > 0 then
  redis.call('ZREM', KEYS[2], unpack(ARGV))
  redis.call('DEL', unpack(KEYS, 3))
end
return 1
"""


class OutboxRepo:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.r = client
        self.keys = keys
        self._remove_if_unsubscribed = client.register_script(_REMOVE_IF_UNSUBSCRIBED)

    def remove_if_unsubscribed(self, entry_ids: list[str]) -> bool:
        """No webhook exists: the entries are dropped (nothing to deliver) and True is returned; otherwise they
        stay for the dispatcher (False). One round trip, what an article's outcome costs without webhooks."""
        ids = entry_ids[:1000]  # (an outcome announces a few events; the rest, if ever, go the usual way)
        keys = [self.keys.webhooks, self.keys.outbox_pending, *(self.keys.outbox_entry(i) for i in ids)]
        removed = bool(self._remove_if_unsubscribed(keys=keys, args=ids))
        return removed and len(ids) == len(entry_ids)

    def get(self, entry_ids: list[str]) -> dict[str, OutboxEntry]:
        if not entry_ids:
            return {}
        raws = self.r.mget([self.keys.outbox_entry(i) for i in entry_ids])
        return {i: OutboxEntry.from_json(raw) for i, raw in zip(entry_ids, raws, strict=True) if raw}

    def pending(self, older_than_seconds: float = 0.0, limit: int = 500) -> list[str]:
        """Entries written at least `older_than_seconds` ago and not dispatched yet, oldest first."""
        cutoff = time.time() - older_than_seconds
        return list(self.r.zrangebyscore(self.keys.outbox_pending, "-inf", cutoff, start=0, num=limit))

    def count(self) -> int:
        return int(self.r.zcard(self.keys.outbox_pending))

    def remove(self, entry_ids: list[str]) -> None:
        """Dispatched: drop the entries (their deliveries now carry the notification)."""
        if not entry_ids:
            return
        with self.r.pipeline(transaction=True) as pipe:
            pipe.zrem(self.keys.outbox_pending, *entry_ids)
            pipe.delete(*(self.keys.outbox_entry(i) for i in entry_ids))
            pipe.execute()


__all__ = ["OutboxEntry", "OutboxRepo", "queue_entries", "queue_entries_if_subscribed"]
