"""API keys in Redis, stored only as SHA-256 hashes of the secret."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from store.cache import TtlCache
from store.keys import Keys


@dataclass(frozen=True)
class ApiKeyRecord:
    id: str
    name: str
    scopes: tuple[str, ...]
    created_at: str
    revoked: bool = False


# Successful lookups, per process, for `cache_seconds` (FACTRECON_API_KEY_CACHE): a key revoked by another
# process keeps working here until its entry expires; a revocation in this process drops it at once.
_LOOKUPS: TtlCache[tuple[str, ApiKeyRecord]] = TtlCache(10_000)


class ApiKeyStore:
    def __init__(self, client: redis.Redis, keys: Keys, cache_seconds: float = 0.0) -> None:
        self.r = client
        self.keys = keys
        self.cache_seconds = cache_seconds

    def add(self, key_hash: str, record: ApiKeyRecord) -> None:
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(
                self.keys.api_key(key_hash),
                mapping={
                    "id": record.id,
                    "name": record.name,
                    "scopes": json.dumps(list(record.scopes)),
                    "created_at": record.created_at,
                    "revoked": "0",
                    "hash": key_hash,
                },
            )
            pipe.hset(self.keys.api_key_ids, record.id, key_hash)
            pipe.execute()

    def by_hash(self, key_hash: str) -> tuple[str, ApiKeyRecord] | None:
        """(stored hash, record) of a key, or None; a live key is remembered for `cache_seconds` (see
        `_LOOKUPS`): the lookup is then no round trip at all."""
        cache_key = f"{self.keys.prefix}\x00{key_hash}"
        if self.cache_seconds > 0 and (cached := _LOOKUPS.get(cache_key)) is not None:
            return cached
        data = self.r.hgetall(self.keys.api_key(key_hash))
        if not data:
            return None
        found = data["hash"], _record(data)
        if not found[1].revoked:
            _LOOKUPS.put(cache_key, found, self.cache_seconds)
        return found

    def all(self) -> list[ApiKeyRecord]:
        hashes = list(self.r.hvals(self.keys.api_key_ids))
        with self.r.pipeline(transaction=False) as pipe:
            for key_hash in hashes:
                pipe.hgetall(self.keys.api_key(key_hash))
            rows = pipe.execute()
        return sorted((_record(d) for d in rows if d), key=lambda r: r.created_at)

    def revoke(self, key_id: str) -> bool:
        key_hash = self.r.hget(self.keys.api_key_ids, key_id)
        if not key_hash:
            return False
        self.r.hset(self.keys.api_key(key_hash), "revoked", "1")
        _LOOKUPS.drop_where(lambda found: found[1].id == key_id)  # at once in this process; others: see _LOOKUPS
        return True


def _record(data: dict[str, str]) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=data["id"],
        name=data.get("name", ""),
        scopes=tuple(json.loads(data.get("scopes") or "[]")),
        created_at=data.get("created_at", ""),
        revoked=data.get("revoked") == "1",
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat()
