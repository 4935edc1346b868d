"""Which day a report's words give the incident: cues beside the date that say whose day it is.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.when import AHEAD_OF_PUBLICATION, dates_in, incident_date_in
from core.models import ArticleInput

PUBLISHED = datetime(2024, 3, 8, 12, 0)  # a Friday


def _dates(text: str, title: str | None = None) -> set[date | None]:
    claims = extract(ArticleInput(text=text, title=title, published_at=PUBLISHED, language="en")).claims
    return {c.incident_date for c in claims if c.metric in ("killed", "wounded", "shot")}


def _incident_date(text: str) -> date | None:
    return incident_date_in(text, [(0, len(text))], PUBLISHED.date(), AHEAD_OF_PUBLICATION)


def test_a_quoted_posts_day_does_not_date_the_incident_another_sentence_dates() -> None:
    text = (
        "Two brothers hurt in backyard shooting, deputies say #news pic.twitter.com/AbC123 - Sam Reporter "
        "(@samreports) March 7, 2024\n\nThe boys were shot on Feb. 28 behind their home on Elm Road, a deputy said."
    )
    assert _dates(text) == {date(2024, 2, 28)}


def test_a_quoted_posts_day_dates_the_incident_when_nothing_else_does() -> None:
    text = "Three people shot near the old mill #breaking pic.twitter.com/XyZ987 - Sam Roe (@samroe) March 7, 2024"
    found = dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)
    assert [m.fallback for m in found] == [True]
    assert _dates(text) == {date(2024, 3, 7)}


def test_a_news_conference_dates_the_telling_not_the_shooting() -> None:
    text = (
        "The sheriff held a news conference Wednesday afternoon about the shooting at a truck stop on Feb. 24 "
        "that left two men dead."
    )
    assert _incident_date(text) == date(2024, 2, 24)


@pytest.mark.parametrize("verb", ["went off", "discharged"])
def test_a_gun_going_off_is_the_incident(verb: str) -> None:
    text = f"The two boys were handling a pistol around noon last Saturday when it {verb}, hitting the younger one."
    assert _incident_date(text) == date(2024, 3, 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published on Friday: 'overnight' alone would be Friday; the weekday puts it on Thursday evening
        ("A woman died after an overnight shooting; deputies were called to the house Thursday evening.", 7),
        # 'yesterday' would be Thursday; the sentence says the gunfire was on Wednesday night
        ("A girl went to the police yesterday with a graze, and gunfire broke out late Wednesday night.", 6),
    ],
)
def test_a_weekday_beside_a_relative_day_a_day_off_says_which_day(text: str, day: int) -> None:
    assert _incident_date(text) == date(2024, 3, day)


def test_a_relative_day_far_from_the_sentences_weekday_stays_a_date_of_its_own() -> None:
    text = "Police said today that the man shot on Monday had died."
    found = [m.value for m in dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)]
    assert found == [date(2024, 3, 8), date(2024, 3, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Classes will be cancelled on Monday after Thursday's shooting at the school gym.",
        "The wounded boy will stay on a ventilator until Monday, a week after he was shot on Thursday.",
    ],
)
def test_a_day_still_to_come_is_no_incidents(text: str) -> None:
    assert _incident_date(text) == date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot dead on Christmas Eve outside a bar on Main Street.", date(2023, 12, 24)),
        ("A teenager was killed early Thanksgiving morning in a dispute over a car.", date(2023, 11, 23)),
        ("The toddler was fatally shot on Easter in her grandmother's house.", date(2023, 4, 9)),
        ("Police say he shot two men on Memorial Day in 2019.", date(2019, 5, 27)),
        ("A woman was wounded on Mother's Day in a drive-by shooting.", date(2023, 5, 14)),
        ("Three people were shot on Valentine's Day, 2022, at a party.", date(2022, 2, 14)),
    ],
)
def test_a_holiday_names_its_day(text: str, day: date) -> None:
    # published on 8 March 2024: each holiday is the latest one before (Easter 2024 is on 31 March, weeks ahead)
    assert _incident_date(text) == day


def test_a_celebrations_holiday_dates_the_incident_only_when_nothing_else_does() -> None:
    alone = "Four people were wounded at a Fourth of July cookout in the park."
    assert _dates(alone) == {date(2023, 7, 4)}
    # the party of the holiday held on the Sunday before it
    title = "Gunfire at Fourth of July block party leaves 2 dead"
    text = "Two people were killed when gunfire erupted at a Fourth of July block party early Sunday, police said."
    assert _dates(text, title) == {date(2024, 3, 3)}


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were shot in the city over the Memorial Day weekend.",
        "The shooting happened near a store busy with Christmas shopping.",
        "Police say an Easter egg hunt was cancelled after the shooting.",
    ],
)
def test_a_holiday_said_of_a_stretch_or_a_season_dates_nothing(text: str) -> None:
    assert _incident_date(text) is None


def test_movable_holidays_fall_on_their_days() -> None:
    from core.dates import easter, nth_weekday

    assert [easter(y) for y in (2016, 2019, 2024)] == [date(2016, 3, 27), date(2019, 4, 21), date(2024, 3, 31)]
    assert nth_weekday(2016, 11, 3, 4) == date(2016, 11, 24)  # Thanksgiving
    assert nth_weekday(2016, 5, 0, -1) == date(2016, 5, 30)  # Memorial Day
    assert nth_weekday(2016, 12, 0, -1) == date(2016, 12, 26)  # the year's last Monday


@pytest.mark.parametrize(
    "text",
    [
        "A boy remained in critical condition Thursday night after he was shot on Tuesday in a park.",
        "Two deputies were in stable condition Thursday, two days after a gunman wounded them on Tuesday.",
    ],
)
def test_a_condition_told_on_a_day_is_that_days_not_the_incidents(text: str) -> None:
    assert _incident_date(text) == date(2024, 3, 5)


def test_a_death_told_after_the_wound_in_one_sentence_is_a_later_day() -> None:
    text = "A teenager who was shot in a quarrel over a bicycle outside his school died on Thursday, police said."
    assert _incident_date(text) is None
    text = "A six-year-old girl died Tuesday in a shooting at a park."
    assert _incident_date(text) == date(2024, 3, 5)  # no wound told before: the death is the incident
