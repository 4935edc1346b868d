"""Grouping (round 37): a report placed, in canonical order, before the reports that bring the evidence it
matches opens an event of one report; once that evidence is in, it is looked at again (core/events/rejoin.py).
Sentences of our own."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from core.events import EventState, GroupingSettings, candidate_keys, index_keys
from core.events.blocks import BlockGrouper, as_member, canonical_key, group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, text: str, when: datetime, title: str | None = None) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, when, title, fingerprint(text), text, None)


def _on(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


CRASH = _report(
    "crash",
    "CUSCO, Peru - A bus plunged into a ravine near Cusco on Monday, killing 30 passengers, police said.",
    _on(2031, 3, 3),
    title="Bus plunges into ravine near Cusco, 30 dead",
)
# Eleven months on, with the final toll (31) that no report of the crash's event gives yet.
VERDICT = _report(
    "verdict",
    "CUSCO, Peru - A court in Cusco on Thursday sentenced the owner of the bus company to 12 years in prison over "
    "the March 2031 crash that killed 31 passengers.",
    _on(2032, 2, 5),
    title="Bus company owner jailed over Cusco crash",
)
# A year on, naming the crash's day: it joins the crash, and brings the toll 31 the verdict told.
ANNIVERSARY = _report(
    "year",
    "CUSCO, Peru - Relatives gathered in Cusco on Monday to mark one year since the bus crash of March 3, 2031, "
    "that killed 31 passengers.",
    _on(2032, 3, 3),
    title="A year since the Cusco bus crash",
)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()))


def test_a_look_back_told_before_the_one_that_brings_its_toll_joins_once_it_is_in() -> None:
    """The verdict comes before the anniversary in canonical order and fits the crash only once the anniversary
    brought the toll 31 in: it is offered to the grown event, and moves."""
    assert _groups([CRASH, VERDICT, ANNIVERSARY]) == [["crash", "verdict", "year"]]


def test_the_same_look_back_published_after_the_evidence_joins_as_well() -> None:
    """What the second look gives is what the verdict gets when it comes after the anniversary."""
    later = _report("verdict", VERDICT.text or "", _on(2032, 4, 5), title=VERDICT.title)
    assert _groups([CRASH, ANNIVERSARY, later]) == [["crash", "verdict", "year"]]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_events_do_not_depend_on_the_order_reports_are_given_in(order: tuple[int, ...]) -> None:
    reports = [CRASH, VERDICT, ANNIVERSARY]
    assert _groups([reports[i] for i in order]) == [["crash", "verdict", "year"]]


@pytest.mark.parametrize(
    ("rid", "text", "when"),
    [
        # another crash at the same town, months after the first, with a toll of its own
        (
            "minibus",
            "CUSCO, Peru - A minibus overturned on a mountain road near Cusco on Friday, killing 4 people, "
            "police said.",
            _on(2031, 11, 10),
        ),
        # the same kind of disaster in another town of the country, before the anniversary
        (
            "puno",
            "PUNO, Peru - A bus plunged into Lake Titicaca near Puno on Sunday, killing 31 passengers, police said.",
            _on(2032, 2, 22),
        ),
    ],
)
def test_a_lone_report_of_another_disaster_stays_apart_when_the_event_grows(
    rid: str, text: str, when: datetime
) -> None:
    """The second look is the first placement's test again, not a looser one: a report of another disaster
    stays in its own event when the crash's event grows."""
    other = _report(rid, text, when)
    groups = _groups([CRASH, VERDICT, other, ANNIVERSARY])
    assert [rid] in groups
    assert ["crash", "verdict", "year"] in groups


def test_grouping_again_changes_nothing() -> None:
    """Idempotent: the events of a set are the same however often it is grouped."""
    reports = [CRASH, VERDICT, ANNIVERSARY]
    assert _groups(reports) == _groups(reports)


def _placed_one_by_one(reports: list[ArticleFacts]) -> list[list[str]]:
    """What the service's in-order path stores: each report placed on the stored events its candidate keys find
    (as JSON, the way the store keeps them), the events it changed written back, those emptied deleted."""
    settings = GroupingSettings()
    stored: dict[str, dict[str, object]] = {}
    members: dict[str, ArticleFacts] = {}
    block = "PE"
    for article in sorted(reports, key=canonical_key):
        keys = candidate_keys(article, settings, block=block)
        found = [EventState.from_dict(raw) for raw in stored.values()]
        found = [e for e in found if index_keys(e) & keys]
        grouper = BlockGrouper(block, settings, found)
        for event in grouper.add(article, members):
            if event.incidents and event.article_ids:
                stored[event.id] = event.to_dict()
            else:
                stored.pop(event.id, None)
        members[article.id] = as_member(article)
    return sorted(sorted(EventState.from_dict(raw).article_ids) for raw in stored.values())


def test_the_service_placing_reports_one_by_one_gives_the_same_events() -> None:
    """The second look runs where the service places an arriving report (`BlockGrouper.add`), on the events it
    loads for it, so the API and regrouping the block agree."""
    reports = [CRASH, VERDICT, ANNIVERSARY]
    assert _placed_one_by_one(reports) == _groups(reports) == [["crash", "verdict", "year"]]
