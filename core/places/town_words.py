"""A town's word written right before its name in a script without capitals ('مدينة العقبة', 'город Кременчуг').

In Latin script a capital says a word is a name; in Arabic, Persian or Cyrillic running text a small town's name
reads as an everyday word too ('العقبة', Aqaba, is 'the obstacle'), so the script reader keeps a town of a country
the text does not name only when it is big. A word for a town, a city or a port right before the name says it is
a town whatever its size; the words are data (`data/town_words_before.tsv`).
"""

from __future__ import annotations

from functools import cache

from core.places.index import data_lines

# How much text before a name is looked at for its town's word
_LOOK_BACK = 24


@cache
def town_words_before(language: str) -> frozenset[str]:
    """The language's words for a town written before its name (none for most languages)."""
    return frozenset(word for code, word in data_lines("town_words_before.tsv") if code == language)


def after_a_town_word(language: str, sentence: str, start: int) -> bool:
    """Is the word right before `start` one of the language's town words ('في مدينة العقبة': at 'العقبة'), alone
    or with a particle of one letter joined to it ('بمدينة')?"""
    words = town_words_before(language)
    head = sentence[max(0, start - _LOOK_BACK) : start]
    if not words or not head[-1:].isspace():
        return False
    parts = head.split()
    last = parts[-1] if parts else ""
    return last in words or (len(last) > 1 and last[1:] in words)
