"""Competing claimants: two sources giving one incident's figure side by side.

"Police said 12 people were injured, while organisers put the number at 20"; "Officials said 85 people died;
residents say at least 120 were killed". The reading convention is that the authorities' figure is the headline
and the others' figure an alternative, whichever is larger or told later. Only when the two are told in one
sentence or in neighbouring sentences: far apart, the text may tell a later count. The figures of one source are
never set against each other, so a later update of the same source ("Later, police said 15") still wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES, load
from core.models import Claim

_NEIGHBOURING = 3  # characters at most between one sentence's end and the next one's start (spaces, a line break)


@lru_cache(maxsize=1)
def _unofficial_words() -> frozenset[str]:
    """Every language's unofficial sources ('organisers', 'vecinos', 'Anwohner', 'السكان'), with their English
    kinds, which a world language's source carries after its words ('Yerel halka (residents)')."""
    words: set[str] = set()
    for language in (*LANGUAGES, *WORLD_LANGUAGES):
        sources = getattr(load(language), "UNOFFICIAL_SOURCES", ())
        words.update(w.lower() for w in sources)
        if isinstance(sources, dict):
            words.update(kind.lower() for kind in sources.values())
    return frozenset(words)


def unofficial(attribution: str) -> bool:
    """A source that is not the authorities counting the harm ('organisers', 'local residents', 'los vecinos')."""
    words = attribution.lower().replace("\u2019", "'").split()
    return any(w.strip(".,;:'\"()«»") in _unofficial_words() for w in words)


def _side_by_side(a: Claim, b: Claim) -> bool:
    """Told in one sentence or in neighbouring sentences of the same field."""
    if a.field != b.field or a.lead_headline != b.lead_headline:
        return False
    if a.sentence_start == b.sentence_start:
        return True
    first, second = (a, b) if a.sentence_start < b.sentence_start else (b, a)
    return 0 <= second.sentence_start - first.sentence_end <= _NEIGHBOURING


def _official_beside(claim: Claim, totals: Sequence[Claim]) -> bool:
    """Does an official source give another figure for the metric beside the unofficial `claim`?"""
    return any(
        other.attribution is not None
        and not unofficial(other.attribution)
        and other.value != claim.value
        and _side_by_side(claim, other)
        for other in totals
    )


def without_unofficial_rivals(totals: list[Claim]) -> list[Claim]:
    """The totals without an unofficial source's figure told beside an official source's other figure."""
    rivals = [
        c for c in totals if c.attribution is not None and unofficial(c.attribution) and _official_beside(c, totals)
    ]
    if not rivals:
        return totals
    return [c for c in totals if c not in rivals]
