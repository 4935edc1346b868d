"""Days and weeks counted back from a sentence's date to the incident it follows ("two days after the quake",
"a week after the crash"), and a sentence's own incident dated beside another's day before ("shot late Thursday,
a day after a school shooting").

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.extract import extract
from core.extract.clean import split_sentences
from core.extract.when import AHEAD_OF_PUBLICATION, incident_date_in
from core.models import ArticleInput

PUBLISHED = date(2026, 3, 6)  # a Friday


def _incident_date(text: str) -> date | None:
    return incident_date_in(text, [(s.start, s.end) for s in split_sentences(text)], PUBLISHED, AHEAD_OF_PUBLICATION)


def _dates(text: str) -> dict[int, date | None]:
    published = datetime(2026, 3, 6, 9, tzinfo=UTC)
    return {c.value: c.incident_date for c in extract(ArticleInput(text=text, published_at=published)).claims}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rescue teams pulled a girl alive from a collapsed school on Friday, two days after the quake "
            "struck the valley.",
            date(2026, 3, 4),
        ),
        (
            "Relatives laid flowers at the station on Friday, a week after the train crash that killed 11 people.",
            date(2026, 2, 27),
        ),
        (
            "Divers found the last body on Thursday, three days after the ferry capsized in the estuary.",
            date(2026, 3, 2),
        ),
    ],
)
def test_days_or_weeks_after_the_incident_count_back_from_the_sentences_date(text: str, day: date) -> None:
    assert _incident_date(text) == day


def test_a_count_after_the_phrase_dates_the_claims_it_tells() -> None:
    text = "Crews reopened the mountain road on Friday, four days after a landslide killed 17 people in the pass."
    assert _dates(text)[17] == date(2026, 3, 2)


def test_a_sentences_own_incident_keeps_its_day_beside_the_day_before_of_another() -> None:
    text = (
        "Police said three people were shot late Thursday outside a bar in the capital, a day after a gunman "
        "killed six people at a school there."
    )
    assert _incident_date(text) == date(2026, 3, 5)
    assert _dates(text) == {3: date(2026, 3, 5), 6: date(2026, 3, 4)}


def test_a_date_the_incidents_words_give_is_not_counted_back() -> None:
    text = "The injured firefighter will stay in hospital until Monday, a week after he was hurt in a blaze on Tuesday."
    assert _incident_date(text) == date(2026, 3, 3)


def test_an_incident_told_before_the_date_keeps_it_beside_a_count_back() -> None:
    text = (
        "A strong aftershock struck the coastal province on Thursday, two weeks after the devastating quake, "
        "killing four people and injuring 90, the disaster agency said."
    )
    assert _incident_date(text) == date(2026, 3, 5)
    assert _dates(text)[4] == date(2026, 3, 5)


def test_a_later_step_between_the_incident_and_the_date_still_dates_the_step() -> None:
    text = "A man charged in the fatal stabbing was arraigned on Friday, two days after the victim was attacked."
    assert _incident_date(text) == date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Divers recovered two more bodies on Friday from the lake where the tour boat capsized a week ago.",
         date(2026, 2, 27)),
        ("The footbridge that collapsed two weeks ago killed nine people, investigators said.", date(2026, 2, 20)),
    ],
)  # fmt: skip
def test_weeks_ago_count_back_from_the_publication(text: str, day: date) -> None:
    assert _incident_date(text) == day


def test_roughly_weeks_ago_gives_no_day() -> None:
    text = "The man was wounded in a shooting outside a bar more than a week ago, police said."
    assert _incident_date(text) is None


def test_a_risen_tolls_day_leaves_the_incident_to_a_day_told_after_it() -> None:
    published = datetime(2026, 3, 8, 9, tzinfo=UTC)  # a Sunday
    text = (
        "The number of victims of the fire at a shopping centre in Izmir increased to 19 on Saturday, after a "
        "firefighter died in hospital.\n\nThe blaze broke out on Wednesday evening on the top floor."
    )
    claims = extract(ArticleInput(text=text, published_at=published)).claims
    assert {c.value: c.incident_date for c in claims}[19] == date(2026, 3, 4)


def test_a_risen_tolls_day_dates_the_incident_when_no_sentence_after_it_does() -> None:
    text = "The death toll from the ferry sinking climbed to 31 on Thursday. Divers are still searching the hull."
    assert _incident_date(text) == date(2026, 3, 5)


def test_a_disaster_that_hit_on_a_day_dates_the_incident() -> None:
    text = (
        "Rescuers are searching for survivors after floods killed at least 40 people in the south. The disaster, "
        "which hit late Tuesday, is the worst the region has seen in decades. Soldiers reached the last cut-off "
        "villages on Thursday."
    )
    assert _incident_date(text) == date(2026, 3, 3)


def test_the_hardest_hit_area_dates_nothing() -> None:
    text = (
        "Floods killed at least 40 people in the south. Police said two more bodies were found overnight in the "
        "hardest hit district. The river burst its banks on Tuesday."
    )
    assert _incident_date(text) is None or _incident_date(text) != date(2026, 3, 6)


@pytest.mark.parametrize(
    "opening",
    ["A day earlier,", "The day before,", "On the previous day,"],
)
def test_a_sentence_opening_on_the_day_before_tells_the_day_before_the_last_sentences_incident(opening: str) -> None:
    text = (
        "A missile struck a market in Sumy on Monday, killing 14 people. "
        f"{opening} a drone attack on Chernihiv wounded nine people."
    )
    claims = extract(ArticleInput(text=text, published_at=datetime(2026, 3, 11, tzinfo=UTC))).claims
    assert {(c.value, c.incident_date) for c in claims} == {(14, date(2026, 3, 9)), (9, date(2026, 3, 8))}


def test_a_sentence_opening_on_the_day_before_with_a_day_of_its_own_keeps_it() -> None:
    text = (
        "A missile struck a market in Sumy on Monday, killing 14 people. "
        "A day earlier, on Saturday, a drone attack on Chernihiv wounded nine people."
    )
    claims = extract(ArticleInput(text=text, published_at=datetime(2026, 3, 11, tzinfo=UTC))).claims
    assert {(c.value, c.incident_date) for c in claims} == {(14, date(2026, 3, 9)), (9, date(2026, 3, 7))}
