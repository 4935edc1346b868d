"""Load benchmark: submission and read latency, end-to-end throughput with 1 and 2 workers, Redis memory.

Loopback only, bounded in count and time, stops by itself. By default it starts its own stack the way
`factrecon up` does (redis-server with AOF in a temporary data dir, gunicorn via `api_command`, Celery
workers via `worker_command`, on free ports) and removes it afterwards:

    .venv/bin/python bench/load.py                       # the full run, about 2-3 minutes
    .venv/bin/python bench/load.py --quick               # a smaller run (about 1 minute)
    .venv/bin/python bench/load.py --gva                 # article texts from ../shared/gva-dev/cases.jsonl
    .venv/bin/python bench/load.py --api http://127.0.0.1:8000 --api-key frk_... [--redis-url redis://...]

Phases (own stack):
  1. submit, open loop: POST /v1/articles at --rate per second for --seconds (no workers running, so this is
     the API and Redis alone); achieved rate and p50/p95/p99 latency.
  2. submit, closed loop: --clients threads as fast as they can: the API's ceiling on this machine.
  3. per N in --workers: drain (N worker processes process the backlog of queued articles; articles/s) and
     end to end (workers running while --e2e articles are submitted as fast as possible; first POST to last
     article done, articles/s).
  4. GET /v1/reconciliation (first page, 20 events) at --read-rate per second for --read-seconds.
  5. Redis INFO memory: used_memory growth and used_memory_peak per 1,000 articles stored and processed.

The load generator runs on the same machine (it competes for the same cores as the service); latency is
measured from sending a request to reading its whole response. Authentication is on (a key with submit and
read scopes is created); rate limits are raised for the run (FACTRECON_RATE_LIMIT, FACTRECON_SUBMIT_RATE_LIMIT).
Article texts are generated here (fictional, 2-4 KB each), or read from the GVA dev set with --gva.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from service.supervisor import api_command, worker_command  # noqa: E402
from settings import Settings  # noqa: E402
from store.keys import Keys  # noqa: E402
from store.redis_server import RedisServer, free_port  # noqa: E402

GVA = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"
PREFIX = "load"

# --- article texts ------------------------------------------------------------------------------------------

PLACES = [
    "Ostrava", "Lyon", "Porto", "Gdansk", "Leipzig", "Bergen", "Ghent", "Turin", "Seville", "Cluj", "Aarhus",
    "Graz", "Tampere", "Brno", "Utrecht", "Bilbao", "Krakow", "Malmo", "Nantes", "Plovdiv", "Zagreb", "Varna",
]  # fmt: skip
KINDS = [
    ("explosion at a chemical plant", "the plant operator"), ("fire in a residential tower", "the fire service"),
    ("collapse of a parking structure", "city engineers"), ("train derailment outside the city", "the rail operator"),
    ("flash flood in the lower town", "the civil protection agency"), ("bus crash on the ring road", "police"),
    ("gas leak at a school", "the regional health authority"), ("storm that hit the harbour", "the port authority"),
]  # fmt: skip
SOURCES = ["Morning Ledger", "City Wire", "Northern Herald", "Valley Courier", "Harbour Post", "Evening Standard",
           "Regional Desk", "Metro Daily", "Coastal Times", "Capital Bulletin", "Hill Gazette", "Plains Observer"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

FILLER = [
    "Residents described hearing a loud noise shortly before emergency vehicles arrived in the area.",
    "Traffic was diverted for several hours while investigators examined the site and collected evidence.",
    "The mayor said the city would open a hotline for relatives and offered support to those affected.",
    "Local businesses closed early and a nearby sports hall was opened as a temporary shelter overnight.",
    "Officials cautioned that the figures were preliminary and could change as the search continued.",
    "Engineers were called in to check whether neighbouring buildings were safe to re-enter.",
    "A spokesperson for the regional government said an inquiry would look at how the incident unfolded.",
    "Witnesses told reporters that the response had been quick, although some roads remained blocked.",
    "Schools in the district said classes would resume once the authorities confirmed it was safe.",
    "Volunteers brought blankets and hot drinks to families waiting for news outside the cordon.",
    "The company said it was cooperating fully with investigators and had suspended work at the site.",
    "Hospitals in the region activated their emergency plans and postponed routine operations.",
]


@dataclass(frozen=True)
class Event:
    place: str
    kind: str
    authority: str
    month: str
    day: int


def _paragraph(rng: random.Random, event: Event, n: int) -> str:
    killed, injured = rng.randint(1, 12), rng.randint(3, 60)
    displaced, arrested = rng.randint(20, 400), rng.randint(0, 4)
    templates = [
        f"At least {killed} people were killed and {injured} others injured in the {event.kind} in {event.place} "
        f"on {event.month} {event.day}, {event.authority} said in update number {n}.",
        f"{event.authority.capitalize()} said {rng.choice(NUMBER_WORDS)} of the injured remained in a serious "
        f"condition on Tuesday, and about {displaced} residents had been moved out of their homes.",
        f"Police said {arrested} people had been detained for questioning in connection with the {event.kind}, "
        f"though no charges had been filed by the evening.",
        f"An earlier statement had put the number of dead at {max(1, killed - 1)}, a figure revised as rescue "
        f"teams reached the worst-hit part of {event.place}.",
        f"As many as {injured + rng.randint(1, 20)} people were treated at the scene for minor injuries, "
        f"according to paramedics quoted by local media.",
    ]
    rng.shuffle(templates)
    return " ".join(templates[:3] + rng.sample(FILLER, 3))


def generated_articles(count: int, seed: int, events_per_100: int = 10) -> list[dict[str, str]]:
    """Fictional reports of `count * events_per_100 / 100` events, 2-4 KB each, several sources per event."""
    rng = random.Random(seed)
    events = [
        Event(rng.choice(PLACES), *rng.choice(KINDS), rng.choice(MONTHS), rng.randint(1, 28))
        for _ in range(max(1, count * events_per_100 // 100))
    ]
    articles = []
    for n in range(count):
        event = rng.choice(events)
        paragraphs = [_paragraph(rng, event, n) for _ in range(rng.randint(4, 7))]
        text = "\n\n".join(paragraphs)
        while len(text) > 4000:
            paragraphs.pop()
            text = "\n\n".join(paragraphs)
        month = MONTHS.index(event.month) + 1
        articles.append({
            "source": f"{rng.choice(SOURCES)} {seed}-{n}",
            "title": f"{event.kind.capitalize()} in {event.place}",
            "text": text,
            "published_at": f"2024-{month:02d}-{min(28, event.day + rng.randint(0, 2)):02d}"
                            f"T{rng.randint(6, 22):02d}:00:00Z",
        })  # fmt: skip
    return articles


def gva_articles(count: int, seed: int) -> list[dict[str, str]]:
    """Texts from the GVA dev set, read at run time (never copied into the repository); the source name is
    made unique per use so repeated texts are new articles."""
    rows = [json.loads(line) for line in GVA.read_text().splitlines() if line.strip()]
    rng = random.Random(seed)
    out = []
    for n in range(count):
        row = rng.choice(rows)
        out.append({"source": f"{row.get('source', 'gva')} {seed}-{n}", "title": row.get("title") or "",
                    "text": row["text"]})
    return out


# --- HTTP client --------------------------------------------------------------------------------------------


class Client:
    """One keep-alive connection per thread (http.client: less client CPU than requests on a 2-core box)."""

    def __init__(self, base: str, api_key: str | None) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.headers = {"Content-Type": "application/json"}
        if api_key:
            self.headers["Authorization"] = f"Bearer {api_key}"
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.conn.request(method, path, body=body, headers=self.headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0
    elapsed: float = 0.0
    ids: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1)] * 1000

    def line(self) -> str:
        return (f"{self.name:<34} {len(self.latencies):>6} req  {self.rate:>7.1f}/s   p50 {self.pct(50):6.1f} ms"
                f"   p95 {self.pct(95):6.1f} ms   p99 {self.pct(99):6.1f} ms   statuses {dict(self.statuses)}"
                + (f"   errors {self.errors}" if self.errors else ""))


def run_load(
    name: str,
    base: str,
    api_key: str | None,
    make_request: Callable[[int], tuple[str, str, bytes | None]],
    *,
    total: int,
    rate: float | None,
    threads: int,
    deadline_s: float,
) -> Result:
    """Send `total` requests: open loop at `rate`/s (requests are scheduled at fixed times), or closed loop
    (rate None: each thread sends its next request as soon as the previous one is answered)."""
    result = Result(name)
    counter = itertools.count()
    lock = threading.Lock()
    start = time.perf_counter()
    stop_at = start + deadline_s

    def worker() -> None:
        client = Client(base, api_key)
        while True:
            with lock:
                i = next(counter)
            if i >= total or time.perf_counter() > stop_at:
                return
            if rate:
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            method, path, body = make_request(i)
            sent = time.perf_counter()
            try:
                status, payload = client.request(method, path, body)
            except Exception:
                with lock:
                    result.errors += 1
                continue
            took = time.perf_counter() - sent
            with lock:
                result.latencies.append(took)
                result.statuses[status] += 1
                if status == 202 and path == "/v1/articles":
                    result.ids.append(json.loads(payload)["id"])

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(timeout=deadline_s + 60)
    result.elapsed = time.perf_counter() - start
    return result


def submit_requests(articles: list[dict[str, str]]) -> Callable[[int], tuple[str, str, bytes | None]]:
    bodies = [json.dumps(a).encode() for a in articles]  # encoded up front: not part of the measurement
    return lambda i: ("POST", "/v1/articles", bodies[i])


# --- the stack ----------------------------------------------------------------------------------------------


class Stack:
    """redis-server, gunicorn and Celery workers started like `factrecon up` does, on free loopback ports."""

    def __init__(self, data_dir: Path, api_workers: int, log_level: str) -> None:
        self.data_dir = data_dir
        self.redis = RedisServer(data_dir / "redis")
        self.settings = Settings(data_dir=data_dir, key_prefix=PREFIX, api_workers=api_workers,
                                 log_level=log_level, port=free_port())
        self.api: subprocess.Popen[bytes] | None = None
        self.workers: subprocess.Popen[bytes] | None = None
        self.env: dict[str, str] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.settings.port}"

    def start(self) -> None:
        self.redis.start()
        self.settings = replace(self.settings, redis_url=self.redis.url)
        self.env = {
            **os.environ,
            "REDIS_URL": self.redis.url,
            "FACTRECON_KEY_PREFIX": PREFIX,
            "FACTRECON_DATA_DIR": str(self.data_dir),
            "FACTRECON_PORT": str(self.settings.port),
            "FACTRECON_LOG_LEVEL": self.settings.log_level,
            "FACTRECON_API_WORKERS": str(self.settings.api_workers),
            "FACTRECON_AUTH": "on",
            "FACTRECON_RATE_LIMIT": "10000000/minute",
            "FACTRECON_SUBMIT_RATE_LIMIT": "10000000/minute",
        }
        self.api = subprocess.Popen(api_command(self.settings), cwd=ROOT, env=self.env,
                                    stdout=self._log("api"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.api.poll() is not None:
                raise RuntimeError(f"API exited early; see {self.data_dir / 'api.log'}")
            with contextlib.suppress(Exception):
                if Client(self.base, None).request("GET", "/livez")[0] == 200:
                    return
            time.sleep(0.2)
        raise TimeoutError("API not ready")

    def _log(self, name: str):  # type: ignore[no-untyped-def]
        return (self.data_dir / f"{name}.log").open("ab")

    def create_key(self) -> str:
        from store.apikeys import ApiKeyStore
        from store.repository import RedisStore
        from usecases.apikeys import create_key

        store = RedisStore.from_url(self.redis.url, PREFIX)
        _, plaintext = create_key(ApiKeyStore(store.r, store.keys), ["submit", "read"], name="load bench")
        return plaintext

    def start_workers(self, concurrency: int) -> None:
        settings = replace(self.settings, worker_concurrency=concurrency)
        log = self.data_dir / f"worker-{concurrency}.log"
        with log.open("wb") as out:
            self.workers = subprocess.Popen(worker_command(settings, beat=False), cwd=ROOT, env=self.env,
                                            stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while b"ready." not in log.read_bytes():
            if self.workers.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start; see {log}")
            time.sleep(0.1)

    def stop_workers(self) -> None:
        if self.workers is not None and self.workers.poll() is None:
            self.workers.terminate()
            try:
                self.workers.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.workers.kill()
                self.workers.wait()
        self.workers = None

    def stop(self) -> None:
        self.stop_workers()
        if self.api is not None and self.api.poll() is None:
            self.api.terminate()
            try:
                self.api.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.api.kill()
                self.api.wait()
        self.redis.stop()


def pending(r: redis.Redis) -> int:
    """Articles queued or processing (the sweeper's index): 0 when everything submitted is done or failed."""
    return int(r.zcard(Keys(PREFIX).articles_queued))


def wait_drained(r: redis.Redis, timeout: float) -> float:
    start = time.perf_counter()
    while pending(r):
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{pending(r)} articles still pending after {timeout:.0f}s")
        time.sleep(0.05)
    return time.perf_counter() - start


def memory(r: redis.Redis) -> tuple[int, int]:
    info = r.info("memory")
    return int(info["used_memory"]), int(info["used_memory_peak"])


# --- the run ------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", help="target a running service at this URL instead of starting one")
    parser.add_argument("--api-key", help="API key for --api (none if its auth is off)")
    parser.add_argument("--redis-url", help="with --api: its Redis, for memory figures and the done count")
    parser.add_argument("--key-prefix", default="fr", help="with --api: its FACTRECON_KEY_PREFIX")
    parser.add_argument("--rate", type=float, default=200.0, help="open-loop submissions per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="open-loop submission phase length")
    parser.add_argument("--clients", type=int, default=8, help="threads in the closed-loop phases")
    parser.add_argument("--e2e", type=int, default=600, help="articles per end-to-end phase")
    parser.add_argument("--workers", default="1,2", help="worker concurrencies to measure")
    parser.add_argument("--read-rate", type=float, default=100.0, help="GET /v1/reconciliation per second")
    parser.add_argument("--read-seconds", type=float, default=10.0)
    parser.add_argument("--api-workers", type=int, default=Settings().api_workers, help="gunicorn processes")
    parser.add_argument("--log-level", default="INFO", help="service log level (INFO as in production)")
    parser.add_argument("--gva", action="store_true", help="use texts from ../shared/gva-dev/cases.jsonl")
    parser.add_argument("--quick", action="store_true", help="smaller counts: about a minute")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir (logs)")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.e2e, args.read_seconds = 3.0, 200, 5.0
    concurrencies = [int(n) for n in args.workers.split(",") if n]
    n_open = int(args.rate * args.seconds)
    n_closed = min(500, n_open // 2)
    make = gva_articles if args.gva else generated_articles
    # Each phase reports its own events (its own seed), so 1 and 2 workers group into events of the same size.
    phases = [make(n_open, args.seed), make(n_closed, args.seed + 1)]
    for k, _ in enumerate(concurrencies):
        phases += [make(n_open + n_closed, args.seed + 10 + k), make(args.e2e, args.seed + 20 + k)]
    sizes = [len(a["text"].encode()) for phase in phases for a in phase]
    print(f"articles: {len(sizes)} ({'GVA dev texts' if args.gva else 'generated'}), text size "
          f"median {statistics.median(sizes) / 1024:.1f} KB, seed {args.seed}")
    batches = iter(phases)

    if args.api:
        global PREFIX
        PREFIX = args.key_prefix
        return run_against(args, batches)

    scaling: dict[int, tuple[float, float]] = {}
    for k, concurrency in enumerate(concurrencies):
        # A fresh stack per worker count: the same amount of stored state, so 1 and 2 workers compare fairly.
        data_dir = Path(tempfile.mkdtemp(prefix="factrecon-load-"))
        stack = Stack(data_dir, args.api_workers, args.log_level)
        try:
            stack.start()
            key = stack.create_key()
            r = redis.Redis.from_url(stack.redis.url)
            base_mem, _ = memory(r)
            if k == 0:
                print(f"stack: API {stack.base} (gunicorn gthread, {args.api_workers} processes x 4 threads), "
                      f"redis {stack.redis.url} (AOF everysec), a fresh one per worker count")
                print(f"cores: {os.cpu_count()}   (load generator on the same machine)\n")
                opened = run_load(f"POST /v1/articles open {args.rate:.0f}/s", stack.base, key,
                                  submit_requests(next(batches)), total=n_open, rate=args.rate, threads=32,
                                  deadline_s=args.seconds * 3)
                print(opened.line())
                closed = run_load(f"POST /v1/articles closed x{args.clients}", stack.base, key,
                                  submit_requests(next(batches)), total=n_closed, rate=None, threads=args.clients,
                                  deadline_s=120)
                print(closed.line())
                print()
                next(batches)  # this stack's backlog is the two submission phases' articles
            else:  # a backlog of the same size as the first stack's
                filler = next(batches)
                run_load("(backlog)", stack.base, key, submit_requests(filler), total=len(filler), rate=None,
                         threads=args.clients, deadline_s=300)
            backlog = pending(r)
            stack.start_workers(concurrency)
            drained = wait_drained(r, timeout=900)
            drain_rate = backlog / drained
            batch = next(batches)
            start = time.perf_counter()
            e2e = run_load(f"POST during e2e, {concurrency} worker(s)", stack.base, key, submit_requests(batch),
                           total=len(batch), rate=None, threads=args.clients, deadline_s=300)
            wait_drained(r, timeout=900)
            e2e_rate = len(e2e.latencies) / (time.perf_counter() - start)
            stack.stop_workers()
            scaling[concurrency] = (drain_rate, e2e_rate)
            print(f"{concurrency} worker(s): drain {backlog} queued in {drained:5.1f} s = {drain_rate:6.1f} "
                  f"articles/s;  end to end {len(e2e.latencies)} submitted+processed = {e2e_rate:6.1f} articles/s")
            print(f"    {e2e.line()}")
            if k == 0:
                measure_reads_and_memory(args, stack, key, r, base_mem)
            r.close()
        finally:
            stack.stop()
            if args.keep:
                print(f"kept {data_dir}")
            else:
                shutil.rmtree(data_dir, ignore_errors=True)
    if len(scaling) >= 2:
        (n1, (d1, e1)), (n2, (d2, e2)) = list(scaling.items())[:2]
        print(f"\nscaling {n1} -> {n2} workers: drain x{d2 / d1:.2f}, end to end x{e2 / e1:.2f}")
    return 0


def measure_reads_and_memory(args: argparse.Namespace, stack: Stack, key: str, r: redis.Redis, base_mem: int) -> None:
    used, peak = memory(r)
    stored = int(r.zcard(Keys(PREFIX).articles_created))
    events = int(r.zcard(Keys(PREFIX).events_by_start))
    print()
    reads = run_load(f"GET /v1/reconciliation {args.read_rate:.0f}/s", stack.base, key,
                     lambda i: ("GET", "/v1/reconciliation", None), total=int(args.read_rate * args.read_seconds),
                     rate=args.read_rate, threads=16, deadline_s=args.read_seconds * 3)
    print(reads.line())
    small = run_load(f"GET /v1/reconciliation?limit=1 {args.read_rate:.0f}/s", stack.base, key,
                     lambda i: ("GET", "/v1/reconciliation?limit=1", None),
                     total=int(args.read_rate * args.read_seconds), rate=args.read_rate, threads=16,
                     deadline_s=args.read_seconds * 3)
    print(small.line())
    print(f"redis: {stored} articles, {events} events; used_memory {used / 2**20:.1f} MiB "
          f"(baseline {base_mem / 2**20:.1f} MiB), peak {peak / 2**20:.1f} MiB")
    print(f"redis per 1,000 articles: {(used - base_mem) / stored * 1000 / 2**20:.2f} MiB stored+processed, "
          f"{(peak - base_mem) / stored * 1000 / 2**20:.2f} MiB at peak\n")


def run_against(args: argparse.Namespace, batches: Iterator[list[dict[str, str]]]) -> int:
    """--api: submission and read latency against a running service (its workers, its settings)."""
    n_open = int(args.rate * args.seconds)
    opened = run_load(f"POST /v1/articles open {args.rate:.0f}/s", args.api, args.api_key,
                      submit_requests(next(batches)), total=n_open, rate=args.rate, threads=32,
                      deadline_s=args.seconds * 3)
    print(opened.line())
    if args.redis_url:
        r = redis.Redis.from_url(args.redis_url)
        took = wait_drained(r, timeout=600)
        print(f"processed by the running workers {took:.1f} s after the last submission")
        used, peak = memory(r)
        print(f"redis used_memory {used / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB")
        r.close()
    reads = run_load(f"GET /v1/reconciliation {args.read_rate:.0f}/s", args.api, args.api_key,
                     lambda i: ("GET", "/v1/reconciliation", None), total=int(args.read_rate * args.read_seconds),
                     rate=args.read_rate, threads=16, deadline_s=args.read_seconds * 3)
    print(reads.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
