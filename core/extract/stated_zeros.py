"""Stated zeros: a text that says no one was hurt or killed gives that harm a figure of 0, in every language.

The convention of our gold: a 0 is recorded only when the text says so ("No one was hurt", "No hubo heridos",
"Verletzt wurde niemand", "Пострадавших нет", "aucun blessé n'a été signalé", "No deaths were reported").
The phrases are data (`core/data/stated_zeros.tsv`, one table for every language); this module reads them once
per language and is called by the English pipeline and the multilingual one alike.

A zero is the harm's figure only when the text gives no other figure of that harm for its own event: beside a toll
("no deaths were reported in the second blast" after "the first blast killed 12") it adds nothing, and a zero told
in a sentence about another incident (a figure of it set apart as background or a separate incident) is not the
article's. A zero for a harm the article already counts as none (the English reader's "No one was hurt") is not
told twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from core.extract.pattern_starts import sre, sre_parse, with_opening_look_ahead
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role
from core.tables import rows

_HARMS = {KILLED: (KILLED,), WOUNDED: (WOUNDED,), "both": (KILLED, WOUNDED)}
_GUARD = "guard"
_ELSE = "else"
_KEY = "key"
_CLAUSE_END = re.compile(r"[,.;:!?]")
_GRADE_REACH = 40  # from a zero read by another reader ("No one") to the end of its clause: where a grade is told
_SENTENCE_END = re.compile(r"[.!?。！？؟।۔\n]")


@dataclass(frozen=True)
class ZeroPhrases:
    """One language's phrases: one pattern of alternatives (group `z<i>` says none of `harms[i]`), the guard read
    right after a phrase (a grade: "no hubo heridos graves") and the words of a phrase that says none besides those
    told before ("no one else", "nadie más")."""

    pattern: re.Pattern[str]
    harms: tuple[tuple[str, ...], ...]
    guard: re.Pattern[str] | None
    besides: re.Pattern[str] | None
    keys: tuple[str, ...] = ()  # words one of which every phrase holds: a text without them is not read
    any_key: re.Pattern[str] | None = None  # the keys as one search


@dataclass(frozen=True)
class ZeroText:
    """A field as the zeros are read in it: `lower` is its lower-cased text as read (same length as the text its
    claims point into, or mapped onto it by `span`), `original` the text its claims' quotes come from."""

    name: str
    lower: str
    original: str
    span: Callable[[int, int], tuple[int, int]] = field(default=lambda start, end: (start, end))


@cache
def _table() -> dict[str, list[tuple[str, str]]]:
    by_language: dict[str, list[tuple[str, str]]] = {}
    for code, kind, pattern in rows("stated_zeros.tsv"):
        if kind not in (_GUARD, _ELSE, _KEY) and kind not in _HARMS:
            raise ValueError(f"stated_zeros.tsv: unknown kind {kind!r} for {code}")
        by_language.setdefault(code, []).append((kind, pattern))
    return by_language


@cache
def phrases(code: str) -> ZeroPhrases | None:
    """The compiled phrases of language `code`, or None when the table has none for it."""
    entries = _table().get(code)
    if not entries:
        return None
    said = _runs_of_one_harm([(kind, pattern) for kind, pattern in entries if kind in _HARMS])
    alternatives = "|".join(f"(?P<z{i}>{pattern})" for i, (_, pattern) in enumerate(said))
    if all(_opens_on_a_word_boundary(pattern) for _, pattern in said):
        alternatives = rf"\b(?:{alternatives})"  # told once, not tried again at each group inside a word
    keys = tuple(pattern for kind, pattern in entries if kind == _KEY)
    return ZeroPhrases(
        re.compile(with_opening_look_ahead(alternatives)),  # the same matches; the engine skips most characters
        tuple(_HARMS[kind] for kind, _ in said),
        _alternatives(pattern for kind, pattern in entries if kind == _GUARD),
        _alternatives(pattern for kind, pattern in entries if kind == _ELSE),
        keys,
        _any_of(keys),
    )


