"""Score extraction, grouping and reconciliation on multi-outlet world news (../shared/news-dev, internal use).

    .venv/bin/python bench/news.py [--lang en|all|xx,yy|non-en] [--split dev|val|both] [--shuffle SEED]
                                   [--show figures|qualifiers|events|attribution] [--data DIR]
    .venv/bin/python bench/news.py --api http://127.0.0.1:8000 [--api-key KEY]     (through a running service)

For each article of the chosen languages, the headline killed / wounded figure (`main_incident_claims`, then
`pick_headline`, as bench/accuracy.py) is compared with gold.jsonl: *exact* when the value matches (for a gold
range, when low and high match; a gold null, "dozens" included, when we give no precise figure), and
*exact+q* when the qualifier matches too; the headline figure's source is compared with gold's `attribution`:
*named* (we name one), *agrees* (a claimant word in common: the test reconciliation uses), *unfounded* (we name
one where gold names none). Then the articles are grouped as the service groups them (by blocks,
`core.events.blocks.group_articles`: the same events whatever the order; `--arrival` places them one by one in
file order or a seeded shuffle, the grouping before blocks), and per gold event:

- *whole*: one predicted event holds all the event's articles (each article counted in the event holding most
  of its claims; an article in no event is a singleton) and no other article;
- *whole+figures*: whole, and in that event's reconciled killed and wounded figures every article's value is
  its gold value (absent when gold has none);
- the killed estimate.best of the event holding most of the gold event's articles: how often it is a figure
  some article states (gold value or range end), and how often it is above every stated figure (a total no
  one gives).

With `--api`, the articles are submitted to a running service as a client would (POST /v1/articles/batch,
with `outlet` as source and `url`), and everything is read back from GET /v1/reconciliation: an article's
figure is then its value in its event's figure (what a user sees), not the extractor's headline.

A third of the events (by a hash of the event key: the same split every run) is kept for validation: look at
its errors only to measure. Figures are printed for dev and validation side by side.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.grouping import Store
from core.events import EventState, GroupingSettings
from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.lead_headline import reading_title
from core.models import ArticleFacts, ArticleInput, Claim, Qualifier
from core.reconcile import claimant_key, reconcile_event
from core.similarity import fingerprint

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "news-dev"
METRICS = ("killed", "wounded")
# gold qualifier -> ours
QUALIFIERS: dict[str, tuple[Qualifier, ...]] = {
    "exact": (Qualifier.EXACT,),
    "at_least": (Qualifier.AT_LEAST,),
    "more_than": (Qualifier.MORE_THAN,),
    "at_most": (Qualifier.UP_TO,),
    "approximately": (Qualifier.ABOUT, Qualifier.NEARLY),
    "range": (Qualifier.RANGE,),
}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_validation(event_key: str) -> bool:
    """A fixed third of the events, chosen by a hash of the key (not by their content)."""
    return int(hashlib.sha1(event_key.encode()).hexdigest(), 16) % 3 == 0


def published(row: Mapping[str, Any]) -> datetime | None:
    value = row.get("published_at")
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def article_input(row: Mapping[str, Any]) -> ArticleInput:
    return ArticleInput(
        text=str(row.get("text") or ""), title=row.get("title") or None, published_at=published(row),
        language=row.get("lang") or None,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Matching one figure against gold


@dataclass(frozen=True)
class Got:
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier | None
    quote: str = ""
    attribution: str | None = None

    @classmethod
    def of_claim(cls, claim: Claim | None) -> Got:
        if claim is None or claim.qualifier is Qualifier.VAGUE:
            return cls(None, None, None, None, claim.quote if claim else "", claim.attribution if claim else None)
        return cls(claim.value, claim.low, claim.high, claim.qualifier, claim.quote, claim.attribution)


NOTHING = Got(None, None, None, None)


def value_ok(gold: Mapping[str, Any], got: Got) -> bool:
    if gold.get("qualifier") == "range":
        return got.qualifier is Qualifier.RANGE and (got.low, got.high) == (gold.get("low"), gold.get("high"))
    if gold.get("value") is None:
        return got.value is None
    return got.value == gold["value"]


def qualifier_ok(gold: Mapping[str, Any], got: Got) -> bool:
    wanted = gold.get("qualifier")
    if wanted is None:
        return got.qualifier is None
    return got.qualifier in QUALIFIERS.get(str(wanted), ())


def headline(claims: Iterable[Claim]) -> dict[str, Got]:
    main = main_incident_claims(list(claims))
    return {m: Got.of_claim(pick_headline(main, m)) for m in METRICS}


# ---------------------------------------------------------------------------------------------------------
# Grouping and events


# The grouper's settings the benches group with; `--blocks-only` turns off the layer joining events of different
# blocks (`core.events.across_blocks`), on as in the service.
GROUPING = GroupingSettings()


def group(facts: list[ArticleFacts], by_arrival: bool = False) -> tuple[Store, list[EventState]]:
    store = Store(GROUPING, by_arrival=by_arrival)
    for article in facts:
        store.add(article)
    return store, store.all_events()


def article_events(views: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Each article's event: the one where it has most figure values (membership alone counts as one)."""
    weight: dict[str, Counter[str]] = defaultdict(Counter)
    for view in views:
        for incident in view["incidents"]:
            for article_id in incident.get("article_ids", []):
                weight[article_id][view["id"]] += 1
            for figure in incident["figures"]:
                for v in [*figure["values"], *figure.get("other_values", [])]:
                    weight[v["article_id"]][view["id"]] += 1
    return {a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in weight.items()}


