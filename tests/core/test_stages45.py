"""Grouping (round 45): one event's reports told at different stages of its story stay one event. A look-back
years later laments the years gone by ("five years without justice", "dix ans sans réponse"): that count of years,
back from its publication, names its event's day as "five years after" does, though extraction must not date a
headline's figures by it. Placed nowhere and telling no kind of disaster, its mass toll near the event's names the
event with that day. Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.look_back_signs import back_sign
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report_at


@pytest.mark.parametrize(
    ("title", "months"),
    [
        ("Cinco años sin justicia para las familias del asilo de Valdehondo", 60),
        ("Five years without answers for the families of the quarry blast", 60),
        ("Dix ans sans réponse pour les familles du car de Montrevel", 120),
        ("Dieci anni senza verità sul crollo della scuola di Castelrosso", 120),
        ("Zehn Jahre ohne Urteil: Angehörige der Opfer von Altenbruch warten", 120),
        ("Três anos sem justiça para as vítimas do incêndio da pensão", 36),
        ("Twintig jaar zonder antwoord voor de nabestaanden", 240),
        ("The years without rain have emptied the valley", None),
        ("Man lived forty years without a passport", 480),
        ("Fire in a shelter kills nine girls", None),
    ],
)
def test_a_count_of_years_without_names_its_months(title: str, months: int | None) -> None:
    assert back_sign(title, "") == months


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _shelter_fire() -> list[ArticleFacts]:
    return [
        report_at(
            "fire1",
            "Un incendio en una residencia de menores de Valdehondo mató el miércoles a 17 adolescentes, informaron "
            "los bomberos.",
            _at(2031, 3, 12),
            title="Incendio en una residencia de menores de Valdehondo deja 17 muertas",
            language="es",
        ),
        report_at(
            "fire2",
            "The toll from the fire at a youth shelter in Valdehondo, Spain, has risen to 22, officials said.",
            _at(2031, 3, 13),
            title="Spain youth shelter fire toll rises to 22",
            language="en",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "text", "language", "published"),
    [
        (
            "Cinco años sin justicia por las 22 chicas de la residencia",
            "De las 30 chicas que dormían en el pabellón, 22 murieron. Las familias siguen esperando el juicio.",
            "es",
            _at(2036, 3, 12),
        ),
        (
            "Five years without justice for the 22 girls of the shelter",
            "Of the 30 girls asleep in the hall that night, 22 died. Their families are still waiting for a trial.",
            "en",
            _at(2036, 3, 13),
        ),
        (
            "Cinq ans sans procès pour les 22 jeunes filles du foyer",
            "Sur les 30 adolescentes qui dormaient dans le pavillon, 22 sont mortes. Les familles attendent le procès.",
            "fr",
            _at(2036, 3, 11),
        ),
    ],
)
def test_a_look_back_counting_years_without_joins_the_event_of_that_day(
    title: str, text: str, language: str, published: datetime
) -> None:
    """Placed nowhere, telling no kind of disaster, five years to the day after the fire, the toll it came to."""
    look_back = report_at("anniv", text, published, title=title, language=language)
    held = holders([*_shelter_fire(), look_back])
    assert held["anniv"] == held["fire1"] == held["fire2"]


def test_a_count_of_years_without_naming_other_days_does_not_join() -> None:
    """Four years (not five) after the fire: its sign names another day, a toll near the fire's is chance."""
    look_back = report_at(
        "other",
        "De las 30 chicas que dormían en el pabellón, 22 murieron. Las familias siguen esperando el juicio.",
        _at(2035, 9, 20),
        title="Cinco años sin justicia por las 22 chicas del internado",
        language="es",
    )
    held = holders([*_shelter_fire(), look_back])
    assert held["other"] != held["fire1"]
