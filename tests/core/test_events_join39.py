"""Grouping (round 32), the joined side: a decoy that recalls the main event's toll; sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def report(rid: str, text: str, day: int, hour: int, title: str | None = None, language: str = "en") -> ArticleFacts:
    """A report published at an hour (UTC) of a day of May 2031 (a Sunday is the 11th), extracted with its
    publication time, so "on Saturday" dates its incident."""
    published = datetime(2031, 5, day, hour, 30, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


# ---------------------------------------------------------------------------------------------------------
# A report of its own incident on a day of its own that recalls the event's dead in a sentence of its own


def _ferry_terminal_shooting(day: int = 13) -> list[ArticleFacts]:
    """A shooting at a ferry terminal on Saturday the 10th that killed four, two reports of it, and a report of
    two men wounded in the same town late on a later day (Monday by default), published the next morning, that
    recalls, in its last sentence, the four killed."""
    weekday = {11: "Sunday", 12: "Monday", 13: "Tuesday"}[day - 1]
    return [
        report(
            "toll",
            "TACOMA, Wash. - Four people were killed when a man opened fire in the waiting hall of the ferry "
            "terminal on Saturday afternoon, Tacoma police said. The gunman was shot by an officer.",
            10,
            23,
            title="Four killed in Tacoma ferry terminal shooting",
        ),
        report(
            "names",
            "TACOMA, Wash. - Police on Sunday released the names of the four people killed at the ferry terminal on "
            "Saturday. The gunman had worked at the terminal for two years.",
            11,
            18,
            title="Tacoma ferry terminal shooting: police name the four killed",
        ),
        report(
            "later",
            f"TACOMA, Wash. - Two men were wounded in a shooting late {weekday} outside a bar on Pacific Avenue, "
            "Tacoma police said. Both are expected to recover. Police said the shooting was not connected to "
            "Saturday's attack at the ferry terminal, in which four people were killed.",
            day,
            8,
            title="Two men wounded outside Tacoma bar",
        ),
    ]


def _holder(reports: list[ArticleFacts], rid: str) -> str:
    """The event holding most of a report's claims (a report recalling another incident is in two events)."""
    held = {
        e.id: sum(len(m.claim_ids) for i in e.incidents for m in i.members if m.article_id == rid)
        for e in group_articles(reports, GroupingSettings())
    }
    return max(sorted(held), key=lambda e: held[e])


def test_a_shooting_two_days_later_that_recalls_the_towns_dead_is_not_their_event() -> None:
    reports = _ferry_terminal_shooting()
    assert _holder(reports, "toll") == _holder(reports, "names")
    assert _holder(reports, "later") != _holder(reports, "toll")


def test_a_shooting_the_next_day_that_recalls_the_towns_dead_is_not_their_event() -> None:
    reports = _ferry_terminal_shooting(day=12)
    assert _holder(reports, "later") != _holder(reports, "toll")


def test_a_report_of_more_dead_days_later_still_joins_the_shooting() -> None:
    """The guard: a victim who died days later is the shooting's, though the report dates its death on a day of
    its own and recalls the first toll."""
    reports = [
        *_ferry_terminal_shooting()[:2],
        report(
            "died",
            "TACOMA, Wash. - A fifth victim of Saturday's shooting at the ferry terminal died in hospital on Tuesday, "
            "police said, raising the toll to five. Four people were killed at the scene on Saturday.",
            14,
            8,
            title="Fifth victim of Tacoma ferry terminal shooting dies",
        ),
    ]
    assert _holder(reports, "died") == _holder(reports, "toll")
