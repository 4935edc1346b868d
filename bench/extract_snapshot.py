"""Every claim extraction gives on fixed corpora, as JSON: diff two snapshots to prove a change keeps output.

    .venv/bin/python bench/extract_snapshot.py OUT.json [--silver N]
    .venv/bin/python bench/extract_snapshot.py --diff BEFORE.json AFTER.json

Corpora: gva-dev (all cases), news-dev (every language, with the language code and publication date a client
would send) and the first N gva-silver cases (default 500). Each article's entry lists its claims with all
fields, its warnings and its language. `--diff` prints the articles whose entries differ, field by field,
and exits 1 when any does: a speed change must leave the snapshot unchanged, or explain why.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from core.extract import extract  # noqa: E402
from core.models import ArticleInput  # noqa: E402


def _rows(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


def _published(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def articles(silver: int) -> list[tuple[str, ArticleInput]]:
    """(key, article) for every corpus text; keys are unique across corpora."""
    out: list[tuple[str, ArticleInput]] = []
    for row in _rows(SHARED / "gva-dev" / "cases.jsonl"):
        out.append((f"gva-dev/{row['id']}", ArticleInput(text=row["text"], title=row.get("title"))))
    for row in _rows(SHARED / "news-dev" / "texts.jsonl"):
        article = ArticleInput(
            text=row["text"], title=row.get("title"), published_at=_published(row.get("published_at")),
            language=row.get("lang"),
        )  # fmt: skip
        out.append((f"news-dev/{row['id']}", article))
    for row in _rows(SHARED / "gva-silver" / "cases.jsonl", silver):
        out.append((f"gva-silver/{row['id']}", ArticleInput(text=row["text"], title=row.get("title"))))
    return out


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(silver: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, article in articles(silver):
        extracted = extract(article)
        result[key] = {
            "language": extracted.language,
            "warnings": list(extracted.warnings),
            "claims": [
                {f.name: _plain(getattr(claim, f.name)) for f in dataclasses.fields(claim)}
                for claim in extracted.claims
            ],
        }
    return result


def diff(before: dict[str, Any], after: dict[str, Any]) -> int:
    """Print what differs; the number of articles that differ."""
    changed = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed += 1
        print(f"== {key}")
        if old is None or new is None:
            print("   only in", "after" if old is None else "before")
            continue
        for name in ("language", "warnings"):
            if old[name] != new[name]:
                print(f"   {name}: {old[name]!r} -> {new[name]!r}")
        old_claims = [json.dumps(c, sort_keys=True) for c in old["claims"]]
        new_claims = [json.dumps(c, sort_keys=True) for c in new["claims"]]
        for claim in old_claims:
            if claim not in new_claims:
                print(f"   - {claim}")
        for claim in new_claims:
            if claim not in old_claims:
                print(f"   + {claim}")
        if sorted(old_claims) == sorted(new_claims):
            print("   same claims, other order")
    total = len(set(before) | set(after))
    print(f"{changed} of {total} articles differ")
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, help="where to write the snapshot")
    parser.add_argument("--silver", type=int, default=500, help="gva-silver cases to include (default 500)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        return 1 if diff(before, after) else 0
    if args.out is None:
        parser.error("give OUT.json or --diff BEFORE AFTER")
    data = snapshot(args.silver)
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    claims = sum(len(v["claims"]) for v in data.values())
    print(f"{len(data)} articles, {claims} claims -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
