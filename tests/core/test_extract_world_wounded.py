"""Wounded in the reporters' own languages (sentences of our own): people taken to or treated in hospital are
counted wounded, as in English ('hospitalised'); a count of the dead and the wounded together is neither
metric's count; a figure among the wounded ("parmi les blessés", "yaralılardan") is a part of them."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Role


def _claims(text: str, language: str) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "Unas 23 personas fueron hospitalizadas tras la explosión en la fábrica.", 23),
        ("pt", "Vinte pessoas foram hospitalizadas após o desabamento do prédio.", 20),
        ("it", "Dodici persone sono state ricoverate in ospedale dopo lo scontro.", 12),
        ("de", "Nach dem Brand mussten 22 Menschen im Krankenhaus behandelt werden.", 22),
        ("tr", "Patlamanın ardından 14 kişi hastaneye kaldırıldı.", 14),
        ("id", "Sebanyak 30 orang dilarikan ke rumah sakit setelah ledakan itu.", 30),
        ("uk", "Після вибуху ще 12 людей госпіталізовано.", 12),
        ("ja", "衝突で5人が病院に搬送された。", 5),
        ("hi", "धमाके के बाद 12 लोगों को अस्पताल में भर्ती कराया गया।", 12),
    ],
)
def test_people_taken_to_hospital_are_wounded(language: str, text: str, value: int) -> None:
    claims = _claims(text, language)
    assert [(c.metric, c.value, c.role) for c in claims] == [("wounded", value, Role.TOTAL)]


def test_the_wounded_total_stays_the_headline_beside_those_still_in_hospital() -> None:
    claims = _claims("La explosión dejó 3 muertos y 30 heridos. Doce personas siguen hospitalizadas.", "es")
    headline = pick_headline(main_incident_claims(claims), "wounded")
    assert headline is not None and headline.value == 30


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El atentado dejó 57 víctimas entre muertos y heridos."),
        ("pt", "O ataque deixou 40 vítimas entre mortos e feridos."),
        ("it", "L'attentato ha causato 40 vittime tra morti e feriti."),
        ("es", "El tiroteo dejó 23 muertos y heridos en la plaza."),
        ("fr", "L'attentat a fait 57 victimes, morts et blessés confondus."),
        ("fr", "L'attentat a fait 57 morts et blessés."),
        ("de", "Der Anschlag forderte 57 Tote und Verletzte."),
        ("tr", "Saldırıda 57 kişi öldü ya da yaralandı."),
        ("id", "Serangan itu menyebabkan 57 korban tewas dan luka-luka."),
        ("ar", "خلف الهجوم 57 قتيلا وجريحا."),
        ("uk", "Внаслідок атаки 57 людей загинули або були поранені."),
        ("ru", "В результате атаки 57 человек погибли или получили ранения."),
    ],
)
def test_the_dead_and_wounded_together_are_neither_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "total", "part"),
    [
        ("fr", "L'explosion a fait 30 blessés. Parmi les blessés, 6 sont dans un état grave.", 30, 6),
        ("pt", "O acidente deixou 19 feridos. Entre os feridos, 4 estão em estado grave.", 19, 4),
        ("it", "L'incidente ha causato 14 feriti. Tra i feriti, 3 sono gravi.", 14, 3),
        ("de", "Bei dem Unfall wurden 17 Menschen verletzt. Unter den Verletzten sind 4 Kinder.", 17, 4),
        ("id", "Ledakan itu melukai 16 orang. Dari korban luka, 4 orang luka berat.", 16, 4),
        ("uk", "Поранення отримали 18 людей. Серед поранених 5 дітей.", 18, 5),
        ("ru", "Ранения получили 20 человек. Среди раненых 4 ребенка.", 20, 4),
        ("zh", "事故造成15人受伤。伤者中有3人伤势严重。", 15, 3),
        ("hi", "हादसे में 15 लोग घायल हो गए। घायलों में से 4 की हालत गंभीर है।", 15, 4),
        ("tr", "Kazada 21 kişi yaralandı. Yaralılardan 5'inin durumu ağır.", 21, 5),
        ("ko", "이번 사고로 12명이 부상을 입었다. 부상자 가운데 4명은 중상이다.", 12, 4),
    ],
)
def test_a_figure_among_the_wounded_is_a_part_of_them(language: str, text: str, total: int, part: int) -> None:
    claims = _claims(text, language)
    assert [(c.value, c.role) for c in claims if c.metric == "wounded"] == [(total, Role.TOTAL), (part, Role.SUBSET)]


def test_a_figure_among_the_wounded_alone_is_no_total() -> None:
    assert [(c.value, c.role) for c in _claims("Entre los heridos hay 5 menores de edad.", "es")] == [(5, Role.SUBSET)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El incendio causó la muerte de tres personas y heridas a otras 11."),
        ("pt", "O incêndio provocou a morte de 3 pessoas e ferimentos em outras 11."),
        ("fr", "L'incendie a causé la mort de 3 personnes et blessé 11 autres."),
        ("it", "L'incendio ha causato la morte di 3 persone e il ferimento di altre 11."),
    ],
)
def test_the_death_of_some_and_injuries_to_others_are_two_counts(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert {(c.metric, c.value) for c in claims} == {("killed", 3), ("wounded", 11)}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "Bei dem Zusammenstoß erlitten 13 Menschen leichte Verletzungen.", 13),
        ("de", "Mindestens 13 Menschen erlitten Verletzungen, als das Dach einstürzte.", 13),
        ("es", "Nueve personas sufrieron lesiones leves en el choque.", 9),
    ],
)
def test_people_who_suffered_injuries_are_wounded(language: str, text: str, value: int) -> None:
    assert [(c.metric, c.value) for c in _claims(text, language)] == [("wounded", value)]


def test_those_who_succumbed_to_their_injuries_are_dead_not_wounded() -> None:
    text = "Ein Mann erlag später seinen Verletzungen, vier weitere Menschen wurden verletzt."
    assert {(c.metric, c.value) for c in _claims(text, "de")} == {("killed", 1), ("wounded", 4)}
    assert [(c.metric, c.value) for c in _claims("Drei Menschen erlagen ihren Verletzungen.", "de")] == [("killed", 3)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("uk", "Після удару по місту загинули 12 людей. Загалом медичну допомогу надали 150 особам.", 150),
        ("ru", "После взрыва медицинскую помощь оказали 64 жителям.", 64),
        ("ta", "வெள்ளத்தில் 30 பேர் உயிரிழந்தனர். 200க்கும் மேற்பட்டோர் மருத்துவமனையில் சிகிச்சை பெற்று வருகின்றனர்.", 200),
    ],
)
def test_people_given_medical_aid_are_wounded(language: str, text: str, value: int) -> None:
    headline = pick_headline(main_incident_claims(_claims(text, language)), "wounded")
    assert headline is not None and headline.value == value
