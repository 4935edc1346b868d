"""Grouping (round 37): another incident's report joined to an event it only neighbours; sentences of our own.

Reports are published in May 2031 (a Monday is the 12th) or sent with no publication date (`day=None`), extracted
as the service does."""

from __future__ import annotations

import pytest

from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders

# ---------------------------------------------------------------------------------------------------------
# A mosque shooting in Aurora, beside Denver: six dead, four wounded, a sergeant shot among them


def _mosque_shooting(day: int | None) -> list[ArticleFacts]:
    return [
        report(
            "mosque",
            "AURORA, Colo. - Six people were killed and four wounded when a gunman opened fire inside a mosque in "
            "Aurora, police said.",
            day,
            title="6 killed at Aurora mosque",
        ),
        report(
            "mosque2",
            "AURORA, Colo. - The six worshippers killed at the Aurora mosque were named by police. Four people were "
            "wounded, among them a police sergeant who was shot several times while helping a victim. Two of the "
            "wounded were taken to a hospital in Denver.",
            day,
            title="Victims of Aurora mosque shooting named",
        ),
    ]


def _lone_killing(day: int | None) -> ArticleFacts:
    return report(
        "lone",
        "DENVER - A 27-year-old man was shot and killed near Colfax Avenue, Denver police said. Officers found the "
        "man in a parked car with gunshot wounds; he died at the scene.",
        day,
        title="Man shot dead in Denver",
    )


@pytest.mark.parametrize("day", [None, 12])
def test_a_lone_killing_in_the_city_next_door_stays_apart_from_the_mass_shooting(day: int | None) -> None:
    """One man shot dead in the city, beside a mass shooting in its suburb whose report names the city (a hospital
    there). The two share only the number one, and that is a count of people shot (the man killed; a sergeant
    among the wounded), not of the same victims. Sent with no date, neither report came first: the shooting's
    report is as apart from the lone victim's event as his report is from the shooting's."""
    held = _holders([*_mosque_shooting(day), _lone_killing(day)])
    assert held["mosque"] == held["mosque2"]
    assert held["lone"] != held["mosque"]


def test_an_undated_toll_told_as_risen_still_joins_the_undated_first_count() -> None:
    """The counterpart kept: the first word counted one dead, and a report that nothing dates tells the toll risen
    to seven with five wounded at the same mosque: a later count of the same shooting."""
    first = report(
        "first",
        "AURORA, Colo. - One person was killed when a gunman opened fire inside a mosque in Aurora, police said.",
        None,
        title="1 killed at Aurora mosque",
    )
    risen = report(
        "risen",
        "AURORA, Colo. - The death toll in the shooting at the Aurora mosque has risen to seven, police said. Five "
        "people were wounded.",
        None,
        title="Toll in Aurora mosque shooting rises to 7",
    )
    held = _holders([first, risen])
    assert held["first"] == held["risen"]


# ---------------------------------------------------------------------------------------------------------
# A church shooting in Savannah and a threat at another church of the city, every report sent with no date


def _church_shooting_undated() -> list[ArticleFacts]:
    return [
        report(
            "church",
            "SAVANNAH, Ga. - Eight people were killed when a gunman opened fire during a Bible study at a church on "
            "Abercorn Street, Savannah police said.",
            None,
            title="8 dead in Savannah church shooting",
        ),
        report(
            "church2",
            "SAVANNAH, Ga. - Police named the gunman who killed eight worshippers at the Abercorn Street church, a "
            "22-year-old from out of state.",
            None,
            title="Police name gunman in Savannah church shooting",
        ),
    ]


def _threat_undated(dateline: str, title: str) -> ArticleFacts:
    return report(
        "threat",
        f"{dateline}A phoned threat forced worshippers out of a church on Bull Street in Savannah during an evening "
        "prayer service. Officers searched the building and found nothing. No one was hurt.",
        None,
        title=title,
    )


# Datelines and titles of the threat's report: which report an undated set orders first follows from its words
_THREAT_WORDINGS = [
    ("SAVANNAH, Ga. - ", "Threat empties Savannah church during prayer service"),
    ("SAVANNAH, Georgia - ", "Threat empties Savannah church during prayer service"),
    ("SAVANNAH - ", "Bomb threat empties Savannah church"),
    ("", "Bomb threat empties Savannah church"),
]


@pytest.mark.parametrize(("dateline", "title"), _THREAT_WORDINGS)
def test_an_undated_threat_in_which_no_one_was_hurt_stays_apart_from_the_undated_shooting(
    dateline: str, title: str
) -> None:
    """Nothing dates any of the reports, so none of them came first: the threat's report, whose only count is
    nobody, is as apart from the eight dead as the dead are from it, whichever of the two opened an event."""
    held = _holders([*_church_shooting_undated(), _threat_undated(dateline, title)])
    assert held["church"] == held["church2"]
    assert held["threat"] != held["church"]


def test_an_undated_first_word_of_no_one_hurt_still_joins_a_dated_toll() -> None:
    """The counterpart kept: a report dated by its publication day, telling eight dead, beside the first word
    that no one was hurt, sent with no date: the dead may have been found later that day, so they stay one."""
    first = report(
        "first",
        "SAVANNAH, Ga. - Police responded to reports of gunfire at a church on Abercorn Street on Monday evening. "
        "No one was hurt, a police spokeswoman said at first.",
        12,
        title="Gunfire reported at Savannah church",
    )
    dead = report(
        "dead",
        "SAVANNAH, Ga. - Eight people were killed when a gunman opened fire during a Bible study at a church on "
        "Abercorn Street on Monday evening, Savannah police said.",
        12,
        title="8 dead in Savannah church shooting",
    )
    held = _holders([first, dead])
    assert held["first"] == held["dead"]
