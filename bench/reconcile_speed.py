"""Timing of `reconcile_event` on a synthetic event with many articles (target: well under 50 ms for 1,000).

    .venv/bin/python bench/reconcile_speed.py [--articles 1000] [--repeat 20]

The event is built through the real grouping API (`assign_article`), so the bench also prints how long
grouping 1,000 articles into one event takes. Articles: three incident dates in one city, a mix of exact and
bounded figures, subsets, 25 claimants, published over two days, and one in ten a wire copy of another.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events import EventState, assign_article, warm_up
from core.models import KILLED, WOUNDED, ArticleFacts, Claim, Qualifier, Role
from core.reconcile import reconcile_event
from core.similarity import fingerprint

_DAY = date(2021, 5, 2)
_WORDS = [
    "police",
    "said",
    "gunfire",
    "erupted",
    "near",
    "the",
    "market",
    "late",
    "on",
    "the",
    "night",
    "several",
    "people",
    "were",
    "hurt",
    "hospital",
    "officials",
    "confirmed",
    "victims",
    "witnesses",
    "described",
    "chaos",
    "investigators",
    "searched",
    "for",
    "a",
    "suspect",
    "vehicle",
    "residents",
    "mourned",
    "the",
    "city",
    "council",
    "promised",
    "patrols",
    "community",
    "leaders",
    "urged",
    "calm",
    "after",
    "the",
    "attack",
]


def _claim(aid: str, n: int, metric: str, value: int, q: Qualifier, role: Role, day: date | None, who: str) -> Claim:
    low, high = {
        Qualifier.EXACT: (value, value),
        Qualifier.AT_LEAST: (value, None),
        Qualifier.UP_TO: (None, value),
    }[q]
    quote = f"{value} {metric}"
    return Claim(
        metric,
        value,
        low,
        high,
        q,
        role,
        quote,
        100 * n,
        100 * n + len(quote),
        subject="people",
        location="Springfield, Illinois",
        incident_date=day,
        attribution=who,
        id=f"{aid}-c{n}",
    )


def build_articles(n: int, seed: int = 7) -> list[ArticleFacts]:
    rng = random.Random(seed)
    texts: list[str] = []
    out = []
    for i in range(n):
        aid = f"art{i:05d}"
        incident = i % 3
        day = _DAY + timedelta(days=3 * incident) if i % 7 else None
        truth = (2 + incident, 5 + 2 * incident)
        killed = truth[0] + rng.choice((0, 0, 0, 1, -1))
        wounded = truth[1] + rng.choice((0, 0, 2, -2))
        who = f"claimant {rng.randrange(25)}"
        q = rng.choice((Qualifier.EXACT, Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.UP_TO))
        claims = [
            _claim(aid, 0, KILLED, max(killed, 0), Qualifier.EXACT, Role.TOTAL, day, who),
            _claim(aid, 1, WOUNDED, max(wounded, 0), q, Role.TOTAL, day, who),
            _claim(aid, 2, WOUNDED, 1, Qualifier.EXACT, Role.SUBSET, day, who),
        ]
        copy = i % 10 == 9 and texts  # one in ten is a wire copy of the previous article
        # Reports of one incident share its own vocabulary (names, streets), as real ones do.
        vocab = [*_WORDS, *(f"name{incident}x{k}" for k in range(40))]
        text = texts[-1] if copy else " ".join(rng.choice(vocab) for _ in range(120))
        texts.append(text)
        published = datetime(2021, 5, 2, 6) + timedelta(minutes=3 * i)
        out.append(ArticleFacts(aid, f"outlet{i % 40}", tuple(claims), published, None, fingerprint(text)))
    return out


def build_event(n: int) -> tuple[EventState, dict[str, ArticleFacts]]:
    """One event holding `n` articles, grouped through `assign_article` (as the store would)."""
    articles: dict[str, ArticleFacts] = {}
    events: list[EventState] = []
    counter = iter(range(1, 1_000_000))
    for article in build_articles(n):
        changed = assign_article(article, events, new_id=lambda: f"ev{next(counter)}", articles=articles)
        articles[article.id] = article
        known = {e.id for e in events}
        events.extend(e for e in changed if e.id not in known)
    assert len(events) == 1, [e.label for e in events]
    return events[0], articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    t0 = time.perf_counter()
    event, articles = build_event(args.articles)
    grouping = time.perf_counter() - t0
    view = reconcile_event(event, articles)  # warm-up
    print(f"event: {view.label}; {view.article_count} articles, {len(view.incidents)} incidents")
    print(
        f"grouping {args.articles} articles via assign_article: {grouping:.2f} s total, "
        f"{grouping / args.articles * 1000:.2f} ms per article"
    )
    _time("reconcile_event as is        ", event, articles, args.repeat)
    warm_up()
    gc.freeze()  # what a service should do after start-up (see core.events.warm_up)
    _time("reconcile_event after freeze ", event, articles, args.repeat)


def _time(label: str, event: EventState, articles: dict[str, ArticleFacts], repeat: int) -> None:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        reconcile_event(event, articles)
        timings.append((time.perf_counter() - start) * 1000)
    ordered = sorted(timings)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    print(
        f"{label}: median {statistics.median(timings):.1f} ms, p90 {p90:.1f} ms, max {max(timings):.1f} ms "
        f"over {repeat} runs (target < 50 ms)"
    )


if __name__ == "__main__":
    main()
