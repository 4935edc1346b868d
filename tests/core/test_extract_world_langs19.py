"""Figures in the reporters' own languages (sentences of our own): number words whose scale comes before its
multiplier (Hausa, Swahili)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _figures(text: str, language: str, metric: str) -> set[tuple[int | None, str]]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {(c.value, c.qualifier.value) for c in claims if c.metric == metric}


@pytest.mark.parametrize(
    ("language", "text", "metric", "figure"),
    [
        # the hundred or thousand first, its multiplier after it: "dari biyu" is 200, "elfu mbili" 2000
        ("ha", "Akalla mutane dari biyu ne suka mutu a harin.", "killed", (200, "at_least")),
        ("ha", "Mutane dari uku da hamsin sun jikkata.", "wounded", (350, "exact")),
        ("ha", "Mutane dubu biyu da dari biyar sun jikkata.", "wounded", (2500, "exact")),
        # ... with no joiner between: "dari da hamsin" is a hundred and fifty
        ("ha", "Mutane dari da hamsin sun mutu.", "killed", (150, "exact")),
        ("sw", "Watu mia mbili wamefariki dunia.", "killed", (200, "exact")),
        ("sw", "Watu elfu mbili mia tano wamejeruhiwa.", "wounded", (2500, "exact")),
        ("sw", "Takriban watu mia moja na hamsini wamefariki.", "killed", (150, "about")),
    ],
)
def test_a_scale_before_its_multiplier(language: str, text: str, metric: str, figure: tuple[int, str]) -> None:
    assert _figures(text, language, metric) == {figure}


def test_one_alone_is_no_swahili_number() -> None:
    # "moja" is a number only after another number word ("mia moja"); "mmoja" is one person
    assert _figures("Mtu mmoja amefariki dunia.", "sw", "killed") == {(1, "exact")}
