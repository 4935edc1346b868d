"""Score the extractor's headline figures on the GVA dev set (/work/shared/gva-dev, internal use only).

Per document and metric (killed, wounded): the headline figure of the main incident
(`main_incident_claims` then `pick_headline`) against article_gold.jsonl where `how` is literal, singular or
derived (a literal 0 also matches no figure); the false-positive rate on documents whose value is null or 0;
and agreement with the archive's incident-level gold in cases.jsonl.

    .venv/bin/python bench/accuracy.py [--data DIR] [--show CLASS] [--limit N]
    .venv/bin/python bench/accuracy.py --data ../shared/gva-silver     (validation: archive agreement only)

A data directory without article_gold.jsonl (gva-silver) prints only the agreement with the archive's counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "gva-dev"
SCORED_HOW = ("literal", "singular", "derived")
METRICS = ("killed", "wounded")


def load_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_of(case: dict[str, object]) -> ArticleInput:
    published = case.get("published_at")
    published_at = None
    if isinstance(published, str) and published:
        try:
            published_at = datetime.fromisoformat(published[:10])
        except ValueError:
            published_at = None
    return ArticleInput(
        text=str(case.get("text") or ""), title=str(case.get("title") or "") or None, published_at=published_at
    )


def headline_values(case: dict[str, object]) -> dict[str, Claim | None]:
    claims = extract(article_of(case)).claims
    main = main_incident_claims(claims)
    return {metric: pick_headline(main, metric) for metric in METRICS}


def predicted(claim: Claim | None) -> int | None:
    return None if claim is None or claim.value == 0 else claim.value


def size_class(value: int | None) -> str:
    if not value:
        return "0"
    if value == 1:
        return "1"
    return "2-4" if value <= 4 else "5+"


def error_class(gold: int | None, got: int | None) -> str:
    if gold in (None, 0):
        return "false_positive" if got else "ok"
    if got is None:
        return "missed"
    if got > gold:
        return "too_high"
    if got < gold:
        return "too_low"
    return "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", default=None, help="print documents of this error class, e.g. killed:missed")
    parser.add_argument("--limit", type=int, default=15)
    args = parser.parse_args()
    if not (args.data / "cases.jsonl").exists():
        print(f"no cases at {args.data}", file=sys.stderr)
        return 1
    cases = {str(c["id"]): c for c in load_jsonl(args.data / "cases.jsonl")}
    if not (args.data / "article_gold.jsonl").exists():
        print(f"{args.data.name}: no article_gold.jsonl, archive agreement only")
        _archive_agreement(cases)
        return 0
    gold_rows = load_jsonl(args.data / "article_gold.jsonl")

    exact: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    by_how: Counter[str] = Counter()
    by_size: Counter[str] = Counter()
    shown = 0
    for row in gold_rows:
        case = cases[str(row["id"])]
        heads = headline_values(case)
        for metric in METRICS:
            g = row[metric]
            assert isinstance(g, dict)
            gold_value, how = g.get("value"), g.get("how")
            got = predicted(heads[metric])
            if gold_value in (None, 0):
                negatives[metric] += 1
                if got:
                    fp[metric] += 1
            if how in SCORED_HOW:
                scored[metric] += 1
                gold_int = gold_value if isinstance(gold_value, int) else None
                ok = got == gold_int or (gold_int == 0 and got is None)
                if ok:
                    exact[metric] += 1
                by_how[f"{metric}:{how}:{'ok' if ok else 'err'}"] += 1
                by_size[f"{metric}:{size_class(gold_int)}:{'ok' if ok else 'err'}"] += 1
            cls = error_class(gold_value if isinstance(gold_value, int) else None, got)
            if cls != "ok":
                errors[f"{metric}:{cls}:{how}"] += 1
            wanted = args.show in (f"{metric}:{cls}", f"{metric}:{cls}:{how}")
            if args.show and cls != "ok" and wanted and shown < args.limit:
                shown += 1
                claim = heads[metric]
                print(
                    f"--- {row['id']} gold={gold_value} ({how}) got={got} "
                    f"quote={claim.quote if claim else None!r} notes={row.get('notes')}"
                )

    print(f"documents: {len(gold_rows)}")
    for metric in METRICS:
        rate = exact[metric] / scored[metric] if scored[metric] else 0.0
        fp_rate = fp[metric] / negatives[metric] if negatives[metric] else 0.0
        print(
            f"{metric:8} exact match {exact[metric]}/{scored[metric]} = {rate:.3f}   "
            f"false positives {fp[metric]}/{negatives[metric]} = {fp_rate:.3f}"
        )
    total_exact, total_scored = sum(exact.values()), sum(scored.values())
    print(f"overall  exact match {total_exact}/{total_scored} = {total_exact / max(total_scored, 1):.3f}")
    print("by how:", ", ".join(f"{k}={v}" for k, v in sorted(by_how.items())))
    print("by gold size:", ", ".join(f"{k}={v}" for k, v in sorted(by_size.items())))
    print("errors by class (metric:class:how):")
    for key, count in errors.most_common():
        print(f"  {key:40} {count}")
    _archive_agreement(cases)
    return 0


def _archive_agreement(cases: dict[str, dict[str, object]]) -> None:
    """Agreement with GVA's incident-level counts over all articles (an upper bound is well below 1)."""
    agree: Counter[str] = Counter()
    for case in cases.values():
        heads = headline_values(case)
        gold = case["gold"]
        assert isinstance(gold, dict)
        for metric in METRICS:
            got = predicted(heads[metric]) or 0
            if got == gold[metric]:
                agree[metric] += 1
    n = len(cases)
    print(
        "archive (cases.jsonl, incident-level) agreement: "
        + ", ".join(f"{m} {agree[m]}/{n} = {agree[m] / n:.3f}" for m in METRICS)
    )


if __name__ == "__main__":
    raise SystemExit(main())
