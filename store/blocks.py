"""Blocks in Redis: each article's anchor and block, each block's articles in canonical order, and the
membership changes a block's events have not taken in yet (see core.events.blocks and usecases/grouping.py).

Deciding blocks is one short critical section (`anchors_lock`): an article's block depends on the anchors
around it in time. Regrouping is per block (`block_lock`): workers regroup different blocks at once; a settle
consumes exactly the changes it read (see `RedisStore.settle_block`), so a change pushed meanwhile is never
dropped.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import redis

from core.events.blocks import Anchor, Pull, anchor_persons, timeless_movable
from store.cache import ImmutableCache
from store.codec import compact, parse
from store.commit import HeldWrites, commit_held, held_commit_script
from store.keys import Keys

ADD, IN, OUT, DELETE = "add", "in", "out", "del"


def _pull_text(pull: Pull | None) -> str:
    return "" if pull is None else f"{pull[0]!r}|{pull[1]}|{pull[2]}"


def _pull_from(raw: Any) -> Pull | None:
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    if not text:
        return None
    score, home, article_id = text.split("|", 2)
    return (float(score), home, article_id)
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


LOCK_SECONDS = 20.0
POLL_FIRST, POLL_MAX = 0.0005, 0.005  # seconds between two tries to take a busy lock: doubling from first to max

# Release a lock only if this holder still has it (KEYS: the lock; ARGV: the holder's token).
RELEASE_LOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# Take the anchors lock and read what deciding a block starts from (see `BlockRepo.deciding`). KEYS: the lock,
# the article hash, the article -> block hash, the anchors-by-start zset, the deletions counter; ARGV: token,
# ms, article id, lo, hi ("" when the article has no window). False while another holder has the lock.
_TAKE_DECIDING = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
local ids = {}
if ARGV[4] ~= '' then ids = redis.call('ZRANGEBYSCORE', KEYS[4], ARGV[4], ARGV[5]) end
local blocks = {}
for i = 1, #ids, 1000 do
  local part = redis.call('HMGET', KEYS[3], unpack(ids, i, math.min(i + 999, #ids)))
  for j = 1, #part do blocks[#blocks + 1] = part[j] or '' end
end
return {redis.call('EXISTS', KEYS[2]), redis.call('HGET', KEYS[3], ARGV[3]) or '', ids, blocks,
        redis.call('GET', KEYS[5]) or '0'}
"""

# Take a block's lock and read its pending changes and its articles with scores (KEYS: the lock, the change
# list, the block's articles zset, the deletions counter; ARGV: token, ms). False while another holder has the
# lock.
_TAKE_BLOCK = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
return {redis.call('LRANGE', KEYS[2], 0, -1), redis.call('ZRANGE', KEYS[3], 0, -1, 'WITHSCORES'),
        redis.call('GET', KEYS[4]) or '0'}
"""


class Locked(Protocol):
    """`BlockRepo.lock`: a named lock, taken by `take(token, ms)` (what it reads once taken, or None)."""

    def __call__(self, name: str, take: Any = None) -> AbstractContextManager[HeldLock]: ...


@dataclass
class HeldLock:
    """A lock this process holds: its key, its token, what was read when it was taken, and whether the holder's
    last write released it already (`store.commit.commit_held` writes and releases in one script)."""

    key: str
    token: str
    read: Any = None
    released: bool = False


@dataclass(frozen=True)
class Deciding:
    """What deciding an article's block reads when the anchors lock is taken (`BlockRepo.deciding`)."""

    exists: bool
    block: str | None  # the article's current block
    around: list[str]  # the anchors whose window may overlap the article's, by article id
    blocks: dict[str, str | None]  # their current blocks


