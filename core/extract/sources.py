"""A figure the text states again with a source carries that source.

"Hajj stampede death toll rises to 769" (title) and "the health ministry said 769 people had died" (body) are one
figure: the title's claim is attributed to the ministry too. Only the same metric and value, and only when the
unattributed claim has no source of its own.
"""

from __future__ import annotations

from dataclasses import replace

from core.models import Claim


def carry_sources(claims: list[Claim]) -> list[Claim]:
    """Claims with no source take the first source the text gives the same figure (metric and value)."""
    named: dict[tuple[str, int], str] = {}
    for claim in sorted(claims, key=lambda c: (c.field != "text", c.start)):
        if claim.attribution and not claim.singular:
            named.setdefault((claim.metric, claim.value), claim.attribution)
    if not named:
        return claims
    return [
        replace(c, attribution=named[(c.metric, c.value)])
        if c.attribution is None and not c.singular and (c.metric, c.value) in named
        else c
        for c in claims
    ]
