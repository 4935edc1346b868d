"""Grouping (round 38): a report of a city's other news, with no casualty of its own, beside the city's shooting;
sentences of our own. One report of the shooting tells that news in passing ("the governor has said he will send
state troopers"); the other report, about the troopers, the march or the figures of the year, resembles that aside
only, and is no report of the shooting. A follow-up on the shooting (an arrest) retells what several of its
reports tell, and joins it."""

from __future__ import annotations

import pytest

from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders


def _shooting(aside: str, dated: bool) -> list[ArticleFacts]:
    """Five reports of one shooting at a church in Memphis, the last of them ending on `aside`."""

    def day(n: int) -> int | None:
        return n if dated else None

    return [
        report(
            "s1",
            "MEMPHIS, Tenn. - Gunmen opened fire on mourners leaving a church on Elvis Presley Boulevard on Saturday "
            "evening, wounding eleven people, Memphis police said.",
            day(17),
            title="11 wounded as gunmen fire on mourners in Memphis",
        ),
        report(
            "s2",
            "MEMPHIS, Tenn. - Police on Sunday were still searching for the gunmen who shot eleven people outside a "
            "church on Elvis Presley Boulevard on Saturday. Two of the wounded remain in critical condition.",
            day(18),
            title="Memphis church shooting: no arrests yet",
        ),
        report(
            "s3",
            "Eleven people were wounded when shots were fired from a passing car at mourners outside a church in "
            "Memphis, Tennessee, police said.",
            day(18),
            title="Eleven hurt in drive-by shooting at Memphis church",
        ),
        report(
            "s4",
            "A drive-by shooting outside a Memphis church left eleven mourners wounded on Saturday. Police Chief "
            "Carla Dunmore said the funeral itself had been the target.",
            day(18),
            title="Police: Memphis funeral was the target of drive-by",
        ),
        report(
            "s5",
            "Eleven people were shot and wounded outside a church in Memphis after a funeral service. " + aside,
            day(18),
            title="Mourners shot outside Memphis church",
        ),
    ]


_CITY_NEWS = {
    "troopers": (
        "The city has seen weeks of violence, and Governor Ted Halloran has said he will send state troopers to "
        "Memphis.",
        "Governor Ted Halloran said on Monday he will send 200 state troopers to Memphis to help curb a rise in "
        "shootings across the city this summer. Mayor Ruth Okafor welcomed the help but said the troopers must "
        "answer to local commanders.",
        "Governor Halloran to send state troopers to Memphis",
    ),
    "march": (
        "On Sunday, hundreds of residents marched down Beale Street behind pastor Jerome Whitlow to demand an end "
        "to gun violence in Memphis.",
        "Hundreds of residents marched down Beale Street in Memphis on Sunday behind pastor Jerome Whitlow, "
        "demanding an end to the shootings that have shaken the city and more money for youth programmes.",
        "Pastor Jerome Whitlow leads Beale Street march against gun violence",
    ),
    "figures": (
        "Mayor Ruth Okafor said last week that homicides in Memphis were down from last year, though shootings "
        "had risen in the summer months.",
        "Mayor Ruth Okafor said homicides in Memphis were down from last year, but shootings had risen in the "
        "summer months, and announced night patrols in Orange Mound and Frayser.",
        "Mayor Okafor announces night patrols in Orange Mound and Frayser",
    ),
}


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
@pytest.mark.parametrize("news", sorted(_CITY_NEWS))
def test_a_citys_other_news_told_in_passing_by_one_report_stays_apart(news: str, dated: bool) -> None:
    """The troopers sent to the city, a march against its shootings, the mayor's figures of the year: a report of
    it with no casualty of its own resembles the one report of the shooting that tells it in passing, and no
    other; it is no report of the shooting, dated or not."""
    aside, text, title = _CITY_NEWS[news]
    other = report("news", text, 19 if dated else None, title=title)
    held = _holders([*_shooting(aside, dated), other])
    assert len({held[s] for s in ("s1", "s2", "s3", "s4", "s5")}) == 1
    assert held.get("news") != held["s1"]


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_an_arrest_in_the_shooting_with_no_figure_still_joins(dated: bool) -> None:
    """The counterpart: a report of two arrests over the shooting, with no figure of its own, retells what several
    of its reports tell (the mourners, the church, the boulevard, the police chief), and joins it."""
    aside, _, _ = _CITY_NEWS["troopers"]
    arrest = report(
        "arrest",
        "MEMPHIS, Tenn. - Police Chief Carla Dunmore said on Tuesday that two men had been arrested over the "
        "drive-by shooting that wounded eleven mourners outside a church on Elvis Presley Boulevard.",
        20 if dated else None,
        title="Two arrested in Memphis church shooting",
    )
    held = _holders([*_shooting(aside, dated), arrest])
    assert held["arrest"] == held["s1"] == held["s5"]


def test_a_first_word_of_the_shooting_naming_its_kind_still_joins() -> None:
    """The counterpart: a first word of the shooting with no figure yet, naming the church's boulevard and the
    mourners as one report does and little else the others tell, names its kind in its headline: a report of the
    shooting, not of the city's other news."""
    aside, _, _ = _CITY_NEWS["troopers"]
    alert = report(
        "alert",
        "Memphis police and ambulances were called to Elvis Presley Boulevard on Saturday evening after gunmen in a "
        "passing car fired on mourners leaving a church, Governor Ted Halloran's office said. No word yet on victims.",
        17,
        title="Shots fired at mourners on Elvis Presley Boulevard",
    )
    held = _holders([*_shooting(aside, True), alert])
    assert held["alert"] == held["s1"] == held["s5"]
