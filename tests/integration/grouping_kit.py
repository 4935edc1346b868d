"""Shared helpers of the grouping tests on a real Redis: process reports through the use cases, read the stored
events, and group the same articles offline to compare."""

from __future__ import annotations

from dataclasses import replace

from core.events.blocks import group_articles
from settings import Settings
from store.repository import RedisStore
from usecases import grouping
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import Outcome, process_article


def own_settings(settings: Settings, prefix: str) -> Settings:
    """The test's settings under a key prefix of its own."""
    return Settings(redis_url=settings.redis_url, key_prefix=prefix, auth=False)


def process_all(store: RedisStore, settings: Settings, commands: list[SubmitArticle]) -> dict[str, str]:
    """Submit and process each in turn; returns source -> article id."""
    ids = {}
    for command in commands:
        article_id = submit_article(store, lambda _id: None, command).id
        assert process_article(store, settings, article_id) is Outcome.DONE
        ids[command.source] = article_id
    return ids


def stored_together(store: RedisStore) -> set[frozenset[str]]:
    """The stored events as sets of article ids."""
    event_ids = [i.decode() if isinstance(i, bytes) else i for i in store.r.zrange(store.keys.events_by_start, 0, -1)]
    events = store.load_event_dicts(event_ids).values()
    return {frozenset(m["article_id"] for i in e["incidents"] for m in i["members"]) for e in events}


def offline_together(store: RedisStore, settings: Settings, ids: dict[str, str]) -> set[frozenset[str]]:
    """What offline grouping gives for the same stored articles: each block's events, as the store keeps them (the
    merge layer across blocks joins them when they are read, usecases/across.py)."""
    facts = store.get_facts(set(ids.values()))
    blocks_only = replace(grouping.grouping_settings(settings), merge_across_blocks=False)
    return {frozenset(e.article_ids) for e in group_articles(facts.values(), blocks_only)}
