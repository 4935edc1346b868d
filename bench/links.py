"""The cost of the merge layer's link step (usecases/across.py) per settled event, through a real Redis.

    .venv/bin/python bench/links.py                    # every gva-dev article, in publication order
    .venv/bin/python bench/links.py --articles 300 --compare

It starts a redis-server, submits the articles (gva-dev texts with their publication times), processes each
in-process with `usecases.processing.process_article` (the worker's code, no Celery) with the layer on, and
times every link step: the link lock, the dirty events' states and anchors read, their profiles, the candidates
found by crossing key and scored, and the one-script commit. Prints the link step's wall time per event
relinked and per article (and the CPU of it: the rest is Redis round trips, five per step), the pairs scored
per event, the events linked and the groups' sizes at the end; `--compare` processes the same articles with the
layer off first and prints both runs' time per article (the second run finds the extractor's caches warm).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.redis_server import RedisServer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"


def _published(row: dict[str, object]) -> datetime | None:
    raw = row.get("published_at")
    return datetime.fromisoformat(str(raw).replace("Z", "+00:00")) if raw else None


def _run(url: str, prefix: str, rows: list[dict[str, object]], across: bool) -> dict[str, float]:
    from settings import Settings
    from store.repository import RedisStore
    from usecases import across as layer
    from usecases import grouping
    from usecases.articles import SubmitArticle, submit_articles
    from usecases.processing import process_article

    settings = replace(Settings(redis_url=url, key_prefix=prefix, auth=False), merge_across_blocks=across)
    store = RedisStore.from_url(url, prefix)
    commands = [
        SubmitArticle(
            source=f"{row.get('source') or 'gva'} #{n}",
            text=str(row["text"]),
            title=str(row.get("title") or "") or None,
            published_at=_published(row),
        )
        for n, row in enumerate(rows)
    ]
    ids = [s.id for s in submit_articles(store, lambda _ids: None, commands)]
    steps: list[tuple[float, int]] = []  # (seconds, events relinked)
    cpu: list[float] = []
    pairs: list[int] = []
    relink, changes = grouping.relink, layer.link_changes

    def timed_relink(*args: object, **kwargs: object) -> list[str]:
        started, started_cpu = time.perf_counter(), time.process_time()
        done = relink(*args, **kwargs)  # type: ignore[arg-type]
        steps.append((time.perf_counter() - started, len(done)))
        cpu.append(time.process_time() - started_cpu)
        return done

    def counted_changes(found, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        found = list(found)
        pairs.append(len(found))
        return changes(found, *args, **kwargs)  # type: ignore[arg-type]

    grouping.relink = timed_relink  # type: ignore[assignment]
    layer.link_changes = counted_changes  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        for article_id in ids:
            process_article(store, settings, article_id)
        total = time.perf_counter() - started
    finally:
        grouping.relink, layer.link_changes = relink, changes  # type: ignore[assignment]
    link_seconds = sum(s for s, _ in steps)
    relinked = sum(n for _, n in steps)
    links = sum(1 for _ in store.r.scan_iter(f"{prefix}:event:*:links"))
    events = store.r.zcard(store.keys.events_by_start)
    sizes = _group_sizes(store) if across else {}
    store.r.close()
    return {
        "articles": len(ids),
        "ms_per_article": total / len(ids) * 1000,
        "link_ms_per_article": link_seconds / len(ids) * 1000,
        "link_ms_per_event": link_seconds / relinked * 1000 if relinked else 0.0,
        "link_cpu_ms_per_event": sum(cpu) / relinked * 1000 if relinked else 0.0,
        "link_ms_median_step": statistics.median(s for s, _ in steps) * 1000 if steps else 0.0,
        "events_relinked": relinked,
        "pairs_per_event": sum(pairs) / relinked if relinked else 0.0,
        "events_with_links": links,
        "events": events,
        "group_sizes": sizes,
    }


def _group_sizes(store) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """How many groups (components over links) of each size, unbounded: those above `MAX_GROUP` read alone."""
    from usecases.across import component

    ids = [i.decode() if isinstance(i, bytes) else str(i) for i in store.r.zrange(store.keys.events_by_start, 0, -1)]
    seen: set[str] = set()
    sizes: dict[int, int] = {}
    for event_id in ids:
        if event_id in seen:
            continue
        found = component(event_id, store.across.links_of, bound=len(ids) + 1)
        members = found[0] if found else {event_id}
        seen |= members
        sizes[len(members)] = sizes.get(len(members), 0) + 1
    return dict(sorted(sizes.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=0, help="the first N articles in publication order (0: all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--compare", action="store_true", help="also process them with the layer off")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rows.sort(key=lambda r: (str(r.get("published_at") or "9999"), str(r.get("id"))))
    rows = rows[: args.articles] if args.articles else rows
    work = Path(tempfile.mkdtemp(prefix="factrecon-links-"))
    server = RedisServer(work / "data").start()
    try:
        from core.events import warm_up as warm_events
        from core.extract import warm_up as warm_extract

        warm_extract()
        warm_events()
        # (with --compare the layer-off run goes first: the second run finds the extractor's caches warm)
        off = _run(server.url, "linksoff", rows, across=False) if args.compare else None
        on = _run(server.url, "linkson", rows, across=True)
        print(
            f"layer on: {on['articles']} articles, {on['ms_per_article']:.1f} ms per article in all; link step "
            f"{on['link_ms_per_event']:.2f} ms per event relinked, {on['link_cpu_ms_per_event']:.2f} ms of it this "
            f"process's CPU ({on['events_relinked']} events, "
            f"{on['pairs_per_event']:.1f} pairs scored per event, median step {on['link_ms_median_step']:.2f} ms), "
            f"{on['link_ms_per_article']:.2f} ms per article; {on['events_with_links']} of {on['events']} events "
            "linked to another block's"
        )
        from usecases.across import MAX_GROUP

        over = sum(n for size, n in on["group_sizes"].items() if size > MAX_GROUP)
        print(f"groups by size (size: how many): {on['group_sizes']}; {over} above {MAX_GROUP} (read alone)")
        if off is not None:
            print(f"layer off: {off['ms_per_article']:.1f} ms per article in all ({off['events']} events)")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
