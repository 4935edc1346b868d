"""Incident dates in the reporters' own languages, with dateparser's data for the detected language only.

Candidates in the first part of the text: '2023-02-06', '06.02.2023', '2023年2月6日' / '2023년 2월 6일', 'day month
[year]' with the language's month words ('6 de febrero', '14 липня'), and, counted back from the publication date,
the language's relative day words ('hier', 'ayer', 'gestern', 'dün', 'kemarin', 'أمس', 'вчора', '어제') and weekday
names ('samedi', 'el lunes', 'am Montag', 'Selasa'); the month before the day where the language writes it so
(lexicon `MONTH_FIRST`: 'rugpjūčio 14 d.', 'Agosto 14'), and a day and month in figures after a weekday or a word
for 'day' ('Selasa (14/8)', 'ngày 14/8'). The first candidate in a sentence that states a figure wins
(a page's date line is the publication's, not the incident's); else the first candidate; else none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from core.extract.clean import safe_lower

_HEAD = 3000
_AS_OF_REACH = 20  # characters before a date where a word making it a count's date is looked for
_AS_OF_AFTER_REACH = 10  # characters from a date's start where such a word after it is looked for ('18일 오전 현재')
# A year's first two digits stand first, the digit before them checked after them (`(?<!\d\d\d)` there is
# `(?<!\d)` before them): the engine skips to each '19' or '20' instead of trying the look-behind everywhere.
_ISO_DATE = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)-(\d\d)-(\d\d)(?!\d)")
# The day's first digit stands first, the character before it checked after it (`(?<![\d.-]\d)` there is
# `(?<![\d.-])` before it): the engine then skips to each digit instead of trying the look-behind everywhere.
_DMY_DATE = re.compile(r"(\d(?<![\d.-]\d)\d?)([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")  # 25.04.2015, 25-4-2015
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
# '4月25日', '4월 16일' without a year (the publication's), and the day alone ('16일', '25日': the publication's month)
_CJK_MONTH_DAY = re.compile(r"(\d(?<![\d年년]\s\d)(?<![\d年년]\d)\d?)\s*[月월]\s*(\d{1,2})\s*[日일]")  # digit first
_CJK_DAY = re.compile(r"(?<![\d月월])(?<![月월]\s)(\d{1,2})\s*[日일](?![간째])")
# A year written as part of a date ('2015-04', '25.04.2015', '2015年4月'), not a year told in passing ('in 1934'):
# the year a day and month without one belong to, when the article gives no publication date.
_DATED_YEAR = re.compile(
    r"(?=\d)(?:(?<!\d)((?:19|20)\d\d)[-/.](?:0?[1-9]|1[0-2])(?!\d)"
    r"|(?<![\d.-])\d{1,2}([./-])\d{1,2}\2((?:19|20)\d\d)(?!\d)"
    r"|((?:19|20)\d\d)\s*[年년]\s*\d{1,2}\s*[月월])"  # (each begins with a digit: the look-ahead skips the rest)
)
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
    month_year: re.Pattern[str] | None = None  # 'avril 2015', 'de abril de 2015': group 1 is the year
    local: LocalCalendar | None = None  # the language's own calendar ('۱۵ مهر ۱۴۰۲', 'वैशाख १२ गते')
    as_of: re.Pattern[str] | None = None  # 'hasta' (ayer): a date right after it is a count's, not the incident's
    month_day: re.Pattern[str] | None = None  # 'rugpjūčio 14 d.', 'Agosto 14': month, day [year] (`MONTH_FIRST`)
    day_words: re.Pattern[str] | None = None  # 'ngày' (14/8): a word for 'day' a numeric day/month follows
    as_of_after: re.Pattern[str] | None = None  # '現在', '현재' (as of) right after a date: the count's date
    # a speech verb right before a weekday or 'yesterday' ('au anunțat miercuri', 'dijo el martes'): the day the
    # figure was told, not the incident's (as English 'said Tuesday')
    told_before: re.Pattern[str] | None = None
    # a speech verb and its speaker before a day ('sagte ein Polizeisprecher am Dienstag'): the day it was told, unless
    # the text gives no other
    told_by: re.Pattern[str] | None = None
    # the words of a toll's count and its updates ('Zahl der Toten', 's'est alourdi', 'ارتفعت'): a weekday in their
    # sentence may be the count's day ('ist am Mittwoch auf zwölf gestiegen'), not the incident's
    count_words: re.Pattern[str] | None = None
    # 'last' beside a weekday ('el pasado lunes', 'lundi dernier', 'am vergangenen Montag'): the weekday is never the
    # publication's own day but the one a week before (as English 'last Monday')
    last_before: re.Pattern[str] | None = None
    last_after: re.Pattern[str] | None = None
    # 'of last week' before a weekday ('上周五', '先週の金曜日', '지난주 금요일'): that weekday of the calendar week
    # before the publication's (weeks begin on Monday), however many days back that is
    last_week: re.Pattern[str] | None = None
    # days counted after the incident at the head of a sentence ('Zwei Tage nach dem Erdbeben', 'Une semaine après
    # l'accident'): the sentence's weekday or 'yesterday' dates what followed, the incident as many days before
    days_after: tuple[re.Pattern[str], dict[str, int]] | None = None
    # what is still to come a few words before a weekday ('le plan sera présenté dès mardi'): a day ahead, never the
    # incident's nor one to count back from the publication
    future: re.Pattern[str] | None = None
    # years the language's era is ahead of the Gregorian one in a written year ('3 ธันวาคม 2569': Buddhist era, 2026)
    era_years: int = 0
    # months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): that
    # date is the earlier event's, not the incident's
    span_after: re.Pattern[str] | None = None
    # the incident's day counted in the days since it right before a date ('침몰 닷새째를 맞는 20일', the fifth day
    # of the sinking, the 20th): the incident is that many days less one before that date
    day_of_event: tuple[re.Pattern[str], dict[str, int]] | None = None
    # a place noun right before a day and month ('Hospital 12 de Octubre', 'Avenida 9 de Julio', 'rue du 8 Mai
    # 1945': lexicon `BUILDING_WORDS`, `DATE_NAME_LINKS`): the date names the place, it dates nothing
    name_before: re.Pattern[str] | None = None
    # a day of mourning right after a weekday or a date ('объявил воскресенье днём траура', 'declaró el domingo día
    # de luto'; lexicon `MOURNING_WORDS`): the mourning's day, not the incident's
    mourning_after: re.Pattern[str] | None = None
    # a word for 'on' right before a day and month in figures ('el 12/07', 'le 12/07', 'am 12.07.'; lexicon
    # `SHORT_DATE_BEFORE`): a date in the language's day-month order, in the publication's year
    short_date_before: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class LocalCalendar:
    """A solar calendar a language's news dates by (lexicon `LOCAL_CALENDAR`): its month words, the Gregorian
    month and day its year begins on, how many years its era is ahead of the Gregorian year that holds its new
    year, and its months' lengths (typical ones for a calendar whose lengths vary: a day or two off at most)."""

    pattern: re.Pattern[str]  # day month [year] or month day [year]
    months: dict[str, int]
    new_year: tuple[int, int]
    era: int
    month_days: tuple[int, ...]

    def to_gregorian(self, year: int, month: int, day: int) -> date | None:
        start = _safe_date(year + self.era, *self.new_year)
        if start is None or not 1 <= month <= len(self.month_days) or not 1 <= day <= self.month_days[month - 1] + 1:
            return None
        return start + timedelta(days=sum(self.month_days[: month - 1]) + day - 1)

    def local_year(self, when: date) -> int:
        """The calendar's year on a Gregorian day."""
        start = _safe_date(when.year, *self.new_year)
        return when.year - self.era - (1 if start is not None and when < start else 0)


