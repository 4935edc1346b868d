"""Speed changes that must keep the output: each new reading is compared with the one it replaced."""

from __future__ import annotations

import random
import unicodedata

from core.extract.clean import safe_lower
from core.extract.place_words import _ascii


def _ascii_by_decomposition(prefix: str) -> str:
    """The reading `_ascii` replaced: every prefix decomposed, its combining marks dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", prefix) if not unicodedata.combining(ch))


def test_an_ascii_prefix_is_what_its_decomposition_without_marks_gives() -> None:
    samples = ["franc", "Spani", "itali", "", "x-y'z", "franç", "Españ", "Türki", "ﬁnla", "Ελλάδ", "Ångst", "a\u0301b"]
    rng = random.Random(34)
    letters = [chr(c) for c in range(128)] + ["é", "ç", "ñ", "ß", "ø", "\u0301", "ﬀ", "²", "Ḁ"]
    samples += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    for prefix in samples:
        assert _ascii.__wrapped__(prefix) == _ascii_by_decomposition(prefix), prefix


def _lowered_character_by_character(text: str) -> str:
    """The reading `safe_lower` replaced for a text that lower-cases longer: each character lowered alone, the
    dotted capital I as 'i'."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ("i" if ch == "\u0130" else ch) for ch in text)


def test_a_text_with_a_dotted_capital_i_is_lowered_as_character_by_character() -> None:
    samples = ["İstanbul'da İKİ KİŞİ", "İZMİR ve ΣΟΦΙΑΣ", "ΟΔΟΣ İ", "İ", "Iıİ ſ Σ", "kein İ hier ẞ"]
    rng = random.Random(341)
    letters = [*"aIiİıΣσςſẞAZ ,.'", "\u0307", "Ǆ", "ǅ", "Ω"]
    samples += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in samples:
        assert safe_lower(text) == _lowered_character_by_character(text), text
        assert len(safe_lower(text)) == len(text)
