"""Round 37 (dates38): numbers that belong to dates are no counts, on sentences written for these tests.

- A date in figures joined by slashes ('07/12/2024', '7/12', '9/11') is no count in any of its parts, as a
  dash-joined one ('2024-02-11') already was: 'on 07/12/2024 killed 7' killed 7, not 2024.
- A Chinese or Japanese anniversary ('十周年', '10周年', tenth anniversary) is no count of the dead.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput

_PUBLISHED = datetime(2024, 3, 14, 10)


def _killed(text: str, language: str, title: str | None = None) -> set[int]:
    claims = extract(ArticleInput(text=text, title=title, published_at=_PUBLISHED, language=language)).claims
    return {c.value for c in claims if c.metric == "killed"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A gunman on 07/12/2024 killed 7 people at a mall in Brandon.", {7}),
        ("en", "A fire on 3/2/2024 killed 5 workers at a sawmill near Elkford.", {5}),
        ("en", "On 7/12 a bus crash killed 9 people near Harwick.", {9}),
        ("en", "A landslide on 2024-02-11 killed 6 villagers in Tolvan.", {6}),
        ("fr", "L'explosion du 12/02/2024 a tué 4 ouvriers à Saint-Ambrin.", {4}),
        ("es", "El incendio del 12/02/2024 mató a 8 personas en Valdelobos.", {8}),
    ],
)
def test_a_date_in_figures_is_no_count(language: str, text: str, expected: set[int]) -> None:
    assert _killed(text, language) == expected


def test_a_slashed_date_before_the_figures_reads_no_shot_count() -> None:
    claims = extract(
        ArticleInput(text="Shooting 3/2/2024: 5 killed, 2 wounded.", title=None, published_at=_PUBLISHED, language="en")
    ).claims
    assert {(c.metric, c.value) for c in claims} == {("killed", 5), ("wounded", 2)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "矿难十周年 遇难者家属在山下悼念"),
        ("zh", "大桥垮塌二十周年 遇难者家属献花"),
        ("ja", "炭鉱事故から10周年 遺族が追悼"),
    ],
)
def test_an_anniversary_is_no_count(language: str, text: str) -> None:
    assert 10 not in _killed(text, language) and 20 not in _killed(text, language)


# a Saturday in September: a day and month without a year are of the publication's year, or the one before
_AUTUMN = datetime(2024, 9, 14, 10)


def _killed_dates(text: str, language: str) -> set[object]:
    claims = extract(ArticleInput(text=text, title=None, published_at=_AUTUMN, language=language)).claims
    assert claims
    return {c.incident_date for c in claims if c.metric in ("killed", "wounded")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le 12/07 sept ouvriers sont morts dans l'explosion d'une usine à Saint-Ambrin.", date(2024, 7, 12)),
        ("es", "El 12/07 murieron 6 personas en un incendio en Valdelobos.", date(2024, 7, 12)),
        ("it", "Il 12/07 sono morte 5 persone nel crollo di un palazzo a Castelbruno.", date(2024, 7, 12)),
        ("pt", "No dia 12/07 morreram 4 pessoas num incêndio em Vila Serena.", date(2024, 7, 12)),
        ("de", "Bei einem Brand am 12.07. starben 4 Menschen in Talheim.", date(2024, 7, 12)),
        ("de", "Bei einem Brand am 12.7. starben 4 Menschen in Talheim.", date(2024, 7, 12)),
        # after the publication's day: the year before
        ("es", "El 20/11 murieron 6 personas en un incendio en Valdelobos.", date(2023, 11, 20)),
    ],
)
def test_a_short_date_in_figures_in_the_languages_order(language: str, text: str, expected: date) -> None:
    assert _killed_dates(text, language) == {expected}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres heridos fueron trasladados al Hospital 12 de Octubre tras el choque que dejó 4 muertos."),
        ("es", "Un autobús chocó contra un quiosco en la Avenida 9 de Julio y dejó 4 muertos."),
        ("es", "Un incendio en un bar de la Calle 13 de Septiembre dejó 5 muertos."),
        ("es", "Una explosión en la Plaza 25 de Mayo dejó 2 muertos."),
        ("fr", "Une explosion dans un immeuble de la rue du 8 Mai 1945 a fait 3 morts."),
        ("pt", "Um incêndio numa loja da Rua 25 de Março matou 3 pessoas."),
        # a three-quarters, no date
        ("es", "El 3/4 de los 12 muertos eran mineros."),
    ],
)
def test_a_date_that_names_a_place_dates_nothing(language: str, text: str) -> None:
    assert _killed_dates(text, language) == {None}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "В давке на стадионе погибли 21 человек. Премьер-министр объявил воскресенье днём национального траура.",
        ),
        ("es", "El derrumbe de una mina dejó 9 muertos. El gobierno declaró el domingo día de luto nacional."),
        ("fr", "L'effondrement d'un pont a fait 9 morts. Le président a décrété dimanche journée de deuil national."),
        ("de", "Beim Einsturz einer Brücke starben 9 Menschen. Die Regierung erklärte den Sonntag zum Trauertag."),
    ],
)
def test_a_day_of_mourning_is_not_the_incidents(language: str, text: str) -> None:
    assert _killed_dates(text, language) == {None}


def test_a_weekday_without_mourning_still_dates_the_incident() -> None:
    assert _killed_dates("El domingo un derrumbe dejó 9 muertos en Valdelobos.", "es") == {date(2024, 9, 8)}
