"""No article is ever stuck: every one ends `done` or `failed` with a reason, within the attempt budget.

Real Redis, the real session worker (default FACTRECON_MAX_ATTEMPTS=5). The poison input is real data, not a
stubbed function: an article whose stored `published_at` no longer parses (as a record written by another
version, or damaged, would be), so every attempt to read it raises. Articles dated on the calendar's first
and last day are submitted through the use case, below any API range check, and must finish `done`.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from service.extensions import celery_publisher
from settings import TASK_TIME_LIMIT, Settings
from store.repository import RedisStore
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import sweep_stuck

pytestmark = pytest.mark.integration


def _wait_finished(store: RedisStore, article_id: str, timeout: float = 90) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    data: dict[str, str] = {}
    while time.monotonic() < deadline:
        data = store.r.hgetall(store.keys.article(article_id))
        if data.get("status") in ("done", "failed"):
            return data
        time.sleep(0.2)
    raise AssertionError(f"article {article_id} still {data.get('status')} after {timeout}s: {data.get('error')}")


@pytest.fixture
def store(settings: Settings, clean_redis) -> RedisStore:  # type: ignore[no-untyped-def]
    return RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)


@pytest.mark.parametrize(
    "published",
    [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)],
    ids=["0001-01-01", "9999-12-31"],
)
def test_an_article_dated_at_a_calendar_edge_finishes_done(store, settings, worker, published) -> None:  # type: ignore[no-untyped-def]
    text = "Four people were injured in a fire in Porto yesterday, firefighters said on Monday."
    submitted = submit_article(store, celery_publisher(settings),
                               SubmitArticle(source="Edge", text=text, published_at=published))
    data = _wait_finished(store, submitted.id)
    assert data["status"] == "done", data.get("error")
    assert store.event_ids_of_article(submitted.id), "its claims joined an event"


def test_a_poison_article_ends_failed_with_a_reason_within_the_budget(store, settings, worker) -> None:  # type: ignore[no-untyped-def]
    text = "Two people were hurt in a crash in Lyon on Tuesday, police said."
    submitted = submit_article(store, lambda _id: None, SubmitArticle(source="Poison", text=text))
    store.r.hset(store.keys.article(submitted.id), "published_at", "the 31st of Smarch")  # unreadable
    celery_publisher(settings)(submitted.id)
    data = _wait_finished(store, submitted.id)
    assert data["status"] == "failed"
    assert int(data["attempts"]) == int(data["failures"]) == settings.max_attempts
    assert f"failed {settings.max_attempts} times" in data["error"] and "ValueError" in data["error"]
    # Out of the pending index: the sweeper has nothing to re-publish.
    assert store.r.zscore(store.keys.articles_queued, submitted.id) is None
    assert submitted.id in store.r.smembers(store.keys.articles_with_status("failed"))


def test_an_article_out_of_attempts_is_failed_not_processed_again(store, settings, worker) -> None:  # type: ignore[no-untyped-def]
    """An attempt that never finished (still marked running longer than any task may run: its worker was
    killed) counts as a failure: with the budget spent by it, the next start fails the article instead of
    trying again."""
    text = "Six people were injured in a storm in Brno on Friday, officials said."
    submitted = submit_article(store, lambda _id: None, SubmitArticle(source="Crashy", text=text))
    store.r.hset(store.keys.article(submitted.id), mapping={
        "status": "processing", "attempts": str(settings.max_attempts), "failures": str(settings.max_attempts - 1),
        "attempt_started": str(time.time() - TASK_TIME_LIMIT - 60),  # as the killed worker's attempt left it
    })  # fmt: skip
    celery_publisher(settings)(submitted.id)
    data = _wait_finished(store, submitted.id)
    assert data["status"] == "failed"
    assert data["error"] == (f"gave up after {settings.max_attempts} failed attempts; "
                             "last error: an attempt ended without an outcome (its worker died)")
    assert data["claims"] == "[]", "it was not processed a sixth time"


def test_the_sweeper_fails_out_of_budget_articles_instead_of_republishing_them(store, settings) -> None:  # type: ignore[no-untyped-def]
    spent = submit_article(store, lambda _id: None, SubmitArticle(source="S1", text="Three were hurt in Graz."))
    fresh = submit_article(store, lambda _id: None, SubmitArticle(source="S2", text="Five were hurt in Linz."))
    store.r.hset(store.keys.article(spent.id), mapping={"failures": str(settings.max_attempts),
                                                        "last_error": "KeyError: 'x'"})
    old = time.time() - settings.stuck_after_seconds - 5
    store.r.zadd(store.keys.articles_queued, {spent.id: old, fresh.id: old})
    published: list[str] = []
    assert sweep_stuck(store, settings, publish=published.append) == 2
    assert published == [fresh.id]
    failed = store.get_article(spent.id)
    assert failed.status.value == "failed" and "last error: KeyError" in (failed.error or "")
    assert sweep_stuck(store, settings, publish=published.append) == 0  # nothing left stale: fresh was requeued now
