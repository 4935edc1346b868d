"""Score grouping (articles -> incidents) and per-incident estimates on the GVA dev set (internal use only).

    .venv/bin/python bench/grouping.py [--data DIR] [--limit N] [--gold-claims] [--undated] [--shuffle SEED]
    .venv/bin/python bench/grouping.py --api http://localhost:8000 [--api-key frk_...]

Offline (default): runs the real extractor on each case, then groups the articles as the service does (by
blocks, `core.events.blocks.group_articles`: the same events whatever the order); `--arrival` instead places
them with `assign_article` in file order through an in-memory store that behaves like the former service
(candidate keys -> index -> candidates, JSON round trips), to compare.
`--gold-claims` skips the extractor and builds claims from the gold counts, location and date (an upper bound
for grouping; `--undated` drops the gold date so only place, publication date, figures and text remain).
With `--api` the cases are submitted through the HTTP API instead and the clusters read back from
GET /v1/reconciliation.

Each article's predicted cluster is the incident holding most of its claims (an article that joined without
claims counts too, offline); an article in no incident is a singleton. Prints pairwise and B-cubed
precision/recall/F1 against `incident_id`, the same on the hard slice (incidents in the same city within 14
days of another), how often an incident's estimate.best equals the gold killed / wounded (no figure counts as
0, as GVA records 0), and the main error classes with counts: why same-incident pairs were split or
different incidents merged, and how estimates miss.

API mode submits through POST /v1/articles/batch (100 a request), polls each article until done or failed,
pages GET /v1/reconciliation and maps articles to incidents through each incident's `article_ids` (and its
figures' values).
Articles the API shows in no figure (no claims, or members without claims) count as singletons there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events import (
    EventState,
    GroupingSettings,
    assign_article,
    candidate_keys,
    index_keys,
)
from core.events.blocks import group_articles
from core.lead_headline import reading_title
from core.models import ArticleFacts, ArticleInput, Claim, Qualifier, Role
from core.reconcile import reconcile_event
from core.similarity import fingerprint

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "gva-dev"
Case = dict[str, Any]


def load_cases(path: Path, limit: int | None) -> list[Case]:
    with path.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    return cases[:limit] if limit else cases


def _published(case: Case) -> datetime | None:
    value = case.get("published_at")
    try:
        return datetime.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------------------
# Offline: extractor (or gold) -> assign_article


def _extractor() -> Any:
    try:
        from core.extract import extract
    except ImportError:
        return None
    return extract


def _gold_claims(case: Case, undated: bool) -> tuple[Claim, ...]:
    gold = case["gold"]
    day = None if undated else date.fromisoformat(gold["date"])
    claims = []
    for metric in ("killed", "wounded"):
        value = int(gold[metric])
        quote = f"{value} {metric}"
        claims.append(
            Claim(metric, value, value, value, Qualifier.EXACT, Role.TOTAL, quote, 0, len(quote),
                  location=gold["location"], incident_date=day)
        )  # fmt: skip
    return tuple(claims)


def to_facts(case: Case, extract: Any, *, gold: bool, undated: bool) -> ArticleFacts:
    text, title = str(case.get("text") or ""), case.get("title") or None
    published = _published(case)
    if gold or extract is None:
        claims = _gold_claims(case, undated)
    else:
        claims = tuple(extract(ArticleInput(text, title, published)).claims)
    numbered = tuple(replace(c, id=f"{case['id']}-c{n}") for n, c in enumerate(claims))
    return ArticleFacts(
        case["id"], str(case.get("source") or ""), numbered, published, reading_title(title, text),
        fingerprint(text, title), text, case.get("url") or None,
    )  # fmt: skip


class Store:
    """What the service stores for the articles added: each block grouped from its articles
    (`core.events.blocks.group_articles`: the same events for the same set in any order). With `by_arrival`,
    the grouping before blocks, to compare: each article placed on the events so far, in the order added,
    through an in-memory index with JSON round trips."""

    def __init__(self, settings: GroupingSettings, by_arrival: bool = False) -> None:
        self.settings = settings
        self.by_arrival = by_arrival
        self.events: dict[str, str] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, ArticleFacts] = {}
        self._next = 0

    def new_id(self) -> str:
        self._next += 1
        return f"ev{self._next:05d}"

    def load(self, event_id: str) -> EventState:
        return EventState.from_dict(json.loads(self.events[event_id]))

    def add(self, article: ArticleFacts) -> None:
        self.articles[article.id] = article
        if not self.by_arrival:
            return
        ids = sorted({e for k in candidate_keys(article, self.settings) for e in self.index.get(k, ())})
        candidates = [self.load(e) for e in ids]
        members = {a: self.articles[a] for e in candidates for a in e.article_ids if a in self.articles}
        for event in assign_article(article, candidates, new_id=self.new_id, settings=self.settings, articles=members):
            for keyset in self.index.values():
                keyset.discard(event.id)
            self.events[event.id] = json.dumps(event.to_dict())
            for key in index_keys(event):
                self.index[key].add(event.id)

    def all_events(self) -> list[EventState]:
        if not self.by_arrival:
            return group_articles(self.articles.values(), self.settings)
        return [self.load(e) for e in sorted(self.events)]


def offline_clusters(cases: list[Case], args: argparse.Namespace) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    extract = None if args.gold_claims else _extractor()
    if extract is None:
        if not args.gold_claims:
            print("!" * 78)
            print("!! WARNING: core.extract is not importable; building claims from GOLD counts.   !!")
            print("!!          Grouping scores below are NOT end-to-end.                              !!")
            print("!" * 78)
        else:
            print(f"NOTE: claims built from gold counts/location{' (no dates)' if args.undated else ' and date'}.")
    store = Store(GroupingSettings(merge_across_blocks=not args.blocks_only), by_arrival=args.arrival)
    t0 = time.perf_counter()
    facts = [to_facts(c, extract, gold=args.gold_claims or extract is None, undated=args.undated) for c in cases]
    t1 = time.perf_counter()
    for article in facts:
        store.add(article)
    events = store.all_events()
    t2 = time.perf_counter()
    print(
        f"extraction {t1 - t0:.1f} s, grouping {t2 - t1:.2f} s ({(t2 - t1) / max(len(facts), 1) * 1000:.1f} ms/article)"
    )
    views = {e.id: {**reconcile_event(e, store.articles).to_dict(), "id": e.id} for e in events}
    incident_claims: dict[str, dict[str, int]] = defaultdict(dict)  # article -> incident -> claim count
    for e in events:
        for inc in e.incidents:
            for m in inc.members:
                incident_claims[m.article_id][inc.id] = len(m.claim_ids)
    assignment = {aid: max(sorted(incs), key=lambda i: incs[i]) for aid, incs in incident_claims.items()}
    return assignment, _incident_views(views.values())


def _incident_views(events: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Incident views by id, each with its event's id under "event_id"."""
    return {inc["id"]: {**inc, "event_id": e["id"]} for e in events for inc in e["incidents"]}


