"""Submitting, reading and deleting articles."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.html import html_title, html_to_text
from core.models import ArticleStatus
from core.text import is_blank
from store.records import ArticleRecord, article_id_for
from store.repository import ArticleNotFound, RedisStore
from usecases.errors import InvalidInput, NotFound

log = logging.getLogger("factrecon.articles")

Publisher = Callable[[str], object]


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


def submit_article(store: RedisStore, publish: Publisher, command: SubmitArticle) -> Submitted:
    """Store the article as queued (atomically, deduplicated on source+text), then publish its task.

    If publishing fails after the article is stored, nothing is lost: the article stays in the queued index
    and the sweeper re-publishes it.
    """
    record = ArticleRecord(
        id=article_id_for(command.source, command.text),
        source=command.source,
        text=command.text,
        title=command.title,
        url=command.url,
        published_at=command.published_at,
        language=command.language,
        input_format=command.input_format,
    )
    created, status = store.create_article(record)
    if created:
        try:
            publish(record.id)
        except Exception:  # the broker may be down; the sweeper re-publishes articles left queued
            log.exception("could not publish article %s; the sweeper will retry", record.id)
    return Submitted(record.id, status, created)


def get_article(store: RedisStore, article_id: str) -> ArticleRecord:
    try:
        return store.get_article(article_id)
    except ArticleNotFound as exc:
        raise NotFound("article", article_id) from exc