def _alphabetic(word: str) -> bool:
    """Latin, Greek or Cyrillic letters only (and an abbreviation's dot): a script written with spaces."""
    return all(c == "." or "a" <= c <= "z" or "\u00c0" <= c <= "\u024f" or "\u0370" <= c <= "\u04ff" for c in word)


def _latin(word: str) -> bool:
    return any("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" for c in word)


def date_words(
    code: str,
    spaced: bool,
    calendar: dict[str, Any] | None = None,
    as_of: tuple[str, ...] = (),
    month_first: bool = False,
    day_words: tuple[str, ...] = (),
    days_back: dict[str, int] | None = None,
    as_of_after: tuple[str, ...] = (),
    weekday_suffixes: tuple[str, ...] = (),
    speech_verbs: tuple[str, ...] = (),
    count_words: tuple[str, ...] = (),
    last_weekday: tuple[str, ...] = (),
    last_week: tuple[str, ...] = (),
    days_after: dict[str, int] | None = None,
    future: tuple[str, ...] = (),
    era_years: int = 0,
    span_after: tuple[str, ...] = (),
    not_months: tuple[str, ...] = (),
    own_months: dict[str, int] | None = None,
    day_month_links: tuple[str, ...] = (),
    own_weekdays: dict[str, int] | None = None,
    day_of_event: dict[str, int] | None = None,
    name_words: tuple[str, ...] = (),
    name_links: tuple[str, ...] = (),
    mourning: tuple[str, ...] = (),
    short_date_before: tuple[str, ...] = (),
) -> DateWords:
    """The language's month, relative-day and weekday words from dateparser's data (nothing for a language it
    does not know), and its own calendar when its lexicon gives one; the words that make a date a count's
    (`AS_OF`); `days_back` (lexicon `DAYS_BACK`)
    adds relative day words dateparser lacks ('anoche', 'kahapon', 'گزشتہ روز'); `not_months` (lexicon
    `NOT_MONTHS`): a month's short form that is far more often a common word ('ஆக', "to", in "26 ஆக உயர்வு");
    `own_months` and `own_weekdays` (lexicon `MONTHS`, `WEEKDAYS`): names dateparser lacks, a language's own
    (Samoan, Tatar, a short form such as Tongan 'Mē'), a region's month names ('١٢ تموز', the Levant's July;
    'جويلية', the Maghreb's) or a weekday told with its word for 'day' whose name alone is another word ('ہفتے کے
    روز', on Saturday: 'ہفتے' alone is also 'week'); `day_month_links` (lexicon `DAY_MONTH_LINKS`): what joins a day
    to its month besides a space ('16-fevral', 'ʻaho 8 ʻo Mē', 'aso 8 o Me')."""
    left, right = (r"(?<!\w)", r"(?!\w)") if spaced else ("", "")
    local = _local_calendar(calendar) if calendar else None
    info = _locale_info(code)
    if info is None and own_months:
        info = {}  # a language dateparser does not know, read with the lexicon's months alone
    # '截至13日' (as of the 13th): no space after the word in a language written without spaces
    as_of_pattern = re.compile(rf"{left}(?:{_any_of(as_of)})\s*$") if as_of else None
    after_pattern = re.compile(_any_of(as_of_after)) if as_of_after else None
    day_pattern = (
        re.compile(rf"{left}(?:{_any_of(day_words)}){right}") if day_words else None
    )
    own_back = {form: int(n) for w, n in (days_back or {}).items() for form in _letter_forms(safe_lower(w))}
    told = (
        re.compile(rf"{left}(?:{_any_of(speech_verbs)})(?:\s+\w{{1,5}}){{0,2}}\s*$")
        if speech_verbs
        else None
    )
    # the speaker between the verb and the day: 'sagte ein Polizeisprecher am Dienstag', 'قالت الشرطة يوم الثلاثاء'
    speech = _any_of(speech_verbs)
    told_by = re.compile(rf"{left}(?:{speech})(?:\s+\w{{1,5}})?\s+\w+\s+\w{{1,5}}\s*$") if speech_verbs else None
    counts = (
        re.compile(rf"{left}(?:{_any_of(count_words)}){right}")
        if count_words
        else None
    )
    last = _any_of(last_weekday)
    last_before = re.compile(rf"{left}(?:{last})\s*$") if last_weekday else None
    last_after = re.compile(rf"\s*(?:{last}){right}") if last_weekday else None
    week = _any_of(last_week)
    last_week_pattern = re.compile(rf"{left}(?:{week})\s*$") if last_week else None
    ahead = (
        re.compile(rf"{left}(?:{_any_of(future)}){right}(?:\s+\w+){{0,3}}\s*$")
        if future
        else None
    )
    spans = re.compile(rf"{left}(?:{_any_of(span_after)}){right}") if span_after else None
    nth_day = {safe_lower(w): int(n) for w, n in (day_of_event or {}).items()}
    nth = (re.compile(rf"{left}({_alternation(nth_day)})"), nth_day) if nth_day else None
    after_days = {safe_lower(w): int(n) for w, n in (days_after or {}).items()}
    after = (re.compile(rf"[\s\"'«„“-]*({_alternation(after_days)}){right}"), after_days) if after_days else None
    links = rf"(?:\s+(?:{_any_of(name_links)}))?" if name_links else ""
    named = re.compile(rf"{left}(?:{_any_of(name_words)}){links}\s+$") if name_words else None
    mourned = re.compile(rf"\W+(?:\w+\W+){{0,2}}?(?:{_any_of(mourning)})") if mourning else None
    on_short = re.compile(rf"{left}(?:{_any_of(short_date_before)})\s+$") if short_date_before else None
    extras = {"name_before": named, "mourning_after": mourned, "short_date_before": on_short}
    if info is None:
        back_only = (re.compile(rf"{left}({_alternation(own_back)}){right}"), own_back) if own_back else None
        return DateWords(
            None, back_only, None, local=local, as_of=as_of_pattern, day_words=day_pattern,
            as_of_after=after_pattern, told_before=told, told_by=told_by, count_words=counts, days_after=after,
            future=ahead, era_years=era_years, span_after=spans, day_of_event=nth, **extras,
        )  # fmt: skip
    months: dict[str, int] = {}
    for number, month in enumerate(_MONTHS, start=1):
        for word in info.get(month, []):
            if word[:1].isdigit():
                continue  # '11月', '3월': numbered months are read by `_cjk_month_days` ('11月16日' is no '1月' day 1)
            # short forms only in scripts where they are whole words ('मई'): Turkish 'Ağ' (Ağustos) would
            # read '3 ağır yaralı' (3 seriously injured) as a date, 'Şu' is also 'this'
            if (len(word) >= 3 or not (word.isascii() or _latin(word))) and word not in not_months:
                for form in _letter_forms(safe_lower(word)):
                    months.setdefault(form, number)
    for word, number in (own_months or {}).items():
        for form in _letter_forms(safe_lower(word)):
            months.setdefault(form, number)
    month_pattern = month_year = month_day = None
    if months:
        # a short form of an alphabet with spaces is a whole word: '12 marineros' is no 12 March ('mar'), '12 junge
        # Menschen' no 12 June ('jun'), '8 décès' no 8 December ('déc'); longer ones take endings ('stycznia')
        short = {f: n for f, n in months.items() if len(f.rstrip(".")) <= 4 and _alphabetic(f)}
        # a short form in a script of its own is written with dots between its letters as well ('ธค' is 'ธ.ค.',
        # 'มีค' 'มี.ค.' in Thai news)
        dotted = {f: n for f, n in months.items() if len(f) <= 4 and not _alphabetic(f) and not _latin(f)}
        long = {f: n for f, n in months.items() if f not in short and f not in dotted}
        body = "|".join(
            [
                *([f"(?:{_alternation(long)})"] if long else []),
                *([f"(?:{_dotted_alternation(dotted)})"] if dotted else []),
                *([rf"(?:{_alternation(short)})(?![^\W\d_])"] if short else []),
            ]
        )
        links = "".join(rf"|{re.escape(link)}\s*" for link in day_month_links)
        month_pattern = re.compile(
            rf"(?<!\d)(?<!\d[/.])(\d{{1,2}})\.?\s*(?:de\s+|of\s+{links})?({body})\w*(?:\s*(?:de\s+|del\s+)?(\d{{4}}))?"
        )
        month_year = re.compile(rf"(?:{body})\w*,?\s*(?:de\s+|del\s+)?((?:19|20)\d\d)(?!\d)")
        if month_first:  # the day after the month: 'rugpjūčio 14 d.', 'augusztus 14-én', 'Agosto 14, 2018'
            month_day = re.compile(rf"{left}({body})\w*\s+(\d{{1,2}})(?![\d.,]\d)(?:\D{{0,6}}?((?:19|20)\d\d)(?!\d))?")
    relative = info.get("relative-type", {})
    # 'ديروز' in dateparser's Persian data is 'دیروز' in news: both letter forms, as for the months
    back = {
        form: days
        for key, days in _RELATIVE.items()
        for w in relative.get(key, []) or []
        for form in _letter_forms(safe_lower(w))
    }
    back.update(own_back)
    # weekday names long enough not to be another word ("mar" is the sea; "월" is also "month"), and no
    # abbreviation of one (`_abbreviations`)
    weekdays = {
        form: index
        for index, day in enumerate(_WEEKDAYS)
        for w in _named_days(info.get(day, []))
        if (len(w) >= 5 if w.isascii() else len(w) >= 2)
        for form in _letter_forms(safe_lower(w))
    }
    weekdays.update({form: n for w, n in (own_weekdays or {}).items() for form in _letter_forms(safe_lower(w))})
    return DateWords(
        (month_pattern, months) if month_pattern else None,
        (re.compile(rf"{left}({_alternation(back)}){right}"), back) if back else None,
        # "Donnerstagabend", "torstaina": a weekday with a part of the day or a case ending written onto it
        (re.compile(rf"{left}({_alternation(weekdays)}){_suffixes(weekday_suffixes)}{right}"), weekdays)
        if weekdays
        else None,
        month_year,
        local,
        as_of_pattern,
        month_day,
        day_pattern,
        after_pattern,
        told,
        told_by,
        counts,
        last_before,
        last_after,
        last_week_pattern,
        after,
        ahead,
        era_years,
        spans,
        nth,
        **extras,
    )


