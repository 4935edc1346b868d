"""The dead told by those who lived: 'only two of the 181 people aboard survived' is 179 dead, 'none of the 40
passengers survived' is 40 dead. Offsets in the claims are into the field text, as the binder's."""

from __future__ import annotations

from itertools import pairwise

from core.extract.noun_phrases import _skip_to_trigger, noun_phrase_after
from core.extract.numbers import NumberMention, find_numbers
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token
from core.extract.triggers import SURVIVAL_VERBS
from core.models import KILLED, Qualifier

_OF_DETERMINERS = frozenset(["the", "its", "their"])


def survivor_claims(tokens: list[Token]) -> list[RawClaim]:
    """Killed claims of sentences that count the survivors of a number of people."""
    if not any(t.low in SURVIVAL_VERBS for t in tokens):
        return []
    mentions = [m for m in find_numbers(tokens) if m.is_count]
    claims = []
    for part, whole in pairwise(mentions):
        exact = whole.qualifier is Qualifier.EXACT and part.qualifier is Qualifier.EXACT
        if exact and part.value < whole.value and _of_the(tokens, part, whole) and _survived_after(tokens, whole):
            value = whole.value - part.value
            start, end = tokens[part.qual_first].start, tokens[whole.last - 1].end
            claims.append(RawClaim.exact(KILLED, value, start=start, end=end, derivation="derived"))
    return claims


def _of_the(tokens: list[Token], part: NumberMention, whole: NumberMention) -> bool:
    """'two of the 181': the first number, 'of', maybe a determiner, the second."""
    between = [t.low for t in tokens[part.last : whole.qual_first]]
    return between[:1] == ["of"] and (len(between) == 1 or (len(between) == 2 and between[1] in _OF_DETERMINERS))


def _survived_after(tokens: list[Token], whole: NumberMention) -> bool:
    """'181 people (aboard) survived': the people's noun phrase, then the survival verb."""
    j = _skip_to_trigger(tokens, noun_phrase_after(tokens, whole.last).end)
    return j < len(tokens) and tokens[j].low in SURVIVAL_VERBS
