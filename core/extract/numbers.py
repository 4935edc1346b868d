"""Finding counts among tokens: digits, number words, vague quantities, ranges and their qualifiers.

Numbers that are not counts (years, dates, times, ages, ordinals, money, distances, phone numbers, road
numbers) come back with `is_count=False` so the claim binder can ignore them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from core.extract.lexicons import load
from core.extract.qualifiers import QUALIFIERS_BY_LAST, bounds
from core.extract.tokens import Token
from core.models import MAX_FIGURE, MAX_FIGURE_DIGITS, Qualifier
from core.quick_init import quick_init

__all__ = ["NumberMention", "bounds", "find_numbers", "words_to_int"]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORDS = {**UNITS, **TENS, **SCALES}

# Vague quantity words: (value reported, low, high), from the language's lexicon (ACLED's codes).
_LEXICON = load("en")
VAGUE: dict[str, tuple[int, int, int]] = dict(_LEXICON.VAGUE_QUANTITIES)
VAGUE_OF: dict[tuple[str, ...], tuple[int, int, int]] = {
    tuple(phrase.split()): band for phrase, band in _LEXICON.VAGUE_OF_QUANTITIES.items()
}
SEVERAL_SCALE = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_UNIT_AFTER = frozenset(
    [
        "percent",
        "per",
        "%",
        "cent",
        "cents",
        "dollars",
        "dollar",
        "euros",
        "pounds",
        "pound",
        "yen",
        "rupees",
        "million",
        "billion",
        "trillion",
        "miles",
        "mile",
        "kilometers",
        "kilometres",
        "km",
        "kms",
        "metres",
        "meters",
        "meter",
        "metre",
        "m",
        "feet",
        "foot",
        "ft",
        "yards",
        "yard",
        "inches",
        "inch",
        "mph",
        "kph",
        "degrees",
        "kg",
        "kilograms",
        "lbs",
        "grams",
        "rounds",
        "round",
        "shots",
        "shot-gun",
        "times",
        "time",
        "calibre",
        "caliber",
        "mm",
        "gmt",
        "utc",
        "am",
        "pm",
        "a.m",
        "p.m",
        "o'clock",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "second",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "decades",
        "decade",
        "centuries",
        "century",
        "st",
        "nd",
        "rd",
        "th",
        "block",
        "acres",
        "acre",
        "square",
        "storey",
        "story",
        "floors",
        "floor",
        "points",
        "point",
        "votes",
        "vote",
        "seats",
        "seat",
        "games",
        "game",
        "goals",
        "goal",
        "yards",
    ]
)
_ROAD_BEFORE = frozenset(
    [
        "route",
        "highway",
        "interstate",
        "loop",
        "fm",
        "road",
        "street",
        "avenue",
        "ave",
        "apt",
        "apartment",
        "suite",
        "unit",
        "no",
        "number",
        "ward",
        "district",
        "precinct",
        "gate",
        "terminal",
        "channel",
        "station",
        "flight",
        "room",
        "building",
        "lot",
        "pier",
        "exit",
        "mile",
        "phase",
        "level",
        "grade",
        "class",
        "section",
        "article",
        "chapter",
        "page",
        "figure",
        "table",
        "version",
        "highway-number",
        "us",
        "i",
        "sr",
        "cr",
        "rt",
        "hwy",
        "squad",
        "company",
        "battalion",
        "brigade",
        "division",
        "regiment",
        "code",
        "covid-19",
        "covid",
    ]
)
_PERSON_BEFORE_AGE = frozenset(
    [
        "man",
        "men",
        "woman",
        "women",
        "boy",
        "boys",
        "girl",
        "girls",
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "males",
        "females",
        "victims",
        "people",
        "persons",
        "son",
        "daughter",
        "brothers",
        "sisters",
        "brother",
        "sister",
        "children",
        "kids",
        "adults",
    ]
)
_CURRENCY = frozenset(["$", "€", "£", "¥", "₹"])
_DIGITS_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*\+?")
_DIGITS_PLAIN = re.compile(r"\d+\+?")
_DECIMAL = re.compile(r"\d+\.\d+")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


@quick_init
@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number among tokens[first:last]; `qual_first` includes a preceding qualifier phrase."""

    first: int
    last: int  # exclusive token index
    qual_first: int
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    kind: str  # count | vague | both | zero | article (a/an as one)
    is_count: bool = True


_NUMBER_STARTS = frozenset(
    set(UNITS) | set(TENS) | set(VAGUE) | {"a", "an", "half", "several", "tens", "both", "nobody", "none", "no"}
)


