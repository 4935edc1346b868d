"""Webhook subscriptions and their delivery log in Redis (keys in store/keys.py).

A delivery is created `pending` with its body fixed (so every retry sends the same webhook-id and body),
then each attempt updates it in place. Finished deliveries expire after DELIVERY_TTL; each webhook's log
keeps the newest LOG_LENGTH entries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from store.codec import parse_datetime
from store.keys import Keys

DELIVERY_TTL = 30 * 24 * 3600
LOG_LENGTH = 1000


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WebhookRecord:
    id: str
    url: str
    events: list[str]
    secret: str
    description: str | None = None
    created_at: datetime | None = None


@dataclass
class DeliveryRecord:
    id: str
    webhook_id: str
    event_type: str
    body: str
    status: str = "pending"  # pending, succeeded, failed
    attempts: int = 0
    last_status_code: int | None = None
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class WebhookRepo:
    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.r = client
        self.keys = keys

    # --- subscriptions ----------------------------------------------------------------------------------

    def create(self, record: WebhookRecord) -> None:
        created = record.created_at or _now()
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(
                self.keys.webhook(record.id),
                mapping={
                    "id": record.id,
                    "url": record.url,
                    "events": json.dumps(record.events),
                    "secret": record.secret,
                    "description": record.description or "",
                    "created_at": created.isoformat(),
                },
            )
            pipe.zadd(self.keys.webhooks, {record.id: created.timestamp()})
            pipe.execute()

    def get(self, webhook_id: str) -> WebhookRecord | None:
        data = self.r.hgetall(self.keys.webhook(webhook_id))
        return _webhook(data) if data else None

    def list(self) -> list[WebhookRecord]:
        ids = self.r.zrange(self.keys.webhooks, 0, -1)
        with self.r.pipeline(transaction=False) as pipe:
            for webhook_id in ids:
                pipe.hgetall(self.keys.webhook(webhook_id))
            rows = pipe.execute()
        return [_webhook(row) for row in rows if row]

    def count(self) -> int:
        return int(self.r.zcard(self.keys.webhooks))

    def delete(self, webhook_id: str) -> bool:
        """Remove the subscription and its log; pending deliveries find it gone and stop."""
        log_key = self.keys.webhook_deliveries(webhook_id)
        delivery_ids = self.r.zrange(log_key, 0, -1)
        with self.r.pipeline(transaction=True) as pipe:
            pipe.delete(self.keys.webhook(webhook_id), log_key)
            pipe.zrem(self.keys.webhooks, webhook_id)
            for delivery_id in delivery_ids:
                pipe.delete(self.keys.delivery(delivery_id))
            removed = pipe.execute()
        return bool(removed[0])

    # --- deliveries -------------------------------------------------------------------------------------

    def create_delivery(self, record: DeliveryRecord) -> bool:
        """Store a new pending delivery; False (and no change) when one with this id exists already."""
        now = record.created_at or _now()
        log_key = self.keys.webhook_deliveries(record.webhook_id)
        if not self.r.hsetnx(self.keys.delivery(record.id), "id", record.id):
            return False
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(
                self.keys.delivery(record.id),
                mapping={
                    "webhook_id": record.webhook_id,
                    "event_type": record.event_type,
                    "body": record.body,
                    "status": record.status,
                    "attempts": "0",
                    "last_status_code": "",
                    "last_error": "",
                    "next_attempt_at": now.isoformat(),
                    "created_at": now.isoformat(),
                    "updated_at": now.isoformat(),
                },
            )
            pipe.expire(self.keys.delivery(record.id), DELIVERY_TTL)
            pipe.zadd(log_key, {record.id: now.timestamp()})
            pipe.zremrangebyrank(log_key, 0, -(LOG_LENGTH + 1))
            pipe.execute()
        return True

    def get_delivery(self, delivery_id: str) -> DeliveryRecord | None:
        data = self.r.hgetall(self.keys.delivery(delivery_id))
        return _delivery(data) if data else None

    def first_attempt_pending(self, delivery_id: str) -> bool:
        """The delivery exists, is pending, and its first attempt has not started (it may never have been
        enqueued, if the dispatcher stopped right after creating it)."""
        status, attempts = self.r.hmget(self.keys.delivery(delivery_id), ["status", "attempts"])
        return status == "pending" and int(attempts or 0) == 0

    def claim_attempt(self, delivery_id: str, attempt: int) -> bool:
        """Record that attempt number `attempt` starts. False when it already started or the delivery is
        finished or gone: a redelivered or duplicated task must not send twice."""
        key = self.keys.delivery(delivery_id)
        while True:
            with self.r.pipeline(transaction=True) as pipe:
                try:
                    pipe.watch(key)
                    status, attempts = pipe.hmget(key, ["status", "attempts"])
                    if status != "pending" or int(attempts or 0) >= attempt:
                        pipe.unwatch()
                        return False
                    pipe.multi()
                    pipe.hset(key, mapping={"attempts": str(attempt), "updated_at": _now().isoformat()})
                    pipe.execute()
                    return True
                except redis.exceptions.WatchError:
                    continue

    def record_attempt(
        self,
        delivery_id: str,
        *,
        status: str,
        status_code: int | None,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> None:
        key = self.keys.delivery(delivery_id)
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(
                key,
                mapping={
                    "status": status,
                    "last_status_code": "" if status_code is None else str(status_code),
                    "last_error": error or "",
                    "next_attempt_at": next_attempt_at.isoformat() if next_attempt_at else "",
                    "updated_at": _now().isoformat(),
                },
            )
            pipe.expire(key, DELIVERY_TTL)
            pipe.execute()

    def deliveries(self, webhook_id: str, limit: int) -> list[DeliveryRecord]:
        """The newest deliveries first."""
        ids = self.r.zrevrange(self.keys.webhook_deliveries(webhook_id), 0, limit - 1)
        with self.r.pipeline(transaction=False) as pipe:
            for delivery_id in ids:
                pipe.hgetall(self.keys.delivery(delivery_id))
            rows = pipe.execute()
        return [_delivery(row) for row in rows if row]


def _webhook(data: dict[str, str]) -> WebhookRecord:
    return WebhookRecord(
        id=data["id"],
        url=data["url"],
        events=json.loads(data.get("events") or "[]"),
        secret=data["secret"],
        description=data.get("description") or None,
        created_at=parse_datetime(data.get("created_at") or None),
    )


def _delivery(data: dict[str, str]) -> DeliveryRecord:
    code = data.get("last_status_code")
    return DeliveryRecord(
        id=data["id"],
        webhook_id=data["webhook_id"],
        event_type=data["event_type"],
        body=data.get("body", ""),
        status=data.get("status", "pending"),
        attempts=int(data.get("attempts") or 0),
        last_status_code=int(code) if code else None,
        last_error=data.get("last_error") or None,
        next_attempt_at=parse_datetime(data.get("next_attempt_at") or None),
        created_at=parse_datetime(data.get("created_at") or None),
        updated_at=parse_datetime(data.get("updated_at") or None),
    )
