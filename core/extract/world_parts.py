"""Parts and wholes in the other languages' counts: a total told after the parts it includes ('어린이 3명을 포함해
모두 12명', 'ocho en total'), and a count of one nationality's dead beside the whole event's toll ('the number of
Iranian pilgrims killed ... the total number of victims is 769'). Read by `core.extract.multilingual`."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.extract.world_roles import _Trigger
from core.models import Claim, Role

_NATIONALS_REACH = 50  # from a count to its people noun's nationality ("6 obreros mexicanos", "زائران ایرانی")


def nationals_beside_the_whole(lang: Language, lower: str, claims: list[Claim]) -> list[Claim]:
    """'The number of Iranian pilgrims killed has risen to 136 ... the total number of victims is 769': a count of
    people named by a nationality (lexicon NATIONALS: the outlet's own citizens, compatriots) beside a larger count of
    the kind in the text is that part of the whole toll; alone it is all the report tells, and stays its toll."""
    if lang.nationals is None:
        return claims
    wholes = [c for c in claims if c.field == "text" and c.role is Role.TOTAL and c.value > 0 and not c.earlier_figure]
    whole_ids = {id(c) for c in wholes}  # (by identity: `c in wholes` compared whole claims field by field)
    parts = {
        i
        for i, c in enumerate(claims)
        if id(c) in whole_ids and _of_nationals(lang, lower, c)
        and any(w.metric == c.metric and w.value > c.value and not _of_nationals(lang, lower, w) for w in wholes)
    }  # fmt: skip
    return [replace(c, role=Role.SUBSET) if i in parts else c for i, c in enumerate(claims)] if parts else claims


def _of_nationals(lang: Language, lower: str, claim: Claim) -> bool:
    """Is the count's people noun qualified by a nationality, in its sentence near the count?"""
    assert lang.nationals is not None
    stop = min(claim.end + _NATIONALS_REACH, len(lower))
    ends = _SENTENCE_STOP.search(lower, claim.end, stop)
    start = max(claim.sentence_start, claim.start - _NATIONALS_REACH)
    return lang.nationals.search(lower, start, ends.start() if ends else stop) is not None


_SENTENCE_STOP = re.compile(r"[.!?;。！？؟]")


def totals_of_parts(
    lang: Language, lower: str, numbers: list[Numeral], bound: list[tuple[Numeral, _Trigger]]
) -> tuple[list[tuple[Numeral, _Trigger]], set[int]]:
    """'убио осморо деце и школског чувара, укупно девет особа', '어린이 3명을 포함해 모두 12명': a number no trigger
    took, right after a word of 'in all' (TOTAL_BEFORE), and larger than the count told before it in the sentence,
    is that count's total, bound to its trigger; the counts of that kind before it are its parts (their starts)."""
    if lang.total_before is None and lang.total_after is None:
        return [], set()
    taken = {n.start for n, _ in bound}
    totals: list[tuple[Numeral, _Trigger]] = []
    parts: set[int] = set()
    for number in numbers:
        if number.start in taken or number.year_like or number.band is not None:
            continue
        after = _total_after(lang, lower, number)  # "..., ocho en total.": its clause ends past 'in all'
        if not after and not _total_before(lang, lower, number):
            continue
        before = [(n, t) for n, t in bound if n.end <= number.start]
        if not before:
            continue
        last, trigger = before[-1]
        if after and (not _apposed(lang, lower, last, number) or any(t.metric != trigger.metric for _, t in before)):
            continue  # "5 morts et 12 blessés, 17 au total": the victims of every kind
        if number.value <= last.value or not (after or _ends_its_clause(lang, lower, number)):
            continue
        totals.append((number, trigger))
        parts.update(n.start for n, t in before if t.metric == trigger.metric)
    return totals, parts


_APPOSED_WORDS = 6  # words from a count to the comma before its total after it ("quatre pompiers ont péri ..., neuf")


def _apposed(lang: Language, lower: str, last: Numeral, number: Numeral) -> bool:
    """The total told after 'in all' stands in apposition to the count before it: only that count's noun and verb
    between them, no 'and' ('Murieron cinco personas y se destruyeron casas, 40 en total': the houses')."""
    words = lower[last.end : number.start].split()
    return len(words) <= _APPOSED_WORDS and not any(w.strip(",") in lang.and_words for w in words)


def _total_before(lang: Language, lower: str, number: Numeral) -> bool:
    return lang.total_before is not None and lang.total_before.search(
        lower, max(0, number.start - _TOTAL_GAP), number.start) is not None  # fmt: skip


def _total_after(lang: Language, lower: str, number: Numeral) -> bool:
    """'Murieron cinco niños, ocho en total', 'Cinq enfants sont morts, huit personnes au total': a number after a
    comma, then (its noun and) 'in all' (TOTAL_AFTER), then its clause's end."""
    return (
        lang.total_after is not None
        and lower[max(0, number.start - 3) : number.start].rstrip().endswith(",")
        and lang.total_after.match(lower, number.end) is not None
    )


_TOTAL_GAP = 16  # from 'in all' to the number: "укупно ", "모두 ", "en total, "
# after a total: a counter of people written on it or its noun, then the clause's end ('девет особа.', '27명으로
# 집계됐다.'); not a thing's noun and a verb of its own ('en total 40 viviendas resultaron dañadas')
_TOTAL_TAIL = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)?\s*(?:[,.;:!?()]|$)")


def _ends_its_clause(lang: Language, lower: str, number: Numeral) -> bool:
    return _TOTAL_TAIL.match(lower, number.end) is not None
