# ruff: noqa: F811  (fixtures imported from test_webhooks are parameters here)
"""The webhook outbox end to end: real Redis, the real session worker, a real webhook worker and receiver.

A notification is committed with the outcome it announces and handed over exactly once, whatever stops in
between: a crash right after the commit (nothing dispatched), a dispatcher that stops after creating the
deliveries (nothing enqueued), and dispatchers that run twice or race the sweep. The receiver gets each
notification once per webhook, and the webhook-id is the one derived from the outbox entry.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from settings import Settings
from store.outbox import OutboxRepo
from store.repository import RedisStore
from store.webhooks import WebhookRepo
from tests.conftest import wait_for_status
from tests.integration.test_webhooks import (  # noqa: F401  (fixtures)
    Receiver,
    _article,
    _register,
    _wait,
    allow_loopback,
    receiver,
    verify_standard_webhook,
    webhook_worker,
)
from usecases import outbox
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import process_article
from workers.celery_app import SWEEP_OUTBOX, WEBHOOK_DELIVER, create_celery_app

pytestmark = pytest.mark.integration


def _stores(settings: Settings) -> tuple[RedisStore, OutboxRepo, WebhookRepo]:
    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    return store, OutboxRepo(store.r, store.keys), WebhookRepo(store.r, store.keys)


def _real_enqueue(settings: Settings):  # type: ignore[no-untyped-def]
    """The dispatcher's enqueue as the worker uses it: a real deliver task on the webhook queue."""
    celery = create_celery_app(settings)

    def enqueue(delivery_id: str, attempt: int, countdown: float) -> None:
        celery.send_task(WEBHOOK_DELIVER, args=[delivery_id, attempt], countdown=countdown or None)

    return enqueue


def _all_succeeded(repo: WebhookRepo, webhook_id: str, count: int) -> list[Any] | None:
    deliveries = repo.deliveries(webhook_id, 100)
    return deliveries if len(deliveries) == count and all(d.status == "succeeded" for d in deliveries) else None


def test_a_crash_between_commit_and_dispatch_neither_loses_nor_duplicates(
    client, settings, worker, webhook_worker, receiver: Receiver, allow_loopback
) -> None:
    hook = _register(client, receiver.url("/outbox"), ["article.processed", "event.updated"])
    store, box, repo = _stores(settings)
    text = "Four people were injured in a tram crash in Brno on Wednesday, police said."
    submitted = submit_article(store, lambda _id: None, SubmitArticle(source="Outbox Wire", text=text))

    # The worker commits "done" with its notifications, then dies before dispatching (notify never runs).
    assert process_article(store, settings, submitted.id, notify=None).value == "done"
    pending = box.pending()
    entries = box.get(pending)
    assert {e.type for e in entries.values()} == {"article.processed", "event.updated"}
    assert all(e.data["article_id"] == submitted.id for e in entries.values())
    assert repo.deliveries(hook["id"], 100) == [], "nothing was handed over yet"

    # A dispatcher that stops after creating the deliveries, before enqueueing any attempt.
    def crash(*_: object) -> None:
        raise ConnectionError("dispatcher killed")

    with pytest.raises(ConnectionError):
        outbox.dispatch(box, repo, pending, crash)
    assert sorted(box.pending()) == sorted(pending), "entries stay pending until handed over"

    # Recovery: only the periodic sweep, run twice at once by the real webhook worker (as two beats, or a beat
    # and a late dispatcher, would); the entries are aged past FACTRECON_OUTBOX_SWEEP as if time had passed.
    for entry_id in pending:
        store.r.zadd(store.keys.outbox_pending, {entry_id: time.time() - settings.outbox_sweep_seconds - 1})
    celery = create_celery_app(settings)
    celery.send_task(SWEEP_OUTBOX, queue=store.keys.webhook_queue)
    celery.send_task(SWEEP_OUTBOX, queue=store.keys.webhook_queue)

    deliveries = _wait(lambda: _all_succeeded(repo, hook["id"], len(pending)), what="every notification delivered")
    _wait(lambda: box.count() == 0, what="outbox empty")
    received = receiver.received("/outbox")
    # Every delivery succeeded, so no duplicate attempt can send any more: the count is final.
    assert len(received) == len(pending)
    assert sorted(r["headers"]["webhook-id"] for r in received) == sorted(
        outbox.delivery_id(hook["id"], entry_id) for entry_id in pending
    )
    assert all(d.attempts == 1 for d in deliveries)
    bodies = [verify_standard_webhook(hook["secret"], r["headers"], r["body"]) for r in received]
    assert sorted(b["type"] for b in bodies) == sorted(e.type for e in entries.values())
    assert all(b["timestamp"] == entries[next(iter(entries))].timestamp for b in bodies), "fixed at commit"

    # A dispatcher arriving after all that (it read the ids before the sweep) hands over nothing twice.
    assert outbox.dispatch(box, repo, pending, _real_enqueue(settings)) == 0
    assert len(receiver.received("/outbox")) == len(pending)


def test_processing_through_the_worker_dispatches_at_once(
    client, settings, worker, webhook_worker, receiver: Receiver, allow_loopback
) -> None:
    hook = _register(client, receiver.url("/live"), ["article.processed"])
    article_id = client.post("/v1/articles", json=_article("outbox-live")).get_json()["id"]
    assert wait_for_status(client, article_id)["status"] == "done"
    _, box, repo = _stores(settings)
    (delivery,) = _wait(lambda: _all_succeeded(repo, hook["id"], 1), what="article.processed delivered")
    (request,) = receiver.received("/live")
    assert request["headers"]["webhook-id"] == delivery.id
    _wait(lambda: box.count() == 0, what="outbox empty")


def test_delete_sends_event_updated_through_the_outbox(
    client, settings, worker, webhook_worker, receiver: Receiver, allow_loopback
) -> None:
    article_id = client.post("/v1/articles", json=_article("outbox-delete")).get_json()["id"]
    article = wait_for_status(client, article_id)
    assert article["status"] == "done"
    store, box, repo = _stores(settings)
    event_ids = sorted(store.event_ids_of_article(article_id))
    assert event_ids
    hook = _register(client, receiver.url("/deleted"), ["event.updated"])
    assert client.delete(f"/v1/articles/{article_id}").status_code == 204
    _wait(lambda: _all_succeeded(repo, hook["id"], len(event_ids)), what="event.updated delivered")
    bodies = [verify_standard_webhook(hook["secret"], r["headers"], r["body"]) for r in receiver.received("/deleted")]
    assert sorted(b["data"]["event_id"] for b in bodies) == event_ids
    assert all(b["type"] == "event.updated" and b["data"]["article_id"] == article_id for b in bodies)
    assert all(b["data"]["reason"] == "article_deleted" for b in bodies)
    _wait(lambda: box.count() == 0, what="outbox empty")
