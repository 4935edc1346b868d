"""Figures and deaths that are not the incident's toll: a funeral as the scene of a shooting, a death told in the
pluperfect beside an explicit "no one was killed"."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token, index_from
from core.models import KILLED, Claim, Role

# "outside a funeral home", "mourners leaving a funeral", "the funeral shooting", "shot during a vigil for a
# teenager": the funeral or the vigil is where the shots were fired, no death of the incident (a death it marks is an
# earlier one). Attended or over ("after the funeral of ..."), it may be this incident's victim's: not blanked.
# A memorial as the scene too ("shot at a memorial for a man killed last month"), with the one it honours and his
# death: told of the rite, that death is an earlier one.
_FUNERAL_AS_SCENE = re.compile(
    r"\b(?:funeral|vigil)\s+(?:homes?|parlou?rs?|shooting|procession)\b"
    r"|\b(?:at|during|outside|near|leaving)\s+(?:a|the)\s+(?:funeral|vigil|memorial)\b"
    r"(?:\s+(?:service|gathering))?"
    r"(?:\s+(?:for|of|honou?ring)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:who\s+(?:was|had\s+been|had)\s+)?(?:killed|died|slain|murdered|shot\s+dead)\b)?"
    r"|\b(?:attending|after)\s+(?:a|the)\s+funeral\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


def funeral_scenes_blanked(text: str) -> str:
    """`text` with the phrases that name a funeral, a vigil or a memorial as the scene of the harm blanked (same
    length)."""
    if "uneral" not in text and "igil" not in text and "emorial" not in text:
        return text
    return _FUNERAL_AS_SCENE.sub(lambda m: " " * len(m.group()), text)


RITE_WORDS = frozenset({"funeral", "vigil", "memorial"})
_SCENE_WORDS = frozenset({"at", "during", "outside", "near", "leaving"})
_HONOURS = frozenset({"for", "of", "honoring", "honouring"})
_RITE_EXTRAS = frozenset({"service", "gathering"})


def dead_honoured_at_the_scene_dropped(tokens: list[Token], raw: list[RawClaim]) -> list[RawClaim]:
    """'Six people were shot at a memorial for a man killed last month': the one a funeral, vigil or memorial the
    harm happened at honours died before; his death is no death of this incident (nor one of those shot)."""
    return [c for c in raw if not (c.metric == KILLED and c.singular and _honoured_at_a_scene(tokens, c.start))]


def _honoured_at_a_scene(tokens: list[Token], start: int) -> bool:
    """Do tokens read '<at> a <rite> (service)? <for>' just before the offset `start`?"""
    k = index_from(tokens, start) - 1
    if k < 3 or tokens[k].low not in _HONOURS:
        return False
    k -= 1
    if tokens[k].low in _RITE_EXTRAS:
        k -= 1
    return k >= 2 and tokens[k].low in RITE_WORDS and tokens[k - 2].low in _SCENE_WORDS


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
