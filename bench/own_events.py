"""Grouping on multi-outlet sets of reports of our own (invented sentences, several languages per set).

    .venv/bin/python bench/own_events.py [--sets tests/fixtures/own_event_sets/] [--show]

Each set tells one real-world event in reports from several outlets and languages (a crash, a flood, a strike
across a country), with a decoy or two of the same days and country (another crash, another shooting in the same
city): each article carries its gold `event`. The articles of each set are grouped as the service groups them
(`bench.news.group`, blocks and canonical order) and scored per gold event: *whole* when one predicted event holds
every article of it and nothing else (as `bench/news.py` scores news-dev), *split* when its articles are in several
events, *joined* when its event holds another gold event's articles. Each set is grouped on its own (its decoys
are its only company). The sets are our own text, so `--show` prints what each set became.

One file per set under `tests/fixtures/own_event_sets/`. An article may carry its gold headline figures,
`"killed"` and `"wounded"`: a number, null when it states none, or `{"low": a, "high": b}` for a range ("between
100 and 300 were killed"); those are scored per article as `bench/news.py` scores news-dev (`value_ok`: the
headline figure's value, exact; for a range, a range figure with that low and high), and `--show` prints the
misses.

The sets were written while probing for phenomena (each found a rule that tests/core now holds with sentences of
their own); they are a regression measure, not a held-out one.

Real feeds send about half their reports with no publication date and half with no title (news-dev's 222 do):
`--undated P` drops each article's publication date with probability P, `--untitled P` folds its title into its
text's first line (title, a blank line, the text) with probability P, drawn with `--seed` (default 1), so the
same sets are measured as such a feed would send them (`--undated 0.5 --untitled 0.5 --seed 1..3`;
`--undated 1` for none dated).

`--pooled` groups every set of the directory together as one corpus (a service holds thousands of events, not a
set's report or two of decoys) and scores each gold event over the pool, without and with the layer joining
events of different blocks (`core.events.across_blocks`, on as in the service); `--blocks-only` turns that layer
off for the per-set scores.

`--strays` prints the census of stray reports: per set, each report whose block (`core.events.blocks.blocks_of`:
its US state or country, where the grouper compares it) differs from the block holding most of its gold event's
reports, with its language, its resolved main place and why: `unplaced` (no place read), `weak` (a place too
coarse or unsure to key on, `weak_location`), `other country`, `other state`; then totals per cause, language and
script over every set given (`--sets` takes several directories).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import news
from bench.news import METRICS, _facts, article_events, article_input, group, headline, value_ok
from core.events import GroupingSettings
from core.events.blocks import UNPLACED_BLOCK, anchor_of, blocks_of
from core.extract import extract
from core.models import Qualifier
from core.reconcile import reconcile_event

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ROOT / "tests" / "fixtures" / "own_event_sets"


class SetGrouping(NamedTuple):
    """One set grouped (`grouped_set`)."""

    rows: list[dict[str, Any]]
    facts: list[Any]
    events: list[Any]
    placed: dict[str, str]
    predicted: dict[str, list[str]]


def load_sets(path: Path) -> list[dict[str, Any]]:
    """A directory of one-set files (sorted by name), or one file holding a set or a list of sets."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    sets: list[dict[str, Any]] = []
    for file in files:
        loaded = json.loads(file.read_text(encoding="utf-8"))
        sets.extend(loaded if isinstance(loaded, list) else [loaded])
    return sets


def news_gold(figure: Any) -> dict[str, Any]:
    """An article's gold figure as news-dev writes it: a number or null is its value; a range
    (`{"low": a, "high": b}`) has value null, qualifier "range" and its low and high."""
    if isinstance(figure, dict):
        if set(figure) != {"low", "high"} or not all(isinstance(figure[k], int) for k in ("low", "high")):
            raise ValueError(f"a range gold figure is {{'low': a, 'high': b}}, not {figure!r}")
        return {"value": None, "qualifier": "range", "low": figure["low"], "high": figure["high"]}
    if figure is not None and not isinstance(figure, int):
        raise ValueError(f"a gold figure is a number, null or a range, not {figure!r}")
    return {"value": figure}


def _shown(figure: Any) -> str:
    return f"{figure['low']}-{figure['high']} (range)" if isinstance(figure, dict) else str(figure)