_ABBREVIATION_LETTERS = 5


def _named_days(words: list[str]) -> list[str]:
    """A weekday's names without their abbreviations: a short form (five letters or fewer) of a script with spaces
    that a longer name of the day goes on from with a letter ('серед' of 'середа' is also 'among', Macedonian 'пет'
    of 'петок' is 'five', 'сер', 'нед'); 'segunda' of 'segunda-feira' is the day's own word, kept."""
    lowered = [safe_lower(w) for w in words]
    return [
        w
        for w, low in zip(words, lowered, strict=True)
        if not (
            len(low.rstrip(".")) <= _ABBREVIATION_LETTERS
            and _alphabetic(low)
            and any(len(other) > len(low) and other.startswith(low) and other[len(low)].isalpha() for other in lowered)
        )
    ]


def _local_calendar(calendar: dict[str, Any]) -> LocalCalendar:
    months = {safe_lower(w): int(n) for w, n in calendar["months"].items()}
    body = _alternation(months)
    day_words = "|".join(re.escape(w) for w in calendar.get("day_words", ())) or "(?!)"  # 'गते': the day's word
    month_first = rf"(?:(?P<y0>\d{{4}})\s*)?(?P<m2>{body})\s*(?P<d2>\d{{1,2}})(?:\s*(?:{day_words}))?"
    pattern = re.compile(
        rf"(?<!\d)(?:(?P<d1>\d{{1,2}})\s*(?P<m1>{body})|{month_first})(?!\d)(?:[\s,]*(?P<y>\d{{4}})(?!\d))?"
    )
    return LocalCalendar(pattern, months, tuple(calendar["new_year"]), int(calendar["era"]),
                         tuple(int(n) for n in calendar["month_days"]))  # fmt: skip


