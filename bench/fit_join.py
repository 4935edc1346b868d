"""Would a small scored model join the events the grouper leaves apart? Checked by leave-one-batch-out.

    .venv/bin/python bench/fit_join.py [--batches /tmp/own207:2 /tmp/own_dev30 ...] [--undated P --untitled P
        --seed N] [--write]

Each batch is a directory of own event sets (`bench/own_events.py`); `DIR:2` splits one into two halves by set
name. Every set is grouped as `bench/own_events.py` groups it (`score_set`'s predicted events: each article in the
event holding most of its figures, a report in none stands alone). For every pair of those predicted events of one
set, pair features are worked out from what the grouper already has (each report's block anchor,
`core.events.blocks.anchor_of`: its place, days, toll, kinds of disaster, venue, fingerprint; the event's place and
days): place relation (same key, one names the other's place, same block / country, distance bucket, one side
weak), day gap of their incident days and of their publication days, figure compatibility (same killed, log ratio,
the later one larger, both null), shared kinds, languages apart, text similarity (`core.events.match.text_similarity`,
best over member pairs), shared persons and venue, sizes. The label: both events' majority gold event is one.

A logistic regression (plain numpy, L2) is fitted leaving one batch out: fitted on the other batches, its merge
threshold chosen on them (the one that makes most gold events whole when their events are merged greedily,
highest score first), then applied to the held-out batch. Per batch it prints whole / split / joined before (the
grouper) and after (the merges), and the total: that number, not a dev score, says whether it generalises.

Which pairs may merge (`--crossing`): `all` (any two events of a set); `block` (only events of one block, which is
all a hook inside the grouper can merge: `core.events.blocks` never looks across blocks); `unplaced` (that, or a
report placed nowhere); `lone` (a lone report into another event); `lone-weak` (one block's, or a lone weakly
placed report into another block, what a pull in `block_of` could move). The printed merged pairs say where the
held-out merges crossed and whether they were right. `same_block` is "their reports' home blocks meet" (a report
pulled into another block keeps its home).

Since round 43 the profiles and pair features are the service's own (`core.events.across_blocks.profile_of`,
`pair_features`: one definition), and the default `--crossing guarded` takes only the pairs the layer above
blocks may link (`may_link`: two blocks, one harm, days within reach, something that ties them); a report in no
event is never linked (the service has no event to join it with). `--write` fits on every batch and writes the
weights and threshold to core/data/across_blocks.tsv, which the layer reads.
Groupings are cached per set under /tmp/fit_join_cache (keyed by the set's content, the variant and the tree's
core/ sources), so refitting does not regroup.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import news
from bench.own_events import as_a_feed_sends, grouped_set, load_sets
from core.events.across_blocks import FEATURES, WEIGHTS_FILE, may_link, profile_of
from core.events.across_blocks import pair_features as across_pair_features
from core.events.blocks import UNPLACED_BLOCK, Anchor, anchor_of, blocks_of
from core.events.state import EventState, GroupingSettings

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/fit_join_cache")
DEFAULT_BATCHES = ["/tmp/own207:2"] + [f"/tmp/own_dev{n}" for n in range(30, 40)]
SPAN = GroupingSettings().span_days
PROFILE_VERSION = 3  # bump when `grouped_raw` changes: the cache is keyed by it
LINKAGE = ["single"]  # set from --linkage
BALANCED = [True]  # set from --unbalanced
CROSSING = ["guarded"]  # set from --crossing
DROPPED: set[str] = set()  # from --drop
FIT_ON = ["guarded"]  # set from --fit-on


# ---------------------------------------------------------------------------------------------------------
# Grouping a set and profiling its predicted events


def _core_digest() -> str:
    """The core sources grouping reads (the layer above blocks, off in `grouped_set`, is left out: changing it
    does not regroup the cache)."""
    h = hashlib.sha256()
    for path in sorted((ROOT / "core").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".tsv", ".txt", ".json"} and path.stem != "across_blocks":
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def grouped_raw(articles: list[dict[str, Any]]) -> list[dict]:
    """The set's predicted events (as `bench.own_events.score_set` reads them) as plain data for the cache: each
    with its article ids, their gold events, the grouper's event (None for a report in no event) and the anchors
    of that event's members (`anchor_of`: what the service stores)."""
    grouping = grouped_set(articles)
    rows, facts_list, events, predicted = grouping.rows, grouping.facts, grouping.events, grouping.predicted
    by_id = {e.id: e for e in events}
    settings = GroupingSettings()
    anchors = {f.id: anchor_of(f, settings) for f in facts_list}
    blocks = blocks_of(facts_list, settings, list(anchors.values()))
    row_of = {r["id"]: r for r in rows}
    out = []
    for eid, ids in sorted(predicted.items()):
        event = by_id.get(eid)
        members = sorted(event.article_ids) if event is not None else list(ids)
        out.append({
            "ids": list(ids),
            "golds": [row_of[i]["event"] for i in ids],
            "event": event.to_dict() if event is not None else None,
            "anchors": [anchors[i].to_dict() for i in members if i in anchors],
            "block": event.block if event is not None else blocks[ids[0]],
        })  # fmt: skip
    return out