class BlockRepo:
    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        cache_size: int = 20_000,
        on_deletions: Callable[[int | None], None] | None = None,
    ) -> None:
        self.r = client
        self.keys = keys
        # Told the deletions counter as read with a lock (None: read it), before anything cached is used under
        # it: an article deleted and submitted again keeps its id (RedisStore.sync_deletions drops what was kept).
        self._on_deletions = on_deletions or (lambda _seq: None)
        self._take_deciding = client.register_script(_TAKE_DECIDING)
        self._take_block = client.register_script(_TAKE_BLOCK)
        self._held_commit = client.register_script(held_commit_script())
        # An article's anchor never changes once saved (it is derived from the article), so parsed anchors are
        # kept per process: a busy time window is read on every arrival.
        self._anchors: ImmutableCache[Anchor] = ImmutableCache(cache_size)

    @contextmanager
    def _locked(
        self, name: str, take: Any = None, timeout: float = LOCK_SECONDS, blocking_timeout: float = 30
    ) -> Iterator[HeldLock]:
        """A lock that expires by itself if its holder dies. Polled after 0.5 ms, then twice as long each time up
        to 5 ms: the anchors lock is held about a millisecond, so a fixed 5 ms poll left a waiting worker idle
        for most of its wait (with two workers about one deciding step in ten waits); a block's lock is held
        longer (a regroup) and is soon polled every 5 ms as before.

        `take(token, ms)` tries to take it and returns what it read once taken (a script that sets the lock and
        reads in the same round trip), or None while another holder has it. A caller may release the lock in its
        own last write (`store.commit.commit_held`, then `HeldLock.released`); otherwise it is released on the way
        out."""
        token = secrets.token_hex(10)
        ms = int(timeout * 1000)
        take = take or (lambda t, m: 1 if self.r.set(name, t, nx=True, px=m) else None)
        deadline = time.monotonic() + blocking_timeout
        pause = POLL_FIRST
        while (read := take(token, ms)) is None:
            if time.monotonic() > deadline:
                raise redis.exceptions.LockError(f"could not acquire {name} in time")
            time.sleep(pause)
            pause = min(POLL_MAX, pause * 2)
        held = HeldLock(name, token, read)
        try:
            yield held
        finally:
            if not held.released:
                with suppress(redis.exceptions.RedisError):
                    self.r.eval(RELEASE_LOCK, 1, name, token)

    def lock(self, name: str, take: Any = None) -> AbstractContextManager[HeldLock]:
        """A lock of this kind under another name (the merge layer's: store/across.py); `take` as `_locked`'s."""
        return self._locked(name, take)

    def anchors_lock(self) -> AbstractContextManager[HeldLock]:
        def take(token: str, ms: int) -> int | None:
            if not self.r.set(self.keys.blocks_lock, token, nx=True, px=ms):
                return None
            self._on_deletions(None)
            return 1

        return self._locked(self.keys.blocks_lock, take)

    def deciding(
        self, article_id: str, window: tuple[date, date] | None, reach: int, *, weak_only: bool
    ) -> AbstractContextManager[HeldLock]:
        """The anchors lock, taken with what deciding `article_id`'s block reads first, in the same round trip
        (`HeldLock.read` is a `Deciding`): whether the article exists, its current block, the ids of the anchors
        whose window may overlap `window` (`weak_only`: the weakly placed ones) and their blocks."""
        by_start = self.keys.block_weak_anchors_by_start if weak_only else self.keys.block_anchors_by_start
        lo, hi = (window[0].toordinal() - reach, window[1].toordinal()) if window else ("", "")
        keys = [
            self.keys.blocks_lock,
            self.keys.article(article_id),
            self.keys.block_of_article,
            by_start,
            self.keys.articles_deletions,
        ]

        def take(token: str, ms: int) -> Deciding | None:
            row = self._take_deciding(keys=keys, args=[token, ms, article_id, lo, hi])
            if not row:
                return None
            exists, own, ids, blocks, deletions = row
            self._on_deletions(int(deletions))
            around = [str(i) for i in ids]
            return Deciding(
                bool(exists),
                own or None,
                around,
                {i: (b or None) for i, b in zip(around, blocks, strict=True)},
            )

        return self._locked(self.keys.blocks_lock, take)

    def block_lock(self, block: str) -> AbstractContextManager[HeldLock]:
        """The block's lock, taken with the block's pending changes and its articles (canonical order, with
        scores) read atomically in the same round trip: `HeldLock.read` is (changes, [(article id, score)])."""
        keys = [
            self.keys.block_lock(block),
            self.keys.block_changes(block),
            self.keys.block_articles(block),
            self.keys.articles_deletions,
        ]

        def take(token: str, ms: int) -> tuple[list[str], list[tuple[str, float]]] | None:
            row = self._take_block(keys=keys, args=[token, ms])
            if not row:
                return None
            changes, flat, deletions = row
            self._on_deletions(int(deletions))
            members = [(str(flat[i]), float(flat[i + 1])) for i in range(0, len(flat), 2)]
            return [str(c) for c in changes], members

        return self._locked(self.keys.block_lock(block), take)

    def anchors_overlapping(self, lo: date, hi: date, reach: int, *, weak_only: bool = False) -> list[Anchor]:
        """Anchors whose window may overlap [lo, hi] (windows span at most `reach` days); `weak_only`: only the
        weakly placed ones."""
        key = self.keys.block_weak_anchors_by_start if weak_only else self.keys.block_anchors_by_start
        return self.anchors(self.r.zrangebyscore(key, lo.toordinal() - reach, hi.toordinal()))

    def forget_anchors(self, article_ids: Iterable[str] | None = None) -> None:
        """Drop the kept anchors of these articles (None: all of them)."""
        if article_ids is None:
            self._anchors.clear()
            return
        for article_id in article_ids:
            self._anchors.forget(article_id)

    def anchors(self, article_ids: Iterable[str]) -> list[Anchor]:
        ids = list(article_ids)
        found = self._anchors.get_many(ids, self._load_anchors) if ids else {}
        return [found[i] for i in ids if i in found]

    def _load_anchors(self, article_ids: list[str]) -> dict[str, Anchor]:
        raws = self.r.hmget(self.keys.block_anchors, article_ids)
        return {i: Anchor.from_dict(parse(raw)) for i, raw in zip(article_ids, raws, strict=True) if raw}

    def blocks_of(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        ids = list(article_ids)
        if not ids:
            return {}
        return dict(zip(ids, self.r.hmget(self.keys.block_of_article, ids), strict=True))

    def kind_anchors(self, kinds: Iterable[str], *, timeless: bool = False) -> list[Anchor]:
        """The dated anchors telling one of `kinds` (`timeless`: the movable ones nothing dates), read from
        the kind sets; entries a later anchor of the article no longer fits are left out."""
        kinds = sorted(set(kinds))
        if not kinds:
            return []
        keys = [self.keys.block_timeless_movable(k) if timeless else self.keys.block_kind_anchors(k) for k in kinds]
        ids = sorted(set().union(*(set(m) for m in (self.r.smembers(k) for k in keys))))
        found = self.anchors(str(i) for i in ids)
        fits = timeless_movable if timeless else (lambda a: a.window is not None)
        return [a for a in found if set(kinds) & a.kinds and fits(a)]

    def person_anchors(self, persons: Iterable[int]) -> list[Anchor]:
        """The anchors naming one of `persons` (`core.events.blocks.anchor_persons`), read from the person sets."""
        keys = [self.keys.block_person_anchors(p) for p in sorted(set(persons))]
        if not keys:
            return []
        return self.anchors(sorted(str(i) for i in self.r.sunion(keys)))

    def timeless_pulls(self, article_ids: Iterable[str]) -> dict[str, Pull | None]:
        ids = list(article_ids)
        if not ids:
            return {}
        raws = self.r.hmget(self.keys.block_timeless_pulls, ids)
        return {i: _pull_from(raw) for i, raw in zip(ids, raws, strict=True) if raw is not None}

    def commit(
        self,
        moves: Iterable[Move],
        *,
        anchor: Anchor | None = None,
        forget: Anchor | str | None = None,
        also: Any = None,
        release: HeldLock | None = None,
        pulls: dict[str, Pull | None] | None = None,
    ) -> None:
        """In one transaction: save an article's anchor (or `forget` one), move articles between blocks, and
        queue each move as a pending change of the blocks concerned. `also(pipe)` adds writes of the caller's
        to the same transaction (a deleted article's record); `release`: the lock held, released in it too.
        With `release`, the writes are one script that runs only while that lock still holds its token
        (store/commit.py: one command to pack and parse instead of a dozen); if the lock expired and was taken
        meanwhile, nothing is written and `LockError` is raised (a transient error: the task is retried)."""
        if release is not None:
            writes = HeldWrites({})
            self._queue_commit(writes, moves, anchor, forget, also, pulls)
            if not commit_held(self._held_commit, release.key, release.token, writes):
                raise redis.exceptions.LockError(f"{release.key} expired before its holder's commit")
            release.released = True
            return
        with self.r.pipeline(transaction=True) as pipe:
            self._queue_commit(pipe, moves, anchor, forget, also, pulls)
            pipe.execute()

    def _queue_commit(
        self,
        pipe: Any,
        moves: Iterable[Move],
        anchor: Anchor | None,
        gone: Anchor | str | None,
        also: Any,
        pulls: dict[str, Pull | None] | None,
    ) -> None:
        forget = gone.article_id if isinstance(gone, Anchor) else gone
        if anchor is not None:
            article_id = anchor.article_id
            pipe.hset(self.keys.block_anchors, article_id, compact(anchor.to_dict()))
            if anchor.window is not None:
                start = anchor.window[0].toordinal()
                pipe.zadd(self.keys.block_anchors_by_start, {article_id: start})
                if anchor.weak or anchor.joint:  # (a firmly placed arrival reads these: they may pull it)
                    pipe.zadd(self.keys.block_weak_anchors_by_start, {article_id: start})
            else:
                pipe.zrem(self.keys.block_anchors_by_start, article_id)
            for kind in sorted(anchor.kinds):
                if timeless_movable(anchor):
                    pipe.sadd(self.keys.block_timeless_movable(kind), article_id)
                elif anchor.window is not None:
                    pipe.sadd(self.keys.block_kind_anchors(kind), article_id)
            for person in sorted(set(anchor_persons(anchor))):
                pipe.sadd(self.keys.block_person_anchors(person), article_id)
        for article_id, pull in sorted((pulls or {}).items()):
            pipe.hset(self.keys.block_timeless_pulls, article_id, _pull_text(pull))
        if forget is not None:
            pipe.hdel(self.keys.block_anchors, forget)
            pipe.zrem(self.keys.block_anchors_by_start, forget)
            pipe.zrem(self.keys.block_weak_anchors_by_start, forget)
            pipe.hdel(self.keys.block_timeless_pulls, forget)
            for kind in sorted(gone.kinds if isinstance(gone, Anchor) else ()):
                pipe.srem(self.keys.block_kind_anchors(kind), forget)
                pipe.srem(self.keys.block_timeless_movable(kind), forget)
            for person in sorted(set(anchor_persons(gone) if isinstance(gone, Anchor) else ())):
                pipe.srem(self.keys.block_person_anchors(person), forget)
        for move in moves:
            self._queue_move(pipe, move, deleting=move.article_id == forget)
        if also is not None:
            also(pipe)

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