def event_values(view: Mapping[str, Any]) -> dict[str, dict[str, Got]]:
    """article id -> metric -> its value in the event's figure."""
    out: dict[str, dict[str, Got]] = defaultdict(dict)
    for figure in view["figures"]:
        if figure["metric"] not in METRICS:
            continue
        for v in figure["values"]:
            known = v.get("qualifier") in Qualifier._value2member_map_  # "sum": an incident total, no wording
            qualifier = Qualifier(v["qualifier"]) if known else None
            if qualifier is Qualifier.VAGUE:  # "thousands": no precise figure, as in the per-article scoring
                out[v["article_id"]][figure["metric"]] = Got(None, None, None, None, v.get("quote", ""))
                continue
            out[v["article_id"]][figure["metric"]] = Got(
                v["value"], v.get("low"), v.get("high"), qualifier, v.get("quote", ""), v.get("attribution")
            )
    return out


# ---------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lang", default="en", help="en (default), all, non-en, or a comma list (fr,es)")
    parser.add_argument("--shuffle", type=int, default=None, help="group in a seeded random order")
    parser.add_argument(
        "--arrival", action="store_true",
        help="place each article on the events so far in the order given (the grouping before blocks, to "
        "compare) instead of grouping by blocks as the service does",
    )  # fmt: skip
    parser.add_argument(
        "--show",
        choices=["figures", "qualifiers", "events", "attribution"],
        default=None,
        help="print DEV errors of a kind",
    )
    parser.add_argument("--split", choices=["dev", "val", "both"], default="both")
    parser.add_argument(
        "--blocks-only", action="store_true", help="without the layer joining events of different blocks"
    )
    parser.add_argument("--api", default=None, help="base URL of a running factrecon API")
    parser.add_argument("--api-key", default=None, help="API key (or FACTRECON_API_KEY)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to wait for processing (API mode)")
    args = parser.parse_args()
    GROUPING.merge_across_blocks = not args.blocks_only
    if not (args.data / "texts.jsonl").exists():
        print(f"no news-dev data at {args.data}", file=sys.stderr)
        return 1
    texts = load_jsonl(args.data / "texts.jsonl")
    gold = {g["id"]: g for g in load_jsonl(args.data / "gold.jsonl")}
    rows = [r for r in texts if _lang_wanted(r.get("lang") or "", args.lang)]
    if args.split != "both":
        rows = [r for r in rows if is_validation(r["event_key"]) == (args.split == "val")]
    if args.shuffle is not None:
        random.Random(args.shuffle).shuffle(rows)

    split_of = {r["id"]: "val" if is_validation(r["event_key"]) else "dev" for r in rows}
    if args.api:
        views = api_views(rows, args)
        event_of = article_events(views.values())
        heads = {a: event_values(views[e]).get(a, {}) for a, e in event_of.items()}
    else:
        t0 = time.perf_counter()
        results = {r["id"]: extract(article_input(r)) for r in rows}
        took = time.perf_counter() - t0
        print(f"{len(rows)} articles ({args.lang}); extraction {took:.2f} s, {len(rows) / max(took, 1e-9):.0f}/s")
        heads = {r["id"]: headline(results[r["id"]].claims) for r in rows}
        facts = [_facts(r, results[r["id"]].claims) for r in rows]
        t1 = time.perf_counter()
        store, events = group(facts, by_arrival=args.arrival)
        print(f"grouping {(time.perf_counter() - t1) * 1000 / max(len(rows), 1):.1f} ms/article, {len(events)} events")
        views = {e.id: {**reconcile_event(e, store.articles).to_dict(), "id": e.id} for e in events}
        event_of = article_events(views.values())
    figures = _score_figures(rows, gold, heads, split_of, show=args.show)
    ev = _score_events(rows, gold, event_of, views, split_of, show=args.show == "events")
    _print_table(figures, ev, rows, split_of)
    return 0


