"""A toll told as a list of places with its word told once, in any language: 'El sismo dejó 70 muertos en Manabí y 4
en Guayas', 'Le séisme a fait 70 morts dans la province de Manabí et 4 dans celle de Guayas', "Depremde
Kahramanmaraş'ta 70, Hatay'da 4 kişi hayatını kaybetti". The numbers the toll's word does not count are shares of
the same kind, each with its place: together they are the toll, the parts become subsets (as the injured by
severity are summed, `world_grades`).

A number left unbound is a share when it stands in a list with a counted one, parted by a comma or 'and' with no
trigger between them, and the two are told in parallel: the same short word after each, a capitalised name soon
after it ('en Manabí y 4 en Guayas'; not '4 en estado grave', nor 'en 2024'); or, when the list comes before its
word, a case ending after an apostrophe or the same ending on the word before each ("Kahramanmaraş'ta 70,
Hatay'da 4", "서울에서 5명, 부산에서 3명이"). The sum is the toll only when the field tells no other toll of its
kind: a list beside a toll is its shares, left as they are; shares that add up to the counted one are its
breakdown. No language's words are written here; 'and' is the lexicon's COORDINATORS.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.numerals import Numeral
from core.extract.qualifiers import bounds
from core.extract.world_language import Language
from core.extract.world_roles import _Trigger
from core.models import Claim, Qualifier, Role

_GAP = 48  # characters between two shares of a list
_PREPOSITION = 4  # the parallel word after each share is a short one ('en', 'dans', 'in', 'à')
_WORDS_AFTER = 3  # how far after the counted share its parallel word may stand ('70 personas murieron en')
_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_ENDING = 2  # letters two words before their shares must end alike ('서울에서', '부산에서')
_APOSTROPHES = "'’"
_NAME_WORDS = 5  # words after a share within which its place is named
_STOP = re.compile(r"[;:()\[\]|.!?。！？؟।]|\s[-–]\s")


def listed_shares(
    lang: Language,
    original: str,
    lower: str,
    numbers: list[Numeral],
    bound: list[tuple[Numeral, _Trigger]],
    out: list[Claim],
    claim_at: dict[int, int],
    triggers: list[_Trigger],
) -> list[tuple[int, list[Numeral]]]:
    """The lists of shares the sentence tells: the index of the counted share's claim in `out`, the other shares."""
    counted = {n.start for n, _ in bound}
    free = [
        n for n in numbers
        if n.start not in counted and not n.year_like and n.band is None and not (n.words and n.value == 1)
    ]  # fmt: skip
    if not free:
        return []
    lists = []
    for number, trigger in bound:
        index = claim_at.get(number.start)
        if index is None or out[index].role is not Role.TOTAL or trigger.metric not in ("killed", "wounded"):
            continue
        if number.band is not None:
            continue  # a vague quantity ('des dizaines de milliers') has no exact shares to add: no sum no one gave
        shares = _after(lang, original, lower, number, trigger, free, triggers) or _before(
            lang, lower, number, trigger, free, triggers
        )
        if shares and sum(n.value for n in shares) != number.value:  # "12 heridos, 4 en ... y 8 en ...": its parts
            lists.append((index, shares))
    return lists


def sum_lists(original: str, out: list[Claim], lists: list[tuple[int, list[Numeral]]]) -> None:
    """Each list's sum is the toll (`out` changed in place: the parts become subsets, the sum is appended) when the
    field tells no other toll of its kind: a list beside a toll is its shares ('36 en India, 12 en China y 4 en
    Bangladesh' besides a country's own toll; '19 morts rue de Charonne et 12 rue Alibert'), told as they are."""
    for index, shares in lists:
        base = out[index]
        if any(
            c.metric == base.metric and c.role is Role.TOTAL and i != index and c.start not in (n.start for n in shares)
            for i, c in enumerate(out)
        ):
            continue
        _sum(original, out, index, shares)


