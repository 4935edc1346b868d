"""The dead counted by their names: an English article that tells its toll only as the victims identified or named
('All 23 victims have now been identified', 'Police name the seven victims', 'The names of the six victims were
released'). A pass over the claims, run by `pipeline` after the rites (`rites`); it adds a figure only when the
article tells no death figure of its own.

In local news 'victims' often takes in the hurt ('police identified the four victims, all shot in the legs'), so
the count is the dead's only on evidence: its sentence or the next one tells a death (died, killed, bodies, the
coroner), or the article tells of no one hurt at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.extract.clean import safe_lower
from core.extract.numbers import words_to_int
from core.extract.roles import sentence_role
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role

_NOT_OWN = (Role.BACKGROUND, Role.CUMULATIVE)
_LEAD_CHARS = 300  # the body's opening, whose words tell what a title's count is
_HURT_METRICS = (WOUNDED, "shot")
_NUMBER = (
    r"(?P<n>\d{1,3}(?:,\d{3})*|(?:[a-z]+-)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
)
_VICTIMS = r"(?:[a-z]+\s+)?(?:victims|dead)\b"
_NAMING = r"(?:identified|named|identify|identifies|identifying|name|names|naming)"
# "All 23 victims have now been identified", "the six dead were named on Monday"
_VICTIMS_NAMED = re.compile(
    rf"\b{_NUMBER}\s+{_VICTIMS}[^.;]{{0,40}}?\b(?:have|has|had|were|was)\s+(?:now\s+|since\s+|all\s+)?(?:been\s+)?"
    r"(?:identified|named)\b",
    re.IGNORECASE,
)
# "Police name the seven victims", "investigators have identified all 23 victims"
_NAMED_THE_VICTIMS = re.compile(rf"\b{_NAMING}\s+(?:all\s+)?(?:the\s+|its\s+)?(?:all\s+)?{_NUMBER}\s+{_VICTIMS}")
# "The names of the six victims were released", "the identities of all 23 dead"
_NAMES_OF = re.compile(
    rf"\b(?:names|identities)\s+of\s+(?:all\s+)?(?:the\s+)?{_NUMBER}\s+{_VICTIMS}[^.;]{{0,30}}?"
    r"\b(?:released|made\s+public|published|confirmed|identified)\b",
    re.IGNORECASE,
)
_PATTERNS = (_VICTIMS_NAMED, _NAMED_THE_VICTIMS, _NAMES_OF)
_CUE = re.compile(r"identif|\bnam(?:e|ed|es|ing)\b")  # cheap tests (on the lower-cased text) before the patterns
_VICTIM_WORDS = ("victims", "dead")
_VICTIM_WORD = re.compile(r"\b(?:victims|dead)\b")
# how far a naming of the dead reaches before and after its 'victims' ('the names of all the 23 ... victims were
# made public'): the windows the patterns are tried in
_REACH_BEFORE = 90
_REACH_AFTER = 110
# a death told of them: in the count's sentence or the next one
_DEATH = re.compile(
    r"\b(?:died|dead|killed|bodies|body|remains|coroner|medical\s+examiner|autops(?:y|ies)|fatal(?:ly)?|deaths?"
    r"|perished|funerals?|buried|mourn\w*)\b",
    re.IGNORECASE,
)
# anyone hurt told anywhere in the article: then 'victims' may take them in
_HURT = re.compile(r"\b(?:injur\w*|wound\w*|hurt|hospital\w*|surviv\w*|critical|stable|shot|treated)\b", re.IGNORECASE)


def dead_counted_by_their_names(claims: list[Claim], text: str | None, title: str | None = None) -> list[Claim]:
    """The dead a text counts by the victims identified or named, as killed, when no claim of the article tells
    its own dead and the text says they are dead (or tells of no one hurt). The body first, then the title ('Police
    name the 10 victims of ...'), whose evidence is its own words or the body's opening."""
    if any(c.metric == KILLED and c.role not in _NOT_OWN for c in claims):
        return claims
    told = f"{title or ''} {text or ''}"
    lowered = safe_lower(told)
    if not any(map(lowered.__contains__, _VICTIM_WORDS)) or not _CUE.search(lowered):
        return claims
    for field, said in (("text", text), ("title", title)):
        if not said:
            continue
        evidence = f"{said} {(text or '')[:_LEAD_CHARS]}" if field == "title" else said
        for m in _namings(said):
            evident = _nobody_hurt(claims, told) or (field == "title" and _DEATH.search(evidence) is not None)
            claim = _named_claim(m, said, field, evident)
            if claim is not None:
                return [*claims, claim]
    return claims


def _nobody_hurt(claims: list[Claim], told: str) -> bool:
    return not any(c.metric in _HURT_METRICS for c in claims) and not _HURT.search(told)


def _namings(said: str) -> Iterator[re.Match[str]]:
    """Each pattern's matches in text order, sought only around the victims' words: the patterns open with a count
    or a word of naming, costly to try at every position of every text that names someone or something."""
    lowered = safe_lower(said)
    anchors = [m.span() for m in _VICTIM_WORD.finditer(lowered)]
    for pattern in _PATTERNS:
        for start, end in anchors:
            window_start = lowered.rfind(" ", 0, max(0, start - _REACH_BEFORE)) + 1
            window_end = lowered.find(" ", end + _REACH_AFTER)
            yield from pattern.finditer(said, window_start, len(said) if window_end < 0 else window_end)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = text.rfind(". ", 0, start)
    first = before + 2 if before >= 0 else 0
    after = text.find(". ", end)
    return first, len(text) if after < 0 else after + 1


def _named_claim(m: re.Match[str], text: str, field: str, evident: bool) -> Claim | None:
    """The killed claim of one naming's count, or None without evidence of death or when its sentence tells
    history."""
    word = m.group("n").lower()
    value = int(word.replace(",", "")) if word[0].isdigit() else words_to_int(tuple(word.split("-")))
    if not value or value < 2:
        return None
    start, end = _sentence_bounds(text, m.start(), m.end())
    _, next_end = _sentence_bounds(text, end + 1, end + 1) if end < len(text) else (end, end)
    if not evident and not _DEATH.search(text, start, next_end):
        return None
    if sentence_role(text[start:end], None) is not Role.TOTAL:
        return None
    n = m.start("n")
    return Claim(
        metric=KILLED, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
        quote=text[n : m.end()], start=n, end=m.end(), field=field, sentence_start=start, sentence_end=end,
    )  # fmt: skip
