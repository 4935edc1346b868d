"""Articles, claims and events in Redis.

Multi-key updates are atomic: article creation is one Lua script (create-if-absent plus both indexes), and
a block's event updates are written in one script that applies them only while that block's lock is still
held (`settle_block`; store/blocks.py, store/commit.py), so several workers writing claims about the same event
at once can neither create two events nor lose a claim.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import redis

from core.events.pieces import PlacedPieces
from core.models import ArticleFacts, ArticleStatus
from store.across import AcrossRepo
from store.blocks import BlockRepo
from store.cache import ImmutableCache
from store.codec import claims_from_json, claims_to_json, compact, parse, parse_datetime
from store.commit import NOT_HELD, UNION_OF_KEYS, WRITTEN, HeldWrites, commit_held, held_commit_script
from store.keys import Keys
from store.outbox import OutboxEntry, queue_entries, queue_entries_if_subscribed
from store.records import ArticleRecord

# Create the article only if it does not exist yet, and index it, in one atomic step.
# KEYS: article hash, created zset, queued zset, queued status set. ARGV: now, article id, then field/value
# pairs. With a fifth key (an Idempotency-Key's record) ARGV[3] and ARGV[4] are its in-flight value and expiry
# (s), and the pairs start at ARGV[5]: the key is claimed in the same step, unless it is taken already; then
# nothing is written and {-1, its stored value} comes back.
_CREATE_ARTICLE = """
local pairs = 3
if #KEYS == 5 then
  local saved = redis.call('GET', KEYS[5])
  if saved then
    return {-1, saved}
  end
  redis.call('SET', KEYS[5], ARGV[3], 'EX', ARGV[4])
  pairs = 5
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return {0, redis.call('HGET', KEYS[1], 'status')}
end
redis.call('HSET', KEYS[1], unpack(ARGV, pairs))
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[2])
return {1, 'queued'}
"""

# Move an existing article to a new status, keeping the per-status sets in step; never recreates a deleted
# article. KEYS: article hash, pending zset, then the status sets (queued, processing, done, failed).
# ARGV: article id, new status, now (ISO), error, mode; for mode "start" also the failure budget, now (unix s)
# and the longest an attempt can run. "start" refuses finished articles and counts an attempt; an attempt
# still marked running but begun longer ago than any attempt may run died without an outcome (its worker was
# killed) and counts as a failure; when `failures` reached the budget (> 0) it changes nothing else and
# returns "!exhausted". Returns the previous status, or false when the article does not exist (or is
# finished, for "start"); for "start", {previous status, the article's fields as HGETALL gives them}.
_TRANSITION = """
local old = redis.call('HGET', KEYS[1], 'status')
if not old then return false end
if ARGV[5] == 'start' then
  if old == 'done' or old == 'failed' then return false end
  local started = tonumber(redis.call('HGET', KEYS[1], 'attempt_started') or '') or 0
  if old == 'processing' and started > 0 and tonumber(ARGV[7]) - started > tonumber(ARGV[8]) then
    redis.call('HINCRBY', KEYS[1], 'failures', 1)
    redis.call('HSET', KEYS[1], 'attempt_started', '',
               'last_error', 'an attempt ended without an outcome (its worker died)')
  end
  local budget = tonumber(ARGV[6]) or 0
  if budget > 0 and (tonumber(redis.call('HGET', KEYS[1], 'failures') or '') or 0) >= budget then
    return '!exhausted'
  end
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updated_at', ARGV[3])
if ARGV[5] == 'start' then
  redis.call('HINCRBY', KEYS[1], 'attempts', 1)
  redis.call('HSET', KEYS[1], 'attempt_started', ARGV[7])
else
  redis.call('HSET', KEYS[1], 'error', ARGV[4])
end
if ARGV[2] == 'done' or ARGV[2] == 'failed' then redis.call('ZREM', KEYS[2], ARGV[1]) end
for i = 3, 6 do redis.call('SREM', KEYS[i], ARGV[1]) end
local target = {queued = 3, processing = 4, done = 5, failed = 6}
redis.call('SADD', KEYS[target[ARGV[2]]], ARGV[1])
if ARGV[5] == 'start' then return {old, redis.call('HGETALL', KEYS[1])} end
return old
"""

# An attempt cut short by Redis trouble ended without counting against the budget (KEYS: article hash).
_FORGIVE_ATTEMPT = """
if redis.call('HGET', KEYS[1], 'status') ~= 'processing' then return 0 end
redis.call('HSET', KEYS[1], 'attempt_started', '')
return 1
"""

# An attempt raised: it ended, as a failure (KEYS: article hash; ARGV: reason). Returns the failures so far.
_ATTEMPT_FAILED = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'last_error', ARGV[1], 'attempt_started', '')
return redis.call('HINCRBY', KEYS[1], 'failures', 1)
"""

