"""The kinds of disaster a report's headline names, in any language with a lexicon (lexicon `HAZARD_FAMILIES`,
one family name per kind shared by every language: quake, water, fire, air, rail, road, ship, attack, crowd,
collapse): reports whose headlines name kinds that share no family are two events, however their places and dates
agree ("Inundaciones en el sur" and "Accidente de autobús en el sur"; "Erdbeben" and "Busunglück").

Every language's words are read in every headline (an article's language is not kept with its facts; a report's
headline and its event's may be in two languages). So that one language's word is no other language's word part,
an entry is a whole word ('sel'), a stem with '*' ('inundaci*'), the end of a compound with a leading '*'
('*beben': Erdbeben, Seebeben, not 'beben' alone); in a language written without spaces or with particles written
onto its words (lexicon MATCH "any": zh, ja, ko, ar, fa) an entry in its own script is found anywhere ('地震',
'지진으로'). A stem is no shorter than a word of its own: 'tren*' would be 'Trenton', 'bombe*' 'bomberos'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from core.extract.clean import safe_lower
from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES
from core.extract.lexicons import load as load_lexicon

_LATIN = re.compile(r"[a-z]")
# a letter, or a vowel sign of an Indic script ("आगे", ahead, is no "आग", fire, with a vowel sign after it)
_LETTER = r"[\w\u0300-\u036f\u0900-\u0dff]"


def _entry_pattern(entry: str, anywhere: bool) -> str:
    body = re.escape(unicodedata.normalize("NFC", entry.strip("*").lower())).replace(r"\ ", r"\s+")
    if anywhere and not _LATIN.search(entry):
        return body
    # a compound's end: at least one letter before it ("Erdbeben", not "beben" alone; "Waldbrand", not "brand")
    left = rf"{_LETTER}+" if entry.startswith("*") else rf"(?<!{_LETTER})"
    right = "" if entry.endswith("*") else rf"(?!{_LETTER})"
    return left + body + right


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per family, one pattern of its words in every language."""
    entries: dict[str, set[str]] = {}
    for code in (*LANGUAGES, *WORLD_LANGUAGES):
        lexicon = load_lexicon(code)
        anywhere = getattr(lexicon, "MATCH", "word") == "any"
        for family, words in getattr(lexicon, "HAZARD_FAMILIES", {}).items():
            entries.setdefault(family, set()).update(_entry_pattern(w, anywhere) for w in words)
    return tuple(
        (family, re.compile("|".join(sorted(patterns, key=len, reverse=True))))
        for family, patterns in sorted(entries.items())
    )


@lru_cache(maxsize=8192)
def headline_hazards(title: str | None) -> frozenset[str]:
    """The families of the disaster words a headline uses, in any language; empty when it uses none."""
    if not title:
        return frozenset()
    lower = unicodedata.normalize("NFC", safe_lower(title))
    return frozenset(family for family, pattern in _families() if pattern.search(lower))


def hazards_exclude(one: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Does a headline's kind of disaster rule out an event whose headlines name kinds too, none of the same
    family? A side that names no kind excludes nothing."""
    named = [h for h in others if h]
    return bool(one) and bool(named) and not any(one & h for h in named)
