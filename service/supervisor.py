"""`factrecon up`: redis-server (unless REDIS_URL is set), a Celery worker, celery beat and the API.

All run in the foreground as child processes; Ctrl-C (SIGINT) or SIGTERM stops them in reverse order: the API
stops taking requests, beat stops scheduling, the worker finishes its current task (warm shutdown), then Redis
saves and fsyncs its AOF. Beat (the periodic sweeps) is its own supervised process, not the worker's embedded
`-B` child, so a worker killed outright leaves no scheduler behind; every child is also asked to stop
(SIGTERM) if the supervisor itself dies (workers/orphans.py), and the worker's own children die with it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

from service.http_server import GUNICORN_LIMITS, WORKER_CLASS
from settings import Settings
from store.keys import Keys
from store.redis_server import RedisServer

MAX_RESTARTS_PER_MINUTE = 5


def worker_command(settings: Settings, *, beat: bool = True) -> list[str]:
    data_dir = settings.data_dir.resolve()
    command = [
        sys.executable, "-m", "celery", "-A", "workers.celery_app:app", "worker",
        "--concurrency", str(settings.worker_concurrency),
        "--loglevel", settings.log_level,
        "-Q", f"{Keys(settings.key_prefix).celery_queue},{Keys(settings.key_prefix).webhook_queue}",
        "--hostname", f"factrecon-{settings.port}@%h",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    if beat:  # `factrecon worker --beat`: the periodic sweeps from a beat embedded in this worker
        command += ["-B", "--schedule", str(data_dir / "celerybeat-schedule")]
    return command


def beat_command(settings: Settings) -> list[str]:
    """Celery beat on its own: publishes the periodic sweeps (stuck articles, pending webhook outbox)."""
    data_dir = settings.data_dir.resolve()
    return [
        sys.executable, "-m", "celery", "-A", "workers.celery_app:app", "beat",
        "--loglevel", settings.log_level,
        "--schedule", str(data_dir / "celerybeat-schedule"),
    ]  # fmt: skip


def control_socket(settings: Settings) -> str:
    """gunicorn's control socket, per instance (the default, ~/.gunicorn/gunicorn.ctl, is shared machine-wide)."""
    return str(settings.data_dir.resolve() / "gunicorn.ctl")


def api_command(settings: Settings) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn",
        "--bind", f"{settings.host}:{settings.port}",
        "--workers", str(settings.api_workers),
        "--threads", str(settings.api_threads),
        "--worker-class", WORKER_CLASS,  # gthread, answering the server's own errors as problem+json
        *(part for item in GUNICORN_LIMITS.items() for part in item),
        "--log-level", settings.log_level.lower(),
        "--graceful-timeout", "10",
        "--control-socket", control_socket(settings),
        "service.wsgi:create()",  # JSON logs; one JSON access line per request replaces gunicorn's access log
    ]  # fmt: skip


def _redacted(url: str) -> str:
    """The URL without its password, for log lines."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname}{f':{parts.port}' if parts.port else ''}"
    return parts._replace(netloc=netloc).geturl()


class Supervisor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.redis: RedisServer | None = None
        self.children: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.restarts: dict[str, list[float]] = {}
        self.env: dict[str, str] = {}
        self.stopping = False
        self.stop_requested = False

    def start(self) -> None:
        env = dict(os.environ)
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.settings.redis_url:
            self.redis = RedisServer(self.settings.data_dir.resolve() / "redis").start(own_process_group=True)
            self.settings.embedded_redis_url_file.write_text(self.redis.url + "\n")
            env["REDIS_URL"] = self.redis.url
            print(f"factrecon: redis-server on {self.redis.url} (AOF in {self.redis.data_dir})", flush=True)
        env.setdefault("FACTRECON_DATA_DIR", str(self.settings.data_dir.resolve()))
        if self.settings.broker_url:
            print(f"factrecon: Celery broker on {_redacted(self.settings.broker_url)}", flush=True)
        # Children get their own process group: Ctrl-C reaches only us, and we stop them in order.
        self.env = env
        self.children.append(("worker", self._spawn("worker")))
        self.children.append(("beat", self._spawn("beat")))
        self.children.append(("api", self._spawn("api")))
        print(f"factrecon: API on http://{self.settings.host}:{self.settings.port}  (docs: /docs)", flush=True)

    def _spawn(self, name: str) -> subprocess.Popen[bytes]:
        from workers.orphans import preexec_die_with_parent

        commands = {
            "worker": lambda: worker_command(self.settings, beat=False),
            "beat": lambda: beat_command(self.settings),
            "api": lambda: api_command(self.settings),
        }
        # preexec_fn is safe here: the supervisor has a single thread.
        return subprocess.Popen(
            commands[name](), env=self.env, process_group=0, preexec_fn=preexec_die_with_parent
        )

    def restart_dead_children(self) -> bool:
        """Restart a worker or API that died (with a short backoff); False once one keeps dying."""
        for index, (name, child) in enumerate(self.children):
            if child.poll() is None or self.stop_requested:
                continue
            now = time.monotonic()
            recent = [t for t in self.restarts.get(name, []) if now - t < 60]
            if len(recent) >= MAX_RESTARTS_PER_MINUTE:
                print(f"factrecon: {name} exited with {child.returncode} {len(recent)} times in a minute", flush=True)
                return False
            print(f"factrecon: {name} exited with {child.returncode}; restarting it", flush=True)
            time.sleep(min(5.0, 0.5 * 2 ** len(recent)))
            self.restarts[name] = [*recent, now]
            self.children[index] = (name, self._spawn(name))
        return True

    def stop(self) -> None:
        if self.stopping:
            return
        self.stopping = True
        for name, child in reversed(self.children):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
                try:
                    child.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    print(f"factrecon: {name} did not stop in time; killing it", flush=True)
                    child.kill()
                    child.wait()
        if self.redis is not None:
            self.redis.stop()
            with contextlib.suppress(OSError):
                self.settings.embedded_redis_url_file.unlink()

    def run(self) -> int:
        """Run until a signal. A worker or API that dies is restarted; one that keeps dying (5 times in a
        minute) or a dead embedded Redis stops everything with exit code 1."""

        def on_signal(signum: int, _frame: object) -> None:
            # Only a flag: an exception raised here could land between spawning a child and recording it,
            # and that child would outlive us.
            self.stop_requested = True

        # Also SIGINT explicitly: a shell that starts us in the background leaves SIGINT ignored.
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        try:
            self.start()
            while not self.stop_requested:
                if self.redis is not None and self.redis.process is not None and self.redis.process.poll() is not None:
                    print("factrecon: redis-server exited; stopping", flush=True)
                    return 1
                if not self.restart_dead_children():
                    return 1
                time.sleep(0.5)
            print("factrecon: stopping", flush=True)
            return 0
        finally:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            self.stop()


def exec_worker(settings: Settings, *, beat: bool = False) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    os.execv(sys.executable, worker_command(settings, beat=beat))


def exec_api(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # the control socket lives there
    os.execv(sys.executable, api_command(settings))


def exec_beat(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    os.execv(sys.executable, beat_command(settings))


__all__ = ["Supervisor", "api_command", "beat_command", "exec_api", "exec_beat", "exec_worker", "worker_command"]
