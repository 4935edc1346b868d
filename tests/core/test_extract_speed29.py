"""Speed changes that must keep every reading as it was (round 28, second wave): each test compares the faster form
with the slower one it replaces, on texts of our own."""

from __future__ import annotations

import pytest

from core.extract import language

# Texts of our own: ASCII words between curly quotes and dashes, accented Latin words, another script, a mix.
_LANGUAGE_SAMPLES = [
    "Two men were shot \u201cat close range\u201d on Friday \u2014 police said \u2018both\u2019 survived.",
    "S\u00e9isme : 12 morts et 40 bless\u00e9s dans le nord du pays, selon les autorit\u00e9s.",
    "\u0422\u0440\u0438 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430 \u043f\u043e\u0433\u0438\u0431\u043b\u0438",
    "Caf\u00e9 owner \u0416 said 3 were hurt \u2026",
    "12 \u00d7 4 \u00a9 2024 \u2022",
    "",
]


@pytest.mark.parametrize("text", _LANGUAGE_SAMPLES)
def test_words_all_in_ascii_are_latin_as_each_word_read_says(text: str) -> None:
    """`detect_language` calls a sample Latin at once when its words, joined, are ASCII; the per-word reading (an
    ASCII word, or a word of Latin letters, for half of the letters) says the same then."""
    words = language._WORD.findall(text)
    letters = sum(map(len, words))
    per_word = 2 * sum(len(w) for w in words if w.isascii() or language._latin(w)) >= letters
    if "".join(words).isascii():
        assert per_word


def test_an_english_text_with_curly_quotes_and_dashes_is_english() -> None:
    assert language.detect_language(_LANGUAGE_SAMPLES[0] * 3) == "en"
