"""Workers die; articles do not get lost or counted twice.

1. SIGKILL one prefork pool child mid-extraction, then SIGKILL the whole worker (main process and children)
   mid-extraction. A fresh worker then finishes everything: the child's task is requeued at once
   (`task_reject_on_worker_lost`), the dead worker's unacked tasks come back after the broker's visibility
   timeout (set to a few seconds here), long before the sweeper could touch them. Every accepted article ends
   `done`, and the event built from them has exactly one value per article and the right article_count: a
   re-run of a half-done task counts nothing twice.
   The Redis broker has one gap redelivery cannot close: BRPOP removes a message from the queue before the
   worker records it as unacknowledged, so a worker killed between the two loses that message (rare; it
   happened once in many CI runs). The sweeper is the guarantee for it, as in production, so it runs here
   too, with a threshold far beyond redelivery's.
2. A crash between storing an article and publishing its task (simulated: publish does nothing) is healed by
   the sweeper, which celery beat runs inside the production worker command (`-B`, as `factrecon up` does).

Both use the session redis-server with private key prefixes (and so private Celery queues).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from service.app import create_app
from store.redis_server import RedisServer
from store.repository import RedisStore
from tests.conftest import wait_for_status
from tests.reliability.conftest import (
    kill_tree,
    pool_children,
    private_settings,
    start_production_worker,
    stop_tree,
    wait_until,
)
from usecases.articles import SubmitArticle, submit_article

pytestmark = pytest.mark.integration

ARTICLES = 10
SWEEP_AFTER = 60  # s an article may stay queued before the sweeper re-publishes it (redelivery takes ~6-8 s)


def _article(n: int) -> dict[str, str]:
    text = (
        f"At least {n + 3} people were injured when a gas explosion tore through an apartment block in Lyon on "
        f"Thursday, the regional fire service said in update number {n}. Residents of the neighbouring "
        f"buildings were moved to a sports hall while engineers checked the structure."
    )
    return {"text": text, "source": f"Outlet {n:02d}", "published_at": "2024-05-17T12:00:00Z"}


def _clean(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    for key in client.scan_iter(f"{prefix}.*"):  # the private Celery queue and its bookkeeping
        client.delete(key)
    client.close()


def test_killed_pool_child_and_killed_worker_lose_nothing(redis_server: RedisServer, tmp_path: Path) -> None:
    settings = private_settings(redis_server.url, "crashw", tmp_path / "data", visibility_timeout=6,
                                stuck_after_seconds=SWEEP_AFTER)
    _clean(redis_server.url, settings.key_prefix)
    store = RedisStore.from_url(redis_server.url, settings.key_prefix)
    client = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client()
    slow = {"FACTRECON_TEST_SLOW_EXTRACT_SECONDS": "1.5"}
    doomed = start_production_worker(settings, tmp_path / "doomed.log", beat=False, extra_env=slow)
    rescuer = None
    try:
        ids = []
        for n in range(ARTICLES):
            response = client.post("/v1/articles", json=_article(n))
            assert response.status_code == 202, response.get_json()
            ids.append(response.get_json()["id"])

        def processing() -> list[str]:
            return [i for i in ids if store.get_article(i).status.value == "processing"]

        wait_until(lambda: len(processing()) == 2, 30, what="two extractions in flight")
        children = pool_children(doomed.pid)
        assert len(children) == 2
        kill_tree(children[0])  # one pool child, mid-extraction
        # The worker replaces the child and the requeued task runs again; wait for a fresh one in flight.
        wait_until(lambda: set(pool_children(doomed.pid)) - set(children), 30, what="replacement pool child")
        wait_until(lambda: len(processing()) >= 1, 30, what="an extraction in flight after the child's death")
        kill_tree(doomed.pid)  # the whole worker, mid-extraction
        doomed.wait(timeout=10)
        in_flight = processing()
        assert in_flight, "the worker died with work in flight"

        rescuer = start_production_worker(settings, tmp_path / "rescuer.log", beat=True)
        for article_id in in_flight:  # they were unacknowledged: redelivery brings them back
            assert wait_for_status(client, article_id, timeout=60)["status"] == "done"
        assert "sweeper re-published" not in (tmp_path / "rescuer.log").read_text(), "redelivery, not the sweeper"
        assert max(store.get_article(i).attempts for i in in_flight) >= 2, "killed work really was re-run"
        for article_id in ids:
            article = wait_for_status(client, article_id, timeout=SWEEP_AFTER + 90)
            assert article["status"] == "done", article
            claim_ids = [c["id"] for c in article["claims"]]
            assert len(claim_ids) == len(set(claim_ids))
    finally:
        if rescuer is not None:
            stop_tree(rescuer)
        kill_tree(doomed.pid)
        doomed.wait(timeout=10)

    events = client.get("/v1/reconciliation?location=Lyon").get_json()["events"]
    assert len(events) == 1, [e["id"] for e in events]
    event = events[0]
    assert event["article_count"] == ARTICLES
    for figure in event["figures"]:
        article_ids = [v["article_id"] for v in figure["values"] + figure["other_values"]]
        assert len(article_ids) == len(set(article_ids)), f"{figure['metric']} counts an article twice"
    wounded = next(f for f in event["figures"] if f["metric"] == "wounded")
    assert sorted(v["value"] for v in wounded["values"]) == [n + 3 for n in range(ARTICLES)]
    assert {v["article_id"] for v in wounded["values"]} == set(ids)
    store.r.close()


def test_article_stored_but_never_published_is_swept_and_processed(redis_server: RedisServer, tmp_path: Path) -> None:
    settings = private_settings(redis_server.url, "crashs", tmp_path / "data", stuck_after_seconds=2)
    _clean(redis_server.url, settings.key_prefix)
    store = RedisStore.from_url(redis_server.url, settings.key_prefix)
    # The API process "crashed" between the store write and the publish: the task never reached the broker.
    body = _article(99)
    command = SubmitArticle(source=body["source"], text=body["text"], published_at=datetime(2024, 5, 17, tzinfo=UTC))
    lost = submit_article(store, lambda _id: None, command)
    assert lost.created and store.get_article(lost.id).status.value == "queued"
    worker = start_production_worker(settings, tmp_path / "worker.log", beat=True)
    try:
        wait_until(lambda: store.get_article(lost.id).status.value == "done", 60, interval=0.25,
                   what="the swept article done")
    finally:
        stop_tree(worker)
    record = store.get_article(lost.id)
    assert record.claims and not store.stale_pending(-1)
    assert "sweeper re-published 1 stuck articles" in (tmp_path / "worker.log").read_text()
    store.r.close()
