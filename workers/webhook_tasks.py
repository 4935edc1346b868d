"""Webhook tasks (queue `{prefix}.webhooks`), and the worker-side observability signal handlers.

- `dispatch_after_commit` is what the article task calls once the article's outcome and its notifications
  (the outbox) are committed: it publishes one dispatch task (when any webhook exists; otherwise it just
  clears the entries) and never raises. A crash before it runs is healed by the periodic outbox sweep.
- `dispatch` turns outbox entries into deliveries; `deliver` makes one attempt and schedules the next with
  backoff.
  Countdowns stay below the broker's visibility timeout (a longer one would be redelivered early), and a
  redelivered or duplicated attempt does nothing (the attempt number is claimed in Redis first).
- Signal handlers put the API's request id (task header `request_id`) and the article id into the log
  context of each task, and record each article's processing time for /metrics.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from contextvars import Token
from typing import Any

import redis
from celery import Task
from celery.signals import task_postrun, task_prerun

from service.logs import article_id_var, request_id_var
from store.metrics import PROCESSING_BUCKETS, BufferedHistogram
from store.outbox import OutboxRepo
from store.webhooks import WebhookRepo
from usecases import outbox
from usecases.webhooks import WebhookSettings, attempt_delivery
from workers.celery_app import DISPATCH_OUTBOX, PROCESS_ARTICLE, SWEEP_OUTBOX, WEBHOOK_DELIVER, app
from workers.tasks import TRANSIENT_ERRORS, get_store

log = logging.getLogger("factrecon.worker.webhooks")


def _repo() -> WebhookRepo:
    store = get_store()
    return WebhookRepo(store.r, store.keys)


def _headers() -> dict[str, str]:
    request_id = request_id_var.get()
    return {"request_id": request_id} if request_id else {}


def _settings() -> WebhookSettings:
    settings = WebhookSettings.from_env()
    visibility: int = app.conf.factrecon_settings.visibility_timeout
    cap = min(settings.backoff_max, visibility * 0.8)
    return WebhookSettings(settings.allow, settings.max_attempts, settings.backoff_base, cap, settings.timeout)


def _outbox() -> OutboxRepo:
    store = get_store()
    return OutboxRepo(store.r, store.keys)


def dispatch_after_commit(entry_ids: list[str]) -> None:
    """Hand committed outbox entries to the dispatcher. Never raises: notifications must not fail an article
    (entries left pending are dispatched by the outbox sweep)."""
    try:
        if get_store().outbox_unwritten(entry_ids):  # committed while no webhook existed: never written
            return
        if _outbox().remove_if_unsubscribed(list(entry_ids)):  # no subscriber: entries cleared, nothing to deliver
            return
        dispatch_task.apply_async(args=[list(entry_ids)], headers=_headers(), retry=True,
                                  retry_policy={"max_retries": 2})
    except Exception:
        log.exception("could not dispatch notifications %s; the outbox sweep will", entry_ids)


def _enqueue(delivery_id: str, attempt: int, countdown: float) -> None:
    deliver_task.apply_async(args=[delivery_id, attempt], countdown=countdown or None, headers=_headers())


@app.task(name=DISPATCH_OUTBOX, acks_late=True, autoretry_for=TRANSIENT_ERRORS, retry_backoff=1,
          retry_backoff_max=60, retry_jitter=True, max_retries=8)
def dispatch_task(entry_ids: list[str]) -> int:
    return outbox.dispatch(_outbox(), _repo(), entry_ids, _enqueue)


@app.task(name=SWEEP_OUTBOX, acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def sweep_outbox_task() -> int:
    """Periodic (beat): dispatch entries a crash left pending for longer than FACTRECON_OUTBOX_SWEEP s."""
    seconds: int = app.conf.factrecon_settings.outbox_sweep_seconds
    return outbox.sweep(_outbox(), _repo(), seconds, _enqueue)


@app.task(name=WEBHOOK_DELIVER, acks_late=True, autoretry_for=TRANSIENT_ERRORS, retry_backoff=1,
          retry_backoff_max=60, retry_jitter=True, max_retries=8)
def deliver_task(delivery_id: str, attempt: int) -> str:
    repo = _repo()
    delay = attempt_delivery(repo, _settings(), delivery_id, attempt)
    delivery = repo.get_delivery(delivery_id)
    outcome = delivery.status if delivery else "gone"
    if delay is not None:
        outcome = "retrying"
        _enqueue(delivery_id, attempt + 1, delay)
    with contextlib.suppress(redis.exceptions.RedisError):
        repo.r.hincrby(repo.keys.metrics_webhook_attempts, outcome, 1)
    return outcome


# --- log context and processing-time metrics for every task ------------------------------------------------

_tokens: dict[str, tuple[Token[str | None], Token[str | None], float]] = {}

# Processing times are buffered per process and written at most once a second (a round trip per article
# otherwise); a process that dies loses at most that second's observations, as the API's request metrics do.
_histogram: BufferedHistogram | None = None
_flush_timer: threading.Timer | None = None
_flush_lock = threading.Lock()


def _processing_times() -> BufferedHistogram:
    global _histogram
    if _histogram is None:
        _histogram = BufferedHistogram(get_store().keys.metrics_processing, PROCESSING_BUCKETS)
    return _histogram


def _flush_processing_times() -> None:
    global _flush_timer
    with _flush_lock:
        _flush_timer = None
    _processing_times().flush(get_store().r)  # never raises: a failed write is kept for the next flush


def _flush_soon() -> None:
    """Write the buffered times now if a second has passed since the last write, else within a second."""
    global _flush_timer
    histogram = _processing_times()
    if histogram.due():
        _flush_processing_times()
        return
    with _flush_lock:
        if _flush_timer is None:
            _flush_timer = threading.Timer(histogram.interval, _flush_processing_times)
            _flush_timer.daemon = True
            _flush_timer.start()


@task_prerun.connect
def _task_started(task_id: str | None = None, task: Task[Any, Any] | None = None, args: Any = None,
                  **_: Any) -> None:
    request_id: str | None = None
    if task is not None:
        request_id = getattr(task.request, "request_id", None) or (task.request.headers or {}).get("request_id")
    article_id = args[0] if task is not None and task.name == PROCESS_ARTICLE and args else None
    if task_id:
        _tokens[task_id] = (request_id_var.set(request_id), article_id_var.set(article_id), time.perf_counter())


@task_postrun.connect
def _task_finished(task_id: str | None = None, task: Task[Any, Any] | None = None, retval: Any = None,
                   state: str | None = None, **_: Any) -> None:
    saved = _tokens.pop(task_id or "", None)
    if saved is None:
        return
    request_token, article_token, started = saved
    if task is not None and task.name == PROCESS_ARTICLE and retval in ("done", "failed"):
        _processing_times().observe((str(retval),), time.perf_counter() - started)
        _flush_soon()
    request_id_var.reset(request_token)
    article_id_var.reset(article_token)