def profile(raw: dict) -> dict:
    """A predicted event profiled as the service profiles an event (`core.events.across_blocks.profile_of`); a
    report in no event gets a profile no pair may link (the service has no event to join it with)."""
    anchors = [Anchor.from_dict(a) for a in raw["anchors"]]
    if raw["event"] is not None:
        event = EventState.from_dict(raw["event"])
    else:  # (in no event: the service cannot join it; `_may_merge` refuses it)
        event = EventState(f"none:{raw['ids'][0]}", "", "", "", "", None, None, block=raw["block"])
    return {
        "ids": raw["ids"],
        "gold": Counter(raw["golds"]).most_common(1)[0][0],
        "golds": raw["golds"],
        "block": raw["block"],
        "in_event": raw["event"] is not None,
        "profile": profile_of(event, anchors),
    }


def batch_sets(spec: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """(batch name, its sets): `DIR` or `DIR:K` (K halves by set name)."""
    path, _, parts = spec.partition(":")
    sets = sorted(load_sets(Path(path)), key=lambda s: s["set"])
    name = Path(path).name
    if not parts:
        return [(name, sets)]
    k = int(parts)
    size = math.ceil(len(sets) / k)
    return [(f"{name}/{n + 1}", sets[n * size : (n + 1) * size]) for n in range(k)]


def profiled(sets: list[dict[str, Any]], variant: str, digest: str) -> list[list[dict]]:
    out = []
    CACHE.mkdir(exist_ok=True)
    for s in sets:
        told = json.dumps([s, variant, digest, PROFILE_VERSION], sort_keys=True)
        key = hashlib.sha256(told.encode()).hexdigest()[:24]
        file = CACHE / f"{s['set']}-{key}.pkl"
        if file.exists():
            raw = pickle.loads(file.read_bytes())
        else:
            raw = grouped_raw(s["articles"])
            file.write_bytes(pickle.dumps(raw))
        out.append([profile(r) for r in raw])
    return out


# ---------------------------------------------------------------------------------------------------------
# Pair features


def pair_features(a: dict, b: dict) -> list[float]:
    """The pair's features as the service works them out (`core.events.across_blocks.pair_features`)."""
    return across_pair_features(a["profile"], b["profile"])


def set_pairs(clusters: list[dict]) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
    pairs, xs, ys = [], [], []
    for i in range(len(clusters)):
        for j in range(i + 1, len(clusters)):
            pairs.append((i, j))
            xs.append(pair_features(clusters[i], clusters[j]))
            ys.append(float(clusters[i]["gold"] == clusters[j]["gold"]))
    width = len(FEATURES)
    return pairs, np.array(xs, dtype=float).reshape(-1, width), np.array(ys, dtype=float)


# ---------------------------------------------------------------------------------------------------------
# Fitting and merging


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> tuple[np.ndarray, float]:
    """Logistic regression by gradient descent on standardised features; returns weights on the raw features."""
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    pos = y.mean()
    weight = np.where(y == 1, 0.5 / max(pos, 1e-9), 0.5 / max(1 - pos, 1e-9)) if BALANCED[0] else np.ones(len(y))
    n = len(y)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = (p - y) * weight
        w -= 0.5 * (z.T @ g / n + l2 * w / n)
        b -= 0.5 * g.mean()
    raw = w / sd
    return raw, float(b - (mu * raw).sum())


def score(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w + b))) if len(x) else np.zeros(0)


