"""Shared fixtures: a real redis-server (AOF on) and a real Celery worker process, started once per session.

Tests use their own key prefix ("test") so the worker's queue and all keys are namespaced; each test starts
from an empty namespace (only our keys are deleted, never kombu's bindings).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from settings import Settings
from store.redis_server import RedisServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PREFIX = "test"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def settings(redis_server: RedisServer) -> Settings:
    return Settings(redis_url=redis_server.url, key_prefix=PREFIX, stuck_after_seconds=5, auth=False)


def worker_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "REDIS_URL": settings.effective_redis_url(),
            "FACTRECON_KEY_PREFIX": settings.key_prefix,
            "FACTRECON_VISIBILITY_TIMEOUT": str(settings.visibility_timeout),
            "FACTRECON_STUCK_AFTER": str(settings.stuck_after_seconds),
            "FACTRECON_BROKER_URL": settings.broker_url or "",
        }
    )
    return env


def start_worker(settings: Settings, log_path: Path, concurrency: int = 2, name: str = "w1") -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "celery", "-A", "workers.celery_app:app", "worker",
        "--pool", "prefork", "--concurrency", str(concurrency), "--loglevel", "INFO",
        "-Q", f"{settings.key_prefix}.extract", "--hostname", f"{name}@%h",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    with log_path.open("wb") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(command, cwd=ROOT, env=worker_env(settings), stdout=log, stderr=subprocess.STDOUT)
    return wait_worker_ready(process, log_path, on_timeout=process.kill)


def wait_worker_ready(
    process: subprocess.Popen[bytes], log_path: Path, on_timeout: Callable[[], object], timeout: float = 60
) -> subprocess.Popen[bytes]:
    """Wait for Celery's "ready." line in the worker's log; fail with the log if it exits or hangs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited early:\n{log_path.read_text()}")
        if b"ready." in log_path.read_bytes():
            return process
        time.sleep(0.2)
    on_timeout()
    raise TimeoutError(f"worker not ready:\n{log_path.read_text()}")


def stop_worker(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def worker(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[subprocess.Popen[bytes]]:
    process = start_worker(settings, tmp_path_factory.mktemp("worker") / "worker.log")
    yield process
    stop_worker(process)


@pytest.fixture
def clean_redis(settings: Settings) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(settings.effective_redis_url())
    for key in client.scan_iter(f"{settings.key_prefix}:*"):
        client.delete(key)
    yield client
    client.close()


@pytest.fixture
def app(settings: Settings, clean_redis: redis.Redis):  # type: ignore[no-untyped-def]
    from service.app import create_app

    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings})
    yield app
    # Write this test's buffered request latencies now, not from the daemon thread after the next test has
    # cleaned Redis (they would then count in that test's /metrics).
    app.extensions["factrecon.metrics"].flush()


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    return app.test_client()


def wait_for_status(client, article_id: str, timeout: float = 60, want=("done", "failed")) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    body: dict = {}
    while time.monotonic() < deadline:
        body = client.get(f"/v1/articles/{article_id}").get_json()
        if body["status"] in want:
            return body
        time.sleep(0.1)
    raise AssertionError(f"article {article_id} still {body.get('status')} after {timeout}s")


pytest_plugins = ("tests.browser", "tests.live")  # browser/page/live_app (headless Chromium), live_service
