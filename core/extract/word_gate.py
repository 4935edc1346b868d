"""A pattern with the words its matches hold: tried only on a text that holds one of them.

A keyword pattern that opens with `\\b` gives the engine no literal to skip ahead on, so it is tried at every
word start of every sentence it reads, though few sentences hold any of its words. When each match of the
pattern holds one of a few words (as written in the text the pattern reads: lower-case words for a lower-case
pattern run on lower-cased text), `str.find` for those words (a C loop each) turns most sentences away first.
The words are ones the pattern itself spells in every match, so the answers are the pattern's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

from core.extract.ascii_twin import AsciiTwin


def holds_any_word(string: str, words: tuple[str, ...], pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Does string[pos:endpos] hold one of `words` (none of them empty)? The same answer as a `str.find` for each
    word within the bounds, read by one slice and a C loop over the words (no Python step per word)."""
    return any(map(string[pos:endpos].__contains__, words))


class WordGated:
    """Use like the pattern it wraps (search, finditer). `words`: every match of `pattern` holds one of them.

    `phrases`: for a pattern that is an alternation of phrases (`\\b(?:a|b|c)\\b`), the phrases; each must hold
    one of `words` (checked here), which may then be fewer than the phrases ('earl' for 'earlier report',
    'early reports', 'earlier estimate')."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str] | AsciiTwin, words: Iterable[str], phrases: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self.words = tuple(words)
        if not self.words or not all(self.words):
            raise ValueError("a gate needs words, none of them empty")
        unheld = [p for p in phrases if not any(w in p for w in self.words)]
        if unheld:
            raise ValueError(f"phrases that hold none of the gate's words {self.words}: {unheld}")

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Does string[pos:endpos] hold one of the words (without which the pattern finds nothing there)?"""
        return holds_any_word(string, self.words, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(string, pos, endpos) if self.may_match(string, pos, endpos) else iter(())
