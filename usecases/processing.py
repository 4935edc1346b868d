"""Processing one article: extract its claims, then group them into events. Idempotent by design.

Every article ends `done` or `failed`, never stuck: each start counts an attempt (`attempts`, stored with the
article); an attempt that raises counts a failure (`failures`, `last_error`) and is retried, and so does one
that never finished (still marked running longer than a task may run: its worker was killed). Once
FACTRECON_MAX_ATTEMPTS attempts failed, the article is failed with the reason. Attempts cut short by Redis
trouble count no failure (workers/tasks.py). The outcome's webhook notifications are committed with it
(usecases/outbox.py).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum

from core.events.pieces import with_pieces
from core.extract import extract
from core.models import ArticleInput, ArticleStatus, Claim
from core.similarity import fingerprint
from settings import TASK_TIME_LIMIT, Settings
from store.codec import claims_to_json
from store.outbox import OutboxEntry
from store.repository import AttemptsExhausted, RedisStore, extraction_fields
from usecases.grouping import group_article, grouping_settings, settle_pending
from usecases.outbox import article_outcome_entries

log = logging.getLogger("factrecon.processing")


class Outcome(StrEnum):
    DONE = "done"
    FAILED = "failed"
    RETRY = "retry"  # this attempt failed, attempts remain
    SKIPPED = "skipped"  # already finished, or deleted meanwhile


class PermanentProcessingError(Exception):
    """Processing cannot succeed by retrying (a bug or unreadable input); the article is marked failed."""


def with_ids(article_id: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Claim ids are positional, so re-processing the same text yields the same ids."""
    return tuple(replace(c, id=f"{article_id}-c{n}") for n, c in enumerate(claims, start=1))


# Told the ids of the outbox entries committed with an article's outcome, e.g. to dispatch them at once (the
# outbox sweep dispatches them anyway). Its failure is logged and never fails the article.
Notify = Callable[[list[str]], None]


def _notify(notify: Notify | None, entry_ids: list[str]) -> None:
    if notify is None or not entry_ids:
        return
    try:
        notify(entry_ids)
    except Exception:
        log.exception("could not dispatch notifications %s; the outbox sweep will", entry_ids)


def process_article(store: RedisStore, settings: Settings, article_id: str, notify: Notify | None = None) -> Outcome:
    try:
        record = store.start_processing(article_id, settings.max_attempts, TASK_TIME_LIMIT + 10)
    except AttemptsExhausted as exc:
        reason = f"gave up after {exc.attempts} failed attempts" + (f"; last error: {exc.last_error}"
                                                                    if exc.last_error else "")
        mark_failed(store, article_id, reason, notify=notify)
        return Outcome.FAILED
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
    # The extraction is saved with the article's block (one transaction, only if the article still exists).
    record.claims = claims
    record.fingerprint = prints
    # Its pieces (places read from its text) are worked out once, here, and kept with it: a worker regrouping
    # its block later reads them instead of its text, whichever process placed it.
    facts = with_pieces(record.facts())
    extraction = extraction_fields(
        claims_to_json(claims), prints, list(result.warnings), result.language, pieces=facts.pieces,
        lead_title=facts.title if record.title is None else None,
    )
    # As stored (parsed from its ISO form and written back the same): the notifications' ids derive from it.
    created_at = record.created_at.isoformat() if record.created_at else ""
    entries: list[OutboxEntry] = []

    def announce(event_ids: list[str]) -> list[OutboxEntry]:
        entries[:] = article_outcome_entries(article_id, created_at, ArticleStatus.DONE.value, None, len(claims),
                                             event_ids)
        return entries

    group_article(store, facts, grouping_settings(settings), announce=announce, save=extraction)
    log.info(
        "processed %s: %d claims in %.1f ms", article_id, len(claims), (time.perf_counter() - started) * 1000
    )
    _notify(notify, [e.id for e in entries])  # after group_article committed the events, "done" and the notifications
    return Outcome.DONE


def attempt_failed(store: RedisStore, settings: Settings, article_id: str, reason: str,
                   notify: Notify | None = None) -> Outcome:
    """An attempt raised: remember why; fail the article once its attempts are spent, else it is retried."""
    failures = store.record_attempt_error(article_id, reason)
    if failures >= settings.max_attempts:
        mark_failed(store, article_id, f"failed {failures} times; last error: {reason}", notify=notify)
        return Outcome.FAILED
    return Outcome.RETRY


def _test_only_slow_extract() -> None:
    """TEST-ONLY hook: FACTRECON_TEST_SLOW_EXTRACT_SECONDS makes each extraction sleep first, so the crash
    tests (tests/reliability) can kill a worker reliably mid-extraction. Unset (always, outside those tests):
    no effect. Never set it in a deployment."""
    delay = os.environ.get("FACTRECON_TEST_SLOW_EXTRACT_SECONDS")
    if delay:
        time.sleep(float(delay))


def mark_failed(store: RedisStore, article_id: str, reason: str, notify: Notify | None = None) -> None:
    """Fail the article with `reason`, its `article.processed` notification in the same transaction."""
    fields = store.announce_fields(article_id)
    if fields is None:
        return  # deleted meanwhile
    created_at, claim_count = fields
    entries = article_outcome_entries(article_id, created_at, ArticleStatus.FAILED.value, reason, claim_count, [])
    if store.set_status(article_id, ArticleStatus.FAILED, error=reason, outbox=entries):
        _notify(notify, [e.id for e in entries])


def sweep_stuck(store: RedisStore, settings: Settings, publish: Callable[[str], object],
                notify: Notify | None = None) -> int:
    """Re-publish articles left queued (or processing) longer than the threshold; fail those that used up
    their attempts instead (they would only be re-published forever). Processing is idempotent, so a
    duplicate delivery costs time, never correctness."""
    stale = store.stale_pending(settings.stuck_after_seconds)
    info = store.attempt_info(stale) if stale else {}
    republished = 0
    for article_id in stale:
        failures, last_error = info.get(article_id, (0, None))
        if failures >= settings.max_attempts:
            reason = f"gave up after {failures} failed attempts" + (f"; last error: {last_error}" if last_error else "")
            mark_failed(store, article_id, reason, notify=notify)
            continue
        store.mark_requeued(article_id)
        publish(article_id)
        republished += 1
    if stale:
        log.info("sweeper re-published %d stuck articles, failed %d out of attempts", republished,
                 len(stale) - republished)
    settled = settle_pending(store, grouping_settings(settings))
    if settled:
        log.info("sweeper settled %d blocks with changes left pending", settled)
    return len(stale)
