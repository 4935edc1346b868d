"""Passes over an English article's claims that set apart tolls wider than the article's own event: a national or
running toll to date told after the event's own figure ("Nationwide, the rains have left 30 dead since Thursday").
Each takes and returns the claims, in order."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.clean import lower_kept
from core.models import Claim, Role
from core.places import resolve_place

# A clause told for the whole country: "Nationwide, ...", "across the country", "throughout the nation". (Not a
# toll phrase headed so, "the nationwide death toll rose to": `core.extract.tolls` reads those.)
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide|(?:across|throughout|around|all over) the (?:country|nation))\b"
    r"(?!\s+(?:death\s+|casualty\s+)?toll)",
    re.IGNORECASE,
)
# or told across a country by its name: "Across South Korea, 37 people have died since Thursday"
_ACROSS_A_NAME = re.compile(
    r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll over)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_NATIONWIDE_WORDS = ("nation", "country", "across", "throughout", "all over")  # a cheap look before the patterns


def national_toll_beside_own(claims: list[Claim], body: str | None) -> list[Claim]:
    """'The flooding of the tunnel killed 11 people. Nationwide, the rains have left 30 dead and 4 missing since
    Thursday': a sentence told for the whole country whose figure is larger than one the article told before it (in
    its title or an earlier sentence) of the same metric is a toll over many incidents, not the event's. Told first,
    a national toll is the article's own ("Across the country, the quake killed 912")."""
    if body is None:
        return claims
    low = lower_kept(body)  # once, not once per word (and once per article: see `lower_kept`)
    if not any(map(low.__contains__, _NATIONWIDE_WORDS)):
        return claims
    wider = {
        (c.sentence_start, c.sentence_end)
        for c in claims
        if c.field == "text" and c.role is Role.TOTAL and not c.singular and _told_nationwide(c, body)
        and _smaller_own_before(c, claims)
    }  # fmt: skip
    if not wider:
        return claims
    return [
        replace(c, role=Role.CUMULATIVE, update=False)
        if c.field == "text" and c.role is Role.TOTAL and (c.sentence_start, c.sentence_end) in wider
        else c
        for c in claims
    ]


def _told_nationwide(claim: Claim, body: str) -> bool:
    if _NATIONWIDE.search(body, claim.sentence_start, claim.sentence_end) is not None:
        return True
    return any(
        (place := resolve_place(m.group(1))) is not None and place.kind == "country"
        for m in _ACROSS_A_NAME.finditer(body, claim.sentence_start, claim.sentence_end)
    )


def _smaller_own_before(claim: Claim, claims: list[Claim]) -> bool:
    """A figure of the same metric told before the claim's sentence, smaller, and the event's own (a total)."""
    return any(
        c.metric == claim.metric and c.role is Role.TOTAL and 0 < c.value < claim.value
        and (c.field == "title" or (c.field == "text" and c.sentence_end <= claim.sentence_start))
        for c in claims
    )  # fmt: skip
