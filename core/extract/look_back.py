"""The date of the event a look-back report tells: an anniversary, a verdict, "ten years on".

A report years after a disaster tells the old event's toll ("Five years after a fire killed 60 people at the mall,
residents laid flowers on Saturday"). Its figures are the old event's: they carry that event's day, not the day the
anniversary was marked, so that grouping finds the event they belong to. The headline (the title, and the text's
first sentence) counts the years since the event (lexicon `YEARS_ON`: "{n} years since", "il y a {n} ans", "الذكرى {n}",
"から{n}年", the count in figures or in the lexicon's `YEAR_COUNTS`; a phrase written without a count, "rok po",
counts one year). The event's day is then:

- a date the text writes in full with its year, that many years (or one more) before the publication; without a
  publication date, the earliest date the text writes in full with its year;
- else the day that many years before the publication: an anniversary is marked on its day.

A year alone ("the 2004 bombings") names no day: it gives no date (the claim keeps the one it had). A headline that
states a figure of its own ("Five years after the flood, new storm kills 4") tells a new incident: its report keeps
its own days. A claim already dated a year or more before the publication keeps its date (the text dated it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from core.extract.clean import safe_lower
from core.extract.lexicons import ALIASES, LANGUAGES, WORLD_LANGUAGES, load
from core.extract.when import explicit_dates
from core.extract.world_dates import days_with_years, days_without_years
from core.extract.world_language import language as world_language
from core.models import Claim, Role

_OPENING = 300  # characters of an untitled text its headline is looked for in
_HEAD = 3000  # characters of the text its dates in full are looked for in
_SENTENCE_END = re.compile(r"[.!?。！？؟।\n]")
_OWN_DAY_REACH = 7  # days from the publication a claim's date may be and still be the day the look back was told


@dataclass(frozen=True, slots=True)
class YearsOn:
    patterns: tuple[re.Pattern[str], ...]  # one a phrase; group 'n': the count of years, in figures or a word
    counts: dict[str, int]
    keys: tuple[str, ...]  # a word each phrase is written with: a headline without it is not scanned for the phrase


@lru_cache(maxsize=128)
def years_on(code: str) -> YearsOn | None:
    """The language's phrases counting years since an event (lexicon `YEARS_ON`), or None without them."""
    code = ALIASES.get(code, code)
    if code not in LANGUAGES and code not in WORLD_LANGUAGES:
        return None
    lexicon = load(code)
    templates: Sequence[str] = getattr(lexicon, "YEARS_ON", ())
    if not templates:
        return None
    counts = {safe_lower(w): int(n) for w, n in getattr(lexicon, "YEAR_COUNTS", {}).items()}
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(counts, key=len, reverse=True))
    number = rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th|º|ª|e|er|\.)?{'|' + words if words else ''})"
    left = r"(?<!\w)" if getattr(lexicon, "SPACED", True) else ""
    patterns = tuple(
        re.compile(left + re.escape(safe_lower(t)).replace(r"\ ", r"\s+").replace(r"\{n\}", number, 1) + _end(t))
        for t in templates
    )
    return YearsOn(patterns, counts, tuple(_key_word(t) for t in templates))


def _key_word(template: str) -> str:
    """The template's longest word but its count ('{n} years after': 'after'), which every headline the phrase is
    read in holds as written. A phrase opens with its count (in figures or a word), which the engine would try at
    every position of the headline; a substring test first is far cheaper."""
    return max((w for part in safe_lower(template).split("{n}") for w in part.split()), key=len, default="")


def _end(template: str) -> str:
    """A phrase ending in a letter of an alphabet written with spaces ends a word ('years on', not 'years
    online'); one of another script may take an ending ('20주기를')."""
    last = template[-1:]
    return r"(?!\w)" if (last.isascii() and last.isalpha()) or "\u00c0" <= last <= "\u04ff" else ""


def years_of(found: re.Match[str], counts: dict[str, int]) -> int | None:
    """The years a match of a `YearsOn` pattern counts (1 to 100), its count written in figures or words."""
    n = found.groupdict().get("n")
    if n is None:
        return 1  # a phrase written without a count ("rok po", a year after) counts one year
    digits = re.match(r"\d+", n)
    value = int(digits.group()) if digits else counts.get(re.sub(r"\s+", " ", n))
    return value if value is not None and 1 <= value <= _MOST_YEARS else None


_MOST_YEARS = 100


def _years_counted(code: str, title: str | None, text: str, claims: Sequence[Claim]) -> int | None:
    """The years the headline counts since an event ('Ten years on', 'il y a vingt ans'): the title's, else the
    text's first sentence's when no figure stands before them in it ("A storm killed four on Monday, five years
    after the flood" tells the storm; "Five years after a fire killed 60, ..." the fire)."""
    spec = years_on(code)
    if spec is None:
        return None
    if title and (years := _first_count(spec, title)) is not None:
        return years[1]
    opening = text[:_OPENING]
    end = _SENTENCE_END.search(opening)
    found = _first_count(spec, opening[: end.start()] if end else opening)
    if found is None or any(c.field == "text" and c.start < found[0] for c in claims):
        return None
    return found[1]