def figure_misses(articles: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Articles' gold headline figures checked against the extractor's: (figures checked, misses described)."""
    checked, misses = 0, []
    for a in articles:
        wanted = {m: a[m] for m in METRICS if m in a}
        if not wanted:
            continue
        got = headline(extract(article_input({**a, "outlet": a.get("outlet") or a["id"]})).claims)
        for metric, value in wanted.items():
            checked += 1
            ours = got[metric]
            if not value_ok(news_gold(value), ours):
                shown = f"{ours.low}-{ours.high} (range)" if ours.qualifier is Qualifier.RANGE else str(ours.value)
                misses.append(f"{a['id']} {metric}: gold {_shown(value)}, ours {shown} ({ours.quote!r})")
    return checked, misses


def grouped_set(articles: list[dict[str, Any]], facts: list[Any] | None = None) -> SetGrouping:
    """The set's reports extracted and grouped as the service groups them: the rows (each with an outlet), their
    facts, the events, where each report sits (`article_events`) and the predicted events' article ids (a report
    in no event alone, `none:<id>`). `facts`: the reports' facts, when already extracted."""
    rows = [{**a, "outlet": a.get("outlet") or a["id"]} for a in articles]
    if facts is None:
        facts = [_facts(r, extract(article_input(r)).claims) for r in rows]
    store, events = group(facts)
    views = [{**reconcile_event(e, store.articles).to_dict(), "id": e.id} for e in events]
    placed = article_events(views)
    predicted: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        predicted[placed.get(r["id"], f"none:{r['id']}")].append(r["id"])
    return SetGrouping(rows, facts, events, placed, predicted)