@lru_cache(maxsize=4096)
def words_to_int(words: tuple[str, ...]) -> int | None:
    """'thirty-two' / ('two', 'hundred', 'and', 'five') -> int, via text2num with a small fallback."""
    phrase = " ".join(words)
    try:
        return int(text2num(phrase, "en"))
    except (ValueError, TypeError, AssertionError):
        pass
    total, current = 0, 0
    for word in phrase.replace("-", " ").split():
        if word == "and":
            continue
        if word in UNITS or word in TENS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _is_number_word(low: str) -> bool:
    if low in NUMBER_WORDS:
        return True
    if "-" in low:
        parts = low.split("-")
        return all(p in NUMBER_WORDS for p in parts)
    return False


# The last sentence's tokens and their mentions: the binder, the toll pass, ranges and survivors each ask for the
# same sentence's numbers in turn. The list is held, so `is` cannot meet another list at a reused address; token
# lists are never changed once made. One slot, replaced whole (safe across threads).
_LAST: tuple[list[Token] | None, int, tuple[NumberMention, ...]] = (None, 0, ())


def find_numbers(tokens: list[Token]) -> list[NumberMention]:
    """All number mentions among `tokens`, left to right, non-overlapping."""
    global _LAST
    last = _LAST
    if last[0] is tokens and last[1] == len(tokens):
        return list(last[2])
    found = _find_numbers(tokens)
    _LAST = (tokens, len(tokens), tuple(found))
    return found


def _may_start_number(tok: Token) -> bool:
    return tok.is_digits or tok.low in _NUMBER_STARTS or ("-" in tok.low and _is_number_word(tok.low))


def _find_numbers(tokens: list[Token]) -> list[NumberMention]:
    found: list[NumberMention] = []
    i = 0  # where the next mention may start
    # most tokens start no number: one pass picks those that may, rather than a Python loop step per token
    for start in [k for k, tok in enumerate(tokens) if tok.is_digits or tok.low in _NUMBER_STARTS or "-" in tok.low]:
        if start < i or not _may_start_number(tokens[start]):
            continue
        i = start
        tok = tokens[i]
        if tok.is_digits and (_glued_digit_chain_before(tokens, i) or _opens_slashed_digits(tokens, i)):
            # "2018-08-28", "978-3-16", "07/12/2024": a date or code in figures joined by dashes or slashes is no
            # count (nor a range), in any of its parts
            last = i + 1
            joint = tokens[i + 1].text if _opens_slashed_digits(tokens, i) else tokens[i - 1].text
            while _low(tokens, last) == joint and tokens[last].start == tokens[last - 1].end and last + 1 < len(tokens):
                if not (tokens[last + 1].is_digits and tokens[last + 1].start == tokens[last].end):
                    break
                last += 2
            found.append(_not_count(i, last))
            i = last
            continue
        mention = _number_at(tokens, i)
        if mention is None:
            continue
        ranged = _with_range(tokens, mention)
        mention = _with_qualifier(tokens, ranged)
        rise = ranged is not mention and ranged.qualifier is Qualifier.RANGE
        if rise and _low(tokens, mention.qual_first - 1) == "by":
            # "rose by more than 500 to 2,944": the rise, then the toll (no range)
            mention = _with_qualifier(tokens, _number_at(tokens, i) or mention)
        if mention.is_count and not _looks_like_count(tokens, mention):
            mention = _replace(mention, is_count=False)
        elif mention.is_count and found and _continues_non_count(tokens, found[-1], mention):
            mention = _replace(mention, is_count=False)  # "ages 30 and 19": the second age
        found.append(mention)
        i = mention.last
    return found


def _glued_digit_chain_before(tokens: list[Token], i: int) -> bool:
    """tokens[i] follows 'digits-' or 'digits/' with no space on either side of the mark."""
    return (
        i >= 2
        and tokens[i - 1].text in _DIGIT_JOINS
        and tokens[i - 2].is_digits
        and tokens[i - 1].start == tokens[i - 2].end
        and tokens[i].start == tokens[i - 1].end
    )


