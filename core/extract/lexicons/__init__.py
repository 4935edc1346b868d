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
WORLD_LANGUAGES = (
    "am", "ar", "az", "bg", "bn", "ca", "cs", "da", "de", "el", "es", "fa", "fi", "fr", "ha", "he", "hi", "hr",
    "hu", "id", "is", "it", "ja", "ko", "lt", "mr", "my", "ne", "nl", "no", "pl", "ps", "pt", "ro", "ru", "sk", "so",
    "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh",
    "mk", "sq", "gu", "pa", "ka", "hy", "si", "km", "kk", "sl", "ml", "te", "ceb", "uz", "tt", "sm", "to", "qu",
    "lg", "bi", "lo", "bm",
    "gl", "af", "eu", "lv", "et", "cy", "zu", "rw", "ku", "yo", "kri", "fy", "ckb",
    "hmn", "wo", "ln", "om", "mg", "ig", "sn", "ti",
    "sr",
    "ny", "kn", "or", "as", "be", "mn", "ky", "tg", "xh", "mt", "ht", "ga",
    "mi",
)  # fmt: skip
LANGUAGES = ("en",)
# Codes that share a lexicon (Norwegian Bokmål and Nynorsk, Malay read as Indonesian, the written Moroccan and
# Egyptian Arabic, Wu and Cantonese that py3langid tells apart from news's Arabic and Chinese, Bosnian and
# Montenegrin read with Croatian, Hebrew's old code), and module names that differ from the code
# ("is" is a Python keyword).
ALIASES = {
    "nb": "no", "nn": "no", "ms": "id", "zh-tw": "zh", "zh-cn": "zh", "wuu": "zh", "yue": "zh", "ary": "ar",
    "arz": "ar", "bs": "hr", "sh": "hr", "cnr": "hr", "iw": "he", "sdh": "ckb",
}  # fmt: skip
_MODULE = {"is": "is_", "or": "or_", "as": "as_"}
# Codes of one language that a lexicon per script reads (Serbian in Cyrillic letters, `sr`; in Latin ones, `hr`:
# their SCRIPT_TWINS), counted as one when a text's language is told: py3langid splits a Serbian text among sr, hr
# and bs, each below the confidence that one code alone needs.
ONE_LANGUAGE = {"sr": "hr"}


def load(language: str) -> ModuleType:
    """The lexicon module of `language` (ValueError for a language without one)."""
    language = ALIASES.get(language, language)
    if language not in LANGUAGES and language not in WORLD_LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}")
    return import_module(f"core.extract.lexicons.{_MODULE.get(language, language)}")
