"""What views need at request time, built once per app by `init_app`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
    """Publishes extraction tasks: one Celery task message per article id, pushed on the broker's queue list.

    The messages are built by `task_messages` (what `send_task` would push) and pushed with one LPUSH on a
    client kept per publisher (its connection pool reused), for one id or many: one round trip either way,
    and a fraction of `send_task`'s CPU per POST. The delivery guarantees are the worker's (acks_late,
    task_reject_on_worker_lost, visibility timeout): the message is the same. A failed push raises: the
    article stays queued and the sweeper publishes it again."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: redis.Redis | None = None
        self._lock = threading.Lock()  # one client for all of an API process's threads
        self._queue = Keys(settings.key_prefix).celery_queue

    def _broker(self) -> redis.Redis:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = redis.Redis.from_url(
                        self.settings.effective_broker_url(), socket_timeout=5, socket_connect_timeout=2
                    )
        return self._client

    @staticmethod
    def _headers() -> dict[str, str]:
        # The request id rides along as a task header, so the worker's log lines carry it too.
        request_id = g.get("request_id") if has_request_context() else None
        return {"request_id": request_id} if request_id else {}

    def __call__(self, article_id: str) -> None:
        self.many([article_id])

    def many(self, article_ids: Sequence[str]) -> None:
        from workers.celery_app import PROCESS_ARTICLE, task_messages

        if article_ids:
            messages = task_messages(PROCESS_ARTICLE, [[i] for i in article_ids], self._queue, self._headers())
            self._broker().lpush(self._queue, *messages)


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
            DISPATCH_OUTBOX,
            args=[entry_ids],
            retry=True,
            retry_policy={"max_retries": 2},
            queue=Keys(settings.key_prefix).webhook_queue,
        )

    return dispatch


def runtime() -> Runtime:
    rt: Runtime = current_app.extensions["factrecon"]
    return rt
