"""Incident dates in the reporters' own languages, with dateparser's data for the detected language only.

Candidates in the first part of the text: '2023-02-06', '06.02.2023', '2023年2月6日' / '2023년 2월 6일', 'day month
[year]' with the language's month words ('6 de febrero', '14 липня'), and, counted back from the publication date,
the language's relative day words ('hier', 'ayer', 'gestern', 'dün', 'kemarin', 'أمس', 'вчора', '어제') and weekday
names ('samedi', 'el lunes', 'am Montag', 'Selasa'). The first candidate in a sentence that states a figure wins
(a page's date line is the publication's, not the incident's); else the first candidate; else none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from core.extract.clean import safe_lower

_HEAD = 3000
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_DMY_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?!\d)")
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"0 day ago": 0, "1 day ago": 1, "2 day ago": 2}


@dataclass(frozen=True, slots=True)
class DateWords:
    months: tuple[re.Pattern[str], dict[str, int]] | None  # 'day month [year]', month word -> month number
    days_back: tuple[re.Pattern[str], dict[str, int]] | None  # 'hier' -> 1, 'aujourd'hui' -> 0
    weekdays: tuple[re.Pattern[str], dict[str, int]] | None  # 'samedi' -> 5 (Monday is 0)


def date_words(code: str, spaced: bool) -> DateWords:
    """The language's month, relative-day and weekday words from dateparser's data (nothing for a language it
    does not know)."""
    info = _locale_info(code)
    if info is None:
        return DateWords(None, None, None)
    months: dict[str, int] = {}
    for number, month in enumerate(_MONTHS, start=1):
        for word in info.get(month, []):
            if len(word) >= 3 or not word.isascii():
                months[safe_lower(word)] = number
    month_pattern = None
    if months:
        body = _alternation(months)
        month_pattern = re.compile(
            rf"(?<!\d)(\d{{1,2}})\.?\s*(?:de\s+|of\s+)?({body})\w*(?:\s*(?:de\s+|del\s+)?(\d{{4}}))?"
        )
    relative = info.get("relative-type", {})
    back = {safe_lower(w): days for key, days in _RELATIVE.items() for w in relative.get(key, []) or []}
    # weekday names long enough not to be another word ("mar" is the sea; "월" is also "month")
    weekdays = {
        safe_lower(w): index
        for index, day in enumerate(_WEEKDAYS)
        for w in info.get(day, [])
        if (len(w) >= 5 if w.isascii() else len(w) >= 2)
    }
    left, right = (r"(?<!\w)", r"(?!\w)") if spaced else ("", "")
    return DateWords(
        (month_pattern, months) if month_pattern else None,
        (re.compile(rf"{left}({_alternation(back)}){right}"), back) if back else None,
        (re.compile(rf"{left}({_alternation(weekdays)}){right}"), weekdays) if weekdays else None,
    )


def _locale_info(code: str) -> dict[str, Any] | None:
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    try:
        info: dict[str, Any] = default_loader.get_locale(code).info
    except Exception:  # a language dateparser does not know
        return None
    return info


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def incident_date(
    words: DateWords, text: str, lower_text: str, reference: date | None, states_figure: Callable[[int], bool]
) -> date | None:
    """The incident's date (see the module's docstring); `lower_text` is `safe_lower(text)`; `states_figure(offset)`
    tells whether the sentence at an offset of `text` states a figure."""
    head = text[:_HEAD]
    lower = lower_text[:_HEAD]
    latest = reference.year if reference else _latest_year(head)
    found = [
        (at, when)
        for at, when in _candidates(words, head, lower, reference)
        if (reference is None or when <= reference) and (latest is None or when.year >= latest - 1)
    ]  # a date years before the article's is another, older event's
    if not found:
        return None
    found.sort(key=lambda c: c[0])
    return next((when for at, when in found if states_figure(at)), found[0][1])


def _candidates(words: DateWords, head: str, lower: str, reference: date | None) -> list[tuple[int, date]]:
    out: list[tuple[int, date]] = []
    for pattern, order in ((_ISO_DATE, "ymd"), (_DMY_DATE, "dmy"), (_CJK_DATE, "ymd")):
        for m in pattern.finditer(head):
            a, b, c = (int(g) for g in m.groups())
            when = _safe_date(a, b, c) if order == "ymd" else _safe_date(c, b, a)
            if when is not None:
                out.append((m.start(), when))
    year_known = reference.year if reference else _latest_year(head)
    if words.months is not None:
        pattern, names = words.months
        for m in pattern.finditer(lower):
            month = names.get(m.group(2))
            year = int(m.group(3)) if m.group(3) else year_known
            if month is None or year is None:
                continue
            when = _safe_date(year, month, int(m.group(1)))
            if when is not None and reference is not None and when > reference and not m.group(3):
                when = _safe_date(year - 1, month, int(m.group(1)))
            if when is not None:
                out.append((m.start(), when))
    if reference is None:
        return out
    if words.days_back is not None:
        pattern, back = words.days_back
        for m in pattern.finditer(lower):
            out.append((m.start(), reference - timedelta(days=back[re.sub(r"\s+", " ", m.group(1))])))
    if words.weekdays is not None:
        pattern, days = words.weekdays
        for m in pattern.finditer(lower):
            if _dated(lower, m.end()):
                continue  # "samedi 14 août": the day and month say it
            ago = (reference.weekday() - days[m.group(1)]) % 7
            out.append((m.start(), reference - timedelta(days=ago)))
    return out


_DAY_AFTER = re.compile(r"\W{0,3}\d")


def _dated(lower: str, end: int) -> bool:
    return _DAY_AFTER.match(lower, end) is not None


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
