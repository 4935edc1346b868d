"""Named times: a report that names its event's month ("in March 2019", "mei 2000", "im Juli 2021", "last March").

A report sent without a publication day, or told days or months after its event, often names when the event
happened with a month and a year, or a month alone that its publication places ("last March's blast": the latest
March before it). Nothing then dates its figures on a day (extraction reads days, not months), and grouping took
it as of its publication, or as of any time: it joined a decoy of another month, or none. Its named time is the
range of days its event may fall on (`Piece.named_time`), read by `core.events.match._piece_interval`.

Only the report's lead is read (its headline and first sentence): a time named further down is most often another,
older event's, told as context ("In June 2015 another blast killed ..."), never the report's own. A time named
after 'since' ("the worst since March 2019") is another event's too, and so is one named beside a day of the week:
a lead that tells its own day ("attacked again on Friday", "said on Tuesday") names a month for an older event
("the village where 157 were killed in March 2019"). Month names come from each language's date
words (`core.extract.world_dates`), the words around a month named without a year from the lexicons
(`PAST_MONTH_BEFORE`, `PAST_MONTH_AFTER`, `NAMED_TIME_SINCE`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from core.events.hazards import LEAD_CHARS
from core.extract.clean import safe_lower

if TYPE_CHECKING:  # (core.events.pieces asks this module for a report's named time)
    from core.events.pieces import Piece

# The end of a text's first sentence: a full stop (of any script) before a space, or a line's end
_SENTENCE_END = re.compile(r"[.!?\u3002\u0964]\s|\n")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d])")
# Characters before a named time in which a 'since' word makes it another event's
_SINCE_REACH = 24


@dataclass(frozen=True)
class _NamedTimes:
    month_year: re.Pattern[str] | None  # 'march 2019', 'marzo de 2019': groups 'month', 'year'
    months: dict[str, int]  # a month's written form (lower-cased) -> its number
    since: re.Pattern[str] | None  # 'since', 'depuis', 'seit' at the end of the text before a named time
    weekday: re.Pattern[str] | None  # 'tuesday', 'vendredi', 'dienstag': a day of its own week
    # a month's name (whole word) -> the words of its languages right before it ('last', 'en': the text up to the
    # name ends with one) and right after it ('dernier', 'pasado': the text from its end opens with one)
    past_words: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]
    year_forms: dict[str, int]  # the month names a year may follow (three letters or more, or of another script)


def named_time(title: str | None, text: str | None, published: date | None) -> tuple[date, date] | None:
    """The days a report's lead names as its event's time (a month of a year, or a month its publication places),
    when that time lies before its publication; None when the lead names none."""
    lead = _lead(title, text)
    if not lead:
        return None
    lower = safe_lower(lead)
    times = _named_times()
    found = _month_and_year(times, lower, published) or _past_month(times, lead, lower, published)
    if found is not None and times.weekday is not None and times.weekday.search(lower):
        return None  # its own day of the week: a month it names is another event's ("attacked again on Friday")
    return found


def _month_and_year(times: _NamedTimes, lower: str, published: date | None) -> tuple[date, date] | None:
    """The first month of a year the lead names ("March 2019") not after its publication."""
    if times.month_year is None or not _YEAR.search(lower):
        return None
    for m in times.month_year.finditer(lower):
        if _after_since(times, lower, m.start()):
            continue
        month = _month_form(m.group("month"), times.year_forms)
        days = _month_days(int(m.group("year")), month) if month else None
        if days is not None and (published is None or days[0] <= published):
            return _before(days, published)
    return None


def _past_month(times: _NamedTimes, lead: str, lower: str, published: date | None) -> tuple[date, date] | None:
    """The latest month before the publication that the lead names without a year ("last March", "en mars"): a
    month's name, a whole word, right after a word of its language's `PAST_MONTH_BEFORE` or before one of its
    `PAST_MONTH_AFTER`."""
    if published is None:
        return None
    for word in _WORD.finditer(lower):
        around = times.past_words.get(word.group())
        if around is None or _english_may(lead, word.start(), word.group()):
            continue
        before, after = around
        said = before.search(lower, 0, word.start()) if before is not None else None
        start = said.start() if said is not None else word.start()
        if said is None and (after is None or after.match(lower, word.end()) is None):
            continue
        if _after_since(times, lower, start):
            continue
        month = times.months[word.group()]
        year = published.year if month <= published.month else published.year - 1
        days = _month_days(year, month)
        if days is not None:
            return _before(days, published)
    return None


def within_named_time(days: tuple[date, date], piece: Piece) -> tuple[date, date]:
    """The days a report's publication leaves its incident (`days`), within the time its lead names: their common
    days, or the named time alone when it lies wholly before them (a report told days or months after)."""
    named = piece.named_time
    if named is None:
        return days
    lo, hi = max(days[0], named[0]), min(days[1], named[1])
    return (lo, hi) if lo <= hi else named


def _lead(title: str | None, text: str | None) -> str:
    """The report's headline and its text's first sentence (within `LEAD_CHARS`)."""
    opening = (text or "")[:LEAD_CHARS]
    end = _SENTENCE_END.search(opening)
    return f"{title or ''}\n{opening[: end.start()] if end else opening}".strip()


def _month_days(year: int, month: int) -> tuple[date, date] | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _before(days: tuple[date, date], published: date | None) -> tuple[date, date]:
    """The named days up to the publication (an event is told after it happened)."""
    if published is None or days[1] <= published:
        return days
    return days[0], published


def _after_since(times: _NamedTimes, lower: str, at: int) -> bool:
    return times.since is not None and times.since.search(lower[max(0, at - _SINCE_REACH) : at]) is not None


def _month_form(word: str, forms: dict[str, int]) -> int | None:
    """The month of a word that begins with one of its names ('marzo', 'marca', 'märz'): its longest such name."""
    for end in range(len(word), 2, -1):
        if (month := forms.get(word[:end])) is not None:
            return month
    return forms.get(word[:2]) or forms.get(word[:1])


def _english_may(lead: str, start: int, written: str) -> bool:
    """Is a month named without a year the English modal 'may' ("in may")? Only 'May' names the month."""
    return written == "may" and not lead[start : start + 1].isupper()


@cache
def _named_times() -> _NamedTimes:
    """The month names of every language (a form two languages give other months is left out), and the words
    of the languages whose lexicons name a past month without a year."""
    from core.extract.lexicon import WEEKDAYS
    from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES, load
    from core.extract.numbers import MONTHS
    from core.extract.world_language import language

    every: dict[str, set[int]] = {}
    own: dict[str, dict[str, int]] = {"en": dict(MONTHS)}
    for code in WORLD_LANGUAGES:
        read = language(code)
        if read is not None and read.dates.months is not None:
            own[code] = dict(read.dates.months[1])
    for written in own.values():
        for form, number in written.items():
            every.setdefault(form, set()).add(number)
    months = {form: next(iter(n)) for form, n in every.items() if len(n) == 1}
    # a year right after a month's name: forms of at least three letters (or of a script of their own), whole words
    long = sorted((f for f in months if len(f) >= 3 or not f.isascii()), key=len, reverse=True)
    month_year = None
    if long:
        # any word right before a year, its month looked up (`_month_form`): one pass, not hundreds of names tried
        # at every character
        month_year = re.compile(
            r"(?<![^\W\d_])(?P<month>[^\W\d_]+)\.?,?\s*(?:de\s+|del\s+|of\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
        )
    since: list[str] = []
    wording: dict[str, tuple[set[str], set[str]]] = {}
    for code in (*LANGUAGES, *WORLD_LANGUAGES):
        lexicon = load(code)
        since += list(getattr(lexicon, "NAMED_TIME_SINCE", ()))
        before = set(getattr(lexicon, "PAST_MONTH_BEFORE", ()))
        after = set(getattr(lexicon, "PAST_MONTH_AFTER", ()))
        if before or after:
            for form in (f for f in own.get(code, {}) if f in months and len(f) >= 3):
                words = wording.setdefault(form, (set(), set()))
                words[0].update(before)
                words[1].update(after)
    past_words = {form: (_ending_with(before), _opening_with(after)) for form, (before, after) in wording.items()}
    since_pattern = (
        re.compile(rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in set(since))})(?![^\W\d_])") if since else None
    )
    days = {safe_lower(d) for d in WEEKDAYS}
    for code in WORLD_LANGUAGES:
        read = language(code)
        if read is not None and read.dates.weekdays is not None:
            days |= {d for d in read.dates.weekdays[1] if len(d) >= 4 or not d.isascii()}
    body = "|".join(re.escape(d) for d in sorted(days, key=len, reverse=True))
    weekday = re.compile(rf"(?<![^\W\d_])(?:{body})") if days else None
    return _NamedTimes(month_year, months, since_pattern, weekday, past_words, {f: months[f] for f in long})


def _ending_with(words: set[str]) -> re.Pattern[str] | None:
    """A text ending with one of the words and a space."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{body})\s+\Z") if words else None


def _opening_with(words: set[str]) -> re.Pattern[str] | None:
    """A text opening with a space and one of the words."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{body})(?![^\W\d_])") if words else None