# Arabic and Persian write kaf and yeh with different letters ('اكتبر' in dateparser's Persian data, 'اکتبر' in news)
_TO_PERSIAN = str.maketrans("كي", "کی")
_TO_ARABIC = str.maketrans("کی", "كي")


def _letter_forms(word: str) -> set[str]:
    return {word, word.translate(_TO_PERSIAN), word.translate(_TO_ARABIC)}


# Lexicon codes dateparser knows by another name (Norwegian is Bokmål's data)
_DATEPARSER_CODES = {"no": "nb"}


def _locale_info(code: str) -> dict[str, Any] | None:
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    try:
        info: dict[str, Any] = default_loader.get_locale(_DATEPARSER_CODES.get(code, code)).info
    except Exception:  # a language dateparser does not know
        return None
    return info


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _dotted_alternation(words: dict[str, int]) -> str:
    """Short month words with an optional dot after any of their letters ('ธ.ค.', 'มี.ค.')."""
    return "|".join(r"\.?".join(map(re.escape, w)) + r"\.?" for w in sorted(words, key=len, reverse=True))


def _month_of(names: dict[str, int], written: str) -> int | None:
    """The month a month word names, written with dots between its letters or not."""
    return names.get(written) or names.get(written.replace(".", ""))


def _any_of(words: Iterable[str]) -> str:
    """A pattern matching any of the lexicon's words, as the text reads lowered (`safe_lower`), longest first."""
    return _alternation({safe_lower(w): 0 for w in words})


# A page's stamp in figures at the head of its text ('date 2024-10-31 Rescuers ...', 'Facts 11:59 15.07.2022',
# 'تاريخ النشر : 21:37 - 2023/02/08'): the day the page was put up, whatever its language
_PAGE_STAMP = re.compile(
    r"(?=\d)(?<![\d./-])(?:((?:19|20)\d\d)([-/])(\d{1,2})\2(\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d))(?![\d./-]?\d)"
)
_PAGE_STAMP_REACH = 300  # characters of the text's head a page's stamp is looked for in


def page_stamp(text: str) -> date | None:
    """The day a page's stamp at the head of the text gives: with no publication date, the day its weekdays and
    'yesterday' count from."""
    found = _page_stamp(text)
    return found[1] if found else None


