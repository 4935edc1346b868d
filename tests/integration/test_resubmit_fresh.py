"""An article deleted and submitted again with another title and date keeps its id (a hash of source and text),
while API and worker processes keep per-process caches by article id (facts, placing facts, anchors, regroup
prefixes). They must never serve the deleted article's content for the new one: /v1/reconciliation shows the
new values, from an API process that read the old ones too, and the same events a fresh start gives.

Real worker (tests/conftest.py, two pool processes) and two API apps with stores of their own (two API
processes). Our own sentences: a shooting told "on Saturday", so the incident's day follows the publication
date."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import wait_for_status

_REPORTS = [
    (
        "tulsa-news",
        "Two men were killed and one woman was wounded in a shooting outside a bar in Tulsa, Oklahoma on Saturday "
        "night, Tulsa police said. Officers arrested a suspect near the scene.",
    ),
    (
        "okc-desk",
        "Police in Tulsa, Oklahoma said two men died and a woman was hurt when gunfire broke out outside a bar on "
        "Saturday night. A suspect was taken into custody.",
    ),
    (
        "state-wire",
        "TULSA, Okla. - A shooting outside a Tulsa bar on Saturday night left two men dead and a woman wounded, "
        "police said on Sunday.",
    ),
]
_OLD = {"title": "Two dead in Tulsa bar shooting", "published_at": "2024-03-11T09:00:00Z"}  # a Monday
_NEW = {"title": "Tulsa bar shooting leaves two men dead", "published_at": "2024-05-20T09:00:00Z"}  # a Monday
# Two more reports of the block, one later and one earlier than every other in canonical order.
_LATE = ("late-desk", _REPORTS[0][1] + " A vigil is planned.", {**_OLD, "published_at": "2024-03-10T09:00:00Z"})
_EARLY = ("early-desk", _REPORTS[1][1] + " More to follow.", {**_OLD, "published_at": "2024-03-09T23:00:00Z"})


def _submit(client: Any, source: str, text: str, meta: dict[str, str]) -> str:
    response = client.post("/v1/articles", json={"source": source, "text": text, **meta})
    assert response.status_code in (200, 202), response.get_json()
    article_id = str(response.get_json()["id"])
    assert wait_for_status(client, article_id)["status"] == "done"
    return article_id


def _events(client: Any) -> list[dict[str, Any]]:
    # Reconciled views and their JSON are cached per process (by event version), and the apps of this test
    # share one process: each read starts without them, as in a process of its own, so the views are made from
    # the facts its own store keeps.
    from service.api import events
    from usecases import reconciliation

    reconciliation._cache.clear()
    events._serialized._items.clear()
    body = client.get("/v1/reconciliation", query_string={"limit": 100}).get_json()
    return sorted(body["events"], key=lambda e: e["id"])


def _values_of(events: list[dict[str, Any]], article_id: str) -> list[dict[str, Any]]:
    return [
        v
        for e in events
        for inc in e["incidents"]
        for f in inc["figures"]
        for v in f["values"]
        if v["article_id"] == article_id
    ]


def _wipe(clean_redis: Any, prefix: str) -> None:
    for key in clean_redis.scan_iter(f"{prefix}:*"):
        clean_redis.delete(key)


def test_an_article_deleted_and_submitted_again_is_read_afresh_by_every_process(settings, worker, clean_redis) -> None:  # type: ignore[no-untyped-def]
    from service.app import create_app

    first = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client()
    second = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client()  # another API process

    # Every report of the block, twice as many times out of canonical order as in it, so both pool processes
    # regroup the block with the first report in it (and keep it), and both API processes read it.
    ids = [_submit(first, source, text, _OLD) for source, text in _REPORTS]
    for client in (first, second):
        before = _values_of(_events(client), ids[0])
        assert before and {v["published_at"][:10] for v in before} == {"2024-03-11"}, before
    _submit(first, *_LATE)

    assert first.delete(f"/v1/articles/{ids[0]}").status_code == 204
    again = _submit(first, _REPORTS[0][0], _REPORTS[0][1], _NEW)
    assert again == ids[0], "the same source and text: the same id"
    # One more report earlier in the block's canonical order than all: the block is regrouped from its start,
    # reading every member (the one submitted again too) in whichever pool process takes it.
    _submit(first, *_EARLY)

    article = first.get(f"/v1/articles/{again}").get_json()
    assert article["title"] == _NEW["title"]
    served = [_events(client) for client in (first, second)]
    for events in served:
        values = _values_of(events, again)
        assert values, events
        assert {v["published_at"][:10] for v in values} == {"2024-05-20"}, values
        assert {v["incident_date"] for v in values} == {"2024-05-18"}, values  # "on Saturday" before the 20th
    assert served[0] == served[1]

    # What a fresh start with the same articles gives (no process has anything of the deleted one).
    _wipe(clean_redis, settings.key_prefix)
    fresh = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client()
    for source, text in _REPORTS[1:]:
        _submit(fresh, source, text, _OLD)
    _submit(fresh, *_LATE)
    _submit(fresh, _REPORTS[0][0], _REPORTS[0][1], _NEW)
    _submit(fresh, *_EARLY)
    assert json.dumps(_events(fresh), sort_keys=True) == json.dumps(served[1], sort_keys=True)


def test_a_store_drops_what_it_kept_of_articles_another_process_deleted(settings, clean_redis) -> None:  # type: ignore[no-untyped-def]
    """Two stores (two processes) on one real Redis: what one kept of an article (facts, placing facts, its
    anchor, its regroup prefixes' generation) is dropped once it looks after the other deleted the article."""
    from datetime import UTC, datetime

    from core.events import GroupingSettings
    from core.events.blocks import anchor_of
    from store.records import ArticleRecord
    from store.repository import RedisStore

    keeper = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    deleter = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    try:
        record = ArticleRecord(id="art_again", source="desk", text=_REPORTS[0][1], title=_OLD["title"],
                               published_at=datetime(2024, 3, 11, 9, tzinfo=UTC))  # fmt: skip
        deleter.create_article(record)
        keeper.sync_deletions()  # a process's first look
        anchor = anchor_of(record.facts(), GroupingSettings())
        deleter.blocks.commit([], anchor=anchor)
        assert keeper.get_facts(["art_again"])["art_again"].title == _OLD["title"]
        assert keeper.placing_facts(["art_again"])["art_again"].title == _OLD["title"]
        assert keeper.blocks.anchors(["art_again"]) == [anchor]
        generation, other = keeper.cache_generation("art_again"), keeper.cache_generation("another")

        with deleter.r.pipeline(transaction=True) as pipe:
            deleter.queue_delete_article_record(pipe, "art_again")
            pipe.execute()
        deleter.blocks.commit([], forget="art_again")
        new = ArticleRecord(id="art_again", source="desk", text=_REPORTS[0][1], title=_NEW["title"],
                            published_at=datetime(2024, 5, 20, 9, tzinfo=UTC))  # fmt: skip
        deleter.create_article(new)
        new_anchor = anchor_of(new.facts(), GroupingSettings())
        deleter.blocks.commit([], anchor=new_anchor)

        assert keeper.get_facts(["art_again"])["art_again"].title == _OLD["title"], "kept until it looks"
        with keeper.blocks.anchors_lock():  # taking any grouping lock reads the deletions counter
            pass
        assert keeper.get_facts(["art_again"])["art_again"].title == _NEW["title"]
        placed = keeper.placing_facts(["art_again"])["art_again"]
        assert (placed.title, placed.published_at) == (_NEW["title"], new.published_at)
        assert keeper.blocks.anchors(["art_again"]) == [new_anchor] != [anchor]
        assert keeper.cache_generation("art_again") != generation
        assert keeper.cache_generation("another") == other, "other articles keep theirs"
    finally:
        keeper.r.close()
        deleter.r.close()
