"""A worker killed outright (SIGKILL of its main process) leaves no process behind.

The worker runs exactly as `factrecon worker --beat` runs it (`-B`: an embedded beat child, plus the prefork
pool). Before workers/orphans.py, the embedded beat survived its parent's SIGKILL, re-parented to init, and
went on scheduling sweeps forever. Nothing here kills the children: they must go by themselves.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import psutil
import pytest

from store.redis_server import RedisServer
from tests.reliability.conftest import kill_tree, private_settings, start_production_worker, wait_until

pytestmark = pytest.mark.integration


def _alive(procs: list[psutil.Process]) -> list[str]:
    left = []
    for proc in procs:
        try:
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                left.append(f"{proc.pid}: {' '.join(proc.cmdline())}")
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
    return left


def test_children_of_a_killed_worker_die_with_it(redis_server: RedisServer, tmp_path: Path) -> None:
    settings = private_settings(redis_server.url, "orphans", tmp_path / "data")
    worker: subprocess.Popen[bytes] = start_production_worker(settings, tmp_path / "worker.log", beat=True)
    children: list[psutil.Process] = []
    try:
        main = psutil.Process(worker.pid)
        # The pool (concurrency) and the embedded beat: wait until all have been forked.
        wait_until(lambda: len(main.children()) >= settings.worker_concurrency + 1, timeout=60,
                   what="pool and embedded beat started")
        children = main.children(recursive=True)
        main.kill()
        worker.wait(timeout=10)
        _, still = psutil.wait_procs(children, timeout=20)  # no one kills them: they go because their parent went
    finally:
        left = _alive(children)
        for child in children:  # clean up after a failure only: a passing run finds nothing to kill
            kill_tree(child.pid)
        kill_tree(worker.pid)
    assert not still and not left, left
