"""A figure told for the whole country ('landesweit', 'en todo el país', 'dans tout le pays') is the whole event's,
over one city's update, as 'in all' or 'nationwide' in English."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput


def killed(text: str, title: str, language: str) -> int | None:
    main = main_incident_claims(extract(ArticleInput(text=text, title=title, language=language)).claims)
    claim = pick_headline(main, "killed")
    return claim.value if claim else None


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        ("de", "Zahl der Toten in Charkiw steigt auf 14",
         "Nach den russischen Raketenangriffen ist die Zahl der Toten in Charkiw auf 14 gestiegen, teilte der "
         "Gouverneur mit. Landesweit kamen mindestens 25 Menschen ums Leben.", 25),
        ("es", "Sube a 14 el número de muertos en Járkov",
         "El número de muertos en Járkov por los ataques rusos subió a 14, informó el gobernador. En todo el país "
         "murieron al menos 25 personas.", 25),
        ("fr", "Le bilan s'alourdit à 14 morts à Kharkiv",
         "Le bilan des frappes russes à Kharkiv s'est alourdi à 14 morts, selon le gouverneur. Dans tout le pays, "
         "au moins 25 personnes ont été tuées.", 25),
    ],
)  # fmt: skip
def test_the_whole_country_figure_over_a_city_update(language: str, title: str, text: str, expected: int) -> None:
    assert killed(text, title, language) == expected