def _runs_of_one_harm(said: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rows in a row that say none of the same harm, as one alternation each: the same matches in the same order
    (the engine tries the alternatives left to right either way), but one named group to enter instead of many,
    and inside it the rows that open on a letter are passed over by that letter alone."""
    runs: list[tuple[str, list[str]]] = []
    for kind, pattern in said:
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(pattern)
        else:
            runs.append((kind, [pattern]))
    return [(kind, "|".join(f"(?:{p})" for p in patterns)) for kind, patterns in runs]


def _opens_on_a_word_boundary(pattern: str) -> bool:
    """Does every match of `pattern` open on a word boundary ('\\b' before all its alternatives)?"""
    opening = sre_parse.parse(pattern).data
    return bool(opening) and opening[0] == (sre.AT, sre.AT_BOUNDARY)


def _any_of(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for all the key words, as a tree of their shared openings ('no (?:one|body|...)'): a text is
    read once instead of once per key."""
    return re.compile(_tree(sorted(set(keys)))) if keys else None


def _tree(words: list[str]) -> str:
    """An alternation matching exactly `words` (sorted, distinct), their shared openings told once."""
    if words == [""]:
        return ""
    by_first: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _tree(rests) for first, rests in by_first.items()]
    if ends:
        return "(?:" + "|".join(branches) + ")?"  # a key is a prefix of a longer one: it alone is enough
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _alternatives(patterns: Iterable[str]) -> re.Pattern[str] | None:
    listed = list(patterns)
    return re.compile("|".join(f"(?:{p})" for p in listed)) if listed else None


def with_stated_zeros(
    code: str, texts: Sequence[ZeroText], claims: Sequence[Claim], incident_date: date | None
) -> list[Claim]:
    """`claims` with the zeros the texts state for a harm they give no figure of (at most one per harm and field).
    A singular one read inside a phrase that states none ("niemand raakte gewond") is that phrase's zero, and a zero
    of one grade read by another reader ("No one was seriously hurt") counts no one."""
    table = phrases(code)
    if table is None:
        return list(claims)
    originals = {text.name: text.original for text in texts}
    kept = [c for c in claims if not _graded_zero(table, c, originals.get(c.field, ""))]
    if not _harms_without_figure(kept) and not any(c.singular and c.value == 1 for c in kept):
        return kept
    said = [(text, m) for text in texts if _may_say(table, text.lower) for m in table.pattern.finditer(text.lower)]
    if not said:
        return kept
    kept = [c for c in kept if not _singular_inside(c, said)]
    return kept + _zeros(table, said, kept, incident_date)


def _may_say(table: ZeroPhrases, lower: str) -> bool:
    """May the text hold a phrase (one of the language's key words is in it)? A substring test is far cheaper than
    the phrases' scan, which most reports need not make."""
    return table.any_key is None or table.any_key.search(lower) is not None


def _zeros(
    table: ZeroPhrases, said: list[tuple[ZeroText, re.Match[str]]], claims: list[Claim], incident_date: date | None
) -> list[Claim]:
    wanted = _harms_without_figure(claims)
    apart = _sentences_told_apart(claims)
    counted = any(c.role is not Role.BACKGROUND and not c.separate_incident and c.value > 0 for c in claims)
    out: list[Claim] = []
    found: set[tuple[str, str]] = set()
    for text, m in said:
        harms = [h for h in table.harms[int((m.lastgroup or "z0")[1:])] if h in wanted and (text.name, h) not in found]
        if not harms or _graded(table, text.lower, m.start(), m.end()):
            continue
        if not counted and table.besides is not None and table.besides.search(text.lower, m.start(), m.end()):
            continue  # "no one else was hurt" after a victim the text does not count: not the count of the hurt
        start, end = text.span(m.start(), m.end())
        s_start, s_end = text.span(*_sentence(text.lower, m.start(), m.end()))
        if any(name == text.name and a <= start < b for name, a, b in apart):
            continue  # a sentence about another incident: its zero is not the article's
        for harm in harms:
            found.add((text.name, harm))
            zero = _zero(harm, text, start, end, (s_start, s_end), incident_date)
            out.append(_told_of_its_incident(zero, claims))
    return out


