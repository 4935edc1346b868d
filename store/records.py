"""The stored article: what was submitted plus its processing state."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from core.lead_headline import reading_title
from core.models import ArticleFacts, ArticleStatus, Claim


def article_id_for(source: str, text: str) -> str:
    """Content-derived id: resubmitting the same source and text yields the same article (no duplicate)."""
    digest = hashlib.sha256(f"{source}\x00{text}".encode()).hexdigest()
    return f"art_{digest[:24]}"


@dataclass
class ArticleRecord:
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    status: ArticleStatus = ArticleStatus.QUEUED
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    claims: tuple[Claim, ...] = ()
    fingerprint: tuple[int, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    attempts: int = 0
    input_format: str = "text"  # "text" or "html": what the caller sent

    def facts(self) -> ArticleFacts:
        return ArticleFacts(
            id=self.id,
            source=self.source,
            claims=self.claims,
            published_at=self.published_at,
            title=reading_title(self.title, self.text),  # a text sent alone may open with its headline
            fingerprint=self.fingerprint,
            text=self.text,  # only the article being placed carries its text (dateline, states named)
            url=self.url,  # its outlet's country breaks ties between places of one name
        )
