"""The dead among a count of the dead and the hurt together: "219 people were attacked by bears, six of whom died",
"けがをしたり死亡したりした人は180人に達し、このうち5人が死亡した", "пострадали 219 человек, шестеро из них погибли".

The first count is of the harmed (the dead among them), so it is neither the dead nor the hurt (news-dev's convention
for a combined count); the dead are the later count told as a part of it. The hurt are the rest only where the text
says the rest were hurt ("the rest were injured"); else no wounded figure is told. A count told with a plain word
of injury ("Seven were wounded. One of them has since died") is not combined and is left to the passes that read it.

The words are data (`core/data/combined_counts.tsv`, one table for every language): "of them" per language, the
words of a combined count, the words of a death and the words saying the rest were hurt. A language without rows
keeps its figures; a text with no "of them" phrase costs a few `str.find`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from core import tables
from core.extract.clean import safe_lower
from core.models import KILLED, WOUNDED, Claim, Role

# The counted noun a combined count keeps as its metric: neither killed nor wounded
HARMED = "harmed"
# How far around the later count its "of them" and its death word may stand ("このうち5人が死亡", "six of whom died")
_AROUND = 24
# The combined count stands in the later count's sentence or the one right before it ("... 219人で、過去最多となった。
# このうち6人が死亡した"): at most this many characters between the two sentences
_SENTENCE_GAP = 3
# How far before the dead's sentence a combined count the reader gave no figure is looked for ("Bears have attacked
# 64 people since the start of the year. Four of them died.")
_PREVIOUS = 160


@dataclass(frozen=True)
class _Words:
    of_them: tuple[str, ...] = ()
    harmed: tuple[str, ...] = ()
    rest_hurt: tuple[str, ...] = ()
    died: tuple[str, ...] = ()


@cache
def _table() -> dict[str, _Words]:
    found: dict[str, dict[str, list[str]]] = {}
    for language, kind, phrase in tables.rows("combined_counts.tsv"):
        found.setdefault(language, {}).setdefault(kind, []).append(phrase)
    return {lang: _Words(**{k: tuple(v) for k, v in kinds.items()}) for lang, kinds in found.items()}


def dead_among_a_combined_count(claims: Sequence[Claim], code: str, title: str | None, text: str) -> list[Claim]:
    """The claims with a combined count's dead told as the toll, and the combined count no killed or wounded."""
    words = _table().get(code)
    deaths = [c for c in claims if c.metric == KILLED and c.role in (Role.SUBSET, Role.TOTAL) and c.value > 0]
    if words is None or not deaths:
        return list(claims)
    fields = {"title": title or "", "text": text}
    lowered = {name: safe_lower(value) for name, value in fields.items()}
    if not any(p in low for low in lowered.values() for p in words.of_them):
        return list(claims)
    changed: dict[int, Claim] = {}
    for dead in deaths:
        low = lowered.get(dead.field, "")
        if len(low) != len(fields.get(dead.field, "")) or not _told_as_dead_among(dead, low, words):
            continue
        count = _combined_count_before(dead, claims, low, words)
        if count is not None and id(count) not in changed:
            changed[id(dead)] = replace(dead, role=Role.TOTAL)
            changed[id(count)] = _the_combined_count(count, dead, low, words)
        elif dead.role is Role.SUBSET and _alone_after_a_combined_word(dead, claims, low, words):
            changed[id(dead)] = replace(dead, role=Role.TOTAL)
    return [changed.get(id(c), c) for c in claims]


def _alone_after_a_combined_word(dead: Claim, claims: Sequence[Claim], low: str, words: _Words) -> bool:
    """Is `dead` the only death count, told after a combined count the reader gave no figure ("88 people were
    injured or killed in the stampede, of whom nine died"), in its sentence or the one before? Then it is the
    toll, not a part of one."""
    if any(c is not dead and c.metric == KILLED and c.role is Role.TOTAL for c in claims):
        return False
    return any(h in low[max(0, dead.sentence_start - _PREVIOUS) : dead.start] for h in words.harmed)


def _told_as_dead_among(dead: Claim, low: str, words: _Words) -> bool:
    """Is the count told as the dead among a count just given: an "of them" and a word of death around it?"""
    start, end = max(dead.sentence_start, dead.start - _AROUND), min(dead.sentence_end or len(low), dead.end + _AROUND)
    around = low[start:end]
    return any(p in around for p in words.of_them) and any(d in around for d in words.died)


def _combined_count_before(dead: Claim, claims: Sequence[Claim], low: str, words: _Words) -> Claim | None:
    """The larger count of the dead or the hurt right before `dead`, in its sentence or the one before, told with
    a word of a combined count between its sentence's start and the dead."""
    before = [
        c
        for c in claims
        if c is not dead
        and c.field == dead.field
        and c.metric in (KILLED, WOUNDED)
        and c.role is Role.TOTAL
        and c.derivation is None
        and c.value > dead.value
        and c.end <= dead.start
        and (c.sentence_start == dead.sentence_start or _opens_with_of_them(dead, c, low, words))
    ]
    if not before:
        return None
    count = max(before, key=lambda c: c.end)
    span = low[count.sentence_start : dead.start]
    return count if any(h in span for h in words.harmed) else None


def _opens_with_of_them(dead: Claim, count: Claim, low: str, words: _Words) -> bool:
    """Is the dead's sentence the one right after the count's, opening with its "of them" ("このうち6人が死亡した",
    "Of these, five died")? A later sentence of other people ("Huit terroristes sont morts, dont sept ...") is not."""
    if not 0 <= dead.sentence_start - count.sentence_end <= _SENTENCE_GAP:
        return False
    opening = low[dead.sentence_start : dead.start].lstrip()
    return any(opening.startswith(p) for p in words.of_them)


def _the_combined_count(count: Claim, dead: Claim, low: str, words: _Words) -> Claim:
    """The combined count as the hurt (the rest, where the text says the rest were hurt), else as the harmed."""
    after = low[dead.start : (dead.sentence_end or dead.end) + _AROUND * 3]
    if any(r in after for r in words.rest_hurt):
        rest = count.value - dead.value
        return replace(count, metric=WOUNDED, value=rest, low=rest, high=rest, derivation="derived")
    return replace(count, metric=HARMED)
