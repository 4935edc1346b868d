"""A lone death told by its rank among the dead, with no numeral: 'A 20-year-old woman became the first to die after
the fire', 'became the second person to die of his burns', 'became the third fatality of the outbreak'. The rank is the
toll so far (the first: one dead; the third: three), as a 'third victim died' is in `singulars`. Read when the article
counts its dead no other way."""

from __future__ import annotations

import re

from core.extract.singular_objects import ORDINALS
from core.models import KILLED, Claim, Qualifier, Role

_RANKS = {"first": 1, **ORDINALS, "tenth": 10}  # (`ORDINALS`: second to ninth, as singulars reads them)
_RANKED_DEATH = re.compile(
    r"\b(?:became|becomes|has\s+become|had\s+become)\s+the\s+(?P<rank>" + "|".join(_RANKS) + r")\s+"
    r"(?:(?:known\s+)?(?:[a-z]+\s+)?to\s+die|(?:death|fatality|casualty|fatal\s+victim)\b(?!\s+(?:toll|count|rate|row)))",
    re.IGNORECASE,
)
_NOT_OWN = (Role.BACKGROUND, Role.CUMULATIVE)


def deaths_told_by_rank(claims: list[Claim], text: str | None) -> list[Claim]:
    """The death 'became the first to die' tells, its rank as the toll, when no other claim counts the dead."""
    if not text or ("becam" not in text and "become" not in text):
        return claims
    if any(c.metric == KILLED and c.role not in _NOT_OWN and not c.separate_incident for c in claims):
        return claims
    m = _RANKED_DEATH.search(text)
    if m is None:
        return claims
    value = _RANKS[m.group("rank").lower()]
    start = text.rfind(".", 0, m.start()) + 1
    end = text.find(".", m.end())
    lead = len(text[start:]) - len(text[start:].lstrip())
    claim = Claim(
        metric=KILLED, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
        quote=m.group(), start=m.start(), end=m.end(), field="text",
        sentence_start=start + lead, sentence_end=len(text) if end < 0 else end + 1,
    )  # fmt: skip
    return [*claims, claim]
