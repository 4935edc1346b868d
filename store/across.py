"""The merge layer across blocks in Redis (usecases/across.py): each live event's profile as last linked and
the crossing keys it is filed under, the candidate index by crossing key, the pairwise links between events of
different blocks, and the events a settle changed whose links are not recomputed yet.

Links are written under one short lock (`Keys.across_lock`), in one script that runs only while the lock is
still held (store/commit.py), so two workers never score a pair against each other's half-written profiles.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import redis

from store.blocks import HeldLock, Locked
from store.codec import compact, parse
from store.commit import NOT_HELD, UNION_OF_KEYS, HeldWrites, commit_held, held_commit_script
from store.keys import Keys
from store.outbox import OutboxEntry, queue_entries_if_subscribed

# Take the link lock and read what a link step starts from, in the same round trip. KEYS: the lock, the dirty
# hash, the profiles hash; ARGV: token, ms, the links key's head and tail (around an event id), then event ids.
# False while another holder has the lock; else per id: its dirty token ("" when not dirty), its stored record
# ("" when none) and its links.
_TAKE_LINKING = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
local out = {}
for i = 5, #ARGV do
  local id = ARGV[i]
  out[#out + 1] = redis.call('HGET', KEYS[2], id) or ''
  out[#out + 1] = redis.call('HGET', KEYS[3], id) or ''
  out[#out + 1] = redis.call('SMEMBERS', ARGV[3] .. id .. ARGV[4])
end
return out
"""

# The events filed under any of these crossing keys, and these other events, with their stored records, in one
# round trip. KEYS: the index sets; ARGV: the profiles hash, then the other ids. Returns {ids, records}.
_AROUND = UNION_OF_KEYS + """
for i = 2, #ARGV do
  if not seen[ARGV[i]] then seen[ARGV[i]] = true; ids[#ids + 1] = ARGV[i] end
end
local records = {}
for i = 1, #ids, 500 do
  local part = redis.call('HMGET', ARGV[1], unpack(ids, i, math.min(i + 499, #ids)))
  for j = 1, #part do records[#records + 1] = part[j] end
end
return {ids, records}
"""


@dataclass(frozen=True)
class StoredProfile:
    """An event's profile as the link step last saw it (`EventProfile.to_dict()`), and its crossing keys."""

    profile: Mapping[str, Any]
    keys: frozenset[str]


@dataclass(frozen=True)
class Dirty:
    """A dirty event as a link step reads it with the lock: its mark's token, its stored record, its links."""

    token: str
    stored: StoredProfile | None
    links: set[str]


def _record(raw: Any) -> StoredProfile | None:
    if not raw:
        return None
    data = parse(raw)
    return StoredProfile(data["profile"], frozenset(data["keys"]))


@dataclass
class LinkWrites:
    """One link step's writes: profiles saved (with their keys) or dropped, index entries moved, pairs linked or
    unlinked (both sides), the dirty marks it consumed (id -> the token it read) and its notifications."""

    saved: dict[str, StoredProfile] = field(default_factory=dict)
    dropped: dict[str, frozenset[str]] = field(default_factory=dict)  # id -> the keys it was filed under
    stale_keys: dict[str, set[str]] = field(default_factory=dict)  # id -> keys it no longer has
    linked: set[tuple[str, str]] = field(default_factory=set)
    unlinked: set[tuple[str, str]] = field(default_factory=set)
    consumed: dict[str, str] = field(default_factory=dict)
    outbox: Sequence[OutboxEntry] = ()


