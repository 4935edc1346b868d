"""The location filter finds an event by its place, by a word of its place's name, or by the country, state or
province that holds it: a newsroom following one country's news filters by the country. A disaster that crossed
a border is located by its countries, not by the town one report was placed at."""

from __future__ import annotations

import pytest

from core.events.blocks import group_articles
from core.reconcile import matches_filters, reconcile_event
from tests.core.test_event_joint_blocks import _BELGIAN_TOWN, _BOTH, _GERMAN_TOWN
from tests.core.test_reconcile import report, view_of


@pytest.mark.parametrize(
    ("place", "query", "found"),
    [
        ("Antakya", "Turkey", True),
        ("Antakya", "Hatay", True),
        ("Antakya", "Syria", False),
        ("Antakya", "Gaziantep", False),
        ("Uvalde", "Texas", True),
        ("Uvalde", "Ohio", False),
        ("Ganja", "Azerbaijan", True),
    ],
)
def test_a_country_state_or_province_finds_the_events_it_holds(place: str, query: str, found: bool) -> None:
    view = view_of(report("a", 3, place=place), report("b", 4, place=place))
    assert matches_filters(view, location=query) is found


def test_a_disaster_across_a_border_is_located_by_its_countries() -> None:
    reports = [_GERMAN_TOWN, _BELGIAN_TOWN, _BOTH]
    (event,) = [e for e in group_articles(reports) if "both" in e.article_ids]
    view = reconcile_event(event, {r.id: r for r in reports})
    assert view.location == "Belgium and Germany"
    assert matches_filters(view, location="Belgium") and matches_filters(view, location="Germany")
    assert not matches_filters(view, location="France")