def _page_stamp(text: str) -> tuple[int, date] | None:
    """Where the page's stamp is and its day: never the incident's."""
    for m in _PAGE_STAMP.finditer(text, 0, _PAGE_STAMP_REACH):
        if _in_running_text(text, m.start()):
            continue  # 'Beim Brand am 12.07.2024 sind ...': the incident's day, told in a sentence
        if m.group(1):
            day = _safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        else:
            day = _safe_date(int(m.group(7)), int(m.group(6)), int(m.group(5)))
        return (m.start(), day) if day is not None else None
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _in_running_text(text: str, at: int) -> bool:
    """Is a date in figures inside a sentence's words rather than a page's stamp? A stamp opens its line, after a
    label ('date 2024-10-31', 'Publicado: 18:20 - 2026/03/06', 'تاريخ النشر : 21:37 - ') or a time ('11:59
    15.07.2022'); a date after two words or more since the line's start or its last colon is told in a sentence
    ('Bei einem Brand am 12.07.2024', 'El incendio del 12/07/2024')."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return len(_WORD.findall(line[line.rfind(":") + 1 :])) >= 2


def incident_date(
    words: DateWords, text: str, lower_text: str, reference: date | None, states_figure: Callable[[int], bool]
) -> date | None:
    """The incident's date (see the module's docstring); `lower_text` is `safe_lower(text)`; `states_figure(offset)`
    tells whether the sentence at an offset of `text` states a figure."""
    head = text[:_HEAD]
    lower = lower_text[:_HEAD]
    stamp = _page_stamp(head)
    reference = reference or (stamp[1] if stamp else None)
    latest = reference.year if reference else _latest_year(without_local_dates(words, head))
    found = [
        c
        for c in _on_the_events_day(words, lower, _candidates(words, head, lower, reference))
        if (stamp is None or c.at != stamp[0])  # the page's own day
        and (reference is None or c.when <= reference)
        and (latest is None or c.when.year >= latest - 1)
        and (words.as_of is None or words.as_of.search(lower, max(0, c.at - _AS_OF_REACH), c.at) is None)
        and (words.as_of_after is None or words.as_of_after.search(lower, c.at, c.at + _AS_OF_AFTER_REACH) is None)
        and (c.explicit or words.told_before is None or not words.told_before.search(lower, max(0, c.at - 40), c.at))
        and (c.explicit or words.future is None or not words.future.search(lower, max(0, c.at - 40), c.at))
        and not _after_a_span(words, lower, c.at)
    ]  # a date years before the article's is another, older event's; 'hasta ayer' is the count's day; 'au
    # anunțat miercuri' the day it was told
    if not found:
        return None
    if words.told_by is not None:
        untold = [c for c in found if c.explicit or not words.told_by.search(lower, max(0, c.at - 40), c.at)]
        found = untold or found
    found.sort(key=lambda c: c.at)
    first = next((c for c in found if states_figure(c.at) and not _in_dateline(head, c)), None)
    if first is None:
        if not (found[0].explicit and _counts_toll(words, lower, found[0].at)):
            return found[0].when
        first = found[0]  # 'Am 16. März ist die Zahl der Toten ... gestiegen', its sentence cut at '16.'
    if _counts_toll(words, lower, first.at):
        # "Die Zahl der Toten ist am Mittwoch auf zwölf gestiegen ... Die Explosion hatte sich am Montag ereignet":
        # a day in the count's sentence may be the count's; a day of the week before it is the incident's; a date
        # written out ("Am 16. November ist die Zahl der Toten auf 225 gestiegen ... ereigneten sich am 29.
        # Oktober"), a date written out up to a month before it
        reach = _COUNT_AFTER_DATED_INCIDENT if first.explicit else _COUNT_AFTER_INCIDENT
        earlier = [
            c
            for c in found
            if 0 < (first.when - c.when).days <= reach
            and (c.explicit or not first.explicit)
            and not _in_dateline(head, c)
        ]
        if earlier:
            return min(earlier, key=lambda c: c.when).when
    if not first.explicit and words.days_after is not None:
        # "Zwei Tage nach dem Erdbeben haben Helfer am Freitag ...": Friday is the rescue's, the quake two days before
        opening = words.days_after[0].match(lower, _sentence_start(head, first.at))
        if opening is not None:
            return first.when - timedelta(days=words.days_after[1][re.sub(r"\s+", " ", opening.group(1))])
    if not first.explicit:
        # "jeudi soir ... le 14 juillet": a day and month the sentence writes out beat a weekday or 'yesterday'
        # counted back from the publication (a live page's update may be days after the incident)
        later = (c for c in found if c.at > first.at and c.explicit)
        same = next((c for c in later if not _SENTENCE_END.search(head, first.at, c.at)), None)
        if same is not None:
            return same.when
    return first.when


_NTH_DAY_REACH = 12  # characters from 'the fifth day of' to the date it names ('닷새째를 맞는 20일')


def _on_the_events_day(words: DateWords, lower: str, found: list[_Candidate]) -> list[_Candidate]:
    """'세월호 침몰 닷새째를 맞는 20일' (the 20th, the fifth day of the sinking): a date right after the count of days
    since the incident (lexicon `DAY_OF_EVENT`) is a later day of it, the incident that many days less one before."""
    if words.day_of_event is None:
        return found
    pattern, days = words.day_of_event
    out: list[_Candidate] = []
    for c in found:
        nth = None
        for m in pattern.finditer(lower, max(0, c.at - _NTH_DAY_REACH), c.at):
            if not _CLAUSE_END.search(lower, m.end(), c.at):
                nth = days[m.group(1)]
        out.append(replace(c, when=c.when - timedelta(days=nth - 1)) if nth else c)
    return out


_SPAN_REACH = 60  # from 'N mois après' to the earlier event's date ('... les attentats du 13 novembre')
_CLAUSE_END = re.compile(r"[.!?;,。！？؟।]")


def _after_a_span(words: DateWords, lower: str, at: int) -> bool:
    """'Huit mois après les attentats du 13 novembre à Paris, ...': a date after months or years counted from an
    earlier event (lexicon SPAN_AFTER) in its clause is that event's, the incident's is months later."""
    if words.span_after is None:
        return False
    spans = words.span_after.finditer(lower, max(0, at - _SPAN_REACH), at)
    return any(not _CLAUSE_END.search(lower, m.end(), at) for m in spans)


def _gregorian_year(words: DateWords, year: int) -> int:
    """A written year in the Gregorian era: one of the language's own era ('2569' in Thai) less its lead."""
    return year - words.era_years if words.era_years and year - words.era_years >= 1900 else year


def _sentence_start(head: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(head, max(0, at - _SENTENCE_REACH), at)]
    return ends[-1] if ends else max(0, at - _SENTENCE_REACH)


