"""The sentences of a text in the reporters' own languages, and the quotations that run over them (read by
core.extract.multilingual)."""

from __future__ import annotations

import re
from itertools import repeat

from core.extract.world_language import Language

# A sentence: characters but a line break and a closing mark, or a full stop, '!' or '?' that goes on a word ("3.5",
# "U.S."), then its closing marks or the line's end. Written as a run of the plain characters, each such mark
# opening another run ("unrolled"), rather than one alternative per character: the engine reads a run in one tight
# loop (two and a half times faster), and the same text gives the same sentences, tried from the same longest end.
_PLAIN = r"[^\n.!?。！？؟।۔።။]"
_GOES_ON = r"[.!?](?=[^\s.!?])"
SENTENCE = re.compile(rf"(?:{_PLAIN}|{_GOES_ON}){_PLAIN}*(?:{_GOES_ON}{_PLAIN}*)*(?:[.!?。！？؟।۔።။]+|$)", re.MULTILINE)


def sentence_spans(lang: Language, norm: str) -> list[tuple[int, int]]:
    """The text's sentences; a full stop that closes an abbreviated scale word before a lowercase word ends none
    ("Ponad 6,5 tys. osób zostało rannych": one sentence), nor one that closes a title ("মো. শাহজাহান জানান")."""
    spans = [m.span() for m in SENTENCE.finditer(norm)]
    scales, titles = lang.numbers.abbreviations, lang.abbreviations
    if not scales and not titles and lang.months is None and not lang.ordinal_dot:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and norm[out[-1][1] - 1] == "." and (
            _ordinal_day(lang, norm, out[-1][1], end) or _year_abbreviated(norm, out[-1][1], start)
            or _an_ordinals_dot(lang, norm, out[-1][1], start)
        ):
            out[-1] = (out[-1][0], end)
            continue
        if out:
            before = norm[out[-1][0] : out[-1][1]].rstrip().lower()
            lower_next = norm[start:end].lstrip()[:1].islower()
            if any(
                before.endswith(mark) and before[: -len(mark)][-1:] in ("" if title else "0123456789") + " \n"
                for marks, title in ((scales if lower_next else (), False), (titles, True))
                for mark in marks
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_DAY_DOT = re.compile(r"(?<![\d.,])\d{1,2}\.\s*$")


def _ordinal_day(lang: Language, norm: str, cut: int, end: int) -> bool:
    """'vom 8. Februar 12.391 Menschen', 'den 8. februar': the full stop of a day's ordinal before its month
    ends no sentence."""
    if lang.months is None:
        return False
    day = _DAY_DOT.search(norm, max(0, cut - 6), cut)
    if day is None:
        return False
    return lang.months[0].match(norm[day.start() : end].lower()) is not None


_ORDINAL_DOT = re.compile(r"(?:(\w+)\s+)?(?<![\w.,])\d{1,3}\.\s*$")


def _an_ordinals_dot(lang: Language, norm: str, cut: int, start: int) -> bool:
    """'im 3. Stock', 'binanın 3. katında', 've 3. patře': the full stop of an ordinal ends no sentence, in a
    language that writes ordinals so (lexicon ORDINAL_DOT), when a lowercase word goes on or the word before it
    takes an ordinal (ORDINAL_DOT_BEFORE)."""
    if not lang.ordinal_dot or not "0" <= norm[cut - 2 : cut - 1] <= "9":
        return False
    m = _ORDINAL_DOT.search(norm[max(0, cut - 30) : cut])
    if m is None:
        return False
    word = (m.group(1) or "").lower()
    return norm[start : start + 8].lstrip()[:1].islower() or word in lang.ordinal_dot_before


_YEAR_WORD = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s?[^\W\d_]{1,2}\.\s*$")


def _year_abbreviated(norm: str, cut: int, start: int) -> bool:
    """'W 2018 r. w podobnym wypadku zginęło 10 osób', '2019. g. u požaru': the abbreviated word for a year after
    one ends no sentence when a lowercase word goes on."""
    return _YEAR_WORD.search(norm, max(0, cut - 10), cut) is not None and norm[start : start + 8].lstrip()[:1].islower()


_QUOTES = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", "‹": "›"}
_QUOTE_SENTENCES = 4  # sentences a quotation may run on after the figure's before its speaker is named


_OPENING_MARKS = ('"', *_QUOTES)


def _first_opening_mark(norm: str, start: int, end: int) -> int:
    """Where the first mark that may open a quotation stands in norm[start:end], or -1 (a few `str.find`s, in C,
    instead of a Python step per character of the paragraph)."""
    found = [at for at in map(norm.find, _OPENING_MARKS, repeat(start), repeat(end)) if at >= 0]
    return min(found) if found else -1


def quote_closing(norm: str, spans: list[tuple[int, int]], index: int) -> int | None:
    """The sentence that closes the quotation the sentence at `index` stands in (the quotation open at its end, in
    its paragraph), or None."""
    a, b = spans[index]
    start = norm.rfind("\n", 0, a) + 1
    first = _first_opening_mark(norm, start, b)
    if first < 0:
        return None  # no mark opens a quotation in the paragraph up to the sentence's end: none is open there
    open_marks: list[str] = []
    for ch in norm[first:b]:  # (before the first opening mark, no mark is open: nothing to read)
        if ch == '"':
            if open_marks and open_marks[-1] == '"':
                open_marks.pop()
            else:
                open_marks.append('"')
        elif ch in _QUOTES:
            open_marks.append(_QUOTES[ch])
        elif open_marks and ch == open_marks[-1]:
            open_marks.pop()
    if not open_marks:
        return None
    close = open_marks[0]
    end = norm.find("\n", b)
    at = norm.find(close, b, end if end != -1 else len(norm))
    if at == -1:
        return None
    return next(
        (i for i in range(index + 1, min(len(spans), index + 1 + _QUOTE_SENTENCES)) if spans[i][0] <= at < spans[i][1]),
        None,
    )
