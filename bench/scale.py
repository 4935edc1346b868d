"""Scale-out on one machine: a broker Redis, a data Redis, two API processes and 1, 2, 3 worker processes.

    .venv/bin/python bench/scale.py                        # 600 articles per phase, 1, 2 and 3 workers
    .venv/bin/python bench/scale.py --articles 300 --workers 1,2

It starts everything itself, on free loopback ports and in a temporary directory, and kills all of it at the
end (Ctrl-C included):
  - two redis-servers (AOF everysec, as `factrecon up` starts one): the broker (FACTRECON_BROKER_URL) and the
    data Redis (REDIS_URL);
  - two API processes: two gunicorn instances of `service.wsgi:create()`, one process x 4 threads each, started
    with `api_command` as `factrecon api` starts them, on two ports (the clients alternate between them, as
    behind a load balancer); auth on, rate limits raised for the run;
  - a bare Flask + Redis endpoint, served the same way (two gunicorn instances, one process x 4 threads):
    one JSON parse and one Redis SET of the body per request: the floor our POST is compared with;
  - per worker count N: N Celery worker processes (`worker_command`, concurrency 1 each, as N machines would
    run them), consuming from the broker Redis.

Phases (16 concurrent clients, closed loop: each sends its next request when the previous one is answered):
  1. bare endpoint, then POST /v1/articles with no worker running, then POST /v1/articles/batch (50 articles
     per request): requests/s, p50/p99, and API CPU per article (API processes' CPU time / articles).
  2. per N: drain (a backlog of --articles queued articles, N workers started: articles/s from the moment all
     are ready), then end to end (--articles new articles submitted one per POST while the N workers run, first
     POST to last article done: articles/s), reporting the POSTs' rate and p50/p99 too.
Both Redis servers are emptied before each worker count, so every N starts from the same state.
Article texts come from the GVA dev set (../shared/gva-dev/cases.jsonl, or --data), read at run time; by
default each carries its case's publication time and a phase's articles arrive in publication order, as a feed
delivers news (`--arrival shuffled`: no times, the order-guarantee's worst case, most arrivals regroup a block).
The load generator shares the machine's cores with everything else: CPU figures are per process group.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import psutil  # noqa: E402
import redis  # noqa: E402
from load import Client  # noqa: E402

from service.http_server import WORKER_CLASS  # noqa: E402
from service.supervisor import api_command, worker_command  # noqa: E402
from settings import Settings  # noqa: E402
from store.keys import Keys  # noqa: E402
from store.redis_server import RedisServer, free_port  # noqa: E402

PREFIX = "scale"
CLIENTS = 16
BATCH = 50
DEFAULT_DATA = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"


# --- the bare endpoint (gunicorn imports `scale:bare_app()`) -------------------------------------------------


def bare_app():  # type: ignore[no-untyped-def]
    """Flask, one JSON parse, one Redis write: what any submission endpoint on this stack costs at least."""
    import uuid

    from flask import Flask, jsonify, request

    app = Flask("bare")
    client = redis.Redis.from_url(os.environ["SCALE_BARE_REDIS_URL"])

    @app.post("/bare")
    def bare():  # type: ignore[no-untyped-def]
        data = json.loads(request.get_data())
        key = f"bare:{uuid.uuid4().hex}"
        client.set(key, json.dumps(data))
        return jsonify({"id": key, "status": "queued"}), 202

    return app


# --- load ---------------------------------------------------------------------------------------------------


@dataclass
class Load:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    elapsed: float = 0.0
    articles: int = 0  # articles carried (a batch request carries many)
    cpu: float = 0.0  # CPU seconds of the serving processes during the phase

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    @property
    def article_rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed else 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))] * 1000

    def line(self) -> str:
        per = f"   API CPU {self.cpu / self.articles * 1000:5.2f} ms/article" if self.articles and self.cpu else ""
        bad = {s: n for s, n in self.statuses.items() if s >= 300}
        return (
            f"{self.name:<44} {len(self.latencies):>5} req {self.rate:7.1f}/s ({self.article_rate:7.1f} articles/s)"
            f"   p50 {self.pct(50):6.1f} ms   p99 {self.pct(99):6.1f} ms{per}"
            + (f"   non-2xx {bad}" if bad else "")
            + (f"   errors {self.errors}" if self.errors else "")
        )


def closed_loop(
    name: str,
    bases: list[str],
    api_key: str | None,
    requests: list[tuple[str, bytes, int]],
    cpu_of: Callable[[], float] = lambda: 0.0,
    clients: int = CLIENTS,
    rate: float | None = None,
) -> Load:
    """Send every (path, body, articles) request from `clients` threads, each on its own keep-alive connection
    to one of `bases` (alternating, as a load balancer would). Closed loop, or open loop when `rate` is given
    (request i is sent at start + i / rate, by whichever client is free)."""
    result = Load(name)
    counter = itertools.count()
    lock = threading.Lock()
    ready = threading.Barrier(clients + 1)
    begun = [0.0]

    def run(base: str) -> None:
        client = Client(base, api_key)
        ready.wait()
        while True:
            with lock:
                i = next(counter)
            if i >= len(requests):
                return
            if rate:
                delay = begun[0] + i / rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            path, body, articles = requests[i]
            sent = time.perf_counter()
            try:
                status, _ = client.request("POST", path, body)
            except Exception:
                with lock:
                    result.errors += 1
                continue
            took = time.perf_counter() - sent
            with lock:
                result.latencies.append(took)
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status == 202:
                    result.articles += articles

    threads = [threading.Thread(target=run, args=(bases[i % len(bases)],), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    cpu_before = cpu_of()
    start = time.perf_counter()
    begun[0] = start
    ready.wait()
    for thread in threads:
        thread.join()
    result.elapsed = time.perf_counter() - start
    result.cpu = cpu_of() - cpu_before
    return result


# --- processes ----------------------------------------------------------------------------------------------


def tree_cpu(processes: list[subprocess.Popen[bytes]]) -> float:
    """CPU seconds (user + system) used so far by these processes and their living children."""
    total = 0.0
    for popen in processes:
        with contextlib.suppress(psutil.Error):
            parent = psutil.Process(popen.pid)
            for proc in [parent, *parent.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = proc.cpu_times()
                    total += times.user + times.system
    return total


def main_cpu(processes: list[subprocess.Popen[bytes]]) -> float:
    """CPU seconds used so far by these processes alone, not their children (a Celery worker's main process:
    receiving, acknowledging and handing tasks to its pool child)."""
    total = 0.0
    for popen in processes:
        with contextlib.suppress(psutil.Error):
            times = psutil.Process(popen.pid).cpu_times()
            total += times.user + times.system
    return total


def wait_http(base: str, path: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{base} exited early; see {log}")
        with contextlib.suppress(Exception):
            if Client(base, None).request("GET", path)[0] < 500:
                return
        time.sleep(0.2)
    raise TimeoutError(f"{base} not ready; see {log}")


class Rig:
    def __init__(self, work: Path, log_level: str) -> None:
        self.work = work
        self.log_level = log_level
        self.broker = RedisServer(work / "broker-redis")
        self.data = RedisServer(work / "data-redis")
        self.apis: list[subprocess.Popen[bytes]] = []
        self.api_bases: list[str] = []
        self.bares: list[subprocess.Popen[bytes]] = []
        self.bare_bases: list[str] = []
        self.workers: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}
        self.settings = Settings(key_prefix=PREFIX, log_level=log_level)

    def _log(self, name: str) -> Path:
        return self.work / f"{name}.log"

    def _spawn(self, name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        with self._log(name).open("wb") as out:
            # Our own process group: Ctrl-C at the terminal reaches only this script, which stops them in order.
            return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                    process_group=0)  # fmt: skip

    def start(self) -> None:
        self.broker.start()
        self.data.start()
        self.settings = replace(self.settings, redis_url=self.data.url, broker_url=self.broker.url)
        self.env = {
            **os.environ,
            "REDIS_URL": self.data.url,
            "FACTRECON_BROKER_URL": self.broker.url,
            "FACTRECON_KEY_PREFIX": PREFIX,
            "FACTRECON_LOG_LEVEL": self.log_level,
            "FACTRECON_AUTH": "on",
            "FACTRECON_RATE_LIMIT": "10000000/minute",
            "FACTRECON_SUBMIT_RATE_LIMIT": "10000000/minute",
            "FACTRECON_STUCK_AFTER": "3600",  # no beat runs here; nothing should be re-published mid-run anyway
        }
        for n in range(2):
            port, data_dir = free_port(), self.work / f"api-{n}"
            data_dir.mkdir()
            settings = replace(
                self.settings, port=port, api_workers=1, data_dir=data_dir, api_threads=Settings.from_env().api_threads
            )
            env = {**self.env, "FACTRECON_PORT": str(port), "FACTRECON_DATA_DIR": str(data_dir),
                   "FACTRECON_API_WORKERS": "1"}  # fmt: skip
            self.apis.append(self._spawn(f"api-{n}", api_command(settings), env))
            self.api_bases.append(f"http://127.0.0.1:{port}")
        for n in range(2):
            port = free_port()
            command = [
                sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4",
                "--worker-class", WORKER_CLASS, "--pythonpath", str(BENCH), "--log-level", "warning",
                "--control-socket", str(self.work / f"bare-{n}.ctl"), "scale:bare_app()",
            ]  # fmt: skip
            env = {**self.env, "SCALE_BARE_REDIS_URL": self.data.url}
            self.bares.append(self._spawn(f"bare-{n}", command, env))
            self.bare_bases.append(f"http://127.0.0.1:{port}")
        for base, process, name in zip(self.api_bases, self.apis, ("api-0", "api-1"), strict=True):
            wait_http(base, "/livez", process, self._log(name))
        for base, process, name in zip(self.bare_bases, self.bares, ("bare-0", "bare-1"), strict=True):
            wait_http(base, "/", process, self._log(name))

    def cpu_by_part(self) -> dict[str, float]:
        """CPU seconds used so far by each part of the rig, and by this load generator."""
        own = psutil.Process().cpu_times()
        return {
            "API": tree_cpu(self.apis),
            "workers": tree_cpu(self.workers),
            "(of which workers' main processes)": main_cpu(self.workers),
            "data Redis": tree_cpu([self.data.process] if self.data.process else []),
            "broker Redis": tree_cpu([self.broker.process] if self.broker.process else []),
            "load generator": own.user + own.system,
            "bare (idle)": tree_cpu(self.bares),
        }

    def data_client(self) -> redis.Redis:
        return redis.Redis.from_url(self.data.url)

    def reset(self) -> str:
        """Both Redis servers emptied; a new API key (submit, read) in the data Redis."""
        from store.apikeys import ApiKeyStore
        from store.repository import RedisStore
        from usecases.apikeys import create_key

        for url in (self.data.url, self.broker.url):
            with contextlib.closing(redis.Redis.from_url(url)) as client:
                client.flushall()
        store = RedisStore.from_url(self.data.url, PREFIX)
        _, plaintext = create_key(ApiKeyStore(store.r, store.keys), ["submit", "read"], name="scale bench")
        store.r.close()
        return plaintext

    def start_workers(self, count: int) -> None:
        logs = []
        for n in range(count):
            command = worker_command(replace(self.settings, worker_concurrency=1), beat=False)
            command[command.index("--hostname") + 1] = f"scale-{n}@%h"
            logs.append(self._log(f"worker-{count}-{n}"))
            self.workers.append(self._spawn(f"worker-{count}-{n}", command, self.env))
        deadline = time.monotonic() + 120
        for process, log in zip(self.workers, logs, strict=True):
            while b"ready." not in log.read_bytes():
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"worker did not start; see {log}")
                time.sleep(0.1)

    def stop_workers(self) -> None:
        stop_all(self.workers, timeout=30)
        self.workers = []

    def stop(self) -> None:
        self.stop_workers()
        stop_all(self.apis + self.bares, timeout=20)
        self.apis, self.bares = [], []
        self.data.stop()
        self.broker.stop()


def stop_all(processes: list[subprocess.Popen[bytes]], timeout: float) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- articles -----------------------------------------------------------------------------------------------


class Articles:
    """GVA dev texts, read at run time (never copied into the repository); each use gets a unique source, so
    a text used twice is two articles."""

    def __init__(self, path: Path, seed: int) -> None:
        self.rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        self.rng = random.Random(seed)
        self.serial = itertools.count()
        self.published = {r["text"]: _iso(r.get("published_at")) for r in self.rows}

    def take_published(self, count: int) -> list[dict[str, str]]:
        """`count` articles, each with its case's publication time, in publication order: news as a feed
        delivers it (articles without a time first). Grouping places an article arriving after every other of its
        block in one step; one arriving earlier regroups its block (see core/events/blocks.py)."""
        out = self.take(count)
        for article in out:
            published = self.published.get(article["text"])
            if published:
                article["published_at"] = published
        return sorted(out, key=lambda a: (a.get("published_at", ""), a["source"]))

    def take(self, count: int) -> list[dict[str, str]]:
        out = []
        for _ in range(count):
            row, n = self.rng.choice(self.rows), next(self.serial)
            out.append(
                {"source": f"{row.get('source', 'gva')} #{n}", "title": row.get("title") or "", "text": row["text"]}
            )
        return out


def _iso(value: object) -> str:
    """A case's publication time as the API takes it (RFC 3339, UTC when no offset), or "" when it has none."""
    if not value:
        return ""
    text = str(value).replace(" ", "T")
    if len(text) == 10:
        return f"{text}T00:00:00+00:00"  # a day only ("2016-11-22")
    return text if ("+" in text[10:] or text.endswith("Z")) else f"{text}+00:00"