_SENTENCE_REACH = 300  # characters before a date its sentence's start is looked for in
_COUNT_AFTER_INCIDENT = 7  # days a count's update may come after the incident it counts
_COUNT_AFTER_DATED_INCIDENT = 31  # the same, when both days are written out as dates


# a sentence's end; not an ordinal's dot ('Am 16. November'). One class, the dot's digit looked for after it (no
# other mark can end "\d\."): the engine skips to the marks instead of trying two alternatives at every character
_CLAUSE_END = re.compile(r"[!?。！？؟।۔\n.](?<!\d\.)")


def _counts_toll(words: DateWords, lower: str, at: int) -> bool:
    """Does the sentence around `at` tell a toll's count or its update ('Le bilan ... s'est alourdi mercredi')?"""
    if words.count_words is None:
        return False
    starts = [m.end() for m in _CLAUSE_END.finditer(lower, max(0, at - 300), at)]
    start = starts[-1] if starts else max(0, at - 300)
    stop = _CLAUSE_END.search(lower, at)
    return words.count_words.search(lower, start, stop.start() if stop else min(len(lower), at + 300)) is not None


@dataclass(frozen=True, slots=True)
class _Candidate:
    at: int
    when: date
    explicit: bool  # written as a date (day and month), not counted back from the publication


_SENTENCE_END = re.compile(r"[.!?。！？؟।۔\n]")


def _candidates(words: DateWords, head: str, lower: str, reference: date | None) -> list[_Candidate]:
    out: list[_Candidate] = []
    for pattern, order in ((_ISO_DATE, "ymd"), (_DMY_DATE, "dmy"), (_CJK_DATE, "ymd")):
        for m in pattern.finditer(head):
            a, b, c = (int(g) for g in m.groups() if g not in "./-")
            when = _safe_date(a, b, c) if order == "ymd" else _safe_date(c, b, a)
            if when is not None:
                out.append(_Candidate(m.start(), when, True))
    year_known = reference.year if reference else _dated_year(words, head, lower)
    local = _local_dates(words.local, lower, reference, year_known) if words.local is not None else []
    out += [c for c, _end in local]
    if words.months is not None:
        pattern, names = words.months
        for m in pattern.finditer(lower):
            if any(c.at < m.end() and m.start() < end for c, end in local):
                continue  # '۱۵ مهر': the local calendar's month, not a Gregorian one it begins like ('مه', May)
            if _names_or_mourns(words, lower, m.start(), m.end()):
                continue
            month = _month_of(names, m.group(2))
            year = _gregorian_year(words, int(m.group(3))) if m.group(3) else _year_before(lower, m.start(), year_known)
            if month is not None and year is None:
                year = _year_of_weekday(words, lower, m.start(), m.end(), month, int(m.group(1)))
            if month is None or year is None:
                continue
            when = _safe_date(year, month, int(m.group(1)))
            if when is not None and reference is not None and when > reference and not m.group(3):
                when = _safe_date(year - 1, month, int(m.group(1)))
            if when is not None:
                out.append(_Candidate(m.start(), when, True))
    out += _cjk_month_days(head, reference, year_known)
    out += _month_first_dates(words, lower, reference, year_known)
    out += _numeric_day_months(words, lower, reference, year_known)
    if reference is None:
        return out
    if words.days_back is not None:
        pattern, back = words.days_back
        for m in pattern.finditer(lower):
            out.append(_Candidate(m.start(), reference - timedelta(days=back[re.sub(r"\s+", " ", m.group(1))]), False))
    if words.weekdays is not None:
        pattern, days = words.weekdays
        for m in pattern.finditer(lower):
            if _dated(lower, m.end(), out):
                continue  # "samedi 14 août": the day and month say it; not 'پنجشنبه ۴۰ کشته' (Thursday, 40 dead)
            if _names_or_mourns(words, lower, m.start(), m.end()):
                continue
            out.append(_Candidate(m.start(), _weekday_back(words, lower, m, reference, days[m.group(1)]), False))
    return out


_NAME_REACH = 40  # characters before a date where the place noun it names may stand
_MOURNING_REACH = 40  # characters after a day where the mourning it is declared for is told


def _names_or_mourns(words: DateWords, lower: str, start: int, end: int) -> bool:
    """Is the day at lower[start:end] a place's name ('Avenida 9 de Julio') or a day of mourning's ('воскресенье
    днём траура')? Neither dates the incident."""
    named = words.name_before is not None and words.name_before.search(lower, max(0, start - _NAME_REACH), start)
    mourned = words.mourning_after is not None and words.mourning_after.match(lower, end, end + _MOURNING_REACH)
    return bool(named or mourned)


_YEAR_BEFORE_REACH = 16  # characters before a day and month where the year it belongs to may stand


def _year_before(lower: str, at: int, year: int | None) -> int | None:
    """'Los atentados de 2004, el 11 de marzo, ...', 'в 2010 году, 14 августа': a day and month without a year right
    after an older year in their sentence are that year's (an older event's), not the publication's."""
    before = [m for m in _YEAR.finditer(lower, max(0, at - _YEAR_BEFORE_REACH), at)]
    if not before or _SENTENCE_END.search(lower, before[-1].end(), at):
        return year
    between = _WORD.findall(lower, before[-1].end(), at)
    if len(between) > 2 or any(len(w) > 5 for w in between):
        return year  # only a year's word and a preposition between ('2010 году, 14 июля'), not 'un 2023 récord, el'
    told = int(before[-1].group())
    return told if year is None or told < year else year


_LAST_REACH = 16  # characters before a weekday where 'last' or 'of last week' is looked for


