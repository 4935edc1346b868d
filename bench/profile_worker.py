"""Where a worker's time goes per article: `process_article` in-process, against a real data Redis.

    .venv/bin/python bench/profile_worker.py                  # 300 gva-dev articles, queue order, cProfile
    .venv/bin/python bench/profile_worker.py --no-profile     # CPU per article and Redis round trips only
    .venv/bin/python bench/profile_worker.py --top 50 --sort tottime

It starts a redis-server, stores --articles articles as bench/scale.py does (gva-dev texts drawn at random, each
with its own source; one batch, so they are queued in that order), then processes each in queue order with
`usecases.processing.process_article` in this one process, with the worker's store and after-commit
dispatch (no Celery: the task wrapper and the broker are not in the figures). Prints CPU per article (this
process; the Redis server's CPU separately), Redis round trips per article (requests sent: a pipeline or
MULTI/EXEC counts once) and the top functions by cumulative time; `--trace N` lists the requests of the N-th
article. `--processes N` forks N processes after the warm-up that take the articles from one queue, as N worker
processes would (their caches are their own): CPU per article of them all, regroups and round trips each.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
import redis  # noqa: E402

from store.redis_server import RedisServer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"


class RoundTrips:
    """Counts requests sent to Redis: a single command, a pipeline or a MULTI/EXEC each count one."""

    def __init__(self) -> None:
        self.count = 0
        self.trace: list[str] | None = None  # the commands of each request, while tracing

    def install(self) -> None:
        counter = self
        single = redis.connection.AbstractConnection.send_packed_command

        def send(self: object, command: object, check_health: bool = True) -> None:
            counter.count += 1
            if counter.trace is not None:
                packed = b"".join(command) if isinstance(command, list) else command  # type: ignore[arg-type]
                words = [w for w in packed.split(b"\r\n") if w and not w.startswith((b"*", b"$"))]
                names = [w.decode(errors="replace") for w in words if w.isupper() and w.isalpha()]
                shown = " ".join(names[:12]) + (" ..." if len(names) > 12 else "")
                counter.trace.append(f"{shown}   [{len(names)} commands, {len(packed)} bytes]")
            single(self, command, check_health)  # type: ignore[arg-type]

        redis.connection.AbstractConnection.send_packed_command = send  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--trace", type=int, default=-1, help="print the Redis requests of the N-th article")
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="N > 1: fork N worker processes that take the articles from one queue (no cProfile; "
        "CPU is theirs together, with regroups and lock waits counted)",
    )
    parser.add_argument("--no-profile", action="store_true", help="only CPU and round trips, without cProfile")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="submit and process --articles articles this many times, one round after the other (bench/scale.py's "
        "end-to-end phase is a second round: blocks twice as large); figures are given per round",
    )
    parser.add_argument(
        "--cpu-timer",
        action="store_true",
        help="profile CPU time (time.process_time) instead of wall time: waiting for Redis is left out",
    )
    parser.add_argument(
        "--by-area",
        action="store_true",
        help="also sum the profile's own time (tottime) by area: core/, usecases/, store/, redis-py, json, ...",
    )
    parser.add_argument("--dump", type=Path, help="write every stored event (sorted JSON) here at the end")
    args = parser.parse_args(argv)
    rows_all = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rng = random.Random(args.seed)
    picked = [rng.choice(rows_all) for _ in range(args.articles)]
    work = Path(tempfile.mkdtemp(prefix="factrecon-profile-worker-"))
    data = RedisServer(work / "data").start()
    try:
        from core.events import warm_up as warm_events
        from core.extract import warm_up as warm_extract

        os.environ.update(REDIS_URL=data.url, FACTRECON_KEY_PREFIX="profw")
        from usecases.articles import SubmitArticle, submit_articles
        from usecases.processing import process_article
        from workers import tasks
        from workers.webhook_tasks import dispatch_after_commit  # what the worker calls after each commit

        settings = tasks._settings()
        store = tasks.get_store()

        def submit_round(number: int) -> list[str]:
            rows = picked if number == 0 else [rng.choice(rows_all) for _ in range(args.articles)]
            commands = [
                SubmitArticle(
                    source=f"{r.get('source', 'gva')} #{number * args.articles + n}",
                    text=r["text"],
                    title=r.get("title") or None,
                )
                for n, r in enumerate(rows)
            ]
            return [s.id for s in submit_articles(store, lambda _ids: None, commands)]

        ids = submit_round(0)
        warm_extract()
        warm_events()
        server = psutil.Process(data.process.pid) if data.process else None
        server_cpu = sum(server.cpu_times()[:2]) if server else 0.0
        trips = RoundTrips()
        trips.install()
        if args.processes > 1:
            return _forked(
                args.processes, ids, store, settings, data, server, server_cpu, args.rounds, submit_round, args.dump
            )
        profile = cProfile.Profile(time.process_time) if args.cpu_timer else cProfile.Profile()
        for number in range(args.rounds):
            if number:
                ids = submit_round(number)
                server_cpu = sum(server.cpu_times()[:2]) if server else 0.0
                trips.count = 0
            started = time.process_time()
            if not args.no_profile:
                profile.enable()
            for n, article_id in enumerate(ids):
                trips.trace = [] if n == args.trace else None
                process_article(store, settings, article_id, notify=dispatch_after_commit)
                if trips.trace is not None:
                    print(f"article {n}: {len(trips.trace)} requests\n  " + "\n  ".join(trips.trace))
            profile.disable()
            cpu = time.process_time() - started
            server_cpu = (sum(server.cpu_times()[:2]) if server else 0.0) - server_cpu
            done = store.count_by_status()
            overhead = "" if args.no_profile else " (profiler overhead included)"
            print(f"round {number + 1}: {len(ids)} articles {done}: {cpu / len(ids) * 1000:.2f} ms CPU per article"
                  f"{overhead}; Redis server {server_cpu / len(ids) * 1000:.2f} ms CPU per article; "
                  f"{trips.count / len(ids):.1f} round trips per article")  # fmt: skip
        if args.dump:
            _dump_events(store, args.dump)
        _print_commandstats(store.r, rounds_articles=args.articles * args.rounds)
        if not args.no_profile:
            print("profile of all rounds:")
            stats = pstats.Stats(profile)
            if args.by_area:
                _print_areas(stats)
            stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    finally:
        data.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _print_commandstats(client: redis.Redis, rounds_articles: int, top: int = 12) -> None:
    """The data Redis's own time by command (INFO commandstats), per article: where the server's CPU goes."""
    stats = client.info("commandstats")
    rows = sorted(((k.removeprefix("cmdstat_"), v) for k, v in stats.items()), key=lambda kv: -kv[1]["usec"])
    total = sum(v["usec"] for _, v in rows)
    print(f"data Redis, time inside commands: {total / rounds_articles / 1000:.3f} ms per article; top commands:")
    for name, v in rows[:top]:
        calls, usec = v["calls"] / rounds_articles, v["usec"] / rounds_articles
        print(f"  {name:<14} {calls:6.2f} calls/article  {usec:7.1f} us/article  ({v['usec_per_call']:.1f} us/call)")


def _area(filename: str) -> str:
    for marker, name in (
        ("/core/extract/", "core/extract"),
        ("/core/places/", "core/places"),
        ("/core/events/", "core/events"),
        ("/core/", "core (other)"),
        ("/usecases/", "usecases"),
        ("/store/", "store"),
        ("/workers/", "workers"),
        ("/redis/", "redis-py"),
        ("/json/", "json"),
        ("/re/", "re (compiling)"),
        ("/kombu/", "kombu"),
        ("/celery/", "celery"),
        ("/logging/", "logging"),
        ("dataclasses", "dataclasses"),
    ):
        if marker in filename:
            return name
    return "other (builtins, C calls)" if filename == "~" else "other"


def _print_areas(stats: pstats.Stats) -> None:
    """Own time (tottime) summed by area; C functions count where they are listed (builtins as 'other')."""
    areas: dict[str, float] = {}
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        areas[_area(filename)] = areas.get(_area(filename), 0.0) + tottime
        total += tottime
    print("own time by area:")
    for name, seconds in sorted(areas.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")


def _count_calls(module: object, name: str) -> list[int]:
    """Count the calls of module.name from now on (in this process); returns the counter."""
    counter = [0]
    real = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        counter[0] += 1
        return real(*args, **kwargs)

    setattr(module, name, counted)
    return counter


def _forked(  # type: ignore[no-untyped-def]
    count: int,
    ids: list[str],
    store,
    settings,
    data,
    server,
    server_cpu,
    rounds: int = 1,
    submit_round=None,
    dump: Path | None = None,
) -> int:
    """Process `ids` in `count` forked processes sharing one queue (a Redis list), as N worker processes would;
    with `rounds` > 1, the same processes (their caches kept) then take each further round's articles."""
    from usecases import grouping
    from usecases.processing import process_article
    from workers.webhook_tasks import dispatch_after_commit

    queue = "profw:bench:queue"
    stop = "profw:bench:stop"
    children = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # a worker: take the next id until told to stop
            from core.events import blocks, pieces

            regroups = _count_calls(grouping, "_regroup_stored")
            places = _count_calls(pieces, "article_locations")
            adds = _count_calls(blocks.BlockGrouper, "add")
            trips = RoundTrips()
            trips.install()
            done = 0
            while (item := store.r.blpop([queue], timeout=1)) is not None or not store.r.exists(stop):
                if item is not None:
                    process_article(store, settings, item[1], notify=dispatch_after_commit)
                    done += 1
            cpu = time.process_time()
            print(
                f"  process {os.getpid()}: {done} articles, {regroups[0]} regroups, {adds[0]} articles placed "
                f"(BlockGrouper.add), {places[0]} articles' places read, "
                f"{trips.count / max(1, done):.1f} round trips per article, {cpu:.2f} s CPU",
                flush=True,
            )
            os._exit(0)
        children.append(pid)
    procs = [psutil.Process(pid) for pid in children]
    for number in range(rounds):
        if number:
            ids = submit_round(number)
            server_cpu = sum(server.cpu_times()[:2]) if server else 0.0
        before = sum(sum(p.cpu_times()[:2]) for p in procs)
        started = time.perf_counter()
        store.r.rpush(queue, *ids)
        while store.count_by_status().get("done", 0) + store.count_by_status().get("failed", 0) < len(ids) * (
            number + 1
        ):
            time.sleep(0.02)
        wall = time.perf_counter() - started
        cpu = sum(sum(p.cpu_times()[:2]) for p in procs) - before
        server_used = (sum(server.cpu_times()[:2]) if server else 0.0) - server_cpu
        print(
            f"round {number + 1}: {len(ids)} articles by {count} processes: {cpu / len(ids) * 1000:.2f} ms worker CPU "
            f"per article (warm-up excluded: forked after it), Redis server {server_used / len(ids) * 1000:.2f} ms; "
            f"{len(ids) / wall:.1f} articles/s; {store.count_by_status()}",
            flush=True,
        )
    store.r.set(stop, "1")
    for pid in children:
        os.waitpid(pid, 0)
    if dump:
        _dump_events(store, dump)
    return 0


def _dump_events(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every stored event, sorted, as JSON (to compare two trees' results on the same articles)."""
    ids = sorted(k.split(":")[-1] for k in store.r.scan_iter(store.keys.event("*")) if k.count(":") == 2)
    events = store.load_event_dicts(ids)
    path.write_text(json.dumps([events[i] for i in sorted(events)], sort_keys=True))
    print(f"{len(events)} events written to {path}")


if __name__ == "__main__":
    sys.exit(main())
