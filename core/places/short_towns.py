"""Towns whose names have three letters ('Owo', 'Gao', 'Jos', 'Aba', 'Ife', 'Ede', 'Ath').

A name so short is, far more often than a town, an abbreviation ('Sen', 'Gov'), a first name ('Ali', 'Ana') or a
word of another language; the Latin-script town reader therefore skips it. Such a town is read only where the
text leaves no doubt: right after one of the language's locative words (the reader checks that), written as a
name (a capital, then small letters), and as a town of a country the text names or the language is written in.
Of the towns of that name in those countries, the most populous is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.places.index import Place, fold, gazetteer

# Names of exactly this many letters are the short ones; shorter ones ('Ua', 'Ba') are never read as towns
SHORT_NAME = 3


def written_as_a_name(name: str) -> bool:
    """'Owo', 'Gao', 'Ifẹ': a capital then small letters, no digit, no stop ('USA', 'Sgt', 'Dr.' are not)."""
    return len(name) == SHORT_NAME and name[0].isupper() and name[1:].islower() and name.isalpha()


@lru_cache(maxsize=2048)
def _towns_called(folded: str) -> tuple[Place, ...]:
    return tuple(p for p in gazetteer().lookup(folded) if p.kind == "city" and fold(p.name) == folded)


def short_town(name: str, countries: Iterable[str]) -> Place | None:
    """The town of a three-letter name in one of `countries` (the most populous), or None."""
    if not written_as_a_name(name):
        return None
    wanted = set(countries)
    towns = [p for p in _towns_called(fold(name)) if p.country in wanted]
    return max(towns, key=lambda p: p.population, default=None)


# "Owo, Ondo State", "Gao, Mali": a short name, a comma, then a region or a country of one or two words
_ANCHOR_AFTER = r",[ \t]+([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)"


def anchored_short_town(name: str, text: str) -> str | None:
    """A three-letter town as the text writes it with its region or country after a comma ('in Owo, Ondo State',
    'Gao, Mali'): the name and its anchor as one place to resolve ("Owo, Ondo State"), or None when the text never
    writes it so. The anchor is what makes so short a name sure; the caller resolves the pair."""
    if not written_as_a_name(name):
        return None
    m = re.search(rf"(?<![\w'’-]){re.escape(name)}{_ANCHOR_AFTER}", text)
    return f"{name}, {m.group(1)}" if m is not None else None
