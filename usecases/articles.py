"""Submitting, reading and deleting articles."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.html import html_title, html_to_text
from core.models import ArticleStatus
from core.text import is_blank
from store.records import ArticleRecord, article_id_for
from store.repository import ArticleNotFound, Claim, ClaimTaken, RedisStore
from usecases.errors import IdempotencyKeyTaken, InvalidInput, NotFound
from usecases.reconciliation import decode_cursor, encode_cursor

log = logging.getLogger("factrecon.articles")

Publisher = Callable[[str], object]
BatchPublisher = Callable[[Sequence[str]], object]


@dataclass(frozen=True)
class SubmitArticle:
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    input_format: str = "text"


@dataclass(frozen=True)
class Submitted:
    id: str
    status: ArticleStatus
    created: bool


def article_command(data: dict[str, Any]) -> SubmitArticle:
    """The command for an article as loaded by the API's ArticleInSchema (`text` or `html`)."""
    if "html" in data:
        return submit_html_command(data)
    return SubmitArticle(
        source=data["source"].strip(),
        text=data["text"],
        title=data.get("title"),
        url=data.get("url"),
        published_at=data.get("published_at"),
        language=data.get("language"),
    )


def submit_html_command(data: dict[str, Any]) -> SubmitArticle:
    """Reduce an `html` submission to its article text; an HTML page with no article text is invalid input."""
    text = html_to_text(data["html"])
    if is_blank(text):
        raise InvalidInput("no article text could be found in the html", field="html")
    return SubmitArticle(
        source=data["source"].strip(),
        text=text,
        title=data.get("title") or html_title(data["html"]),
        url=data.get("url"),
        published_at=data.get("published_at"),
        language=data.get("language"),
        input_format="html",
    )


def submit_article(
    store: RedisStore, publish: Publisher, command: SubmitArticle, claim: Claim | None = None
) -> Submitted:
    """Store the article as queued (atomically, deduplicated on source+text), then publish its task.

    If publishing fails after the article is stored, nothing is lost: the article stays in the queued index
    and the sweeper re-publishes it. An Idempotency-Key's `claim` is written in the same step; if its key is
    held already nothing is stored and IdempotencyKeyTaken carries what the key holds.
    """
    record = _record(command)
    try:
        created, status = store.create_article(record, claim)
    except ClaimTaken as taken:
        raise IdempotencyKeyTaken(taken.saved) from None
    if created:
        try:
            publish(record.id)
        except Exception:  # the broker may be down; the sweeper re-publishes articles left queued
            log.exception("could not publish article %s; the sweeper will retry", record.id)
    return Submitted(record.id, status, created)


def submit_articles(
    store: RedisStore, publish_many: BatchPublisher, commands: Sequence[SubmitArticle]
) -> list[Submitted]:
    """`submit_article` for several articles at once: all stored in one round trip (each atomically and
    deduplicated, as one by one), then the new ones' tasks published together. The same guarantee holds: an
    article stored but not published stays queued and the sweeper re-publishes it."""
    records = [_record(command) for command in commands]
    outcomes = store.create_articles(records)
    created = [record.id for record, (new, _) in zip(records, outcomes, strict=True) if new]
    if created:
        try:
            publish_many(created)
        except Exception:  # the broker may be down; the sweeper re-publishes articles left queued
            log.exception("could not publish %d articles; the sweeper will retry", len(created))
    return [Submitted(r.id, status, new) for r, (new, status) in zip(records, outcomes, strict=True)]


def _record(command: SubmitArticle) -> ArticleRecord:
    return ArticleRecord(
        id=article_id_for(command.source, command.text),
        source=command.source,
        text=command.text,
        title=command.title,
        url=command.url,
        published_at=command.published_at,
        language=command.language,
        input_format=command.input_format,
    )


def get_article(store: RedisStore, article_id: str) -> ArticleRecord:
    try:
        return store.get_article(article_id)
    except ArticleNotFound as exc:
        raise NotFound("article", article_id) from exc


@dataclass(frozen=True)
class ArticleListQuery:
    status: ArticleStatus | None = None
    source: str | None = None
    since: datetime | None = None
    q: str | None = None
    cursor: str | None = None
    limit: int = 20


@dataclass(frozen=True)
class ArticlePage:
    articles: list[dict[str, Any]]
    next_cursor: str | None


def list_articles(store: RedisStore, query: ArticleListQuery) -> ArticlePage:
    """Articles newest submission first, filtered; scans in chunks until a page is full or articles run out.

    `since` stops the scan at the first older article (the index is ordered by submission time). `q` is literal:
    every word of it must occur, case-folded, in the title, text or source."""
    position = decode_cursor(query.cursor) if query.cursor else None
    since = query.since.replace(tzinfo=UTC) if query.since and query.since.tzinfo is None else query.since
    floor = since.timestamp() if since else None
    words = query.q.casefold().split() if query.q else []
    source = query.source.strip().casefold() if query.source else None
    page: list[dict[str, Any]] = []
    chunk = max(query.limit * 2, 50)
    while len(page) < query.limit:
        rows = store.article_page(position, chunk)
        if floor is not None:
            rows = [(i, score) for i, score in rows if score >= floor]
        if not rows:
            return ArticlePage(page, None)
        found = {a["id"]: a for a in store.article_summaries([article_id for article_id, _ in rows])}
        for article_id, score in rows:
            position = (article_id, score)
            summary = found.get(article_id)
            if summary is not None and _article_wanted(summary, query.status, source, words):
                page.append(_summary(summary))
                if len(page) == query.limit:
                    break
        if len(rows) < chunk and len(page) < query.limit:
            return ArticlePage(page, None)
    following = store.article_page(position, 1) if position else []
    more = bool(following) and (floor is None or following[0][1] >= floor)
    return ArticlePage(page, encode_cursor(position) if more and position else None)


def _article_wanted(
    summary: dict[str, str], status: ArticleStatus | None, source: str | None, words: list[str]
) -> bool:
    if status is not None and summary["status"] != status.value:
        return False
    if source is not None and summary["source"].strip().casefold() != source:
        return False
    if words:
        haystack = " ".join((summary.get("title") or "", summary.get("source") or "", summary.get("text") or ""))
        folded = haystack.casefold()
        return all(word in folded for word in words)
    return True


def _summary(summary: dict[str, str]) -> dict[str, Any]:
    return {
        "id": summary["id"],
        "status": ArticleStatus(summary["status"] or "queued"),
        "source": summary["source"],
        "title": summary.get("title") or None,
        "url": summary.get("url") or None,
        "published_at": summary.get("published_at") or None,
        "created_at": summary.get("created_at") or None,
        "updated_at": summary.get("updated_at") or None,
    }
