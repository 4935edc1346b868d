"""Phenomena from the probe sets of round 15 (sentences of our own)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _sources(text: str, language: str = "en", metric: str = "killed") -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric == metric}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heat killed at least 310 pilgrims near the holy sites, Asian diplomats said Monday.", "Asian diplomats"),
        ("Fourteen miners were killed when the shaft flooded, a source said Friday.", "a source"),
        ("The ferry sank and 45 passengers drowned, a police source said on Sunday.", "a police source"),
    ],
)
def test_a_weekday_after_the_verb_is_no_speaker(text: str, expected: str) -> None:
    assert _sources(text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Ifølge politiet døde 7 mennesker i ulykken på motorvejen.", "politiet (police)"),
        ("sv", "Enligt polisen omkom 3 personer när bussen välte.", "polisen (police)"),
        ("sv", "Minst 6 personer har dött i skogsbranden, uppger den spanska räddningstjänsten.",
         "spanska räddningstjänsten (fire service)"),
        ("da", "Mindst 9 personer er omkommet i oversvømmelserne, oplyser de lokale myndigheder.",
         "lokale myndigheder (authorities)"),
    ],
)  # fmt: skip
def test_a_source_in_a_verb_second_language(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == {expected}


def test_a_place_inside_the_clause_is_no_speaker_in_swedish() -> None:
    text = "Minst 4 personer har dött i branden norr om Göteborg, uppger den lokala räddningstjänsten."
    assert _sources(text, "sv") == {"lokala räddningstjänsten (fire service)"}


def _headline(text: str, language: str) -> dict[str, int | None]:
    from core.headline import main_incident_claims, pick_headline

    claims = main_incident_claims(extract(ArticleInput(text=text, language=language)).claims)
    return {m: (c.value if (c := pick_headline(claims, m)) is not None else None) for m in ("killed", "wounded")}


@pytest.mark.parametrize(
    "text",
    [
        "La cifra de fallecidos en el accidente del autobús subió a 17 después de que cuatro heridos murieran.",
        "El balance de muertos llegó a 9 luego de que dos heridos fallecieran durante la noche.",
    ],
)
def test_spanish_injured_who_died_in_the_subjunctive_are_no_injured_figure(text: str) -> None:
    assert _headline(text, "es")["wounded"] is None


@pytest.mark.parametrize(
    "text",
    [
        "O número de mortos no incêndio de uma boate no centro histórico de Salvador, na madrugada de domingo, "
        "subiu para 14.",
        "O número de mortos na queda de um ônibus de turismo com quarenta passageiros numa ribanceira da serra "
        "subiu para 23.",
        "O número de mortos na explosão de uma fábrica subiu nesta terça-feira para 11.",
    ],
)
def test_a_number_in_the_phrase_of_a_count_noun_is_no_count(text: str) -> None:
    values = {c.value for c in extract(ArticleInput(text=text, language="pt")).claims if c.metric == "killed"}
    assert values == {int(text.rstrip(".").rsplit(maxsplit=1)[-1])}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two hikers were found dead near the summit. A third died later at the regional hospital.", 3),
        ("Three miners died in the first blast and a fourth died overnight.", 4),
    ],
)
def test_an_ordinal_without_a_noun_is_one_more_person(text: str, killed: int) -> None:
    assert _headline(text, "en")["killed"] == killed


def test_an_ordinal_with_a_plural_verb_is_a_fraction() -> None:
    text = "The ferry carried 90 passengers and a third were hurt when it hit the pier."
    assert _headline(text, "en")["wounded"] is None


def test_two_home_regions_joined_by_and_are_no_pair_of_victims() -> None:
    text = "Eleven workers from Bihar and Jharkhand died when the scaffolding gave way."
    assert {c.value for c in extract(ArticleInput(text=text, language="en")).claims if c.metric == "killed"} == {11}


def test_german_einer_standing_for_one_person_counts() -> None:
    text = "Drei Bergsteiger wurden von der Lawine erfasst und verletzt. Einer starb am Abend in der Klinik."
    assert _headline(text, "de")["killed"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "شمار جان‌باختگان سیل به ۲۰۱۰ تن رسید.",
        "تعداد کشته‌شدگان این حادثه به ۲۰۴۰ نفر رسید.",
    ],
)
def test_a_persian_year_shaped_count_before_a_counter_of_people(text: str) -> None:
    (claim,) = [c for c in extract(ArticleInput(text=text, language="fa")).claims if c.metric == "killed"]
    assert claim.value in (2010, 2040)
