"""A vague quantity ('decenas de miles', 'des dizaines de milliers') is never added to a count beside it: "en los dos
países y decenas de miles de heridos" had made 10,002 injured, a figure no one gave. Counts of people joined by
'and' and a toll's shares by place are still summed."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput, Qualifier


def _totals(text: str, language: str, metric: str) -> list[tuple[int, Qualifier]]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return [(c.value, c.qualifier) for c in claims if c.metric == metric and c.role.value == "total"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El sismo dejó más de 40.000 muertos en los dos países y decenas de miles de heridos."),
        ("es", "La tormenta azotó las tres provincias y cientos de personas resultaron heridas."),
        ("fr", "Le séisme a fait 3 000 morts dans les deux pays et des dizaines de milliers de blessés."),
        ("it", "Il terremoto ha causato 900 morti nelle due regioni e decine di migliaia di feriti."),
        ("pt", "O sismo deixou 700 mortos nos dois países e dezenas de milhares de feridos."),
    ],
)
def test_a_vague_count_of_the_injured_is_not_added_to_a_count_before_it(language: str, text: str) -> None:
    wounded = _totals(text, language, "wounded")
    assert wounded, text
    assert all(qualifier is Qualifier.VAGUE for _, qualifier in wounded), wounded
    assert all(value % 10 == 0 for value, _ in wounded), wounded  # 10,000 or 100, never 10,002 or 103


@pytest.mark.parametrize(
    ("language", "text", "metric", "value"),
    [
        ("es", "Veinte soldados y cinco civiles murieron en el ataque.", "killed", 25),
        ("es", "Hubo 36 muertos en la India, 12 en China y 4 en Bangladesh.", "killed", 52),
        ("fr", "Trois policiers et deux passants ont été blessés.", "wounded", 5),
    ],
)
def test_counts_of_people_and_shares_are_still_summed(language: str, text: str, metric: str, value: int) -> None:
    assert (value, Qualifier.EXACT) in _totals(text, language, metric)
