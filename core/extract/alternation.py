"""One regex alternation of a word list, as every lexicon-driven pattern builds it."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, loose_spaces: bool = False) -> str:
    """The words as `a|b|c`, escaped, longest first, so that a phrase wins over a word it begins with ('shot dead'
    before 'shot'); with `loose_spaces`, a space inside a phrase matches any run of white space (a line break in a
    wrapped paragraph)."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if loose_spaces else "|".join(escaped)
