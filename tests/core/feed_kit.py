"""Shared helpers for the tests of grouping reports as feeds send them: a report extracted from text of our own
(dated on a day of May 2031, or not at all), and which event each report ends in."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def report(rid: str, text: str, day: int | None, language: str = "en", title: str | None = None) -> ArticleFacts:
    """A report as the service stores it; `day=None` sends it with no publication date."""
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    published = datetime(2031, 5, day, 9, tzinfo=UTC) if day is not None else None
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def report_at(
    rid: str, text: str, published: datetime | None, title: str | None = None, language: str | None = None
) -> ArticleFacts:
    """A report as the service stores it, extracted on its publication time (`published`; None: sent with no
    publication date) and fingerprinted with its title, as `usecases.processing` does."""
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text, title), text, None)


def holders(reports: list[ArticleFacts]) -> dict[str, str]:
    """Article id -> the id of the event `group_articles` puts it in."""
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}