# HSET only if the article still exists (a DELETE may have happened while it was being processed); returns its
# created_at as stored, or false when it is gone.
_UPDATE_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HSET', KEYS[1], unpack(ARGV))
return redis.call('HGET', KEYS[1], 'created_at') or ''
"""

# The events filed under any of these sets (index sets, article->events sets), with their stored states, in
# one round trip. KEYS: the sets; ARGV: the event key prefix. Returns {ids, states} (false for a missing one).
# (It builds event keys from ids: on Redis Cluster this read would be split per slot, see docs/scaling.md.)
_EVENTS_IN = UNION_OF_KEYS + """
local states = {}
for i = 1, #ids, 500 do
  local keys = {}
  for j = i, math.min(i + 499, #ids) do keys[#keys + 1] = ARGV[1] .. ids[j] end
  local part = redis.call('MGET', unpack(keys))
  for j = 1, #keys do states[#states + 1] = part[j] end
end
return {ids, states}
"""


@dataclass
class EventWrites:
    """One change of events, written in one transaction.

    `changed`: event id -> state (JSON-safe dict); `index_keys`: the keys each changed event is filed under;
    `start_ordinals`: its place in the listing; `memberships`: event id -> article ids that joined it (the
    article->events sets follow); `stale_index_keys` / `left`: keys and members to take away; `deleted`: events
    to drop, `merged` pointing each dropped id to the event that took its members; `article_done`: an article
    marked done in the same transaction, so a crash cannot leave it done while its claims are not in its
    events, or the reverse; `outbox`: the notifications of this change; `relink`: events whose links across
    blocks must be recomputed (marked dirty with the change, so a crash before the link step loses nothing:
    usecases/across.py).
    """

    changed: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    index_keys: Mapping[str, set[str]] = field(default_factory=dict)
    start_ordinals: Mapping[str, float] = field(default_factory=dict)
    memberships: Mapping[str, set[str]] = field(default_factory=dict)
    deleted: Sequence[str] = ()
    article_done: str | None = None
    stale_index_keys: Mapping[str, set[str]] = field(default_factory=dict)
    left: Mapping[str, set[str]] = field(default_factory=dict)
    merged: Mapping[str, str] = field(default_factory=dict)
    outbox: Sequence[OutboxEntry] = ()
    relink: Sequence[str] = ()


UNWRITTEN_KEPT = 10_000  # outbox entry ids remembered as left out of a commit, until the dispatch asks

# A new version for a changed event, from one counter for all events (KEYS: the event's version, the
# counter): an event deleted and recreated under the same id never shows a version a reader has cached.
_BUMP_VERSION = """
redis.call('SET', KEYS[1], redis.call('INCR', KEYS[2]))
return 1
"""

# A block whose change list is empty is no longer pending (KEYS: change list, pending set; ARGV: block).
_FORGET_SETTLED = """
if redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
return 1
"""


# The ids of the deletions after the `ARGV[1]`-th, with the counter (KEYS: the deletions counter, the deleted
# list): {counter, ids}, or {counter, false} when the list no longer holds all of them (only the last
# DELETED_KEPT are kept); ARGV[1] < 0: the counter alone. Read together, so no deletion is skipped.
_DELETIONS_SINCE = """
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) < 0 then return {n, {}} end
local k = n - tonumber(ARGV[1])
if k <= 0 then return {n, {}} end
if k > redis.call('LLEN', KEYS[2]) then return {n, false} end
return {n, redis.call('LRANGE', KEYS[2], -k, -1)}
"""
DELETED_KEPT = 10_000  # deleted ids kept in the list: a process further behind drops everything it kept
FORGOTTEN_KEPT = 100_000  # deleted ids a process remembers for its regroup prefixes' keys


@dataclass
class Claim:
    """An Idempotency-Key's in-flight record, to be written with the article (one round trip, not two):
    `create_article(..., claim=)` sets `taken` when it wrote it, or raises ClaimTaken."""

    key: str
    value: str
    seconds: int
    taken: bool = False


class ClaimTaken(Exception):
    """The claim's key is held already (by a request in flight, or the saved response of a finished one)."""

    def __init__(self, saved: str) -> None:
        super().__init__("the idempotency key is taken")
        self.saved = saved


class ArticleNotFound(Exception):
    """No article with that id."""


class AttemptsExhausted(Exception):
    """The article used up its processing attempts (FACTRECON_MAX_ATTEMPTS) without finishing."""

    def __init__(self, article_id: str, attempts: int, last_error: str | None) -> None:
        super().__init__(f"{article_id}: {attempts} attempts")
        self.article_id = article_id
        self.attempts = attempts
        self.last_error = last_error


def _now() -> datetime:
    return datetime.now(UTC)


def _opt(value: str | None) -> str:
    return "" if value is None else value


