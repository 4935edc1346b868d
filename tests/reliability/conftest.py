"""Helpers for the crash tests: settings for a private namespace, and the production worker command.

Each crash test works in its own key prefix (so its Celery queue is its own) and, where Redis is killed, on
its own redis-server; the session fixtures in tests/conftest.py are never disturbed.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from pathlib import Path
from typing import Any

import psutil

from service.supervisor import worker_command
from settings import Settings
from tests.conftest import ROOT, wait_worker_ready, worker_env


def private_settings(redis_url: str, prefix: str, data_dir: Path, **overrides: Any) -> Settings:
    """Settings for one crash test. Authentication and rate limits are off/high where the build has them:
    these tests prove delivery, not access control. Unknown names are ignored by `from_env`."""
    values: dict[str, Any] = {
        "redis_url": redis_url,
        "key_prefix": prefix,
        "data_dir": data_dir,
        "auth": False,
        "rate_limit": "1000000/minute",
        "submit_rate_limit": "1000000/minute",
        **overrides,
    }
    return Settings.from_env(**values)


def start_production_worker(
    settings: Settings, log_path: Path, *, beat: bool = True, extra_env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """The worker exactly as `factrecon up` runs it (`-B` runs the sweeper), in its own process group."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # At the API's priority (FACTRECON_WORKER_NICE=0): these tests race the worker against a burst and a
    # deadline, and a niced worker would make them depend on whatever else loads the machine.
    env = {**worker_env(settings), "FACTRECON_WORKER_NICE": "0", **(extra_env or {})}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            worker_command(settings, beat=beat), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return wait_worker_ready(process, log_path, on_timeout=lambda: kill_tree(process.pid))


def pool_children(pid: int) -> list[int]:
    """The worker's prefork pool processes (and, with -B, the embedded beat process)."""
    try:
        return [child.pid for child in psutil.Process(pid).children(recursive=False)]
    except psutil.NoSuchProcess:
        return []


def kill_tree(pid: int) -> None:
    """SIGKILL a worker and every process under it: a machine losing the whole worker at once."""
    try:
        parent = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    procs = [parent, *parent.children(recursive=True)]
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
    psutil.wait_procs(procs, timeout=10)


def stop_tree(process: subprocess.Popen[bytes]) -> None:
    """Warm shutdown (SIGTERM), then SIGKILL whatever is left."""
    if process.poll() is None:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=20)
    kill_tree(process.pid)
    if process.poll() is None:
        process.wait(timeout=10)


def wait_while_progressing(  # type: ignore[no-untyped-def]
    done, total: int, stalled_after: float, interval: float = 0.5, what: str = "work"
) -> None:
    """Wait until `done()` reaches `total`, for as long as it keeps rising: fail when it stalls for `stalled_after`
    seconds (work stuck), never because a loaded machine works slowly (a backlog's size is no deadline)."""
    last, since = -1, time.monotonic()
    while True:
        now = done()
        if now >= total:
            return
        if now > last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since > stalled_after:
            raise AssertionError(f"{what}: stuck at {now}/{total}, no progress for {stalled_after}s")
        time.sleep(interval)


def wait_until(predicate, timeout: float, interval: float = 0.1, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"{what} not reached within {timeout}s")
