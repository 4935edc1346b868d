"""The characters a pattern's match can open on, as a look-ahead in front of it: the same matches, found faster.

A pattern of many alternatives that each open on a word boundary ('\\b(?:no one|nobody) was hurt|\\bthere were no
deaths|...') gives the engine no first character to skip to: at every character of the text it enters each
alternative in turn. A look-ahead for the class of first characters every match opens on ('(?=[nt...])') rejects
most positions in one test. The class is read from the parsed pattern; where it cannot be told (a category such as
'\\w', a negated class, a case-insensitive part, a pattern that may match the empty string) the pattern is left as
it is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

sre: Any = importlib.import_module("re._constants")  # the engine's own parser (`re` has no public one)
sre_parse: Any = importlib.import_module("re._parser")

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # boundaries and look-arounds consume no character
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_MOST_CHARACTERS = 64  # a class larger than this rejects too few positions to pay for its test


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The pattern's first characters cannot be told."""


def _class_members(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MOST_CHARACTERS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negation, a category ('\w', '\s') or a wide range
            raise _Unknown
    return out


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The characters a match of the sequence `items` may open on, and whether it may match the empty string."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return found | {chr(av)}, False
        if op is sre.IN:
            return found | _class_members(av), False
        if op is sre.SUBPATTERN:
            _, add_flags, _, inner = av
            if add_flags & re.IGNORECASE:
                raise _Unknown
            chars, empty = _first(inner.data)
        elif op is sre.BRANCH:
            chars, empty = set(), False
            for alternative in av[1]:
                more, may_be_empty = _first(alternative.data)
                chars |= more
                empty = empty or may_be_empty
        elif op in _REPEATS:
            least, _, inner = av
            chars, empty = _first(inner.data)
            empty = empty or least == 0
        else:  # any character, a back-reference, a conditional group ...
            raise _Unknown
        found |= chars
        if not empty:
            return found, False
    return found, True


def opening_characters(source: str, flags: int = 0) -> str | None:
    """The characters every match of the pattern `source` opens on (sorted), or None when they cannot be told."""
    if _GLOBAL_FLAGS.match(source):
        return None  # '(?i)...': global flags must open the pattern, not the look-ahead's group
    parsed = sre_parse.parse(source, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        chars, empty = _first(parsed.data)
    except _Unknown:
        return None
    if empty or not chars or len(chars) > _MOST_CHARACTERS:
        return None
    return "".join(sorted(chars))


def with_opening_look_ahead(source: str, flags: int = 0) -> str:
    """`source` behind a look-ahead for the characters its matches open on (the same matches), or `source` itself
    when they cannot be told."""
    chars = opening_characters(source, flags)
    if chars is None:
        return source
    return "(?=[" + "".join(re.escape(ch) for ch in chars) + "])(?:" + source + ")"
