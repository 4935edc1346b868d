"""Reports in other languages carry their incident's day: a day of the week counted back from the publication,
not the day a toll was told or counted. All sentences are written for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput

PUBLISHED = datetime(2024, 3, 6, 12, 0)  # a Wednesday
MONDAY = date(2024, 3, 4)


def _dates(language: str, title: str, text: str) -> set[date | None]:
    claims = extract(ArticleInput(title=title, text=text, published_at=PUBLISHED, language=language)).claims
    return {c.incident_date for c in claims if c.metric == "killed"}


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("de", "Explosion in Fabrik: Zwölf Tote", "Bei einer Explosion in einer Fabrik in Ludwigshafen sind am Montag "
         "zwölf Menschen ums Leben gekommen, teilte die Polizei mit."),
        ("fr", "Explosion dans une usine : douze morts", "Douze personnes ont été tuées lundi dans l'explosion d'une "
         "usine chimique à Lyon, a annoncé la préfecture."),
        ("es", "Explosión en una fábrica: doce muertos", "Doce personas murieron el lunes en la explosión de una "
         "fábrica química en Valencia, informó la policía."),
        ("ar", "انفجار في مصنع يقتل 12 شخصا", "قتل 12 شخصا يوم الاثنين في انفجار بمصنع للكيماويات "
         "في مدينة حلب، بحسب الشرطة."),
        ("tr", "Fabrikada patlama: 12 ölü", "İzmir'de bir kimya fabrikasında pazartesi günü meydana gelen patlamada 12 "
         "kişi hayatını kaybetti."),
        ("id", "Ledakan pabrik tewaskan 12 orang", "Sebanyak 12 orang tewas dalam ledakan di sebuah pabrik kimia di "
         "Surabaya pada Senin, kata polisi."),
    ],
)  # fmt: skip
def test_a_day_of_the_week_dates_a_toll_in_every_language(language: str, title: str, text: str) -> None:
    assert _dates(language, title, text) == {MONDAY}


def test_a_day_in_the_counts_sentence_yields_to_the_incidents_day_before_it() -> None:
    text = ("Die Zahl der Toten nach der Explosion in einer Chemiefabrik in Ludwigshafen ist am Mittwoch auf zwölf "
            "gestiegen. Die Explosion hatte sich am Montag ereignet.")  # fmt: skip
    assert _dates("de", "Zahl der Toten steigt auf zwölf", text) == {MONDAY}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Zwölf Menschen sind bei der Explosion in einer Chemiefabrik in Ludwigshafen ums Leben gekommen, sagte "
         "ein Polizeisprecher am Dienstag. Das Unglück ereignete sich am Montagabend."),
        ("ar", "قالت الشرطة يوم الثلاثاء إن 12 شخصا قتلوا في انفجار بمصنع للكيماويات في حلب. "
         "ووقع الانفجار مساء الاثنين."),
    ],
)  # fmt: skip
def test_the_day_a_speaker_told_the_toll_yields_to_the_incidents_day(language: str, text: str) -> None:
    assert _dates(language, "12", text) == {MONDAY}


def test_the_day_a_speaker_told_the_toll_dates_it_when_the_text_gives_no_other() -> None:
    text = "El número de fallecidos por los incendios en la región subió a 51, informó el ministro el martes."
    assert _dates("es", "Incendios: 51 muertos", text) == {date(2024, 3, 5)}


@pytest.mark.parametrize(
    ("language", "text", "incident"),
    [
        # the day a bulletin was made public is the day the figure was told
        ("fr", "Le cyclone a fait au moins 412 morts, selon un nouveau bilan officiel publié jeudi.", None),
        # the time before the verb: "the committee said on the 16th"
        ("zh", "国家减灾委员会16日说，台风造成的死亡人数已升至412人。", None),
        # a day that is the incident's keeps it
        ("zh", "台风8日造成至少100人死亡。", date(2031, 11, 8)),
    ],
)
def test_the_day_a_toll_was_made_public_is_no_incident_day(language: str, text: str, incident: date | None) -> None:
    claims = extract(ArticleInput(text, None, datetime(2031, 11, 17, 12), language=language)).claims
    assert {c.incident_date for c in claims} == {incident}


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("11月16日，台风造成的死亡人数已升至412人。", date(2031, 11, 16)),  # was 1 January: '1月' inside '11月'
        ("12月6日，台风造成至少100人死亡。", date(2031, 12, 6)),  # was 1 February
        ("1月6日，台风造成至少100人死亡。", date(2031, 1, 6)),
    ],
)
def test_a_numbered_month_of_two_digits_is_that_month(text: str, incident: date) -> None:
    claims = extract(ArticleInput(text, None, datetime(2031, 12, 20, 12), language="zh")).claims
    assert {c.incident_date for c in claims} == {incident}


@pytest.mark.parametrize(
    "text",
    ["Trận lũ quét sáng 10/9 đã làm 30 người chết.", "Vụ cháy rạng sáng 10/9 khiến 30 người chết."],
)
def test_a_part_of_the_day_before_a_day_and_month_in_figures_dates_the_incident(text: str) -> None:
    """Vietnamese 'sáng 10/9' (the morning of 10 September) dates the incident as 'ngày 10/9' does."""
    claims = extract(ArticleInput(text, None, datetime(2031, 9, 12, 2), language="vi")).claims
    assert {c.incident_date for c in claims} == {date(2031, 9, 10)}
