"""Grouping and hazards (round 28, second wave): what a headline's words tell of the kind of disaster, and which
reports may join an event; sentences of our own."""

from __future__ import annotations

import pytest

from core.events.hazards import headline_hazards
from tests.core.feed_kit import holders, report


def _underpass_flood(raid_title: str) -> list:
    return [
        report(
            "flood",
            "Eleven people were killed when floodwater filled a road underpass in Cheongju on Saturday, "
            "firefighters said.",
            15,
            title="Flooded underpass in Cheongju kills 11",
        ),
        report(
            "flood2",
            "Rescuers pulled two more bodies from the flooded underpass in Cheongju on Sunday, bringing the toll "
            "to 13, firefighters said.",
            16,
            title="Cheongju underpass flood toll rises to 13",
        ),
        report(
            "raid",
            "Prosecutors searched the Cheongju county office on Monday over the deaths of 13 people in the flooded "
            "underpass, officials said.",
            17,
            title=raid_title,
        ),
    ]


@pytest.mark.parametrize(
    "raid_title",
    [
        "Prosecutors raid county office over Cheongju underpass deaths",
        "Police raided county office after 13 died in Cheongju underpass",
    ],
)
def test_a_police_raid_after_a_disaster_is_no_attack_and_joins_it(raid_title: str) -> None:
    held = holders(_underpass_flood(raid_title))
    assert held["flood"] == held["flood2"] == held["raid"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Prosecutors raid county office over underpass deaths", None),
        ("Militants raid village, killing 30", "attack"),
        ("Truck ploughs into crowd at street festival, killing 20", "road"),
        ("Truck rams crowd outside stadium", "road"),
        ("Crowd crush at festival kills 20", "crowd"),
        ("Explosion at illegal pipeline tap kills 66", "fire"),
        ("Explosión en una toma clandestina de un ducto deja 66 muertos", "fire"),
        ("Explosion an einer Ölpipeline in Mexiko", "fire"),
    ],
)
def test_a_headlines_kind_of_disaster_is_told_by_its_phrase_not_one_word_of_it(title: str, kind: str | None) -> None:
    assert headline_hazards(title) == (frozenset({kind}) if kind else frozenset())


def _two_quakes() -> list:
    """A deadly quake at one town and, nothing dating either, a later one at another town of the province that
    hurt nobody and was felt where the first struck."""
    return [
        report(
            "quake",
            "An earthquake of magnitude 5.6 struck Cianjur in West Java on Monday, killing at least 162 people, "
            "officials said.",
            None,
            title="Cianjur earthquake kills 162",
        ),
        report(
            "quake2",
            "The toll of the earthquake in Cianjur rose to 268 on Tuesday as rescuers dug through collapsed houses.",
            None,
            title="Cianjur quake toll rises to 268",
        ),
        report(
            "later",
            "A magnitude 6.4 earthquake shook Garut in West Java on Saturday, damaging dozens of houses. No "
            "casualties have been reported so far. The tremor was felt as far as Bandung and Cianjur, where "
            "survivors of last month's quake ran out of their tents.",
            None,
            title="Strong quake shakes Garut, houses damaged",
        ),
    ]


def test_an_undated_quake_at_another_town_that_hurt_nobody_is_not_the_deadly_ones() -> None:
    held = holders(_two_quakes())
    assert held["quake"] == held["quake2"]
    assert held["later"] != held["quake"]


def test_an_undated_quakes_toll_at_another_town_still_joins_the_regions_quake() -> None:
    """The guard: two towns of one province each telling a death toll of one undated quake stay one event."""
    held = holders(
        [
            report(
                "quake",
                "An earthquake of magnitude 5.6 struck Cianjur in West Java on Monday, killing at least 162 people, "
                "officials said.",
                None,
                title="Cianjur earthquake kills 162",
            ),
            report(
                "town",
                "The earthquake that struck West Java killed 11 people in Sukabumi, where houses collapsed, the "
                "regency's disaster agency said.",
                None,
                title="Quake kills 11 in Sukabumi",
            ),
        ]
    )
    assert held["town"] == held["quake"]


def _supermarket_shooting(alert_town: str) -> list:
    return [
        report(
            "alert",
            f"Police in {alert_town} are responding to reports of an active shooter at a grocery store. Officers "
            "urged residents to avoid the area. There are multiple casualties, a police spokesman said.",
            22,
            title=f"Active shooter reported at {alert_town} grocery store",
        ),
        report(
            "shooting",
            "A gunman killed ten people, among them a police officer, at a supermarket in Boulder, Colorado, on "
            "Monday afternoon, police said.",
            23,
            title="Ten killed in Boulder supermarket shooting",
        ),
        report(
            "charge",
            "The man charged with killing ten people at the Boulder supermarket had bought the rifle six days "
            "earlier, prosecutors said.",
            24,
            title="Boulder suspect bought rifle days before attack",
        ),
    ]


def test_a_first_alert_with_no_figure_joins_the_mass_shooting_of_its_town_and_day() -> None:
    held = holders(_supermarket_shooting("Boulder"))
    assert held["alert"] == held["shooting"] == held["charge"]


def test_a_first_alert_in_another_town_joins_no_mass_shooting() -> None:
    held = holders(_supermarket_shooting("Denver"))
    assert held["shooting"] == held["charge"]
    assert held.get("alert") != held["shooting"]
