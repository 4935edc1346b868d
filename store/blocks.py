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

from core.events.blocks import Anchor
from store.cache import ImmutableCache
from store.keys import Keys

ADD, IN, OUT, DELETE = "add", "in", "out", "del"
JOINING, LEAVING = (ADD, IN), (OUT, DELETE)


def changed_articles(changes: Iterable[str], kinds: tuple[str, ...]) -> list[str]:
    """The article ids of the pending changes of these kinds, in order ("add:<id>" -> "<id>")."""
    return [id_ for kind, _, id_ in (c.partition(":") for c in changes) if kind in kinds]


@dataclass(frozen=True)
class Move:
    """An article entering a block, leaving one, or both: `kind` says why (see the change kinds above)."""

    article_id: str
    old_block: str | None
    new_block: str | None
    score: float  # publication score: its place in the new block's canonical order


class BlockRepo:
    def __init__(self, client: redis.Redis, keys: Keys, cache_size: int = 20_000) -> None:
        self.r = client
        self.keys = keys
        # An article's anchor never changes once saved (it is derived from the article), so parsed anchors are
        # kept per process: a busy time window is read on every arrival.
        self._anchors: ImmutableCache[Anchor] = ImmutableCache(cache_size)

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

    def anchors_overlapping(self, lo: date, hi: date, reach: int, *, weak_only: bool = False) -> list[Anchor]:
        """Anchors whose window may overlap [lo, hi] (windows span at most `reach` days); `weak_only`: only the
        weakly placed ones."""
        key = self.keys.block_weak_anchors_by_start if weak_only else self.keys.block_anchors_by_start
        return self.anchors(self.r.zrangebyscore(key, lo.toordinal() - reach, hi.toordinal()))

    def anchors(self, article_ids: Iterable[str]) -> list[Anchor]:
        ids = list(article_ids)
        found = self._anchors.get_many(ids, self._load_anchors) if ids else {}
        return [found[i] for i in ids if i in found]

    def _load_anchors(self, article_ids: list[str]) -> dict[str, Anchor]:
        raws = self.r.hmget(self.keys.block_anchors, article_ids)
        return {i: Anchor.from_dict(json.loads(raw)) for i, raw in zip(article_ids, raws, strict=True) if raw}

    def blocks_of(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        ids = list(article_ids)
        if not ids:
            return {}
        return dict(zip(ids, self.r.hmget(self.keys.block_of_article, ids), strict=True))

    def commit(
        self,
        moves: Iterable[Move],
        *,
        anchor: Anchor | None = None,
        forget: str | None = None,
        also: Any = None,
    ) -> None:
        """In one MULTI/EXEC: save an article's anchor (or `forget` one), move articles between blocks, and
        queue each move as a pending change of the blocks concerned. `also(pipe)` adds writes of the caller's
        to the same transaction (a deleted article's record)."""
        with self.r.pipeline(transaction=True) as pipe:
            if anchor is not None:
                article_id = anchor.article_id
                pipe.hset(self.keys.block_anchors, article_id, json.dumps(anchor.to_dict(), separators=(",", ":")))
                if anchor.window is not None:
                    start = anchor.window[0].toordinal()
                    pipe.zadd(self.keys.block_anchors_by_start, {article_id: start})
                    if anchor.weak:
                        pipe.zadd(self.keys.block_weak_anchors_by_start, {article_id: start})
                else:
                    pipe.zrem(self.keys.block_anchors_by_start, article_id)
            if forget is not None:
                pipe.hdel(self.keys.block_anchors, forget)
                pipe.zrem(self.keys.block_anchors_by_start, forget)
                pipe.zrem(self.keys.block_weak_anchors_by_start, forget)
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