def _weekday_back(words: DateWords, lower: str, m: re.Match[str], reference: date, weekday: int) -> date:
    """The day a weekday names, counted back from the publication: the last one on or before it; the one a week
    before when 'last' is beside it and the publication falls on it; that weekday of the week before with 'of last
    week' ('上周五' on a Saturday is eight days back, not one)."""
    lo = max(0, m.start() - _LAST_REACH)
    if words.last_week is not None and words.last_week.search(lower, lo, m.start()):
        return reference - timedelta(days=reference.weekday() + 7 - weekday)
    ago = (reference.weekday() - weekday) % 7
    if ago == 0 and (
        (words.last_before is not None and words.last_before.search(lower, lo, m.start()))
        or (words.last_after is not None and words.last_after.match(lower, m.end()))
    ):
        ago = 7
    return reference - timedelta(days=ago)


def _in_year(year: int | None, month: int, day: int, reference: date | None, written: bool) -> date | None:
    """The date in `year` (the text's, else the publication's); a day and month without a year that would be after
    the publication are the year before's."""
    if year is None:
        return None
    when = _safe_date(year, month, day)
    if when is not None and reference is not None and when > reference and not written:
        when = _safe_date(year - 1, month, day)
    return when


_WEEKDAY_REACH = (
    25  # characters between a weekday and the day and month it names ('samedi 14 août', '6 Şubat Pazartesi')
)


def _year_of_weekday(words: DateWords, lower: str, start: int, end: int, month: int, day: int) -> int | None:
    """A day and month without a year, in a text with no date of publication and no dated year: the year the text
    writes (latest first) in which that day falls on the weekday written beside it ('samedi 14 août' in a text that
    says 2021 elsewhere; '...publié en 2016' beside 'jeudi 14 juillet'). A year told in passing is otherwise no
    date's year; the weekday's agreement (one year in seven) makes it one."""
    if words.weekdays is None:
        return None
    pattern, days = words.weekdays
    near = [
        days[w.group(1)]
        for w in pattern.finditer(lower, max(0, start - _WEEKDAY_REACH), end + _WEEKDAY_REACH)
        if w.group(1) in days
    ]
    if not near:
        return None
    for year in sorted({int(y) for y in _YEAR.findall(lower)}, reverse=True):
        when = _safe_date(year, month, day)
        if when is not None and when.weekday() in near:
            return year
    return None


def _month_first_dates(words: DateWords, lower: str, reference: date | None, year: int | None) -> list[_Candidate]:
    """'rugpjūčio 14 d.', 'Agosto 14', 'ஆகஸ்ட் 14': the month word, then the day, in languages that write it so."""
    if words.month_day is None or words.months is None:
        return []
    names = words.months[1]
    out: list[_Candidate] = []
    for m in words.month_day.finditer(lower):
        month = _month_of(names, m.group(1))
        written = int(m.group(3)) if m.group(3) else None
        when = _in_year(written or year, month, int(m.group(2)), reference, written is not None) if month else None
        if when is not None:
            out.append(_Candidate(m.start(), when, True))
    return out


# A day and month in figures ('14/8') right after a weekday ('Selasa (14/8)') or a word for 'day' ('ngày 14/8')
_NUMERIC_DAY_MONTH = re.compile(r"[\s(,]{0,3}(\d{1,2})/(\d{1,2})(?![\d/])")


def _numeric_day_months(words: DateWords, lower: str, reference: date | None, year: int | None) -> list[_Candidate]:
    out: list[_Candidate] = []
    for cue in (words.weekdays[0] if words.weekdays else None, words.day_words):
        for m in cue.finditer(lower) if cue is not None else ():
            found = _NUMERIC_DAY_MONTH.match(lower, m.end())
            if found is None:
                continue
            when = _in_year(year, int(found.group(2)), int(found.group(1)), reference, False)
            if when is not None:
                out.append(_Candidate(m.start(), when, True))
    if words.short_date_before is not None:
        for m in _short_dates(lower):
            if not words.short_date_before.search(lower, max(0, m.start() - _SHORT_CUE_REACH), m.start()):
                continue
            month = int(m.group(2) or m.group(3) or m.group(4))
            when = _in_year(year, month, int(m.group(1)), reference, False)
            if when is not None:
                out.append(_Candidate(m.start(), when, True))
    return out


def _short_dates(lower: str) -> Iterator[re.Match[str]]:
    """The short dates in figures of `lower`, found from their '/' or '.' between two digits (a regex scan that
    opens with a digit costs a millisecond a page; the marks are few)."""
    for mark in "/.":
        at = lower.find(mark)
        while at != -1:
            if at > 0 and lower[at - 1].isdigit() and lower[at + 1 : at + 2].isdigit():
                start = at - 2 if at > 1 and lower[at - 2].isdigit() else at - 1
                found = _SHORT_DATE.match(lower, start)
                if found is not None:
                    yield found
            at = lower.find(mark, at + 1)


# A day and month in figures without a year after a word for 'on' ('el 12/07', 'am 12.07.', 'am 12.7.'): the month in
# two figures after a slash ('el 3/4' is also three quarters), or closed by a dot after a dot
_SHORT_DATE = re.compile(r"(?<![\d/.])(\d{1,2})(?:/(\d\d)|\.(\d\d)(?!\.?\d)|\.(\d{1,2})\.)(?![\d/]|[.,]\d)")
_SHORT_CUE_REACH = 8  # characters before the day where the word for 'on' stands


# The dateline's date: 'كاتمندو 4 مايو 2015 (شينخوا)', 'PARIS, 12 mars 2020 (AFP) - ', '新华社北京4月26日电': when the
# report was filed.
# Near the head of the text, with only the town before it, and the agency or a dash right after it.
_DATELINE_HEAD = 40
# the agency in brackets or square brackets, or a dash ('(AFP) -', '[AlterPresse] ---'); '4月26日电': a dispatch
_DATELINE_TAIL = re.compile(
    r"[^\n().!?。،,]{0,25}?(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]|\s[-–—]{1,3}\s|[电電])"
)
# a sentence's end before a dateline's date; not an abbreviation's dot before a comma ('P-au-P., 15 août 2021')
_DATELINE_BREAK = re.compile(r"[.!?。！？؟।۔](?![,\w])")


