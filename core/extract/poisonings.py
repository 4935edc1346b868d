"""The poisoned are not the wounded: in a report of a mass poisoning by drink or food ('spurious liquor', 'gepanschter
Alkohol', 'food poisoning'), the people 'being treated in hospitals' are the sick, and a count of them is no injured
figure (the gold's convention: wounded null). A count told with a word of injury ('injured', 'verletzt') stays.

The words are data: each language's lexicon POISONED_BY (what poisons: a stem, matched anywhere in the lower-cased
text) and HURT_STEMS (the stems of its words for injury). A language without them keeps its figures."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from core.extract.clean import safe_lower
from core.extract.lexicons import load
from core.models import WOUNDED, Claim, Role


@cache
def _words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(POISONED_BY, HURT_STEMS) of the language `code`, both empty when it has none."""
    try:
        lexicon = load(code)
    except ValueError:
        return (), ()
    return tuple(getattr(lexicon, "POISONED_BY", ())), tuple(getattr(lexicon, "HURT_STEMS", ()))


def the_poisoned_are_not_hurt(claims: Sequence[Claim], code: str, title: str | None, text: str) -> list[Claim]:
    """The claims less the counts of the poisoned treated in hospital that were read as wounded."""
    treated = [c for c in claims if c.metric == WOUNDED and c.role is Role.TOTAL and c.value > 0]
    if not treated:
        return list(claims)
    poisons, hurt = _words(code)
    if not poisons:
        return list(claims)
    lower = safe_lower(f"{title or ''}\n{text}")
    if not any(map(lower.__contains__, poisons)):
        return list(claims)
    fields = {"title": title or "", "text": text}
    sick = {id(c) for c in treated if not _told_as_injury(c, fields.get(c.field, ""), hurt)}
    return [c for c in claims if id(c) not in sick]


def _told_as_injury(claim: Claim, field_text: str, hurt: tuple[str, ...]) -> bool:
    """Does the claim's sentence (its quote, when the sentence is not at hand) name an injury?"""
    sentence = field_text[claim.sentence_start : claim.sentence_end] or claim.quote
    return any(h in safe_lower(sentence) for h in hurt)
