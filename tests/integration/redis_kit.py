"""A store of its own per test module: every key under the module's `PREFIX`, wiped before and after."""

from __future__ import annotations

import redis


def wipe_prefix(client: redis.Redis, prefix: str) -> None:
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
