"""Another incident a local story names to set its own apart: the police say the two are not connected ("not
related to Wednesday's shooting at the arena, in which seven people died"), or the story recalls it by its day
("days after Wednesday's shooting at a nightclub, in which nine people died"). The toll told of that other incident
is background when the story tells a harm of its own, of its own day; a story about that incident itself (a vigil,
a name given) tells no harm of its own and keeps the toll."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Role

_HARM = (KILLED, WOUNDED, SHOT)
_INCIDENT = (
    r"(?:shootings?|attacks?|killings?|homicides?|murders?|stabbings?|rampage|massacre|crash|fire|blast|explosion"
    r"|bombing|incident|case|violence)"
)
# The police set another incident apart: "not related to", "unconnected to", "no link to", "do not believe it is
# connected to". The incident it names and that incident's toll follow.
_DISCLAIMER = re.compile(  # (each pattern here opens with a look-ahead of its words' first letters: a faster search)
    r"(?=[nud])\b(?:(?:not|n't|never)\s+(?:been\s+|be\s+)?(?:related|connected|linked|tied)"
    r"|(?:un|dis)(?:related|connected)|no\s+(?:known\s+|apparent\s+)?(?:link|connection|ties?)"
    r"|(?:do|does|did)\s+not\s+believe\s+(?:[\w'-]+\s+){1,4}?(?:related|connected|linked|tied))"
    r"\s+(?:to|with)\s+(?!each\s+other|one\s+another)",
    re.IGNORECASE,
)
# Or the police's word comes after the other incident's toll, in the next clause: "near the church where four were
# killed on Wednesday; police said the two cases are not related".
_CASES_SET_APART = re.compile(
    r"(?:[;\u2013\u2014]|,\s+(?:and|but)\s)[^.;]{0,60}?\b(?:not|n't)\s+(?:be\s+|been\s+|believed\s+to\s+be\s+)?"
    r"(?:related|connected|linked)\b(?!\s+(?:to|with)\b)|[;\u2013\u2014][^.;]{0,60}?\b(?:are|were)\s+unrelated\b",
    re.IGNORECASE,
)
# the claim opens a relative clause of the other incident's place or name
_RELATIVE_BEFORE = re.compile(r"\b(?:where|in\s+which|which|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Another incident named by its day or its time ("Wednesday's shooting", "last month's attack", "the 2019 bombing"),
# its toll in a relative clause right after ("in which nine died", "which killed six").
_ANOTHER_DAYS_EVENT = re.compile(
    rf"(?=[mtwfsyl])\b(?P<when>{_WEEKDAYS}|yesterday|last\s+(?:week|weekend|month|year|night|{_WEEKDAYS}))'s\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_INCIDENT}\b[^.;]{{0,60}}?,\s+(?:in\s+which|which|that|when)\s",
    re.IGNORECASE,
)
_ANOTHER_SENTENCE = "@"  # the own figure need only be told in a sentence of its own
_OWN_DAY = re.compile(rf"\b(?:{_WEEKDAYS}|today|tonight|this\s+morning)\b", re.IGNORECASE)


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
# Another disaster named by its calendar day ("the February 22 earthquake that killed 181", "the Jan. 9 fire,
# which killed six"), its toll in a relative clause right after.
_A_DATED_EVENT = re.compile(
    rf"\bthe\s+(?P<month>{'|'.join(m[:3] for m in _MONTH_NAMES)})[a-z]*\.?\s+(?P<day>\d{{1,2}})(?:,?\s+\d{{4}})?,?\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_INCIDENT}|earthquake|quake|tsunami|floods?|storm|cyclone|hurricane|typhoon|tornado"
    r"|landslide|collapse|derailment|stampede)\b,?\s+(?:in\s+which|which|that|when)\s",
    re.IGNORECASE,
)
_DATED_APART = "#"  # told of a disaster of a calendar day at least `_DAYS_APART` before the article's own
_DAYS_APART = 7
# the story's own news is of its own day: "shook the city this afternoon", "on Monday"
_OWN_NEWS_DAY = re.compile(
    rf"\b(?:{_WEEKDAYS}|today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE
)


def another_events_toll(claims: list[Claim], texts: dict[str, str], published: date | None = None) -> list[Claim]:
    """The harm figures told of an incident the story sets apart (after a disclaimer naming it, in a relative clause
    the police's word sets apart after it, or in a relative clause of an incident named by another day, or by a
    calendar day a week or more before the article's `published` date) become background, when the story tells a
    harm figure of its own outside them (`_own_beside`)."""
    harm = [c for c in claims if c.metric in _HARM and c.role is Role.TOTAL and not c.separate_incident]
    if len(harm) < 2:
        return claims
    apart: dict[int, tuple[Claim, str]] = {}
    for c in harm:
        text = texts.get(c.field) or ""
        when = _told_of_another(c, text)
        if when is None and published is not None and _of_a_dated_disaster_before(c, text, published):
            when = _DATED_APART
        if when is not None:
            apart[id(c)] = (c, when)
    if not apart:
        return claims
    own = [c for c in harm if id(c) not in apart]
    moved = {key for key, (c, when) in apart.items() if any(_own_beside(o, c, when, texts) for o in own)}
    if not moved:
        return claims
    return [replace(c, role=Role.BACKGROUND) if id(c) in moved else c for c in claims]


def _own_beside(own: Claim, other: Claim, when: str, texts: dict[str, str]) -> bool:
    """Is `own` the story's own harm beside the other incident's `other`? After a disclaimer naming the other
    incident, any own figure is; before the police's word, one in a sentence of its own; beside an incident named by
    another day, one whose sentence tells its own day, not that one."""
    if not when:
        return True
    if when == _DATED_APART:
        lead = _first_sentence(texts.get("text") or "")
        return _OWN_NEWS_DAY.search(f"{texts.get('title') or ''} {lead}") is not None
    if when == _ANOTHER_SENTENCE:
        return (own.field, own.sentence_start) != (other.field, other.sentence_start)
    sentence = (texts.get(own.field) or "")[own.sentence_start : own.sentence_end].lower()
    return when not in sentence and _OWN_DAY.search(sentence) is not None


def _told_of_another(claim: Claim, text: str) -> str | None:
    """'' when the claim follows a disclaimer naming an incident in its sentence; `_ANOTHER_SENTENCE` when it opens a
    relative clause the police's word sets apart after it; the other incident's day when it is told in the relative
    clause of an incident named by another day; None otherwise."""
    sentence = text[claim.sentence_start : claim.start]
    whole = text[claim.sentence_start : claim.sentence_end].lower()
    if not any(map(whole.__contains__, ("relat", "connect", "link", "tie"))) and "'s " not in sentence:
        return None
    for m in _DISCLAIMER.finditer(sentence):
        if re.search(rf"\b{_INCIDENT}\b", sentence[m.end() :], re.IGNORECASE):
            return ""
    for m in _ANOTHER_DAYS_EVENT.finditer(sentence):
        if len(sentence) - m.end() <= 40:
            return m.group("when").lower()
    after = text[claim.end : claim.sentence_end]
    told_apart = any(w in after.lower() for w in ("relat", "connect", "link"))
    if told_apart and _RELATIVE_BEFORE.search(sentence) and _CASES_SET_APART.search(after):
        return _ANOTHER_SENTENCE
    return None


def _of_a_dated_disaster_before(claim: Claim, text: str, published: date) -> bool:
    """Is the claim told in the relative clause of a disaster named by a calendar day ('the February 22 earthquake
    that killed 181') a week or more before the article's day (a later day of the year: the year before)?"""
    sentence = text[claim.sentence_start : claim.start]
    if not any(m[:3] in sentence.lower() for m in _MONTH_NAMES):
        return False
    for m in _A_DATED_EVENT.finditer(sentence):
        if len(sentence) - m.end() > 40:
            continue
        month = [n[:3] for n in _MONTH_NAMES].index(m.group("month").lower()) + 1
        try:
            day = date(published.year, month, int(m.group("day")))
        except ValueError:
            continue
        if day > published:
            day = day.replace(year=published.year - 1) if not (month == 2 and day.day == 29) else day
        if (published - day).days >= _DAYS_APART:
            return True
    return False


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]
