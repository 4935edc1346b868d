"""Speed (speed37): what a worker's warm-up builds, so that no pool child builds it on its first report in a
language (the stated zeros' and the years-on phrases, the place words of each language)."""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper
from typing import Any

import pytest

from core.extract import warm_up
from core.extract.combine import and_another
from core.extract.latin_towns import _direction_nouns, _province_words_before, _street_before
from core.extract.lexicons import WORLD_LANGUAGES
from core.extract.look_back import years_on
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