def _opens_slashed_digits(tokens: list[Token], i: int) -> bool:
    """tokens[i] is glued to a following '/digits': a date in figures ('07/12/2024', '7/12') or '9/11', no count."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "/"
        and tokens[i + 2].is_digits
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].start == tokens[i + 1].end
    )


_DIGIT_JOINS = frozenset("-/")


def _replace(m: NumberMention, **changes: Any) -> NumberMention:
    return dataclasses.replace(m, **changes)


def _exact(first: int, last: int, value: int, kind: str = "count") -> NumberMention:
    return NumberMention(first, last, first, value, value, value, Qualifier.EXACT, kind)


def _vague(first: int, last: int, band: tuple[int, int, int]) -> NumberMention:
    value, low, high = band
    return NumberMention(first, last, first, value, low, high, Qualifier.VAGUE, "vague")


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def number_at(tokens: list[Token], i: int) -> NumberMention | None:
    """The number starting at tokens[i] alone (no range, no qualifier), or None."""
    return _number_at(tokens, i)


def _number_at(tokens: list[Token], i: int) -> NumberMention | None:
    tok = tokens[i]
    if tok.is_digits:
        return _digits_at(tokens, i)
    low = tok.low
    if low in ("a", "an", "half") or low in UNITS or low in TENS or "-" in low or low in ("several", "a"):
        scaled = _dozen_or_several_at(tokens, i)
        if scaled is not None:
            return scaled
    if _is_number_word(low) and low not in SCALES:
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j].low
            if _is_number_word(nxt):
                j += 1
            elif (
                nxt == "and"
                and j + 1 < len(tokens)
                and _is_number_word(tokens[j + 1].low)
                and (tokens[j - 1].low in SCALES)
            ):
                j += 2
            else:
                break
        value = words_to_int(tuple(t.low for t in tokens[i:j]))
        if value is None:
            return None
        return _exact(i, j, value)
    if low in VAGUE:
        for phrase, band in VAGUE_OF.items():
            if tuple(t.low for t in tokens[i : i + 3]) == phrase:
                return _vague(i, i + 3, band)
        return _vague(i, i + 1, VAGUE[low])
    if low == "tens":
        for phrase, band in VAGUE_OF.items():
            if tuple(t.low for t in tokens[i : i + 3]) == phrase:
                return _vague(i, i + 3, band)
    if low == "both":
        return _exact(i, i + 1, 2, "both")
    if low == "none" and _of_the_wounds(tokens, i + 1):
        return None  # "None of the injuries are life-threatening": no count of people
    if low in ("nobody", "none"):
        return _exact(i, i + 1, 0, "zero")
    if low == "no" and _low(tokens, i + 1) == "one":
        return _exact(i, i + 2, 0, "zero")
    return None


def _dozen_or_several_at(tokens: list[Token], i: int) -> NumberMention | None:
    low, nxt, nxt2 = tokens[i].low, _low(tokens, i + 1), _low(tokens, i + 2)
    if low in ("a", "an") and nxt == "dozen":
        return _exact(i, i + 2, 12)
    if low == "half" and nxt == "a" and nxt2 == "dozen":
        return _exact(i, i + 3, 6)
    if low in ("a", "an") and nxt in ("hundred", "thousand"):
        return _a_scale_at(tokens, i)
    if low == "several" and nxt in SEVERAL_SCALE:
        scale = SEVERAL_SCALE[nxt]
        last = i + 2
        if nxt == "hundred" and nxt2 == "thousand":
            scale, last = 100_000, i + 3
        return _vague(i, last, (3 * scale, 3 * scale, 9 * scale))
    if low in NUMBER_WORDS and nxt == "dozen" and low not in SCALES:
        value = NUMBER_WORDS[low] * 12
        return _exact(i, i + 2, value)
    return None


def _a_scale_at(tokens: list[Token], i: int) -> NumberMention | None:
    """'a hundred', 'more than a thousand', 'a hundred and fifty': the article read as one."""
    j = i + 2
    while j < len(tokens):
        if _is_number_word(tokens[j].low) and tokens[j].low not in ("a", "an"):
            j += 1
        elif tokens[j].low == "and" and j + 1 < len(tokens) and _is_number_word(tokens[j + 1].low):
            j += 2
        else:
            break
    value = words_to_int(("one", *(t.low for t in tokens[i + 1 : j])))
    return None if value is None else _exact(i, j, value)


def _digits_at(tokens: list[Token], i: int) -> NumberMention | None:
    text = tokens[i].text
    if ":" in text or sum(ch.isdigit() for ch in text) > MAX_FIGURE_DIGITS:
        return _not_count(i, i + 1)  # a time; or a digit string too long to be any figure
    grouped = _DIGITS_GROUPED.fullmatch(text)
    last = i + 1
    if grouped:
        value = int(re.sub(r"\D", "", text))
    elif _DIGITS_PLAIN.fullmatch(text):
        value = int(text.rstrip("+"))
        # "30 000": thousands separated by a (normalised) space
        while (
            last < len(tokens)
            and len(tokens[last].text) == 3
            and tokens[last].text.isdigit()
            and tokens[last].start == tokens[last - 1].end + 1
            and len(text) <= 3
        ):
            value = value * 1000 + int(tokens[last].text)
            last += 1
    elif _DECIMAL.fullmatch(text) and (
        _low(tokens, i + 1) in ("million", "thousand", "billion") or _glued_thousands(tokens, i + 1)
    ):
        value = 0
    else:
        return _not_count(i, i + 1)
    nxt = _low(tokens, last)
    if (nxt in ("million", "thousand", "hundred") or _glued_thousands(tokens, last)) and not grouped:
        multiplier = SCALES.get(nxt, 1000)  # "20K", "1.2k": thousands
        value = round(float(text.rstrip("+")) * multiplier)
        last += 1
    if value > MAX_FIGURE:
        return _not_count(i, last)
    if text.endswith("+"):
        return _at_least(i, last, value)  # "5,300+"
    if _low(tokens, last) == "-" and _low(tokens, last + 1) in _PLUS and tokens[last].start == tokens[last - 1].end:
        return _at_least(i, last + 2, value)  # "5,300-plus"
    return _exact(i, last, value)


def _glued_thousands(tokens: list[Token], k: int) -> bool:
    """'20K', '1.2k': a k written onto the number, shorthand for thousands (headlines)."""
    return 0 < k < len(tokens) and tokens[k].low == "k" and tokens[k].start == tokens[k - 1].end


_PLUS = frozenset(_LEXICON.PLUS_SUFFIXES)


def _at_least(first: int, last: int, value: int) -> NumberMention:
    return NumberMention(first, last, first, value, value, None, Qualifier.AT_LEAST, "count")


def _not_count(first: int, last: int) -> NumberMention:
    return NumberMention(first, last, first, 0, None, None, Qualifier.EXACT, "count", is_count=False)


def _with_range(tokens: list[Token], m: NumberMention) -> NumberMention:
    """'10 to 12', '10-12', 'two or three' -> one RANGE mention."""
    if m.kind != "count":
        return m
    link = _low(tokens, m.last)
    if link == "to" and _low(tokens, m.first - 1) == "by":
        return m  # "the toll rose by 12 to 56": the rise, then the toll it reached (no range)
    if link in ("to", "-", "or") and m.last + 1 < len(tokens):
        if link == "-" and tokens[m.last].start != tokens[m.last - 1].end:
            return m
        grouped_pair = "," in tokens[m.last - 1].text and "," in tokens[m.last + 1].text  # "18,000-20,000"
        if link == "-" and len(tokens[m.last + 1].text) >= 4 and not grouped_pair:
            return _not_count(m.first, m.last + 2)  # "555-1234": a phone number, not a range
        if link == "-" and _model_name_before(tokens, m.first):
            return _not_count(m.first, m.last + 2)  # "Boeing 737-800", "Airbus 320-200": a model, not a range
        second = _number_at(tokens, m.last + 1)
        if second is not None and second.kind == "count" and second.value > m.value:
            return NumberMention(
                m.first, second.last, m.first, second.value, m.value, second.value, Qualifier.RANGE, "count"
            )
    if _low(tokens, m.first - 1) == "between" and link == "and":
        second = _number_at(tokens, m.last + 1)
        if second is not None and second.kind == "count" and second.value > m.value:
            return NumberMention(
                m.first - 1,
                second.last,
                m.first - 1,
                second.value,
                m.value,
                second.value,
                Qualifier.RANGE,
                "count",
            )
    return m


def _model_name_before(tokens: list[Token], first: int) -> bool:
    """A number of three digits or more after a capitalised word inside the sentence ("the Boeing 737"): the
    start of a model's code."""
    return (
        first > 1
        and tokens[first].is_digits
        and len(tokens[first].text) >= 3
        and tokens[first - 1].is_capitalised
        and tokens[first - 2].text not in (".", "!", "?", '"', ":")
    )


