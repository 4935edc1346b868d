"""Order independence and cost of block grouping (core.events.blocks), offline, on GVA articles.

    .venv/bin/python bench/order.py [--data DIR] [--limit N] [--orders K]

1. Groups the same articles in K orders (file order, reversed, seeded shuffles) with `group_articles` and
   says whether every order gave the same events (ids, incidents, members, values), byte for byte.
2. Cost as a block grows: in the largest block, the time to place one more article in canonical order on
   the events so far (the fast path: an article later than every other of its block), and the time to
   regroup the whole block (what an article arriving out of order, or a deletion, costs), for growing sizes.
   Per CPU-second (process time), so a busy machine does not distort it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.grouping import DEFAULT_DATA, _extractor, load_cases, to_facts
from core.events import GroupingSettings
from core.events.blocks import BlockGrouper, as_member, blocks_of, canonical_key, group_articles, regroup_block
from core.models import ArticleFacts


def _dump(articles: list[ArticleFacts], settings: GroupingSettings) -> str:
    return json.dumps([e.to_dict() for e in group_articles(articles, settings)], sort_keys=True)


def order_check(facts: list[ArticleFacts], settings: GroupingSettings, orders: int) -> None:
    variants = [("file order", list(facts)), ("reversed", list(reversed(facts)))]
    for seed in range(max(0, orders - 2)):
        shuffled = list(facts)
        random.Random(seed).shuffle(shuffled)
        variants.append((f"shuffle {seed}", shuffled))
    reference = None
    for name, articles in variants:
        started = time.process_time()
        dumped = _dump(articles, settings)
        took = time.process_time() - started
        same = "reference" if reference is None else ("identical" if dumped == reference else "DIFFERENT")
        reference = reference or dumped
        print(f"  {name:<12} {len(json.loads(dumped)):5d} events  {took:6.2f} CPU-s  {same}")


def cost_by_size(facts: list[ArticleFacts], settings: GroupingSettings) -> None:
    blocks = blocks_of(facts, settings)
    sizes = Counter(blocks.values())
    block, size = sizes.most_common(1)[0]
    print(f"largest block {block}: {size} articles of {len(facts)} ({len(sizes)} blocks)")
    members = sorted((a for a in facts if blocks[a.id] == block), key=canonical_key)
    print(f"  {'articles':>8}  {'place one more (ms)':>20}  {'regroup all (ms)':>17}")
    for n in [s for s in (10, 25, 50, 100, 200, 400, 800) if s < len(members)] + [len(members)]:
        chunk = {a.id: a for a in members[:n]}
        started = time.process_time()
        events = regroup_block(block, chunk, settings)
        regroup_ms = (time.process_time() - started) * 1000
        if n < len(members):
            nxt = members[n]
            grouper = BlockGrouper(block, settings, events.values())
            kept = {i: as_member(a) for i, a in chunk.items()}
            started = time.process_time()
            grouper.add(nxt, kept)
            place_ms = f"{(time.process_time() - started) * 1000:20.2f}"
        else:
            place_ms = f"{'-':>20}"
        print(f"  {n:8d}  {place_ms}  {regroup_ms:17.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--orders", type=int, default=4, help="how many orders to compare (at least 2)")
    args = parser.parse_args()
    cases = load_cases(args.data / "cases.jsonl", args.limit)
    extract = _extractor()
    facts = [to_facts(c, extract, gold=extract is None, undated=False) for c in cases]
    settings = GroupingSettings()
    print(f"{len(facts)} articles from {args.data}")
    order_check(facts, settings, args.orders)
    cost_by_size(facts, settings)


if __name__ == "__main__":
    main()
