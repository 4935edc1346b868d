"""What in an English article is older or other news than its latest figure: an earlier report's figure ('had
earlier put the toll at'), an older section of a live page, a later death told as news, an unconfirmed death."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from core.extract.alternation import alternation
from core.extract.ascii_twin import compile_twin
from core.extract.lexicons import load as load_lexicon
from core.extract.raw_claim import RawClaim
from core.extract.triggers import SHOT
from core.extract.word_gate import WordGated
from core.models import KILLED, WOUNDED, Claim, Role

_EN = load_lexicon("en")


_ORDINAL_COUNT = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?!of\b|day\b|anniversary\b)[a-z]", re.IGNORECASE)


def _metric_told_last(out: list[Claim], text: str, start: int) -> str | None:
    """The metric of the figure told last, which 'that number rose to nine' (told from offset `start`) counts, unless a
    count by rank comes between ('the 35th homicide of the year': the number is that count's). People
    shot only when their whole count is told in the sentence just before ('Five people had been shot. That number
    has since risen to nine'), not one of them ('One of the men who had been shot died ... That number has since
    risen to 37' counts the city's homicides)."""
    if not out:
        return None
    last = out[-1]
    if _ORDINAL_COUNT.search(text, last.sentence_end, start):
        return None  # "His death was the 35th homicide of the year. That number has since risen to 37."
    if last.metric == SHOT and (
        last.singular or last.role is not Role.TOTAL or text[last.sentence_end : start].strip(" \t\n.\"'”")
    ):
        return None
    return last.metric


def _told_with_the_update(claims: list[Claim]) -> list[Claim]:
    """ "The death toll rose to 154 on Monday, with 149 people injured": the injured told after a risen toll are
    the same count's, as late as it (an update), not the incident's first figure."""
    toll = next((c for c in claims if c.metric == KILLED and c.update and c.role is Role.TOTAL), None)
    if toll is None:
        return claims
    return [
        replace(c, update=True)
        if c.metric == WOUNDED and c.role is Role.TOTAL and c.start > toll.end and c.field == toll.field
        else c
        for c in claims
    ]


def _older_version_figures(claims: list[Claim], sections: list[int]) -> list[Claim]:
    """A figure in an older part of an updated story ('EARLIER: ... 39 killed', a live page's older entry below a
    newer one) that a newer part replaces with a number of its own ('revised the toll down to 38') is superseded.
    The older part often holds the only count (the update adds names and details), and a figure both parts give is
    confirmed: those stay current. `sections`: where each older part starts, top down, each older than the last."""
    if not sections:
        return claims
    out = list(claims)
    newer: dict[str, set[int]] = {}  # figures of the parts above the one being read
    newer_totals: set[str] = set()
    for a, b in pairwise([0, *sections, 1 << 62]):
        part = [k for k, c in enumerate(out) if a <= c.start < b]
        for k in part:
            c = out[k]
            if c.metric in newer_totals and c.value not in newer[c.metric] and not c.singular:
                out[k] = replace(c, earlier_figure=True)
        for k in part:
            c = claims[k]
            newer.setdefault(c.metric, set()).add(c.value)
            if c.role is Role.TOTAL and not c.singular and c.value > 0:
                newer_totals.add(c.metric)
    return out


_UNCONFIRMED_DEATH = compile_twin(rf"\b(?:{alternation(_EN.UNCONFIRMED_DEATHS)})\b")
_UNCONFIRMED_REACH = 48  # characters after the figure: "12 crew members of the trawler are feared dead"


def _unconfirmed(lower: str, raw: RawClaim, sentence_end: int) -> bool:
    """'Twelve people are feared dead': deaths the text fears or presumes, not ones it confirms."""
    if raw.metric != KILLED:
        return False
    window_end = min(sentence_end, raw.end + _UNCONFIRMED_REACH)
    found = _UNCONFIRMED_DEATH.search(lower, raw.end, window_end)
    return found is not None and not re.search(r"\d|[;,]", lower[raw.end : found.start()])


_RUMOUR = WordGated(re.compile(rf"\b(?:{alternation(_EN.RUMOUR_CUES)})"), _EN.RUMOUR_CUES)


def _rumoured(lower: str, sentence_start: int, sentence_end: int, raw: RawClaim) -> bool:
    """'Rumours on social media spoke of dozens of dead': a killed figure its sentence tells as rumour, which the
    authorities' own count or stated zero outweighs."""
    return raw.metric == KILLED and _RUMOUR.search(lower, sentence_start, sentence_end) is not None


_REFUTED_WORD = WordGated(re.compile(rf"\b(?:{alternation(_EN.REFUTED_WORDS)})\b"), _EN.REFUTED_WORDS)
_REFUTED_BEFORE = re.compile(rf"\b(?:{alternation(_EN.REFUTED_REPORT_NOUNS)})\s+that\s+[^.;]{{0,60}}$")
_REFUTED_AFTER = re.compile(
    rf"[^.;]{{0,60}}?\s(?:{alternation(_EN.REFUTED_VERBS)})\s+(?:[a-z]+\s+)?(?:{alternation(_EN.REFUTED_WORDS)})\b"
)


def refuted(lower: str, raw: list[RawClaim], sentence_start: int, sentence_end: int) -> list[RawClaim]:
    """The claims of a sentence less those a report the sentence calls wrong told: 'early reports that she had died
    were wrong' counts no death ('she was shot' before it stays)."""
    if not raw or _REFUTED_WORD.search(lower, sentence_start, sentence_end) is None:
        return raw
    return [
        rc
        for rc in raw
        if not (
            _REFUTED_BEFORE.search(lower[max(sentence_start, rc.start - 80) : rc.start])
            and _REFUTED_AFTER.match(lower, rc.end, sentence_end)
        )
    ]


_LATER_NEWS = compile_twin(
    rf"\b(?:{alternation(tuple(c for c in _EN.LATER_NEWS_CUES if c not in _EN.LATER_DEATH_TIMES))}"
    rf"|by\s+(?:{alternation(_EN.LATER_NEWS_BY)})"
    # "where they later died", "has since died": a death, not a later count
    rf"|(?:{alternation(tuple(c for c in _EN.LATER_NEWS_CUES if c in _EN.LATER_DEATH_TIMES))})"
    rf"(?!\s+(?:{alternation(_EN.LATER_DEATH_VERBS)})))\b",
    re.IGNORECASE,
)


_DIED_BEFORE = re.compile(rf"\b(?:{alternation(_EN.LATER_DEATH_VERBS)})\s+$", re.IGNORECASE)


def _later_news(clause: str) -> bool:
    """'By Tuesday, 18 people had died': later news of the toll. A later death ('and four more died later in
    hospital') is no later count."""
    return bool(clause) and any(
        not (m.group().lower() in _LATER_DEATH_CUES and _DIED_BEFORE.search(clause, max(0, m.start() - 20), m.start()))
        for m in _LATER_NEWS.finditer(clause)
    )


_LATER_DEATH_CUES = frozenset(_EN.LATER_DEATH_TIMES)


# A sentence opened by 'Earlier' that tells what a source had said: "Earlier, local media had reported six deaths",
# "Earlier on Monday, officials had put the toll at 12": figures the story has since replaced.
_EARLIER_REPORT_OPENER = re.compile(
    r"\W*earlier(?:\s+(?:on\s+\w+|in\s+the\s+day|today|this\s+(?:week|morning|evening)|that\s+day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?,?\s+(?:[\w'’.-]+\s+){1,6}?had\s+"
    r"(?:(?:earlier|first|initially)\s+)?(?:reported|said|put|given|announced|cited|stated|counted|confirmed)\b"
)
_EARLIER_FIGURE = WordGated(
    compile_twin(rf"\b(?:{alternation(_EN.EARLIER_CLAUSE_CUES)})\b"),
    # what each cue holds: "initially citing", "at first", "earlier report", "early reports", "previously put"
    ("initial", "first", "earl", "previous", "originally", "last update", "incorrectly", "erroneously", "mistakenly",
     "wrongly", "had put the"),
    phrases=_EN.EARLIER_CLAUSE_CUES,
)  # fmt: skip
# The cue colours the figures of its own part of the sentence: "100 to 300 people were killed -- far fewer than
# the nearly 500 deaths that officials originally described" (only 500 is the earlier figure).
_EARLIER_SCOPE_BREAK = re.compile(
    rf";|\s--?\s|—|,\s+(?:{alternation(_EN.CONCESSIVE_WORDS + _EN.CONTRAST_WORDS + _EN.REVISION_PARTICIPLES)})\b"
    rf"|\s(?={alternation(_EN.CLAUSE_JOINERS)}\s+(?:{alternation(_EN.LATER_CLAUSE_OPENERS)})\b)"
)
_CONCESSIVE_LEAD = re.compile(
    rf"\s*(?:(?:{alternation(_EN.CLAUSE_JOINERS)})\s+)?(?:{alternation(_EN.CONCESSIVE_WORDS)})\b"
)


_EARLIER_SECTION_HEAD = rf"[ \t]*(?:{alternation(_EN.EARLIER_SECTION_HEADS)})[ \t]*(?::|—|–|-\s)"
# The head at a line's start: at the text's start, or after a line break read first (the engine skips to each break
# instead of trying "(?m)^" at every character)
_EARLIER_SECTION_AT_START = compile_twin(_EARLIER_SECTION_HEAD)
_EARLIER_SECTION_AFTER_BREAK = compile_twin(rf"\n{_EARLIER_SECTION_HEAD}")


_LIVE_ENTRY = (
    rf"[ \t]*(?:(?:{alternation(_EN.LIVE_ENTRY_WORDS)})(?:\s+at)?\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)"
    rf"(?:\s*(?P<ampm>am|pm|a\.m\.|p\.m\.))?(?:\s*(?:{alternation(_EN.TIME_ZONES)})\b)?[ \t]*(?:$|[:—–|-])"
)
# A live page's time stamp at a line's start: at the text's start, or after a line break read first (the engine
# skips to each break instead of trying "(?m)^" at every character). An entry never ends on a line break (its last
# character is a mark, a letter or a digit, or it ends before the break), so the break before the next one is free.
_LIVE_ENTRY_AT_START = compile_twin(rf"(?m){_LIVE_ENTRY}")
_LIVE_ENTRY_AFTER_BREAK = compile_twin(rf"(?m)\n{_LIVE_ENTRY}")


def _live_entries(lower: str) -> list[tuple[int, re.Match[str]]]:
    """(line start, match) of each time stamp that opens a line, top down."""
    first = _LIVE_ENTRY_AT_START.match(lower)
    found = [] if first is None else [(0, first)]
    after = _LIVE_ENTRY_AFTER_BREAK.finditer(lower, 0 if first is None else first.end())
    return found + [(m.start() + 1, m) for m in after]


def _earlier_section_start(lower: str) -> int | None:
    """Where the first line headed 'EARLIER:' or 'Original story:' begins, if one is."""
    if _EARLIER_SECTION_AT_START.match(lower):
        return 0
    found = _EARLIER_SECTION_AFTER_BREAK.search(lower)
    return None if found is None else found.start() + 1  # the line after the break


def _older_sections(lower: str) -> list[int]:
    """Where the older parts of an updated story begin, top down: the older version below 'EARLIER:' or
    'Original story:', and the entries of a live page whose times fall down the page (newest on top)."""
    starts = []
    earlier = _earlier_section_start(lower)
    if earlier is not None:
        starts.append(earlier)
    entries = []
    for at, m in _live_entries(lower):
        hour = int(m.group("h")) % 12 + (12 if (m.group("ampm") or "").startswith("p") else 0)
        minutes = (hour if m.group("ampm") else int(m.group("h"))) * 60 + int(m.group("m"))
        entries.append((at, minutes))
    if len(entries) >= 2 and all(later[1] < earlier[1] for earlier, later in pairwise(entries)):
        starts.extend(at for at, _ in entries[1:])
    return sorted(set(starts))


def _first_after_earlier_cue(lower: str, scopes: list[tuple[int, int]], rc: RawClaim, raw: list[RawClaim]) -> bool:
    """The figure is the first one after an earlier-figure cue of its scope ('Initially, officials put the toll at
    12'), not a later one of the same scope ('the toll, initially put at 12, rose to 15')."""
    for a, b in scopes:
        if a <= rc.start < b:
            cue = _EARLIER_FIGURE.search(lower, a, rc.start)
            return cue is not None and not any(cue.end() <= o.start < rc.start for o in raw if o is not rc)
    return False


def _earlier_scopes(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of sentence lower[start:end] that hold an earlier-figure cue."""
    if not _EARLIER_FIGURE.search(lower, start, end):
        return []
    bounds = [start, *(m.end() for m in _EARLIER_SCOPE_BREAK.finditer(lower, start, end)), end]
    # "while officials previously said 769, an AP count shows 999": a leading concessive clause ends at its comma
    for a, b in pairwise(list(bounds)):
        lead = _CONCESSIVE_LEAD.match(lower, a, b)
        comma = lower.find(", ", lead.end(), b) if lead else -1
        if comma > 0:
            bounds.append(comma + 1)
    bounds.sort()
    return [(a, b) for a, b in pairwise(bounds) if _EARLIER_FIGURE.search(lower, a, b)]
