"""speed41: the non-English place readers run only where their answer is used; the stated zeros' phrases are
searched behind a look-ahead for the characters they open on.

The article's place (`PlaceReader.article_place`) is only for claims whose sentence names no place, and a sentence's
place (`PlaceReader.sentence_place` from `multilingual._field_claims`) only for figures no clause of their own
places. Own sentences; each test checks the claims' places and how often the reader was asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from core.extract import extract, stated_zeros
from core.extract.pattern_starts import opening_characters, with_opening_look_ahead
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


# -- the stated zeros' phrases behind a look-ahead for their first characters (`core.extract.pattern_starts`) --------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bno one|\bnobody", "n"),
        (r"\b(?:there were|with) no deaths|\bno (?:other )?injuries", "ntw"),
        (r"(?:a|b)?c", "abc"),
        (r"(?<!\w)[xy]+z", "xy"),
        (r"(?P<z0>\bkein)|(?P<z1>niemand)", "kn"),
        (r"\w+ died", None),  # a category
        (r"[^a]bc", None),  # a negated class
        (r"x*", None),  # may match the empty string
        (r"(?i)nobody", None),  # case-insensitive
        (r"(?i:no)body|x", None),
        (r".bc", None),
    ],
)
def test_opening_characters(source: str, expected: str | None) -> None:
    assert opening_characters(source) == expected


def test_a_pattern_whose_openings_cannot_be_told_is_left_as_it_is() -> None:
    assert with_opening_look_ahead(r"\w+ died") == r"\w+ died"
    assert with_opening_look_ahead(r"\bnobody") == r"(?=[n])(?:\bnobody)"


ZERO_SENTENCES = [
    "no one was hurt in the fire, officials said.",
    "the blast caused no deaths or injuries, and nobody else was killed.",
    "there were no casualties. nobody died.",
    "no injuries were immediately reported after the crash in know-how street.",
    "a nobleman said another one was not hurt; no-one was injured.",
    "no hubo heridos en el incendio.",
    "verletzt wurde niemand, es gab keine toten.",
    "aucun blessé n'a été signalé.",
    "пострадавших нет.",
    "the army denied there were any victims; no fans died and there was no loss of life, no passenger was hurt.",
    "",
]


@pytest.mark.parametrize("code", ["en", "es", "de", "fr", "ru", "pt", "it"])
def test_zero_phrases_match_as_without_the_look_ahead(code: str) -> None:
    said = [(kind, p) for kind, p in stated_zeros._table()[code] if kind in ("killed", "wounded", "both")]
    bare = re.compile("|".join(f"(?P<z{i}>{p})" for i, (_, p) in enumerate(said)))
    fast = stated_zeros.phrases(code)
    assert fast is not None and fast.pattern.pattern.startswith("(?=[")
    for text in [*ZERO_SENTENCES, " ".join(ZERO_SENTENCES)]:
        # rows of one harm in a row are one group of the fast pattern: compare the harms the groups say
        assert [(m.span(), fast.harms[int(str(m.lastgroup)[1:])]) for m in fast.pattern.finditer(text)] == [
            (m.span(), stated_zeros._HARMS[said[int(str(m.lastgroup)[1:])][0]]) for m in bare.finditer(text)
        ]


def test_english_zeros_read_as_before() -> None:
    result = extract(ArticleInput(text="A fire broke out in a warehouse in Leeds on Monday. No one was hurt."))
    assert [(c.metric, c.value) for c in result.claims] == [("wounded", 0)]
