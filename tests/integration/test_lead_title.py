"""A report sent without a title, its headline the first line of its text: the service reads that line as the
title for grouping when it places the report and whenever it meets it again as an event's member, as offline
grouping does (real Redis, use cases called directly). Reports of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.blocks import group_articles
from core.events.hazards import article_hazards
from settings import Settings
from usecases import grouping
from usecases.articles import SubmitArticle, submit_article
from usecases.processing import Outcome, process_article

pytestmark = pytest.mark.integration

PREFIX = "leadtitletest"

_FIRST = SubmitArticle(
    source="Outlet A",
    title="Mine blast kills 12 in Soma",
    text="An explosion tore through a coal mine in Soma on Tuesday, killing 12 miners, officials said.",
    published_at=datetime(2031, 5, 13, 12, tzinfo=UTC),
)
_TEXT_ONLY = SubmitArticle(
    source="Outlet B",
    text="Toll rises to 20 in Soma mine blast\n\nRescuers recovered eight more bodies on Wednesday, raising the "
    "death toll to 20, officials said.",
    published_at=datetime(2031, 5, 14, 12, tzinfo=UTC),
)


def test_the_lead_headline_is_the_title_of_the_reports_facts_in_the_store(store, settings) -> None:
    own = Settings(redis_url=settings.redis_url, key_prefix=PREFIX, auth=False)
    ids = {}
    for command in (_FIRST, _TEXT_ONLY):
        article_id = submit_article(store, lambda _id: None, command).id
        assert process_article(store, own, article_id) is Outcome.DONE
        ids[command.source] = article_id
    facts = store.get_facts(set(ids.values()))
    member = facts[ids["Outlet B"]]
    assert member.title == "Toll rises to 20 in Soma mine blast"  # read back from the hash, as events see it
    assert article_hazards(member)
    assert store.get_article(ids["Outlet B"]).title is None  # what was submitted is unchanged
    offline = {frozenset(e.article_ids) for e in group_articles(facts.values(), grouping.grouping_settings(own))}
    assert offline == {frozenset(ids.values())}
