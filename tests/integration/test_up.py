"""`factrecon up` (what `make run` starts): two side by side do not interfere, and Ctrl-C stops everything."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import requests

from store.redis_server import free_port
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def _start(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
        "FACTRECON_PORT": str(port),
        "FACTRECON_DATA_DIR": str(data_dir),
        "FACTRECON_AUTH": "off",
        "FACTRECON_WORKER_CONCURRENCY": "1",
        "FACTRECON_API_WORKERS": "1",
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "up.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "up"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    return process, f"http://127.0.0.1:{port}"


def _wait_ready(process: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if requests.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    pytest.fail(f"not ready:\n{log.read_text()}")


def _descendants(process: subprocess.Popen[bytes]) -> list[psutil.Process]:
    return psutil.Process(process.pid).children(recursive=True)


def _service_processes(data_dir: Path) -> list[str]:
    """Every live process started for the service in `data_dir`, found by the environment `up` gives its
    children (so orphans re-parented to init are found too), not by who their parent is now."""
    wanted = str(data_dir)
    found = []
    for proc in psutil.process_iter(["pid", "cmdline", "environ", "status"]):
        try:
            env = proc.info["environ"] or {}
            if proc.info["status"] == psutil.STATUS_ZOMBIE or proc.pid == os.getpid():
                continue
            if env.get("FACTRECON_DATA_DIR") == wanted:
                found.append(f"{proc.pid}: {' '.join(proc.info['cmdline'] or [])}")
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def _assert_nothing_left(data_dirs: list[Path], children: list[psutil.Process]) -> None:
    deadline = time.monotonic() + 10  # SIGKILLed orphans disappear at once; a SIGTERMed beat takes a moment
    left: list[str] = []
    while time.monotonic() < deadline:
        left = [p for d in data_dirs for p in _service_processes(d)]
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.ZombieProcess):
                if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                    left.append(f"{child.pid}: {' '.join(child.cmdline())}")
        if not left:
            return
        time.sleep(0.3)
    pytest.fail(f"processes of the service outlived it: {sorted(set(left))}")


def test_two_services_side_by_side_then_ctrl_c(tmp_path: Path) -> None:
    first, first_url = _start(tmp_path / "a")
    second, second_url = _start(tmp_path / "b")
    children: list[psutil.Process] = []
    try:
        _wait_ready(first, first_url, tmp_path / "a" / "up.log")
        _wait_ready(second, second_url, tmp_path / "b" / "up.log")
        children = _descendants(first) + _descendants(second)
        assert any("redis-server" in " ".join(c.cmdline()) for c in children)
        body = {"text": "Two people were injured in a fire in Porto on Tuesday, firefighters said.", "source": "A"}
        created = requests.post(f"{first_url}/v1/articles", json=body, timeout=10)
        assert created.status_code == 202
        article_id = created.json()["id"]
        assert requests.get(f"{first_url}/v1/articles/{article_id}", timeout=10).status_code == 200
        assert requests.get(f"{second_url}/v1/articles/{article_id}", timeout=10).status_code == 404
        assert (tmp_path / "a" / "redis" / "factrecon.aof").exists() or any((tmp_path / "a" / "redis").glob("*.aof*"))
    finally:
        for process in (first, second):
            process.send_signal(signal.SIGINT)
        codes = [p.wait(timeout=60) for p in (first, second)]
    assert codes == [0, 0]
    _assert_nothing_left([tmp_path / "a", tmp_path / "b"], children)


def test_a_worker_that_dies_under_up_is_restarted(tmp_path: Path) -> None:
    process, url = _start(tmp_path / "c")
    try:
        _wait_ready(process, url, tmp_path / "c" / "up.log")

        def worker_mains() -> list[psutil.Process]:
            found = []
            for child in psutil.Process(process.pid).children():
                try:  # the killed worker is a zombie until the supervisor reaps it
                    if child.status() != psutil.STATUS_ZOMBIE and " worker " in " ".join(child.cmdline()):
                        found.append(child)
                except (psutil.ZombieProcess, psutil.NoSuchProcess):
                    continue
            return found

        (first,) = worker_mains()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not first.children(recursive=True):  # the pool may still be forking
            time.sleep(0.2)
        first_children = first.children(recursive=True)  # its pool: they must die with it, not be killed here
        assert first_children
        first.kill()
        _, alive = psutil.wait_procs(first_children, timeout=15)  # no Ctrl-C yet: they go because their parent went
        assert not alive, [" ".join(c.cmdline()) for c in alive]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not [w for w in worker_mains() if w.pid != first.pid]:
            time.sleep(0.3)
        assert [w for w in worker_mains() if w.pid != first.pid], (tmp_path / "c" / "up.log").read_text()
        body = {"text": "Three people were injured in a fire in Lyon on Monday, firefighters said.", "source": "C"}
        article_id = requests.post(f"{url}/v1/articles", json=body, timeout=10).json()["id"]
        status = "queued"
        while time.monotonic() < deadline + 60 and status not in ("done", "failed"):
            status = requests.get(f"{url}/v1/articles/{article_id}", timeout=10).json()["status"]
            time.sleep(0.3)
        assert status == "done"
        assert "worker exited" in (tmp_path / "c" / "up.log").read_text()
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=60)
    assert code == 0
    _assert_nothing_left([tmp_path / "c"], [])


def test_beat_runs_as_its_own_supervised_process(tmp_path: Path) -> None:
    process, url = _start(tmp_path / "d")
    try:
        _wait_ready(process, url, tmp_path / "d" / "up.log")
        commands = [" ".join(c.cmdline()) for c in psutil.Process(process.pid).children()]
        assert any(" beat " in f"{c} " for c in commands), commands
        assert not any(" -B" in c for c in commands), commands
        control = f"--control-socket {(tmp_path / 'd').resolve() / 'gunicorn.ctl'}"
        assert any(control in c for c in commands), commands
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=60)
    assert code == 0
    _assert_nothing_left([tmp_path / "d"], [])
