"""Processing one article: extract its claims, then group them into events. Idempotent by design."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum

from core.events import GroupingSettings
from core.extract import extract
from core.models import ArticleInput, ArticleStatus, Claim
from core.similarity import fingerprint
from service.config import Settings
from store.codec import claims_to_json
from store.repository import RedisStore
from usecases.grouping import group_article

log = logging.getLogger("factrecon.processing")


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"  # already finished, or deleted meanwhile


class PermanentProcessingError(Exception):
    """Processing cannot succeed by retrying (a bug or unreadable input); the article is marked failed."""


def with_ids(article_id: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Claim ids are positional, so re-processing the same text yields the same ids."""
    return tuple(replace(c, id=f"{article_id}-c{n}") for n, c in enumerate(claims, start=1))


# Told (article id, ids of the events it changed) once a finished article's state is committed, e.g. to
# queue webhooks. Its failure is logged and never fails the article.
Notify = Callable[[str, list[str]], None]


def _notify(notify: Notify | None, article_id: str, event_ids: list[str]) -> None:
    if notify is None:
        return
    try:
        notify(article_id, event_ids)
    except Exception:
        log.exception("could not notify that article %s finished", article_id)


def process_article(store: RedisStore, settings: Settings, article_id: str, notify: Notify | None = None) -> Outcome:
    record = store.start_processing(article_id)
    if record is None:
        return Outcome.SKIPPED
    started = time.perf_counter()
    _test_only_slow_extract()
    try:
        result = extract(
            ArticleInput(
                text=record.text, title=record.title, published_at=record.published_at, language=record.language
            )
        )
        claims = with_ids(article_id, result.claims)
        prints = fingerprint(record.text, record.title)
    except Exception as exc:  # extraction is pure: an exception here will recur on every retry
        log.exception("extraction failed for %s", article_id)
        raise PermanentProcessingError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
    store.save_extraction(article_id, claims_to_json(claims), prints, list(result.warnings), result.language)
    record.claims = claims
    record.fingerprint = prints
    touched = group_article(store, record.facts(), GroupingSettings(span_days=settings.event_span_days))
    log.info(
        "processed %s: %d claims in %.1f ms", article_id, len(claims), (time.perf_counter() - started) * 1000
    )
    _notify(notify, article_id, touched)  # after group_article committed the events and "done"
    return Outcome.DONE


def _test_only_slow_extract() -> None:
    """TEST-ONLY hook: FACTRECON_TEST_SLOW_EXTRACT_SECONDS makes each extraction sleep first, so the crash
    tests (tests/reliability) can kill a worker reliably mid-extraction. Unset (always, outside those tests):
    no effect. Never set it in a deployment."""
    delay = os.environ.get("FACTRECON_TEST_SLOW_EXTRACT_SECONDS")
    if delay:
        time.sleep(float(delay))


def mark_failed(store: RedisStore, article_id: str, reason: str, notify: Notify | None = None) -> None:
    store.set_status(article_id, ArticleStatus.FAILED, error=reason)
    _notify(notify, article_id, [])


def sweep_stuck(store: RedisStore, settings: Settings, publish: Callable[[str], object]) -> int:
    """Re-publish articles left queued (or processing) longer than the threshold. Safe to run anywhere:
    processing is idempotent, so a duplicate delivery costs time, never correctness."""
    stale = store.stale_pending(settings.stuck_after_seconds)
    for article_id in stale:
        store.mark_requeued(article_id)
        publish(article_id)
    if stale:
        log.info("sweeper re-published %d stuck articles", len(stale))
    return len(stale)
