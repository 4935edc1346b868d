"""One town at two levels (round 40): the local paper names its town bare ("inside the feed store in Elkins"), a
name the gazetteer holds in several countries and cannot settle alone, or the wire writes only the city ("police in
Carlisle said"), read as the bigger namesake abroad, while other reports place the town with its state. Same day
(or no day), same kind, the very same dead and hurt: one event, at the level the reports share
(`core.events.local_detail`). Another count, another kind or a small toll is no tie by the name. Sentences of our
own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import anchor_of, group_articles
from core.events.local_detail import (
    names_the_events_town,
    pulled_by_its_town_name,
    pulled_to_its_towns_tolls,
    town_name,
    unresolved_town_key,
)
from core.models import ArticleFacts
from tests.core.feed_kit import report_at


def _report(rid: str, title: str, text: str, published: datetime | None, language: str = "en") -> ArticleFacts:
    return report_at(rid, text, published, title, language)


def _together(reports: list[ArticleFacts]) -> bool:
    events = group_articles(reports, GroupingSettings())
    return any({r.id for r in reports} <= set(e.article_ids) for e in events)


def _at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


_ELKINS_STATE = (
    "Drei Tote bei Schüssen in Laden in West Virginia",
    "Ein Mann hat am Donnerstag in einem Landhandel in Elkins im US-Bundesstaat West Virginia drei Menschen "
    "erschossen und acht weitere verletzt, wie die Polizei mitteilte.",
)
_ELKINS_LOCAL = (
    "Elkins mourns after Davis Street rampage",
    "Neighbours laid flowers on Davis Street in Elkins after Thursday's rampage left three dead and eight "
    "wounded; the mayor asked residents to give blood.",
)
_CARLISLE_STATE = (
    "Five killed at Carlisle, Pennsylvania, warehouse",
    "Five workers were shot dead and seven others were injured when a former employee opened fire at a warehouse "
    "in Carlisle, Pennsylvania, on Monday, police said.",
)
_CARLISLE_WIRE = (
    "Carlisle warehouse gunman was fired last month, police say",
    "Police in Carlisle said the man who killed five workers and injured seven at the warehouse had been "
    "dismissed weeks before. Detectives are going through his messages.",
)


def test_the_bare_local_name_is_left_unresolved_by_the_gazetteer() -> None:
    local = _report("local", *_ELKINS_LOCAL, _at(2033, 5, 5, 14))
    anchor = anchor_of(local, GroupingSettings())
    assert anchor.key == "name:elkins" and town_name(anchor) == "elkins"
    assert unresolved_town_key(anchor.key, "name") == "placename:elkins"
    assert names_the_events_town("name:elkins", "name", "elkins", "city")
    assert not names_the_events_town("name:elkins", "name", "elk", "city")
    # a province's name, left unresolved in one report, is no town of it: "a coach crash in Andalusia"
    assert not names_the_events_town("name:andalusia", "name", "andalusia", "province")


@pytest.mark.parametrize("local_first", [True, False])
def test_the_local_report_of_a_bare_town_name_joins_the_town_placed_with_its_state(local_first: bool) -> None:
    local = _report("local", *_ELKINS_LOCAL, _at(2033, 5, 5, 14 if local_first else 20))
    state = _report("state", *_ELKINS_STATE, _at(2033, 5, 5, 18), "de")
    assert _together([local, state])


def test_a_first_alert_from_the_state_joins_them_when_the_bare_name_came_first() -> None:
    alert = _report(
        "alert",
        "Shots fired at Elkins feed store",
        "West Virginia State Police are responding to reports of gunfire at a feed store in downtown Elkins. "
        "People are asked to keep away from the area.",
        _at(2033, 5, 5, 11),
    )
    local = _report("local", *_ELKINS_LOCAL, _at(2033, 5, 5, 14))
    state = _report("state", *_ELKINS_STATE, _at(2033, 5, 5, 18), "de")
    assert _together([alert, local, state])


def test_the_wire_report_of_a_city_without_its_state_joins_the_state_report() -> None:
    state = _report("state", *_CARLISLE_STATE, _at(2034, 9, 11, 20))
    wire = _report("wire", *_CARLISLE_WIRE, None)
    assert anchor_of(wire, GroupingSettings()).home != anchor_of(state, GroupingSettings()).home  # (namesake)
    assert _together([state, wire])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another count of the dead and hurt: another shooting
        ("Nightclub gunfire in Elkins: two dead",
         "Two men died and four more needed hospital care after an argument outside an Elkins nightclub turned "
         "violent just before dawn."),
        # another kind of disaster with the same counts
        ("Elkins apartment blaze",
         "Flames swept through an apartment block in Elkins before dawn; three residents died and eight more "
         "needed hospital care for burns and smoke."),
    ],
)  # fmt: skip
def test_another_event_of_the_bare_town_name_is_not_pulled_by_its_name(title: str, text: str) -> None:
    settings = GroupingSettings()
    state = anchor_of(_report("state", *_ELKINS_STATE, _at(2033, 5, 5, 18), "de"), settings)
    other = anchor_of(_report("other", title, text, _at(2033, 5, 5, 22)), settings)
    assert town_name(other) == "elkins"
    assert not pulled_by_its_town_name(other, state)


def test_a_small_toll_of_the_bare_town_name_is_no_tie() -> None:
    state = _report(
        "state",
        "One dead, one hurt in Elkins, West Virginia",
        "One man was killed and one woman was wounded in a shooting in Elkins, West Virginia, on Thursday.",
        _at(2033, 5, 5, 18),
    )
    other = _report(
        "other",
        "One dead, one hurt in Elkins shooting",
        "A man was killed and a woman was wounded when shots were fired outside a house in Elkins on Thursday.",
        _at(2033, 5, 5, 20),
    )
    settings = GroupingSettings()
    assert anchor_of(other, settings).home != anchor_of(state, settings).home
    assert not pulled_by_its_town_name(anchor_of(other, settings), anchor_of(state, settings))


def test_the_wire_city_abroad_with_another_toll_stays_abroad() -> None:
    state = _report("state", *_CARLISLE_STATE, _at(2034, 9, 11, 20))
    wire = _report(
        "wire",
        "Carlisle warehouse fire kills two",
        "Firefighters in Carlisle said two workers were killed and one was injured when a warehouse caught fire.",
        None,
    )
    assert not _together([state, wire])


_PHILADELPHIA = (
    "Philadelphia block party shooting: four dead, nine hurt",
    "Four people were killed and nine were wounded when gunmen fired into a block party in Philadelphia, "
    "Pennsylvania, on Sunday night, police said.",
)
_GERMANTOWN = (
    "Germantown block party gunfire",
    "Shots rang out at a block party on a quiet street in Germantown late Sunday; four people died and nine were "
    "wounded, according to the district's police captain.",
)
_CHICAGO = (
    "Chicago: four dead, nine wounded at birthday gathering",
    "Four people were shot dead and nine more were wounded at a birthday gathering in Chicago, Illinois, on "
    "Saturday evening, police said.",
)
_ENGLEWOOD = (
    "Englewood birthday party shooting",
    "A gunman opened fire on a birthday party in Englewood on Saturday evening, leaving four dead and nine "
    "wounded, neighbours told reporters.",
)


@pytest.mark.parametrize(
    ("city", "local", "day"),
    [(_PHILADELPHIA, _GERMANTOWN, (2035, 7, 8)), (_CHICAGO, _ENGLEWOOD, (2035, 10, 6))],
)
@pytest.mark.parametrize("local_first", [True, False])
def test_the_neighbourhood_read_as_a_town_elsewhere_joins_the_citys_report(
    city: tuple[str, str], local: tuple[str, str], day: tuple[int, int, int], local_first: bool
) -> None:
    settings = GroupingSettings()
    city_report = _report("city", *city, _at(*day, 23))
    local_report = _report(
        "local",
        *local,
        _at(
            *day,
            21 if local_first else 23,
        ),
    )
    assert anchor_of(local_report, settings).home != anchor_of(city_report, settings).home  # (a namesake elsewhere)
    assert _together([city_report, local_report])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another count of the dead and hurt
        ("Germantown block party gunfire",
         "Shots rang out at a block party on a quiet street in Germantown late Sunday; two people died and five were "
         "wounded, according to the district's police captain."),
        # a small toll: one dead, one hurt
        ("Germantown porch gunfire",
         "Shots rang out on a porch in Germantown late Sunday; one man died and a woman was wounded."),
        # another kind of disaster
        ("Germantown house fire",
         "Flames tore through a row house in Germantown late Sunday; four people died and nine were hurt, "
         "firefighters said."),
    ],
)  # fmt: skip
def test_another_event_of_the_neighbourhood_is_not_pulled_to_the_city(title: str, text: str) -> None:
    settings = GroupingSettings()
    city = anchor_of(_report("city", *_PHILADELPHIA, _at(2035, 7, 8, 23)), settings)
    local = anchor_of(_report("local", title, text, _at(2035, 7, 8, 21)), settings)
    assert not pulled_to_its_towns_tolls(local, city)


def test_the_neighbourhood_weeks_later_is_not_pulled_to_the_city() -> None:
    city = _report("city", *_PHILADELPHIA, _at(2035, 7, 8, 23))
    local = _report("local", *_GERMANTOWN, _at(2035, 9, 20, 21))
    assert not _together([city, local])
