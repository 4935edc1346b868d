"""Grouping reports that nothing dates (round 28): a town's far smaller disaster beside a country's or a
province's event that came first; sentences of our own."""

from __future__ import annotations

from tests.core.feed_kit import holders, report


def _mine_fires() -> list:
    return [
        report(
            "country",
            "Kazakhstan said on Sunday that 44 miners had died in the fire, the worst disaster in the country's mines "
            "in decades. The fire broke out at a mine owned by the steel maker near Temirtau.",
            None,
            title="Kazakhstan mine fire toll rises to 44",
        ),
        report(
            "country2",
            "The number of miners killed in the fire in Kazakhstan has risen to 41, the emergencies ministry said. "
            "The mine lies near Temirtau.",
            None,
            title="Kazakhstan mine fire: 41 dead",
        ),
        report(
            "decoy",
            "Four miners were killed when fire swept through a shaft of a coal mine in Saran, the owner said.",
            None,
        ),
    ]


def test_a_towns_far_smaller_disaster_does_not_join_a_countrys_event_naming_another_town() -> None:
    held = holders(_mine_fires())
    assert held["country"] == held["country2"]
    assert held["decoy"] != held["country"]


def _collapse() -> list:
    return [
        report(
            "province",
            "The toll of the building collapse in Lagos State has risen to 45, the emergency agency said.",
            None,
        ),
        report(
            "town",
            "Six people were killed when a building under construction collapsed in Ikorodu, "
            "the emergency agency said.",
            None,
        ),
    ]


def test_a_towns_first_count_still_joins_a_provinces_event_naming_no_town() -> None:
    held = holders(_collapse())
    assert held["town"] == held["province"]


def _plane_crashes(victims: str) -> list:
    """An airliner's crash near one city and a cargo plane's at a town nearby, all undated; `victims` words the
    cargo plane's dead (the canonical order, drawn from content, puts it first or after the airliner's)."""
    return [
        report(
            "town",
            "A passenger plane crashed into a hillside near Medellin on Sunday, killing all 71 people on board, "
            "the civil aviation agency said.",
            None,
            title="Passenger plane crashes near Medellin, killing 71",
        ),
        report(
            "town2",
            "Rescuers recovered the bodies of 68 passengers and crew from the wreck of the plane near Medellin, "
            "officials said.",
            None,
            title="68 bodies recovered from plane crash near Medellin",
        ),
        report(
            "decoy",
            f"A cargo plane crashed into houses in Rionegro shortly after take-off, killing 18 {victims}, the civil "
            "aviation agency said.",
            None,
            title="Cargo plane crashes in Rionegro, killing 18",
        ),
    ]


def test_a_towns_far_smaller_crash_does_not_join_the_crash_of_a_city_nearby() -> None:
    held = holders(_plane_crashes("persons"))
    assert held["town"] == held["town2"]
    assert held["decoy"] != held["town"]


def test_a_citys_far_larger_crash_does_not_join_the_crash_of_a_town_nearby_that_came_first() -> None:
    held = holders(_plane_crashes("people"))
    assert held["town"] == held["town2"]
    assert held["decoy"] != held["town"]