def score_set(articles: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each gold event's outcome ('whole', 'split', 'joined'), and the predicted events (article ids)."""
    return outcomes_of(grouped_set(articles))


def outcomes_of(grouping: SetGrouping) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each gold event's outcome in a grouping, and the predicted events (article ids)."""
    rows, placed, predicted = grouping.rows, grouping.placed, grouping.predicted
    gold: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        gold[r["event"]].add(r["id"])
    outcomes = {}
    for event, ids in gold.items():
        holders = {placed.get(i, f"none:{i}") for i in ids}
        if len(holders) > 1:
            outcomes[event] = "split"
        elif set(predicted[holders.pop()]) != ids:
            outcomes[event] = "joined"
        else:
            outcomes[event] = "whole"
    return outcomes, dict(predicted)


class Stray(NamedTuple):
    """A report grouped in another block than most of its gold event's reports (`strays`)."""

    article_id: str
    lang: str
    script: str
    place: str
    block: str
    event_block: str
    cause: str


def script_of(text: str) -> str:
    """The script most of a text's letters are written in (the first word of their Unicode names: LATIN,
    CJK, ARABIC, DEVANAGARI; hiragana and katakana as HIRAGANA / KATAKANA)."""
    scripts = Counter(unicodedata.name(c, "?").split()[0] for c in text if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else "NONE"


def _cause(home: str, weak: bool, block: str, event_block: str) -> str:
    if home == UNPLACED_BLOCK:
        return "unplaced"
    if weak:
        return "weak"
    if event_block == UNPLACED_BLOCK:
        return "placed (event unplaced)"
    return "other state" if block.split("-")[0] == event_block.split("-")[0] else "other country"


def strays(grouping: SetGrouping) -> list[Stray]:
    """The reports of a set whose block differs from the block holding most of their gold event's reports
    (ties: the block named first in sorted order), each with why (`_cause`)."""
    settings = GroupingSettings()
    blocks = blocks_of(grouping.facts, settings)
    anchors = {f.id: anchor_of(f, settings) for f in grouping.facts}
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in grouping.rows:
        by_event[r["event"]].append(r)
    out = []
    for rows in by_event.values():
        counts = Counter(blocks[r["id"]] for r in rows)
        event_block = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for r in rows:
            block, anchor = blocks[r["id"]], anchors[r["id"]]
            if block == event_block:
                continue
            place = f"{anchor.key or '-'} ({anchor.name or '-'})"
            script = script_of(f"{r.get('title') or ''} {r['text']}")
            cause = _cause(anchor.home, anchor.weak, block, event_block)
            out.append(Stray(r["id"], r.get("lang", "en"), script, place, block, event_block, cause))
    return out


def _print_totals(label: str, counts: Counter[str]) -> None:
    shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"strays by {label}: {shown}")


def as_a_feed_sends(sets: list[dict[str, Any]], undated: float, untitled: float, seed: int) -> list[dict[str, Any]]:
    """The sets with about `undated` of the articles' publication dates dropped and `untitled` of their titles
    folded into their texts' first lines (see the module's docstring); the same draw for the same seed."""
    draw = random.Random(seed)
    out = []
    for s in sets:
        articles = []
        for a in s["articles"]:
            a = dict(a)
            if draw.random() < undated:
                a["published_at"] = None
            if draw.random() < untitled and a.get("title"):
                a["text"], a["title"] = f"{a['title']}\n\n{a['text']}", None
            articles.append(a)
        out.append({**s, "articles": articles})
    return out


def pooled(sets: list[dict[str, Any]]) -> dict[bool, dict[str, int]]:
    """Every set's reports grouped together as one corpus, without and with the layer joining events of different
    blocks; each gold event (named by its set) scored over the pool."""
    ids = [a["id"] for s in sets for a in s["articles"]]
    unique = len(set(ids)) == len(ids)
    if not unique:  # (own207's sets reuse short ids such as "it1": each is then named by its set too)
        print(f"article ids repeat across sets ({len(ids) - len(set(ids))}): each is named by its set", file=sys.stderr)
    articles = [
        {**a, "id": a["id"] if unique else f"{s['set']}:{a['id']}", "event": f"{s['set']}/{a['event']}"}
        for s in sets
        for a in s["articles"]
    ]
    rows = [{**a, "outlet": a.get("outlet") or a["id"]} for a in articles]
    facts = [_facts(r, extract(article_input(r)).claims) for r in rows]
    out: dict[bool, dict[str, int]] = {}
    for across in (False, True):
        news.GROUPING.merge_across_blocks = across
        outcomes, _ = outcomes_of(grouped_set(articles, facts))
        totals: dict[str, int] = defaultdict(int)
        for outcome in outcomes.values():
            totals[outcome] += 1
        out[across] = totals
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", type=Path, nargs="+", default=[DEFAULT_SETS])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--strays", action="store_true", help="the census of reports grouped in another block")
    parser.add_argument("--undated", type=float, default=0.0, help="share of articles sent with no publication date")
    parser.add_argument("--untitled", type=float, default=0.0, help="share sent with the title folded into the text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pooled", action="store_true", help="group all sets together as one corpus")
    parser.add_argument(
        "--blocks-only", action="store_true", help="without the layer joining events of different blocks"
    )
    args = parser.parse_args()
    news.GROUPING.merge_across_blocks = not args.blocks_only
    sets = [s for path in args.sets for s in load_sets(path)]
    if args.undated or args.untitled:
        sets = as_a_feed_sends(sets, args.undated, args.untitled, args.seed)
    if args.pooled:
        for across, totals in pooled(sets).items():
            n, name = sum(totals.values()), "across blocks" if across else "grouper"
            print(f"pooled {len(sets)} sets, {name:<13}: gold events whole {totals['whole']}/{n}, "
                  f"split {totals['split']}, joined {totals['joined']}")  # fmt: skip
        return
    totals: dict[str, int] = defaultdict(int)
    main_whole = figures_checked = figures_missed = 0
    stray_totals: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sets:
        if args.strays:
            found = strays(grouped_set(s["articles"]))
            for st in found:
                where = f"{st.place}: {st.block} vs {st.event_block}"
                print(f"{s['set']}  {st.article_id} [{st.lang} {st.script}] {where}, {st.cause}")
                stray_totals["cause"][st.cause] += 1
                stray_totals["language"][st.lang] += 1
                stray_totals["script"][st.script] += 1
            stray_totals["total"]["reports"] += len(s["articles"])
            stray_totals["total"]["strays"] += len(found)
            continue
        outcomes, predicted = score_set(s["articles"])
        checked, misses = figure_misses(s["articles"])
        figures_checked += checked
        figures_missed += len(misses)
        for outcome in outcomes.values():
            totals[outcome] += 1
        main_whole += outcomes[s["set"]] == "whole"
        langs = ",".join(sorted({a.get("lang", "en") for a in s["articles"]}))
        print(f"{s['set']}  {outcomes[s['set']]:<6}  {s['event']} ({len(s['articles'])} reports: {langs})")
        if args.show and any(v != "whole" for v in outcomes.values()):
            for ids in predicted.values():
                print(f"        {sorted(ids)}")
        if args.show:
            for miss in misses:
                print(f"        figure {miss}")
    if args.strays:
        for label in ("cause", "script", "language", "total"):
            _print_totals(label, stray_totals[label])
        return
    n = sum(totals.values())
    print(f"sets whose event is whole: {main_whole}/{len(sets)}")
    print(
        f"gold events (decoys included) whole {totals['whole']}/{n}, split {totals['split']}, joined {totals['joined']}"
    )
    if figures_checked:
        exact = figures_checked - figures_missed
        print(f"headline figures exact (articles with gold figures): {exact}/{figures_checked}")


if __name__ == "__main__":
    main()
