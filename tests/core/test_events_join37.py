"""Grouping (round 32), the split side: one disaster told at several stages of its toll, in several languages,
falls apart. Sentences of our own."""

from __future__ import annotations

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report


def _school_fire() -> list[ArticleFacts]:
    """A dormitory fire at a boarding school near Nyeri (Kenya), its first toll told the next morning."""
    return [
        report(
            "first",
            "NYERI, Kenya - Seventeen boys died when a fire swept through a dormitory of a boarding school near "
            "Nyeri overnight, police said on Friday. Fourteen pupils were taken to hospital with burns.",
            6,
            title="Boarding school fire near Nyeri kills 17 boys",
        ),
        report(
            "second",
            "NYERI, Kenya - Police in Nyeri said 17 pupils were killed in the dormitory fire at the boarding "
            "school, and that the cause of the blaze was not yet known. Parents gathered at the school gate.",
            6,
            title="Kenya: 17 pupils dead in Nyeri school dormitory fire",
        ),
    ]


def test_a_risen_toll_naming_only_the_school_whose_town_was_guessed_abroad_joins_the_fire() -> None:
    """The later report names the school, "Hillside" in its name, and no town: the gazetteer guesses a Hillside of
    New York. Its words bring it to Kenya's reports; there, a place guessed by population alone outside the
    country its block is of is no place of its own, and must not keep it from the fire its text tells."""
    later = report(
        "risen",
        "The number of pupils who died in the dormitory fire at the Hillside boarding school has risen to 21, the "
        "interior minister said on Monday. Parents of the pupils still missing have given DNA samples to police.",
        10,
        title="Hillside school fire: death toll rises to 21",
    )
    held = holders([*_school_fire(), later])
    assert held["risen"] == held["first"] == held["second"]


def test_the_injured_still_in_hospital_in_another_town_open_no_event_of_their_own() -> None:
    """A report of a nightclub fire counts, beside the dead, the injured still in hospital "in the city and in"
    another town. That count is a part of the fire's, told where the injured lie: no event of that town opens for
    it, which a province's or the country's later count of the fire could join instead of the fire."""
    fire = report(
        "fire",
        "CURITIBA, Brazil - A fire at a packed nightclub in Curitiba killed 120 people early on Sunday, police said. "
        "On Monday, at least 48 injured were still in hospitals in the city and in Londrina.",
        6,
        title="Nightclub fire in Curitiba kills 120",
    )
    risen = report(
        "risen",
        "CURITIBA, Brazil - The number of people killed in the nightclub fire rose to 122 on Tuesday, as two of the "
        "injured died in hospital.",
        8,
        title="Curitiba nightclub fire toll rises to 122",
    )
    events = group_articles([fire, risen], GroupingSettings())
    assert [sorted(e.article_ids) for e in events if "fire" in e.article_ids] == [["fire", "risen"]]