def _in_dateline(head: str, candidate: _Candidate) -> bool:
    """Is the date a dateline's, at the head of the text or of a line after the page's debris ('P-au-P., 15 août
    2021 [AlterPresse] ---')?"""
    before = head[head.rfind("\n", 0, candidate.at) + 1 : candidate.at].strip()
    return (
        0 < len(before) <= _DATELINE_HEAD
        and _DATELINE_BREAK.search(before) is None
        and _DATELINE_TAIL.match(head, candidate.at) is not None
    )


def _local_dates(
    calendar: LocalCalendar, lower: str, reference: date | None, year: int | None
) -> list[tuple[_Candidate, int]]:
    """Dates in the language's own calendar: with its year, or in the year of the publication (else of a date the
    text writes), the year before when that would be after the publication."""
    out: list[tuple[_Candidate, int]] = []
    for m in calendar.pattern.finditer(lower):
        month = calendar.months.get(re.sub(r"\s+", " ", m.group("m1") or m.group("m2")))
        day = int(m.group("d1") or m.group("d2"))
        if month is None:
            continue
        if m.group("y") or m.group("y0"):
            when = calendar.to_gregorian(int(m.group("y") or m.group("y0")), month, day)
        elif year is not None:
            anchor = reference or date(year, 12, 31)
            local_year = calendar.local_year(anchor)
            when = calendar.to_gregorian(local_year, month, day)
            if when is not None and when > anchor:
                when = calendar.to_gregorian(local_year - 1, month, day)
        else:
            continue
        if when is not None:
            out.append((_Candidate(m.start(), when, True), m.end()))
    return out


def _cjk_month_days(head: str, reference: date | None, year: int | None) -> list[_Candidate]:
    """'4月25日' in the publication's year (the year before when that is after it); '16일' alone in the
    publication's month (the month before when the day is after it)."""
    out: list[_Candidate] = []
    if year is None:
        return out
    anchor = reference or date(year, 12, 31)
    taken: list[tuple[int, int]] = []
    for m in _CJK_MONTH_DAY.finditer(head):
        month, day = int(m.group(1)), int(m.group(2))
        when = _safe_date(anchor.year, month, day)
        if when is not None and when > anchor:
            when = _safe_date(anchor.year - 1, month, day)
        taken.append(m.span())
        if when is not None:
            out.append(_Candidate(m.start(), when, True))
    if reference is None:
        return out
    for m in _CJK_DAY.finditer(head):
        if any(a <= m.start() < b for a, b in taken):
            continue
        day = int(m.group(1))
        month_start = reference.replace(day=1)
        when = _safe_date(reference.year, reference.month, day)
        if when is None or when > reference:
            before = month_start - timedelta(days=1)
            when = _safe_date(before.year, before.month, day)
        if when is not None:
            out.append(_Candidate(m.start(), when, False))
    return out


def without_local_dates(words: DateWords, text: str) -> str:
    """The text with its dates in the language's own calendar blanked out: their years ('२०७२', 2072 in Bikram
    Sambat) are no Gregorian years."""
    if words.local is None:
        return text
    return words.local.pattern.sub(lambda m: " " * len(m.group()), text)


def _dated_year(words: DateWords, head: str, lower: str) -> int | None:
    """The latest year the text writes as part of a date ('2019-02', '20.02.2019', 'février 2019'); a year told
    in passing ('le séisme de 1934') is another event's, not the one a day and month without a year belong to."""
    head = without_local_dates(words, head)
    years = [int(next(g for g in m.groups() if g and g.isdigit())) for m in _DATED_YEAR.finditer(head)]
    if words.month_year is not None:
        years += [int(m.group(1)) for m in words.month_year.finditer(lower)]
    return max(years) if years else None


def _suffixes(endings: tuple[str, ...]) -> str:
    return f"(?:{'|'.join(sorted(map(re.escape, endings), key=len, reverse=True))})?" if endings else ""


_DAY_AFTER = re.compile(r"\W{0,3}\d")


def _dated(lower: str, end: int, found: list[_Candidate]) -> bool:
    """Does a date the text writes out begin right after a weekday? A number there may be a figure."""
    day = _DAY_AFTER.match(lower, end)
    return day is not None and any(c.explicit and end <= c.at < day.end() for c in found)


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def days_with_years(words: DateWords, text: str, lower: str) -> list[tuple[int, date]]:
    """Dates the text writes in full with their years ('2009-08-14', '14.08.2009', '14 de Agosto de 2009',
    '2009年8月14日'), where they stand: the days it names whatever year they are in (`incident_date` keeps only
    the publication's year or the one before)."""
    out = [(c.at, c.when) for c in _candidates(words, text, lower, None) if c.explicit]
    kept: list[tuple[int, date]] = []
    for at, when in sorted(out):
        if _YEAR.search(text, at, at + _WRITTEN_DATE_REACH):
            kept.append((at, when))
    return kept


_WRITTEN_DATE_REACH = 24  # characters from a date's start within which its own year is written


def days_without_years(words: DateWords, text: str, lower: str) -> list[date]:
    """Days and months the text writes without a year ('l'attentat du 14 juillet'), in text order, in a leap
    year (any year: the caller gives each its own)."""
    dated = {at for at, _ in days_with_years(words, text, lower)}
    found = _candidates(words, text, lower, date(2024, 12, 31))
    return [c.when for c in sorted(found, key=lambda c: c.at) if c.explicit and c.at not in dated]

