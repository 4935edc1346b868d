"""Grouping (round 32): a toll told as risen at the event's own town joins it whatever word its headline gives
the disaster's kind; sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, text: str, published: datetime | None, title: str | None = None) -> ArticleFacts:
    """A report as the service stores it, published at `published` (None: sent with no publication date)."""
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _at(month: int, day: int, hour: int = 9, year: int = 2031) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------------------
# One outlet's fire is another's arson attack


def _bar_fire() -> list[ArticleFacts]:
    return [
        _report(
            "fire",
            "KUMAMOTO - Flames tore through a karaoke bar on the second floor of a building in Kumamoto late on "
            "Friday, killing 12 people and injuring nine, the fire department said.",
            _at(9, 6, 3),
            title="Fire at Kumamoto karaoke bar kills 12",
        ),
        _report(
            "fire2",
            "KUMAMOTO - Firefighters said on Saturday that 12 people died and nine were hurt in the blaze that gutted "
            "a karaoke bar in Kumamoto; a man seen pouring liquid on the stairs is being sought.",
            _at(9, 6, 10),
            title="Kumamoto karaoke bar blaze: 12 dead",
        ),
    ]


def test_a_toll_risen_at_the_town_whose_headline_calls_the_fire_an_attack_joins_it() -> None:
    """Ten days on, two more of the hurt have died: the headline calls it an attack (it was set on purpose), the
    event's headlines a fire; a count risen from the event's toll at its very town is that count."""
    later = _report(
        "risen",
        "KUMAMOTO - The number of people killed in the attack on a karaoke bar in Kumamoto has risen to 14 after two "
        "more victims died in hospital, police said on Monday.",
        _at(9, 16, 8),
        title="Kumamoto bar attack toll rises to 14",
    )
    held = _holders([*_bar_fire(), later])
    assert held["risen"] == held["fire"] == held["fire2"]


def test_a_disaster_of_another_kind_at_the_town_with_a_toll_of_its_own_stays_apart() -> None:
    """Ten days on, a bus crash at the town with its own toll (not one told as risen) is another disaster."""
    later = _report(
        "bus",
        "KUMAMOTO - A bus carrying tourists overturned on a mountain road outside Kumamoto on Monday, killing 14 "
        "people, police said.",
        _at(9, 16, 8),
        title="Bus crash near Kumamoto kills 14",
    )
    held = _holders([*_bar_fire(), later])
    assert held["bus"] != held["fire"]
