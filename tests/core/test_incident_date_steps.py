"""Whose day a date in a sentence is: the incident's, or a later step's (a plea, a birthday, a vigil held after it),
and a sentence that ends on a clock time.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.extract.clean import split_sentences
from core.extract.when import AHEAD_OF_PUBLICATION, incident_date_in

PUBLISHED = date(2024, 3, 8)  # a Friday


def _incident_date(text: str) -> date | None:
    return incident_date_in(text, [(s.start, s.end) for s in split_sentences(text)], PUBLISHED, AHEAD_OF_PUBLICATION)


@pytest.mark.parametrize(
    "text",
    [
        "A Dayton man pleaded guilty Wednesday to killing his cousin in a shooting last spring.",
        "The driver was charged Thursday with wounding two cyclists on the bridge.",
    ],
)
def test_a_preposition_after_the_date_does_not_make_it_the_incidents_name(text: str) -> None:
    # "Monday to killing": the plea's day, not "the Monday killing"
    assert _incident_date(text) is None


def test_a_date_right_before_a_murder_names_it() -> None:
    text = "A second man was arrested Tuesday in the Feb. 12 murder of a store clerk who was shot behind the counter."
    assert _incident_date(text) == date(2024, 2, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lena Cruz, who turned 3 on Saturday, was killed Tuesday when a stray bullet hit her home.", date(2024, 3, 5)),
        (
            "He would have been 40 on March 1; he was shot dead outside a bar on Feb. 20.",
            date(2024, 2, 20),
        ),
        ("The boy, who would have turned sixteen years old Wednesday, was shot on Feb. 27.", date(2024, 2, 27)),
    ],
)
def test_the_day_an_age_is_reached_is_no_incidents_day(text: str, day: date) -> None:
    assert _incident_date(text) == day


def test_a_quarrel_that_turned_deadly_is_the_incident() -> None:
    assert _incident_date("The quarrel turned deadly Sunday night when one of the men fired a shot.") == date(
        2024, 3, 3
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A gunman opened fire during a candlelight vigil Wednesday night, wounding four people.", date(2024, 3, 6)),
        ("Two men were shot at a funeral Tuesday outside a church on Hill Street.", date(2024, 3, 5)),
    ],
)
def test_a_gathering_where_the_shooting_happened_dates_it(text: str, day: date) -> None:
    assert _incident_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Neighbors of the woman shot last week gathered at a vigil Wednesday night.",
        "Her family held a vigil Wednesday for the girl who was shot on Elm Street.",
    ],
)
def test_a_vigil_held_for_the_victims_is_a_later_step(text: str) -> None:
    assert _incident_date(text) is None


def test_a_plea_dates_a_later_step() -> None:
    assert _incident_date("The teen entered a plea Thursday in the shooting death of a classmate.") is None


def test_a_sentence_ends_after_a_clock_time_when_a_new_one_opens() -> None:
    text = "Two men were shot near the river about 9 p.m. They said a third man ran off. It was 10 p.m. Sunday then."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Two men were shot near the river about 9 p.m.",
        "They said a third man ran off.",
        "It was 10 p.m. Sunday then.",
    ]


@pytest.mark.parametrize(
    "stamp",
    [
        "( Fri Mar 01 17:08:35 PST 2024 $__output )",
        "Friday, March 1, 2024 5:08 PM EST |",
    ],
)
def test_a_pages_time_stamp_is_no_incidents_day(stamp: str) -> None:
    text = f"{stamp} Two men were wounded in a shooting outside a bar on Oak Street, police said."
    assert _incident_date(text) is None


def test_a_date_with_the_time_told_after_at_is_the_incidents() -> None:
    text = "Deputies were called on Friday, March 1, 2024 at about 8:14 PM EST after a man was shot on Cedar Road."
    assert _incident_date(text) == date(2024, 3, 1)


def test_the_day_told_right_after_the_incidents_word_beats_one_opening_the_sentence() -> None:
    text = "On Wednesday, a teenager was taken in over a shooting that happened on Monday near a school."
    assert _incident_date(text) == date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "The man charged in the shooting that wounded three people was back in a courtroom Thursday.",
        "Jurors heard from the officer who was shot, and the judge Thursday set a date for closing arguments.",
    ],
)
def test_a_courtroom_or_a_judge_dates_a_later_step(text: str) -> None:
    assert _incident_date(text) is None


def test_a_reports_updates_for_a_day_are_the_reports_not_the_disasters() -> None:
    # a live page's title gives the day of its updates; the fires broke out days before
    text = (
        "Hill country wildfire updates for March 7: crews gain ground as 14 are confirmed dead. "
        "The first fire broke out on March 2 near the reservoir and spread into two towns."
    )
    assert _incident_date(text) == date(2024, 3, 2)
    # a title and a text read as one: the title's day is the update's
    assert _incident_date("Flood update for March 6: the river killed 9 people in Lismore on March 4.") == date(
        2024, 3, 4
    )
