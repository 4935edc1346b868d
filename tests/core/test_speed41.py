"""speed41: the non-English place readers run only where their answer is used.

The article's place (`PlaceReader.article_place`) is only for claims whose sentence names no place, and a sentence's
place (`PlaceReader.sentence_place` from `multilingual._field_claims`) only for figures no clause of their own
places. Own sentences; each test checks the claims' places and how often the reader was asked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.extract import extract
from core.extract.world_places import PlaceReader
from core.models import ArticleInput


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """How often each place reader was asked during a test."""
    counts = {"article_place": 0, "sentence_place": 0}
    for name in counts:
        real = getattr(PlaceReader, name)

        def counted(self: PlaceReader, *args: object, _real: object = real, _name: str = name, **kw: object) -> object:
            counts[_name] += 1
            return _real(self, *args, **kw)  # type: ignore[operator]

        monkeypatch.setattr(PlaceReader, name, counted)
    yield counts


def _places(language: str, title: str, text: str) -> list[tuple[str, int, str | None, bool]]:
    result = extract(ArticleInput(text=text, title=title, language=language))
    return [(c.metric, c.value, c.location, c.location_carried) for c in result.claims]


def test_every_claim_placed_by_its_sentence_asks_no_article_place(asked: dict[str, int]) -> None:
    found = _places("es", "Tiroteo en una escuela", "Tres personas murieron en un tiroteo en Sevilla el martes.")
    assert found == [("killed", 3, "Sevilla", False)]
    assert asked["article_place"] == 0


def test_a_claim_without_a_place_of_its_own_takes_the_articles(asked: dict[str, int]) -> None:
    found = _places(
        "fr",
        "Explosion à Lyon",
        "Une explosion a fait deux morts. Selon les pompiers, huit personnes ont été blessées.",
    )
    assert found == [("killed", 2, "Lyon", True), ("wounded", 8, "Lyon", True)]
    assert asked["article_place"] == 1


def test_figures_placed_by_their_clauses_ask_no_sentence_place(asked: dict[str, int]) -> None:
    found = _places("de", "Unwetter", "In Hamburg wurden zwei Menschen verletzt, in Köln starben drei.")
    assert found == [("wounded", 2, "Hamburg", False), ("killed", 3, "Köln", False)]
    assert asked["sentence_place"] == 2  # once for each clause (`clause_places`), never for the whole sentence


def test_a_sentence_binding_no_figure_asks_no_sentence_place(asked: dict[str, int]) -> None:
    found = _places("es", "Juicio", "El juicio por las muertes de 2019 en Toledo empezó ayer.")  # a year, no count
    assert found == []
    assert asked["sentence_place"] == 0


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "es",
            "Incendio en Valencia",
            "Un incendio en un edificio de Valencia dejó cinco muertos el lunes."
            " Otras doce personas resultaron heridas.",
            [("killed", 5, "Valencia", False), ("wounded", 12, "Valencia", True)],
        ),
        (
            "de",
            "Unfall",
            "Bei einem Busunglück in Bayern sind am Montag vier Menschen ums Leben gekommen.",
            [("killed", 4, "Bayern, Germany", False)],
        ),
    ],
)
def test_places_as_before(
    language: str, title: str, text: str, expected: list[tuple[str, int, str | None, bool]]
) -> None:
    assert _places(language, title, text) == expected