def merged(
    clusters: list[dict], pairs: list[tuple[int, int]], scores: np.ndarray, threshold: float, linkage: str = "single"
) -> list[int]:
    """Greedy merge of the events, highest score first, while a pair of groups scores at least the threshold: each
    event's group (its lowest index). A group's score against another is its members' pair scores' best (`single`),
    mean (`average`) or worst (`complete`)."""
    n = len(clusters)
    pair_score = np.zeros((n, n))
    for (i, j), s in zip(pairs, scores, strict=True):
        pair_score[i, j] = pair_score[j, i] = s
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    link = {"single": np.max, "average": np.mean, "complete": np.min}[linkage]
    while len(groups) > 1:
        best, best_pair = -1.0, None
        keys = sorted(groups)
        for x, gi in enumerate(keys):
            for gj in keys[x + 1 :]:
                s = float(link(pair_score[np.ix_(groups[gi], groups[gj])]))
                if s > best:
                    best, best_pair = s, (gi, gj)
        if best_pair is None or best < threshold:
            break
        gi, gj = best_pair
        groups[gi] += groups.pop(gj)
    root = [0] * n
    for g, members in groups.items():
        for m in members:
            root[m] = g
    return root


def outcomes(clusters: list[dict], roots: list[int]) -> Counter[str]:
    """Each gold event whole / split / joined, as `bench.own_events.score_set` scores them."""
    holder: dict[str, set[int]] = defaultdict(set)
    members: dict[int, list[str]] = defaultdict(list)
    for c, r in zip(clusters, roots, strict=True):
        for g in c["golds"]:
            holder[g].add(r)
            members[r].append(g)
    out: Counter[str] = Counter()
    for g, rs in holder.items():
        if len(rs) > 1:
            out["split"] += 1
        elif set(members[next(iter(rs))]) != {g}:
            out["joined"] += 1
        else:
            out["whole"] += 1
    return out


# Per set: its events, the pairs fitted on, their features and labels, and which of them may merge
Prepared = list[tuple[list[dict], list[tuple[int, int]], np.ndarray, np.ndarray, np.ndarray]]


def merge_kind(a: dict, b: dict) -> str:
    """Where a merge of two events crosses: one block, from the unplaced block, or two placed blocks."""
    if a["block"] == b["block"]:
        return "same block"
    if UNPLACED_BLOCK in (a["block"], b["block"]):
        return "unplaced block"
    return "two blocks"


def _may_merge(a: dict, b: dict) -> bool:
    """May the pair merge under --crossing? `block`: events of one block (what a hook inside the grouper can
    merge); `unplaced`: also a report placed nowhere; `lone`: a lone report into another event, any block."""
    if CROSSING[0] == "guarded":  # what the layer above blocks may join (`core.events.across_blocks.may_link`)
        return a["in_event"] and b["in_event"] and may_link(a["profile"], b["profile"])
    if CROSSING[0] == "lone":
        return min(len(a["ids"]), len(b["ids"])) == 1
    if CROSSING[0] == "lone-weak":  # what a scored pull in `core.events.blocks.block_of` could move
        lone = [c for c in (a, b) if len(c["ids"]) == 1]
        return merge_kind(a, b) == "same block" or any(c["weak"] or c["unplaced"] for c in lone)
    allowed = {"same block"} | ({"unplaced block"} if CROSSING[0] == "unplaced" else set())
    return merge_kind(a, b) in allowed


def evaluate(
    sets: Prepared, w: np.ndarray | None, b: float, threshold: float, kinds: Counter[str] | None = None
) -> Counter[str]:
    total: Counter[str] = Counter()
    for clusters, pairs, x, _, mergeable in sets:
        roots = list(range(len(clusters)))
        if w is not None and len(pairs):
            scores = np.where(mergeable, score(x, w, b), 0.0)
            roots = merged(clusters, pairs, scores, threshold, LINKAGE[0])
            if kinds is not None:
                for i, j in pairs:
                    if roots[i] == roots[j]:
                        right = "right" if clusters[i]["gold"] == clusters[j]["gold"] else "wrong"
                        kinds[f"{merge_kind(clusters[i], clusters[j])}: {right}"] += 1
        total += outcomes(clusters, roots)
    return total


def _gain(c: Counter[str]) -> tuple[int, int]:
    return (c["whole"], -c["joined"])


def choose_threshold(sets: Prepared, w: np.ndarray, b: float) -> float:
    """The threshold making the most gold events whole, then the fewest joined, then the highest of those: with
    guards that let through nearly only same-event pairs, every threshold up to some point ties, and the grid's
    floor would merge whatever the guards pass on data unlike the batches."""
    best, best_t = None, 1.01
    for t in reversed([0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.01]):
        got = _gain(evaluate(sets, w, b, t))
        if best is None or got > best:
            best, best_t = got, t
    return best_t


