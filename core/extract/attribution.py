"""Who the article says gave a figure: 'the Prosecutor General's Office said', 'according to police'."""

from __future__ import annotations

import re

_COLLECTIVE = (
    r"(?<![\w'])(?:[A-Z][\w.-]*'s\s+|(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z]+\s+){0,2}(?:police|officials|authorities|investigators|witnesses"
    r"|prosecutors|deputies|officers|doctors|medics|rescuers|residents|sources|reports|spokesman|spokeswoman"
    r"|spokesperson|coroner|medical examiner|media|ministry|office|department|agency|government|army"
    r"|military|hospital|service|services|brigade|firefighters|paramedics)"
)
_ORG_WORD = r"(?:[A-Z][\w'.-]*|ministry|office|department|police|spokesman|spokeswoman|officials|authorities|agency)"
_PROPER = rf"(?:[Tt]he\s+)?[A-Z][\w'.-]*(?:\s+(?:{_ORG_WORD}|of|for|and|de|al|the)){{0,7}}"
_SPEECH = r"(?:said|says|told|reported|reports|announced|confirmed|stated|claimed|added|tweeted)"

_ACCORDING_TO = re.compile(rf"\baccording to\s+(?P<who>{_PROPER}|{_COLLECTIVE}|[\w' ]{{2,40}}?)(?=\s*[,.;]|$)")
_WHO_SAID = re.compile(rf"(?P<who>{_PROPER}|{_COLLECTIVE})(?:\s+in\s+[A-Z][\w-]*)?\s+{_SPEECH}\b")
_SAID_WHO = re.compile(rf"\b{_SPEECH}\s+(?P<who>{_PROPER}|{_COLLECTIVE})")
_PRONOUN_SAID = re.compile(rf"\b(?P<who>it|he|she|they)\s+{_SPEECH}\b", re.IGNORECASE)
_ANY_SOURCE_WORD = re.compile(rf"\b(?:{_SPEECH[3:-1]}|according)\b")
_LEADING_JUNK = re.compile(r"^(?:But|And|Also|However|Meanwhile|Earlier|Later|Separately|Then)\s+")
_NOT_SOURCES = frozenset({"He", "She", "It", "They", "We", "I", "The", "This", "That", "There"})


def attribution_in(sentence: str) -> tuple[str | None, bool]:
    """(who, is_pronoun) for the source named in `sentence`; who is None when there is none."""
    if not _ANY_SOURCE_WORD.search(sentence):
        return None, False
    for pattern in (_ACCORDING_TO, _WHO_SAID, _SAID_WHO):
        for m in pattern.finditer(sentence):
            who = _LEADING_JUNK.sub("", m.group("who").strip())
            if who and who not in _NOT_SOURCES and len(who) <= 80:
                return who, False
    pronoun = _PRONOUN_SAID.search(sentence)
    if pronoun:
        return pronoun.group("who"), True
    return None, False
