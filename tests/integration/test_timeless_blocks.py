"""Reports nothing dates (no date in the text, no publication date), placed nowhere: the service pulls them into
the block of a dated report of their kind of disaster, as offline grouping does (`core.events.blocks`), whichever
arrives first, and lets them go when that report is deleted (real Redis, use cases called directly)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.grouping_kit import offline_together, own_settings, process_all, stored_together
from usecases import grouping
from usecases.articles import SubmitArticle

pytestmark = pytest.mark.integration

PREFIX = "timelesstest"

# Our own reports: a ferry capsizing and a market fire of one day in Bangladesh, and a Bengali report of the
# capsizing that names a river no gazetteer knows and dates nothing.
_CAPSIZE = SubmitArticle(
    source="Outlet A",
    title="Ferry capsizes near Narayanganj, 18 dead",
    text="A ferry carrying about 60 passengers capsized on a river near Narayanganj on Sunday, killing 18 people, "
    "officials said.",
    published_at=datetime(2031, 3, 16, 12, tzinfo=UTC),
)
_FIRE = SubmitArticle(
    source="Outlet B",
    title="Market fire kills 18 in Chittagong",
    text="A fire swept through a market in Chittagong on Sunday, killing 18 people, fire officials said.",
    published_at=datetime(2031, 3, 16, 13, tzinfo=UTC),
)
_LAUNCH = SubmitArticle(
    source="Outlet C",
    title="ধলেশ্বরীতে লঞ্চডুবি: ১৮ জনের লাশ উদ্ধার",
    text="ধলেশ্বরী নদীতে লঞ্চডুবির ঘটনায় ১৮ জনের লাশ উদ্ধার করা হয়েছে।",
    language="bn",
)





@pytest.mark.parametrize("order", ["dated first", "timeless first"])
def test_a_timeless_report_joins_the_event_of_its_kind_in_either_order(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = [_CAPSIZE, _FIRE, _LAUNCH] if order == "dated first" else [_LAUNCH, _FIRE, _CAPSIZE]
    ids = process_all(store, own, commands)
    together = stored_together(store)
    assert frozenset({ids["Outlet A"], ids["Outlet C"]}) in together
    assert frozenset({ids["Outlet B"]}) in together
    # what offline grouping gives for the same articles
    offline = offline_together(store, own, ids)
    assert together == offline


def test_deleting_the_report_that_pulled_it_lets_a_timeless_report_go(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [_CAPSIZE, _FIRE, _LAUNCH])
    grouping.ungroup_article(store, ids["Outlet A"], grouping.grouping_settings(own))
    blocks = store.blocks.blocks_of([ids["Outlet C"]])
    assert blocks[ids["Outlet C"]] == "unplaced"  # no dated report of its kind left to pull it


# A bar shooting in one town and another shooting in the state's other city the same day; a family's report that
# dates nothing, names no place and no kind of disaster, but names a victim the first report names.
_BAR = SubmitArticle(
    source="Outlet D",
    title="Three killed in Columbus bar shooting",
    text="Three people were killed when a gunman opened fire inside a bar in Columbus, Ohio, on Saturday night, "
    "police said. One of the victims was Darnell Whitaker, 34, a father of two. Whitaker's sister said he had gone "
    "out to watch a game.",
    published_at=datetime(2031, 5, 11, 9, tzinfo=UTC),
)
_STORE = SubmitArticle(
    source="Outlet E",
    title="Two shot dead in Toledo",
    text="Two men were shot dead outside a store in Toledo, Ohio, on Saturday, police said.",
    published_at=datetime(2031, 5, 11, 10, tzinfo=UTC),
)
_FAMILY = SubmitArticle(
    source="Outlet F",
    title="Family remembers Darnell Whitaker",
    text="Darnell Whitaker was one of the three people killed at the bar, his family said. Whitaker, 34, leaves "
    "two children. His sister said he loved basketball.",
)
# The same victim the other way round: a report placed in the town that dates nothing, and a dated one that names
# no place.
_TOWN_FAMILY = SubmitArticle(
    source="Outlet G",
    title="Columbus family remembers Darnell Whitaker",
    text="Darnell Whitaker was one of the three people killed at a bar in Columbus, Ohio, his family said. "
    "Whitaker, 34, leaves two children.",
)
_SISTER = SubmitArticle(
    source="Outlet H",
    title="Sister of slain father speaks out",
    text="The sister of Darnell Whitaker, who was killed on Saturday at a bar, said on Monday the family wants "
    "answers. Whitaker, 34, was shot twice.",
    published_at=datetime(2031, 5, 13, 9, tzinfo=UTC),
)



@pytest.mark.parametrize("order", ["named first", "named last", "named between"])
def test_a_report_nothing_dates_joins_the_event_of_a_victim_it_names(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = {
        "named first": [_FAMILY, _STORE, _BAR],
        "named last": [_BAR, _STORE, _FAMILY],
        "named between": [_STORE, _FAMILY, _BAR],
    }[order]
    ids = process_all(store, own, commands)
    together = stored_together(store)
    assert frozenset({ids["Outlet D"], ids["Outlet F"]}) in together
    assert frozenset({ids["Outlet E"]}) in together
    assert together == offline_together(store, own, ids)


@pytest.mark.parametrize("order", ["timeless first", "dated first"])
def test_a_dated_report_placed_nowhere_follows_a_timeless_report_naming_its_victim(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = [_TOWN_FAMILY, _STORE, _SISTER] if order == "timeless first" else [_SISTER, _STORE, _TOWN_FAMILY]
    ids = process_all(store, own, commands)
    together = stored_together(store)
    assert frozenset({ids["Outlet G"], ids["Outlet H"]}) in together
    assert together == offline_together(store, own, ids)


def test_deleting_the_report_naming_its_victim_lets_a_timeless_report_go(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [_BAR, _STORE, _FAMILY])
    assert store.blocks.blocks_of([ids["Outlet F"]])[ids["Outlet F"]] == "US-OH"
    grouping.ungroup_article(store, ids["Outlet D"], grouping.grouping_settings(own))
    assert store.blocks.blocks_of([ids["Outlet F"]])[ids["Outlet F"]] == "unplaced"
    del ids["Outlet D"]
    assert stored_together(store) == offline_together(store, own, ids)


# A quake in one country told by a dated report there, and a live page with no date placing its main figure in
# the neighbouring country and naming the first; a timeless bombing report of the neighbour naming no other.
_QUAKE = SubmitArticle(
    source="Outlet Q",
    title="Quake kills 2,300 in Turkey",
    text="GAZIANTEP - A magnitude 7.8 earthquake struck near Gaziantep early on Monday, killing at least 2,300 "
    "people in Turkey, the disaster agency said.",
    published_at=datetime(2031, 2, 3, 9, tzinfo=UTC),
)
_BOTH = SubmitArticle(
    source="Outlet S",
    title="Quake toll rises in Turkey and Syria",
    text="The death toll from the earthquake has risen to 5,000 in Turkey and Syria. In Syria, 1,200 people died "
    "and 2,000 were injured, the health ministry said.",
)
_BOMB = SubmitArticle(
    source="Outlet B",
    title="Car bomb kills 14 in Syria",
    text="A car bomb killed 14 people in a market in Syria, the health ministry said.",
)


@pytest.mark.parametrize("order", ["dated first", "timeless first"])
def test_a_timeless_report_across_a_border_joins_the_quake_of_the_country_it_names(store, settings, order) -> None:
    own = own_settings(settings, PREFIX)
    commands = [_QUAKE, _BOTH, _BOMB] if order == "dated first" else [_BOMB, _BOTH, _QUAKE]
    ids = process_all(store, own, commands)
    together = stored_together(store)
    assert any({ids["Outlet Q"], ids["Outlet S"]} <= e for e in together)
    assert not any({ids["Outlet Q"], ids["Outlet B"]} <= e for e in together)
    offline = offline_together(store, own, ids)
    assert together == offline


# A dated collapse in one state, a shooting of the same town, and a vigil elsewhere that nothing dates, placed by
# its dateline in another state and naming the collapse's town in its headline.
_GARAGE = SubmitArticle(
    source="Outlet P",
    title="Parking garage collapse in Orlando kills 4",
    text="ORLANDO, Fla. - Part of a parking garage collapsed in Orlando on Thursday, killing four workers, officials "
    "said.",
    published_at=datetime(2031, 6, 26, 18, tzinfo=UTC),
)
_ORLANDO_BAR = SubmitArticle(
    source="Outlet O",
    title="Two killed in Orlando shooting",
    text="ORLANDO, Fla. - Two men were shot dead outside a bar in Orlando on Friday, police said.",
    published_at=datetime(2031, 6, 27, 9, tzinfo=UTC),
)
_VIGIL = SubmitArticle(
    source="Outlet V",
    title="Orlando collapse: a vigil for the victims",
    text="HOUSTON - Hundreds of people gathered at a church in Houston to remember the four people killed when a "
    "parking garage collapsed. Relatives of two of the victims live in Houston.",
)


@pytest.mark.parametrize("order", ["dated first", "timeless first"])
def test_a_timeless_report_naming_the_town_of_a_disaster_of_its_kind_joins_it_in_either_order(
    store, settings, order
) -> None:
    own = own_settings(settings, PREFIX)
    commands = [_GARAGE, _ORLANDO_BAR, _VIGIL] if order == "dated first" else [_VIGIL, _ORLANDO_BAR, _GARAGE]
    ids = process_all(store, own, commands)
    together = stored_together(store)
    assert frozenset({ids["Outlet P"], ids["Outlet V"]}) in together
    assert frozenset({ids["Outlet O"]}) in together
    offline = offline_together(store, own, ids)
    assert together == offline


def test_deleting_the_disaster_a_timeless_report_named_sends_it_home(store, settings) -> None:
    own = own_settings(settings, PREFIX)
    ids = process_all(store, own, [_GARAGE, _ORLANDO_BAR, _VIGIL])
    assert store.blocks.blocks_of([ids["Outlet V"]])[ids["Outlet V"]] == "US-FL"
    grouping.ungroup_article(store, ids["Outlet P"], grouping.grouping_settings(own))
    assert store.blocks.blocks_of([ids["Outlet V"]])[ids["Outlet V"]] == "US-TX"
    del ids["Outlet P"]
    assert stored_together(store) == offline_together(store, own, ids)
