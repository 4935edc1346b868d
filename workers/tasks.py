"""Celery tasks. Each takes an id, re-fetches state from Redis, and calls one use case.

Transient errors (Redis unreachable or timing out, the grouping lock busy) are retried with exponential
backoff capped well below the broker's visibility timeout, and do not count against the article's attempt
budget. Any other error in an attempt is recorded with the article and the attempt retried, until
FACTRECON_MAX_ATTEMPTS attempts were made: then the article is marked `failed` with the reason and the task
ends normally. Unreadable input (extraction raising) fails the article at once.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import redis
from celery import Task

from settings import Settings
from store.repository import RedisStore
from usecases.processing import (
    Outcome,
    PermanentProcessingError,
    attempt_failed,
    mark_failed,
    process_article,
    sweep_stuck,
)
from workers.celery_app import PROCESS_ARTICLE, SWEEP_STUCK, app

log = logging.getLogger("factrecon.worker")

TRANSIENT_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, redis.exceptions.LockError)

_store: RedisStore | None = None


def _settings() -> Settings:
    settings: Settings = app.conf.factrecon_settings
    return settings


def get_store() -> RedisStore:
    """One store (and connection pool) per worker process, created on first use."""
    global _store
    if _store is None:
        settings = _settings()
        _store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    return _store


def notify_committed(entry_ids: list[str]) -> None:
    """Dispatch the outbox entries just committed (imported here: workers.webhook_tasks imports this module)."""
    from workers.webhook_tasks import dispatch_after_commit

    dispatch_after_commit(entry_ids)


def _retry_delay(attempts: int) -> float:
    """1, 2, 4 ... s between attempts, below the broker's visibility timeout (a longer ETA is redelivered)."""
    return float(min(2 ** max(0, attempts - 1), 60, max(1, _settings().visibility_timeout // 2)))


@app.task(
    name=PROCESS_ARTICLE,
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=1,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=12,
)
def process_article_task(self: Task[Any, Any], article_id: str) -> str:
    store, settings = get_store(), _settings()
    try:
        return process_article(store, settings, article_id, notify=notify_committed).value
    except PermanentProcessingError as exc:
        log.warning("article %s failed: %s", article_id, exc)
        mark_failed(store, article_id, str(exc), notify=notify_committed)
        return Outcome.FAILED.value
    except TRANSIENT_ERRORS:
        with contextlib.suppress(redis.exceptions.RedisError):
            store.forgive_attempt(article_id)  # Redis trouble is not the article's fault
        if self.request.retries >= (self.max_retries or 0):
            mark_failed(store, article_id, "storage unavailable after repeated retries", notify=notify_committed)
        raise
    except Exception as exc:  # anything else: an attempt of this article failed
        reason = f"{type(exc).__name__}: {exc}"[:500]
        log.exception("attempt to process article %s failed", article_id)
        outcome = attempt_failed(store, settings, article_id, reason, notify=notify_committed)
        if outcome is Outcome.RETRY:
            attempts = store.attempt_info([article_id]).get(article_id, (1, None))[0]
            raise self.retry(countdown=_retry_delay(attempts), exc=exc, max_retries=settings.max_attempts + 12) from exc
        return outcome.value


@app.task(name=SWEEP_STUCK, acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def sweep_stuck_task() -> int:
    return sweep_stuck(
        get_store(), _settings(), publish=lambda article_id: process_article_task.delay(article_id),
        notify=notify_committed,
    )  # fmt: skip
