"""A fresh worker process: time from its start to the first article extracted, and its memory (RSS).

    .venv/bin/python bench/worker.py [--articles N]

The places index is built first if it is missing (not timed: a worker finds it present). Then, for each way a
process may start, a new interpreter is launched and reports:

- `lazy`: imports `core.extract` and extracts the first gva-dev article at once (what it needs loads then);
- `warm`: calls `core.extract.warm_up()` first (passes, gazetteer, language model), then the first article;
- `celery`: imports `workers.celery_app` and runs its `worker_init` warm-up hook (`core.events.warm_up`, the
  extraction warm-up, `gc.freeze`), as a Celery worker's main process does before forking its pool, then the
  first article. It then forks a child, as the prefork pool does, which extracts N articles: the child's
  private memory (not shared with the parent) is what each further pool process costs.

Each reports the time from process start to the first article extracted (wall, measured by this script, and
the process's own CPU time, which a shared machine disturbs less), its RSS after start-up and after N more
articles (gva-dev and news-dev in every language, so that the world lexicons load too), and its peak RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, os.getcwd())

def memory():
    fields = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(rest.split()[0]) / 1024
    return fields

def private_mb():
    try:
        with open("/proc/self/smaps_rollup") as handle:
            return sum(int(l.split()[1]) for l in handle if l.startswith(("Private_Clean", "Private_Dirty"))) / 1024
    except OSError:
        return None

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

mode = sys.argv[1]
batches = json.loads(sys.stdin.read())
from core.models import ArticleInput
english, world = ([ArticleInput(text=r["text"], title=r.get("title"), language=r.get("lang")) for r in b]
                  for b in batches)
articles = english + world
if mode == "celery":
    from workers.celery_app import _warm_up
    _warm_up()
from core.extract import extract, warm_up
if mode == "warm":
    warm_up()
extract(articles[0])
report = {"first_cpu_s": cpu(), **{k + "_first": v for k, v in memory().items()}}
print(json.dumps({"first": True}), flush=True)  # the parent times process start -> this line
if mode == "celery":
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # a pool child: extract, report its memory through the pipe, exit
        os.close(reader)
        for article in english[1:]:
            extract(article)
        child = {"child_rss_english": memory()["VmRSS"], "child_private_english": private_mb()}
        for article in world:
            extract(article)
        child.update({"child_rss": memory()["VmRSS"], "child_private": private_mb()})
        os.write(writer, json.dumps(child).encode())
        os._exit(0)
    os.close(writer)
    os.waitpid(pid, 0)
    with os.fdopen(reader) as pipe:
        report.update(json.loads(pipe.read()))
    report["parent_private"] = private_mb()
else:
    for article in english[1:]:
        extract(article)
    report["VmRSS_english"] = memory()["VmRSS"]
    for article in world:
        extract(article)
report.update({k + "_end": v for k, v in memory().items()})
print(json.dumps(report), flush=True)
"""


def _rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [{"text": r["text"], "title": r.get("title"), "lang": r.get("lang")} for r in rows]


def run(mode: str, rows: list[list[dict[str, object]]]) -> dict[str, float]:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(json.dumps(rows))
    process.stdin.close()
    process.stdout.readline()  # {"first": true}
    first_wall = time.perf_counter() - start
    report: dict[str, float] = json.loads(process.stdout.readline())
    if process.wait() != 0:
        raise SystemExit(f"{mode} worker failed")
    report["first_wall_s"] = first_wall
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    from core.places.index import index_path

    print(f"places index: {index_path()}")
    batches = [_rows(SHARED / "gva-dev" / "cases.jsonl"), _rows(SHARED / "news-dev" / "texts.jsonl")]
    print(f"articles: the first gva-dev case, then the other {len(batches[0]) - 1} (English), then {len(batches[1])} "
          "news-dev articles (every language, with its code)")  # fmt: skip
    for mode in ("lazy", "warm", "celery"):
        r = run(mode, batches)
        print(
            f"{mode:6s}: process start -> first article {r['first_wall_s']:.2f} s wall, {r['first_cpu_s']:.2f} s CPU;"
            f" RSS {r['VmRSS_first']:.0f} MB then"
        )
        if mode == "celery":
            print(
                f"        pool child (forked after the warm-up): RSS {r['child_rss_english']:.0f} MB after gva-dev "
                f"(private {r['child_private_english']:.0f} MB), {r['child_rss']:.0f} MB after news-dev (private "
                f"{r['child_private']:.0f} MB); main process private {r['parent_private']:.0f} MB"
            )
        else:
            print(
                f"        RSS {r['VmRSS_english']:.0f} MB after gva-dev, {r['VmRSS_end']:.0f} MB after news-dev, "
                f"peak {r['VmHWM_end']:.0f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
