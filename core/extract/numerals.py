"""Numbers as any language writes them, with offsets in the given text.

- digits of any script (`int` reads Arabic-Indic, Devanagari, Bengali ... digits), grouped and with a decimal
  mark as the language's lexicon says ("1.452" is 1452 in Spanish, "6 500" in French, "1,5 millones");
- a scale word after digits ("1,5 millones", "6 bin", "3 ribu", "1.2万", "2만");
- number words: text2num where it covers the language (lexicon `TEXT2NUM`), else the lexicon's `NUMBER_WORDS`
  composed arithmetically ("dört yüz" = 400, "三千五百" = 3500, "tizenketten" = 12 with `COMPOUND_NUMBERS`);
- vague quantities (lexicon `VAGUE_QUANTITIES`: "decenas", "des centaines", "Tausende", "yüzlerce", "عشرات"),
  coded the way ACLED codes them (dozens 12, hundreds 100) with the band the word allows: never a precise figure.

Dates, times and scores ("06.02.2023", "14:30", "2023-02-06") are not counts and are not returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from types import ModuleType
from typing import Any

from core.extract.alternation import alternation

_any_of = partial(alternation, loose_spaces=True)  # a space in a phrase matches a line break too

_DATE_JOIN = frozenset(".:/-")


def _word_start(lexicon: ModuleType) -> str:
    """Where a vague quantity may begin in a language whose words are spaced: at a word's start, or, where its words
    match anywhere (MATCH "any"), after one of the particles written onto a word (JOINED_PARTICLES: "وعشرات", and
    dozens). Not inside a word: Persian "خانواده‌های" (the families of), read without its joiner, holds "دهها"
    (dozens)."""
    particles = getattr(lexicon, "JOINED_PARTICLES", ()) if lexicon.MATCH == "any" else ()
    after = "".join(rf"|(?<=(?<!\w){re.escape(p)})" for p in particles)
    return rf"(?:(?<!\w){after})"


def _combining_marks() -> str:
    """A character class of the combining marks (vowel signs, viramas): Python's \\w leaves them out."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")]
    ranges: list[tuple[int, int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges) + "]"


_MARKS = _combining_marks()


_SPACES = re.compile(r"\s*")

@dataclass(frozen=True, slots=True)
class Numeral:
    value: int
    start: int
    end: int
    words: bool  # written in words, not digits
    year_like: bool = False  # four plain digits 1900-2099: a year, not a count
    approximate: bool = False  # "une centaine", "un centenar": about the value
    above: bool = False  # "শতাধিক" (a hundred and more): more than the value
    scaled: bool = False  # digits and a scale word: "44 bin", "12 ہزار"
    band: tuple[int, int] | None = None  # a vague quantity ("decenas", "hundreds"): the band it allows


class _TextToNumToken:
    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: Any) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


_WORD_TOKEN = re.compile(r"\w+|[^\w\s]")


