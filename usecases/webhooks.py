"""Webhook subscriptions, and one delivery attempt at a time (notifications are dispatched from the outbox).

Flow: a worker commits an article's outcome together with its notifications (the outbox, usecases/outbox.py)
-> the dispatcher creates one `pending` delivery per subscribed webhook and notification, with its body and
webhook-id fixed -> `attempt_delivery` (one Celery task per attempt)
re-vets the target (DNS rebinding), signs, POSTs, and records the outcome; on failure it returns the
backoff delay and the task schedules the next attempt, until `max_attempts`.
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from store.webhooks import DeliveryRecord, WebhookRecord, WebhookRepo
from usecases.errors import InvalidInput, NotFound
from usecases.webhook_http import SendResult, post
from usecases.webhook_signing import (
    AllowList,
    Resolver,
    Target,
    TargetRefused,
    TargetUnresolvable,
    backoff_delay,
    new_secret,
    signed_headers,
    system_resolver,
    vet_target,
)

log = logging.getLogger("factrecon.webhooks")


Sender = Callable[[Target, bytes, dict[str, str], float], SendResult]


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw not in (None, "") else default


@dataclass(frozen=True)
class WebhookSettings:
    allow: AllowList = field(default_factory=AllowList)  # FACTRECON_WEBHOOK_ALLOW
    max_attempts: int = 8  # FACTRECON_WEBHOOK_MAX_ATTEMPTS
    backoff_base: float = 5.0  # FACTRECON_WEBHOOK_BACKOFF_BASE: seconds before the 2nd attempt (then doubling)
    backoff_max: float = 240.0  # FACTRECON_WEBHOOK_BACKOFF_MAX: longest wait between attempts
    timeout: float = 10.0  # FACTRECON_WEBHOOK_TIMEOUT: connect and read timeout per attempt

    @classmethod
    def from_env(cls) -> WebhookSettings:
        return cls(
            allow=AllowList.parse(os.environ.get("FACTRECON_WEBHOOK_ALLOW")),
            max_attempts=max(1, int(_env_float("FACTRECON_WEBHOOK_MAX_ATTEMPTS", 8))),
            backoff_base=_env_float("FACTRECON_WEBHOOK_BACKOFF_BASE", 5.0),
            backoff_max=_env_float("FACTRECON_WEBHOOK_BACKOFF_MAX", 240.0),
            timeout=_env_float("FACTRECON_WEBHOOK_TIMEOUT", 10.0),
        )


# --- subscriptions ------------------------------------------------------------------------------------------


def create_webhook(
    repo: WebhookRepo,
    settings: WebhookSettings,
    url: str,
    events: list[str],
    description: str | None = None,
    resolver: Resolver = system_resolver,
) -> WebhookRecord:
    """Register a webhook; the returned record carries the secret (shown to the caller once)."""
    try:
        vet_target(url, settings.allow, resolver)
    except TargetRefused as exc:
        raise InvalidInput(str(exc), field="url") from exc
    record = WebhookRecord(
        id=f"wh_{secrets.token_hex(8)}",
        url=url,
        events=list(dict.fromkeys(events)),
        secret=new_secret(),
        description=description,
        created_at=datetime.now(UTC),
    )
    repo.create(record)
    log.info("webhook %s registered for %s", record.id, ",".join(record.events))
    return record


def get_webhook(repo: WebhookRepo, webhook_id: str) -> WebhookRecord:
    record = repo.get(webhook_id)
    if record is None:
        raise NotFound("webhook", webhook_id)
    return record


def delete_webhook(repo: WebhookRepo, webhook_id: str) -> None:
    if not repo.delete(webhook_id):
        raise NotFound("webhook", webhook_id)


def list_deliveries(repo: WebhookRepo, webhook_id: str, limit: int) -> list[DeliveryRecord]:
    get_webhook(repo, webhook_id)
    return repo.deliveries(webhook_id, limit)


# --- delivery -----------------------------------------------------------------------------------------------


def attempt_delivery(
    repo: WebhookRepo,
    settings: WebhookSettings,
    delivery_id: str,
    attempt: int,
    *,
    send: Sender = post,
    resolver: Resolver = system_resolver,
    clock: Callable[[], float] = time.time,
) -> float | None:
    """Make attempt number `attempt`. Returns the delay before the next attempt, or None when the delivery
    is finished (succeeded, failed for good, or this attempt was a duplicate and did nothing)."""
    if not repo.claim_attempt(delivery_id, attempt):
        return None
    delivery = repo.get_delivery(delivery_id)
    webhook = repo.get(delivery.webhook_id) if delivery else None
    if delivery is None or webhook is None:
        if delivery is not None:
            repo.record_attempt(delivery_id, status="failed", status_code=None, error="webhook deleted",
                                next_attempt_at=None)
        return None
    try:
        target = vet_target(webhook.url, settings.allow, resolver)
    except TargetUnresolvable as exc:
        result = SendResult(None, str(exc))  # DNS trouble may pass: retry
    except TargetRefused as exc:
        log.warning("webhook %s delivery %s refused: %s", webhook.id, delivery_id, exc)
        repo.record_attempt(delivery_id, status="failed", status_code=None, error=f"refused: {exc}",
                            next_attempt_at=None)
        return None
    else:
        timestamp = int(clock())
        headers = signed_headers(webhook.secret, delivery.id, timestamp, delivery.body)
        result = send(target, delivery.body.encode(), headers, settings.timeout)
    if result.ok:
        repo.record_attempt(delivery_id, status="succeeded", status_code=result.status, error=None,
                            next_attempt_at=None)
        log.info("webhook %s delivery %s succeeded on attempt %d", webhook.id, delivery_id, attempt)
        return None
    if attempt >= settings.max_attempts:
        repo.record_attempt(delivery_id, status="failed", status_code=result.status, error=result.error,
                            next_attempt_at=None)
        log.warning("webhook %s delivery %s failed after %d attempts: %s", webhook.id, delivery_id, attempt,
                    result.error)
        return None
    delay = backoff_delay(attempt, settings.backoff_base, settings.backoff_max)
    next_at = datetime.fromtimestamp(clock(), UTC) + timedelta(seconds=delay)
    repo.record_attempt(delivery_id, status="pending", status_code=result.status, error=result.error,
                        next_attempt_at=next_at)
    log.info("webhook %s delivery %s attempt %d failed (%s); retrying in %.1fs", webhook.id, delivery_id,
             attempt, result.error, delay)
    return delay
