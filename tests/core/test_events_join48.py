"""Grouping (round 36): decoys joined to the event they only neighbour; sentences of our own.

Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders

# ---------------------------------------------------------------------------------------------------------
# A church shooting in Tulsa: eight dead on Monday


def _church_shooting() -> list[ArticleFacts]:
    return [
        report(
            "church",
            "TULSA, Okla. - Eight people were killed when a gunman opened fire during an evening service at a church "
            "on Peoria Avenue on Monday, Tulsa police said.",
            12,
            title="8 killed in shooting at Tulsa church",
        ),
        report(
            "church2",
            "TULSA, Okla. - Police on Tuesday named the gunman who killed eight worshippers at a Peoria Avenue church "
            "on Monday evening.",
            13,
            title="Police name gunman in Tulsa church shooting",
        ),
    ]


def test_a_lone_killing_in_the_next_town_days_later_does_not_join_the_church_shooting() -> None:
    """Three days after the church shooting, a man was shot dead outside a store in Broken Arrow, a town next to
    Tulsa. One dead on a later day, in another town, when eight were counted already: a toll only grows, so this
    is no stage of the shooting, however near the two towns lie."""
    lone = report(
        "lone",
        "BROKEN ARROW, Okla. - A 31-year-old man was shot and killed outside a convenience store late Thursday, "
        "Broken Arrow police said. No arrest has been made.",
        16,
        title="Man shot dead in Broken Arrow",
    )
    held = _holders([*_church_shooting(), lone])
    assert held["church"] == held["church2"]
    assert held["lone"] != held["church"]


def test_a_victims_hometown_telling_the_whole_toll_days_later_still_joins_the_shooting() -> None:
    """The counterpart: the town next door mourns one of its own two days on, and its report tells the shooting's
    eight dead: the event's own toll, not a smaller one, so it joins."""
    mourning = report(
        "mourn",
        "BROKEN ARROW, Okla. - Hundreds gathered on Wednesday to remember a Broken Arrow teacher, one of the eight "
        "people killed in Monday's shooting at a Tulsa church.",
        14,
        title="Broken Arrow mourns teacher killed in Tulsa church shooting",
    )
    held = _holders([*_church_shooting(), mourning])
    assert held["mourn"] == held["church"] == held["church2"]


def test_a_threat_told_days_later_in_which_no_one_was_hurt_does_not_join_the_shooting() -> None:
    """A phoned threat emptied another church of the city during a vigil on Friday, and no one was hurt. Its words
    recall the massacre's day ("four days after"), but it was told on Friday, days after the eight dead were
    counted: a report whose only count is nobody, told that late, is no first word of the shooting."""
    threat = report(
        "threat",
        "A phoned bomb threat forced worshippers out of a church on Denver Avenue in Tulsa during a prayer vigil on "
        "Friday evening, four days after the massacre at the Peoria Avenue church. Police searched the building "
        "and found nothing. No one was hurt.",
        19,
        title="Threat empties Tulsa church during vigil",
    )
    held = _holders([*_church_shooting(), threat])
    assert held["church"] == held["church2"]
    assert held["threat"] != held["church"]


def test_a_first_word_that_no_one_was_hurt_told_on_the_shootings_day_still_joins_it() -> None:
    """The counterpart: on the evening of the shooting itself, a first report that no one was hurt so far (before
    the dead were counted) is the event's first word, and stays with it."""
    first = report(
        "church0",
        "TULSA, Okla. - Police swarmed a church on Peoria Avenue on Monday evening after reports of gunfire during a "
        "service. No injuries were reported so far, police said.",
        12,
        title="Police respond to gunfire at Tulsa church",
    )
    held = _holders([first, *_church_shooting()])
    assert held["church0"] == held["church"] == held["church2"]


# ---------------------------------------------------------------------------------------------------------
# An airstrike on a village of Kaduna State, its toll told at the state


def _airstrike() -> list[ArticleFacts]:
    return [
        report(
            "strike",
            "KADUNA, Nigeria - A military drone strike killed 85 villagers and wounded 66 at a religious gathering in "
            "Kaduna State, the state government said on Wednesday.",
            14,
            title="Drone strike kills 85 in Kaduna State",
        ),
    ]


def test_gunmen_killing_seven_in_another_town_of_the_state_a_day_later_do_not_join_the_airstrike() -> None:
    """The day after the state counted the airstrike's 85 dead (its report tells no day of the strike), gunmen
    killed seven people in Kajuru, a town of the same state. Seven dead on a later day, in a town of their own, are
    no count of an airstrike whose 85 were counted already, though the two days lie within a day's slack."""
    raid = report(
        "raid",
        "KAJURU, Nigeria - Gunmen killed seven people in a night raid on Kajuru on Thursday, police said.",
        16,
        title="Gunmen kill seven in Kajuru",
    )
    held = _holders([*_airstrike(), raid])
    assert held["raid"] != held["strike"]
