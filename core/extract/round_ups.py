"""Round-ups: a figure an English article tells over several shootings ('two weekend shootings that left one man
dead and four wounded', 'Seven Wounded In Shootings On South, West Sides') sums incidents, one of which is the
article's. When the article also tells a smaller figure of the same kind elsewhere (one shooting's own toll), the
round-up's sum is marked cumulative, so the headline reads the incident's own figure. A pass over the claims, run
by `pipeline` after the sentences are read."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.clean import lower_kept
from core.extract.lexicons import load as load_lexicon
from core.models import KILLED, WOUNDED, Claim, Role

_EN = load_lexicon("en")
_NOUN = _EN.ROUND_UP_NOUN


def _any(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in words)


# Several shootings told together: "two (separate) shootings", "three weekend shootings", "in shootings on the
# South Side", "a string of shootings" (the words: the English lexicon's ROUND_UP_*). A single shooting ("the
# shooting") or the word as a subject of talk ("shootings are up this year") does not count the figure over several.
_SEVERAL_SHOOTINGS = re.compile(
    rf"\b(?:(?:{_any(_EN.ROUND_UP_COUNTS)}|\d{{1,2}})\s+(?:(?:{_any(_EN.ROUND_UP_KINDS)})\s+)*{_NOUN}"
    rf"|(?:{_any(_EN.ROUND_UP_OPENERS)})\s+(?:(?:{_any(_EN.ROUND_UP_OPENER_KINDS)})\s+)*{_NOUN}"
    rf"\s+(?:{_any(_EN.ROUND_UP_PLACE_LINKS)})"
    rf"|(?:{_any(_EN.ROUND_UP_RUNS)})\s+of\s+{_NOUN})\b",
    re.IGNORECASE,
)
_METRICS = (KILLED, WOUNDED)


def tells_several_shootings(sentence: str) -> bool:
    """Does the sentence count its figure over several shootings? (A look for the word first: most have none.)"""
    return _NOUN in sentence.lower() and _SEVERAL_SHOOTINGS.search(sentence) is not None


def round_up_totals(claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """Mark a total told over several shootings as cumulative when a smaller total of its kind sits elsewhere."""
    if not any(_NOUN in lower_kept(text) for text in texts.values()):
        return claims
    marked = []
    for claim in claims:
        if _a_round_up_sum(claim, claims, texts):
            marked.append(replace(claim, role=Role.CUMULATIVE))
        else:
            marked.append(claim)
    return marked


def _a_round_up_sum(claim: Claim, claims: list[Claim], texts: dict[str, str]) -> bool:
    if claim.metric not in _METRICS or claim.role is not Role.TOTAL or claim.value < 2:
        return False
    text = texts.get(claim.field)
    if not text or not tells_several_shootings(_sentence(claim, text)):
        return False
    return any(_own_smaller(other, claim, texts) for other in claims)


def _own_smaller(other: Claim, claim: Claim, texts: dict[str, str]) -> bool:
    """A total of the same kind, below the sum, in a sentence that is not itself a round-up's."""
    if other.metric != claim.metric or other.role is not Role.TOTAL or not 0 < other.value < claim.value:
        return False
    text = texts.get(other.field)
    return text is not None and not tells_several_shootings(_sentence(other, text))


def _sentence(claim: Claim, text: str) -> str:
    if claim.sentence_end > claim.sentence_start:
        return text[claim.sentence_start : claim.sentence_end]
    return text
