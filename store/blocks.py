"""Blocks in Redis: each article's anchor and block, each block's articles in canonical order, and the
membership changes a block's events have not taken in yet (see core.events.blocks and usecases/grouping.py).

Deciding blocks is one short critical section (`anchors_lock`): an article's block depends on the anchors
around it in time. Regrouping is per block (`block_lock`): workers regroup different blocks at once; a settle
consumes exactly the changes it read (see `RedisStore.settle_block`), so a change pushed meanwhile is never
dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

import redis

from store.keys import Keys

ADD, IN, OUT, DELETE = "add", "in", "out", "del"


@dataclass(frozen=True)
class Move:
    """An article entering a block, leaving one, or both: `kind` says why (see the change kinds above)."""

    article_id: str
    old_block: str | None
    new_block: str | None
    score: float  # publication score: its place in the new block's canonical order


class BlockRepo:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.r = client
        self.keys = keys

    @contextmanager
    def _locked(self, name: str, timeout: float = 20, blocking_timeout: float = 30) -> Iterator[None]:
        """A lock that expires by itself if its holder dies (polled every 5 ms: steps take milliseconds)."""
        lock = self.r.lock(name, timeout=timeout, blocking_timeout=blocking_timeout, sleep=0.005)
        if not lock.acquire():
            raise redis.exceptions.LockError(f"could not acquire {name} in time")
        try:
            yield
        finally:
            with suppress(redis.exceptions.LockError):
                lock.release()

    def anchors_lock(self) -> AbstractContextManager[None]:
        return self._locked(self.keys.blocks_lock)

    def block_lock(self, block: str) -> AbstractContextManager[None]:
        return self._locked(self.keys.block_lock(block))

    def anchors_overlapping(self, lo: date, hi: date, reach: int) -> list[dict[str, Any]]:
        """Anchors whose window may overlap [lo, hi]: windows span at most `reach` days."""
        ids = self.r.zrangebyscore(self.keys.block_anchors_by_start, lo.toordinal() - reach, hi.toordinal())
        return self.anchors(ids)

    def anchors(self, article_ids: Iterable[str]) -> list[dict[str, Any]]:
        ids = list(article_ids)
        if not ids:
            return []
        return [json.loads(raw) for raw in self.r.hmget(self.keys.block_anchors, ids) if raw]

    def blocks_of(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        ids = list(article_ids)
        if not ids:
            return {}
        return dict(zip(ids, self.r.hmget(self.keys.block_of_article, ids), strict=True))

    def commit(
        self,
        moves: Iterable[Move],
        *,
        anchor: dict[str, Any] | None = None,
        forget: str | None = None,
        also: Any = None,
    ) -> None:
        """In one MULTI/EXEC: save an article's anchor (or `forget` one), move articles between blocks, and
        queue each move as a pending change of the blocks concerned. `also(pipe)` adds writes of the caller's
        to the same transaction (a deleted article's record)."""
        with self.r.pipeline(transaction=True) as pipe:
            if anchor is not None:
                article_id = anchor["article_id"]
                pipe.hset(self.keys.block_anchors, article_id, json.dumps(anchor, separators=(",", ":")))
                if anchor.get("window"):
                    start = date.fromisoformat(anchor["window"][0]).toordinal()
                    pipe.zadd(self.keys.block_anchors_by_start, {article_id: start})
                else:
                    pipe.zrem(self.keys.block_anchors_by_start, article_id)
            if forget is not None:
                pipe.hdel(self.keys.block_anchors, forget)
                pipe.zrem(self.keys.block_anchors_by_start, forget)
            for move in moves:
                self._queue_move(pipe, move, deleting=move.article_id == forget)
            if also is not None:
                also(pipe)
            pipe.execute()

    def _queue_move(self, pipe: Any, move: Move, *, deleting: bool) -> None:
        if move.old_block is not None:
            pipe.zrem(self.keys.block_articles(move.old_block), move.article_id)
            pipe.rpush(self.keys.block_changes(move.old_block), f"{DELETE if deleting else OUT}:{move.article_id}")
            pipe.sadd(self.keys.blocks_pending, move.old_block)
        if move.new_block is not None:
            pipe.zadd(self.keys.block_articles(move.new_block), {move.article_id: move.score})
            kind = ADD if move.old_block is None else IN
            pipe.rpush(self.keys.block_changes(move.new_block), f"{kind}:{move.article_id}")
            pipe.sadd(self.keys.blocks_pending, move.new_block)
            pipe.hset(self.keys.block_of_article, move.article_id, move.new_block)
        else:
            pipe.hdel(self.keys.block_of_article, move.article_id)

    def pending_blocks(self, limit: int = 100) -> list[str]:
        return sorted(self.r.srandmember(self.keys.blocks_pending, limit) or [])
