"""The incident date of an English report: which of the dates a text gives is the incident's.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.where_when import AHEAD_OF_PUBLICATION, dates_in
from core.models import ArticleInput

PUBLISHED = datetime(2024, 3, 8, 12, 0)  # a Friday


def _dates(text: str) -> set[date | None]:
    claims = extract(ArticleInput(text=text, published_at=PUBLISHED, language="en")).claims
    return {c.incident_date for c in claims if c.metric in ("killed", "wounded", "shot")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Detectives believe the teenager was shot on Tuesday, Feb. 20 outside a corner store.", date(2024, 2, 20)),
        ("Prosecutors say he shot his neighbour last Monday night, February 26, after an argument.", date(2024, 2, 26)),
        ("A woman was wounded around 10 p.m. Saturday, the 24th of February, near the station.", date(2024, 2, 24)),
    ],
)
def test_a_weekday_right_before_the_day_and_month_is_that_date(text: str, day: date) -> None:
    # "Tuesday, Feb. 20" in a story published weeks later: the weekday names Feb. 20, not the latest Tuesday
    assert _dates(text) == {day}
    assert {m.value for m in dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)} == {day}


def test_a_weekday_and_a_later_date_apart_are_two_dates() -> None:
    text = "The man was shot Tuesday and died on March 7 at a hospital."
    found = [m.value for m in dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)]
    assert found == [date(2024, 3, 5), date(2024, 3, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman said a call shortly before 2 p.m. Wednesday reported a man with a gunshot wound on Oak Street.",
        "The chief said a passer-by stopped an officer at 4 p.m. Wednesday after finding two men wounded in a car.",
    ],
)
def test_a_speech_verb_with_a_clause_between_does_not_date_the_telling(text: str) -> None:
    assert _dates(text) == {date(2024, 3, 6)}


@pytest.mark.parametrize(
    "text",
    [
        "Two men were wounded in a shooting near the river, police said Thursday.",
        "Two men were wounded in a shooting near the river, police told reporters on Thursday.",
    ],
)
def test_the_day_police_said_it_is_not_the_incident_s(text: str) -> None:
    assert date(2024, 3, 7) not in _dates(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A teenager was wounded in a shooting on the west side. "
            "Officers were called to a house on Birch Avenue about 11:40 p.m. Tuesday.",
            date(2024, 3, 5),
        ),
        (
            "A 30-year-old man was killed at an apartment complex, the sheriff's office says. "
            "Deputies responded to the complex on Miller Road around 3 a.m. Wednesday.",
            date(2024, 3, 6),
        ),
        (
            "One person died and two others were hurt in gunfire outside a bar. Police say it was about 1:15 a.m. "
            "Sunday.",
            date(2024, 3, 3),
        ),
    ],
)
def test_the_call_that_brought_help_dates_an_incident_no_sentence_about_it_dates(text: str, day: date) -> None:
    assert _dates(text) == {day}


def test_a_call_to_a_later_step_dates_nothing() -> None:
    text = (
        "A teenager was wounded in a shooting on the west side. "
        "A vigil is planned for 7 p.m. Sunday at the park where it happened."
    )
    assert _dates(text) == {None}


def test_a_sentence_about_the_incident_beats_the_call() -> None:
    text = (
        "Officers responded to a report of shots fired at 9 p.m. Monday. "
        "A man was shot and killed on Tuesday at the same corner."
    )
    assert _dates(text) == {date(2024, 3, 5)}


def test_a_weekday_beside_a_date_on_another_weekday_stays_a_weekday() -> None:
    # 20 February 2024 was a Tuesday: 'Monday, Feb. 20' is a slip, and either part may be the right one
    text = "The boy was shot on Monday, Feb. 20 outside a corner store."
    found = [m.value for m in dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)]
    assert found == [date(2024, 3, 4), date(2024, 2, 20)]


def test_a_service_in_a_name_is_no_funeral() -> None:
    text = "Two deputies with the U.S. Marshals Service suffered minor injuries Saturday night in a gunfight."
    assert _dates(text) == {date(2024, 3, 2)}


def test_a_memorial_service_dates_a_later_step() -> None:
    text = "A man who was shot last weekend was remembered at a service Thursday, and two other men remain wounded."
    found = dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)
    assert [m.later_step for m in found] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Officers were back on the block on Thursday after three men were shot there the day before.",
        "Neighbours gathered on March 7 to remember a teenager who was killed the night before.",
        "Detectives arrested a 20-year-old on Thursday, a day after two women were wounded outside a bakery.",
        "A man was taken into custody Thursday in connection with a shooting a day earlier that injured two women.",
    ],
)
def test_the_incident_told_as_the_day_before_the_sentence_s_date(text: str) -> None:
    assert _dates(text) == {date(2024, 3, 6)}


def test_the_night_before_something_else_is_no_incident_s_day() -> None:
    text = "The father said he checked the gun the night before the shooting, which wounded his son on Tuesday."
    found = [m.value for m in dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)]
    assert found == [date(2024, 3, 5)]


def test_a_page_posted_before_its_publication_date_counts_weekdays_from_the_posting() -> None:
    text = (
        "Two hurt in parking lot shooting Posted: Sunday, February 11, 2024 9:02 AM EST "
        "Updated: Friday, March 8, 2024 8:10 AM EST\n"
        "Two people were wounded when shots were fired outside a skating rink early Sunday."
    )
    assert _dates(text) == {date(2024, 2, 11)}


def test_a_page_posted_on_its_publication_date_changes_nothing() -> None:
    text = (
        "Two hurt in parking lot shooting Posted: Friday, March 8, 2024 9:02 AM EST\n"
        "Two people were wounded when shots were fired outside a skating rink early Sunday."
    )
    assert _dates(text) == {date(2024, 3, 3)}
