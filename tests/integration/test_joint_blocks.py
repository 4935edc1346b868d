"""A disaster that crosses a border: the service puts the reports of each country about it, firmly placed ones
too, in the countries' joint block when a report names them together as its scene, as offline grouping does
(`core.events.blocks._joint_block`), whichever arrives first, and lets them go back when that report is deleted
(real Redis, use cases called directly)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.grouping_kit import offline_together, own_settings, process_all, stored_together
from usecases import grouping
from usecases.articles import SubmitArticle

pytestmark = pytest.mark.integration

PREFIX = "jointtest"

# Our own reports: a flood's dead in a German town, in a Belgian town, and a wire naming both countries.
_GERMAN = SubmitArticle(
    source="Outlet A",
    title="Hochwasser in Hagen: 31 Tote",
    text="In Hagen sind nach dem Unwetter 31 Menschen ums Leben gekommen, teilte die Polizei am Donnerstag mit.",
    published_at=datetime(2031, 7, 17, 8, tzinfo=UTC),
    language="de",
)
_BELGIAN = SubmitArticle(
    source="Outlet B",
    title="Inondations à Verviers : 12 morts",
    text="À Verviers, les inondations ont fait 12 morts jeudi, selon le bourgmestre.",
    published_at=datetime(2031, 7, 17, 9, tzinfo=UTC),
    language="fr",
)
_BOTH = SubmitArticle(
    source="Outlet C",
    title="Floods kill more than 40 in Germany and Belgium",
    text="BERLIN - Floods swept through western Germany and Belgium on Thursday, killing more than 40 people, "
    "authorities said.",
    published_at=datetime(2031, 7, 17, 12, tzinfo=UTC),
)





@pytest.mark.parametrize("order", ["both first", "both last", "both between"])
def test_the_reports_of_each_country_join_one_event_in_any_order(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = {
        "both first": [_BOTH, _GERMAN, _BELGIAN],
        "both last": [_GERMAN, _BELGIAN, _BOTH],
        "both between": [_BELGIAN, _BOTH, _GERMAN],
    }[order]
    ids = process_all(store, own, commands)
    assert stored_together(store) == {frozenset(ids.values())}
    assert set(store.blocks.blocks_of(ids.values()).values()) == {"BE+DE"}
    offline = offline_together(store, own, ids)
    assert offline == {frozenset(ids.values())}


def test_deleting_the_report_naming_both_lets_each_country_go_back(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [_GERMAN, _BELGIAN, _BOTH])
    grouping.ungroup_article(store, ids["Outlet C"], grouping.grouping_settings(own))
    blocks = store.blocks.blocks_of([ids["Outlet A"], ids["Outlet B"]])
    assert blocks == {ids["Outlet A"]: "DE", ids["Outlet B"]: "BE"}


# A cyclone: a dated report from a Mozambican city, a dated one naming both countries, and one nothing dates.
_BEIRA = SubmitArticle(
    source="Outlet D",
    title="Cyclone kills 84 in Beira",
    text="The cyclone that hit the Mozambican city of Beira on Thursday night has killed at least 84 people, the "
    "president said.",
    published_at=datetime(2031, 3, 18, 9, tzinfo=UTC),
)
_BOTH_COUNTRIES = SubmitArticle(
    source="Outlet E",
    title="Cyclone toll passes 150 in Mozambique and Zimbabwe",
    text="More than 150 people have died in Mozambique and Zimbabwe since the cyclone struck, the two "
    "governments said on Tuesday.",
    published_at=datetime(2031, 3, 19, 9, tzinfo=UTC),
)
_UNDATED = SubmitArticle(
    source="Outlet F",
    title="Cyclone toll in Mozambique and Zimbabwe tops 300",
    text="The cyclone that struck Mozambique before moving into Zimbabwe has killed more than 300 people, the two "
    "governments said.",
)


@pytest.mark.parametrize("order", ["undated first", "undated last", "undated between"])
def test_a_report_nothing_dates_follows_its_puller_into_the_joint_block_in_any_order(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = {
        "undated first": [_UNDATED, _BEIRA, _BOTH_COUNTRIES],
        "undated last": [_BEIRA, _BOTH_COUNTRIES, _UNDATED],
        "undated between": [_BOTH_COUNTRIES, _UNDATED, _BEIRA],
    }[order]
    ids = process_all(store, own, commands)
    assert set(store.blocks.blocks_of(ids.values()).values()) == {"MZ+ZW"}
    assert stored_together(store) == offline_together(store, own, ids)


def test_deleting_the_report_naming_both_sends_a_report_nothing_dates_home_with_its_puller(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [_BEIRA, _BOTH_COUNTRIES, _UNDATED])
    grouping.ungroup_article(store, ids["Outlet E"], grouping.grouping_settings(own))
    blocks = store.blocks.blocks_of([ids["Outlet D"], ids["Outlet F"]])
    assert blocks == {ids["Outlet D"]: "MZ", ids["Outlet F"]: "MZ"}
