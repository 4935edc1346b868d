"""Regrouping a block resumed from a remembered prefix (usecases/regroup.py) gives exactly what grouping the
block from its first article gives (core.events.blocks.regroup_block), as articles arrive out of order, leave
and come back. Pure: no Redis (the store's reads are passed in)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise

from core.events import EventState, GroupingSettings
from core.events.blocks import as_member, canonical_key, publication_score, regroup_block
from core.models import ArticleFacts
from tests.core.test_event_blocks import _set
from usecases.regroup import CHECKPOINT_EVERY, Checkpoints, Outcome, Steps, regroup_members

SETTINGS = GroupingSettings()
BLOCK = "US-IL"


def _articles() -> dict[str, ArticleFacts]:
    """Our own reports (tests/core/test_event_blocks.py), each also retold a few hours later by another
    outlet: 21 articles, so that regrouping passes several remembered prefixes."""
    out: dict[str, ArticleFacts] = {}
    for copy in range(3):
        for article in _set():
            published = article.published_at + timedelta(hours=5 * copy) if article.published_at else None
            retold = replace(article, id=f"{article.id}-{copy}", source=f"outlet {copy}", published_at=published)
            out[retold.id] = retold
    return out


def _dump(events: dict[str, EventState]) -> str:
    return json.dumps(sorted((e.to_dict() for e in events.values()), key=lambda d: d["id"]), sort_keys=True)


def _members(articles: dict[str, ArticleFacts], ids: set[str]) -> list[tuple[str, float]]:
    ordered = sorted((articles[i] for i in ids), key=canonical_key)
    return [(a.id, publication_score(a.published_at)) for a in ordered]


def test_a_resumed_regroup_equals_grouping_from_the_start_whatever_arrives_or_leaves() -> None:
    articles = _articles()
    assert len(articles) > 4 * CHECKPOINT_EVERY
    checkpoints = Checkpoints()
    placed: list[list[str]] = []

    def placing(ids: list[str]) -> dict[str, ArticleFacts]:
        placed.append(list(ids))
        return {i: articles[i] for i in ids}

    def facts(ids: list[str]) -> dict[str, ArticleFacts]:
        return {i: as_member(articles[i]) for i in ids}

    rng = random.Random(7)
    present: set[str] = set()
    arrivals = list(articles)
    rng.shuffle(arrivals)
    steps = [("add", i) for i in arrivals]
    for n in (5, 11, 17):  # some leave and come back later (a deletion, a move to another block)
        steps.insert(n + 3, ("remove", arrivals[n]))
        steps.append(("add", arrivals[n]))
    resumed = 0
    for kind, article_id in steps:
        present = present | {article_id} if kind == "add" else present - {article_id}
        members = _members(articles, present)
        placed.clear()
        got = regroup_members(BLOCK, members, SETTINGS, placing, facts, checkpoints)
        expected = regroup_block(BLOCK, {i: articles[i] for i in present}, SETTINGS)
        assert _dump(got) == _dump(expected), f"after {kind} {article_id}"
        resumed += len(placed[0]) < len(members)
    assert resumed > len(steps) // 3, "most regroups started from a remembered prefix"


def test_an_article_changed_under_the_same_id_is_not_taken_from_a_remembered_prefix() -> None:
    """The prefix key holds each article's id and score: the same id published at another day (deleted and
    submitted again), still in the same place of the order, is a different prefix."""
    articles = _articles()
    checkpoints = Checkpoints()
    ids = set(articles)

    def facts(ids_: list[str]) -> dict[str, ArticleFacts]:
        return {i: as_member(articles[i]) for i in ids_}

    def regroup() -> dict[str, EventState]:
        members = _members(articles, ids)
        return regroup_members(BLOCK, members, SETTINGS, lambda i: {k: articles[k] for k in i}, facts, checkpoints)

    assert _dump(regroup()) == _dump(regroup_block(BLOCK, articles, SETTINGS))
    ordered = sorted(articles.values(), key=canonical_key)
    # An early article followed by a long gap: two days later it keeps its place in the order.
    gaps = [(b.published_at - a.published_at, n) for n, (a, b) in enumerate(pairwise(ordered))
            if a.published_at and b.published_at]  # fmt: skip
    gap, n = max(gaps)
    assert gap > timedelta(days=3) and n < len(ordered) - CHECKPOINT_EVERY
    shifted = ordered[n]
    articles[shifted.id] = replace(shifted, published_at=shifted.published_at + timedelta(days=2))
    assert [i for i, _ in _members(articles, ids)] == [a.id for a in ordered], "the same order"
    assert _dump(regroup()) == _dump(regroup_block(BLOCK, articles, SETTINGS))


class _CountingSteps(Steps):
    def __init__(self) -> None:
        super().__init__()
        self.hits = 0

    def get(self, key: str) -> Outcome | None:
        found = super().get(key)
        self.hits += found is not None
        return found


def test_a_regroup_that_places_articles_again_from_remembered_steps_equals_grouping_from_the_start() -> None:
    """No remembered prefix at all (a new `Checkpoints` each time, as another process would have): every
    regroup places the block's articles from the first, and those meeting the same candidates as in an earlier
    regroup take that step's outcome. Articles arrive in reverse canonical order (each one first in the block),
    one leaves and comes back published a day later (the same id, another place in the order)."""
    articles = _articles()
    steps = _CountingSteps()

    def facts(ids: list[str]) -> dict[str, ArticleFacts]:
        return {i: as_member(articles[i]) for i in ids}

    present: set[str] = set()
    arrivals = [a.id for a in sorted(articles.values(), key=canonical_key, reverse=True)]
    moved = arrivals[len(arrivals) // 2]
    later = replace(articles[moved], published_at=articles[moved].published_at + timedelta(days=1))
    plan = [("add", i) for i in arrivals] + [("remove", moved), ("move", moved)]
    for kind, article_id in plan:
        if kind == "move":
            articles[article_id] = later
        present = present - {article_id} if kind == "remove" else present | {article_id}
        members = _members(articles, present)
        got = regroup_members(
            BLOCK, members, SETTINGS, lambda i: {k: articles[k] for k in i}, facts, Checkpoints(), steps=steps
        )
        expected = regroup_block(BLOCK, {i: articles[i] for i in present}, SETTINGS)
        assert _dump(got) == _dump(expected), f"after {kind} {article_id}"
    placed = sum(range(1, len(arrivals) + 1)) + 2 * len(arrivals)
    assert steps.hits > placed // 3, "most articles were placed again on the same candidates"


def test_a_remembered_step_is_not_taken_for_an_article_changed_under_the_same_id() -> None:
    """An article deleted and submitted again keeps its id but gets a new `generation`: no step remembered
    with its old facts is used, neither its own nor those whose candidates hold it as a member (a member's
    fingerprint counts in text similarity and events do not keep it)."""
    articles = _articles()
    steps = _CountingSteps()
    generations = dict.fromkeys(articles, "0")

    def facts(ids: list[str]) -> dict[str, ArticleFacts]:
        return {i: as_member(articles[i]) for i in ids}

    def regroup() -> tuple[dict[str, EventState], int]:
        before = steps.hits
        members = _members(articles, set(articles))
        got = regroup_members(
            BLOCK,
            members,
            SETTINGS,
            lambda i: {k: articles[k] for k in i},
            facts,
            Checkpoints(),
            generation=generations.__getitem__,
            steps=steps,
        )
        return got, steps.hits - before

    first, hits = regroup()
    assert hits == 0 and _dump(first) == _dump(regroup_block(BLOCK, articles, SETTINGS))
    again, hits = regroup()
    assert hits == len(articles) and _dump(again) == _dump(first), "the same articles: every step remembered"
    for article_id in articles:
        articles[article_id] = replace(articles[article_id], fingerprint=())
        generations[article_id] = "1"
    changed, hits = regroup()
    assert hits == 0 and _dump(changed) == _dump(regroup_block(BLOCK, articles, SETTINGS))
