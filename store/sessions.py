"""Browser sessions of the HTML pages: an opaque cookie token -> the API key it was opened with.

Only the token's SHA-256 is stored (like API keys), with a TTL, so a leaked Redis dump opens no session and
sessions end by themselves. The key itself is never stored here: revoking it ends its sessions at once,
because every page request looks the key up again.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

import redis

from store.keys import Keys


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PageSessionStore:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.r = client
        self.keys = keys

    def create(self, key_hash: str, ttl_seconds: int) -> str:
        token = secrets.token_urlsafe(32)
        name = self.keys.page_session(_digest(token))
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(name, mapping={"key_hash": key_hash, "created_at": datetime.now(UTC).isoformat()})
            pipe.expire(name, ttl_seconds)
            pipe.execute()
        return token

    def key_hash(self, token: str) -> str | None:
        if not 20 <= len(token) <= 100:
            return None
        found = self.r.hget(self.keys.page_session(_digest(token)), "key_hash")
        return str(found) if found else None

    def delete(self, token: str) -> None:
        if 0 < len(token) <= 100:
            self.r.delete(self.keys.page_session(_digest(token)))