def prepare(batches: Mapping[str, list[list[dict]]]) -> dict[str, Prepared]:
    out: dict[str, Prepared] = {}
    for name, sets in batches.items():
        out[name] = []
        for clusters in sets:
            pairs, x, y = set_pairs(clusters)
            mergeable = np.array([bool(_may_merge(clusters[i], clusters[j])) for i, j in pairs], dtype=bool)
            keep = mergeable | np.array([_fitted_on(clusters[i], clusters[j]) for i, j in pairs], dtype=bool)
            if CROSSING[0] != "all" and len(pairs):
                pairs, x, y, mergeable = (
                    [p for p, k in zip(pairs, keep, strict=True) if k],
                    x[keep],
                    y[keep],
                    mergeable[keep],
                )
            out[name].append((clusters, pairs, x, y, mergeable))
    return out


def _fitted_on(a: dict, b: dict) -> bool:
    """With `--fit-on across`, the model is fitted on every pair of events of two blocks of one harm (more
    pairs apart to learn from than the guards let through), and merges only what `--crossing` allows."""
    if FIT_ON[0] != "across":
        return False
    pa, pb = a["profile"], b["profile"]
    return a["in_event"] and b["in_event"] and pa.block != pb.block and pa.harm == pb.harm


def stacked(sets: Prepared) -> tuple[np.ndarray, np.ndarray]:
    xs = [x for _, _, x, _, _ in sets if len(x)]
    ys = [y for _, _, x, y, _ in sets if len(x)]
    return np.vstack(xs), np.concatenate(ys)


def drop_features(prepared: dict[str, Prepared]) -> None:
    """Zero the columns of --drop (a feature the service cannot work out, or one to leave out to see its worth)."""
    cols = [FEATURES.index(f) for f in DROPPED]
    for sets in prepared.values():
        for _, _, x, _, _ in sets:
            if len(x):
                x[:, cols] = 0.0


def _line(c: Counter[str]) -> str:
    return f"whole {c['whole']:>3} split {c['split']:>3} joined {c['joined']:>3}"


