"""Speed (speed37): what a worker's warm-up builds, so that no pool child builds it on its first report in a
language (the stated zeros' and the years-on phrases, the place words of each language), and the years-on
phrases read only in a headline that holds their key word."""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper
from typing import Any

import pytest

from core.extract import warm_up
from core.extract.clean import safe_lower
from core.extract.combine import and_another
from core.extract.latin_town_tables import _direction_nouns, _province_words_before, _street_before
from core.extract.lexicons import WORLD_LANGUAGES, load
from core.extract.look_back import _first_count, years_on
from core.extract.place_words import compound_adjectives
from core.extract.stated_zeros import phrases

_EVERY_LANGUAGE = ["en", *sorted(WORLD_LANGUAGES)]
_TABLES: list[tuple[Callable[[str], Any], list[str]]] = [
    (phrases, _EVERY_LANGUAGE),
    (years_on, _EVERY_LANGUAGE),
    (and_another, _EVERY_LANGUAGE),
    # the place words of the lexicon-driven languages' place reader (English reads its places otherwise)
    *((table, sorted(WORLD_LANGUAGES)) for table in (compound_adjectives, _province_words_before, _street_before)),
    (_direction_nouns, sorted(WORLD_LANGUAGES)),
]


@pytest.mark.parametrize(("table", "codes"), _TABLES, ids=lambda t: getattr(t, "__name__", ""))
def test_warm_up_builds_every_languages_table(table: _lru_cache_wrapper[Any], codes: list[str]) -> None:
    warm_up()
    built = table.cache_info().misses
    for code in codes:
        table(code)
    assert table.cache_info().misses == built


@pytest.mark.parametrize(
    ("code", "headline", "years"),
    [
        ("en", "Ten years after the dam burst, the valley still counts its losses", 10),
        ("en", "Flood survivors gather 5 years on", 5),
        ("fr", "Il y a 20 ans, le pont s'effondrait", 20),
        ("ja", "ダム決壊から10年", 10),
    ],
)
def test_a_years_on_headline_is_still_read_behind_its_key_word(code: str, headline: str, years: int) -> None:
    spec = years_on(code)
    assert spec is not None
    found = _first_count(spec, headline)
    assert found is not None and found[1] == years


def _templates(code: str) -> list[str]:
    return list(getattr(load(code), "YEARS_ON", ()))


@pytest.mark.parametrize("code", ["en", *sorted(WORLD_LANGUAGES)])
def test_every_years_on_phrase_holds_its_key_word(code: str) -> None:
    """A phrase's count written in figures ('{n}' as 12) is found behind the gate in every language (a phrase
    written without a count, cs 'rok po', counts one year)."""
    spec = years_on(code)
    for template, key in zip(_templates(code), spec.keys if spec else (), strict=True):
        written = template.replace("{n}", "12")
        assert key in safe_lower(written)
        found = _first_count(spec, f"{written} ") if spec else None
        assert found is not None and found[1] == (12 if "{n}" in template else 1), template
