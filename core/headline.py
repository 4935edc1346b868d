"""Choosing an article's headline figure for a metric out of all its claims.

STUB: owned by the extraction work (issue 3), which replaces this body. Grouping and reconciliation call
`pick_headline` on the claims of one incident; the accuracy benchmark calls it on the claims of the article's
main incident (`main_incident_claims`).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.models import Claim, Role


def pick_headline(claims: Sequence[Claim], metric: str) -> Claim | None:
    """The claim that states the whole-incident figure for `metric` (total, latest update), or None."""
    totals = [c for c in claims if c.metric == metric and c.role == Role.TOTAL]
    return max(totals, key=lambda c: c.value) if totals else None


def main_incident_claims(claims: Sequence[Claim]) -> list[Claim]:
    """The claims about the article's main incident (not other places, not background)."""
    return [c for c in claims if c.role not in (Role.BACKGROUND, Role.CUMULATIVE)]
