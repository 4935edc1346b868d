"""API keys in Redis, stored only as SHA-256 hashes of the secret."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from store.keys import Keys


@dataclass(frozen=True)
class ApiKeyRecord:
    id: str
    name: str
    scopes: tuple[str, ...]
    created_at: str
    revoked: bool = False


class ApiKeyStore:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.r = client
        self.keys = keys

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
        data = self.r.hgetall(self.keys.api_key(key_hash))
        if not data:
            return None
        return data["hash"], _record(data)

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
