"""The rites pass scans a pattern only where one of its words is told (`core.extract.rites._RITES_BY_WORD`)."""

from __future__ import annotations

from core.extract.rites import _RITES_BY_WORD, dead_counted_by_their_rites


def test_every_rites_pattern_is_gated_by_words_its_own_source_spells() -> None:
    for pattern, words in _RITES_BY_WORD:
        assert words, pattern.pattern
        assert all(word in pattern.pattern.lower() for word in words), (pattern.pattern, words)


def test_a_vigil_for_its_victims_still_counts_them_and_a_vigil_alone_counts_none() -> None:
    told = dead_counted_by_their_rites([], "Hundreds gathered on Friday at a candlelight vigil for the nine victims.")
    assert [(c.metric, c.value) for c in told] == [("killed", 9)]
    assert dead_counted_by_their_rites([], "Hundreds gathered on Friday at a candlelight vigil downtown.") == []
