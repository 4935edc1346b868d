"""Another incident a local story names to set its own apart: the police say the two are not connected ("not
related to Wednesday's shooting at the arena, in which seven people died"), or the story recalls it by its day
("days after Wednesday's shooting at a nightclub, in which nine people died"). The toll told of that other incident
is background when the story tells a harm of its own, of its own day; a story about that incident itself (a vigil,
a name given) tells no harm of its own and keeps the toll."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Role

_HARM = (KILLED, WOUNDED, SHOT)
_INCIDENT = (
    r"(?:shootings?|attacks?|killings?|homicides?|murders?|stabbings?|rampage|massacre|crash|fire|blast|explosion"
    r"|bombing|incident|case|violence)"
)
# The police set another incident apart: "not related to", "unconnected to", "no link to", "do not believe it is
# connected to". The incident it names and that incident's toll follow.
_DISCLAIMER = re.compile(
    r"\b(?:(?:not|n't|never)\s+(?:been\s+|be\s+)?(?:related|connected|linked|tied)|(?:un|dis)(?:related|connected)"
    r"|no\s+(?:known\s+|apparent\s+)?(?:link|connection|ties?)"
    r"|(?:do|does|did)\s+not\s+believe\s+(?:[\w'-]+\s+){1,4}?(?:related|connected|linked|tied))"
    r"\s+(?:to|with)\s+(?!each\s+other|one\s+another)",
    re.IGNORECASE,
)
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Another incident named by its day or its time ("Wednesday's shooting", "last month's attack", "the 2019 bombing"),
# its toll in a relative clause right after ("in which nine died", "which killed six").
_ANOTHER_DAYS_EVENT = re.compile(
    rf"\b(?P<when>{_WEEKDAYS}|yesterday|last\s+(?:week|weekend|month|year|night|{_WEEKDAYS}))'s\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_INCIDENT}\b[^.;]{{0,60}}?,\s+(?:in\s+which|which|that|when)\s",
    re.IGNORECASE,
)
_OWN_DAY = re.compile(rf"\b(?:{_WEEKDAYS}|today|tonight|this\s+morning)\b", re.IGNORECASE)


def another_events_toll(claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """The harm figures told of an incident the story sets apart (after a disclaimer naming it, or in a relative
    clause of an incident named by another day) become background, when the story tells a harm figure of its own
    outside them; for another day's incident, that own figure's sentence tells its own day, not the other's."""
    harm = [c for c in claims if c.metric in _HARM and c.role is Role.TOTAL and not c.separate_incident]
    if len(harm) < 2:
        return claims
    apart: dict[int, str | None] = {}
    for c in harm:
        text = texts.get(c.field) or ""
        when = _told_of_another(c, text)
        if when is not None:
            apart[id(c)] = when or None
    if not apart:
        return claims
    own = [c for c in harm if id(c) not in apart]
    moved = {
        key for key, when in apart.items()
        if any(when is None or _told_of_own_day(o, texts.get(o.field) or "", when) for o in own)
    }  # fmt: skip
    if not moved:
        return claims
    return [replace(c, role=Role.BACKGROUND) if id(c) in moved else c for c in claims]


def _told_of_another(claim: Claim, text: str) -> str | None:
    """'' when the claim follows a disclaimer naming an incident in its sentence; the other incident's day when it is
    told in the relative clause of an incident named by another day; None otherwise."""
    sentence = text[claim.sentence_start : claim.start]
    if not any(w in sentence.lower() for w in ("relat", "connect", "link", "tie")) and "'s " not in sentence:
        return None
    for m in _DISCLAIMER.finditer(sentence):
        if re.search(rf"\b{_INCIDENT}\b", sentence[m.end() :], re.IGNORECASE):
            return ""
    for m in _ANOTHER_DAYS_EVENT.finditer(sentence):
        if len(sentence) - m.end() <= 40:
            return m.group("when").lower()
    return None


def _told_of_own_day(claim: Claim, text: str, other_day: str) -> bool:
    """Does the own claim's sentence tell a day of its own, not the other incident's?"""
    sentence = text[claim.sentence_start : claim.sentence_end].lower()
    return other_day not in sentence and _OWN_DAY.search(sentence) is not None