class RedisStore:
    """Typed access to factrecon's Redis data. One instance per process; redis-py pools connections."""

    def __init__(
        self, client: redis.Redis, keys: Keys, facts_cache_size: int = 50_000, placing_cache_size: int = 4096
    ) -> None:
        self.r = client
        self.keys = keys
        # An article's claims are final before it joins any event, so members' facts can be cached per process.
        self._facts: ImmutableCache[ArticleFacts] = ImmutableCache(facts_cache_size)
        # The same with their pieces (or, stored without, text and url), for regrouping: fewer are kept.
        self._placing: ImmutableCache[ArticleFacts] = ImmutableCache(placing_cache_size)
        # Both, the anchors (BlockRepo) and the usecases' regroup prefixes are kept by article id, and an id is a
        # hash of source and text: an article deleted and submitted again (another title or date) comes back
        # with its id. Deletions are counted and their ids listed (`Keys.articles_deletions`); every lock a
        # grouping step takes reads the counter, and a reader calls `sync_deletions`, so what this process kept
        # of a deleted article is dropped before anything kept is used again (see `sync_deletions`).
        self._deletions_seen: int | None = None
        self._forgotten: dict[str, int] = {}  # article id -> the deletion (number) that last removed it
        self._epoch = 0  # bumped when this process forgets everything it kept
        self._sync_lock = threading.Lock()
        self._deletions_since = client.register_script(_DELETIONS_SINCE)
        self._create = client.register_script(_CREATE_ARTICLE)
        self._transition = client.register_script(_TRANSITION)
        self._events_in = client.register_script(_EVENTS_IN)
        self._update_if_exists = client.register_script(_UPDATE_IF_EXISTS)
        self._forgive = client.register_script(_FORGIVE_ATTEMPT)
        self._attempt_failed = client.register_script(_ATTEMPT_FAILED)
        self._unwritten: set[str] = set()  # outbox entries left out of this process's commits (no webhook)
        # A block's settle: its writes in one script, while its lock is held (store/commit.py).
        self._held_commit = client.register_script(held_commit_script(_TRANSITION))
        self._held_scripts = {_TRANSITION: "!transition", _BUMP_VERSION: "!bump-version",
                              _FORGET_SETTLED: "!forget-settled"}  # fmt: skip
        self.blocks = BlockRepo(client, keys, on_deletions=self.sync_deletions)
        self.across = AcrossRepo(client, keys, self.blocks.lock, _TRANSITION)

    @classmethod
    def from_url(cls, url: str, prefix: str = "fr") -> RedisStore:
        client = redis.Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=5,
            socket_connect_timeout=2,
            health_check_interval=15,
        )
        return cls(client, Keys(prefix))

    # --- articles -------------------------------------------------------------------------------------

    def create_article(self, record: ArticleRecord, claim: Claim | None = None) -> tuple[bool, ArticleStatus]:
        """Store a new queued article; if it exists already, report its current status instead. With a `claim`,
        its key is written in the same step (ClaimTaken, and nothing written, if the key is held already)."""
        if claim is None:
            return self.create_articles([record])[0]
        keys, args = self._create_call(record)
        result = self._create(keys=[*keys, claim.key], args=[*args[:2], claim.value, claim.seconds, *args[2:]])
        if result[0] == -1:
            raise ClaimTaken(result[1])
        claim.taken = True
        return bool(result[0]), ArticleStatus(result[1])

    def create_articles(self, records: Sequence[ArticleRecord]) -> list[tuple[bool, ArticleStatus]]:
        """`create_article` for each record, in order, in one round trip (a pipeline of the atomic script: each
        article is created-if-absent on its own; a record repeated in `records` is a duplicate the second time)."""
        if not records:
            return []
        if len(records) == 1:  # the script alone: a pipeline would first ask SCRIPT EXISTS (a round trip)
            keys, args = self._create_call(records[0])
            created, status = self._create(keys=keys, args=args)
            return [(bool(created), ArticleStatus(status))]
        with self.r.pipeline(transaction=False) as pipe:
            for record in records:
                keys, args = self._create_call(record)
                self._create(keys=keys, args=args, client=pipe)
            rows = pipe.execute()
        return [(bool(created), ArticleStatus(status)) for created, status in rows]

    def _create_call(self, record: ArticleRecord) -> tuple[list[str], list[Any]]:
        now = record.created_at or _now()
        mapping: dict[str, str] = {
            "id": record.id,
            "source": record.source,
            "text": record.text,
            "title": _opt(record.title),
            "url": _opt(record.url),
            "published_at": record.published_at.isoformat() if record.published_at else "",
            "language": _opt(record.language),
            "status": ArticleStatus.QUEUED.value,
            "error": "",
            "warnings": "[]",
            "claims": "[]",
            "fingerprint": "[]",
            "created_at": now.isoformat(),
            "updated_at": now.isoformat(),
            "attempts": "0",
            "input_format": record.input_format,
        }
        pairs: list[str] = []
        for k, v in mapping.items():
            pairs.extend((k, v))
        keys = [
            self.keys.article(record.id),
            self.keys.articles_created,
            self.keys.articles_queued,
            self.keys.articles_with_status(ArticleStatus.QUEUED.value),
        ]
        return keys, [now.timestamp(), record.id, *pairs]

    def get_article(self, article_id: str) -> ArticleRecord:
        data = self.r.hgetall(self.keys.article(article_id))
        if not data:
            raise ArticleNotFound(article_id)
        return _record_from_hash(data)

    def get_facts(self, article_ids: Iterable[str]) -> dict[str, ArticleFacts]:
        """Claims and metadata of event members: from the process cache, the rest in one round trip.

        Only call this for articles already placed in events (their claims no longer change)."""
        return self._facts.get_many(article_ids, self._load_facts)

    def placing_facts(self, article_ids: Iterable[str]) -> dict[str, ArticleFacts]:
        """Facts as when each article was first placed: with its pieces as processing worked them out (kept with
        the article), so a worker regrouping a block reads no member's text and works out no member's places
        again, whichever process placed it; an article stored without pieces comes with its text and url
        instead. What regrouping a block needs; kept per process for the last `placing_cache_size` articles, the
        rest read in one round trip (two for articles without pieces)."""
        return self._placing.get_many(article_ids, self._load_placing)

    def _load_placing(self, article_ids: list[str]) -> dict[str, ArticleFacts]:
        cached = self._facts.get_many(article_ids, lambda _ids: {})  # members' facts cached here, none loaded
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in article_ids:
                fields = ("pieces",) if article_id in cached else ("pieces", *_FACT_FIELDS)
                pipe.hmget(self.keys.article(article_id), fields)
            rows = pipe.execute()
        out: dict[str, ArticleFacts] = {}
        loaded: dict[str, ArticleFacts] = {}
        unplaced: list[str] = []
        for article_id, row in zip(article_ids, rows, strict=True):
            facts = cached.get(article_id)
            if facts is None:
                if row[1] is None:
                    continue  # gone
                facts = loaded[article_id] = _facts_from_row(row[1:])
            placed = PlacedPieces.from_dict(parse(row[0]), facts) if row[0] else None
            if placed is None:
                unplaced.append(article_id)
            out[article_id] = replace(facts, pieces=placed)
        if unplaced:  # stored before pieces were kept, or in another format: read from the text again
            with self.r.pipeline(transaction=False) as pipe:
                for article_id in unplaced:
                    pipe.hmget(self.keys.article(article_id), ("text", "url"))
                texts = pipe.execute()
            for article_id, (text, url) in zip(unplaced, texts, strict=True):
                if text is None:
                    out.pop(article_id, None)
                else:
                    out[article_id] = replace(out[article_id], text=text, url=url or None)
        if loaded:
            self._facts.get_many(list(loaded), lambda _ids: loaded)
        return out

    def forget_facts(self, article_id: str) -> None:
        self._facts.forget(article_id)
        self._placing.forget(article_id)

    def sync_deletions(self, counter: int | None = None) -> None:
        """Drop what this process kept (facts, placing facts, anchors) of the articles deleted since it last
        looked, and give them a new `cache_generation`. `counter`: the deletions counter as just read with a
        lock (None: read it now); when it has not moved, nothing is read. Call it after reading the state that
        names the articles (events, a block's members) and before using anything kept of them: an article that
        was deleted and submitted again is then always read afresh."""
        if counter is not None and counter == self._deletions_seen:
            return
        with self._sync_lock:
            seen = self._deletions_seen
            if counter is not None and counter == seen:
                return
            answer = self._deletions_since(
                keys=[self.keys.articles_deletions, self.keys.articles_deleted], args=[-1 if seen is None else seen]
            )
            n, ids = int(answer[0]), answer[1]
            if seen is None or n < seen or ids is None or len(self._forgotten) > FORGOTTEN_KEPT:
                # first look, a Redis that lost its data, or too far behind: forget everything kept
                self._facts.clear()
                self._placing.clear()
                self.blocks.forget_anchors()
                self._forgotten.clear()
                self._epoch += 1
            else:
                for article_id in ids:
                    self.forget_facts(article_id)
                    self._forgotten[article_id] = n
                self.blocks.forget_anchors(ids)
            self._deletions_seen = n

    def cache_generation(self, article_id: str) -> str:
        """Changes whenever this process learns the article was deleted (see `sync_deletions`): what it keeps
        keyed by article ids (regroup prefixes) includes it, so nothing kept of a deleted article is used for
        the article submitted again with the same id."""
        return f"{self._epoch}.{self._forgotten.get(article_id, 0)}"

    def _load_facts(self, article_ids: list[str]) -> dict[str, ArticleFacts]:
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in article_ids:
                pipe.hmget(self.keys.article(article_id), _FACT_FIELDS)
            rows = pipe.execute()
        return {i: _facts_from_row(row) for i, row in zip(article_ids, rows, strict=True) if row[0] is not None}

    def article_texts(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """(text, title) of each existing article, in one round trip (for showing a claim's sentence)."""
        ids = list(article_ids)
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in ids:
                pipe.hmget(self.keys.article(article_id), ("text", "title"))
            rows = pipe.execute()
        return {i: (row[0], row[1] or None) for i, row in zip(ids, rows, strict=True) if row[0] is not None}

    def article_urls(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        """The URL each existing article was submitted with (None when it had none), one round trip."""
        ids = list(article_ids)
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in ids:
                pipe.hmget(self.keys.article(article_id), ("id", "url"))
            rows = pipe.execute()
        return {i: (row[1] or None) for i, row in zip(ids, rows, strict=True) if row[0] is not None}

    def article_page(self, before: tuple[str, float] | None, count: int) -> list[tuple[str, float]]:
        """(article id, creation time) pairs, newest first, after the cursor position (id, score)."""
        return self._newest_after(self.keys.articles_created, before, count)

    def article_summaries(self, article_ids: list[str]) -> list[dict[str, str]]:
        """The listing fields of each existing article (no claims), in the order asked, one round trip."""
        wanted = ("id", "source", "title", "url", "published_at", "status", "created_at", "updated_at", "text")
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in article_ids:
                pipe.hmget(self.keys.article(article_id), wanted)
            rows = pipe.execute()
        return [dict(zip(wanted, row, strict=True)) for row in rows if row[0] is not None]

    def _status_keys(self, article_id: str) -> list[str]:
        return [
            self.keys.article(article_id),
            self.keys.articles_queued,
            *(self.keys.articles_with_status(s.value) for s in ArticleStatus),
        ]

    def set_status(
        self, article_id: str, status: ArticleStatus, *, error: str | None = None, outbox: Sequence[OutboxEntry] = ()
    ) -> bool:
        """Move the article to `status`, with the outbox entries announcing it in the same MULTI/EXEC; False
        when it no longer exists (deleted meanwhile: the entries are then not written either)."""
        args = [article_id, status.value, _now().isoformat(), _opt(error), "set"]
        if not outbox:
            return self._transition(keys=self._status_keys(article_id), args=args) is not None
        while True:
            with self.r.pipeline(transaction=True) as pipe:
                try:
                    pipe.watch(self.keys.article(article_id))
                    if not pipe.exists(self.keys.article(article_id)):
                        pipe.unwatch()
                        return False
                    pipe.multi()
                    self._transition(keys=self._status_keys(article_id), args=args, client=pipe)
                    queue_entries(pipe, self.keys, list(outbox))
                    pipe.execute()
                    return True
                except redis.exceptions.WatchError:
                    continue

    def start_processing(
        self, article_id: str, max_attempts: int = 0, attempt_time_limit: float = 3600
    ) -> ArticleRecord | None:
        """Mark the article processing and count the attempt; None when it is already finished or gone.
        A previous attempt begun more than `attempt_time_limit` s ago and still marked running died: it counts
        as a failure. Raises AttemptsExhausted (starting nothing) once `max_attempts` (> 0) attempts failed."""
        now = _now()
        answer = self._transition(
            keys=self._status_keys(article_id),
            args=[article_id, ArticleStatus.PROCESSING.value, now.isoformat(), "", "start", max_attempts,
                  now.timestamp(), attempt_time_limit],
        )  # one round trip: the transition returns the record too
        if answer is None:
            return None
        if answer == "!exhausted":
            attempts, last_error = self.attempt_info([article_id]).get(article_id, (max_attempts, None))
            raise AttemptsExhausted(article_id, attempts, last_error)
        flat = answer[1]
        if isinstance(flat, dict):  # RESP3 clients may map a flat key/value array
            return _record_from_hash(flat)
        return _record_from_hash(dict(zip(flat[::2], flat[1::2], strict=True)))

    def record_attempt_error(self, article_id: str, reason: str) -> int:
        """The current attempt raised: count a failure and remember why; returns the failures so far (0 when
        the article is gone)."""
        return int(self._attempt_failed(keys=[self.keys.article(article_id)], args=[reason]) or 0)

    def forgive_attempt(self, article_id: str) -> None:
        """The current attempt was cut short by Redis trouble: it ended, and does not count as a failure."""
        self._forgive(keys=[self.keys.article(article_id)])

    def attempt_info(self, article_ids: list[str]) -> dict[str, tuple[int, str | None]]:
        """(failed attempts, last failure's reason) per existing article."""
        with self.r.pipeline(transaction=False) as pipe:
            for article_id in article_ids:
                pipe.hmget(self.keys.article(article_id), ["id", "failures", "last_error"])
            rows = pipe.execute()
        return {
            article_id: (int(row[1] or 0), row[2] or None)
            for article_id, row in zip(article_ids, rows, strict=True)
            if row[0] is not None
        }

    def announce_fields(self, article_id: str) -> tuple[str, int] | None:
        """(created_at as stored, claim count) read raw, so even a record that no longer parses can be
        announced as failed; None when the article is gone."""
        created, claims = self.r.hmget(self.keys.article(article_id), ["created_at", "claims"])
        if created is None and claims is None:
            return None
        try:
            count = len(json.loads(claims or "[]"))
        except (TypeError, ValueError):
            count = 0
        return created or "", count

    def exists(self, article_id: str) -> bool:
        return bool(self.r.exists(self.keys.article(article_id)))

    def save_extraction(
        self,
        article_id: str,
        claims_json: str,
        fingerprint: tuple[int, ...],
        warnings: list[str],
        language: str | None,
    ) -> str | None:
        """Save an attempt's extraction if the article still exists; returns its `created_at` as stored (what
        its notifications are derived from), or None when it was deleted meanwhile. (Processing saves it with
        the article's block instead: `extraction_fields`, `group_article(save=...)`.)"""
        pairs = [item for kv in extraction_fields(claims_json, fingerprint, warnings, language).items() for item in kv]
        created = self._update_if_exists(keys=[self.keys.article(article_id)], args=pairs)
        return None if created is None else str(created)

    def queue_save(self, pipe: Any, article_id: str, fields: Mapping[str, str]) -> None:
        """Add writing these fields of an article to a caller's transaction (the caller knows it exists)."""
        pipe.hset(self.keys.article(article_id), mapping=dict(fields))

    def mark_requeued(self, article_id: str) -> None:
        self.r.zadd(self.keys.articles_queued, {article_id: time.time()})

    def stale_pending(self, older_than_seconds: float, limit: int = 500) -> list[str]:
        """Articles queued (or processing) for longer than the threshold: candidates for re-publishing."""
        cutoff = time.time() - older_than_seconds
        return list(self.r.zrangebyscore(self.keys.articles_queued, "-inf", cutoff, start=0, num=limit))

    def count_by_status(self) -> dict[str, int]:
        """Articles per status, from the per-status sets: O(1) whatever the number of articles."""
        with self.r.pipeline(transaction=False) as pipe:
            for status in ArticleStatus:
                pipe.scard(self.keys.articles_with_status(status.value))
            counts = pipe.execute()
        return {status.value: int(n) for status, n in zip(ArticleStatus, counts, strict=True)}

    def iter_article_ids(self) -> Iterator[str]:
        yield from self.r.zrange(self.keys.articles_created, 0, -1)

    def delete_article_record(self, article_id: str) -> None:
        with self.r.pipeline(transaction=True) as pipe:
            self.queue_delete_article_record(pipe, article_id)
            pipe.execute()

    def queue_delete_article_record(self, pipe: Any, article_id: str) -> None:
        """The writes that delete an article's record, added to a caller's transaction; the deletion is counted
        and its id listed, so every process drops what it kept of the article (`sync_deletions`)."""
        pipe.delete(self.keys.article(article_id))
        pipe.incr(self.keys.articles_deletions)
        pipe.rpush(self.keys.articles_deleted, article_id)
        pipe.ltrim(self.keys.articles_deleted, -DELETED_KEPT, -1)
        pipe.zrem(self.keys.articles_created, article_id)
        pipe.zrem(self.keys.articles_queued, article_id)
        for status in ArticleStatus:
            pipe.srem(self.keys.articles_with_status(status.value), article_id)

    # --- events ---------------------------------------------------------------------------------------

    def event_ids_for_keys(self, index_keys: Iterable[str]) -> set[str]:
        keys = [self.keys.events_index(k) for k in index_keys]
        return set(self.r.sunion(keys)) if keys else set()

    def load_event_dicts(self, event_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = list(event_ids)
        if not ids:
            return {}
        raws = self.r.mget([self.keys.event(i) for i in ids])
        return {i: parse(raw) for i, raw in zip(ids, raws, strict=True) if raw}

    def events_in(self, sets: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored states of the events filed under any of these sets (full keys: `keys.events_index(...)`,
        `keys.article_events(...)`), in one round trip."""
        keys = list(dict.fromkeys(sets))
        if not keys:
            return {}
        ids, raws = self._events_in(keys=keys, args=[self.keys.event("")])
        return {str(i): parse(raw) for i, raw in zip(ids, raws, strict=True) if raw}

    def event_versions(self, event_ids: list[str]) -> dict[str, int]:
        """Current version of each existing event (missing events are left out)."""
        if not event_ids:
            return {}
        raws = self.r.mget([self.keys.event_version(i) for i in event_ids])
        return {i: int(v) for i, v in zip(event_ids, raws, strict=True) if v is not None}

    def event_ids_of_article(self, article_id: str) -> set[str]:
        return set(self.r.smembers(self.keys.article_events(article_id)))

    def event_ids_of_articles(self, article_ids: Iterable[str]) -> set[str]:
        keys = [self.keys.article_events(i) for i in article_ids]
        return set(self.r.sunion(keys)) if keys else set()

    def write_events(self, writes: EventWrites) -> None:
        """Write changed events, their indexes and article memberships in one transaction (see `EventWrites`)."""
        with self.r.pipeline(transaction=True) as pipe:
            self._queue_event_writes(pipe, writes)
            pipe.execute()

    def settle_block(self, block: str, plan: Callable[[list[str], list[tuple[str, float]]], EventWrites]) -> list[str]:
        """Apply a block's pending changes, under the block's lock (taken and released here).

        The pending changes and the block's articles are read together with taking the lock, atomically (deciding
        a block writes both in one transaction, so they agree); `plan(changes, members)` turns them into event
        writes, which are written, exactly those changes consumed and the lock released, in one script that runs
        only while the lock still holds this settle's token (store/commit.py: one round trip, atomic as a
        MULTI/EXEC). Changes pushed meanwhile stay pending for the next settle: a steady stream of arrivals never
        starves a long regroup. If the lock expired and another worker took it, nothing is written and this
        settle starts over. Returns the changes it consumed."""
        changes_key = self.keys.block_changes(block)
        while True:
            with self.blocks.block_lock(block) as held:
                changes, members = held.read
                writes = plan(changes, members)
                pipe = HeldWrites(self._held_scripts)
                self._queue_event_writes(pipe, writes)
                if changes:
                    pipe.ltrim(changes_key, len(changes), -1)
                pipe.eval(_FORGET_SETTLED, 2, changes_key, self.keys.blocks_pending, block)
                written = commit_held(self._held_commit, held.key, held.token, pipe)
                if written != NOT_HELD:
                    held.released = True
                    if written == WRITTEN:
                        self._note_unwritten(e.id for e in writes.outbox)
                    else:  # kept (a webhook exists): an earlier commit of the same entries may have left them out
                        self._unwritten.difference_update(e.id for e in writes.outbox)
                    return changes
                # The lock expired and another worker took it: nothing was written; plan again.

    def _note_unwritten(self, entry_ids: Iterable[str]) -> None:
        if len(self._unwritten) > UNWRITTEN_KEPT:  # ids nobody asked about (notifications of other blocks' settles)
            self._unwritten.clear()
        self._unwritten.update(entry_ids)

    def outbox_unwritten(self, entry_ids: Iterable[str]) -> bool:
        """True when this process committed all these outbox entries' changes while no webhook existed, so the
        entries were never written (see `queue_entries_if_subscribed`): nothing to dispatch, nothing to clear.
        Asked once per commit: the ids are forgotten here."""
        ids = set(entry_ids)
        unwritten = bool(ids) and ids <= self._unwritten
        self._unwritten.difference_update(ids)
        return unwritten

    def _queue_event_writes(self, pipe: Any, writes: EventWrites) -> None:
        for event_id, state in writes.changed.items():
            pipe.set(self.keys.event(event_id), compact(state))
            # EVAL, not EVALSHA: a script in a pipeline costs a SCRIPT EXISTS round trip first, and a NOSCRIPT
            # error inside MULTI (Redis restarted) would fail that command alone.
            pipe.eval(_BUMP_VERSION, 2, self.keys.event_version(event_id), self.keys.events_generation)
            pipe.zadd(self.keys.events_by_start, {event_id: writes.start_ordinals[event_id]})
            for key in writes.index_keys.get(event_id, set()):
                pipe.sadd(self.keys.events_index(key), event_id)
            for article_id in writes.memberships.get(event_id, set()):
                pipe.sadd(self.keys.article_events(article_id), event_id)
        for event_id, keys in writes.stale_index_keys.items():
            for key in keys:
                pipe.srem(self.keys.events_index(key), event_id)
        for event_id, article_ids in writes.left.items():
            for article_id in article_ids:
                pipe.srem(self.keys.article_events(article_id), event_id)
        for event_id in writes.deleted:
            pipe.delete(self.keys.event(event_id), self.keys.event_version(event_id))
            pipe.zrem(self.keys.events_by_start, event_id)
        for event_id, target in writes.merged.items():
            pipe.set(self.keys.event_alias(event_id), target)
        self.across.queue_dirty(pipe, writes.relink, AcrossRepo.new_token())
        if writes.article_done:
            self.queue_done(pipe, writes.article_done)
        if isinstance(pipe, HeldWrites):  # a settle: the entries are kept only while a webhook exists
            queue_entries_if_subscribed(pipe, self.keys, list(writes.outbox))
        else:
            queue_entries(pipe, self.keys, list(writes.outbox))

    def queue_done(self, pipe: Any, article_id: str) -> None:
        """Add marking the article done (if it still exists) to a caller's transaction or held commit."""
        keys = self._status_keys(article_id)
        pipe.eval(_TRANSITION, len(keys), *keys,
                  article_id, ArticleStatus.DONE.value, _now().isoformat(), "", "set")  # fmt: skip

    def merged_into(self, event_id: str, hops: int = 8) -> str | None:
        """The event that now holds a merged (deleted) event's members, following later merges too; None when
        the event was never merged or its successor is gone as well."""
        current, seen = event_id, 0
        while seen < hops:
            target = self.r.get(self.keys.event_alias(current))
            if target is None:
                break
            current, seen = target.decode() if isinstance(target, bytes) else str(target), seen + 1
        if current == event_id or not self.r.exists(self.keys.event(current)):
            return None
        return current

    def event_page(self, after: tuple[str, float] | None, count: int) -> list[tuple[str, float]]:
        """(event id, start ordinal) pairs, newest first, after the cursor position (id, score).

        When the cursor's event has been deleted meanwhile, paging resumes below its score instead of
        ending early.
        """
        return self._newest_after(self.keys.events_by_start, after, count)

    def _newest_after(self, key: str, after: tuple[str, float] | None, count: int) -> list[tuple[str, float]]:
        """One page of a sorted set, highest score first, after the cursor position (member, score).

        When the cursor's member has been deleted meanwhile, paging resumes below its score instead of ending
        early.
        """
        if after is None:
            return list(self.r.zrevrange(key, 0, count - 1, withscores=True))
        after_id, after_score = after
        rank = self.r.zrevrank(key, after_id)
        if rank is not None:
            return list(self.r.zrevrange(key, rank + 1, rank + count, withscores=True))
        return list(self.r.zrevrangebyscore(key, f"({after_score}", "-inf", start=0, num=count, withscores=True))

    def ping(self) -> bool:
        return bool(self.r.ping())


def extraction_fields(
    claims_json: str,
    fingerprint: tuple[int, ...],
    warnings: list[str],
    language: str | None,
    pieces: PlacedPieces | None = None,
    lead_title: str | None = None,
) -> dict[str, str]:
    """The article fields an extraction sets (`pieces`: its pieces as grouping reads them, see `placing_facts`;
    `lead_title`: the headline a text sent without a title opens with, which its facts carry as their title, see
    `core.lead_headline`)."""
    mapping = {
        "claims": claims_json,
        "fingerprint": json.dumps(list(fingerprint)),
        "warnings": json.dumps(warnings),
        "updated_at": _now().isoformat(),
    }
    if pieces is not None:
        mapping["pieces"] = compact(pieces.to_dict())
    if language:
        mapping["detected_language"] = language
    if lead_title:
        mapping["lead_title"] = lead_title
    return mapping


_FACT_FIELDS = ("id", "source", "claims", "published_at", "title", "fingerprint", "lead_title")


def _facts_from_row(row: Sequence[str | None]) -> ArticleFacts:
    """An event member's facts from the `_FACT_FIELDS` of its hash."""
    return ArticleFacts(
        id=str(row[0]),
        source=str(row[1]),
        claims=claims_from_json(row[2]),
        published_at=parse_datetime(row[3] or None),
        title=row[4] or row[6] or None,  # as `ArticleRecord.facts` reads it
        fingerprint=tuple(json.loads(row[5] or "[]")),
    )


def _record_from_hash(data: dict[str, str]) -> ArticleRecord:
    return ArticleRecord(
        id=data["id"],
        source=data["source"],
        text=data["text"],
        title=data.get("title") or None,
        url=data.get("url") or None,
        published_at=parse_datetime(data.get("published_at") or None),
        language=data.get("language") or None,
        status=ArticleStatus(data.get("status", "queued")),
        error=data.get("error") or None,
        warnings=json.loads(data.get("warnings") or "[]"),
        claims=claims_from_json(data.get("claims")),
        fingerprint=tuple(json.loads(data.get("fingerprint") or "[]")),
        created_at=parse_datetime(data.get("created_at") or None),
        updated_at=parse_datetime(data.get("updated_at") or None),
        attempts=int(data.get("attempts") or 0),
        input_format=data.get("input_format") or "text",
    )


__all__ = ["ArticleNotFound", "AttemptsExhausted", "Claim", "ClaimTaken", "RedisStore", "claims_to_json"]