def _singular_inside(claim: Claim, said: list[tuple[ZeroText, re.Match[str]]]) -> bool:
    """Is `claim` a one told by a singular verb inside a phrase that states none ("raakte niemand gewond")?"""
    if not (claim.singular and claim.value == 1):
        return False
    for text, m in said:
        start, end = text.span(m.start(), m.end())
        if text.name == claim.field and start < claim.end and claim.start < end:
            return True
    return False


def _graded_zero(table: ZeroPhrases, claim: Claim, original: str) -> bool:
    """Is `claim` a zero whose clause names one grade ("No one was seriously hurt")?"""
    if claim.value != 0 or table.guard is None:
        return False
    clause = _CLAUSE_END.search(original, claim.end, claim.end + _GRADE_REACH)
    words = original[claim.start : clause.start() if clause else claim.end + _GRADE_REACH].lower()
    return table.guard.search(words) is not None


def _harms_without_figure(claims: Sequence[Claim]) -> set[str]:
    """The harms no claim counts for the article's own event (any figure of it, a zero already read included; not a
    figure told as superseded or as rumour, which a stated zero outweighs)."""
    wanted = {KILLED, WOUNDED}
    for c in claims:
        if c.metric in wanted and c.role is not Role.BACKGROUND and not c.separate_incident and not c.earlier_figure:
            wanted.discard(c.metric)
    return wanted


def _sentences_told_apart(claims: Sequence[Claim]) -> set[tuple[str, int, int]]:
    """(field, start, end) of the sentences whose figures tell another incident or a past one."""
    return {
        (c.field, c.sentence_start, c.sentence_end) for c in claims if c.role is Role.BACKGROUND or c.separate_incident
    }


def _graded(table: ZeroPhrases, lower: str, start: int, end: int) -> bool:
    """Does the phrase name a grade, in it or right after it ("niemand wurde schwer verletzt", "no hubo heridos
    graves"): none of one grade, no count of the hurt?"""
    if table.guard is None:
        return False
    return table.guard.match(lower, end) is not None or table.guard.search(lower, start, end) is not None


def _sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around `start`..`end`: from after the last sentence end before it to the next."""
    before = max((m.end() for m in _SENTENCE_END.finditer(lower, max(0, start - 400), start)), default=None)
    after = _SENTENCE_END.search(lower, end)
    begin = before if before is not None else max(0, start - 400) if start > 400 else 0
    while begin < start and lower[begin].isspace():
        begin += 1
    return begin, after.end() if after is not None else len(lower)


def _told_of_its_incident(zero: Claim, claims: Sequence[Claim]) -> Claim:
    """The zero told of the incident the text counts before it ("Nine were shot dead ... no one else was hurt"):
    with that incident's place and date, the figure nearest before it in its field (else the first of the article)
    lends them. A zero with no other figure of the article keeps the article's incident date."""
    own = [c for c in claims if c.role is not Role.BACKGROUND and not c.separate_incident and c.value > 0]
    before = [c for c in own if c.field == zero.field and c.start < zero.start]
    host = max(before, key=lambda c: c.start) if before else own[0] if own else None
    if host is None:
        return zero
    return replace(
        zero,
        location=host.location,
        location_carried=host.location is not None,
        location_loose=host.location_loose,
        incident_date=host.incident_date,
        date_carried=host.incident_date is not None,
    )


def _zero(
    harm: str, text: ZeroText, start: int, end: int, sentence: tuple[int, int], incident_date: date | None
) -> Claim:
    return Claim(
        metric=harm,
        value=0,
        low=0,
        high=0,
        qualifier=Qualifier.EXACT,
        role=Role.TOTAL,
        quote=text.original[start:end],
        start=start,
        end=end,
        field=text.name,
        incident_date=incident_date,
        date_carried=incident_date is not None,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
    )
