"""/metrics (aggregated in Redis across processes) and JSON log lines."""

from __future__ import annotations

import io
import json
import logging
import time
from dataclasses import replace

import pytest
from prometheus_client.parser import text_string_to_metric_families

from service.logs import JsonFormatter, article_id_var
from tests.conftest import wait_for_status

pytestmark = pytest.mark.integration

ARTICLE = {
    "source": "Metrics Herald",
    "title": "Four hurt in depot blast",
    "text": "Four workers were injured on Tuesday when a blast hit a fuel depot near Brno, firefighters said.",
}


def _samples(client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.content_type.startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def _settle_earlier_apps(app, clean_redis) -> None:  # type: ignore[no-untyped-def]
    """Apps of earlier tests flush their buffered latencies from a daemon thread every interval: let any such
    flush land, then clear the histogram, so the counts below are this test's own."""
    metrics = app.extensions["factrecon.metrics"]
    time.sleep(metrics.histogram.interval * 1.5)
    clean_redis.delete(app.extensions["factrecon"].store.keys.metrics_requests)


def test_metrics_cover_requests_queues_articles_and_processing(app, client, worker, clean_redis) -> None:
    _settle_earlier_apps(app, clean_redis)
    article_id = client.post("/v1/articles", json=ARTICLE).get_json()["id"]
    client.get("/v1/articles/art_missing")
    assert wait_for_status(client, article_id)["status"] == "done"

    deadline = time.monotonic() + 20
    while True:
        samples = _samples(client)
        processed = samples.get(("factrecon_article_processing_seconds_count", (("outcome", "done"),)), 0)
        if processed >= 1 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert processed >= 1, "the worker recorded the article's processing time in Redis"
    assert samples[("factrecon_redis_up", ())] == 1
    submit = (("endpoint", "/v1/articles"), ("method", "POST"), ("status", "202"))
    assert samples[("factrecon_http_request_duration_seconds_count", submit)] == 1
    missing = (("endpoint", "/v1/articles/<article_id:article_id>"), ("method", "GET"), ("status", "404"))
    assert samples[("factrecon_http_request_duration_seconds_count", missing)] == 1
    assert samples[("factrecon_http_request_duration_seconds_bucket", tuple(sorted((*missing, ("le", "+Inf")))))] == 1
    assert samples[("factrecon_articles", (("status", "done"),))] == 1
    assert ("factrecon_queue_depth", (("queue", "test.extract"),)) in samples
    assert ("factrecon_queue_depth", (("queue", "test.webhooks"),)) in samples


def test_metrics_answer_when_redis_is_down(settings) -> None:
    from service.app import create_app

    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": replace(settings, redis_url="redis://127.0.0.1:1/0")})
    samples = _samples(app.test_client())
    assert samples[("factrecon_redis_up", ())] == 0


def test_log_lines_are_json_with_request_and_article_ids(app) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("factrecon.test-json")
    logger.addHandler(handler)
    try:
        with app.test_request_context("/v1/articles", headers={"X-Request-ID": "req-json-1"}):
            app.preprocess_request()
            logger.warning("inside %s", "a request")
        token = article_id_var.set("art_123")
        try:
            logger.info("in a task", extra={"task": "factrecon.process_article"})
        finally:
            article_id_var.reset(token)
        try:
            raise ValueError("boom")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    first, second, third = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["request_id"] == "req-json-1" and first["message"] == "inside a request"
    assert {"time", "level", "logger", "message"} <= set(first)
    assert first["level"] == "WARNING" and first["logger"] == "factrecon.test-json"
    assert second["article_id"] == "art_123" and second["task"] == "factrecon.process_article"
    assert "ValueError: boom" in third["exc_info"]
