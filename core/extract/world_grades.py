"""The injured told by severity in the reporters' own languages: '12 heridos graves y 20 leves', '5 schwer und
12 leicht verletzt', '3 ağır, 10 hafif yaralı', 'luka berat 4 orang dan luka ringan 15 orang'.

A number is graded when a severity word of the lexicon (`INJURY_GRADES`: critical, severe, moderate, light) stands
right after it in its phrase (up to a comma or a coordinator, lexicon `COORDINATORS`), else right before it. A run of
graded numbers of different grades, side by side in one sentence, at least one of them counted as injured, is one
injured figure split by severity: its sum is the injured total when the text gives no larger injured figure (the
English pipeline joins 'seriously ... and 20 lightly injured' the same way). Parts of a given total stay parts.
So are consecutive sentences that each give one injured figure, of different severities ('Cinco personas resultaron
heridas graves. Otras 20 sufrieron heridas leves.').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.extract.numerals import Numeral
from core.extract.qualifiers import bounds
from core.models import Claim, Qualifier, Role

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
    left: str,
    word: Callable[[str], str],
    phrases: Callable[[tuple[str, ...]], re.Pattern[str] | None],
) -> Grades | None:
    """`left` (the boundary before a word), `word(entry)` and `phrases(entries)` are the pipeline's pattern
    builders for the lexicon's MATCH."""
    if not table:
        return None
    alternatives = []
    for grade, entries in table.items():
        body = "|".join(word(e) for e in sorted(entries, key=len, reverse=True))
        alternatives.append(f"(?P<{grade}>{body})")
    return Grades(
        re.compile(left + "(?:" + "|".join(alternatives) + ")"), phrases(coordinators) if coordinators else None
    )


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


@dataclass(frozen=True, slots=True)
class Graded:
    """A sentence's one injured figure, of one severity: its sentence, its claim's index in the field's claims."""

    sentence: int
    claim: int
    grade: str


def sum_runs(
    grades: Grades,
    original: str,
    lower: str,
    numbers: list[Numeral],
    metric_of: dict[int, str],
    out: list[Claim],
    claim_at: dict[int, int],
    sentence: tuple[int, int],
    index: int,
) -> list[Graded]:
    """'12 heridos graves y 20 leves': the injured split by severity, summed as the injured total (the parts become
    subsets) unless the field already gives an injured figure at least as large ('32 heridos: 12 graves y 20 leves').
    Returns the sentence's one injured figure with its severity when it gives only that (for `sum_across_sentences`).
    """
    if grades.words.search(lower, *sentence) is None:
        return []  # no severity word in the sentence (most sentences)
    runs = graded_runs(grades, lower, numbers, metric_of, *sentence)
    for run in runs:
        _sum(original, out, [claim_at[n.start] for n, _ in run if n.start in claim_at], [n for n, _ in run])
    injured = [n for n in numbers if metric_of.get(n.start) == "wounded" and n.start in claim_at]
    if runs or len(injured) != 1 or out[claim_at[injured[0].start]].role not in (Role.TOTAL, Role.INCREMENT):
        return []
    grade = grade_of(grades, lower, numbers, numbers.index(injured[0]), *sentence)
    return [Graded(index, claim_at[injured[0].start], grade)] if grade else []


def sum_across_sentences(original: str, out: list[Claim], graded: list[Graded]) -> None:
    """'Cinco personas resultaron heridas graves. Otras 20 sufrieron heridas leves.': consecutive sentences that
    each give one injured figure of another severity are one injured figure split by severity."""
    group: list[Graded] = []
    for item in [*graded, None]:
        if (
            item is not None
            and group
            and item.sentence == group[-1].sentence + 1
            and item.grade not in {g.grade for g in group}
        ):
            group.append(item)
            continue
        if len(group) > 1:
            members = [g.claim for g in group]
            _sum(original, out, members, [])
        group = [item] if item is not None else []


def _sum(original: str, out: list[Claim], members: list[int], numbers: list[Numeral]) -> None:
    """Sum the parts (`out` indices, and numbers the sentence counts with them but bound to nothing)."""
    if not members or any(out[i].role is Role.SUBSET for i in members):
        return  # "entre ellos 3 graves y 5 leves": a breakdown of a figure told elsewhere
    if len(members) == 1 and not numbers and out[members[0]].role is Role.INCREMENT:
        return
    values = {out[i].start: out[i].value for i in members}
    total = sum(n.value for n in numbers) if numbers else sum(values.values())
    given = any(
        c.metric == "wounded" and c.role is Role.TOTAL and i not in members and c.value >= total
        for i, c in enumerate(out)
    )
    base = out[members[0]]
    for i in members:
        out[i] = replace(out[i], role=Role.SUBSET)
    if given:
        return
    start = min([n.start for n in numbers] + [out[i].start for i in members])
    end = max([n.end for n in numbers] + [out[i].end for i in members])
    qualifier = next((out[i].qualifier for i in members if out[i].qualifier is not Qualifier.EXACT), Qualifier.EXACT)
    low, high = bounds(total, qualifier)
    role = base.role if base.role in (Role.CUMULATIVE, Role.BACKGROUND) else Role.TOTAL
    out.append(
        replace(base, value=total, low=low, high=high, qualifier=qualifier, role=role, start=start, end=end,
                quote=original[start:end], singular=False, sentence_end=max(out[i].sentence_end for i in members))
    )  # fmt: skip