def _with_qualifier(tokens: list[Token], m: NumberMention) -> NumberMention:
    if m.kind not in ("count", "vague"):
        return m
    if m.first == 0:
        return m
    for phrase, qualifier in QUALIFIERS_BY_LAST.get(tokens[m.first - 1].low, ()):
        n = len(phrase)
        start = m.first - n
        if start >= 0 and tuple(t.low for t in tokens[start : m.first]) == phrase:
            if m.kind == "vague" or m.qualifier is Qualifier.RANGE:  # "an estimated 18,000 to 20,000": a range
                return _replace(m, qual_first=start)
            low, high = bounds(m.value, qualifier)
            return _replace(m, qual_first=start, qualifier=qualifier, low=low, high=high)
    return m


_AFTER_AGE = frozenset({",", "who", "and", ")", ".", ";"})


def _continues_non_count(tokens: list[Token], previous: NumberMention, m: NumberMention) -> bool:
    """A digit number listed right after a non-count ('ages 30 and 19', 'aged 16, 17'); not the people counted
    after a year, whose comma closes the date ('In the disaster in May 2000, 23 people were killed')."""
    return (
        not previous.is_count
        and tokens[m.first].is_digits
        and m.first == previous.last + 1
        and tokens[previous.last].low in ("and", ",", "or")
        and not _people_after_a_year(tokens, m)
    )


