"""Several workers processing articles about the same event at once: one event, no claim lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import start_worker, stop_worker, wait_for_status

pytestmark = pytest.mark.integration

ARTICLES = 24


def _article(n: int) -> dict:
    text = (
        f"At least {n + 2} people were injured when a gas explosion hit an apartment block in Lyon on "
        f"Thursday, the fire service said in its update number {n}."
    )
    return {"text": text, "source": f"Outlet {n:02d}", "published_at": "2024-05-17T12:00:00Z"}


def test_parallel_workers_build_one_event_without_losing_claims(app, settings, worker, tmp_path) -> None:
    extra = [start_worker(settings, tmp_path / f"w{i}.log", concurrency=2, name=f"extra{i}") for i in range(2)]
    try:
        def submit(n: int) -> str:
            with app.test_client() as client:
                response = client.post("/v1/articles", json=_article(n))
                assert response.status_code == 202
                return str(response.get_json()["id"])

        with ThreadPoolExecutor(max_workers=8) as pool:
            ids = list(pool.map(submit, range(ARTICLES)))
        client = app.test_client()
        for article_id in ids:
            assert wait_for_status(client, article_id, timeout=120)["status"] == "done"
    finally:
        for process in extra:
            stop_worker(process)

    events = client.get("/v1/reconciliation?location=Lyon").get_json()["events"]
    assert len(events) == 1, [e["id"] for e in events]
    event = events[0]
    assert event["article_count"] == ARTICLES
    wounded = next(f for f in event["figures"] if f["metric"] == "wounded")
    assert sorted(v["value"] for v in wounded["values"]) == [n + 2 for n in range(ARTICLES)]
    assert {v["article_id"] for v in wounded["values"]} == set(ids)