# ---------------------------------------------------------------------------------------------------------
# API mode


def _get(session: Any, url: str, **kwargs: Any) -> Any:
    """GET as a polite client: on 429 or 503 wait the Retry-After the API sends, then try again."""
    while True:
        resp = session.get(url, timeout=60, **kwargs)
        if resp.status_code in (429, 503):
            time.sleep(float(resp.headers.get("Retry-After", "1")))
            continue
        resp.raise_for_status()
        return resp


def api_clusters(cases: list[Case], args: argparse.Namespace) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    import requests

    session = requests.Session()
    key = args.api_key or os.environ.get("FACTRECON_API_KEY")
    if key:
        session.headers["X-API-Key"] = key
    base = args.api.rstrip("/")
    ids: dict[str, list[str]] = defaultdict(list)  # API id -> case ids (a duplicate text maps to one article)
    t0 = time.perf_counter()
    for start in range(0, len(cases), 100):
        chunk = cases[start : start + 100]
        bodies = [
            {
                "text": case.get("text") or "",
                "title": case.get("title"),
                "source": case.get("source"),
                "published_at": case.get("published_at"),
                "url": case.get("url"),
            }
            for case in chunk
        ]
        resp = session.post(f"{base}/v1/articles/batch", json={"articles": bodies}, timeout=120)
        resp.raise_for_status()
        for item in resp.json()["items"]:
            case = chunk[int(item["index"])]
            if item.get("id"):
                ids[str(item["id"])].append(case["id"])
            else:
                print(f"WARNING: {case['id']} rejected: {item.get('errors')}")
    duplicates = sum(len(v) - 1 for v in ids.values())
    took = time.perf_counter() - t0
    print(f"submitted {len(cases)} cases as {len(ids)} articles ({duplicates} duplicates) in {took:.1f} s")
    pending = list(ids)  # in submission order, which is roughly the order the worker finishes them
    failed = 0
    deadline = time.monotonic() + args.timeout
    while pending and time.monotonic() < deadline:
        # Poll from the oldest; stop at the first still processing (the later ones mostly are too), so the
        # poller stays well inside the API's rate limit.
        while pending:
            resp = _get(session, f"{base}/v1/articles/{pending[0]}")
            status = resp.json().get("status")
            if status not in ("done", "failed"):
                break
            pending.pop(0)
            failed += status == "failed"
        if pending:
            time.sleep(1.0)
    print(f"processed in {time.perf_counter() - t0:.1f} s ({failed} failed)")
    if pending:
        print(f"WARNING: {len(pending)} articles still processing after {args.timeout} s; scored as singletons")
    events: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100}
        if cursor:
            params["cursor"] = cursor
        resp = _get(session, f"{base}/v1/reconciliation", params=params)
        page = resp.json()
        events.extend(page["events"])
        cursor = page.get("next_cursor")
        if not cursor:
            break
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        for inc in event["incidents"]:
            # Every member, follow-ups without figures included; each figure value adds weight to its incident.
            for article_id in inc.get("article_ids", []):
                for case_id in ids.get(str(article_id), ()):
                    votes[case_id][inc["id"]] += 1
            for fig in inc["figures"]:
                for v in [*fig["values"], *fig.get("other_values", [])]:
                    for case_id in ids.get(str(v["article_id"]), ()):
                        votes[case_id][inc["id"]] += 1
    assignment = {cid: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for cid, c in votes.items()}
    return assignment, _incident_views(events)


