"""A real running service (`factrecon up`, as `make run` starts it, auth on) shared by the tests of a module.

`live_service` starts one `factrecon up` in a temporary data directory on a free port, with its own embedded
redis-server, waits for /readyz, and stops it with SIGINT (as Ctrl-C would) after the module's tests.
`run_cli(...)` runs the `factrecon` command line in a clean environment (no REDIS_URL, no key) plus what the
test gives it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from store.redis_server import free_port
from tests.conftest import ROOT

# Variables a developer's shell may carry that would change what the CLI under test talks to.
_CLIENT_VARS = ("REDIS_URL", "FACTRECON_API", "FACTRECON_API_KEY", "FACTRECON_DATA_DIR", "FACTRECON_PORT")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _CLIENT_VARS}
    env.update(extra)
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        cwd=ROOT, env=env if env is not None else clean_env(), input=input,
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip


@dataclass
class LiveService:
    url: str
    data_dir: Path
    log: Path

    def env(self, **extra: str) -> dict[str, str]:
        """What a client of this service sets: its API URL, and its data dir (so `keys` finds its Redis)."""
        return clean_env(FACTRECON_API=self.url, FACTRECON_DATA_DIR=str(self.data_dir), **extra)

    def create_key(self, *scopes: str) -> str:
        result = run_cli("keys", "create", *(f"--scope={s}" for s in scopes), "--name", "test", env=self.env())
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[-1]


def start_service(data_dir: Path, *, auth: bool = True) -> tuple[subprocess.Popen[bytes], LiveService]:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = clean_env(
        FACTRECON_PORT=str(port),
        FACTRECON_DATA_DIR=str(data_dir),
        FACTRECON_AUTH="on" if auth else "off",
        FACTRECON_WORKER_CONCURRENCY="1",
        FACTRECON_API_WORKERS="1",
    )
    log = data_dir / "up.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "up"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    return process, LiveService(f"http://127.0.0.1:{port}", data_dir, log)


def wait_ready(process: subprocess.Popen[bytes], service: LiveService, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"factrecon up exited with {process.returncode}:\n{service.log.read_text()}")
        try:
            if requests.get(f"{service.url}/readyz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    pytest.fail(f"factrecon up not ready after {timeout:g} s:\n{service.log.read_text()}")


def stop_service(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def live_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    """One `factrecon up` with auth on for the module's tests."""
    process, service = start_service(tmp_path_factory.mktemp("live") / "var")
    try:
        wait_ready(process, service)
        yield service
    finally:
        stop_service(process)
