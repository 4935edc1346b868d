"""Histograms and counters kept in Redis, so every process contributes to one set of series.

The API runs as several gunicorn processes and the worker as several Celery pool processes; a scrape of
/metrics reaches one API process only. So each process adds its observations to Redis hashes (one
pipelined round trip per flush) and /metrics reads them back: any process serves the whole picture, with no
shared directory and no per-process state to lose when gunicorn recycles a worker.

Layout of a histogram hash: field `<labels JSON>|<bucket index>` counts observations that fell in that
bucket (non-cumulative; the collector accumulates), `<labels JSON>|sum` and `<labels JSON>|count`.
"""

from __future__ import annotations

import bisect
import json
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import redis

LabelValues = tuple[str, ...]

REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
PROCESSING_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


@dataclass(frozen=True)
class HistogramData:
    labels: LabelValues
    buckets: list[tuple[float, int]]  # (upper bound, cumulative count), +Inf last
    sum: float


def _labels_field(labels: LabelValues) -> str:
    return json.dumps(list(labels), separators=(",", ":"))


def histogram_increments(
    observations: Iterable[tuple[LabelValues, float]], bounds: Sequence[float]
) -> dict[str, float]:
    """Hash field increments for a batch of observations."""
    incr: dict[str, float] = defaultdict(float)
    for labels, value in observations:
        prefix = _labels_field(labels)
        incr[f"{prefix}|{bisect.bisect_left(bounds, value)}"] += 1
        incr[f"{prefix}|sum"] += value
        incr[f"{prefix}|count"] += 1
    return incr


def write_increments(client: redis.Redis, key: str, incr: dict[str, float]) -> None:
    with client.pipeline(transaction=False) as pipe:
        for name, amount in incr.items():
            if name.endswith("|sum"):
                pipe.hincrbyfloat(key, name, amount)
            else:
                pipe.hincrby(key, name, int(amount))
        pipe.execute()


def read_histograms(client: redis.Redis, key: str, bounds: Sequence[float]) -> Iterator[HistogramData]:
    raw: dict[str, str] = client.hgetall(key)
    per_labels: dict[str, dict[str, float]] = defaultdict(dict)
    for name, value in raw.items():
        labels_json, _, part = name.rpartition("|")
        per_labels[labels_json][part] = float(value)
    for labels_json, parts in sorted(per_labels.items()):
        cumulative = 0
        buckets: list[tuple[float, int]] = []
        for index, bound in enumerate([*bounds, float("inf")]):
            cumulative += int(parts.get(str(index), 0))
            buckets.append((bound, cumulative))
        yield HistogramData(tuple(json.loads(labels_json)), buckets, parts.get("sum", 0.0))


class BufferedHistogram:
    """Collects observations in memory and writes them to Redis at most every `interval` seconds, so a
    request never waits on (or fails because of) Redis for its metrics. Losing up to one interval's worth
    of observations when a process dies is the accepted cost."""

    def __init__(self, key: str, bounds: Sequence[float], interval: float = 1.0) -> None:
        self.key = key
        self.bounds = list(bounds)
        self.interval = interval
        self._pending: list[tuple[LabelValues, float]] = []
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()
        self._failed_until = 0.0

    def observe(self, labels: LabelValues, value: float) -> None:
        with self._lock:
            if len(self._pending) < 100_000:  # bounded while Redis is away
                self._pending.append((labels, value))

    def due(self) -> bool:
        now = time.monotonic()
        return now - self._last_flush >= self.interval and now >= self._failed_until

    def flush(self, client: redis.Redis) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
            self._last_flush = time.monotonic()
        if not batch:
            return
        try:
            write_increments(client, self.key, histogram_increments(batch, self.bounds))
        except redis.exceptions.RedisError:
            self._failed_until = time.monotonic() + 5  # back off; keep the batch for the next try
            with self._lock:
                self._pending = batch + self._pending