class NumberReader:
    """Reads the numbers of one language, configured by its lexicon module."""

    def __init__(self, lexicon: ModuleType) -> None:
        group_marks: str = getattr(lexicon, "DIGIT_GROUPS", ",")
        decimal_mark: str = getattr(lexicon, "DECIMAL", ".")
        groups = "".join(re.escape(c) for c in group_marks)
        decimal = re.escape(decimal_mark)
        grouped = rf"\d{{1,3}}(?:[{groups}]\d{{3}})+" if groups else r"(?!)"
        if getattr(lexicon, "LAKH_GROUPS", False):  # "1,20,000": pairs of digits above the thousands
            grouped = rf"\d{{1,2}}(?:[{groups}]\d{{2}})+[{groups}]\d{{3}}|{grouped}"
        # not glued to a Latin word ("G7", "COVID-19"), nor the tail of one ("B27": its 7 after the 2 the letter kept
        # from reading); CJK and other scripts write counts right after a word
        self._digits = re.compile(rf"(?<![A-Za-z\u00c0-\u024f\d])(?:{grouped}|\d+)(?:{decimal}\d+)?")
        self._groups = set(group_marks)
        self._decimal = decimal_mark
        # a calendar whose years run ahead of the Gregorian (th: Buddhist era, 543): its years 1900-2099 shifted
        self._era = int(getattr(lexicon, "ERA_YEARS", 0))
        joined = not getattr(lexicon, "SPACED", True)  # zh, ja: number words run into the next word
        attached = lexicon.MATCH != "word"  # "12 हजारभन्दा", "2만명": a scale word takes endings
        scales: dict[str, int] = {k: v for k, v in getattr(lexicon, "SCALES", {}).items() if v}
        self._scales = scales
        # "11 ألفا و300", "2 mil e 500": the 'and' between a scaled thousand and the digits below it (SCALE_JOINERS)
        joiners = getattr(lexicon, "SCALE_JOINERS", ())
        # (after the rest of the scale word: "ألفا", the accusative of "ألف")
        self._scale_gap = re.compile(rf"[^\W\d_]*\s*(?:(?:{_any_of(list(joiners))})\s*)?") if joiners else _SPACES
        # "6,5 tys. osób", "2 тыс. человек": a scale written short with a full stop, which ends no sentence
        self.abbreviations = tuple(k for k in scales if k.endswith("."))
        self._scale_after = (
            re.compile(r"\s?(" + _any_of(list(scales)) + r")" + ("" if attached else r"(?!\w)"))
            if scales
            else None
        )
        self._text2num: str | None = lexicon.LANGUAGE if getattr(lexicon, "TEXT2NUM", False) else None
        given = getattr(lexicon, "NUMBER_WORDS", {})  # values, or a string of words text2num reads
        words: dict[str, int] = dict.fromkeys(given.split(), 0) if isinstance(given, str) else dict(given)
        words.update({k: v for k, v in scales.items() if k not in words})
        self._approximate: dict[str, int] = {
            re.sub(r"\s+", " ", k): v for k, v in getattr(lexicon, "APPROXIMATE", {}).items()
        }
        self._above = {re.sub(r"\s+", " ", k) for k in getattr(lexicon, "ABOVE", {})}
        self._approximate.update({re.sub(r"\s+", " ", k): v for k, v in getattr(lexicon, "ABOVE", {}).items()})
        self._approx = (
            re.compile(r"(?<!\w)(" + _any_of(list(self._approximate)) + r")(?!\w)") if self._approximate else None
        )
        # "decenas" (12, 12, 99), "des centaines" (100, 100, 999): coded value and band; whole words, or anywhere
        # in a language whose words take clitics and prefixes (MATCH "any": "والعشرات", "수십명")
        self._vague: dict[str, tuple[int, int, int]] = {
            re.sub(r"\s+", " ", k): v for k, v in getattr(lexicon, "VAGUE_QUANTITIES", {}).items()
        }
        loose = lexicon.MATCH == "any"
        self._vague_words = (
            re.compile(
                (_word_start(lexicon) if not loose or not joined else "")
                + "("
                + _any_of(list(self._vague))
                + ")"
                + ("" if loose else r"(?!\w)")
            )
            if self._vague
            else None
        )
        self._multipliers = frozenset(getattr(lexicon, "MULTIPLIERS", ()))
        # "fukki xale ak benn" (ten children and one: 11): a count's units after its noun (lexicon UNITS_AFTER_NOUN)
        after_noun = getattr(lexicon, "UNITS_AFTER_NOUN", ())
        self._units_after_noun = (
            re.compile(rf"\s+[^\W\d_]+\s+(?:{_any_of(list(after_noun))})\s+") if after_noun else None
        )
        # "dari biyu" (200), "elfu mbili" (2000): a scale word before its multiplier (lexicon SCALE_FIRST)
        self._scale_first = frozenset(getattr(lexicon, "SCALE_FIRST", ()))
        self._halves = _halves_pattern(lexicon, words, scales, attached)
        # "treinta y un", "doscientos un": words that are a number only after another number word ("un" alone is
        # the article: "un incendio"); lexicon NUMBER_WORDS_AFTER
        after_given = getattr(lexicon, "NUMBER_WORDS_AFTER", ())  # words, or words and their values
        after_words = [w for w in after_given if w not in words]
        if isinstance(after_given, dict):
            words_after_values = {w: v for w, v in after_given.items() if w not in words}
        else:
            words_after_values = dict.fromkeys(after_words, 0)
        self._word_values = {**words_after_values, **words}
        # text2num's spelling of a word it does not know ("veintiún": "veintiuno"); lexicon TEXT2NUM_SPELLINGS
        self._spellings: dict[str, str] = dict(getattr(lexicon, "TEXT2NUM_SPELLINGS", {}))
        if words:
            one = _any_of(list(words))
            tail = _any_of([*words, *after_words]) if after_words else one
            joiner_words = list(getattr(lexicon, "NUMBER_JOINERS", ()))
            joiners = _any_of(joiner_words) if joiner_words else ""
            # "tizenketten", "negyvenöt": number words written together (lexicon COMPOUND_NUMBERS), still whole words
            sep = r"[\s-]*" if joined or getattr(lexicon, "COMPOUND_NUMBERS", False) else r"[\s-]+"
            glue = rf"(?:{sep}(?:(?:{joiners}){sep})?)" if joiners else sep
            # whole words ("ہزار396" too); a vowel sign goes on with the word ("তিন" is three, "তিনি" is "he"); a
            # counter may be written onto the number ("বারোজন": twelve people, lexicon NUMBER_COUNTERS)
            # ... or a case ending ("দুই হাজারের বেশি": more than two thousand, lexicon NUMBER_ENDINGS)
            endings = [*getattr(lexicon, "NUMBER_COUNTERS", ()), *getattr(lexicon, "NUMBER_ENDINGS", ())]
            counters = _any_of(endings)
            counter = rf"(?:{counters})?" if counters else ""
            # nor a word's end after a vowel sign ("লাশ", a body, does not end in "শ", a hundred)
            left, right = ("", "") if joined else (rf"(?<!\w)(?<!{_MARKS})", rf"{counter}(?![^\W\d_]|{_MARKS})")
            self._words: re.Pattern[str] | None = re.compile(rf"{left}(?:{one})(?:{glue}(?:{tail}))*{right}")
            self._word_piece = re.compile(tail)
        else:
            self._words = None

    def read(self, text: str, lower: str, start: int, end: int) -> list[Numeral]:
        halves = self._half_numerals(lower, start, end)
        digits = self._digit_numerals(text, lower, start, end)
        found = [n for n in digits if not any(h.start < n.end and n.start < h.end for h in halves)]
        found += halves
        taken = [(n.start, n.end) for n in found]
        vague = list(self._vague_words.finditer(lower, start, end)) if self._vague_words is not None else []
        if vague:  # "amashumi amabili" (20): a number of words that holds a vague one ("amashumi", tens) is the number
            words_found = self._word_numerals(lower, start, end)
            vague = [m for m in vague if not any(_holds_longer(n, m) for n in words_found)]
        if self._approx is not None:
            for m in self._approx.finditer(lower, start, end):
                if any(a < m.end() and m.start() < b for a, b in taken) or _inside_longer(m, vague):
                    continue  # "mehrere Dutzend": the vague quantity, not "Dutzend" (about 12) inside it
                key = re.sub(r"\s+", " ", m.group(1))
                value = self._approximate.get(key, 0)
                above = key in self._above
                found.append(Numeral(value, m.start(), m.end(), True, approximate=not above, above=above))
                taken.append(m.span())
        if vague:
            for m in vague:
                if any(a < m.end() and m.start() < b for a, b in taken) or self._counted_before(lower, start, m):
                    continue  # "3 tysiące", "dwa tysiące": a scale word after a number, not a vague quantity
                value, low, high = self._vague[re.sub(r"\s+", " ", m.group(1))]
                found.append(Numeral(value, m.start(), m.end(), True, band=(low, high)))
                taken.append(m.span())
        digits_end = {n.end for n in found if not n.words}
        for n in self._word_numerals(lower, start, end):
            if any(a < n.end and n.start < b for a, b in taken):
                continue
            if n.value < 1000 and _right_after(text, n.start, digits_end):
                continue  # "81 năm" (81 years): a word after digits is their unit, not another number
            found.append(n)
        found.sort(key=lambda n: n.start)
        if self._units_after_noun is not None:
            found = _units_after_noun(found, text, self._units_after_noun)
        return _merge_words_and_digits(found, text, self._scale_gap)

    def vague_at(self, lower: str, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a vague quantity ('수' in '수십', '数' in '数十')."""
        if self._vague_words is None:
            return False
        return any(
            m.start() <= start and end <= m.end() for m in self._vague_words.finditer(lower, max(0, start - 8), end + 8)
        )

    def _counted_before(self, lower: str, start: int, m: re.Match[str]) -> bool:
        """Whether digits or a number word stand right before the vague word (it is then their scale)."""
        words = lower[max(start, m.start() - 24) : m.start()].split()
        if not words:
            return False
        if words[-1][-1].isdigit():
            return True
        return self._words is not None and self._words.fullmatch(words[-1]) is not None

    def _half_numerals(self, lower: str, start: int, end: int) -> list[Numeral]:
        """'দেড় হাজার' (1500), 'সাড়ে তিন হাজার' (3500), 'ढाई सौ' (250), 'দুই শতাধিক' (200 and more): a fraction
        word or a whole-and-a-half word before a scale, or a number before a 'hundred and more' word (lexicon
        FRACTIONS, FRACTION_BEFORE, ABOVE)."""
        if self._halves is None:
            return []
        pattern, fractions, offsets = self._halves
        out: list[Numeral] = []
        for m in pattern.finditer(lower, start, end):
            groups = m.groupdict()  # a lexicon with no fractions or halves has no such groups ("yüzden fazla", tr)
            frac, off = groups.get("frac"), groups.get("off")
            scale_word = re.sub(r"\s+", " ", m.group("scale"))
            above = scale_word in self._above
            scale = self._approximate[scale_word] if above else self._word_values.get(scale_word, 0)
            if not (frac or off or above):
                continue  # "তিন হাজার": a plain number, read as one
            if frac:
                base = fractions[re.sub(r"\s+", " ", frac)]
            else:
                written = groups.get("whole") or m.group("base") or ("1" if off else "")
                whole = int(written) if written.isdigit() else self._word_value(written)
                if whole is None:
                    continue
                base = whole + (offsets[re.sub(r"\s+", " ", off)] if off else 0.0)
            if scale and base:
                out.append(Numeral(round(base * scale), m.start(), m.end(), True, above=above))
        return out

    def _digit_numerals(self, text: str, lower: str, start: int, end: int) -> list[Numeral]:
        out: list[Numeral] = []
        for m in self._digits.finditer(text, start, end):
            a, b = m.span()
            if _joined_to_digit(text, a, b):
                continue
            raw = m.group()
            integer, _, fraction = raw.partition(self._decimal) if self._decimal in raw else (raw, "", "")
            digits = "".join(ch for ch in integer if ch not in self._groups)
            try:
                value = int(digits)
            except ValueError:
                continue
            scale = self._scale_after.match(lower, b, end) if self._scale_after else None
            if fraction and not scale and len(fraction) == 3:
                value, fraction = int(digits + fraction), ""  # "1,452" with a decimal comma: a grouping
            if scale:
                factor = self._scales.get(re.sub(r"\s+", " ", scale.group(1)), 0)
                whole = float(f"{value}.{int(fraction)}") if fraction else float(value)
                out.append(Numeral(round(whole * factor), a, scale.end(), False, scaled=True))
                continue
            if fraction:
                continue  # "7,8" on the Richter scale is not a count of people
            plain = not any(ch in self._groups for ch in integer)
            year = 1900 <= value <= 2099 or (self._era > 0 and 1900 <= value - self._era <= 2099)
            out.append(Numeral(value, a, b, False, year_like=plain and len(digits) == 4 and year))
        return out

    def _word_numerals(self, lower: str, start: int, end: int) -> list[Numeral]:
        if self._words is None:
            return []
        out: list[Numeral] = []
        for m in self._words.finditer(lower, start, end):
            pieces = self._word_piece.findall(m.group())
            if len(pieces) > 1 and len(set(pieces)) == 1:
                continue  # "শত শত", "হাজার হাজার": hundreds, thousands (no precise figure), not 100 x 100
            for a, b in self._unit_runs(m.group(), pieces):
                value = self._word_value(m.group()[a:b])
                if value is not None and value > 0:
                    out.append(Numeral(value, m.start() + a, m.start() + b, True))
        return out

    def _unit_runs(self, phrase: str, pieces: list[str]) -> list[tuple[int, int]]:
        """The spans of the phrase that are one number each: no language writes a number as two units in a row,
        so "tři a dva", "трима и двама" (three, and two) are two numbers, where "dvadeset i pet" is one."""
        # a unit right after a ten, hundred or thousand written before its multiplier is that multiplier ("ntuku
        # mibale na moko", 10 x 2 and 1: 21; "mia mbili na tano", 205)
        units = [
            0 < self._word_values.get(p, 0) < 10
            and p not in self._multipliers
            and not self._after_scale_first(pieces, i)
            for i, p in enumerate(pieces)
        ]
        if len(pieces) < 2 or not any(x and y for x, y in pairwise(units)):
            return [(0, len(phrase))]
        spans = [m.span() for m in self._word_piece.finditer(phrase)]
        if len(spans) != len(pieces):
            return [(0, len(phrase))]
        runs: list[tuple[int, int]] = []
        first = 0
        for i in range(1, len(pieces)):
            if units[i - 1] and units[i]:
                runs.append((spans[first][0], spans[i - 1][1]))
                first = i
        runs.append((spans[first][0], spans[-1][1]))
        return runs

    def _after_scale_first(self, pieces: list[str], i: int) -> bool:
        return i > 0 and pieces[i - 1] in self._scale_first

    def _word_value(self, phrase: str) -> int | None:
        if self._text2num is not None:
            from text_to_num import find_numbers

            tokens = [_TextToNumToken(self._spellings.get(t, t)) for t in _WORD_TOKEN.findall(phrase)]
            try:
                found = find_numbers(tokens, self._text2num, 0.0)
            except Exception:  # text2num refuses some inputs; the lexicon's words then decide
                found = []
            if len(found) == 1 and not found[0].is_ordinal:
                return int(found[0].value)
        values = [self._word_values.get(w, 0) for w in self._word_piece.findall(phrase)]
        multipliers = self._multipliers_seen(phrase)
        if self._scale_first:
            values, multipliers = self._scales_first(phrase, values, multipliers)
        return compose(values, multipliers)

    def _scales_first(self, phrase: str, values: list[int], multipliers: list[bool]) -> tuple[list[int], list[bool]]:
        """'dari uku da hamsin' -> [300, 50], 'elfu mbili mia tano' -> [2000, 500]: a scale word written before its
        multiplier takes the smaller number word right after it (with no joiner between: 'dari da hamsin' is
        100 and 50)."""
        pieces = list(self._word_piece.finditer(phrase))
        if len(pieces) != len(values):
            return values, multipliers
        out: list[int] = []
        flags: list[bool] = []
        i = 0
        while i < len(pieces):
            word = pieces[i].group()
            if (
                word in self._scale_first
                and i + 1 < len(pieces)
                and pieces[i + 1].group() not in self._scale_first
                and 0 < values[i + 1] < values[i]
                and not phrase[pieces[i].end() : pieces[i + 1].start()].strip(" -")
            ):
                out.append(values[i] * values[i + 1])
                flags.append(False)
                i += 2
                continue
            out.append(values[i])
            flags.append(multipliers[i])
            i += 1
        return out, flags

    def _multipliers_seen(self, phrase: str) -> list[bool]:
        return [w in self._multipliers for w in self._word_piece.findall(phrase)]


def _halves_pattern(
    lexicon: ModuleType, words: dict[str, int], scales: dict[str, int], attached: bool
) -> tuple[re.Pattern[str], dict[str, float], dict[str, float]] | None:
    """The pattern `NumberReader._half_numerals` reads: (a fraction word | [a whole-and-a-half word] a number)
    before a scale word (a thousand and up, a hundred, or a 'hundred and more' word)."""
    fractions = {re.sub(r"\s+", " ", k): float(v) for k, v in getattr(lexicon, "FRACTIONS", {}).items()}
    offsets = {re.sub(r"\s+", " ", k): float(v) for k, v in getattr(lexicon, "FRACTION_BEFORE", {}).items()}
    above = list(getattr(lexicon, "ABOVE", {}))
    if not fractions and not offsets and not above:
        return None
    scale_words = [w for w, v in words.items() if v >= 100 and (v in (100, *scales.values()))] + above
    numbers = [w for w, v in words.items() if 0 < v < 100]
    base = rf"(?:{_any_of(numbers)}|\d+)" if numbers else r"\d+"
    # "साढ़े तीन हजार" (3.5 thousand), "सवा लाख" (1.25 lakh: the whole is one when not written), "দুই শতাধিক"
    offset = rf"(?P<off>{_any_of(list(offsets))})\s+(?:(?P<whole>{base})\s+)?|" if offsets else ""
    parts = [rf"{offset}(?P<base>{base})\s+"]
    if fractions:
        parts.append(rf"(?P<frac>{_any_of(list(fractions))})\s*")
    right = "" if attached else r"(?!\w)"
    lead = "|".join(f"(?:{p})" for p in parts)
    # a fraction or a half needs a scale; a bare number only before a 'hundred and more' word ("দুই শতাধিক")
    body = rf"(?<!\w)(?:{lead})(?P<scale>{_any_of(scale_words)}){right}"
    pattern = re.compile(body)
    return pattern, fractions, offsets


def compose(values: list[int], multiplier: list[bool]) -> int | None:
    """Number words to a value: 'dos mil quinientos' [2, 1000, 500] = 2500, '三千五百万' = 35,000,000.

    A small multiplier (ten, hundred, thousand in languages that write '十', '百', '千' alone) multiplies the
    running part; a scale of a thousand or more closes it (and multiplies everything when it is the largest).
    """
    if not values:
        return None
    total = current = 0
    last = 0  # the part of `current` a multiplier multiplies: "tiga ratus lima puluh" = 300 + 5 x 10, not 305 x 10
    largest = 0
    for value, is_multiplier in zip(values, multiplier, strict=True):
        if value >= 1000:
            if total and value > largest:  # "三千五百万": everything so far times the larger scale
                total = (total + current) * value
            else:
                total += (current or 1) * value
            largest = max(largest, value)
            current = last = 0
        elif is_multiplier or (value == 100 and current):
            current = current - last + (last or 1) * value
            last = 0
        else:
            current += value
            last = value
    return total + current


def _inside_longer(m: re.Match[str], others: list[re.Match[str]]) -> bool:
    """Whether a longer match of `others` holds `m`."""
    length = m.end() - m.start()
    return any(o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > length for o in others)


def _merge_words_and_digits(found: list[Numeral], text: str, gap: re.Pattern[str] = _SPACES) -> list[Numeral]:
    """'सात हजार ७५९', '44 bin 218', '12 ہزار 728': thousands in words, then digits below a thousand; '1万5000人',
    '1만5천명', '2만 3천': ten thousands, then thousands (in digits, or digits and a scale word) below them; `gap`:
    what may stand between them (spaces, or the language's 'and': '11 ألفا و300', '2 mil e 500')."""
    out: list[Numeral] = []
    for n in found:
        if (
            out
            and (out[-1].words or out[-1].scaled)
            and not n.words
            and out[-1].value >= 1000
            and out[-1].value % 1000 == 0
            and 0 < n.value < _round_unit(out[-1].value)
            and gap.fullmatch(text, out[-1].end, n.start) is not None
        ):
            out[-1] = Numeral(out[-1].value + n.value, out[-1].start, n.end, False)
            continue
        out.append(n)
    return out


def _holds_longer(n: Numeral, m: re.Match[str]) -> bool:
    """Whether the number `n` holds the match `m` and is longer."""
    return n.start <= m.start() and m.end() <= n.end and n.end - n.start > m.end() - m.start()


def _units_after_noun(found: list[Numeral], text: str, gap: re.Pattern[str]) -> list[Numeral]:
    """'fukki xale ak benn' (ten children and one): tens in words, one noun, the 'and' and a unit in words are one
    count, spanning the noun (its verb follows the unit: 'fukki xale ak benn faatu nañu', eleven children died)."""
    out: list[Numeral] = []
    for n in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.words
            and n.words
            and last.value >= 10
            and last.value % 10 == 0
            and 0 < n.value < 10
            and gap.fullmatch(text, last.end, n.start) is not None
        ):
            out[-1] = Numeral(last.value + n.value, last.start, n.end, True)
            continue
        out.append(n)
    return out


def _round_unit(value: int) -> int:
    """The largest power of ten that divides the value: 1000 for 44000, 10000 for 20000 ('2万')."""
    unit = 1000
    while value % (unit * 10) == 0:
        unit *= 10
    return unit


def _right_after(text: str, start: int, ends: set[int]) -> bool:
    """Whether a digit number ends right before `start`, with one or two spaces between."""
    return any(end in ends and text[end:start].isspace() for end in (start - 1, start - 2))


def _joined_to_digit(text: str, a: int, b: int) -> bool:
    """'06.02.2023', '14:30', '2023-02-06', '1/2': the number is part of a date, time or fraction."""
    after = text[b : b + 2]
    if len(after) == 2 and after[0] in _DATE_JOIN and after[1].isdigit():
        return True
    before = text[max(0, a - 2) : a]
    return len(before) == 2 and before[1] in _DATE_JOIN and before[0].isdigit()