# ---------------------------------------------------------------------------------------------------------
# Scoring


def prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    def pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item, label in labels.items():
            groups[label].append(item)
        return {(a, b) for g in groups.values() for i, a in enumerate(sorted(g)) for b in sorted(g)[i + 1 :]}

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    return prf(tp / len(pp) if pp else 1.0, tp / len(gp) if gp else 1.0)


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    if not gold:
        return 1.0, 1.0, 1.0
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        pc[pred[item]].add(item)
        gc[gold[item]].add(item)
    p = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in gold) / len(gold)
    r = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in gold) / len(gold)
    return prf(p, r)


def hard_slice(cases: list[Case]) -> set[str]:
    """Articles of incidents that share a city with another incident within 14 days."""
    incidents: dict[str, tuple[str, date]] = {}
    for c in cases:
        incidents[c["incident_id"]] = (c["gold"]["location"], date.fromisoformat(c["gold"]["date"]))
    hard = set()
    by_place: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for inc, (place, day) in incidents.items():
        by_place[place].append((day, inc))
    for items in by_place.values():
        for day, inc in items:
            if any(o != inc and abs((d - day).days) <= 14 for d, o in items):
                hard.add(inc)
    return {c["id"] for c in cases if c["incident_id"] in hard}


def _incidents_with_gold(
    cases: list[Case], pred: Mapping[str, str], views: Mapping[str, Mapping[str, Any]]
) -> Iterator[tuple[Mapping[str, Any], dict[str, Mapping[str, Any]]]]:
    """Per predicted incident with articles: the gold of its majority gold incident, and its figures by metric."""
    gold_of = {c["id"]: c for c in cases}
    members: dict[str, list[str]] = defaultdict(list)
    for aid, inc in pred.items():
        if inc in views:
            members[inc].append(aid)
    for inc_id, aids in members.items():
        majority = Counter(gold_of[a]["incident_id"] for a in aids).most_common(1)[0][0]
        gold = next(gold_of[a]["gold"] for a in aids if gold_of[a]["incident_id"] == majority)
        yield gold, {f["metric"]: f for f in views[inc_id]["figures"]}


