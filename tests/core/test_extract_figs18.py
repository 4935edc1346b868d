"""Phenomena of round 18 (sentences of our own): figures in the reporters' own languages."""

from __future__ import annotations

import pytest
from world_kit import headlines


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Dans la nuit, les sauveteurs ont remonté 41 corps du puits inondé.", ("41", "-")),
        ("fr", "Au total, 9 corps ont été retrouvés et 14 personnes ont été blessées.", ("9", "14")),
        ("es", "Los buzos recuperaron 23 cuerpos del lago tras el naufragio.", ("23", "-")),
    ],
)
def test_bodies_recovered_are_the_dead(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Sept pompiers du corps départemental ont été blessés dans l'incendie.", ("-", "7")),
        ("es", "Once agentes de los cuerpos de seguridad resultaron heridos en los choques.", ("-", "11")),
    ],
)
def test_a_body_noun_counts_only_the_number_right_before_it(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La cifra de fallecidos por el derrumbe del viejo edificio de viviendas en el centro histórico "
               "se elevó este jueves a catorce.", ("14", "-")),
        ("pt", "O número de mortos no desabamento do prédio de cinco andares no centro histórico da cidade "
               "subiu nesta quarta-feira para 14.", ("14", "-")),
    ],
)  # fmt: skip
def test_a_day_word_inside_the_toll_verb(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "隧道坍塌事故死亡人数已升至17人，另有60多人受伤。", ("17", "60:more_than")),
        ("zh", "客车侧翻事故遇难人数升至9人，另有40人受伤。", ("9", "40")),
    ],
)
def test_the_count_noun_of_the_clause_before_heads_no_later_count(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    # "N多人" is more than N; neither the first clause's count noun nor the next count's 多 belongs to the other
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("bg", "При свлачището загинаха 4 души, а до вечерта броят им нарасна до 9.", ("9", "-")),
        ("bg", "В понеделник бяха ранени 6 миньори. В сряда броят им нарасна до 11.", ("-", "11")),
        ("fr", "Quinze passagers ont été blessés dans la collision. Jeudi, leur nombre est passé à 23.", ("-", "23")),
        ("ru", "Сначала сообщалось о 7 погибших, позже их число выросло до 10.", ("10", "-")),
    ],
)  # fmt: skip
def test_their_number_counts_the_kind_named_before(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("hu", "A tűzoltók 140 lakót menekítettek ki a házból, közülük 17 megsérült.", ("-", "17")),
        ("es", "Los bomberos evacuaron a 140 vecinos del edificio, de ellos 17 resultaron heridos.", ("-", "17")),
    ],
)
def test_a_part_of_a_group_of_no_victims_is_the_count_of_its_kind(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert headlines(text, language) == expected


def test_a_part_of_the_dead_stays_a_part() -> None:
    text = "En el incendio murieron 14 personas, entre ellas 5 bomberos que murieron al caer el techo."
    assert headlines(text, "es") == ("14", "-")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Au moins 58 passagers, qui rentraient d'un marché, ont péri quand le car est tombé dans le ravin.",
         ("58:at_least", "-")),
        ("fr", "Quelque 26 fidèles, qui assistaient à une messe, ont été blessés par l'effondrement.",
         ("-", "26:about")),
    ],
)  # fmt: skip
def test_a_relative_clause_between_the_count_and_its_verb(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert headlines(text, language) == expected
