"""Prometheus `/metrics`, per-request latency, JSON access log lines and the request id context.

Metrics work across processes by living in Redis (see store/metrics.py): each gunicorn process buffers its
request latencies and flushes them to Redis about once a second from a background thread; the worker adds
article processing times and webhook attempt outcomes directly. A scrape of any API process reads the
totals from Redis, plus the queue depths (LLEN of the Celery queues, on the broker Redis) and article counts
by status. When Redis is unreachable, /metrics still answers, with `factrecon_redis_up 0` and only that.

Label values are bounded (unknown methods are `OTHER`, unmatched paths `<unmatched>`). With auth on, a scrape
needs an admin key unless FACTRECON_METRICS_AUTH=off opens /metrics (e.g. behind a private scrape network).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import redis
from flask import Flask, Response, g, request, request_started
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from service.auth import require
from settings import Settings
from store.keys import Keys
from store.metrics import PROCESSING_BUCKETS, REQUEST_BUCKETS, BufferedHistogram, read_histograms
from store.repository import RedisStore

access_log = logging.getLogger("factrecon.access")

# Label values are bounded: a client choosing its method or path must not create a series per request.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "OTHER"
UNMATCHED = "<unmatched>"


def method_label(method: str) -> str:
    return method if method in KNOWN_METHODS else OTHER_METHOD

KOMBU_PRIORITY_SEPARATOR = "\x06\x16"
KOMBU_PRIORITY_STEPS = (3, 6, 9)  # kombu's Redis transport keeps priority 0 under the bare queue name


def queue_depth(client: redis.Redis, queue: str) -> int:
    """Messages waiting in a Celery queue on the Redis broker (all of kombu's priority lists)."""
    names = [queue, *(f"{queue}{KOMBU_PRIORITY_SEPARATOR}{step}" for step in KOMBU_PRIORITY_STEPS)]
    with client.pipeline(transaction=False) as pipe:
        for name in names:
            pipe.llen(name)
        return sum(int(n) for n in pipe.execute())


class RequestMetrics:
    """Buffers request latencies in this process and flushes them to Redis from a daemon thread."""

    def __init__(self, store: RedisStore, interval: float = 1.0) -> None:
        self.store = store
        self.histogram = BufferedHistogram(store.keys.metrics_requests, REQUEST_BUCKETS, interval)
        self._thread_pid: int | None = None
        self._start_lock = threading.Lock()

    def observe(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        self.histogram.observe((endpoint, method, str(status)), seconds)
        if self._thread_pid != os.getpid():  # first request in this (possibly forked) process
            with self._start_lock:
                if self._thread_pid != os.getpid():
                    self._thread_pid = os.getpid()
                    threading.Thread(target=self._flush_loop, name="factrecon-metrics", daemon=True).start()

    def _flush_loop(self) -> None:
        while True:
            time.sleep(self.histogram.interval)
            if self.histogram.due():
                self.histogram.flush(self.store.r)

    def flush(self) -> None:
        self.histogram.flush(self.store.r)


class RedisCollector(Collector):
    def __init__(self, store: RedisStore, request_metrics: RequestMetrics, broker: redis.Redis | None = None) -> None:
        self.store = store
        self.request_metrics = request_metrics
        self.broker = broker if broker is not None else store.r  # Celery's queues (FACTRECON_BROKER_URL)

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("factrecon_redis_up", "1 when Redis answered this scrape, else 0.")
        try:
            families = list(self._from_redis())
        except redis.exceptions.RedisError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _from_redis(self) -> Iterator[Metric]:
        keys: Keys = self.store.keys
        client = self.store.r
        self.request_metrics.flush()

        latency = HistogramMetricFamily(
            "factrecon_http_request_duration_seconds",
            "API request latency by route template, method and status (all API processes).",
            labels=["endpoint", "method", "status"],
        )
        for data in read_histograms(client, keys.metrics_requests, REQUEST_BUCKETS):
            latency.add_metric(list(data.labels), [(_bound(b), c) for b, c in data.buckets], data.sum)
        yield latency

        processing = HistogramMetricFamily(
            "factrecon_article_processing_seconds",
            "Worker time per article (extraction and grouping), by outcome (all worker processes).",
            labels=["outcome"],
        )
        for data in read_histograms(client, keys.metrics_processing, PROCESSING_BUCKETS):
            processing.add_metric(list(data.labels), [(_bound(b), c) for b, c in data.buckets], data.sum)
        yield processing

        depth = GaugeMetricFamily("factrecon_queue_depth", "Messages waiting in a Celery queue.", labels=["queue"])
        for queue in (keys.celery_queue, keys.webhook_queue):
            depth.add_metric([queue], queue_depth(self.broker, queue))
        yield depth

        articles = GaugeMetricFamily("factrecon_articles", "Stored articles by status.", labels=["status"])
        for status, count in self.store.count_by_status().items():
            articles.add_metric([status], count)
        yield articles

        attempts = CounterMetricFamily(
            "factrecon_webhook_attempts", "Webhook delivery attempts by outcome.", labels=["outcome"]
        )
        for outcome, count in sorted(client.hgetall(keys.metrics_webhook_attempts).items()):
            attempts.add_metric([outcome], float(count))
        yield attempts


def _bound(bound: float) -> str:
    return "+Inf" if bound == float("inf") else repr(bound)


def init_observability(app: Flask) -> None:
    """Latency metrics, one JSON access log line per request, and GET /metrics (after `init_app`)."""
    store: RedisStore = app.extensions["factrecon"].store
    request_metrics = RequestMetrics(store)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RedisCollector(store, request_metrics, app.extensions["factrecon"].broker))
    app.extensions["factrecon.metrics"] = request_metrics

    def _started(sender: Flask, **_: Any) -> None:
        g.factrecon_started = time.perf_counter()

    request_started.connect(_started, app, weak=False)

    @app.after_request
    def _observe(response: Response) -> Response:
        started = g.get("factrecon_started")
        if started is None:
            return response
        seconds = time.perf_counter() - started
        endpoint = request.url_rule.rule if request.url_rule is not None else UNMATCHED
        if endpoint != "/metrics":
            request_metrics.observe(endpoint, method_label(request.method), response.status_code, seconds)
        access_log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "endpoint": endpoint,
                "status": response.status_code,
                "duration_ms": round(seconds * 1000, 2),
            },
        )
        return response

    settings: Settings = app.extensions["factrecon"].settings

    @app.get("/metrics")
    def metrics() -> Response:
        if settings.auth and settings.metrics_auth:
            require("admin")
        # content_type, not mimetype: CONTENT_TYPE_LATEST already names its charset
        return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
