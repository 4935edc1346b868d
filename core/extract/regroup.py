"""A pattern's word alternation regrouped by first letter, for asking only whether it matches.

`\\b(?:shot|shoot(?:ing)?|killed|...)\\b` makes the engine try each of its alternatives at every word start it
scans. Regrouped as `\\b(?:s(?:hot|hoot(?:ing)?)|k(?:illed)|...)\\b`, it tries one alternative per first letter and
goes on only into the group of the letter it reads. Each alternative is kept whole under its letter, so the
regrouped pattern matches at a position exactly when the original does there; only which alternative is reported
first may differ, so use it for whether (and where) a match begins, not for what it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUANTIFIERS = "?*+{"


def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of `source` from `start` that is neither escaped nor inside a character class, with its index
    and the group depth after it: '(' opens, ')' closes (a ']' right after a class opens is a member)."""
    depth = 0
    in_class = False
    i = start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if source.startswith("[^]", i) or source.startswith("[]", i):
                i += 3 if source[i + 1] == "^" else 2
                continue
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _group_end(source: str, opened: int) -> int:
    """The index of the ')' closing the group opened at source[opened]."""
    for i, ch, depth in _structure(source, opened):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unclosed group at {opened}: {source!r}")


def top_level_alternatives(body: str) -> list[str]:
    """`body` split at each '|' outside any group or character class."""
    bars = [i for i, ch, depth in _structure(body) if ch == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(body)], strict=True)]


def _regrouped_body(alternatives: list[str]) -> str:
    """The alternatives that open on a plain ASCII letter (not quantified) grouped under it, in their order; the
    others (a group, a look-behind, an escape) kept whole after them."""
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in alternatives:
        opens_on_a_letter = alt[:1].isascii() and alt[:1].isalpha()
        if opens_on_a_letter and (len(alt) == 1 or alt[1] not in _QUANTIFIERS):
            by_letter.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    groups = [letter + "(?:" + "|".join(rests) + ")" for letter, rests in by_letter.items()]
    return "|".join(groups + others)


def regrouped_by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with the alternatives of its first non-capturing group `(?:...)` regrouped by first letter
    (see the module's doc): it matches at the same positions, with the same flags."""
    source = pattern.pattern
    opened = source.find("(?:")
    if opened < 0:
        raise ValueError(f"no (?:...) group to regroup: {source!r}")
    closed = _group_end(source, opened)
    body = _regrouped_body(top_level_alternatives(source[opened + 3 : closed]))
    return re.compile(source[: opened + 3] + body + source[closed:], pattern.flags)
