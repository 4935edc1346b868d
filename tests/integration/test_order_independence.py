"""Same articles, same answer: the same articles submitted in two orders, to one worker process and to three
racing ones, give identical /v1/reconciliation responses, event ids included.

The articles are real coverage (read from ../shared, never copied into the repository): the five Ganja seeds,
English multi-outlet news of several events, and US gun-violence reports of several states, so blocks,
weakly placed reports pulled into another block, incidents and merges are all exercised.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import redis

from settings import Settings
from tests.conftest import SHARED, start_worker, stop_worker

pytestmark = pytest.mark.integration

PREFIX = "ordertest"


def _articles() -> list[dict[str, Any]]:
    seeds = [
        {"text": path.read_text(encoding="utf-8"), "source": f"seed {path.stem}"}
        for path in sorted((SHARED / "seeds").glob("*.txt"))
    ]
    news = []
    with (SHARED / "news-dev" / "texts.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["lang"] == "en" and len(news) < 45:
                news.append(
                    {
                        "text": row["text"],
                        "source": row["outlet"],
                        "title": row.get("title") or None,
                        "url": row.get("url"),
                        "published_at": _day(row.get("published_at")),
                    }
                )
    gva = []
    with (SHARED / "gva-dev" / "cases.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if len(gva) < 50:
                gva.append(
                    {
                        "text": row["text"],
                        "source": str(row.get("source") or "gva"),
                        "title": row.get("title") or None,
                        "published_at": _day(row.get("published_at")),
                    }
                )
    return [{k: v for k, v in a.items() if v is not None} for a in seeds + news + gva]


def _day(value: Any) -> str | None:
    return f"{str(value)[:10]}T12:00:00Z" if value else None


@pytest.fixture
def order_settings(settings: Settings) -> Iterator[Settings]:
    own = Settings(redis_url=settings.redis_url, key_prefix=PREFIX, stuck_after_seconds=30, auth=False)
    yield own
    _wipe(own)


def _wipe(settings: Settings) -> None:
    client = redis.Redis.from_url(settings.effective_redis_url())
    for key in client.scan_iter(f"{PREFIX}:*"):
        client.delete(key)
    client.delete(f"{PREFIX}.extract")
    client.close()


def _run(
    settings: Settings,
    articles: list[dict[str, Any]],
    processes: int,
    log: Path,
    delete_after: tuple[int, ...] = (),
) -> list[dict[str, Any]]:
    """Submit the articles (in the order given, from several clients at once) to `processes` worker processes;
    wait until every one is done (then DELETE those at the `delete_after` positions); return every event of
    /v1/reconciliation, page by page."""
    from service.app import create_app

    _wipe(settings)
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings})
    worker = start_worker(settings, log, concurrency=processes, name=f"order{processes}")
    try:

        def submit(chunk: list[dict[str, Any]]) -> list[str]:
            with app.test_client() as client:
                response = client.post("/v1/articles/batch", json={"articles": chunk})
                body = response.get_json()
                assert response.status_code == 202 and body["rejected"] == 0, body
                return [item["id"] for item in body["items"]]

        chunks = [articles[i : i + 7] for i in range(0, len(articles), 7)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            ids = [i for found in pool.map(submit, chunks) for i in found]
        client = app.test_client()
        _wait_all_done(client, ids)
        for position in delete_after:
            assert client.delete(f"/v1/articles/{ids[position]}").status_code == 204
        events: list[dict[str, Any]] = []
        cursor: str | None = ""
        while cursor is not None:
            query = {"limit": 50, **({"cursor": cursor} if cursor else {})}
            body = client.get("/v1/reconciliation", query_string=query).get_json()
            events += body["events"]
            cursor = body["next_cursor"]
        return events
    finally:
        stop_worker(worker)
        app.extensions["factrecon.metrics"].flush()


def _wait_all_done(client: Any, ids: list[str], timeout: float = 300) -> None:
    """Wait until every article is finished; every one must end `done` (a failure would hide a lost article)."""
    import time

    deadline = time.monotonic() + timeout
    pending, failed = set(ids), {}
    while pending and time.monotonic() < deadline:
        for article_id in list(pending):
            body = client.get(f"/v1/articles/{article_id}").get_json()
            if body["status"] in ("done", "failed"):
                pending.discard(article_id)
                if body["status"] == "failed":
                    failed[article_id] = body.get("error")
        time.sleep(0.2)
    assert not pending, f"{len(pending)} articles not finished"
    assert not failed, failed


def test_two_orders_on_one_and_three_workers_give_identical_reconciliation(order_settings, tmp_path) -> None:
    articles = _articles()
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    one = _run(order_settings, articles, processes=1, log=tmp_path / "one.log")
    three = _run(order_settings, list(reversed(shuffled)), processes=3, log=tmp_path / "three.log")
    assert len(one) >= 20, "the articles make many events"
    assert any(len(e["figures"]) and e["article_count"] >= 4 for e in one), "some events gather several reports"
    assert [e["id"] for e in one] == [e["id"] for e in three]
    assert json.dumps(one, sort_keys=True) == json.dumps(three, sort_keys=True)


_SCENE = (
    "Witnesses told officers a silver sedan circled the block twice before someone inside opened fire on the "
    "waiting customers."
)
_MOURNED = (
    "The barber said both victims were regular customers who coached youth basketball at the community center, "
    "and detectives are asking neighbours for doorbell video."
)
_BRIDGED_REPORTS = (
    {
        "source": "tn-example.com",
        "title": "Two men killed in Nashville shooting",
        "text": f"NASHVILLE, Tenn. - Two men were shot and killed outside a barbershop on Sunday night, police "
        f"said. {_SCENE} Detectives recovered eleven shell casings from the sidewalk. {_MOURNED}",
        "published_at": "2031-03-13T12:00:00+00:00",
    },
    {
        "source": "wire-example.com",
        "title": "Two killed as gunfire erupts",
        "text": f"Two men were killed when gunfire erupted outside a barbershop. {_SCENE}",
        "published_at": "2031-03-14T09:00:00+00:00",
    },
    {
        "source": "blog-example.com",
        "title": "Coaches mourned",
        "text": f"Two men were killed in the shooting. {_MOURNED}",
        "published_at": "2031-03-14T15:00:00+00:00",
    },
)


def _members(events: list[dict[str, Any]]) -> list[list[str]]:
    return sorted(sorted({v["article_id"] for f in e["figures"] for v in f["values"]}) for e in events)


def test_deleting_the_report_that_joined_two_others_splits_them_again(order_settings, tmp_path) -> None:
    """Three reports of one shooting (our own sentences): a firmly placed one shares half its text with each of
    two unplaced reports, which share nothing with each other; it pulls both into its block, where all three
    share one event. Deleting it must give exactly what the two others give when submitted alone: they share
    no event any more, and the events have the same ids."""
    reports = [dict(r) for r in _BRIDGED_REPORTS]
    bridge = 0  # the Nashville report
    together = _run(order_settings, reports, processes=2, log=tmp_path / "all.log")
    assert any(len(m) == 3 for m in _members(together)), _members(together)
    deleted = _run(order_settings, reports, processes=2, log=tmp_path / "del.log", delete_after=(bridge,))
    alone = _run(order_settings, [r for i, r in enumerate(reports) if i != bridge], 2, tmp_path / "alone.log")
    assert not any(len(m) >= 2 for m in _members(alone)), _members(alone)
    assert json.dumps(deleted, sort_keys=True) == json.dumps(alone, sort_keys=True)
