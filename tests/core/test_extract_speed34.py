"""Speed changes that must keep the output: each new reading is compared with the one it replaced."""

from __future__ import annotations

import random
import unicodedata

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
