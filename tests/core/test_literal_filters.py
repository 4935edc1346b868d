"""The location filter is literal: glob characters are plain text, and a name of punctuation alone matches
nothing (it once folded to "" and matched every event)."""

from __future__ import annotations

import pytest

from core.reconcile import matches_filters
from tests.core.test_reconcile import report, view_of


@pytest.fixture(scope="module")
def view():  # type: ignore[no-untyped-def]
    return view_of(report("a", 2, place="San Antonio"), report("b", 2, place="San Antonio"))


@pytest.mark.parametrize("query", ["San Antonio", "san antonio", "SAN-ANTONIO", "Antonio", "San Antonio!"])
def test_the_place_or_a_whole_word_of_it_matches(view, query) -> None:
    assert matches_filters(view, location=query)


@pytest.mark.parametrize("query", ["*", "?", "[", "[*]", "", "   ", "%", "Sa*", "Sa?", "[S]an", "Anton", "S"])
def test_wildcards_punctuation_and_partial_words_match_nothing(view, query) -> None:
    assert not matches_filters(view, location=query)


def test_a_star_is_punctuation_not_a_wildcard() -> None:
    # "San*" reads as the word "San" (punctuation separates words); it does not reach "Santa Fe".
    santa_fe = view_of(report("c", 1, place="Santa Fe"), report("d", 1, place="Santa Fe"))
    assert not matches_filters(santa_fe, location="San*")
    assert matches_filters(santa_fe, location="Santa Fe")
