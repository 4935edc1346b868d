"""Calendar arithmetic that never overflows.

Python's `date` covers 0001-01-01 .. 9999-12-31, and `date + timedelta` raises OverflowError past either end.
An article published on (or near) a calendar edge is valid input, so every window, week key and offset the
core computes goes through these helpers: they clamp to the calendar's ends instead of raising. A window
that would cross an end is simply cut there (no real event lies beyond it).
"""

from __future__ import annotations

from datetime import date

FIRST_ORDINAL = date.min.toordinal()
LAST_ORDINAL = date.max.toordinal()


def add_days(day: date, days: int) -> date:
    """`day` moved by `days` (negative: earlier), clamped to date.min .. date.max."""
    ordinal = day.toordinal() + days
    return date.fromordinal(min(LAST_ORDINAL, max(FIRST_ORDINAL, ordinal)))


def window(day: date, before: int, after: int) -> tuple[date, date]:
    """The days from `before` days earlier to `after` days later, both clamped."""
    return add_days(day, -before), add_days(day, after)


def iso_week(day: date) -> str:
    """The ISO week key, e.g. "2026-W49" (defined for every date, the calendar's ends included)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_between(lo: date, hi: date) -> set[str]:
    """Every ISO week touched by the days lo..hi (hi's week even when lo > hi)."""
    weeks = {iso_week(hi)}
    ordinal, last = lo.toordinal(), hi.toordinal()
    while ordinal <= last:
        weeks.add(iso_week(date.fromordinal(ordinal)))
        ordinal += 7
    return weeks


def easter(year: int) -> date:
    """Western Easter Sunday of the year (the Gregorian computus: Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday is 0) of the month; n = -1 is the month's last one."""
    if n > 0:
        first = date(year, month, 1)
        return date.fromordinal(first.toordinal() + (weekday - first.weekday()) % 7 + 7 * (n - 1))
    after = date(year + month // 12, month % 12 + 1, 1)  # the next month's first day
    last = after.toordinal() - 1
    return date.fromordinal(last - (date.fromordinal(last).weekday() - weekday) % 7)


__all__ = ["FIRST_ORDINAL", "LAST_ORDINAL", "add_days", "easter", "iso_week", "nth_weekday", "weeks_between", "window"]
