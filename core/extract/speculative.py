"""Figures the text gives as possible, not as counted: the hurt who 'might not survive' (a part of the injured
whose lives are feared for, not their total) and, in the world pipeline, deaths told with a word of possibility
between the count and its death word ('نحو 70 آخرين ربما لقوا حتفهم', '70 weitere könnten ums Leben gekommen
sein': 70 more may have died, beside the bodies recovered)."""

from __future__ import annotations

import re

from core.extract.alternation import alternation
from core.extract.ascii_twin import compile_twin
from core.extract.lexicons import load as load_lexicon
from core.extract.raw_claim import RawClaim
from core.models import WOUNDED

_EN = load_lexicon("en")

_FEARED_FOR = compile_twin(rf"\b(?:{alternation(_EN.FEARED_FOR_LIVES)})\b")
_FEARED_FOR_REACH = (
    72  # characters after the figure: "30 of the people being treated for severe burns might not survive"
)
_NOT_BETWEEN = re.compile(r"\d|[;,]")


def lives_feared_for(lower: str, raw: RawClaim, sentence_end: int) -> bool:
    """'More than 30 of those treated for burns might not survive': a part of the injured whose deaths are
    feared, not the injured total."""
    if raw.metric != WOUNDED:
        return False
    window_end = min(sentence_end, raw.end + _FEARED_FOR_REACH)
    found = _FEARED_FOR.search(lower, raw.end, window_end)
    return found is not None and not _NOT_BETWEEN.search(lower, raw.end, found.start())


def possible_between(projection: re.Pattern[str] | None, lower: str, number_end: int, trigger_start: int) -> bool:
    """A word of what may be (the language's projection words) between the count and its death word told after it
    ('70 آخرين ربما لقوا حتفهم', '100 Menschen könnten gestorben sein'): deaths feared, not counted."""
    return (
        projection is not None
        and trigger_start > number_end
        and projection.search(lower, number_end, trigger_start) is not None
    )