def api_views(rows: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Submit the rows to a running service, wait for them, and read every event back (keys: case ids)."""
    import requests

    from bench.grouping import _get

    session = requests.Session()
    key = args.api_key or os.environ.get("FACTRECON_API_KEY")
    if key:
        session.headers["Authorization"] = f"Bearer {key}"
    base = args.api.rstrip("/")
    case_of: dict[str, str] = {}
    t0 = time.perf_counter()
    for start in range(0, len(rows), 50):
        chunk = rows[start : start + 50]
        bodies = [
            {"text": r.get("text") or "", "title": r.get("title"), "source": r.get("outlet") or "unknown",
             "published_at": r.get("published_at"), "url": r.get("url"), "language": r.get("lang")}
            for r in chunk
        ]  # fmt: skip
        resp = session.post(f"{base}/v1/articles/batch", json={"articles": bodies}, timeout=120)
        resp.raise_for_status()
        for item in resp.json()["items"]:
            if item.get("id"):
                case_of[str(item["id"])] = chunk[int(item["index"])]["id"]
            else:
                print(f"WARNING: {chunk[int(item['index'])]['id']} rejected: {item.get('errors')}")
    pending = list(case_of)
    deadline = time.monotonic() + args.timeout
    while pending and time.monotonic() < deadline:
        status = _get(session, f"{base}/v1/articles/{pending[0]}").json().get("status")
        if status in ("done", "failed"):
            pending.pop(0)
        else:
            time.sleep(0.5)
    print(f"{len(case_of)} articles submitted and processed in {time.perf_counter() - t0:.1f} s ({len(pending)} late)")
    views: dict[str, dict[str, Any]] = {}
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        page = _get(session, f"{base}/v1/reconciliation", params=params).json()
        for event in page["events"]:
            views[event["id"]] = _to_case_ids(event, case_of)
        cursor = page.get("next_cursor")
        if not cursor:
            return views


def _to_case_ids(event: dict[str, Any], case_of: Mapping[str, str]) -> dict[str, Any]:
    """The event with API article ids replaced by the data set's ids (articles of other runs dropped)."""

    def values(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**v, "article_id": case_of[v["article_id"]]} for v in items if v["article_id"] in case_of]

    def figures(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**f, "values": values(f["values"]), "other_values": values(f.get("other_values", []))} for f in items]

    incidents = [
        {**i, "figures": figures(i["figures"]), "article_ids": [case_of[a] for a in i["article_ids"] if a in case_of]}
        for i in event["incidents"]
    ]
    return {**event, "figures": figures(event["figures"]), "incidents": incidents}


def _lang_wanted(lang: str, wanted: str) -> bool:
    if wanted == "all":
        return True
    if wanted == "non-en":
        return lang != "en"
    return lang in wanted.split(",")


def _facts(row: Mapping[str, Any], claims: tuple[Claim, ...]) -> ArticleFacts:
    text, sent = str(row.get("text") or ""), row.get("title") or None
    title = reading_title(sent, text)  # as the service reads a text sent alone
    numbered = tuple(replace(c, id=f"{row['id']}-c{n}") for n, c in enumerate(claims))
    return ArticleFacts(row["id"], str(row.get("outlet") or ""), numbered, published(row), title,
                        fingerprint(text, sent), text, row.get("url") or None)  # fmt: skip


