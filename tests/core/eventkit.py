"""Helpers for building claims and articles by hand in grouping/reconciliation tests (not a test module)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from core.events import (
    EventState,
    GroupingSettings,
    assign_article,
    candidate_keys,
    index_keys,
    remove_article,
)
from core.models import ArticleFacts, Claim, Qualifier, Role

_BOUNDS = {
    Qualifier.EXACT: lambda v: (v, v),
    Qualifier.AT_LEAST: lambda v: (v, None),
    Qualifier.MORE_THAN: lambda v: (v + 1, None),
    Qualifier.UP_TO: lambda v: (None, v),
    Qualifier.NEARLY: lambda v: (None, v - 1),
}


def make_claim(
    metric: str,
    value: int,
    *,
    qualifier: Qualifier = Qualifier.EXACT,
    role: Role = Role.TOTAL,
    location: str | None = None,
    incident_date: date | None = None,
    attribution: str | None = None,
    quote: str | None = None,
    start: int = 0,
    subject: str | None = "people",
) -> Claim:
    low, high = _BOUNDS[qualifier](value)
    text = quote or f"{value} {metric}"
    return Claim(
        metric=metric,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        role=role,
        quote=text,
        start=start,
        end=start + len(text),
        subject=subject,
        location=location,
        incident_date=incident_date,
        attribution=attribution,
    )


def make_article(
    article_id: str,
    claims: list[Claim],
    *,
    source: str | None = None,
    published_at: datetime | None = None,
    fingerprint: tuple[int, ...] = (),
    title: str | None = None,
    text: str | None = None,
) -> ArticleFacts:
    """Claims get ids "<article>-c<n>" and distinct offsets in claim order, as the store would assign."""
    numbered = []
    for n, c in enumerate(claims):
        start = c.start if c.start else 100 * n
        numbered.append(
            Claim(**{**_as_dict(c), "id": f"{article_id}-c{n}", "start": start, "end": start + len(c.quote)})
        )
    return ArticleFacts(
        id=article_id,
        source=source or f"outlet-{article_id}",
        claims=tuple(numbered),
        published_at=published_at,
        title=title,
        fingerprint=fingerprint,
        text=text,
    )


def _as_dict(c: Claim) -> dict[str, Any]:
    return {name: getattr(c, name) for name in Claim.__slots__}


def id_counter(prefix: str = "ev") -> Callable[[], str]:
    """A deterministic `new_id` for assign_article: ev1, ev2, ..."""
    counter = itertools.count(1)
    return lambda: f"{prefix}{next(counter)}"


class MemoryStore:
    """What the real store does around the grouping API, in memory: index, candidates, JSON round trips."""

    def __init__(self, settings: GroupingSettings | None = None, *, with_articles: bool = True) -> None:
        self.settings = settings or GroupingSettings()
        self.with_articles = with_articles
        self.events: dict[str, dict[str, Any]] = {}  # stored as JSON text -> dict, like Redis would
        self.index: dict[str, set[str]] = {}
        self.articles: dict[str, ArticleFacts] = {}
        self.new_id = id_counter()

    def load(self, event_id: str) -> EventState:
        return EventState.from_dict(json.loads(json.dumps(self.events[event_id])))

    def all_events(self) -> list[EventState]:
        return [self.load(e) for e in sorted(self.events)]

    def add(self, article: ArticleFacts) -> list[EventState]:
        self.articles[article.id] = article
        ids = sorted({e for k in candidate_keys(article, self.settings) for e in self.index.get(k, ())})
        candidates = [self.load(e) for e in ids]
        members = {a for e in candidates for a in e.article_ids}
        lookup = {a: self.articles[a] for a in members if a in self.articles} if self.with_articles else None
        changed = assign_article(article, candidates, new_id=self.new_id, settings=self.settings, articles=lookup)
        for event in changed:
            self.save(event)
        return changed

    def remove(self, article_id: str) -> list[EventState]:
        changed = remove_article(article_id, self.all_events())
        for event in changed:
            self.save(event)
        self.articles.pop(article_id, None)
        return changed

    def save(self, event: EventState) -> None:
        for keyset in self.index.values():
            keyset.discard(event.id)
        if not event.incidents:
            self.events.pop(event.id, None)
            return
        self.events[event.id] = json.loads(json.dumps(event.to_dict()))
        for key in index_keys(event):
            self.index.setdefault(key, set()).add(event.id)

    def event_of(self, claim_id: str) -> list[EventState]:
        return [e for e in self.all_events() if any(claim_id in m.claim_ids for i in e.incidents for m in i.members)]

    def partition(self) -> set[frozenset[tuple[str, ...]]]:
        """Order-free summary: per event, its incidents as sorted claim-id tuples."""
        return {
            frozenset(tuple(sorted(c for m in i.members for c in m.claim_ids)) for i in e.incidents)
            for e in self.all_events()
        }