def _listed_after_digits(tokens: list[Token], m: NumberMention) -> bool:
    """Digits before the comma that lists this number after them ('aged 20, 22'), not a year whose comma closes
    its date before the people counted ('in May 2000, 23 people were killed')."""
    return _low(tokens, m.first - 2)[:1].isdigit() and not _people_after_a_year(tokens, m)


def _people_after_a_year(tokens: list[Token], m: NumberMention) -> bool:
    """'in May 2000, 23 people were killed': a year, its comma, then digits that name the people they count (an age
    is never followed by 'people'). Without that noun a number after a year stays unread ('... of 2017, 24 have
    been fatally shot' is a city's running statistic)."""
    year = _low(tokens, m.first - 2)
    nxt = _low(tokens, m.last)
    return (
        _low(tokens, m.first - 1) == ","
        and len(year) == 4
        and year.isdigit()
        and _year_shaped(int(year))
        and (nxt in _COUNTED_AFTER or nxt in _PERSON_NOUNS)
    )


def _year_shaped(value: int) -> bool:
    """A value that may be a year ('2000'), as `_looks_like_count` reads one."""
    return _FIRST_YEAR <= value <= _LAST_YEAR


_WOUND_NOUNS = frozenset({"injuries", "injury", "wounds", "wound"})
_OF_THE_WOUNDS_SPAN = 5  # "none of the victims' injuries"


def _of_the_wounds(tokens: list[Token], k: int) -> bool:
    """'of the injuries', 'of their wounds', 'of the victims' injuries' right after 'none': the wounds, not people."""
    if _low(tokens, k) != "of":
        return False
    return any(t.low in _WOUND_NOUNS for t in tokens[k + 1 : k + 1 + _OF_THE_WOUNDS_SPAN])


_PERSON_NOUNS: frozenset[str] = _LEXICON.PERSON_NOUNS - {"more", "others", "other"}
_AGE_ENDINGS = ("-old",)
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_OLDEST = 120


def _age_between_commas(tokens: list[Token], m: NumberMention, prev: str, prev2: str, nxt: str) -> bool:
    """'The driver, 54, was injured', 'a passenger, 31, died', 'one of them, 24, died', 'the other, 31, was hurt':
    digits set off by commas after one person's noun or a word standing for one."""
    return (
        prev == ","
        and nxt == ","
        and m.last == m.first + 1
        and tokens[m.first].is_digits
        and m.value < _OLDEST
        and (prev2 in _PERSON_NOUNS or prev2 in _ONE_OF_THEM)
    )


# Words standing for one person already counted: "one of them, 24,", "the other, 31,", "the eldest, 17,"
_ONE_OF_THEM = frozenset(["them", "other", "another", "latter", "former", "eldest", "youngest", "oldest"])


# A year-shaped number right before these is a count ("the quake killed 2012 people"), unless a word that dates
# comes before it ("in 2012 people fled").
_COUNTED_AFTER = frozenset(
    ["people", "persons", "dead", "deaths", "killed", "injured", "wounded", "victims", "bodies", "lives", "casualties"]
)
_FIRST_YEAR, _LAST_YEAR = 1800, 2099
_YEAR_BEFORE = frozenset(["in", "since", "of", "by", "from", "during", "until", "the"])
_REST_VERBS = frozenset(["were", "are", "was", "had", "have", "remain", "remained", "suffered", "died", "escaped"])


