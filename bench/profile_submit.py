"""Where the API's time goes in POST /v1/articles (and the batch endpoint): cProfile of the app in-process.

    .venv/bin/python bench/profile_submit.py                 # 400 single POSTs, then 8 batches of 50
    .venv/bin/python bench/profile_submit.py --top 40 --sort tottime

Runs the real app (auth on, rate limits, Idempotency-Key on every request, the real Celery publisher) against
two redis-servers it starts (a data Redis and a broker Redis, as bench/scale.py), with Flask's test client
in one thread, so the profile is the CPU cost per request without the HTTP server or the load generator.
Prints milliseconds per article and the top functions by cumulative time. Texts from the GVA dev set.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from settings import Settings  # noqa: E402
from store.redis_server import RedisServer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=400, help="single POSTs (and as many articles in batches)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--cpu-clock", action="store_true", help="profile CPU time (time.process_time), not wall time")
    parser.add_argument("--rounds", type=int, default=1, help="time the requests in this many rounds (least, median)")
    parser.add_argument("--no-profile", action="store_true", help="only the CPU per article, without cProfile")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rng = random.Random(5)
    articles = [
        {"source": f"profile #{n}", "title": r.get("title") or "", "text": r["text"]}
        for n, r in enumerate(rng.choice(rows) for _ in range(args.count * 2 + 20))
    ]
    work = Path(tempfile.mkdtemp(prefix="factrecon-profile-"))
    data, broker = RedisServer(work / "data").start(), RedisServer(work / "broker").start()
    try:
        from service.app import create_app
        from store.apikeys import ApiKeyStore
        from store.repository import RedisStore
        from usecases.apikeys import create_key

        settings = Settings(
            redis_url=data.url, key_prefix="prof", auth=True,
            rate_limit="10000000/minute", submit_rate_limit="10000000/minute", log_level="INFO",
        )  # fmt: skip
        if hasattr(settings, "broker_url"):  # (so that this script also runs on commits before the setting)
            settings = replace(settings, broker_url=broker.url)
        app = create_app({"FACTRECON_SETTINGS": settings})
        store = RedisStore.from_url(data.url, "prof")
        _, key = create_key(ApiKeyStore(store.r, store.keys), ["submit", "read"])
        client = app.test_client()
        headers = {"Authorization": f"Bearer {key}"}

        def post(path: str, body: object, n: int) -> None:
            response = client.post(path, json=body, headers={**headers, "Idempotency-Key": f"k{n}"})
            assert response.status_code == 202, response.get_data(as_text=True)

        for n, article in enumerate(articles[:20]):  # warm-up: the Celery app, connections, first requests
            post("/v1/articles", article, n)
        singles, batched = articles[20 : 20 + args.count], articles[20 + args.count :]
        for label, requests in (
            ("single", [("/v1/articles", a) for a in singles]),
            (
                "batch x50",
                [("/v1/articles/batch", {"articles": batched[i : i + 50]}) for i in range(0, len(batched), 50)],
            ),
        ):
            profile = cProfile.Profile(time.process_time) if args.cpu_clock else cProfile.Profile()
            rounds = max(1, min(args.rounds, len(requests)))
            per_round: list[float] = []  # CPU ms per article in each round: the least is the least disturbed
            if not args.no_profile:
                profile.enable()
            for r in range(rounds):
                share = requests[r * len(requests) // rounds : (r + 1) * len(requests) // rounds]
                started = time.process_time()
                for n, (path, body) in enumerate(share, start=r * len(requests) // rounds):
                    post(path, body, n + 10_000 * len(label))
                per_round.append((time.process_time() - started) / (args.count / rounds) * 1000)
            profile.disable()
            overhead = "" if args.no_profile else " (profiler overhead included)"
            spread = f" (least {min(per_round):.2f}, median {statistics.median(per_round):.2f} of {rounds} rounds)"
            mean = statistics.fmean(per_round)
            print(f"\n=== {label}: {len(requests)} requests, {args.count} articles, {mean:.2f} ms CPU per article"
                  f"{spread if rounds > 1 else ''}{overhead} ===")  # fmt: skip
            if not args.no_profile:
                pstats.Stats(profile).strip_dirs().sort_stats(args.sort).print_stats(args.top)
        app.extensions["factrecon.metrics"].flush()
    finally:
        broker.stop()
        data.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
