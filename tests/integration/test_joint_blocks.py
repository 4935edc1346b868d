"""A disaster that crosses a border: the service puts the reports of each country about it, firmly placed ones
too, in the countries' joint block when a report names them together as its scene, as offline grouping does
(`core.events.blocks._joint_block`), whichever arrives first, and lets them go back when that report is deleted
(real Redis, use cases called directly)."""

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

PREFIX = "jointtest"

# Our own reports: a flood's dead in a German town, in a Belgian town, and a wire naming both countries.
_GERMAN = SubmitArticle(
    source="Outlet A",
    title="Hochwasser in Hagen: 31 Tote",
    text="In Hagen sind nach dem Unwetter 31 Menschen ums Leben gekommen, teilte die Polizei am Donnerstag mit.",
    published_at=datetime(2031, 7, 17, 8, tzinfo=UTC),
    language="de",
)
_BELGIAN = SubmitArticle(
    source="Outlet B",
    title="Inondations à Verviers : 12 morts",
    text="À Verviers, les inondations ont fait 12 morts jeudi, selon le bourgmestre.",
    published_at=datetime(2031, 7, 17, 9, tzinfo=UTC),
    language="fr",
)
_BOTH = SubmitArticle(
    source="Outlet C",
    title="Floods kill more than 40 in Germany and Belgium",
    text="BERLIN - Floods swept through western Germany and Belgium on Thursday, killing more than 40 people, "
    "authorities said.",
    published_at=datetime(2031, 7, 17, 12, tzinfo=UTC),
)


def _own(settings: Settings) -> Settings:
    return Settings(redis_url=settings.redis_url, key_prefix=PREFIX, auth=False)


def _process(store: RedisStore, settings: Settings, commands: list[SubmitArticle]) -> dict[str, str]:
    ids = {}
    for command in commands:
        article_id = submit_article(store, lambda _id: None, command).id
        assert process_article(store, settings, article_id) is Outcome.DONE
        ids[command.source] = article_id
    return ids


def _together(store: RedisStore) -> set[frozenset[str]]:
    event_ids = [i.decode() if isinstance(i, bytes) else i for i in store.r.zrange(store.keys.events_by_start, 0, -1)]
    events = store.load_event_dicts(event_ids).values()
    return {frozenset(m["article_id"] for i in e["incidents"] for m in i["members"]) for e in events}


@pytest.mark.parametrize("order", ["both first", "both last", "both between"])
def test_the_reports_of_each_country_join_one_event_in_any_order(store, settings, order) -> None:
    own = _own(settings)
    commands = {
        "both first": [_BOTH, _GERMAN, _BELGIAN],
        "both last": [_GERMAN, _BELGIAN, _BOTH],
        "both between": [_BELGIAN, _BOTH, _GERMAN],
    }[order]
    ids = _process(store, own, commands)
    assert _together(store) == {frozenset(ids.values())}
    assert set(store.blocks.blocks_of(ids.values()).values()) == {"BE+DE"}
    facts = store.get_facts(set(ids.values()))
    offline = {frozenset(e.article_ids) for e in group_articles(facts.values(), grouping.grouping_settings(own))}
    assert offline == {frozenset(ids.values())}


def test_deleting_the_report_naming_both_lets_each_country_go_back(store, settings) -> None:
    own = _own(settings)
    ids = _process(store, own, [_GERMAN, _BELGIAN, _BOTH])
    grouping.ungroup_article(store, ids["Outlet C"], grouping.grouping_settings(own))
    blocks = store.blocks.blocks_of([ids["Outlet A"], ids["Outlet B"]])
    assert blocks == {ids["Outlet A"]: "DE", ids["Outlet B"]: "BE"}
