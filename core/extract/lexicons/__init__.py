"""Language data for the extractor, one module per language (`en.py`, ...), read by one pipeline.

A lexicon module holds plain data only (word tuples, phrase lists): no regular expressions and no code. The
passes compile what they need from it once (`core.extract.tolls`, `core.extract.attribution`). Adding a
language is adding a module with the same names and listing it in `LANGUAGES`.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

# Languages whose lexicon has the shared shape read by `core.extract.multilingual` (LANGUAGE, MATCH,
# DIGIT_GROUPS, DECIMAL, SCALES, NUMBER_WORDS, NUMBER_JOINERS, MULTIPLIERS, TRIGGERS, QUALIFIERS_BEFORE, ...).
# English keeps its own, deeper lexicon (tolls, sources, singular phrasings) read by the English passes.
WORLD_LANGUAGES = ("es", "fr", "de", "it", "pt")
LANGUAGES = ("en",)


def load(language: str) -> ModuleType:
    """The lexicon module of `language` (ValueError for a language without one)."""
    if language not in LANGUAGES and language not in WORLD_LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}")
    return import_module(f"core.extract.lexicons.{language}")
