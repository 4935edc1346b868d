"""Offline language check: English passes, confidently non-English text is refused.

A cheap stop-word ratio settles most English texts without loading the py3langid model (~0.5 s the first
time); only texts that fail it go to py3langid.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from core.extract.ascii_twin import compile_twin

_WORD = compile_twin(r"[^\W\d_]+")
_ENGLISH_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "they",
        "were",
        "has",
        "have",
        "said",
        "are",
        "be",
    ]
)
_MIN_LETTERS_TO_JUDGE = 40
_CONFIDENCE = 0.9
_SAMPLE = 3000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the py3langid model now (~0.5 s, ~90 MB) rather than on the first text that needs it: a worker
    that loads it before forking shares its pages with its pool children."""
    _identifier()


def detect_language(text: str) -> str:
    """'en' unless the text is long enough and confidently another language (then its ISO 639-1 code)."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    if sum(map(len, words)) < _MIN_LETTERS_TO_JUDGE:
        return "en"
    english = sum(map(_ENGLISH_STOPWORDS.__contains__, map(str.lower, words)))  # no per-word Python frame
    if english / len(words) >= 0.12:
        return "en"
    language, confidence = _identifier().classify(sample)
    if language != "en" and float(confidence) >= _CONFIDENCE:
        return str(language)
    return "en"


def is_english_code(code: str) -> bool:
    return code.strip().lower().replace("_", "-").split("-")[0] in ("en", "eng", "english")
