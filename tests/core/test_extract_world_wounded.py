"""Wounded in the reporters' own languages (sentences of our own): people taken to or treated in hospital are
counted wounded, as in English ('hospitalised'); a count of the dead and the wounded together is neither
metric's count."""

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
    ],
)
def test_the_dead_and_wounded_together_are_neither_count(language: str, text: str) -> None:
    assert _claims(text, language) == []
