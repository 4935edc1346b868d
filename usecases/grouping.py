"""Placing an article's claims into events, and taking them out again, under the grouping lock.

The lock makes "read candidate events, decide, write" one critical section across all workers, so two
articles about the same event processed at once never create two events; the writes themselves go in one
MULTI/EXEC together with the article's `done` status, so a crash leaves either both or neither.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from core.events import (
    EventState,
    GroupingSettings,
    assign_article,
    candidate_keys,
    index_keys,
    remove_article,
)
from core.models import ArticleFacts
from store.outbox import OutboxEntry
from store.repository import RedisStore
from usecases.outbox import article_deleted_entries

# Builds the notifications of an article's outcome from the ids of the events it changed.
Announce = Callable[[list[str]], list[OutboxEntry]]


def new_event_id() -> str:
    return f"evt_{secrets.token_hex(8)}"


def _ordinal(day: date | None) -> float:
    return float(day.toordinal()) if day else 0.0


def _load_events(store: RedisStore, event_ids: Iterable[str]) -> list[EventState]:
    return [EventState.from_dict(d) for d in store.load_event_dicts(event_ids).values()]


def _member_facts(store: RedisStore, events: list[EventState], extra: ArticleFacts | None) -> dict[str, ArticleFacts]:
    ids: set[str] = set()
    for event in events:
        ids |= event.article_ids
    facts = store.get_facts(ids)
    if extra is not None:
        facts[extra.id] = extra
    return facts


@dataclass(frozen=True)
class _Before:
    """What the events looked like before the core changed them (the core updates its arguments in place)."""

    index_keys: dict[str, set[str]]
    members: dict[str, set[str]]

    @classmethod
    def of(cls, events: list[EventState]) -> _Before:
        return cls({e.id: set(index_keys(e)) for e in events}, {e.id: set(e.article_ids) for e in events})


def _write(
    store: RedisStore, before: _Before, changed: list[EventState], done: str | None, outbox: list[OutboxEntry]
) -> None:
    """Save changed events; their index keys are replaced (they move as dates change), empty events deleted,
    and only memberships that changed are written."""
    keep = {e.id: e for e in changed if e.incidents and e.article_ids}
    drop = [e.id for e in changed if e.id not in keep]
    new_keys = {e.id: index_keys(e) for e in keep.values()}
    store.write_events(
        changed={e.id: e.to_dict() for e in keep.values()},
        index_keys=new_keys,
        stale_index_keys={i: before.index_keys.get(i, set()) - new_keys.get(i, set()) for i in [*keep, *drop]},
        start_ordinals={e.id: _ordinal(e.start_date) for e in keep.values()},
        memberships={e.id: e.article_ids - before.members.get(e.id, set()) for e in keep.values()},
        left={e.id: before.members.get(e.id, set()) - (e.article_ids if e.id in keep else set()) for e in changed},
        deleted=drop,
        article_done=done,
        merged={e.id: e.merged_into for e in changed if e.id not in keep and e.merged_into},
        outbox=outbox,
    )


def group_article(
    store: RedisStore, facts: ArticleFacts, settings: GroupingSettings, announce: Announce | None = None
) -> list[str]:
    """Assign the article to events (creating them as needed), mark it done; returns the event ids touched.
    `announce` builds the notifications of the outcome from those ids; they commit with it (the outbox)."""
    with store.grouping_lock():
        if not store.exists(facts.id):  # deleted while it was being extracted (DELETE takes this lock too)
            return []
        candidate_ids = store.event_ids_for_keys(candidate_keys(facts)) | store.event_ids_of_article(facts.id)
        candidates = _load_events(store, candidate_ids)
        members = _member_facts(store, candidates, facts)
        before = _Before.of(candidates)
        changed = assign_article(facts, candidates, new_id=new_event_id, settings=settings, articles=members)
        touched = [e.id for e in changed]
        _write(store, before, changed, done=facts.id, outbox=announce(touched) if announce else [])
        return touched


def ungroup_article(store: RedisStore, article_id: str) -> tuple[list[str], list[str]]:
    """Remove the article's claims from every event it is in; events left empty are deleted. The
    `event.updated` notifications commit with the events' change (the outbox). Returns (event ids changed,
    outbox entry ids)."""
    with store.grouping_lock():
        fields = store.announce_fields(article_id)
        events = _load_events(store, store.event_ids_of_article(article_id))
        before = _Before.of(events)
        changed = remove_article(article_id, events)
        touched = [e.id for e in changed]
        entries = article_deleted_entries(article_id, fields[0] if fields else "", touched)
        _write(store, before, changed, done=None, outbox=entries)
        store.delete_article_record(article_id)
        store.forget_facts(article_id)
        return touched, [e.id for e in entries]
