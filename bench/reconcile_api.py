"""How fast GET /v1/events/{id} and GET /v1/reconciliation answer for an event with many articles.

    .venv/bin/python bench/reconcile_api.py [--articles 1000] [--repeat 30]

Starts its own redis-server (AOF on, temporary directory), stores N synthetic articles about one shooting
through the real store and processing use case (extraction, grouping under the lock, MULTI/EXEC), then times
the API through Flask's test client (no HTTP server in the way): the first request after a change (views are
computed: every member's claims loaded from Redis and reconciled) and repeated requests (cached view, checked
against the stored event state on every request). Prints median / p95 / max in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events import warm_up
from service.app import create_app
from settings import Settings
from store.redis_server import RedisServer
from store.repository import RedisStore
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import process_article

CLAIMANTS = ["police said", "the fire department said", "hospital officials said", "the mayor said", "witnesses said"]


def synthetic_article(n: int, rng: random.Random) -> str:
    killed = rng.choice([2, 3, 3, 4])
    wounded = rng.choice([5, 6, 7, 7, 8])
    qualifier = rng.choice(["", "at least ", "as many as ", ""])
    return (
        f"{killed} people were killed and {qualifier}{wounded} were wounded in a shooting outside a nightclub in "
        f"Memphis on Saturday, May 1, 2021, {rng.choice(CLAIMANTS)}. Report number {n} adds that the suspect "
        f"fled in a grey car and that investigators were reviewing video from nearby shops."
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(name: str, samples: list[float]) -> None:
    print(
        f"{name:<48} median {statistics.median(samples):6.1f} ms   p95 {percentile(samples, 0.95):6.1f} ms   "
        f"max {max(samples):6.1f} ms   (n={len(samples)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        server = RedisServer(Path(tmp)).start()
        try:
            settings = Settings(redis_url=server.url, key_prefix="bench", auth=False, rate_limit="1000000/minute")
            store = RedisStore.from_url(server.url, "bench")
            warm_up()
            gc.freeze()
            rng = random.Random(7)
            started = time.perf_counter()
            for n in range(args.articles):
                text = synthetic_article(n, rng)
                done = submit_article(store, lambda _id: None, SubmitArticle(source=f"Outlet {n % 40}", text=text))
                process_article(store, settings, done.id)
            took = time.perf_counter() - started
            print(f"stored, extracted and grouped {args.articles} articles in {took:.1f} s "
                  f"({args.articles / took:.0f} articles/s, one process)")

            app = create_app({"FACTRECON_SETTINGS": settings, "FACTRECON_PUBLISH": lambda _id: None})
            client = app.test_client()
            events = client.get("/v1/reconciliation?limit=100").get_json()["events"]
            biggest = max(events, key=lambda e: e["article_count"])
            print(f"largest event: {biggest['label']} with {biggest['article_count']} articles "
                  f"({len(events)} events in all)")
            path = f"/v1/events/{biggest['id']}"

            def cold() -> None:
                app.extensions["factrecon"].store.r.ping()
                from usecases import reconciliation

                reconciliation._cache.clear()
                from service.api import events as events_api

                events_api._serialized = events_api._SerializedEvents()
                assert client.get(path).status_code == 200

            def warm() -> None:
                assert client.get(path).status_code == 200

            def listing() -> None:
                assert client.get("/v1/reconciliation?limit=20").status_code == 200

            report("GET /v1/events/{id}, first after a change", timed(cold, max(5, args.repeat // 3)))
            report("GET /v1/events/{id}, repeated", timed(warm, args.repeat))
            report("GET /v1/reconciliation?limit=20, repeated", timed(listing, args.repeat))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
