"""Passes over an English follow-up's claims: an article written days to years after its event (an anniversary, a
charge or a plea, an inquiry) tells that event's toll in the past, as a background sentence would tell an older
event's. When the article tells no harm of its own, the toll its lead tells that way is its figure."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.roles import other_event_spans
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Role

_HARM = (KILLED, WOUNDED, SHOT)
_NOT_OWN = (Role.BACKGROUND, Role.CUMULATIVE)
# A follow-up dates its event back from its own day: "a year ago today", "two years ago", "last month". A sentence that
# dates an event by its year ("In 1999, a quake ...", "the 2004 tsunami") or by the news ("comes two months after")
# tells history beside the news.
_COUNTED_BACK = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:years?|months?|weeks?)"
    r"\s+ago|last\s+(?:year|month|week|spring|summer|fall|autumn|winter))\b",
    re.IGNORECASE,
)


def own_event_told_as_background(claims: list[Claim], lead_start: int | None, texts: dict[str, str]) -> list[Claim]:
    """'A year ago today a gunman killed four people and wounded nine at a county fair', 'The man charged with killing
    three people at a bowling alley last month pleaded guilty': in an article that tells no harm of its own (every
    harm figure is background or a running toll), the background figures of its title or its first sentence
    (`lead_start`, where it starts in the text), when that sentence dates the event back from the article's day
    (`_COUNTED_BACK`), are its event's: the follow-up's subject is that event. A background
    figure further on ('Last month, two people were killed on the same block') stays another event's, and so does one
    told in a clause about another event after the lead's own news ('Fire destroyed a dormitory on Sunday, days after
    a school fire killed 17 boys'). `texts`: the fields' texts as submitted."""
    harm = [c for c in claims if c.metric in _HARM]
    if not harm or any(c.role not in _NOT_OWN and not c.separate_incident for c in harm):
        return claims
    lead = {
        id(c) for c in harm
        if c.role is Role.BACKGROUND and not (c.separate_incident or c.earlier_figure)
        and (c.field == "title" or (lead_start is not None and c.sentence_start == lead_start))
        and _counted_back(c, texts.get(c.field, ""))
        and not _in_another_events_clause(c, texts.get(c.field, ""))
    }  # fmt: skip
    if not lead:
        return claims
    return [replace(c, role=Role.TOTAL) if id(c) in lead else c for c in claims]


def _counted_back(claim: Claim, text: str) -> bool:
    """Does the claim's sentence date its event back from the article's day ('a year ago', 'last month')?"""
    return _COUNTED_BACK.search(text, claim.sentence_start, claim.sentence_end) is not None


def _in_another_events_clause(claim: Claim, text: str) -> bool:
    """Is the claim told in a clause of its sentence about another, earlier event (`other_event_spans`)?"""
    sentence = text[claim.sentence_start : claim.sentence_end].lower()
    at = claim.start - claim.sentence_start
    return any(a <= at < b for a, b in other_event_spans(sentence))
