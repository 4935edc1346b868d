"""Placing an article's claims into events, and taking them out again, under the grouping lock.

The lock makes "read candidate events, decide, write" one critical section across all workers, so two
articles about the same event processed at once never create two events; the writes themselves go in one
MULTI/EXEC together with the article's `done` status, so a crash leaves either both or neither.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
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
from store.repository import RedisStore


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


def _write(store: RedisStore, before: list[EventState], changed: list[EventState], done: str | None) -> None:
    """Save changed events; their index keys are replaced (they move as dates change), empty events deleted."""
    old_keys = {e.id: index_keys(e) for e in before}
    keep = {e.id: e for e in changed if e.incidents and e.article_ids}
    drop = [e.id for e in changed if e.id not in keep]
    new_keys = {e.id: index_keys(e) for e in keep.values()}
    store.write_events(
        changed={e.id: e.to_dict() for e in keep.values()},
        index_keys=new_keys,
        stale_index_keys={i: old_keys.get(i, set()) - new_keys.get(i, set()) for i in [*keep, *drop]},
        start_ordinals={e.id: _ordinal(e.start_date) for e in keep.values()},
        memberships={e.id: set(e.article_ids) for e in keep.values()},
        left={e.id: _departed(before, e) for e in changed},
        deleted=drop,
        article_done=done,
    )


def _departed(before: list[EventState], after: EventState) -> set[str]:
    """Articles that were in the event before this change and are not any more."""
    previous = next((e for e in before if e.id == after.id), None)
    return (previous.article_ids - after.article_ids) if previous else set()


def group_article(store: RedisStore, facts: ArticleFacts, settings: GroupingSettings) -> list[str]:
    """Assign the article to events (creating them as needed), mark it done; returns the event ids touched."""
    with store.grouping_lock():
        if not store.exists(facts.id):  # deleted while it was being extracted (DELETE takes this lock too)
            return []
        candidate_ids = store.event_ids_for_keys(candidate_keys(facts)) | store.event_ids_of_article(facts.id)
        candidates = _load_events(store, candidate_ids)
        members = _member_facts(store, candidates, facts)
        changed = assign_article(facts, candidates, new_id=new_event_id, settings=settings, articles=members)
        _write(store, candidates, changed, done=facts.id)
        return [e.id for e in changed]


def ungroup_article(store: RedisStore, article_id: str) -> list[str]:
    """Remove the article's claims from every event it is in; events left empty are deleted."""
    with store.grouping_lock():
        events = _load_events(store, store.event_ids_of_article(article_id))
        changed = remove_article(article_id, events)
        _write(store, events, changed, done=None)
        store.delete_article_record(article_id)
        return [e.id for e in changed]