class AcrossRepo:
    def __init__(self, client: redis.Redis, keys: Keys, locked: Locked, transition: str = "return false") -> None:
        """`locked(name, take)`: the store's lock (store/blocks.py); `transition`: the repository's status
        transition script (an article marked done with a link step)."""
        self.r = client
        self.keys = keys
        self._locked = locked
        self._take = client.register_script(_TAKE_LINKING)
        self._around = client.register_script(_AROUND)
        self._links_head, self._links_tail = keys.event_links("\x00").split("\x00")
        self._named = {transition: "!transition"}
        self._commit = client.register_script(held_commit_script(transition))

    @staticmethod
    def new_token() -> str:
        return secrets.token_hex(8)

    def queue_dirty(self, pipe: Any, event_ids: Iterable[str], token: str) -> None:
        """Mark events whose links must be recomputed, in a caller's transaction (a settle's writes)."""
        ids = sorted(set(event_ids))
        if ids:
            pipe.hset(self.keys.across_dirty, mapping={i: token for i in ids})

    def linking(self, event_ids: Sequence[str]) -> AbstractContextManager[HeldLock]:
        """The link lock, taken with what a link step reads first, in the same round trip: `HeldLock.read` is
        {event id: `Dirty`} for those of `event_ids` still marked dirty."""
        ids = sorted(set(event_ids))
        keys = [self.keys.across_lock, self.keys.across_dirty, self.keys.across_profiles]

        def take(token: str, ms: int) -> dict[str, Dirty] | None:
            row = self._take(keys=keys, args=[token, ms, self._links_head, self._links_tail, *ids])
            if not row:
                return None
            found = {}
            for n, event_id in enumerate(ids):
                mark, raw, links = row[3 * n : 3 * n + 3]
                if mark:
                    found[event_id] = Dirty(str(mark), _record(raw), {str(i) for i in links})
            return found

        return self._locked(self.keys.across_lock, take)

    def around(self, crossing_keys: Iterable[str], also: Iterable[str] = ()) -> dict[str, StoredProfile]:
        """The stored records of the events filed under any of these crossing keys and of `also` (those
        without a record are left out), in one round trip."""
        keys = [self.keys.across_index(k) for k in sorted(set(crossing_keys))]
        extra = sorted(set(also))
        if not keys and not extra:
            return {}
        ids, raws = self._around(keys=keys, args=[self.keys.across_profiles, *extra])
        found = {}
        for event_id, raw in zip(ids, raws, strict=True):
            record = _record(raw)
            if record is not None:
                found[str(event_id)] = record
        return found

    def dirty(self, event_ids: Iterable[str] | None = None, limit: int = 200) -> dict[str, str]:
        """The dirty marks (event id -> token) of these events, or up to `limit` of all of them."""
        if event_ids is None:
            found: dict[str, str] = {}
            for event_id, token in self.r.hscan_iter(self.keys.across_dirty, count=limit):
                found[str(event_id)] = str(token)
                if len(found) >= limit:
                    break
            return found
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        raws = self.r.hmget(self.keys.across_dirty, ids)
        return {i: str(t) for i, t in zip(ids, raws, strict=True) if t is not None}

    def dirty_count(self) -> int:
        return int(self.r.hlen(self.keys.across_dirty))

    def stored(self, event_ids: Iterable[str]) -> dict[str, StoredProfile]:
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        raws = self.r.hmget(self.keys.across_profiles, ids)
        found = {}
        for event_id, raw in zip(ids, raws, strict=True):
            record = _record(raw)
            if record is not None:
                found[event_id] = record
        return found

    def links_of(self, event_ids: Iterable[str]) -> dict[str, set[str]]:
        """Each event's linked events (an event without links maps to an empty set), in one round trip."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return {}
        with self.r.pipeline(transaction=False) as pipe:
            for event_id in ids:
                pipe.smembers(self.keys.event_links(event_id))
            rows = pipe.execute()
        return {i: {str(m) for m in row} for i, row in zip(ids, rows, strict=True)}

    def candidates(self, crossing_keys: Iterable[str]) -> set[str]:
        keys = [self.keys.across_index(k) for k in sorted(set(crossing_keys))]
        return {str(i) for i in self.r.sunion(keys)} if keys else set()

    def commit(self, held: HeldLock, writes: LinkWrites, also: Callable[[Any], None] | None = None) -> bool:
        """Write a link step while `held` is still this holder's, releasing it; False (nothing written) when the
        lock expired and another holder took it. `also(pipe)` adds writes of the caller's (an article marked
        done)."""
        pipe = HeldWrites(self._named)
        for event_id, stored in sorted(writes.saved.items()):
            record = {"profile": dict(stored.profile), "keys": sorted(stored.keys)}
            pipe.hset(self.keys.across_profiles, event_id, compact(record))
            for key in sorted(stored.keys):
                pipe.sadd(self.keys.across_index(key), event_id)
        for event_id, keys in sorted(writes.stale_keys.items()):
            for key in sorted(keys):
                pipe.srem(self.keys.across_index(key), event_id)
        for event_id, filed in sorted(writes.dropped.items()):
            pipe.hdel(self.keys.across_profiles, event_id)
            for key in sorted(filed):
                pipe.srem(self.keys.across_index(key), event_id)
        for a, b in sorted(writes.linked):
            pipe.sadd(self.keys.event_links(a), b)
            pipe.sadd(self.keys.event_links(b), a)
        for a, b in sorted(writes.unlinked):
            pipe.srem(self.keys.event_links(a), b)
            pipe.srem(self.keys.event_links(b), a)
        for event_id, token in sorted(writes.consumed.items()):
            pipe.hdel_if(self.keys.across_dirty, event_id, token)
        queue_entries_if_subscribed(pipe, self.keys, list(writes.outbox))
        if also is not None:
            also(pipe)
        written = commit_held(self._commit, held.key, held.token, pipe)
        if written == NOT_HELD:
            return False
        held.released = True
        return True
