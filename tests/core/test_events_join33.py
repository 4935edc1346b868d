"""Grouping (round 31, the split side): reports of one event that fall apart; sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from core.events.blocks import UNPLACED_BLOCK, anchor_of
from core.events.state import GroupingSettings
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders


def report(
    rid: str, text: str, day: int | None, title: str | None = None, language: str = "en", month: int = 3
) -> ArticleFacts:
    """A report published on a day of a month of 2031, extracted as the service does (with its publication date,
    so "on Saturday" dates its incident)."""
    published = datetime(2031, month, day, 18, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _bowling_alley_shooting() -> list[ArticleFacts]:
    return [
        report(
            "lanes",
            "LAKEWOOD, Colo. - A gunman opened fire inside the Starlite bowling alley on Saturday night, "
            "killing 11 people and wounding seven before officers shot him, police said.",
            8,
            title="Gunman kills 11 at Lakewood bowling alley",
        ),
        report(
            "lanes2",
            "LAKEWOOD, Colo. - Police on Sunday said the gunman who killed 11 people at a bowling "
            "alley had bought his rifle a week earlier. Seven people remain in hospital.",
            9,
            title="Lakewood bowling alley gunman bought rifle a week ago, police say",
        ),
    ]


_VICTIMS = (
    "The 11 people killed at the Starlite bowling alley on Saturday night included Dolores Whitcomb, 68, a retired "
    "mail carrier who bowled every Tuesday; Marcus Ebright, 31, a nurse celebrating his birthday with friends; and "
    "the brothers Tobias and Elian Ferrante, 19 and 22, who worked the snack counter. Seven people remain in "
    "hospital, police said."
)


def test_a_list_of_the_victims_naming_no_place_nor_kind_joins_the_shooting_of_its_toll() -> None:
    victims = report("victims", _VICTIMS, 9, title="Remembering the 11 lives lost")
    anchor = anchor_of(victims, GroupingSettings())
    assert anchor.home == UNPLACED_BLOCK and not anchor.kinds  # (what the rule is about: no place, no kind told)
    held = holders([*_bowling_alley_shooting(), victims])
    assert held["victims"] == held["lanes"] == held["lanes2"]


def test_a_report_of_the_same_toll_sharing_no_words_keeps_apart() -> None:
    other = report(
        "orphans",
        "The 11 children who died at the orphanage were buried on Sunday in a cemetery outside the capital, "
        "after a week in which relatives travelled from the provinces to say goodbye.",
        9,
        title="Eleven children buried",
    )
    held = holders([*_bowling_alley_shooting(), other])
    assert held["orphans"] != held["lanes"]


def test_a_hospital_update_counting_deaths_of_an_earlier_day_at_its_venue_joins_the_attack() -> None:
    """Its count of another day at its own place ("four died there" on Sunday) is part of its story: placed before
    the report's main piece, it opened an event of its own and the main piece followed it there."""
    hall = report(
        "hall",
        "MIDLAND, Texas - A gunman killed 15 people and wounded 30 at the Rodeo dance hall early Sunday before he "
        "was shot by deputies, police said.",
        9,
        title="Gunman kills 15 at Midland dance hall",
    )
    hall2 = report(
        "hall2",
        "MIDLAND, Texas - Police on Monday identified the gunman who killed 15 people at the Rodeo dance hall early "
        "Sunday. Thirty people were wounded.",
        10,
        title="Police name Midland dance hall gunman",
    )
    hospital = report(
        "hospital",
        "Permian Regional Medical Center said 12 people wounded at Rodeo were still in the hospital on Tuesday, "
        "three of them in critical condition. Of the 30 patients the trauma center received early Sunday, four "
        "died there, surgeons said. The attack killed 15 people in all.",
        11,
        title="PRMC: 12 Rodeo patients remain hospitalized",
    )
    held = holders([hall, hall2, hospital])
    assert held["hospital"] == held["hall"] == held["hall2"]


def _market_fire() -> list[ArticleFacts]:
    return [
        report(
            "market",
            "VALENCIA, Venezuela - A fire tore through a crowded covered market in Valencia on Saturday, killing at "
            "least 40 people, the fire service said.",
            8,
            title="Fire at Valencia market kills at least 40",
        ),
        report(
            "market2",
            "VALENCIA, Venezuela - The death toll from Saturday's fire at a covered market in Valencia rose to 55 on "
            "Sunday as firefighters searched the collapsed stalls, officials said.",
            9,
            title="Valencia market fire toll rises to 55",
        ),
    ]


def test_a_report_on_the_anniversary_with_the_final_toll_joins_the_disaster() -> None:
    """A year on, the disaster is told with its final count, which none of its first days' reports gave."""
    anniversary = report(
        "anniversary",
        "VALENCIA, Venezuela - Relatives laid flowers at the rebuilt covered market in Valencia on Monday, a year "
        "after the fire in which 61 people died. Two market managers are still awaiting trial.",
        8,
        title="Valencia remembers market fire victims",
        month=3,
    )
    anniversary = _a_year_later(anniversary)
    held = holders([*_market_fire(), anniversary])
    assert held["anniversary"] == held["market"] == held["market2"]


def test_another_fire_of_the_town_a_year_later_on_another_day_keeps_apart() -> None:
    other = _a_year_later(
        report(
            "warehouse",
            "VALENCIA, Venezuela - A fire at a textile warehouse in Valencia killed 58 workers on Thursday, the fire "
            "service said.",
            20,
            title="Fire at Valencia warehouse kills 58",
            month=5,
        )
    )
    held = holders([*_market_fire(), other])
    assert held["warehouse"] != held["market"]


def _a_year_later(article: ArticleFacts) -> ArticleFacts:
    """The report as published a year later (its claims extracted with that publication date)."""
    assert article.published_at is not None and article.text is not None
    published = article.published_at.replace(year=2032)
    claims = extract(ArticleInput(text=article.text, title=article.title, published_at=published, language="en"))
    return replace(article, claims=claims.claims, published_at=published)
