"""Speed changes of round 35 that must keep the output: each new reading is compared with the one it replaced."""

from __future__ import annotations

import random
import re
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


# The English patterns of this round as they were before each took a look-ahead of its words' first letters.
_OLD_COURT_NEWS = (
    r"\b(?:sentenc(?:ed|es|ing)|pleaded|pled|convicted|found\s+guilty|acquitted|indicted|arraigned|verdict|jury"
    r"|(?:was|were)\s+charged)\b"
)
_OLD_DISCLAIMER_HEAD = r"\b(?:(?:not|n't|never)\s+(?:been\s+|be\s+)?(?:related|connected|linked|tied)|(?:un|dis)"
_OLD_DAYS_HEAD = r"\b(?P<when>"

_MY_SENTENCES = [
    "A man who killed two people outside a bar in 2021 was sentenced Tuesday to life in prison.",
    "The Jury found him guilty; he had Pleaded not guilty and WAS CHARGED with murder.",
    "Police said the shooting was not related to Wednesday's shooting at the arena, in which seven people died.",
    "Investigators found no known link to the killings and do not believe the two are connected to each other.",
    "Days after last weekend's attack at a club, which left nine dead, a vigil was held. Unrelated to it, two died.",
    "Each faces four counts of involuntary manslaughter, one for every student killed.",
    "Sunday's fire, that destroyed a dormitory, came after yesterday's crash; Dismissed counts of fraud were not.",
    "Ｓentenced, ſentenced, ſunday's, KELVIN \u212aNOT, acquittal, indictment, dis-connected, un related.",
]


def _random_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ("sentenced pled jury not n't no do did unrelated disconnected related to with monday's last week's "
             "shooting attack in which which counts of murder , one for each every killed \u017funday \u212a . ; The A")
    vocabulary = words.split(" ")
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30))) for _ in range(3000)]


def test_each_english_pattern_finds_what_it_found_without_its_look_ahead() -> None:
    """'was sentenced Tuesday', 'not related to Wednesday's shooting ..., in which seven people died': the court
    step, the disclaimer and the other day's incident are found at the same places, whatever their case."""
    from core.extract.follow_ups import _COURT_NEWS
    from core.extract.other_events_told import _ANOTHER_DAYS_EVENT, _DISCLAIMER

    old_disclaimer = _DISCLAIMER.pattern.replace(r"(?=[nud])\b(?:(?:not|n't|never)", r"\b(?:(?:not|n't|never)", 1)
    old_days = _ANOTHER_DAYS_EVENT.pattern.replace(r"(?=[mtwfsyl])\b(?P<when>", _OLD_DAYS_HEAD, 1)
    assert old_disclaimer.startswith(r"\b(?:(?:not|n't|never)") and old_days.startswith(_OLD_DAYS_HEAD)
    pairs = [
        (_COURT_NEWS, re.compile(_OLD_COURT_NEWS, re.IGNORECASE)),
        (_DISCLAIMER, re.compile(old_disclaimer, re.IGNORECASE)),
        (_ANOTHER_DAYS_EVENT, re.compile(old_days, re.IGNORECASE)),
    ]
    for text in [*_MY_SENTENCES, *_random_texts(35)]:
        for new, old in pairs:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_counts_told_one_for_each_victim_are_read_only_where_the_quick_search_finds_their_tail() -> None:
    """'faces four counts of involuntary manslaughter, one for every student killed': wherever the whole pattern
    finds such counts, the quick search of its tail finds them too (it is a part of every match)."""
    from core.extract.follow_ups import _COUNTS_PER_VICTIM, _PER_VICTIM_TAIL

    for text in [*_MY_SENTENCES, *_random_texts(36)]:
        if _COUNTS_PER_VICTIM.search(text) is not None:
            assert _PER_VICTIM_TAIL.search(text) is not None, text
    assert _PER_VICTIM_TAIL.search(_MY_SENTENCES[5]) is not None
