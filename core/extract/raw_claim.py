"""The raw claim: a number (or a singular phrasing) bound to a metric in one sentence, before the pipeline gives
it a place, a date and a source. Offsets are into the field text."""

from __future__ import annotations

from dataclasses import dataclass

from core.models import Qualifier, Role
from core.quick_init import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class RawClaim:
    metric: str
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    role: Role
    start: int  # quote offsets in the field text
    end: int
    subject: str | None = None
    derivation: str | None = None
    singular: bool = False

    @classmethod
    def exact(
        cls,
        metric: str,
        value: int,
        *,
        start: int,
        end: int,
        subject: str | None = None,
        derivation: str | None = None,
        singular: bool = False,
    ) -> RawClaim:
        """A whole figure of exactly `value` (a count the text implies or derives, not a number it qualifies)."""
        return cls(metric, value, value, value, Qualifier.EXACT, Role.TOTAL, start, end, subject, derivation, singular)
