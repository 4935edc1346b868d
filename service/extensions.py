"""What views need at request time, built once per app by `init_app`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

import redis
from flask import Flask, current_app, g, has_request_context

from settings import Settings
from store.keys import Keys
from store.repository import RedisStore


@dataclass
class Runtime:
    settings: Settings
    store: RedisStore
    publish: Callable[[str], object]
    # Hands outbox entries committed by a request (DELETE's event.updated) to the worker's dispatcher.
    dispatch: Callable[[list[str]], object] | None = None
    # The broker Redis (Celery's queues), for queue depths; the data Redis's client when they are one.
    broker: redis.Redis | None = None
    # Publishes the tasks of several articles at once (a batch submission); default: `publish` once per id.
    publish_many: Callable[[Sequence[str]], object] | None = field(default=None)

    def __post_init__(self) -> None:
        if self.publish_many is None:
            many = getattr(self.publish, "many", None)
            self.publish_many = many if callable(many) else publish_each(self.publish)


def broker_client(settings: Settings, store: RedisStore) -> redis.Redis:
    """A client of the broker Redis: the store's own when FACTRECON_BROKER_URL is unset or names the same URL."""
    url = settings.effective_broker_url()
    if url == settings.effective_redis_url():
        return store.r
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=2)


def init_app(app: Flask, settings: Settings, publish: Callable[[str], object] | None = None) -> Runtime:
    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    if publish is None:
        publish = celery_publisher(settings)
    runtime = Runtime(settings, store, publish, celery_dispatcher(settings), broker_client(settings, store))
    app.extensions["factrecon"] = runtime
    return runtime


class CeleryPublisher:
    """Publishes extraction tasks; the Celery app (and its broker pool) is created on first publish.

    Called with one article id it publishes one task; `many` publishes one task per id through one kombu
    producer batch: one Redis pipeline (a single round trip) for the whole list instead of one LPUSH each."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._app: Any = None

    def _celery(self) -> Any:
        if self._app is None:
            from workers.celery_app import create_celery_app

            self._app = create_celery_app(self.settings)
        return self._app

    @staticmethod
    def _headers() -> dict[str, str]:
        # The request id rides along as a task header, so the worker's log lines carry it too.
        request_id = g.get("request_id") if has_request_context() else None
        return {"request_id": request_id} if request_id else {}

    def __call__(self, article_id: str) -> object:
        from workers.celery_app import PROCESS_ARTICLE

        return self._celery().send_task(
            PROCESS_ARTICLE, args=[article_id], headers=self._headers(), retry=True, retry_policy={"max_retries": 2}
        )

    def many(self, article_ids: Sequence[str]) -> None:
        from workers.celery_app import PROCESS_ARTICLE

        app, headers = self._celery(), self._headers()
        with app.producer_or_acquire() as producer:
            # kombu >= 5.7 buffers a batch's publishes in one Redis pipeline; older kombu publishes one by one.
            batch = producer.batch(max_size=max(1, len(article_ids))) if hasattr(producer, "batch") else nullcontext()
            with batch:
                for article_id in article_ids:
                    app.send_task(PROCESS_ARTICLE, args=[article_id], headers=headers, producer=producer)


def publish_each(publish: Callable[[str], object]) -> Callable[[Sequence[str]], object]:
    """A batch publisher from a single one (tests pass their own `publish`): one call per id."""

    def many(article_ids: Sequence[str]) -> None:
        for article_id in article_ids:
            publish(article_id)

    return many


def celery_publisher(settings: Settings) -> CeleryPublisher:
    return CeleryPublisher(settings)


def celery_dispatcher(settings: Settings) -> Callable[[list[str]], object]:
    """Publishes the outbox dispatch task for entries a request committed; if the broker is unreachable the
    entries stay pending and the periodic outbox sweep dispatches them."""
    from workers.celery_app import DISPATCH_OUTBOX, create_celery_app

    celery_app = None

    def dispatch(entry_ids: list[str]) -> object:
        nonlocal celery_app
        if celery_app is None:
            celery_app = create_celery_app(settings)
        return celery_app.send_task(
            DISPATCH_OUTBOX, args=[entry_ids], retry=True, retry_policy={"max_retries": 2},
            queue=Keys(settings.key_prefix).webhook_queue,
        )

    return dispatch


def runtime() -> Runtime:
    rt: Runtime = current_app.extensions["factrecon"]
    return rt
