"""Celery tasks. Each takes an id, re-fetches state from Redis, and calls one use case.

Only transient errors (Redis unreachable or timing out, the grouping lock busy) are retried, with
exponential backoff capped well below the broker's visibility timeout. Anything else is a permanent failure:
the article is marked `failed` with the reason and the task ends normally.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from celery import Task

from service.config import Settings
from store.repository import RedisStore
from usecases.processing import PermanentProcessingError, mark_failed, process_article, sweep_stuck
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


def notify_finished(article_id: str, event_ids: list[str]) -> None:
    """Queue webhooks for a finished article (imported here: workers.webhook_tasks imports this module)."""
    from workers.webhook_tasks import notify_article_finished

    notify_article_finished(article_id, event_ids)


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
    try:
        return process_article(get_store(), _settings(), article_id, notify=notify_finished).value
    except PermanentProcessingError as exc:
        log.warning("article %s failed: %s", article_id, exc)
        mark_failed(get_store(), article_id, str(exc), notify=notify_finished)
        return "failed"
    except TRANSIENT_ERRORS:
        if self.request.retries >= (self.max_retries or 0):
            mark_failed(get_store(), article_id, "storage unavailable after repeated retries", notify=notify_finished)
        raise


@app.task(name=SWEEP_STUCK, acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def sweep_stuck_task() -> int:
    return sweep_stuck(get_store(), _settings(), publish=lambda article_id: process_article_task.delay(article_id))
