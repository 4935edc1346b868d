"""Word/number/punctuation tokens with offsets into the (normalised) source text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

from core.extract.ascii_twin import compile_twin

_TOKEN = compile_twin(
    r"[A-Za-z\u00c0-\u024f][\w'\u00c0-\u024f]*(?:-[\w\u00c0-\u024f]+)*"  # words, hyphenated compounds
    r"|\d+-(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)s?-[Oo]ld"  # ages: "23-year-old", "11-Year-Old"
    r"|\d+(?:[.,:]\d+)*\+?"  # numbers: "1,165", "500.000+", "9:30"
    r"|[^\s\w]"  # punctuation
)


class Token(NamedTuple):
    """A token; a tuple rather than a dataclass because tokenizing is the extractor's inner loop."""

    start: int  # offset in the field text
    end: int
    text: str  # as written
    low: str  # lower-cased
    is_capitalised: bool
    is_digits: bool


# What `Token(...)` runs, without the generated `__new__`'s extra Python frame per token (a quarter of the time).
_new_tuple = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end], offsets relative to the whole of `text`."""
    tokens = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        first = word[0]
        tokens.append(_new_tuple(Token, (m.start(), m.end(), word, word.lower(), first.isupper(), first.isdigit())))
    return tokens


_LOW = itemgetter(Token._fields.index("low"))


def word_set(tokens: Iterable[Token]) -> set[str]:
    """The tokens' lower-cased words as a set, read in C (no Python step per token)."""
    return set(map(_LOW, tokens))


_START = itemgetter(Token._fields.index("start"))


def index_at(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the token that starts at offset `start`, else None. A tokenised span's token starts rise
    strictly, so a binary search finds the one token a scan of them from the first would."""
    k = bisect_left(tokens, start, key=_START)
    return k if k < len(tokens) and tokens[k].start == start else None


def index_from(tokens: Sequence[Token], start: int) -> int:
    """The index of the first token that starts at or after offset `start` (len(tokens) when none does), found by a
    binary search over the rising token starts."""
    return bisect_left(tokens, start, key=_START)