def _score_figures(
    rows: list[dict[str, Any]],
    gold: Mapping[str, Any],
    heads: Mapping[str, Mapping[str, Got]],
    split_of: Mapping[str, str],
    *,
    show: str | None,
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {"dev": Counter(), "val": Counter()}
    for row in rows:
        g, split = gold[row["id"]], split_of[row["id"]]
        got = {m: heads.get(row["id"], {}).get(m, NOTHING) for m in METRICS}
        lang = row.get("lang") or "?"
        for metric in METRICS:
            ok = value_ok(g[metric], got[metric])
            counts[split][f"{metric}:n"] += 1
            counts[split][f"{metric}:ok"] += ok
            counts[split][f"{metric}:okq"] += ok and qualifier_ok(g[metric], got[metric])
            counts[split][f"lang:{lang}:n"] += 1
            counts[split][f"lang:{lang}:ok"] += ok
            if show == "figures" and not ok and split == "dev":
                print(
                    f"--- {row['id']} {metric}: gold {_gold_str(g[metric])}, got {got[metric].value} "
                    f"{got[metric].qualifier} {got[metric].quote!r}\n    notes: {g.get('notes')}"
                )
            if show == "qualifiers" and ok and not qualifier_ok(g[metric], got[metric]) and split == "dev":
                print(
                    f"--- {row['id']} {metric}: gold {_gold_str(g[metric])}, got {got[metric].qualifier} "
                    f"{got[metric].quote!r}"
                )
        show_source = show == "attribution" and split == "dev"
        _score_attribution(counts[split], row["id"], g.get("attribution"), got, show=show_source)
    return counts


def _score_attribution(
    counts: Counter[str], article_id: str, gold: str | None, got: Mapping[str, Got], *, show: bool
) -> None:
    """Who the article says gave its headline figure (killed, else wounded) against gold's `attribution`: *named*
    when we name anyone, *agrees* when our source shares a claimant word with gold's (the test reconciliation
    uses to tell claimants apart); *unfounded* when we name a source where gold names none."""
    ours = next((got[m].attribution for m in METRICS if got[m].value is not None and got[m].attribution), None)
    if not gold:
        counts["attr:none"] += 1
        counts["attr:unfounded"] += ours is not None
        return
    counts["attr:n"] += 1
    counts["attr:named"] += ours is not None
    agrees = bool(claimant_key(ours) & claimant_key(gold))
    counts["attr:agrees"] += agrees
    if show and not agrees:
        print(f"--- {article_id} attribution: gold {gold!r}, got {ours!r}")


def _gold_str(g: Mapping[str, Any]) -> str:
    if g.get("qualifier") == "range":
        return f"{g.get('low')}-{g.get('high')} (range)"
    return f"{g.get('value')} ({g.get('qualifier')})"


def _score_events(
    rows: list[dict[str, Any]],
    gold: Mapping[str, Any],
    event_of: Mapping[str, str],
    views: Mapping[str, Any],
    split_of: Mapping[str, str],
    *,
    show: bool,
) -> dict[str, Counter[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for article_id, event_id in event_of.items():
        members[event_id].add(article_id)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_gold[row["event_key"]].append(row["id"])
    counts: dict[str, Counter[str]] = {"dev": Counter(), "val": Counter()}
    for key, article_ids in sorted(by_gold.items()):
        split = split_of[article_ids[0]]
        predicted = {event_of.get(a, f"none:{a}") for a in article_ids}
        whole = len(predicted) == 1 and members.get(next(iter(predicted)), set()) == set(article_ids)
        counts[split]["events"] += 1
        counts[split]["whole"] += whole
        counts[split]["split"] += len(predicted) > 1
        counts[split]["intruded"] += any(members.get(e, set()) - set(article_ids) for e in predicted)
        held = [views.get(event_of.get(a, "")) for a in article_ids]
        _score_estimate(counts[split], [gold[a] for a in article_ids], held)
        if whole:
            values = event_values(views[next(iter(predicted))])
            wrong = [
                (a, m) for a in article_ids for m in METRICS
                if not value_ok(gold[a][m], values.get(a, {}).get(m, NOTHING))
            ]  # fmt: skip
            counts[split]["whole_right"] += not wrong
            if show and wrong and split == "dev":
                listed = ", ".join(f"{a}/{m} gold {_gold_str(gold[a][m])} got {values.get(a, {}).get(m)}"
                                   for a, m in wrong)  # fmt: skip
                print(f"--- {key}: whole, wrong figures: {listed}")
        elif show and split == "dev":
            parts = defaultdict(list)
            for a in article_ids:
                parts[event_of.get(a, "none")].append(a)
            intruders = {e: sorted(members.get(e, set()) - set(article_ids)) for e in parts if e != "none"}
            labels = {e: views[e]["label"] for e in parts if e in views}
            print(f"--- {key}: split into {dict(parts)}; labels {labels}; intruders {intruders}")
    return counts


def _score_estimate(
    counts: Counter[str], golds: list[Mapping[str, Any]], views: list[Mapping[str, Any] | None]
) -> None:
    """The killed estimate of the predicted event holding most of a gold event's articles: is it a figure some
    article states (value or a range end), and is it above every figure stated (a total nobody gives)?"""
    held = Counter(v["id"] for v in views if v is not None)
    stated = {x for g in golds for x in (g["killed"].get("value"), g["killed"].get("low"), g["killed"].get("high"))}
    stated.discard(None)
    if not held or not stated:
        return
    view = next(v for v in views if v is not None and v["id"] == held.most_common(1)[0][0])
    figure = next((f for f in view["figures"] if f["metric"] == "killed"), None)
    best = figure["estimate"]["best"] if figure else None
    counts["estimates"] += 1
    counts["estimate_stated"] += best in stated
    counts["estimate_above"] += best is not None and best > max(stated)


def _rate(c: Counter[str], ok: str, n: str) -> str:
    return f"{c[ok] / c[n]:.3f} ({c[ok]}/{c[n]})" if c[n] else "-"


def _print_table(
    figures: dict[str, Counter[str]],
    events: dict[str, Counter[str]],
    rows: list[dict[str, Any]],
    split_of: Mapping[str, str],
) -> None:
    print(f"{'':28}{'dev':>22}{'validation':>22}")
    for metric in METRICS:
        for kind, label in (("ok", "exact"), ("okq", "exact+qualifier")):
            print(
                f"{metric + ' ' + label:28}"
                + "".join(f"{_rate(figures[s], f'{metric}:{kind}', f'{metric}:n'):>22}" for s in ("dev", "val"))
            )
    both = {
        s: Counter(
            {
                "ok": figures[s]["killed:ok"] + figures[s]["wounded:ok"],
                "n": figures[s]["killed:n"] + figures[s]["wounded:n"],
            }
        )
        for s in ("dev", "val")
    }
    print(f"{'killed+wounded exact':28}" + "".join(f"{_rate(both[s], 'ok', 'n'):>22}" for s in ("dev", "val")))
    for kind, label in (("named", "attribution named"), ("agrees", "attribution agrees")):
        print(f"{label:28}" + "".join(f"{_rate(figures[s], f'attr:{kind}', 'attr:n'):>22}" for s in ("dev", "val")))
    print(
        f"{'attribution unfounded':28}"
        + "".join(f"{_rate(figures[s], 'attr:unfounded', 'attr:none'):>22}" for s in ("dev", "val"))
    )
    print(f"{'events whole':28}" + "".join(f"{_rate(events[s], 'whole', 'events'):>22}" for s in ("dev", "val")))
    for what, label in (("split", "events split apart"), ("intruded", "events with others' reports")):
        print(f"{label:28}" + "".join(f"{_rate(events[s], what, 'events'):>22}" for s in ("dev", "val")))
    print(
        f"{'events whole+figures right':28}"
        + "".join(f"{_rate(events[s], 'whole_right', 'events'):>22}" for s in ("dev", "val"))
    )
    for kind, label in (("estimate_stated", "killed estimate stated"), ("estimate_above", "killed estimate > all")):
        print(f"{label:28}" + "".join(f"{_rate(events[s], kind, 'estimates'):>22}" for s in ("dev", "val")))
    langs = sorted({str(r.get("lang")) for r in rows})
    if len(langs) > 1:
        print("per language (killed+wounded exact):")
        for lang in langs:
            print(
                f"  {lang:26}"
                + "".join(f"{_rate(figures[s], f'lang:{lang}:ok', f'lang:{lang}:n'):>22}" for s in ("dev", "val"))
            )


if __name__ == "__main__":
    raise SystemExit(main())
