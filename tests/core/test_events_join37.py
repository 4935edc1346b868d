"""Grouping (round 32), the split side: one disaster told at several stages of its toll, in several languages,
falls apart. Sentences of our own."""

from __future__ import annotations

from core.events import GroupingSettings
from core.events.blocks import group_articles
from tests.core.feed_kit import holders, report


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


def test_near_identical_reports_of_fires_in_five_named_cities_stay_five_events() -> None:
    """Five short items written from one template, a warehouse fire in each of five European cities on five days:
    their words are nearly the same, but each names a city of its own ("Bergen" has namesakes, and its guess by
    population is still a city that rules out Porto), so no two are one fire. (A rule that let a guessed town
    rule out nothing once words pulled its report into another country's block merged Porto's and Bergen's.)"""
    cities = ["Lyon", "Porto", "Gdansk", "Leipzig", "Bergen"]
    items = [
        report(city, f"Fire crews said {n + 1} people were injured in a warehouse fire in {city} on May {n}, 2031.", n)
        for n, city in enumerate(cities, start=1)
    ]
    assert len(set(holders(items).values())) == 5
