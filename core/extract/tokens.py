"""Word/number/punctuation tokens with offsets into the (normalised) source text."""

from __future__ import annotations

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
