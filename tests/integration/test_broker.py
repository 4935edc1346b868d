"""FACTRECON_BROKER_URL: Celery's queues on one redis-server, the data on another (real servers, real worker)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from settings import Settings
from store.keys import Keys
from store.redis_server import RedisServer
from tests.conftest import start_worker, stop_worker, wait_for_status

pytestmark = pytest.mark.integration

PREFIX = "brokertest"
ARTICLE = {
    "source": "Broker Gazette",
    "title": "Three hurt in tram collision",
    "text": "Three passengers were injured on Friday when two trams collided in central Graz, police said.",
}


@pytest.fixture(scope="module")
def two_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RedisServer, RedisServer]]:
    data = RedisServer(tmp_path_factory.mktemp("data-redis")).start()
    broker = RedisServer(tmp_path_factory.mktemp("broker-redis")).start()
    yield data, broker
    broker.stop()
    data.stop()


def _queue_depth(app, queue: str) -> float:  # type: ignore[no-untyped-def]
    text = app.test_client().get("/metrics").get_data(as_text=True)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "factrecon_queue_depth" and sample.labels.get("queue") == queue:
                return float(sample.value)
    raise AssertionError(f"no queue depth for {queue}")


def test_settings_default_the_broker_to_the_data_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTRECON_BROKER_URL", raising=False)
    monkeypatch.setenv("REDIS_URL", "redis://data.example:6379/0")
    assert Settings.from_env().effective_broker_url() == "redis://data.example:6379/0"
    monkeypatch.setenv("FACTRECON_BROKER_URL", "redis://broker.example:6380/0")
    settings = Settings.from_env()
    assert settings.effective_broker_url() == "redis://broker.example:6380/0"
    assert settings.effective_redis_url() == "redis://data.example:6379/0"

    from workers.celery_app import create_celery_app

    assert create_celery_app(settings).conf.broker_url == "redis://broker.example:6380/0"


def test_worker_consumes_from_the_broker_redis_while_data_lands_in_the_data_redis(
    two_redis: tuple[RedisServer, RedisServer], tmp_path: Path
) -> None:
    from service.app import create_app

    data_server, broker_server = two_redis
    settings = Settings(
        redis_url=data_server.url, broker_url=broker_server.url, key_prefix=PREFIX, auth=False, stuck_after_seconds=600
    )
    keys = Keys(PREFIX)
    data = redis.Redis.from_url(data_server.url, decode_responses=True)
    broker = redis.Redis.from_url(broker_server.url, decode_responses=True)
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings})
    client = app.test_client()
    try:
        # No worker yet: the task waits in the broker's queue, and the data Redis has the article but no queue.
        response = client.post("/v1/articles", json=ARTICLE)
        assert response.status_code == 202, response.get_json()
        article_id = response.get_json()["id"]
        assert broker.llen(keys.celery_queue) == 1
        assert data.llen(keys.celery_queue) == 0
        assert data.exists(keys.article(article_id)) and not broker.exists(keys.article(article_id))
        assert _queue_depth(app, keys.celery_queue) == 1  # /metrics reads queue depths from the broker

        worker = start_worker(settings, tmp_path / "worker.log", concurrency=1, name="broker-test")
        try:
            article = wait_for_status(client, article_id)
        finally:
            stop_worker(worker)
        assert article["status"] == "done" and article["claims"], article
        assert broker.llen(keys.celery_queue) == 0
        # Everything of ours is in the data Redis; kombu's bindings and queues only in the broker Redis.
        assert not [k for k in broker.scan_iter(f"{PREFIX}:*")], "no data key in the broker Redis"
        assert [k for k in data.scan_iter(f"{PREFIX}:event:*")], "the article's event is in the data Redis"
        assert [k for k in broker.scan_iter("_kombu.binding.*")]
        assert not [k for k in data.scan_iter("_kombu.*")], "no kombu key in the data Redis"
    finally:
        app.extensions["factrecon.metrics"].flush()
        data.close()
        broker.close()


def test_the_publishers_task_message_is_the_one_send_task_pushes(two_redis: tuple[RedisServer, RedisServer]) -> None:
    """CeleryPublisher builds its messages itself (workers.celery_app.task_messages): the message on the
    broker's list must be Celery's own, field for field, but for the per-message ids."""
    from dataclasses import replace

    from service.extensions import CeleryPublisher
    from workers.celery_app import PROCESS_ARTICLE, create_celery_app

    _, broker = two_redis
    settings = replace(Settings(redis_url=broker.url, key_prefix="msgtest"), broker_url=broker.url)
    queue = Keys(settings.key_prefix).celery_queue
    client = redis.Redis.from_url(broker.url, decode_responses=True)
    client.delete(queue)
    create_celery_app(settings).send_task(PROCESS_ARTICLE, args=["art-1"], headers={"request_id": "r1"})
    celery_own = json.loads(client.rpop(queue) or "{}")
    CeleryPublisher(settings).many(["art-1", "art-2"])
    ours = [json.loads(m) for m in reversed(client.lrange(queue, 0, -1))]  # consumed from the right: in order
    client.delete(queue)

    def without_ids(message: dict) -> dict:  # type: ignore[type-arg]
        headers = {k: v for k, v in message["headers"].items() if k not in ("id", "root_id", "request_id")}
        properties = {k: v for k, v in message["properties"].items() if k not in ("correlation_id", "delivery_tag")}
        return {**message, "headers": headers, "properties": properties, "body": base64.b64decode(message["body"])}

    assert celery_own["properties"]["reply_to"] and ours[0]["properties"]["reply_to"]
    celery_own["properties"]["reply_to"] = ours[0]["properties"]["reply_to"] = "any"
    assert without_ids(ours[0]) == without_ids(celery_own)
    assert [json.loads(base64.b64decode(m["body"]))[0] for m in ours] == [["art-1"], ["art-2"]]
    assert len({m["headers"]["id"] for m in ours} | {m["properties"]["delivery_tag"] for m in ours}) == 4
    assert all(m["headers"]["root_id"] == m["headers"]["id"] == m["properties"]["correlation_id"] for m in ours)