def singles(articles: list[dict[str, str]], path: str = "/v1/articles") -> list[tuple[str, bytes, int]]:
    return [(path, json.dumps(a).encode(), 1) for a in articles]


def batches(articles: list[dict[str, str]], size: int = BATCH) -> list[tuple[str, bytes, int]]:
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    return [("/v1/articles/batch", json.dumps({"articles": c}).encode(), len(c)) for c in chunks]


def pending(client: redis.Redis) -> int:
    return int(client.zcard(Keys(PREFIX).articles_queued))


def done_count(client: redis.Redis) -> int:
    return int(client.scard(Keys(PREFIX).articles_with_status("done"))) + int(
        client.scard(Keys(PREFIX).articles_with_status("failed"))
    )


def wait_drained(client: redis.Redis, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while pending(client):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{pending(client)} articles still pending after {timeout:.0f} s")
        time.sleep(0.05)


# --- the run ------------------------------------------------------------------------------------------------


@dataclass
class Row:
    workers: int
    submit: Load
    drain_rate: float
    drain_cpu: float  # worker CPU seconds per article while draining
    e2e_rate: float
    bare_rate: float  # the bare endpoint's requests/s, measured in the same run
    e2e_cpu: float  # CPU seconds per article of everything (API, workers, both Redis, load generator), end to end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600, help="articles per phase (backlog, end to end)")
    parser.add_argument("--workers", default="1,2,3", help="worker process counts to measure, e.g. 1,2,3")
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="also POST at this offered rate (open loop, 16 "
        "clients) while the workers drain a second backlog: latency below saturation",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="GVA cases.jsonl to take texts from")
    parser.add_argument("--log-level", default="INFO", help="service log level (INFO as in production)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--arrival", choices=("published", "shuffled"), default="published",
        help="published: each article carries its publication time and a phase's articles arrive in that order, "
        "as a news feed delivers them; shuffled: no publication times (canonical order by id: most arrivals are "
        "out of order and regroup their block, the worst case)",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs)")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    texts = Articles(args.data, args.seed)
    work = Path(tempfile.mkdtemp(prefix="factrecon-scale-"))
    rig = Rig(work, args.log_level)

    def on_signal(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        rig.start()
        print(
            f"broker redis {rig.broker.url}, data redis {rig.data.url}; API {', '.join(rig.api_bases)} "
            f"(gunicorn gthread, 1 process x 4 threads each); bare {', '.join(rig.bare_bases)}"
        )
        print(
            f"cores: {os.cpu_count()}; {CLIENTS} concurrent clients; texts: {args.data} "
            f"(median {statistics.median(len(r['text']) for r in texts.rows) / 1024:.1f} KB)\n"
        )
        rows = run(rig, texts, args.articles, counts, args.rate, args.arrival)
    except KeyboardInterrupt:
        print("interrupted; stopping everything", file=sys.stderr)
        return 130
    finally:
        rig.stop()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print_table(rows)
    return 0


def run(
    rig: Rig, texts: Articles, n: int, counts: list[int], rate: float = 0.0, arrival: str = "published"
) -> list[Row]:
    api_cpu: Callable[[], float] = lambda: tree_cpu(rig.apis)  # noqa: E731
    key = rig.reset()
    warm = closed_loop("(warm-up)", rig.api_bases, key, singles(texts.take(64)))
    closed_loop("(warm-up bare)", rig.bare_bases, None, singles(texts.take(64), "/bare"))
    if warm.errors or set(warm.statuses) != {202}:
        raise RuntimeError(f"warm-up failed: {warm.statuses}, {warm.errors} errors")
    key = rig.reset()
    bare = closed_loop("bare Flask + Redis (no workers)", rig.bare_bases, None, singles(texts.take(n * 2), "/bare"),
                       lambda: tree_cpu(rig.bares))  # fmt: skip
    print(bare.line())
    idle = closed_loop("POST /v1/articles (no workers)", rig.api_bases, key, singles(texts.take(n * 2)), api_cpu)
    print(idle.line())
    batch = closed_loop(f"POST /v1/articles/batch x{BATCH} (no workers)", rig.api_bases, key,
                        batches(texts.take(n * 4)), api_cpu)  # fmt: skip
    print(batch.line())
    print(f"POST /v1/articles / bare, same conditions: {idle.rate / bare.rate:.2f}\n")
    rows: list[Row] = []
    data = rig.data_client()
    try:
        for count in counts:
            key = rig.reset()
            stream = texts.take_published(2 * n) if arrival == "published" else texts.take(2 * n)
            backlog = closed_loop("(backlog)", rig.api_bases, key, batches(stream[:n]))
            if backlog.articles != n:
                raise RuntimeError(f"backlog: {backlog.articles} of {n} accepted ({backlog.statuses})")
            rig.start_workers(count)
            worker_cpu, worker_main_cpu = tree_cpu(rig.workers), main_cpu(rig.workers)
            start, already = time.perf_counter(), done_count(data)
            wait_drained(data, timeout=1800)
            drain_rate = (n - already) / (time.perf_counter() - start)
            drain_cpu = (tree_cpu(rig.workers) - worker_cpu) / max(1, n - already)
            drain_main_cpu = (main_cpu(rig.workers) - worker_main_cpu) / max(1, n - already)
            start, parts_before = time.perf_counter(), rig.cpu_by_part()
            submit = closed_loop(f"POST /v1/articles ({count} worker(s) running)", rig.api_bases, key,
                                 singles(stream[n:]), api_cpu)  # fmt: skip
            wait_drained(data, timeout=1800)
            e2e_rate = submit.articles / (time.perf_counter() - start)
            parts = {k: (v - parts_before[k]) / max(1, submit.articles) for k, v in rig.cpu_by_part().items()}
            e2e_cpu = sum(v for k, v in parts.items() if not k.startswith("("))
            if rate:  # a second backlog for the workers to chew on while POSTs arrive at a steady rate
                closed_loop("(backlog)", rig.api_bases, key, batches(texts.take(n)))
                steady = closed_loop(f"POST at {rate:.0f}/s offered ({count} worker(s) draining)", rig.api_bases, key,
                                     singles(texts.take(int(rate * 10))), api_cpu, rate=rate)  # fmt: skip
                print(steady.line())
            rig.stop_workers()
            print(submit.line())
            print(
                f"{count} worker process(es): drain {drain_rate:6.1f} articles/s ({drain_cpu * 1000:.1f} ms worker "
                f"CPU/article, {drain_main_cpu * 1000:.1f} of it in the Celery main processes); end to end "
                f"{e2e_rate:6.1f} articles/s ({e2e_cpu * 1000:.1f} ms CPU/article of all "
                f"processes: {os.cpu_count()} idle cores would allow {os.cpu_count() / e2e_cpu:.0f} articles/s)\n"
                f"  end to end, CPU ms/article by part: "
                + ", ".join(f"{k} {v * 1000:.1f}" for k, v in parts.items())
                + "\n"
            )
            rows.append(Row(count, submit, drain_rate, drain_cpu, e2e_rate, bare.rate, e2e_cpu))
    finally:
        data.close()
    print(f"bare Flask + Redis endpoint: {bare.rate:.0f}/s, p50 {bare.pct(50):.1f} ms, p99 {bare.pct(99):.1f} ms")
    print(
        f"POST /v1/articles, no workers: {idle.rate:.0f}/s (x{idle.rate / bare.rate:.2f} of bare), "
        f"batch: {batch.article_rate:.0f} articles/s "
        f"(API CPU {idle.cpu / max(1, idle.articles) * 1000:.2f} vs {batch.cpu / max(1, batch.articles) * 1000:.2f} "
        f"ms/article single vs batch)"
    )
    return rows


def print_table(rows: list[Row]) -> None:
    if not rows:
        return
    first = rows[0]
    print(
        "\nworkers | POST/s (x bare) | POST p50 ms | POST p99 ms | drain art/s (xN/1) | e2e art/s (xN/1) | "
        "worker CPU ms/art (drain) | all CPU ms/art (e2e)"
    )
    for row in rows:
        ratio = f"x{row.submit.rate / row.bare_rate:.2f}"
        print(
            f"{row.workers:>7} | {row.submit.rate:7.0f} ({ratio:>6}) | {row.submit.pct(50):11.1f} | "
            f"{row.submit.pct(99):11.1f} | {row.drain_rate:8.1f} (x{row.drain_rate / first.drain_rate:.2f}) | "
            f"{row.e2e_rate:7.1f} (x{row.e2e_rate / first.e2e_rate:.2f}) | {row.drain_cpu * 1000:24.1f} | "
            f"{row.e2e_cpu * 1000:19.1f}"
        )


if __name__ == "__main__":
    sys.exit(main())
