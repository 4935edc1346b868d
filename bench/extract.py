"""Extraction throughput and peak memory on a corpus, single process, plus a quantulum3 comparison.

    .venv/bin/python bench/extract.py [PATHS...] [--gva] [--news-dev LANG] [--min-kb KB] [--repeat N]

PATHS are .txt files or folders of them (default: tests/fixtures/articles). --gva reads
../shared/gva-dev/cases.jsonl instead; --news-dev LANG reads ../shared/news-dev/texts.jsonl, the articles in
LANG (a code, a comma list, "non-en" or "all"), with their language code as a client would send it.
quantulum3 runs on a sample of the same texts (it is much slower).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.extract import extract, warm_up  # noqa: E402
from core.models import ArticleInput  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "articles"
GVA_CASES = ROOT.parent / "shared" / "gva-dev" / "cases.jsonl"
NEWS_DEV = ROOT.parent / "shared" / "news-dev" / "texts.jsonl"
QUANTULUM_SAMPLE = 40


def load_texts(paths: list[Path], gva: bool, news_dev: str | None = None) -> list[ArticleInput]:
    if news_dev:
        with NEWS_DEV.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        wanted = set(news_dev.split(","))
        return [
            ArticleInput(text=r["text"], title=r.get("title"), language=r.get("lang"))
            for r in rows
            if news_dev == "all" or (news_dev == "non-en" and r.get("lang") != "en") or r.get("lang") in wanted
        ]
    if gva:
        with GVA_CASES.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        return [ArticleInput(text=r["text"], title=r.get("title")) for r in rows]
    files: list[Path] = []
    for path in paths or [DEFAULT_CORPUS]:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return [ArticleInput(text=f.read_text(encoding="utf-8")) for f in files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--gva", action="store_true", help="use ../shared/gva-dev/cases.jsonl")
    parser.add_argument("--news-dev", default=None, help="news-dev articles in LANG (fr, es,fr, non-en, all)")
    parser.add_argument("--repeat", type=int, default=0, help="passes over the corpus (default: ~1500 articles)")
    parser.add_argument("--min-kb", type=float, default=0.0, help="only articles at least this long (e.g. 3.5)")
    args = parser.parse_args()
    loaded = load_texts(args.paths, args.gva, args.news_dev)
    articles = [a for a in loaded if len(a.text) + len(a.title or "") >= args.min_kb * 1024]
    if not articles:
        print("no articles", file=sys.stderr)
        return 1
    size = sum(len(a.text) + len(a.title or "") for a in articles) / len(articles)
    warm_up()  # gazetteer, language model and compiled patterns load once per process, as in a worker
    extract(articles[0])
    gc.collect()
    gc.freeze()  # as the worker does after its warm-up: the loaded data is never scanned again by the collector

    repeat = args.repeat or max(1, int(1500 / len(articles)))
    claims = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for article in articles:
            claims += len(extract(article).claims)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rate = repeat * len(articles) / elapsed
    cpu_rate = repeat * len(articles) / cpu  # what one core gives when other processes share the machine

    tracemalloc.start()
    for article in articles:
        extract(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"corpus: {len(articles)} articles, mean {size / 1024:.1f} KB, {repeat} pass(es)")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is KiB on Linux
    print(
        f"factrecon extract: {rate:.0f} articles/s per core ({cpu_rate:.0f} per CPU-second), "
        f"{claims / repeat:.0f} claims per pass, "
        f"peak traced memory during a pass {peak / 1e6:.1f} MB, "
        f"process peak RSS {rss_mb:.0f} MB (gazetteer and language model included)"
    )
    _compare_quantulum(articles, rate)
    return 0


def _compare_quantulum(articles: list[ArticleInput], our_rate: float) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
    except Exception as exc:  # optional dependency of the bench only
        print(f"quantulum3 not available: {exc}")
        return
    sample = articles[:QUANTULUM_SAMPLE]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        qparser.parse(sample[0].text[:200])
        start = time.perf_counter()
        quantities = 0
        for article in sample:
            quantities += len(qparser.parse(article.text))
        elapsed = time.perf_counter() - start
    q_rate = len(sample) / elapsed
    print(
        f"quantulum3 parse: {q_rate:.1f} articles/s per core on {len(sample)} of the same texts "
        f"({quantities} quantities, no metric/role); factrecon is {our_rate / q_rate:.0f}x faster"
    )


if __name__ == "__main__":
    raise SystemExit(main())
