"""Figures told clause by clause for places of their own (sentences of our own, round 22): each figure takes the
place its clause names, a country when the sentence names two countries, else the sentence's place."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _places(text: str, language: str, title: str | None = None) -> list[tuple[int, str | None]]:
    claims = extract(ArticleInput(text=text, language=language, title=title)).claims
    return [(c.value, c.location) for c in claims if c.field == "text" and c.metric == "killed"]


@pytest.mark.parametrize(
    ("language", "title", "text", "places"),
    [
        ("de", "Hochwasser in Polen und Tschechien",
         "In Polen starben fünf Menschen, in Tschechien kamen zwei ums Leben.", [(5, "Poland"), (2, "Czechia")]),
        ("de", "Hochwasser in Tschechien", "In Prag starben fünf Menschen, in Jeseník kamen zwei ums Leben.",
         [(5, "Prague"), (2, "Jeseník, Czechia")]),
        ("es", "Inundaciones en Polonia y Chequia",
         "En Polonia murieron cinco personas; en Chequia fallecieron otras dos.", [(5, "Poland"), (2, "Czechia")]),
        # one clause, or clauses that name no second place: the sentence's place for every figure
        ("de", "Hochwasser in Tschechien", "In Jeseník starben fünf Menschen, zwei weitere kamen ums Leben.",
         [(5, "Jeseník, Czechia"), (2, "Jeseník, Czechia")]),
    ],
)  # fmt: skip
def test_each_clause_its_own_place(language: str, title: str | None, text: str, places: list) -> None:
    assert _places(text, language, title) == places
