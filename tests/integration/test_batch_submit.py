"""A batch submission stores its articles in one pipeline and publishes their tasks in one kombu batch:
every valid item still ends processed by a real worker, duplicates (in the batch or already stored) are not
published again, and an article whose publish fails is left queued for the sweeper."""

from __future__ import annotations

import pytest
import redis

from store.records import ArticleRecord, article_id_for
from store.repository import RedisStore
from tests.conftest import wait_for_status

pytestmark = pytest.mark.integration

ITEMS = [
    {"source": "Batch Courier", "text": "Two people were injured on Sunday when a balcony fell in Ghent, police said."},
    {
        "source": "Batch Courier",
        "text": "Five workers were hurt on Monday in a crane accident in Porto, officials said.",
    },
    {"source": "Batch Wire", "text": "One man died on Tuesday after a fall at a building site in Turin, police said."},
]


def test_store_creates_many_articles_in_one_call_each_once(settings, clean_redis: redis.Redis) -> None:
    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    records = [
        ArticleRecord(id=article_id_for(i["source"], i["text"]), source=i["source"], text=i["text"]) for i in ITEMS
    ]
    first = store.create_articles([*records, records[0]])
    assert [created for created, _ in first] == [True, True, True, False], "the repeat in the list is a duplicate"
    assert all(status.value == "queued" for _, status in first)
    again = store.create_articles(records[:1])
    assert again == [(False, first[0][1])]
    assert store.count_by_status()["queued"] == 3
    assert set(store.stale_pending(older_than_seconds=-10)) == {r.id for r in records}
    assert store.create_articles([]) == []


def test_a_batch_is_processed_by_the_worker_and_duplicates_are_not_published_twice(
    client, worker, clean_redis: redis.Redis
) -> None:
    published: list[list[str]] = []
    runtime = client.application.extensions["factrecon"]
    real_many = runtime.publish_many

    def recording(article_ids):  # type: ignore[no-untyped-def]
        published.append(list(article_ids))
        return real_many(article_ids)

    runtime.publish_many = recording
    response = client.post("/v1/articles/batch", json={"articles": [*ITEMS, ITEMS[0], {"source": "x"}]})
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert (body["accepted"], body["rejected"]) == (4, 1)
    ids = [item["id"] for item in body["items"][:4]]
    assert ids[3] == ids[0] and [item["duplicate"] for item in body["items"][:4]] == [False, False, False, True]
    assert published == [ids[:3]], "one publish call for the new articles only"
    for article_id in ids[:3]:
        assert wait_for_status(client, article_id)["status"] == "done"

    again = client.post("/v1/articles/batch", json={"articles": ITEMS[:2]}).get_json()
    assert [item["duplicate"] for item in again["items"]] == [True, True]
    assert published == [ids[:3]], "nothing new: nothing published"


def test_a_batch_whose_publish_fails_is_left_queued_for_the_sweeper(client, clean_redis: redis.Redis) -> None:
    runtime = client.application.extensions["factrecon"]

    def broken(article_ids):  # type: ignore[no-untyped-def]
        raise redis.exceptions.ConnectionError("broker down")

    runtime.publish_many = broken
    response = client.post("/v1/articles/batch", json={"articles": ITEMS})
    assert response.status_code == 202
    ids = {item["id"] for item in response.get_json()["items"]}
    assert set(runtime.store.stale_pending(older_than_seconds=-10)) == ids