def estimate_hits(
    cases: list[Case], pred: Mapping[str, str], views: Mapping[str, Mapping[str, Any]]
) -> tuple[int, dict[str, int]]:
    """Per predicted incident (with at least one article): does estimate.best equal the gold of its majority
    gold incident? No figure counts as 0."""
    hits = Counter[str]()
    incidents = 0
    for gold, figures in _incidents_with_gold(cases, pred, views):
        incidents += 1
        for metric in ("killed", "wounded"):
            fig = figures.get(metric)
            best = fig["estimate"]["best"] if fig and fig["estimate"]["best"] is not None else 0
            hits[metric] += best == gold[metric]
        hits["both"] += all(
            (figures[m]["estimate"]["best"] if m in figures and figures[m]["estimate"]["best"] is not None else 0)
            == gold[m]
            for m in ("killed", "wounded")
        )
    return incidents, dict(hits)


def grouping_errors(cases: list[Case], pred: Mapping[str, str], views: Mapping[str, Mapping[str, Any]]) -> Counter[str]:
    """Why pairs of articles of one gold incident ended apart (split), and pairs of two incidents together
    (merge). "same place" compares the predicted incidents' place keys."""
    gold_of = {c["id"]: c for c in cases}
    out = Counter[str]()
    by_gold: dict[str, list[str]] = defaultdict(list)
    for c in cases:
        by_gold[c["incident_id"]].append(c["id"])
    for aids in by_gold.values():
        for i, a in enumerate(aids):
            for b in aids[i + 1 :]:
                ia, ib = views.get(pred[a]), views.get(pred[b])
                if pred[a] == pred[b]:
                    continue
                if ia is None or ib is None:
                    out["split: article in no incident (no figures, or not joined)"] += 1
                elif ia["event_id"] == ib["event_id"]:
                    out["split: same event, different incidents (date or spot)"] += 1
                elif ia.get("location_key") == ib.get("location_key"):
                    out["split: same place, different events (dates beyond the span)"] += 1
                else:
                    out["split: different places (place resolution)"] += 1
    members: dict[str, list[str]] = defaultdict(list)
    for aid, inc in pred.items():
        if inc in views:
            members[inc].append(aid)
    for aids in members.values():
        for i, a in enumerate(aids):
            for b in aids[i + 1 :]:
                ga, gb = gold_of[a], gold_of[b]
                if ga["incident_id"] == gb["incident_id"]:
                    continue
                if ga["gold"]["location"] == gb["gold"]["location"]:
                    days = abs((date.fromisoformat(ga["gold"]["date"]) - date.fromisoformat(gb["gold"]["date"])).days)
                    out[f"merge: same city, {'within' if days <= 14 else 'over'} 14 days"] += 1
                else:
                    out["merge: different cities"] += 1
    return out


