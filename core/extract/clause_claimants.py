"""Competing claimants told clause by clause: 'Rebels said more than 50 people were killed, but the government said
14 died'; 'El gobierno informó de 14 muertos, pero la oposición denunció más de 50'. Each clause's figure is its own
speaker's, where the sentence-wide source reading gives both figures the first speaker. A figure whose clause names
an unofficial claimant (lexicon UNOFFICIAL_SOURCES: the opposition, rebels, activists, residents) is theirs; one whose
clause names only an official source (SOURCE_NOUNS) is that source's. `core.competing_claimants` then takes the
authorities' figure as the headline. Clauses open at the lexicon's CONTRAST_CLAUSES and CLAIMANT_BREAKS ('but',
'while', 'pero', 'mais', 'ma') and at a semicolon.

Read only where two figures of one harm, different, are told in one sentence or neighbouring sentences, and one of
them has a claimant in its clause: an article's other figures keep their sources."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from core.extract.clean import safe_lower
from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES, load
from core.models import KILLED, WOUNDED, Claim, Role

_NEIGHBOURING = 3  # characters at most between one sentence's end and the next one's start


class _Cues:
    """One language's clause breaks, unofficial claimants and official sources, as patterns over lowered text."""

    def __init__(self, language: str) -> None:
        lexicon = load(language)
        match = getattr(lexicon, "MATCH", "word")
        left, right = ("", "") if match == "any" else (r"(?<!\w)", r"(?!\w)" if match == "word" else "")
        unofficial = {safe_lower(w) for w in getattr(lexicon, "UNOFFICIAL_SOURCES", ())}
        official = {safe_lower(w) for w in getattr(lexicon, "SOURCE_NOUNS", ())} - unofficial
        breaks = {safe_lower(w) for w in (*getattr(lexicon, "CONTRAST_CLAUSES", ()),
                                          *getattr(lexicon, "CLAIMANT_BREAKS", ()))}  # fmt: skip
        self.unofficial = _pattern(unofficial, left, right)
        self.official = _pattern(official, left, right)
        self.breaks = re.compile(rf";|{left}(?:{_alternation(breaks)}){right}") if breaks else re.compile(";")


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _pattern(words: set[str], left: str, right: str) -> re.Pattern[str] | None:
    return re.compile(rf"{left}(?:{_alternation(words)}){right}") if words else None


@cache  # every language, warmed at once (warm_up)
def _cues(language: str) -> _Cues | None:
    if language not in LANGUAGES and language not in WORLD_LANGUAGES:
        return None
    cues = _Cues(language)
    return cues if cues.unofficial is not None else None


def load_cues(language: str) -> None:
    """Compile the language's cues now (warm_up): their alternations of source nouns cost a few milliseconds each,
    which the first article with rival totals in that language would otherwise pay."""
    _cues(language)


def claimants_by_clause(claims: list[Claim], language: str, title: str | None, text: str) -> list[Claim]:
    """The claims, those of competing claimants told clause by clause attributed to their clause's speaker."""
    rivals = [c for c in claims if c.metric in (KILLED, WOUNDED) and c.role is Role.TOTAL and not c.separate_incident]
    if len(rivals) < 2 or len({c.value for c in rivals}) < 2:
        return claims
    cues = _cues(language)
    if cues is None:
        return claims
    texts = {"title": safe_lower(title or ""), "text": safe_lower(text)}
    speakers: dict[int, str] = {}
    claimant_told = False
    for c in rivals:
        if not any(o.metric == c.metric and o.value != c.value and _side_by_side(c, o) for o in rivals):
            continue
        speaker = _clause_speaker(cues, texts.get(c.field, ""), c)
        if speaker is None:
            continue
        claimant_told = claimant_told or _is_unofficial(cues, speaker)
        if _of_another_kind(cues, speaker, c.attribution):
            speakers[id(c)] = speaker
    if not claimant_told or not speakers or not _both_kinds(cues, rivals, speakers):
        return claims
    return [replace(c, attribution=speakers[id(c)]) if id(c) in speakers else c for c in claims]


def _both_kinds(cues: _Cues, rivals: list[Claim], speakers: dict[int, str]) -> bool:
    """Do the rivals, read clause by clause, hold both an official and an unofficial source? Only then do they
    compete ('... left residents asking why' beside a toll names no rival count)."""
    kinds = {
        _is_unofficial(cues, speakers[id(c)]) if id(c) in speakers else _told_unofficial(cues, c.attribution)
        for c in rivals
        if id(c) in speakers or c.attribution is not None
    }
    return kinds == {True, False}


def _told_unofficial(cues: _Cues, attribution: str | None) -> bool:
    return (
        attribution is not None
        and cues.unofficial is not None
        and cues.unofficial.search(safe_lower(attribution)) is not None
    )


def _is_unofficial(cues: _Cues, speaker: str) -> bool:
    return cues.unofficial is not None and cues.unofficial.fullmatch(speaker) is not None


def _of_another_kind(cues: _Cues, speaker: str, attribution: str | None) -> bool:
    """Does the clause's speaker change the claim's kind of source (unofficial for an official one, or the reverse)?
    A source of the same kind the claim already carries ('the interior ministry') is kept, as it is told."""
    if attribution is None:
        return True
    return _told_unofficial(cues, attribution) != _is_unofficial(cues, speaker)


def _clause_speaker(cues: _Cues, lower: str, claim: Claim) -> str | None:
    """The claimant (else the official source) named in the clause the claim is told in; None when its clause
    names neither, or both."""
    start, end = claim.sentence_start, min(claim.sentence_end, len(lower))
    if not start <= claim.start < end:
        return None
    for m in cues.breaks.finditer(lower, start, end):
        if m.start() <= claim.start:
            start = m.end()
        elif m.start() >= claim.end:
            end = m.start()
            break
    unofficial = cues.unofficial.search(lower, start, end) if cues.unofficial is not None else None
    official = cues.official.search(lower, start, end) if cues.official is not None else None
    if (unofficial is None) == (official is None):
        return None
    found = unofficial or official
    return found.group() if found is not None else None


def _side_by_side(a: Claim, b: Claim) -> bool:
    if a.field != b.field or a.lead_headline != b.lead_headline:
        return False
    first, second = (a, b) if a.sentence_start <= b.sentence_start else (b, a)
    return (
        first.sentence_start == second.sentence_start
        or 0 <= second.sentence_start - first.sentence_end <= _NEIGHBOURING
    )
