"""Grouping (round 38): a report that nothing dates and nothing places, telling a fire of the kind an event tells,
is not that event's report by the kind alone: a smaller toll none of its reports gives, in words none of them
shares (another venue), is as likely another fire of that city, months apart. Sentences of our own."""

from __future__ import annotations

from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders


def _market_fire() -> list[ArticleFacts]:
    """Four undated reports of one fire at a market in Cochabamba, its toll rising from 31 to 88."""
    return [
        report(
            "m1",
            "At least 31 people died when a fire started by fireworks swept through the La Cancha market in "
            "Cochabamba, firefighters said.",
            None,
            title="Fire in Cochabamba market kills 31",
        ),
        report(
            "m2",
            "The death toll from the fire at the La Cancha market in Cochabamba has risen to 64, officials said, "
            "as firefighters searched the burnt stalls.",
            None,
            title="Cochabamba market fire toll rises to 64",
        ),
        report(
            "m3",
            "Bolivia declared three days of mourning after the fire in the La Cancha market of Cochabamba killed "
            "88 people, most of them stall holders trapped by the flames.",
            None,
            title="88 dead in Cochabamba market blaze",
        ),
        report(
            "m4",
            "Fireworks stored in the stalls fed the blaze that killed 88 people at Cochabamba's La Cancha market, "
            "the fire chief said.",
            None,
            title="Fireworks fed deadly Cochabamba market fire",
        ),
    ]


def test_another_venues_smaller_toll_placed_nowhere_is_another_fire() -> None:
    """A nightclub's fire, its 17 dead, placed nowhere and dated by nothing, shares only its kind with the market's
    fire: it is another fire."""
    club = report(
        "club",
        "Seventeen young people died when a stage show set the ceiling of the Orquidea nightclub alight inside a "
        "shopping mall, and the owners are under investigation for locked emergency exits.",
        None,
        title="Nightclub blaze kills 17",
    )
    held = _holders([*_market_fire(), club])
    assert len({held[m] for m in ("m1", "m2", "m3", "m4")}) == 1
    assert held.get("club") != held["m1"]


def test_an_early_count_of_the_market_fire_placed_nowhere_still_joins() -> None:
    """The counterpart: an early count naming the market as its reports do, nothing placing or dating it, is a
    report of that fire."""
    early = report(
        "early",
        "At least 40 people died when fireworks set the La Cancha market ablaze, and firefighters fear the toll "
        "will rise as they search the burnt stalls.",
        None,
        title="La Cancha market fire kills 40",
    )
    held = _holders([*_market_fire(), early])
    assert held["early"] == held["m1"] == held["m4"]


def test_a_toll_told_as_risen_placed_nowhere_still_joins() -> None:
    """The counterpart: a count told as risen ("has risen to 52"), in words of its own, nothing placing or dating
    it, goes on the fire's growing toll, though no report of it gave 52: a report of that fire."""
    risen = report(
        "risen",
        "The number of people who died in the blaze has risen to 52, rescuers said on the radio, as the search of "
        "the charred ruins went on through the night.",
        None,
        title="Blaze death toll rises to 52",
    )
    held = _holders([*_market_fire(), risen])
    assert held["risen"] == held["m1"] == held["m4"]