def _the_rest_counted(nxt: str) -> bool:
    """'Nineteen died and the other 33 were injured', 'the other 12 people': the rest of a group, counted (not the
    other of two ages, 'one 16 and the other 17')."""
    return nxt in _REST_VERBS or nxt in _COUNTED_AFTER or nxt in _PERSON_NOUNS


def _looks_like_count(tokens: list[Token], m: NumberMention) -> bool:
    """False for years, dates, times, ages, ordinals, money, measures, phone and road numbers."""
    prev, prev2 = _low(tokens, m.first - 1), _low(tokens, m.first - 2)
    nxt, nxt2 = _low(tokens, m.last), _low(tokens, m.last + 1)
    first_text = tokens[m.first].text
    if prev in _CURRENCY or prev in _ROAD_BEFORE or prev in ("#", "no."):
        return False
    if prev in MONTHS or (prev == "." and prev2 in MONTHS) or nxt in MONTHS:
        return False
    if nxt in _UNIT_AFTER or nxt == "%":
        return False
    if nxt in ("a", "p") and nxt2 == "." and _low(tokens, m.last + 2) == "m":
        return False  # "shot around 11 a.m.": a time (the tokens of "a.m." come apart)
    if nxt == "-" and (nxt2.startswith(("year", "month", "week", "day", "hour", "minute", "mile", "foot"))):
        return False
    if nxt.endswith(_AGE_ENDINGS) and nxt.split("-")[0] in _AGE_UNITS:
        return False  # "two 16 year-old boys": an age written apart from its digits
    if "-" in first_text and any(part in ("year", "old", "month") for part in first_text.lower().split("-")):
        return False
    if m.last < len(tokens) and tokens[m.last].start == tokens[m.last - 1].end:
        if tokens[m.first].is_digits and tokens[m.last].text[:1].isalpha():
            return False  # "4th", "2yo", "9mm": a letter glued to the digits
        if nxt in _ORDINAL_SUFFIX or (nxt.startswith(("th", "st", "nd", "rd")) and tokens[m.first].is_digits):
            return False
        if nxt == "-" and tokens[m.last + 1 : m.last + 2] and tokens[m.last + 1].is_digits:
            return False  # phone numbers, scores, codes
        if nxt == "." and tokens[m.first].is_digits and nxt2[:1].isdigit():
            return False
    if tokens[m.first].is_digits and m.qualifier is Qualifier.EXACT and m.last == m.first + 1:
        digits = first_text.rstrip("+")
        year = len(digits) == 4 and digits.isdigit() and _year_shaped(int(digits))
        if year and (nxt not in _COUNTED_AFTER or prev in _YEAR_BEFORE):
            return False  # "in 2012", "the 2012 quake"; not "killed 2012 people"
        if prev == "," and nxt in _AFTER_AGE and m.first >= 2 and (tokens[m.first - 2].is_capitalised or prev2 == "."):
            return False  # "Jane Doe, 24, of Tyler", "John Doe Jr., 2, was shot": an age
        if prev == "one" or (prev == "other" and not _the_rest_counted(nxt)) or (prev == "of" and prev2[:1].isdigit()):
            return False  # "one 16 and the other 17"; "image 8 of 8" (not "the other 33 were injured")
        if nxt == "of" and nxt2[:1].isdigit():
            return False  # "8 of 8"
    if tokens[m.first].is_digits and prev == "," and (prev2 in _PERSON_BEFORE_AGE or _listed_after_digits(tokens, m)):
        return False  # "two men, 20 and 22, were wounded": ages (not "in May 2000, 23 people were killed")
    if _age_between_commas(tokens, m, prev, prev2, nxt):
        return False  # "The driver, 54, was injured": an age
    if prev in ("both", "also") and prev2 == "," and nxt == "," and tokens[m.first].is_digits and m.value < _OLDEST:
        return False  # "Ann Roe and Joe Poe, both 21, were killed", "Another teen, also 15, was shot": their age
    if prev == "and" and prev2[:1].isdigit() and m.first >= 3 and _low(tokens, m.first - 3) == ",":
        return False  # the second age of "two men, 20 and 22"
    if prev == "of" and prev2 in ("ages", "age"):
        return False
    if prev in ("from", "between") and not {prev2, _low(tokens, m.first - 3)}.isdisjoint(("age", "ages")):
        return False  # "who range in age from 16 to 40", "ages ranging from 16 to 40": ages
    if prev in ("was", "is") and prev2 == "who" and nxt in (",", ")", "-"):
        return False  # "Jones, who was 59, had shot his wife": an age
    return not (prev in ("age", "aged", "ages") or nxt in ("years-old", "yrs"))
