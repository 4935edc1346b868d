"""Gazetteer index: build time and size, worker start-up time and memory (RSS) for loading and resolving.

    .venv/bin/python bench/places.py [--build] [--names N]

--build builds a fresh index into a temporary directory first and reports its build time and size (what CI
pays once in a fresh clone, and what `FACTRECON_PLACES_INDEX` / the XDG cache directory then hold).
Start-up is measured in a fresh interpreter, as a worker process starts: importing `core.places`, opening
the index and resolving the first name, then resolving N names of news-dev and gva-dev locations (a cold
cache, each name looked up once) and reading whole articles' places (`article_locations`).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

CHILD = r"""
import json, resource, sys, time
def rss_mb():
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
names, texts = json.load(sys.stdin)
base = rss_mb()
t0 = time.perf_counter()
from core.places import article_locations, resolve_location
t1 = time.perf_counter()
resolve_location("Ganja")
t2 = time.perf_counter()
for name in names:
    resolve_location(name)
t3 = time.perf_counter()
from core.models import ArticleFacts
from core.extract import extract
from core.models import ArticleInput
facts = [ArticleFacts(str(i), "", extract(ArticleInput(text=t, title=title)).claims, None, title, (), t, url)
         for i, (title, t, url) in enumerate(texts)]
t4 = time.perf_counter()
for f in facts:
    article_locations(f)
t5 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_s": t2 - t1, "names": len(names), "names_s": t3 - t2,
                  "articles": len(facts), "articles_s": t5 - t4, "rss_start": base, "rss_after_first": None,
                  "rss_end": rss_mb()}))
"""


def sample_names(limit: int) -> tuple[list[str], list[tuple[str | None, str, str | None]]]:
    names: list[str] = []
    texts: list[tuple[str | None, str, str | None]] = []
    news = SHARED / "news-dev" / "gold.jsonl"
    if news.exists():
        for line in news.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("location"):
                names.append(str(row["location"]))
    news_texts = SHARED / "news-dev" / "texts.jsonl"
    if news_texts.exists():
        for line in news_texts.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("lang") == "en":
                texts.append((row.get("title"), str(row.get("text") or ""), row.get("url")))
    gva = SHARED / "gva-dev" / "cases.jsonl"
    if gva.exists():
        for line in gva.open(encoding="utf-8"):
            row = json.loads(line)
            for key in ("location", "city", "place"):
                if row.get(key):
                    names.append(str(row[key]))
    return sorted(set(names))[:limit], texts[:100]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="build a fresh index first (build time and size)")
    parser.add_argument("--names", type=int, default=2000)
    args = parser.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        if args.build:
            from core.places.index import build_index

            path = Path(tmp) / "places.sqlite"
            t0 = time.perf_counter()
            build_index(path)
            took = time.perf_counter() - t0
            print(f"index build: {took:.1f} s, {path.stat().st_size / 1e6:.1f} MB ({path.name})")
            env["FACTRECON_PLACES_INDEX"] = str(path)
        else:
            from core.places.index import index_path

            path = index_path()
            print(f"index: {path} ({path.stat().st_size / 1e6:.1f} MB)")
        names, texts = sample_names(args.names)
        child = subprocess.run(
            [sys.executable, "-c", CHILD], input=json.dumps([names, texts]), capture_output=True, text=True,
            env=env, cwd=ROOT, check=True,
        )  # fmt: skip
    r = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"worker start-up: import core.places {r['import_s'] * 1000:.0f} ms, open index + first name "
          f"{r['first_s'] * 1000:.0f} ms")  # fmt: skip
    print(f"resolve {r['names']} distinct names (cold cache): {r['names_s'] * 1000:.0f} ms "
          f"({r['names_s'] / max(r['names'], 1) * 1e6:.0f} µs/name)")  # fmt: skip
    print(f"article_locations on {r['articles']} news-dev articles: {r['articles_s'] * 1000:.0f} ms "
          f"({r['articles_s'] / max(r['articles'], 1) * 1000:.1f} ms/article)")  # fmt: skip
    print(
        f"worker RSS: {r['rss_start']:.0f} MB at start, {r['rss_end']:.0f} MB after loading, resolving and "
        "extracting (extractor and language model included)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
