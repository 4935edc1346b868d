"""The dead counted by their rites: an English article that tells its toll only as the funerals held or the people
buried ('before a funeral for the six victims on Friday', 'at least 50 people had been buried by Monday', 'mourners
buried the six victims'), a vigil held for them or their coffins counts its dead so. A pass over the claims, run by
`pipeline` after the sentences are read; it adds a figure only when the article tells no death figure of its own."""

from __future__ import annotations

import re

from core.extract.clean import lower_kept
from core.extract.numbers import bounds, words_to_int
from core.extract.roles import sentence_role
from core.models import KILLED, Claim, Qualifier, Role

_NOT_OWN = (Role.BACKGROUND, Role.CUMULATIVE)
_NUMBER = (
    r"(?P<n>\d{1,3}(?:,\d{3})*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
)
_WHO = (
    r"(?P<who>victims|dead|people|[a-z]+ers|[a-z]+ists|[a-z]+ians|[a-z]*men|children|students|pupils|pilgrims"
    r"|passengers|soldiers|officers|villagers)\b"
)
# "a funeral for the six victims", "funerals for all 12 miners", "a burial service for the 30 dead", and the other
# rites of the dead: "a candlelight vigil for the nine victims", "a memorial service for the four firefighters"
_FUNERAL_FOR = re.compile(
    r"\b(?:funerals?|burials?|(?:funeral|burial|memorial|prayer)\s+services?|(?:funeral|burial)\s+prayers?"
    r"|mass\s+funeral|vigils?|memorials?"
    r"|(?:minute's|moment\s+of)\s+silence)\s+(?:was\s+held\s+|were\s+held\s+)?"
    rf"for\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?{_NUMBER}\s+(?:[a-z]+\s+)?{_WHO}",
    re.IGNORECASE,
)
# the mourners as the subject of "buried": "Hundreds of mourners buried the six victims", "relatives have buried all
# 11 dead" (not "the landslide buried six villagers": the trapped)
_MOURNERS_BURIED = re.compile(
    r"\b(?:mourners|relatives|families|residents|villagers|townspeople|neighbours|neighbors|community|town|village"
    r"|thousands|hundreds|crowds)\s+(?:[a-z]+\s+){0,2}?(?:have\s+|had\s+)?buried\s+"
    rf"(?:all\s+)?(?:the\s+|its\s+|their\s+)?{_NUMBER}\s+(?:[a-z]+\s+)?{_WHO}",
    re.IGNORECASE,
)
# the dead laid to rest: "the seven victims of the fire were laid to rest on Saturday", "12 miners will be laid to rest"
_LAID_TO_REST = re.compile(
    rf"\b{_NUMBER}\s+(?:[a-z]+\s+)?{_WHO}[^.;]{{0,40}}?\b(?:were|have\s+been|had\s+been|will\s+be|are\s+being)\s+"
    r"laid\s+to\s+rest\b",
    re.IGNORECASE,
)
# the coffins of the dead: "six coffins draped in white", "the coffins of the 14 miners"
_COFFINS = re.compile(
    rf"\b(?:{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?(?:coffins|caskets)\b"
    r"|(?:coffins|caskets)\s+of\s+(?:all\s+)?(?:the\s+)?"
    + _NUMBER.replace("?P<n>", "?P<m>")
    + r"\s+(?:[a-z]+\s+)?"
    + _WHO.replace("?P<who>", "?:")
    + ")",
    re.IGNORECASE,
)
# "at least 50 people had been buried by Monday", "40 victims were buried on Sunday" (not "buried under the rubble",
# "buried alive", "buried by the landslide": the trapped, alive or not)
_BURIED = re.compile(
    rf"\b(?P<q>at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?{_NUMBER}\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:had|have|has|were|was)\s+(?:already\s+)?(?:been\s+)?buried\b"
    r"(?!\s+(?:alive|under|beneath|below|inside|in\s+(?:the\s+)?(?:rubble|debris|mud|snow|sand|ruins|collapse|landslide)"
    r"|by\s+(?:the|a|an|falling|mud|debris|rubble|snow)\b))",
    re.IGNORECASE,
)
# coffins as goods, not the dead: "the town ordered 500 extra coffins", "a carpenter who has built 40 coffins"
_GOODS_BEFORE = re.compile(
    r"\b(?:order(?:ed|s)?|ma(?:de|kes?|king)|buil[dt](?:s|ing)?|produc(?:ed|es?|ing)|b(?:ought|uys?|uying)"
    r"|s(?:old|ells?|elling)|stock(?:ed|piled)?|suppl(?:ied|ies|y)|donated|carved|shortage\s+of)\b[^.;]*$",
    re.IGNORECASE,
)
_QUALIFIERS = {"at least": Qualifier.AT_LEAST, "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN,
               "about": Qualifier.ABOUT, "nearly": Qualifier.NEARLY, "some": Qualifier.ABOUT}  # fmt: skip


# Each rite's pattern with the words one of which it cannot match without (lower-cased)
_RITES_BY_WORD = (
    (_FUNERAL_FOR, ("funeral", "burial", "memorial", "prayer", "vigil", "silence")),
    (_MOURNERS_BURIED, ("buried",)),
    (_BURIED, ("buried",)),
    (_LAID_TO_REST, ("laid",)),
    (_COFFINS, ("coffin", "casket")),
)


def dead_counted_by_their_rites(claims: list[Claim], text: str | None) -> list[Claim]:
    """The dead a text counts by their funerals or burials ('a funeral for the six victims', 'at least 50 people had
    been buried'), as killed, when no claim of the article tells its own dead."""
    if not text or any(c.metric == KILLED and c.role not in _NOT_OWN for c in claims):
        return claims
    lower = lower_kept(text)
    for pattern, words in _RITES_BY_WORD:
        if not any(map(lower.__contains__, words)):
            continue  # (a pattern that opens with a number is costly to scan for: only where its rite is told)
        for m in pattern.finditer(text):
            claim = _rite_claim(m, text)
            if claim is not None:
                return [*claims, claim]
    return claims


def _rite_claim(m: re.Match[str], text: str) -> Claim | None:
    """The killed claim of one rite's count, or None when its sentence tells history or its number is none."""
    told_count = m.groupdict()
    word = (told_count.get("n") or told_count.get("m") or "").lower()
    if not word or (m.re is _COFFINS and _GOODS_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return None
    value = int(word.replace(",", "")) if word[0].isdigit() else words_to_int(tuple(word.split("-")))
    if not value or value < 2:
        return None
    before = text.rfind(". ", 0, m.start())
    start = before + 2 if before >= 0 else 0
    end = text.find(". ", m.end())
    end = len(text) if end < 0 else end + 1
    if sentence_role(text[start:end], None) is not Role.TOTAL:
        return None
    told = (m.groupdict().get("q") or "").strip().lower()
    qualifier = _QUALIFIERS.get(" ".join(told.split()), Qualifier.EXACT)
    low, high = bounds(value, qualifier)
    return Claim(
        metric=KILLED, value=value, low=low, high=high, qualifier=qualifier, role=Role.TOTAL,
        quote=m.group().strip(), start=m.start() + len(m.group()) - len(m.group().lstrip()), end=m.end(),
        field="text", sentence_start=start, sentence_end=end,
    )  # fmt: skip
