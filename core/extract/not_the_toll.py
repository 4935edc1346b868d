"""Figures and deaths that are not the incident's toll: a funeral as the scene of a shooting, a death told in the
pluperfect beside an explicit "no one was killed"."""

from __future__ import annotations

import re
from dataclasses import replace

from core.models import KILLED, Claim, Role

# "outside a funeral home", "mourners leaving a funeral", "the funeral shooting", "shot during a vigil for a
# teenager": the funeral or the vigil is where the shots were fired, no death of the incident (a death it marks is an
# earlier one). Attended or over ("after the funeral of ..."), it may be this incident's victim's: not blanked.
_FUNERAL_AS_SCENE = re.compile(
    r"\b(?:funeral|vigil)\s+(?:homes?|parlou?rs?|shooting|procession)\b"
    r"|\b(?:at|during|outside|near|leaving)\s+(?:a|the)\s+(?:funeral|vigil)\b"
    r"|\b(?:attending|after)\s+(?:a|the)\s+funeral\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


def funeral_scenes_blanked(text: str) -> str:
    """`text` with the phrases that name a funeral or a vigil as the scene of the harm blanked (same length)."""
    if "uneral" not in text and "igil" not in text:
        return text
    return _FUNERAL_AS_SCENE.sub(lambda m: " " * len(m.group()), text)


# "a young man who had been shot to death the week before": told in the pluperfect, before the incident.
_TOLD_BEFORE = re.compile(r"\bwho\s+had\s+(?:been|died)\b", re.IGNORECASE)


def earlier_death_beside_none_killed(claims: list[Claim]) -> list[Claim]:
    """'No one was killed ... the funeral was for a young man who had been shot to death the week before': beside
    an explicit zero of the dead, a lone death told in the pluperfect is an earlier incident's, not a death the
    zero overlooked."""
    if not any(c.metric == KILLED and c.value == 0 and c.role is Role.TOTAL and not c.separate_incident
               for c in claims):  # fmt: skip
        return claims
    return [
        replace(c, separate_incident=True)
        if c.metric == KILLED and c.singular and c.value == 1 and _TOLD_BEFORE.search(c.quote)
        else c
        for c in claims
    ]