def estimate_errors(cases: list[Case], pred: Mapping[str, str], views: Mapping[str, Mapping[str, Any]]) -> Counter[str]:
    """How estimate.best misses the gold of the predicted incident's majority gold incident, per metric."""
    out = Counter[str]()
    for gold, figures in _incidents_with_gold(cases, pred, views):
        for metric in ("killed", "wounded"):
            fig = figures.get(metric)
            best = fig["estimate"]["best"] if fig else None
            truth = int(gold[metric])
            if best is None:
                if truth:
                    out[f"{metric}: no figure, gold {'1' if truth == 1 else '2+'}"] += 1
            elif best < truth:
                out[f"{metric}: too low ({'by 1' if truth - best == 1 else 'by 2+'})"] += 1
            elif best > truth:
                out[f"{metric}: too high{' (gold 0)' if truth == 0 else ''}"] += 1
    return out


def report(cases: list[Case], assignment: Mapping[str, str], views: Mapping[str, Mapping[str, Any]]) -> None:
    gold = {c["id"]: c["incident_id"] for c in cases}
    pred = {aid: assignment.get(aid, f"singleton:{aid}") for aid in gold}
    alone = sum(1 for a in gold if a not in assignment)
    print(
        f"articles {len(gold)}, gold incidents {len(set(gold.values()))}, predicted clusters "
        f"{len(set(pred.values()))} ({alone} articles in no incident -> singletons)"
    )
    for name, fn in (("pairwise", pairwise), ("B-cubed", bcubed)):
        p, r, f = fn(pred, gold)
        print(f"{name:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    hard = hard_slice(cases)
    hp = {a: pred[a] for a in hard}
    hg = {a: gold[a] for a in hard}
    merged = sum(1 for label in set(hp.values()) if len({hg[a] for a in hp if hp[a] == label}) > 1)
    print(f"hard slice ({len(hard)} articles, {len(set(hg.values()))} incidents; same city within 14 days):")
    for name, fn in (("pairwise", pairwise), ("B-cubed", bcubed)):
        p, r, f = fn(hp, hg)
        print(f"  {name:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  predicted clusters mixing two gold incidents: {merged}")
    n, hits = estimate_hits(cases, pred, views)
    if n:
        print(
            f"estimate.best == gold over {n} predicted incidents: killed {hits.get('killed', 0) / n:.3f}, "
            f"wounded {hits.get('wounded', 0) / n:.3f}, both {hits.get('both', 0) / n:.3f}"
        )
    print("error classes (article pairs):")
    for name, count in grouping_errors(cases, pred, views).most_common():
        print(f"  {count:6d}  {name}")
    print("estimate errors (predicted incidents):")
    for name, count in estimate_errors(cases, pred, views).most_common():
        print(f"  {count:6d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--api", default=None, help="base URL of a running factrecon API")
    parser.add_argument("--api-key", default=None, help="API key (or FACTRECON_API_KEY)")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds to wait for processing (API mode)")
    parser.add_argument("--gold-claims", action="store_true", help="claims from gold instead of the extractor")
    parser.add_argument("--undated", action="store_true", help="with --gold-claims: leave incident dates out")
    parser.add_argument(
        "--shuffle", type=int, default=None, metavar="SEED",
        help="process the cases in a seeded random order (only --arrival and --api depended on order)",
    )  # fmt: skip
    parser.add_argument(
        "--arrival", action="store_true",
        help="offline: place each article on the events so far in the order given (the grouping before "
        "blocks, to compare) instead of grouping by blocks as the service does",
    )  # fmt: skip
    parser.add_argument(
        "--blocks-only", action="store_true", help="without the layer joining events of different blocks"
    )
    args = parser.parse_args()
    cases = load_cases(args.data / "cases.jsonl", args.limit)
    if args.shuffle is not None:
        random.Random(args.shuffle).shuffle(cases)
        print(f"cases in random order (seed {args.shuffle})")
    if args.api:
        assignment, views = api_clusters(cases, args)
    else:
        assignment, views = offline_clusters(cases, args)
    report(cases, assignment, views)


if __name__ == "__main__":
    main()
