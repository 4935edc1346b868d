"""Settings read from environment variables, in one place.

Every setting has a documented default (see the README's configuration table). Reading the environment
happens when `Settings.from_env()` is called, never at import time.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else default


def _env_flag(name: str) -> bool:
    """On unless the variable says off (off, 0, false, no)."""
    return os.environ.get(name, "on").strip().lower() not in ("off", "0", "false", "no")


# Hard time limit of one task execution (Celery `task_time_limit`): an attempt marked running for longer than
# this has died without an outcome, and counts against the article's attempt budget.
TASK_TIME_LIMIT = 120


@dataclass(frozen=True)
class Settings:
    redis_url: str | None = None  # REDIS_URL; None means "start an embedded redis-server under data_dir"
    # FACTRECON_BROKER_URL: the Redis Celery's queues live in; None means the data Redis (effective_redis_url)
    broker_url: str | None = None
    port: int = 8000  # FACTRECON_PORT
    host: str = "127.0.0.1"  # FACTRECON_HOST
    data_dir: Path = field(default_factory=lambda: Path("./var"))  # FACTRECON_DATA_DIR
    worker_concurrency: int = 2  # FACTRECON_WORKER_CONCURRENCY
    # FACTRECON_WORKER_NICE: CPU niceness of worker processes (0-19): on a host shared with the API, extraction
    # and grouping yield the CPU to requests (submission latency); on a worker-only host it changes nothing
    worker_nice: int = 10
    api_workers: int = 2  # FACTRECON_API_WORKERS (gunicorn processes)
    api_threads: int = 4  # FACTRECON_API_THREADS (threads per gunicorn process)
    log_level: str = "INFO"  # FACTRECON_LOG_LEVEL
    key_prefix: str = "fr"  # FACTRECON_KEY_PREFIX: namespaces every Redis key and the Celery queue
    event_span_days: int = 14  # FACTRECON_EVENT_SPAN_DAYS
    block_regroup_limit: int = 100  # FACTRECON_BLOCK_REGROUP_LIMIT
    # FACTRECON_MERGE_ACROSS_BLOCKS: join events of different blocks that the scored layer links (one disaster
    # told from two countries, a report placed in another state or nowhere); off: each block's events as they are
    merge_across_blocks: bool = True
    max_text_chars: int = 200_000  # FACTRECON_MAX_TEXT_CHARS
    max_body_bytes: int = 5 * 1024 * 1024  # FACTRECON_MAX_BODY_BYTES
    batch_max: int = 100  # FACTRECON_BATCH_MAX
    stuck_after_seconds: int = 120  # FACTRECON_STUCK_AFTER: sweeper re-enqueues articles queued this long
    visibility_timeout: int = 300  # FACTRECON_VISIBILITY_TIMEOUT: broker redelivery after a worker dies
    auth: bool = True  # FACTRECON_AUTH=off runs the API open (local use only)
    rate_limit: str = "1200/minute"  # FACTRECON_RATE_LIMIT: per API key (per client address when auth is off)
    submit_rate_limit: str = "600/minute"  # FACTRECON_SUBMIT_RATE_LIMIT: POSTs per API key
    idempotency_ttl_seconds: int = 24 * 3600  # FACTRECON_IDEMPOTENCY_TTL
    # FACTRECON_API_KEY_CACHE: seconds an API process trusts a key it looked up (a key revoked elsewhere keeps
    # working there that long); 0 looks every request's key up in Redis (revocation immediate everywhere)
    api_key_cache_seconds: float = 5.0
    metrics_auth: bool = True  # FACTRECON_METRICS_AUTH=off: /metrics open without a key even when auth is on
    max_attempts: int = 5  # FACTRECON_MAX_ATTEMPTS: processing attempts before an article ends `failed`
    outbox_sweep_seconds: int = 30  # FACTRECON_OUTBOX_SWEEP: re-dispatch notifications pending this long
    # FACTRECON_EMBED_ANCESTORS: who may frame the embed card (CSP frame-ancestors sources), e.g.
    # "https://cms.example.org"; every other page may not be framed at all.
    embed_ancestors: str = "*"

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "redis_url": os.environ.get("REDIS_URL") or None,
            "broker_url": os.environ.get("FACTRECON_BROKER_URL") or None,
            "port": _env_int("FACTRECON_PORT", 8000),
            "host": os.environ.get("FACTRECON_HOST", "127.0.0.1"),
            "data_dir": Path(os.environ.get("FACTRECON_DATA_DIR", "./var")),
            "worker_concurrency": _env_int("FACTRECON_WORKER_CONCURRENCY", 2),
            "worker_nice": min(19, max(0, _env_int("FACTRECON_WORKER_NICE", 10))),
            "api_workers": _env_int("FACTRECON_API_WORKERS", 2),
            "api_threads": max(1, _env_int("FACTRECON_API_THREADS", 4)),
            "log_level": os.environ.get("FACTRECON_LOG_LEVEL", "INFO").upper(),
            "key_prefix": os.environ.get("FACTRECON_KEY_PREFIX", "fr"),
            "event_span_days": _env_int("FACTRECON_EVENT_SPAN_DAYS", 14),
            "block_regroup_limit": _env_int("FACTRECON_BLOCK_REGROUP_LIMIT", 100),
            "merge_across_blocks": _env_flag("FACTRECON_MERGE_ACROSS_BLOCKS"),
            "max_text_chars": _env_int("FACTRECON_MAX_TEXT_CHARS", 200_000),
            "max_body_bytes": _env_int("FACTRECON_MAX_BODY_BYTES", 5 * 1024 * 1024),
            "batch_max": _env_int("FACTRECON_BATCH_MAX", 100),
            "stuck_after_seconds": _env_int("FACTRECON_STUCK_AFTER", 120),
            "visibility_timeout": _env_int("FACTRECON_VISIBILITY_TIMEOUT", 300),
            "auth": _env_flag("FACTRECON_AUTH"),
            "rate_limit": os.environ.get("FACTRECON_RATE_LIMIT", "1200/minute"),
            "submit_rate_limit": os.environ.get("FACTRECON_SUBMIT_RATE_LIMIT", "600/minute"),
            "idempotency_ttl_seconds": _env_int("FACTRECON_IDEMPOTENCY_TTL", 24 * 3600),
            "api_key_cache_seconds": max(0.0, float(os.environ.get("FACTRECON_API_KEY_CACHE") or 5.0)),
            "metrics_auth": _env_flag("FACTRECON_METRICS_AUTH"),
            "max_attempts": max(1, _env_int("FACTRECON_MAX_ATTEMPTS", 5)),
            "outbox_sweep_seconds": max(1, _env_int("FACTRECON_OUTBOX_SWEEP", 30)),
            "embed_ancestors": csp_sources(os.environ.get("FACTRECON_EMBED_ANCESTORS", "*")),
        }
        known = {f.name for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if k in known})
        return cls(**values)

    @property
    def embedded_redis_url_file(self) -> Path:
        """Where `factrecon up` records the URL of the redis-server it started (so the CLI can find it)."""
        return self.data_dir / "redis" / "url"

    def recorded_redis_url(self) -> str | None:
        """REDIS_URL, else the URL of the embedded server `factrecon up` recorded under data_dir, else None."""
        if self.redis_url:
            return self.redis_url
        try:
            return self.embedded_redis_url_file.read_text().strip() or None
        except OSError:
            return None

    def effective_redis_url(self) -> str:
        """REDIS_URL, else the embedded server `factrecon up` started under data_dir, else the default port."""
        return self.recorded_redis_url() or "redis://127.0.0.1:6379/0"

    def effective_broker_url(self) -> str:
        """FACTRECON_BROKER_URL, else the data Redis (one Redis for both, as `factrecon up` runs by default)."""
        return self.broker_url or self.effective_redis_url()


_CSP_SOURCE = re.compile(r"(?:'self'|'none'|\*|[A-Za-z][A-Za-z0-9+.-]*:|(?:[A-Za-z][A-Za-z0-9+.-]*://)?[A-Za-z0-9*.-]+(?::[0-9]+)?)")


def csp_sources(raw: str) -> str:
    """A CSP source list from a comma- or space-separated setting; refuses anything else (no `;` injection)."""
    sources = [s for s in re.split(r"[\s,]+", raw.strip()) if s]
    bad = [s for s in sources if not _CSP_SOURCE.fullmatch(s)]
    if bad or not sources:
        raise ValueError(f"FACTRECON_EMBED_ANCESTORS: not CSP sources: {bad or raw!r}")
    return " ".join(sources)
