"""flask-limiter's moving-window counters in Redis, one round trip per limited request instead of two.

flask-limiter (through `limits`) first acquires an entry in the window (one Lua script) and then, to write the
RateLimit-* headers, reads the window back (a second script). `WindowRedisStorage` acquires and reads in one
script: the window as it stands right after this request's entry is kept for the calling thread, and the
header read that follows at once (same thread, same key) takes it instead of asking Redis again. Any other read
goes to Redis as before. Counting, keys and limits are `limits`' own: only the round trip goes.

Selected by the storage URI scheme `factrecon+redis://` (`storage_uri`, in service/limits.py).
"""

from __future__ import annotations

import threading
import time
import weakref
from typing import Any

from limits.storage import RedisStorage

SCHEME = "factrecon+"

# limits' acquire_moving_window.lua, then its moving_window.lua on the same key; returns
# {acquired (0/1), oldest entry in the window (string), entries in the window}.
_ACQUIRE_AND_READ = """
local timestamp = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local expiry = tonumber(ARGV[3])
local amount = tonumber(ARGV[4])
local acquired = 0
if amount <= limit then
  local entry = redis.call('lindex', KEYS[1], limit - amount)
  if not (entry and tonumber(entry) >= timestamp - expiry) then
    local entries = {}
    for i = 1, amount do entries[i] = timestamp end
    for i = 1, #entries, 5000 do
      redis.call('lpush', KEYS[1], unpack(entries, i, math.min(i + 4999, #entries)))
    end
    redis.call('ltrim', KEYS[1], 0, limit - 1)
    redis.call('expire', KEYS[1], expiry)
    acquired = 1
  end
end
local target = timestamp - expiry
local low, high, found = 0, limit - 1, nil
while low <= high do
  local mid = math.floor((low + high) / 2)
  local value = tonumber(redis.call('lindex', KEYS[1], mid))
  if value and value >= target then
    found = mid
    low = mid + 1
  else
    high = mid - 1
  end
end
if found then
  return {acquired, tostring(redis.call('lindex', KEYS[1], found)), found + 1}
end
return {acquired, tostring(timestamp), 0}
"""


class WindowRedisStorage(RedisStorage):
    STORAGE_SCHEME = ["factrecon+redis", "factrecon+rediss"]  # noqa: RUF012 (limits reads it from the class)

    def __init__(self, uri: str, **options: Any) -> None:
        super().__init__(uri.removeprefix(SCHEME), **options)
        client: Any = self.get_connection()  # a redis.Redis (limits types it as its own protocol)
        self._acquire_and_read = client.register_script(_ACQUIRE_AND_READ)
        self._just_read = threading.local()
        # An app (and its limiter) dropped without shutdown closes its sockets, rather than leaving them to the
        # garbage collector's ResourceWarning.
        weakref.finalize(self, client.connection_pool.disconnect)

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        acquired, oldest, count = self._acquire_and_read([self.prefixed_key(key)], [time.time(), limit, expiry, amount])
        self._just_read.window = (key, (float(oldest), int(count)))
        return bool(acquired)

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        kept = getattr(self._just_read, "window", None)
        self._just_read.window = None
        if kept is not None and kept[0] == key:
            return kept[1]  # type: ignore[no-any-return]
        return super().get_moving_window(key, limit, expiry)


def storage_uri(redis_url: str) -> str:
    """The limiter's storage URI for a Redis URL: this storage for redis:// and rediss://, else limits' own."""
    if redis_url.startswith(("redis://", "rediss://")):
        return SCHEME + redis_url
    return redis_url
