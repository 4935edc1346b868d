"""Reports nothing dates (no date in the text, no publication date), placed nowhere: the service pulls them into
the block of a dated report of their kind of disaster, as offline grouping does (`core.events.blocks`), whichever
arrives first, and lets them go when that report is deleted (real Redis, use cases called directly)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.blocks import group_articles
from settings import Settings
from store.repository import RedisStore
from usecases import grouping
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import Outcome, process_article

pytestmark = pytest.mark.integration

PREFIX = "timelesstest"

# Our own reports: a ferry capsizing and a market fire of one day in Bangladesh, and a Bengali report of the
# capsizing that names a river no gazetteer knows and dates nothing.
_CAPSIZE = SubmitArticle(
    source="Outlet A",
    title="Ferry capsizes near Narayanganj, 18 dead",
    text="A ferry carrying about 60 passengers capsized on a river near Narayanganj on Sunday, killing 18 people, "
    "officials said.",
    published_at=datetime(2031, 3, 16, 12, tzinfo=UTC),
)
_FIRE = SubmitArticle(
    source="Outlet B",
    title="Market fire kills 18 in Chittagong",
    text="A fire swept through a market in Chittagong on Sunday, killing 18 people, fire officials said.",
    published_at=datetime(2031, 3, 16, 13, tzinfo=UTC),
)
_LAUNCH = SubmitArticle(
    source="Outlet C",
    title="ধলেশ্বরীতে লঞ্চডুবি: ১৮ জনের লাশ উদ্ধার",
    text="ধলেশ্বরী নদীতে লঞ্চডুবির ঘটনায় ১৮ জনের লাশ উদ্ধার করা হয়েছে।",
    language="bn",
)


def _own(settings: Settings) -> Settings:
    return Settings(redis_url=settings.redis_url, key_prefix=PREFIX, auth=False)


def _process(store: RedisStore, settings: Settings, commands: list[SubmitArticle]) -> dict[str, str]:
    """Submit and process each in turn; returns source -> article id."""
    ids = {}
    for command in commands:
        article_id = submit_article(store, lambda _id: None, command).id
        assert process_article(store, settings, article_id) is Outcome.DONE
        ids[command.source] = article_id
    return ids


def _together(store: RedisStore) -> set[frozenset[str]]:
    """The stored events as sets of article ids."""
    event_ids = [i.decode() if isinstance(i, bytes) else i for i in store.r.zrange(store.keys.events_by_start, 0, -1)]
    events = store.load_event_dicts(event_ids).values()
    return {frozenset(m["article_id"] for i in e["incidents"] for m in i["members"]) for e in events}


@pytest.mark.parametrize("order", ["dated first", "timeless first"])
def test_a_timeless_report_joins_the_event_of_its_kind_in_either_order(store, settings, order) -> None:
    own = _own(settings)
    commands = [_CAPSIZE, _FIRE, _LAUNCH] if order == "dated first" else [_LAUNCH, _FIRE, _CAPSIZE]
    ids = _process(store, own, commands)
    together = _together(store)
    assert frozenset({ids["Outlet A"], ids["Outlet C"]}) in together
    assert frozenset({ids["Outlet B"]}) in together
    # what offline grouping gives for the same articles
    facts = store.get_facts(set(ids.values()))
    offline = {frozenset(e.article_ids) for e in group_articles(facts.values(), grouping.grouping_settings(own))}
    assert together == offline


def test_deleting_the_report_that_pulled_it_lets_a_timeless_report_go(store, settings) -> None:
    own = _own(settings)
    ids = _process(store, own, [_CAPSIZE, _FIRE, _LAUNCH])
    grouping.ungroup_article(store, ids["Outlet A"], grouping.grouping_settings(own))
    blocks = store.blocks.blocks_of([ids["Outlet C"]])
    assert blocks[ids["Outlet C"]] == "unplaced"  # no dated report of its kind left to pull it