def leave_one_batch_out(prepared: dict[str, Prepared], l2: float) -> None:
    before_total, after_total, kinds = Counter(), Counter(), Counter()
    print(f"{'batch':<14} {'grouper':<32} {'scored merge':<32} threshold")
    for held in prepared:
        train = [s for name, sets in prepared.items() if name != held for s in sets]
        w, b = fit(*stacked(train), l2=l2)
        t = choose_threshold(train, w, b)
        before = evaluate(prepared[held], None, 0, 1)
        after = evaluate(prepared[held], w, b, t, kinds)
        before_total += before
        after_total += after
        print(f"{held:<14} {_line(before):<32} {_line(after):<32} {t}")
    print(f"{'TOTAL':<14} {_line(before_total):<32} {_line(after_total):<32}")
    print("held-out merged pairs (right: one gold event):", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    missed = Counter(
        merge_kind(c[i], c[j])
        for sets in prepared.values()
        for c, pairs, _, y, mergeable in sets
        for (i, j), same, may in zip(pairs, y, mergeable, strict=True)
        if same and may
    )
    print("pairs of one gold event apart in the grouper:", ", ".join(f"{k} {v}" for k, v in sorted(missed.items())))


def auc(col: np.ndarray, y: np.ndarray) -> float:
    """How well one feature alone ranks same-event pairs above the others (0.5: not at all; ties count half)."""
    pos, neg = col[y == 1], col[y == 0]
    if not len(pos) or not len(neg):
        return 0.5
    greater = (pos[:, None] > neg[None, :]).mean()
    ties = (pos[:, None] == neg[None, :]).mean()
    return float(greater + ties / 2)


def weights_table(w: np.ndarray, b: float, x: np.ndarray, y: np.ndarray) -> None:
    print(f"{'feature':<18} {'weight':>8} {'mean|same':>10} {'mean|apart':>10} {'auc':>6}")
    for name, wi, col in zip(FEATURES, w, x.T, strict=True):
        print(f"{name:<18} {wi:>8.3f} {col[y == 1].mean():>10.3f} {col[y == 0].mean():>10.3f} {auc(col, y):>6.3f}")
    print(f"{'bias':<18} {b:>8.3f}   pairs: {int(y.sum())} same, {int((1 - y).sum())} apart")


def blind(path: Path, variant: str, digest: str, w: np.ndarray, b: float, threshold: float) -> None:
    """The model fitted on every batch, its threshold chosen on them, applied to a blind batch: its totals only
    (never a set's name or outcome, and nothing of it reaches the fit)."""
    sets = load_sets(path)
    undated, untitled, seed = variant.split("/")
    if float(undated) or float(untitled):
        sets = as_a_feed_sends(sets, float(undated), float(untitled), int(seed))
    held = prepare({"blind": profiled(sets, variant, digest)})["blind"]
    drop_features({"blind": held})
    before, after = evaluate(held, None, 0, 1), evaluate(held, w, b, threshold)
    print(f"\nblind {path}: grouper {_line(before)}   scored merge {_line(after)}")


def main() -> None:
    # The layer is fitted on the grouper's own events: group the sets without it (it is on by default).
    news.GROUPING.merge_across_blocks = False
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", nargs="+", default=DEFAULT_BATCHES)
    parser.add_argument("--undated", type=float, default=0.0)
    parser.add_argument("--untitled", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--linkage", choices=["single", "average", "complete"], default="single")
    parser.add_argument(
        "--crossing",
        choices=["guarded", "all", "block", "unplaced", "lone", "lone-weak"],
        default="guarded",
        help="which pairs may merge: those the layer above blocks may link (its guards), any, only one block's (as "
        "the service groups), also a report placed nowhere, a lone report into another event, or that or one block's",
    )
    parser.add_argument(
        "--fit-on", choices=["guarded", "across"], default="guarded",
        help="the pairs the model is fitted on: those it may merge, or every pair of two blocks of one harm",
    )  # fmt: skip
    parser.add_argument("--drop", nargs="*", default=[], choices=FEATURES, help="features left out")
    parser.add_argument("--unbalanced", action="store_true", help="no class weights in the fit")
    parser.add_argument("--blind", type=Path, help="a blind batch: the totals of the model fitted on --batches")
    parser.add_argument("--write", action="store_true", help="fit on all batches, write core/data/scored_merge.tsv")
    args = parser.parse_args()
    LINKAGE[0] = args.linkage
    BALANCED[0] = not args.unbalanced
    CROSSING[0] = args.crossing
    FIT_ON[0] = args.fit_on
    DROPPED.update(args.drop)
    variant = f"{args.undated}/{args.untitled}/{args.seed}"
    digest = _core_digest()
    batches: dict[str, list[list[dict]]] = {}
    for spec in args.batches:
        for name, sets in batch_sets(spec):
            if args.undated or args.untitled:
                sets = as_a_feed_sends(sets, args.undated, args.untitled, args.seed)
            batches[name] = profiled(sets, variant, digest)
            print(f"grouped {name}: {len(sets)} sets", file=sys.stderr)
    prepared = prepare(batches)
    drop_features(prepared)
    leave_one_batch_out(prepared, args.l2)
    everything = [s for sets in prepared.values() for s in sets]
    x, y = stacked(everything)
    w, b = fit(x, y, l2=args.l2)
    t = choose_threshold(everything, w, b)
    print(f"\nfitted on all batches (threshold {t}):")
    weights_table(w, b, x, y)
    if args.blind:
        blind(args.blind, variant, digest, w, b, t)
    if args.write:
        write_weights(w, b, t, [name for name in batches], args)


def write_weights(w: np.ndarray, b: float, threshold: float, batches: list[str], args: argparse.Namespace) -> None:
    """The weights and threshold fitted on every batch, as `core.events.across_blocks.model` reads them."""
    lines = [
        "# The layer joining events of different blocks (core.events.across_blocks): a logistic score over pair",
        "# features of the grouper's events. Written by bench/fit_join.py --write; do not edit by hand.",
        f"# batches fitted: {' '.join(batches)}",
        f"# pairs: --crossing {args.crossing} --fit-on {args.fit_on}, l2 {args.l2}",
        f"# variant: undated {args.undated} untitled {args.untitled}",
        f"# features: {' '.join(FEATURES)}",
        f"# threshold: {threshold} (the most gold events whole on the batches, then the fewest joined)",
        f"# date: {date.today().isoformat()}",
        "# feature\tweight (raw units)",
    ]
    lines += [f"{n}\t{v:.6f}" for n, v in zip(FEATURES, w, strict=True)]
    lines += [f"bias\t{b:.6f}", f"threshold\t{threshold}"]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
