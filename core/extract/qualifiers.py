"""Qualifiers and the intervals they imply: 'at least 4' -> [4, None), 'as many as 34' -> (None, 34]."""

from __future__ import annotations

from core.extract.lexicons import load
from core.models import Qualifier

QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], Qualifier], ...] = tuple(
    (tuple(phrase.split()), Qualifier(qualifier)) for phrase, qualifier in load("en").QUALIFIER_PHRASES
)

# Longest phrase first within one last word: "no more than 5" is at most five, not "more than" five.
QUALIFIERS_BY_LAST: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
for _phrase, _qualifier in sorted(QUALIFIER_PHRASES, key=lambda entry: -len(entry[0])):
    QUALIFIERS_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _qualifier))


def bounds(value: int, qualifier: Qualifier, band: tuple[int, int] | None = None) -> tuple[int | None, int | None]:
    """The interval a qualifier implies: 'at least 4' -> (4, None), 'as many as 34' -> (None, 34)."""
    if qualifier is Qualifier.AT_LEAST:
        return value, None
    if qualifier is Qualifier.MORE_THAN:
        return value + 1, None
    if qualifier is Qualifier.UP_TO:
        return None, value
    if qualifier is Qualifier.NEARLY:
        return None, max(value - 1, 0)
    if qualifier is Qualifier.ABOUT:
        spread = max(1, round(value * 0.1))
        return max(value - spread, 0), value + spread
    if qualifier in (Qualifier.VAGUE, Qualifier.RANGE) and band is not None:
        return band
    return value, value
