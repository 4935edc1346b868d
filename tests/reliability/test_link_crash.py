"""A worker killed in the middle of a link step (usecases/across.py) loses nothing: the events it settled were
marked dirty with them, its link step wrote nothing (one script, all or nothing), and the sweeper, run by celery
beat in a fresh worker, relinks them once the dead worker's lock has expired; the article, left `processing`
(it is done only with its links), is re-published by the sweeper and ends done. The two reports (a bus crash
told from Kisumu and from Kampala, two blocks) then read as one event."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from service.app import create_app
from store.redis_server import RedisServer
from store.repository import RedisStore
from tests.conftest import wait_for_status
from tests.integration.test_across_blocks import KAMPALA, KISUMU
from tests.integration.test_across_blocks_api import _body
from tests.reliability.conftest import kill_tree, private_settings, start_production_worker, stop_tree, wait_until

pytestmark = pytest.mark.integration

SWEEP_AFTER = 45  # s: the sweeper runs every 22.5 s and re-publishes an article queued this long


def _clean(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    for pattern in (f"{prefix}:*", f"{prefix}.*"):
        for key in client.scan_iter(pattern):
            client.delete(key)
    client.close()


def test_a_worker_killed_mid_link_loses_nothing(redis_server: RedisServer, tmp_path: Path) -> None:
    settings = private_settings(redis_server.url, "crashl", tmp_path / "data", stuck_after_seconds=SWEEP_AFTER)
    assert settings.merge_across_blocks
    _clean(redis_server.url, settings.key_prefix)
    store = RedisStore.from_url(redis_server.url, settings.key_prefix)
    client = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client()
    slow = {"FACTRECON_TEST_SLOW_LINK_SECONDS": "4"}
    doomed = start_production_worker(settings, tmp_path / "doomed.log", beat=False, extra_env=slow)
    rescuer = None
    try:
        first = client.post("/v1/articles", json=_body(KISUMU)).get_json()["id"]
        assert wait_for_status(client, first, timeout=60)["status"] == "done"
        second = client.post("/v1/articles", json=_body(KAMPALA)).get_json()["id"]
        wait_until(lambda: store.r.exists(store.keys.across_lock), 60, interval=0.05, what="a link step in flight")
        kill_tree(doomed.pid)  # the whole worker, holding the link lock, before its commit
        doomed.wait(timeout=10)
        assert store.get_article(second).status.value == "processing"
        assert store.across.dirty_count() > 0, "the settled events wait to be relinked"
        assert len(client.get("/v1/reconciliation").get_json()["events"]) == 2

        rescuer = start_production_worker(settings, tmp_path / "rescuer.log", beat=True)
        # The sweeper relinks (after the dead worker's lock expired) before it re-publishes the article.
        wait_until(lambda: store.across.dirty_count() == 0, SWEEP_AFTER, interval=0.25, what="the sweep's relink")
        assert len(client.get("/v1/reconciliation").get_json()["events"]) == 1
        assert wait_for_status(client, second, timeout=SWEEP_AFTER + 60)["status"] == "done"
    finally:
        if rescuer is not None:
            stop_tree(rescuer)
        kill_tree(doomed.pid)
        doomed.wait(timeout=10)

    [event] = client.get("/v1/reconciliation").get_json()["events"]
    assert {a for incident in event["incidents"] for a in incident["article_ids"]} == {first, second}
    assert "relinked" in (tmp_path / "rescuer.log").read_text()
    assert store.across.dirty_count() == 0
    store.r.close()