def _first_count(spec: YearsOn, headline: str) -> tuple[int, int] | None:
    """Where the first count of years in a headline stands, and the count."""
    lower = safe_lower(headline)
    found = [m for p, key in zip(spec.patterns, spec.keys, strict=True) if key in lower for m in p.finditer(lower)]
    for m in sorted(found, key=lambda m: m.start()):
        value = years_of(m, spec.counts)
        if value is not None:
            return m.start(), value
    return None


def _written_days(code: str, text: str) -> list[date]:
    return [d for _, d in _written_days_at(code, text)]


def _written_days_at(code: str, text: str) -> list[tuple[int, date]]:
    """The days the text's head writes in full with their years, where they stand."""
    head = text[:_HEAD]
    if code == "en":
        written = ((at, _safe(y, m, day) if y is not None else None) for at, _, m, day, y in explicit_dates(head))
        return [(at, d) for at, d in written if d is not None]
    lexicon = world_language(code)
    if lexicon is None:
        return []
    return days_with_years(lexicon.dates, head, safe_lower(head))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _years_before(day: date, years: int) -> date:
    return _safe(day.year - years, day.month, day.day) or date(day.year - years, day.month, day.day - 1)


def look_back_day(
    code: str, title: str | None, text: str, published: date | None, claims: Sequence[Claim] = ()
) -> date | None:
    """The day of the event a look-back report counts years since (see the module's docstring), or None."""
    years = _years_counted(code, title, text, claims)
    if years is None:
        return None
    written = _written_days(code, text)
    if published is None:
        return min(written) if written else None
    wanted = {published.year - years, published.year - years - 1}
    told = next((d for d in written if d.year in wanted), None)
    anniversary = _years_before(published, years)
    return told or _day_without_its_year(code, text, anniversary) or anniversary


def _day_without_its_year(code: str, text: str, anniversary: date) -> date | None:
    """'Nice : huit ans après' over 'l'attentat du 14 juillet': the first day and month the text writes without a
    year, on the one of its days nearest the anniversary the count of years gives (a report a few days late or
    early: '30 de diciembre' 'a cinco años', published on 4 January, is five years and six days back); None when
    the text writes none."""
    head = text[:_HEAD]
    if code == "en":
        days = [(m, day) for _, _, m, day, y in explicit_dates(head) if y is None]
    else:
        lexicon = world_language(code)
        words = lexicon.dates if lexicon is not None else None
        found = days_without_years(words, head, safe_lower(head)) if words is not None else []
        days = [(d.month, d.day) for d in found]
    for month, day in days:
        near = [d for y in (-1, 0, 1) if (d := _safe(anniversary.year + y, month, day)) is not None]
        if near:
            return min(near, key=lambda d: abs((d - anniversary).days))
    return None


def looked_back(
    claims: Sequence[Claim], code: str, title: str | None, text: str, published: date | None
) -> list[Claim]:
    """The claims, those of a look-back report dated on the day of the event it looks back at."""
    if not claims or any(c.field == "title" for c in claims):
        return list(claims)  # a headline with a figure of its own tells news
    day = look_back_day(code, title, text, published, claims)
    if day is None and published is None and _years_counted(code, title, text, claims) is not None:
        # "One year after the shooting, town marks the day", undated, no day written in full: the figures the text
        # dates to no other day are those of the event it looks back at, its own (with no day)
        return [_its_own(c) if c.incident_date is None and not c.separate_incident else c for c in claims]
    if day is None:
        return _dated_by_their_sentences(claims, code, text, published)
    return [_dated(c, day, published) for c in claims]


_YEAR_BACK = 365  # days before the publication a date must be to be an older event's


def _dated_by_their_sentences(
    claims: Sequence[Claim], code: str, text: str, published: date | None
) -> list[Claim]:
    """A report nothing recent dates whose figures' sentences write an older day in full with its year ("Le 26
    septembre 2002, le ferry avait sombré, faisant 1 863 morts", in a report of warrants six years on): those
    figures are that day's event's (the others keep no date)."""
    if published is None or any(c.incident_date is not None for c in claims):
        return list(claims)
    older = [(at, d) for at, d in _written_days_at(code, text) if (published - d).days >= _YEAR_BACK]
    if not older:
        return list(claims)
    out = []
    for c in claims:
        own = next((d for at, d in older if c.field == "text" and c.sentence_start <= at < c.sentence_end), None)
        out.append(c if c.separate_incident or own is None else replace(c, incident_date=own, date_carried=False))
    return out


def _dated(claim: Claim, day: date, published: date | None) -> Claim:
    """The claim of a look-back report dated on its event's day, unless its text gives it another older day; a
    figure of that event told as background (its year long before the publication's) is the report's own."""
    own = claim.incident_date
    if claim.separate_incident:
        return claim
    same_day = own is not None and (own.month, own.day) == (day.month, day.day)  # its year the publication's
    if own is not None and not same_day and (published is None or (published - own).days > _OWN_DAY_REACH):
        return _its_own(claim) if abs((own - day).days) <= 1 else claim  # a day the text gives
    return _its_own(replace(claim, incident_date=day, date_carried=claim.date_carried or own is None))


def _its_own(claim: Claim) -> Claim:
    """A look-back's figure of its event, told as background ('which killed 191 people in 2004'): the event is
    the report's own."""
    if claim.role is Role.BACKGROUND and not claim.earlier_figure:
        return replace(claim, role=Role.TOTAL)
    return claim
