"""Speed changes of round 35 that must keep the output: each new reading is compared with the one it replaced."""

from __future__ import annotations

import random
from dataclasses import replace

from core.extract.script_places import _county_words
from core.extract.world_language import language
from core.extract.world_parts import nationals_beside_the_whole
from core.models import KILLED, Claim, Qualifier, Role


def test_a_word_ends_in_a_county_word_as_any_of_them_tells() -> None:
    """A word before a name is a county's word when it ends in one of the language's ('بمقاطعة', a particle joined
    before 'مقاطعة'); asked of the tuple at once, as one by one; a language with none listed has none."""
    rng = random.Random(35)
    for code in ("ar", "fa", "es", "xx"):
        words = _county_words(code)
        letters = sorted({ch for w in words for ch in w}) or ["a", "b"]
        samples = [*words, *(f"ب{w}" for w in words), "", "word"]
        samples += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 8))) for _ in range(2000)]
        for word in samples:
            assert word.endswith(words) == any(word.endswith(w) for w in words), (code, word)


def _claim(value: int, start: int, sentence: tuple[int, int]) -> Claim:
    return Claim(metric=KILLED, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
                 quote=str(value), start=start, end=start + len(str(value)), field="text",
                 sentence_start=sentence[0], sentence_end=sentence[1])  # fmt: skip


def test_a_count_of_the_outlets_nationals_is_a_part_beside_a_larger_toll_also_when_told_twice() -> None:
    """'Murieron 4 españoles en el incendio. En total murieron 30 personas.': the four Spaniards are a part of the
    thirty, and so is each of two equal copies of that count (a claim is found among the wholes by itself, as it was
    by equality); told alone, the nationals' count stays the toll."""
    lang = language("es")
    assert lang is not None and lang.nationals is not None
    text = "murieron 4 españoles en el incendio. en total murieron 30 personas."
    first = (0, text.index(".") + 1)
    part = _claim(4, text.index("4"), first)
    whole = _claim(30, text.index("30"), (first[1] + 1, len(text)))
    out = nationals_beside_the_whole(lang, text, [part, replace(part), whole])
    assert [c.role for c in out] == [Role.SUBSET, Role.SUBSET, Role.TOTAL]
    alone = nationals_beside_the_whole(lang, text, [part])
    assert [c.role for c in alone] == [Role.TOTAL]
