"""Speed (speed38): the places index's small tables (demonyms, exonyms) read whole once instead of one query per
word asked, the index opened as the immutable file it is, and the place resolver's first-use tables built by the
warm-up."""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper
from typing import Any

import pytest

from core.extract import extract, warm_up
from core.extract.attribution import _NAME_ROLE, _patterns, _said_after_a_comma, attribution_in
from core.extract.latin_town_tables import _bank_words
from core.models import ArticleInput
from core.places.index import gazetteer
from core.places.location import (
    _city_quarters,
    _country_phrases,
    _county_populations,
    _quarter_endings,
    _regions,
    resolve_location,
    unlisted_places,
)
from core.places.not_places import _name_heads

_FIRST_USE_TABLES: list[Callable[[], Any]] = [
    _country_phrases,
    _county_populations,
    _city_quarters,
    _quarter_endings,
    unlisted_places,
    _regions,
    _name_heads,
    _bank_words,
]


@pytest.mark.parametrize("table", _FIRST_USE_TABLES, ids=lambda t: t.__name__)
def test_warm_up_builds_the_resolvers_tables(table: _lru_cache_wrapper[Any]) -> None:
    warm_up()
    built = table.cache_info().misses
    table()
    assert table.cache_info().misses == built


def _queried_demonym(folded: str) -> str | None:
    rows = gazetteer()._query("SELECT country FROM demonym WHERE folded = ?", (folded,))
    return str(rows[0][0]) if rows else None


def _queried_exonym_keys(folded: str) -> frozenset[str]:
    rows = gazetteer()._query("SELECT p.key FROM exonym e JOIN place p ON p.id = e.place WHERE e.folded = ?", (folded,))
    return frozenset(str(r[0]) for r in rows)


@pytest.mark.parametrize("word", ["kenyan", "afghan", "french", "kenyans", "mombasa", "police", "", "zzq"])
def test_a_demonym_read_from_the_whole_table_is_the_one_a_query_gives(word: str) -> None:
    assert gazetteer().demonym(word) == _queried_demonym(word)


@pytest.mark.parametrize("name", ["kiev", "bombay", "peking", "canton", "nairobi", "police", "", "zzq"])
def test_an_exonym_read_from_the_whole_table_is_the_one_a_query_gives(name: str) -> None:
    assert gazetteer().exonym_keys(name) == _queried_exonym_keys(name)


def test_every_demonym_and_exonym_of_the_index_is_read() -> None:
    demonyms = gazetteer()._query("SELECT folded, country FROM demonym")
    assert demonyms and all(gazetteer().demonym(str(f)) == str(c) for f, c in demonyms)
    exonyms = {str(f) for (f,) in gazetteer()._query("SELECT folded FROM exonym")}
    assert exonyms and all(gazetteer().exonym_keys(f) == _queried_exonym_keys(f) for f in sorted(exonyms)[:300])


def test_an_old_name_still_resolves_to_its_place() -> None:
    assert resolve_location("Kiev").label == "Kyiv, UA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed in Kiev on Monday, officials said.", ("killed", 2, "Kiev", "people")),
        ("A Kenyan man was shot dead in Mombasa on Friday, police said.", ("killed", 1, "Mombasa", "man")),
        ("Three Afghan soldiers were wounded in an ambush near Kandahar.", ("wounded", 3, "Kandahar", "soldiers")),
    ],
)
def test_places_beside_a_demonym_or_an_old_name_are_read_as_before(
    text: str, expected: tuple[str, int, str, str]
) -> None:
    claims = extract(ArticleInput(text=text)).claims
    assert [(c.metric, c.value, c.location, c.subject) for c in claims] == [expected]


_OWN_SOURCES = [
    ("Two men died, Ana Ruiz, the county coroner, said on Monday.", "Ana Ruiz, the county coroner"),
    ("Ana Ruiz, the county coroner, said two men died.", "Ana Ruiz, the county coroner"),
    (
        "Bo Diaz, a spokesman for the fire service, told reporters four were hurt.",
        "Bo Diaz, a spokesman for the fire service",
    ),
    ("Ana Ruiz, the county coroner said two men died.", "the county coroner"),
    ("Police said, after a long night, that six were hurt.", "Police"),
]


@pytest.mark.parametrize(("sentence", "source"), _OWN_SOURCES)
def test_a_source_named_with_its_role_is_read_behind_the_comma_gate(sentence: str, source: str) -> None:
    assert (attribution_in(sentence)[0] or "").lower() == source.lower()


@pytest.mark.parametrize(
    "sentence",
    [
        *(s for s, _ in _OWN_SOURCES),
        "Officials, who asked not to be named, said nine were missing.",
        "Ana Ruiz, the mayor, announced, two days later, that 3 had died.",
        "Ana Ruiz, the mayor,\nsaid 3 had died.",
        "Nobody was hurt, Ana Ruiz said.",
        "Ana Ruiz, the mayor, saidnothing.",
    ],
)
def test_the_role_pattern_matches_only_where_a_speech_verb_follows_a_comma(sentence: str) -> None:
    role_pattern = _patterns("en")[0][_NAME_ROLE]
    if _said_after_a_comma("en").search(sentence) is None:
        assert role_pattern.search(sentence) is None