def _after(
    lang: Language,
    original: str,
    lower: str,
    number: Numeral,
    trigger: _Trigger,
    free: list[Numeral],
    triggers: list[_Trigger],
) -> list[Numeral]:
    """'70 muertos en Manabí y 4 en Guayas', 'murieron 70 en Manabí, 12 en Guayas y 4 en Loja': shares after the
    counted one, each followed by the word that follows it."""
    end = max(number.end, trigger.end) if trigger.start >= number.end else number.end
    words = []
    at = end
    for _ in range(_WORDS_AFTER):
        m = _WORD.match(lower, at)
        if m is None:
            break
        words.append(m.group(1))
        at = m.end()
    parallel = {w for w in words if len(w) <= _PREPOSITION and w not in lang.and_words}
    if not parallel or not _named_after(original, end):
        return []
    shares: list[Numeral] = []
    last = end
    for share in (n for n in free if n.start > end):
        m = _WORD.match(lower, share.end)
        if (
            share.start - last > _GAP
            or m is None
            or m.group(1) not in parallel
            or lower[m.end() : m.end() + 2].strip()[:1].isdigit()  # "70 muertos en 2023 y 4 en 2024": years
            or not _named_after(original, m.start(1))
            or not _parted(lang, lower, last, share.start)
            or any(last <= t.start < m.end() for t in triggers)
        ):
            break
        shares.append(share)
        last = m.end()
    return shares


def _before(
    lang: Language, lower: str, number: Numeral, trigger: _Trigger, free: list[Numeral], triggers: list[_Trigger]
) -> list[Numeral]:
    """"Kahramanmaraş'ta 70, Hatay'da 4 kişi hayatını kaybetti": shares before the counted one, its word after it,
    each after a word of the same make as the one before the counted share."""
    if trigger.start < number.end:
        return []
    mine = _word_before(lower, number.start)
    if mine is None:
        return []
    shares: list[Numeral] = []
    first = mine.start()
    for share in reversed([n for n in free if n.end <= first]):
        theirs = _word_before(lower, share.start)
        if (
            first - share.end > _GAP
            or theirs is None
            or not _alike(mine.group(1), theirs.group(1))
            or not _parted(lang, lower, share.end, first)
            or any(share.start <= t.start < number.start for t in triggers)
            or _after_subset_marker(lang, lower, share)
        ):
            break
        shares.append(share)
        first = theirs.start()
    return shares


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """`_WORD_BEFORE.search(text, 0, end)`: the last word before `end`, searched for from that word's start (from 0,
    the search would try every word of the text before it)."""
    head = text[:end].rstrip()
    start = len(head) - len(head.rsplit(None, 1)[-1]) if head else 0
    return _WORD_BEFORE.search(text, start, end)


_MARKER_REACH = 24


def _after_subset_marker(lang: Language, lower: str, share: Numeral) -> bool:
    """'entre ellas 15 niños, y otras 200': a number right after a SUBSET_BEFORE marker is a part of the count before
    it, no share told in parallel with the next one (whatever ending 'ellas' and 'otras' share)."""
    if lang.subset_before is None:
        return False
    start = max(0, share.start - _MARKER_REACH)
    return any(not lower[m.end() : share.start].strip() for m in lang.subset_before.finditer(lower, start, share.start))


def _named_after(original: str, at: int) -> bool:
    """A capitalised name within the words after `at` ('en Manabí', 'dans la province de Manabí'): the share is a
    place's, not a state's ('4 en estado grave') nor a time's (scripts without capitals tell no name: none)."""
    for _ in range(_NAME_WORDS):
        word = _WORD.match(original, at)
        if word is None:
            return False
        if word.group(1)[:1].isupper():
            return True
        at = word.end()
    return False


def _alike(mine: str, theirs: str) -> bool:
    """Two words told in parallel before their numbers: each with a case ending after an apostrophe, or with the
    same last letters, neither a number."""
    if mine == theirs or any(ch.isdigit() for ch in mine + theirs):
        return False
    if any(a in mine for a in _APOSTROPHES) and any(a in theirs for a in _APOSTROPHES):
        return True
    return len(mine) > _ENDING and len(theirs) > _ENDING and mine[-_ENDING:] == theirs[-_ENDING:]


def _parted(lang: Language, lower: str, start: int, end: int) -> bool:
    """A comma or 'and' between two shares, no stronger break."""
    between = lower[start:end]
    if _STOP.search(between):
        return False
    return "," in between or "،" in between or "，" in between or any(w in lang.and_words for w in between.split())


def _sum(original: str, out: list[Claim], index: int, shares: list[Numeral]) -> None:
    base = out[index]
    total = base.value + sum(n.value for n in shares)
    start = min(base.start, *(n.start for n in shares))
    end = max(base.end, *(n.end for n in shares))
    low, high = bounds(total, base.qualifier if base.qualifier is not Qualifier.RANGE else Qualifier.EXACT)
    out[index] = replace(base, role=Role.SUBSET)
    out.append(
        replace(base, value=total, low=low, high=high, role=Role.TOTAL, start=start, end=end,
                quote=original[start:end], singular=False)
    )  # fmt: skip
