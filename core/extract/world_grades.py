"""The injured told by severity in the reporters' own languages: '12 heridos graves y 20 leves', '5 schwer und
12 leicht verletzt', '3 ağır, 10 hafif yaralı', 'luka berat 4 orang dan luka ringan 15 orang'.

A number is graded when a severity word of the lexicon (`INJURY_GRADES`: critical, severe, moderate, light) stands
right after it in its phrase (up to a comma or a coordinator, lexicon `COORDINATORS`), else right before it. A run of
graded numbers of different grades, side by side in one sentence, at least one of them counted as injured, is one
injured figure split by severity: its sum is the injured total when the text gives no larger injured figure (the
English pipeline joins 'seriously ... and 20 lightly injured' the same way). Parts of a given total stay parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.extract.numerals import Numeral

_GRADE_WINDOW = 40  # characters from a number to its severity word ("3 persone sono rimaste ferite gravemente")
_GRADE_GAP = 60  # characters between two graded numbers of one run
_BREAK = re.compile(r"[;()\[\]|]|\s[-–]\s|[.!?。！？؟।]\s")
_PHRASE_END = re.compile(r"[;,،、，()\[\]|]|\s[-–]\s")


@dataclass(frozen=True, slots=True)
class Grades:
    """A language's severity words (one named group per grade) and the words that coordinate two counts."""

    words: re.Pattern[str]
    coordinators: re.Pattern[str] | None


def compile_grades(
    table: dict[str, tuple[str, ...]],
    coordinators: tuple[str, ...],
    word: Callable[[str], str],
    phrases: Callable[[tuple[str, ...]], re.Pattern[str] | None],
) -> Grades | None:
    """`word(entry)` and `phrases(entries)` are the pipeline's pattern builders for the lexicon's MATCH."""
    if not table:
        return None
    alternatives = []
    for grade, entries in table.items():
        body = "|".join(word(e) for e in sorted(entries, key=len, reverse=True))
        alternatives.append(f"(?P<{grade}>{body})")
    return Grades(re.compile("|".join(alternatives)), phrases(coordinators) if coordinators else None)


def grade_of(grades: Grades, lower: str, numbers: list[Numeral], index: int, s_start: int, s_end: int) -> str | None:
    """The severity the sentence gives the number: a severity word after it in its phrase, else right before it."""
    number = numbers[index]
    stop = min(numbers[index + 1].start if index + 1 < len(numbers) else s_end, s_end, number.end + _GRADE_WINDOW)
    stop = _cut(grades, lower, number.end, stop, first=True)
    found = grades.words.search(lower, number.end, stop)
    if found is not None:
        return found.lastgroup
    begin = max(numbers[index - 1].end if index else s_start, s_start, number.start - _GRADE_WINDOW)
    begin = _cut(grades, lower, begin, number.start, first=False)
    before = list(grades.words.finditer(lower, begin, number.start))
    return before[-1].lastgroup if before else None


def _cut(grades: Grades, lower: str, start: int, stop: int, first: bool) -> int:
    """The first phrase end (comma, coordinator) in [start, stop) when `first`, else the end of the last one."""
    ends = [m.span() for m in _PHRASE_END.finditer(lower, start, stop)]
    if grades.coordinators is not None:
        ends += [m.span() for m in grades.coordinators.finditer(lower, start, stop)]
    if not ends:
        return stop if first else start
    return min(a for a, _ in ends) if first else max(b for _, b in ends)


def graded_runs(
    grades: Grades, lower: str, numbers: list[Numeral], metric_of: dict[int, str], s_start: int, s_end: int
) -> list[list[tuple[Numeral, str]]]:
    """Runs of side-by-side numbers of different grades, none counted as anything but injured and at least one
    counted as injured (`metric_of`: number start -> the metric it is bound to)."""
    runs: list[list[tuple[Numeral, str]]] = []
    current: list[tuple[Numeral, str]] = []
    for index, number in enumerate(numbers):
        grade = grade_of(grades, lower, numbers, index, s_start, s_end)
        if grade is None or metric_of.get(number.start, "wounded") != "wounded" or number.band is not None:
            runs.append(current)
            current = []
            continue
        if current and (
            number.start - current[-1][0].end > _GRADE_GAP or _BREAK.search(lower, current[-1][0].end, number.start)
        ):
            runs.append(current)
            current = []
        current.append((number, grade))
    runs.append(current)
    return [
        run
        for run in runs
        if len(run) > 1
        and len({grade for _, grade in run}) == len(run)
        and any(metric_of.get(n.start) == "wounded" for n, _ in run)
    ]
