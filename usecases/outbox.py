"""Notifications through the outbox (store/outbox.py): what an article's outcome or a DELETE announces, and the
dispatcher that turns pending entries into webhook deliveries.

Exactly-once hand-over: entries are committed with the change; `dispatch` creates each subscribed webhook's
delivery under an id derived from (webhook, entry), enqueues its first attempt, and only then removes the
entry. A crash anywhere in between leaves the entry pending; the periodic sweep dispatches it again, which
finds the deliveries already there (same ids), re-enqueues only first attempts that never started (the attempt
claim in WebhookRepo lets exactly one of any duplicates send), and creates nothing twice. So receivers see
each notification once per webhook, with the same webhook-id and body on every retry.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from store.outbox import OutboxEntry, OutboxRepo
from store.webhooks import DeliveryRecord, WebhookRepo

log = logging.getLogger("factrecon.outbox")

ARTICLE_PROCESSED = "article.processed"
EVENT_UPDATED = "event.updated"

Enqueue = Callable[[str, int, float], object]  # (delivery id, attempt number, countdown seconds)


def entry_id(*parts: str) -> str:
    """Deterministic per logical notification: a re-run that commits the same outcome writes the same entry."""
    return "ob_" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:26]


def delivery_id(webhook_id: str, outbox_entry_id: str) -> str:
    """The delivery (and so the webhook-id header) of one entry to one webhook: the same on every dispatch."""
    return "msg_" + hashlib.sha256(f"{webhook_id}\x00{outbox_entry_id}".encode()).hexdigest()[:26]


def _now() -> str:
    return datetime.now(UTC).isoformat()


def article_outcome_entries(
    article_id: str, created_at: str, status: str, error: str | None, claim_count: int, event_ids: list[str]
) -> list[OutboxEntry]:
    """`article.processed` for a finished article (done or failed), and `event.updated` per event it changed.
    `created_at` (the article's, as stored) keeps a re-submitted article's notifications distinct."""
    now = _now()
    entries = [
        OutboxEntry(
            id=entry_id(ARTICLE_PROCESSED, article_id, created_at),
            type=ARTICLE_PROCESSED,
            timestamp=now,
            data={"article_id": article_id, "status": status, "error": error, "claim_count": claim_count,
                  "event_ids": list(event_ids)},
        )
    ]
    for event_id in event_ids:
        entries.append(
            OutboxEntry(
                id=entry_id(EVENT_UPDATED, event_id, article_id, created_at),
                type=EVENT_UPDATED,
                timestamp=now,
                data={"event_id": event_id, "article_id": article_id},
            )
        )
    return entries


def article_deleted_entries(article_id: str, created_at: str, event_ids: list[str]) -> list[OutboxEntry]:
    """`event.updated` for every event a deleted article's claims were taken out of (or that it emptied)."""
    now = _now()
    return [
        OutboxEntry(
            id=entry_id(EVENT_UPDATED, event_id, article_id, created_at, "deleted"),
            type=EVENT_UPDATED,
            timestamp=now,
            data={"event_id": event_id, "article_id": article_id, "reason": "article_deleted"},
        )
        for event_id in event_ids
    ]


def events_regrouped_entries(event_ids: list[str], changes: list[str]) -> list[OutboxEntry]:
    """`event.updated` for events a regroup changed that no article of their own caused: an article moved in or
    out of their block (it was pulled by, or freed from, a report elsewhere). `changes` are the block's changes
    applied (they make the notices of two regroups distinct)."""
    now = _now()
    because = "\x00".join(changes)
    return [
        OutboxEntry(
            id=entry_id(EVENT_UPDATED, event_id, "regrouped", because),
            type=EVENT_UPDATED,
            timestamp=now,
            data={"event_id": event_id, "reason": "regrouped"},
        )
        for event_id in event_ids
    ]


def event_links_entries(changes: dict[str, list[str]], because: list[str]) -> list[OutboxEntry]:
    """`event.updated` for events whose links across blocks changed (`changes`: event id -> its links added
    "+id" and removed "-id"; `because`: the link step's marks, which make the notices of two steps distinct):
    the event may now be read as part of another event (its group's root, usecases/across.py), or alone."""
    now = _now()
    return [
        OutboxEntry(
            id=entry_id(EVENT_UPDATED, event_id, "links", "\x00".join(sorted(changed)), *because),
            type=EVENT_UPDATED,
            timestamp=now,
            data={"event_id": event_id, "reason": "linked"},
        )
        for event_id, changed in sorted(changes.items())
    ]


def body_of(entry: OutboxEntry) -> str:
    return json.dumps({"type": entry.type, "timestamp": entry.timestamp, "data": entry.data}, separators=(",", ":"))


def dispatch(outbox: OutboxRepo, webhooks: WebhookRepo, entry_ids: list[str], enqueue: Enqueue) -> int:
    """Create and enqueue the deliveries of these entries, then remove the entries. Returns the deliveries
    enqueued. Safe to run twice, or concurrently with the sweep, for the same entries."""
    entries = outbox.get(entry_ids)
    subscribers = webhooks.list() if entries else []
    enqueued = 0
    for entry in entries.values():
        for webhook in subscribers:
            if entry.type not in webhook.events:
                continue
            did = delivery_id(webhook.id, entry.id)
            created = webhooks.create_delivery(DeliveryRecord(did, webhook.id, entry.type, body_of(entry)))
            if created or webhooks.first_attempt_pending(did):
                enqueue(did, 1, 0.0)
                enqueued += 1
    outbox.remove(list(entry_ids))  # gone or dispatched: either way nothing is left to hand over
    return enqueued


def sweep(outbox: OutboxRepo, webhooks: WebhookRepo, older_than_seconds: float, enqueue: Enqueue) -> int:
    """Re-dispatch entries left pending (a crash between commit and dispatch); returns the entries handled."""
    pending = outbox.pending(older_than_seconds)
    if pending:
        dispatch(outbox, webhooks, pending, enqueue)
        log.info("outbox sweep dispatched %d pending notifications", len(pending))
    return len(pending)


__all__ = [
    "ARTICLE_PROCESSED", "EVENT_UPDATED", "article_deleted_entries", "article_outcome_entries", "delivery_id",
    "dispatch", "entry_id", "sweep",
]  # fmt: skip
