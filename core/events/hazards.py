"""The kinds of disaster a report's headline names (lexicon `HAZARD_FAMILIES`): reports whose headlines name
kinds that share no family are two events, however their places and dates agree."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.extract.lexicons import load as load_lexicon

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _families_of_word() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for family, words in load_lexicon("en").HAZARD_FAMILIES.items():
        for word in words:
            out.setdefault(word, set()).add(family)
    return {w: frozenset(f) for w, f in out.items()}


@lru_cache(maxsize=8192)
def headline_hazards(title: str | None) -> frozenset[str]:
    """The families of the disaster words an (English) headline uses; empty when it uses none."""
    if not title:
        return frozenset()
    words = _families_of_word()
    found: set[str] = set()
    for w in _WORD.findall(title.lower()):
        found |= words.get(w, frozenset())
    return frozenset(found)


def hazards_exclude(one: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Does a headline's kind of disaster rule out an event whose headlines name kinds too, none of the same
    family? A side that names no kind excludes nothing."""
    named = [h for h in others if h]
    return bool(one) and bool(named) and not any(one & h for h in named)
