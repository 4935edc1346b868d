"""Writes committed by one Lua script, only while the writer still holds a lock.

A block's settle (`RedisStore.settle_block`) used to WATCH the block's lock key (one round trip) and then send
its writes as a MULTI/EXEC of some twenty commands, three small scripts among them. `HeldWrites` records the
same writes with the same method names as a redis-py pipeline (`set`, `sadd`, `zadd`, `eval` of the known
scripts, ...), and `commit_held` sends them as one `EVALSHA`: the script checks that the lock still holds the
caller's token, applies every write in order and releases the lock, or writes nothing and returns 0 when the
lock expired and was taken by another worker (what the WATCH detected). A script runs atomically, as MULTI/EXEC
does, so readers never see half of it; one round trip instead of two, one command to pack and parse instead of
twenty, and one script run on the server instead of three inside the transaction.

Every argument is sent as a string (a Lua number passed to `redis.call` would be formatted with 14 significant
digits: scores and timestamps must not be rounded).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

# A Lua prologue the store's read scripts share: `ids`, the members of every set in KEYS, each once, in the order
# found (SUNION in chunks of 500 keys, under Lua's unpack limit); `seen` marks them, for a script adding more.
UNION_OF_KEYS = """
local seen, ids = {}, {}
for i = 1, #KEYS, 500 do
  local part = redis.call('SUNION', unpack(KEYS, i, math.min(i + 499, #KEYS)))
  for j = 1, #part do
    if not seen[part[j]] then seen[part[j]] = true; ids[#ids + 1] = part[j] end
  end
end
"""

# KEYS[1]: the lock; ARGV[1]: the holder's token; ARGV[2]: the writes, a JSON array of arrays of strings, each a
# Redis command, or one of the named steps below (what the repository's scripts do, here inside one script).
# Returns 0 (nothing written) when the lock is not the holder's; else, written and the lock released: 2 when an
# outbox entry was kept, 1 when none was (`!outbox-entry` keeps one only while a webhook exists).
_HELD_COMMIT = """
local function transition(KEYS, ARGV)
%(transition)s
end
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local kept = 1
for _, op in ipairs(cjson.decode(ARGV[2])) do
  local name = op[1]
  if name == '!outbox-entry' then
    if redis.call('ZCARD', op[2]) > 0 then
      redis.call('SET', op[4], op[5])
      redis.call('ZADD', op[3], op[6], op[7])
      kept = 2
    end
  elseif name == '!bump-version' then
    redis.call('SET', op[2], redis.call('INCR', op[3]))
  elseif name == '!hdel-if' then
    if redis.call('HGET', op[2], op[3]) == op[4] then redis.call('HDEL', op[2], op[3]) end
  elseif name == '!forget-settled' then
    if redis.call('LLEN', op[2]) == 0 then redis.call('SREM', op[3], op[4]) end
  elseif name == '!transition' then
    local n = tonumber(op[2])
    transition({unpack(op, 3, 2 + n)}, {unpack(op, 3 + n)})
  else
    redis.call(unpack(op))
  end
end
redis.call('DEL', KEYS[1])
return kept
"""


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode()
    if isinstance(value, float):
        return repr(value)  # as redis-py sends a float
    return str(value)


class HeldWrites:
    """Records writes as a redis-py transaction pipeline would take them (the subset the repository uses);
    `named` maps the text of a repository script to its step in `_HELD_COMMIT` (`eval` of another script is
    refused: it could not run inside this one)."""

    def __init__(self, named: Mapping[str, str]) -> None:
        self.ops: list[list[str]] = []
        self._named = named

    def _add(self, *parts: Any) -> None:
        self.ops.append([_text(p) for p in parts])

    def set(self, key: str, value: Any) -> None:
        self._add("SET", key, value)

    def sadd(self, key: str, *members: Any) -> None:
        self._add("SADD", key, *members)

    def srem(self, key: str, *members: Any) -> None:
        self._add("SREM", key, *members)

    def zadd(self, key: str, mapping: Mapping[str, float]) -> None:
        self._add("ZADD", key, *(part for member, score in mapping.items() for part in (score, member)))

    def zrem(self, key: str, *members: Any) -> None:
        self._add("ZREM", key, *members)

    def delete(self, *keys: str) -> None:
        self._add("DEL", *keys)

    def ltrim(self, key: str, start: int, end: int) -> None:
        self._add("LTRIM", key, start, end)

    def rpush(self, key: str, *values: Any) -> None:
        self._add("RPUSH", key, *values)

    def hset(
        self, key: str, field: str | None = None, value: Any = None, mapping: Mapping[str, Any] | None = None
    ) -> None:
        pairs = ([field, value] if field is not None else []) + [p for kv in (mapping or {}).items() for p in kv]
        self._add("HSET", key, *pairs)

    def hdel(self, key: str, *fields: str) -> None:
        self._add("HDEL", key, *fields)

    def hdel_if(self, key: str, field: str, value: str) -> None:
        """Delete a hash field only while it still holds `value` (a mark another writer set again meanwhile
        stays)."""
        self._add("!hdel-if", key, field, value)

    def outbox_entry(self, webhooks: str, pending: str, key: str, body: str, score: float, entry_id: str) -> None:
        """Write an outbox entry (its `key` and its place in `pending`) only if the `webhooks` zset is not empty:
        a change committed while no webhook exists has nobody to notify (what the worker's after-commit
        dispatch would otherwise clear, one round trip later)."""
        self._add("!outbox-entry", webhooks, pending, key, body, score, entry_id)

    def eval(self, script: str, numkeys: int, *keys_and_args: Any) -> None:
        name = self._named.get(script)
        if name is None:
            raise ValueError("only the repository's known scripts can run inside a held commit")
        if name == "!transition":
            self._add(name, numkeys, *keys_and_args)
        else:
            self._add(name, *keys_and_args)


def held_commit_script(transition: str = "return false") -> str:
    """The commit script, with the repository's status transition (its `_TRANSITION`) as a local function
    (writes that never change an article's status can do without)."""
    return _HELD_COMMIT % {"transition": transition}


NOT_HELD, WRITTEN, WRITTEN_WITH_OUTBOX = 0, 1, 2


def commit_held(script: Any, lock: str, token: str, writes: HeldWrites) -> int:
    """Run the recorded writes if `lock` still holds `token`, releasing it: WRITTEN, or WRITTEN_WITH_OUTBOX when
    an outbox entry was kept; NOT_HELD (nothing written) if the lock is not the holder's. `script`:
    `held_commit_script(...)` registered on the client (redis-py reloads it after a Redis restart)."""
    payload = orjson.dumps(writes.ops)  # UTF-8, as cjson reads it
    return int(script(keys=[lock], args=[token, payload]))
