"""Tables built once per language are cached for every language: with more languages than an lru_cache's 64
entries, a worker meeting all of them would evict and rebuild a language's compiled lexicon on every report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.extract.combine import and_another
from core.extract.language import _number_words, _qualifier_words
from core.extract.latin_town_tables import _direction_nouns, _person_titles, _province_words_before, _street_before
from core.extract.lexicons import WORLD_LANGUAGES
from core.extract.name_forms import _locative_endings, _stem_vowels
from core.extract.place_words import compound_adjectives
from core.extract.script_places import _common_words, _county_words, _joined_endings
from core.extract.survivors import _aboard_patterns
from core.extract.world_language import language

_PER_LANGUAGE: list[Callable[[str], Any]] = [
    and_another, _number_words, _qualifier_words, _direction_nouns, _locative_endings, _person_titles,
    _province_words_before, _stem_vowels, _street_before, compound_adjectives, _common_words, _county_words,
    _joined_endings, _aboard_patterns, language,
]  # fmt: skip


def test_there_are_more_languages_than_a_default_sized_cache_holds() -> None:
    assert len(WORLD_LANGUAGES) + 1 > 64


@pytest.mark.parametrize("table", _PER_LANGUAGE, ids=lambda t: t.__name__)
def test_a_second_round_over_every_language_builds_nothing(table: Any) -> None:
    codes = ["en", *sorted(WORLD_LANGUAGES)]
    for code in codes:
        table(code)
    built = table.cache_info().misses
    for code in codes:
        table(code)
    assert table.cache_info().misses == built
