"""How tolls are reported: the running count of an event and the figures it replaced.

"The death toll from the quake has risen to 114", "the toll stands at 38", "authorities lowered the number of
confirmed dead to 38", "raising the death toll to 10", "the death toll has crossed 1,000", "114 and counting".
A toll stated this way is the event's current whole figure (an update), unless the toll is one over many
incidents (a war's, a year's, a country's to date). A figure it replaced ("to 2,189 from an earlier count of
1,941", "the previous figure had been 42") is an earlier figure.

The words come from the language's lexicon (`core.extract.lexicons`, read by `core.extract.toll_vocabulary`); this
module holds no vocabulary. The token readers (the toll phrase, its verb, the figure it governs) are in
`core.extract.toll_phrases`; what the pass gives and how it is applied to claims, in `core.extract.toll_marks`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.ascii_twin import compile_twin
from core.extract.lexicons import load
from core.extract.numbers import NumberMention, find_numbers, number_at
from core.extract.tokens import Token
from core.extract.toll_marks import TollFigure as TollFigure
from core.extract.toll_marks import TollMark as TollMark
from core.extract.toll_marks import apply_toll_mark as apply_toll_mark
from core.extract.toll_marks import merge_tolls as merge_tolls
from core.extract.toll_phrases import (
    _CLAUSE_STOPS,
    _chained,
    _clause_end,
    _earlier_after,
    _earlier_aside,
    _governor,
    _has_phrase,
    _labelled,
    _lows,
    _qualified,
    _toll_before,
    _toll_phrase_ending_at,
    _verb_particle_up_to,
)
from core.extract.toll_phrases import _verb_ending_at as _verb_ending_at
from core.extract.toll_vocabulary import _Vocabulary
from core.extract.toll_vocabulary import vocabulary as vocabulary
from core.extract.triggers import SHOT
from core.extract.word_gate import holds_any_word
from core.models import Qualifier
from core.places.index import fold, gazetteer

_EN_VOCABULARY = load("en")
# A clause taking up the toll told before, with a verb of change and a figure: "It has since risen to 15", "By
# Wednesday, the number had climbed to 31". Such a sentence may name no harm word at all.
# Or the figure as the object of a verb of change: "On Monday police revised the number to 14" (the verb is checked
# by `_toll_phrase_ending_at`).
_ANAPHORIC_HEADS = "|".join(_EN_VOCABULARY.ANAPHORIC_TOLL_HEADS)
_ANAPHORIC_SUBJECTS = "|".join(_EN_VOCABULARY.ANAPHORIC_TOLL_SUBJECTS)
_CHANGE_VERBS = "|".join(_EN_VOCABULARY.CHANGE_TOLL_VERBS)
# a figure in digits or in words: "It has since risen to 15", "revised that number to four"
_FIGURE_START = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)\b)"
)


def _boundary_after_first_letter(word: str) -> str:
    """`\\bword` written as its first letter, then the look-behind for what stood before it ("i(?<!\\wi)t"): the
    same matches, and a pattern whose every alternative opens on a letter lets the engine skip to those letters
    instead of trying the boundary at every character."""
    if not re.match(r"\w", word):
        raise ValueError(f"an anaphoric subject must open on a letter: {word!r}")
    return rf"{word[0]}(?<!\w{word[0]}){word[1:]}"


_TOLL_CHANGED = rf"\s+(?:[a-z]+\s+){{0,3}}?(?:{_CHANGE_VERBS})\s+(?:[a-z]+\s+){{0,2}}?{_FIGURE_START}"
# "\b(?:(?:that|this|the) HEAD|SUBJECT) ... CHANGE ... FIGURE|\b(?:the|that|this) HEAD (?:to|at) FIGURE", each
# alternative opening on its first letter (same order, so the same match wins)
_ANAPHORIC_ALTERNATIVES = "|".join(
    [
        rf"t(?<!\wt)(?:hat|his|he)\s+(?:{_ANAPHORIC_HEADS}){_TOLL_CHANGED}",
        *(_boundary_after_first_letter(w) + _TOLL_CHANGED for w in _EN_VOCABULARY.ANAPHORIC_TOLL_SUBJECTS),
        rf"t(?<!\wt)(?:he|hat|his)\s+(?:{_ANAPHORIC_HEADS})\s+(?:to|at)\s+{_FIGURE_START}",
    ]
)
ANAPHORIC_TOLL = compile_twin(_ANAPHORIC_ALTERNATIVES)
# A cheap test before the pass: only sentences with one of these can state a toll.
_SUBJECT_VERBS = "|".join(
    w for w in _EN_VOCABULARY.TOLL_VERBS if " " not in w and w not in _EN_VOCABULARY.TOLL_AUXILIARIES
)
# "Deaths have climbed to 1,300", "Flood deaths pass 1,000": a plural harm noun as a toll's subject (a pattern of
# its own, so that the cheap test below keeps its speed)
SUBJECT_TOLL = compile_twin(
    rf"(?:{'|'.join(_EN_VOCABULARY.TOLL_SUBJECTS)})\s+(?:[a-z]+\s+){{0,2}}?(?:{_SUBJECT_VERBS})\b"
)
MAY_STATE_TOLL = compile_twin(r"toll|tally|count|number|total|figure|:\s*\d|" + _ANAPHORIC_ALTERNATIVES)
_SUBJECT_WORDS = tuple(_EN_VOCABULARY.TOLL_SUBJECTS)


def may_state_subject_toll(lower: str, start: int, end: int) -> bool:
    """Does lower[start:end] state a toll with a plural harm noun as its subject (`SUBJECT_TOLL`)? A plain look
    for the nouns first: far cheaper than the pattern over every sentence."""
    return holds_any_word(lower, _SUBJECT_WORDS, start, end) and bool(SUBJECT_TOLL.search(lower, start, end))


def toll_figures(tokens: list[Token], language: str = "en") -> list[TollFigure]:
    """The numbers of one sentence that the text states as a toll or as the figure a toll replaced."""
    v = vocabulary(language)
    mentions = [m for m in find_numbers(tokens) if m.is_count and m.qualifier is not Qualifier.VAGUE]
    if not mentions:
        return []
    mentions = [_verb_particle_up_to(tokens, m, v) for m in mentions]

    by_first = {m.qual_first: m for m in mentions} | {m.first: m for m in mentions}
    out: list[TollFigure] = []
    taken: set[int] = set()
    for m in mentions:
        if m.first in taken:
            continue
        change = _change(tokens, m, v)
        if change is not None:  # "rose from 1,941 to 2,189": the toll, and the figure it replaced
            (first, metric, verb_qualifier), old, new = change
            qualifier, low, high = _qualified(new, verb_qualifier)
            many = _has_phrase(tokens, first, _clause_end(tokens, new.last), v.many_incidents, v.stable_since)
            out.append(TollFigure(metric, new, qualifier, low, high, tokens[new.qual_first].start,
                                  tokens[new.last - 1].end, many_incidents=many, first_token=first,
                                  scope=_scope(tokens, first, m, v)))  # fmt: skip
            out.append(TollFigure(metric, old, old.qualifier, old.low, old.high, tokens[old.qual_first].start,
                                  tokens[old.last - 1].end, earlier=True, many_incidents=many))  # fmt: skip
            taken.add(m.first)
            continue
        governor = _governor(tokens, m, v, mentions) or _labelled(tokens, m, v)
        if governor is None and out and not out[-1].earlier:
            governor = _chained(tokens, m, out[-1], v)
            if governor is not None and governor[1] == out[-1].metric:
                out[-1] = replace(out[-1], earlier=True)  # "stood at 1,941 on Monday but rose to 2,189": replaced
        rising = _lows(tokens, m.last, m.last + 2) in v.still_rising
        if governor is None and not rising:
            continue
        if governor is not None:
            first, metric, verb_qualifier = governor
            if rising and verb_qualifier is None:
                verb_qualifier = "at_least"  # "Death toll: 114 and counting"
        else:
            near = _metric_near(tokens, m, v)
            if near is None:
                continue
            first, metric, verb_qualifier = m.qual_first, near, "at_least"
        if _combined_count(tokens, first, m.qual_first, v):
            continue  # "the number of dead and missing rose to 304": neither the dead nor the missing
        qualifier, low, high = _qualified(m, verb_qualifier)
        clause_end = _clause_end(tokens, m.last)
        many = _has_phrase(tokens, first, clause_end, v.many_incidents, not_after=v.stable_since)
        down = (
            any(t.low in v.downward for t in tokens[first : m.qual_first])
            or _lows(tokens, m.last, m.last + 3)[-2:] == ("down", "from")
            or _lows(tokens, m.last, m.last + 2) == ("down", "from")
        )
        out.append(
            TollFigure(metric, m, qualifier, low, high, tokens[m.qual_first].start, tokens[m.last - 1].end,
                       earlier=_has_phrase(tokens, 0, m.qual_first, v.earlier_cues)
                       or _replaced_toll(tokens, first, v)
                       or _has_phrase(tokens, m.last, m.last + _EARLIER_AFTER_REACH, v.earlier_after),
                       many_incidents=many, down=down, first_token=first, scope=_scope(tokens, first, m, v),
                       projected=_projected(tokens, first, m.qual_first, v), national=_national(tokens, first, v)
                       or _of_a_people(tokens, first, m.qual_first),
                       as_told_before=any(t.low in v.as_told_before for t in tokens[first : m.qual_first]))
        )  # fmt: skip
        taken.add(m.first)
        aside, olds = _aside_figures(tokens, first, m, mentions, v)
        if olds:
            current = out[-1]
            earlier = _has_phrase(tokens, 0, aside, v.earlier_cues) or _replaced_toll(tokens, first, v)
            down = current.down or any(old.value > m.value for old in olds)  # "had stood at 9, was revised to 8"
            out[-1] = replace(current, earlier=earlier, down=down)
        for old in olds:
            out.append(
                TollFigure(metric, old, old.qualifier, old.low, old.high, tokens[old.qual_first].start,
                           tokens[old.last - 1].end, earlier=True, many_incidents=many)
            )  # fmt: skip
            taken.add(old.first)
        replaced = _earlier_after(tokens, m, by_first, v)
        if replaced is not None:
            out.append(
                TollFigure(metric, replaced, replaced.qualifier, replaced.low, replaced.high,
                           tokens[replaced.qual_first].start, tokens[replaced.last - 1].end, earlier=True,
                           many_incidents=many)
            )  # fmt: skip
            taken.add(replaced.first)
    return out


_EARLIER_AFTER_REACH = 4  # tokens after a toll's figure where its source takes it back: "at 81 before revising it"


def _aside_figures(
    tokens: list[Token], first: int, m: NumberMention, mentions: list[NumberMention], v: _Vocabulary
) -> tuple[int, list[NumberMention]]:
    """Where an earlier-figure aside between the toll phrase and its figure opens, and its figures."""
    commas = [k for k in range(first, m.qual_first) if tokens[k].low == ","]
    for close in commas:
        opening = _earlier_aside(tokens, close, v)
        if opening is not None and opening >= first:
            return opening, [o for o in mentions if opening < o.qual_first < close]
    return 0, []


def _combined_count(tokens: list[Token], first: int, number: int, v: _Vocabulary) -> bool:
    """A toll phrase that joins two counts: 'the number of dead and missing', 'the toll of dead or injured'."""
    words = [t.low for t in tokens[first:number]]
    for i in range(1, len(words) - 1):
        if (
            words[i] in ("and", "or")
            and (words[i - 1] in v.counted or words[i - 1] in v.combined)
            and (words[i + 1] in v.counted or words[i + 1] in v.combined)
        ):
            pair = (v.counted.get(words[i - 1]), v.counted.get(words[i + 1]))
            if pair[0] == SHOT:
                continue  # "the number of people shot and killed": the dead, the last word's count
            return pair[0] != pair[1]
    return False


_NATIONAL_LEAD = 3  # words before a toll phrase that may name whose toll it is: "the overall Palestinian death toll"


def _national(tokens: list[Token], first: int, v: _Vocabulary) -> bool:
    """'the national death toll', 'the country's toll', 'the overall Ukrainian civilian toll': a toll of a people or
    a country, not of one incident."""
    for k in range(first - 1, max(-1, first - 1 - _NATIONAL_LEAD), -1):
        low = tokens[k].low
        if low in v.national:
            return True
        if low in v.determiners or low in _CLAUSE_STOPS or low == ",":
            return False
        if tokens[k].is_capitalised and gazetteer().demonym(fold(low)) is not None:
            return True
    return False


def _of_a_people(tokens: list[Token], first: int, end: int) -> bool:
    """'the number of Palestinians killed', 'the number of Afghan civilians killed': a toll phrase counting one
    people's dead (a demonym after its 'of') is that people's toll, like 'the overall Palestinian death toll'."""
    of = next((k for k in range(first, end) if tokens[k].low == "of"), None)
    if of is None:
        return False
    for t in tokens[of + 1 : end]:
        if t.is_capitalised and t.low.isalpha():
            word = fold(t.low)
            if gazetteer().demonym(word) is not None or gazetteer().demonym(word.removesuffix("s")) is not None:
                return True
    return False


_PROJECTION_LEAD = 4  # tokens before a toll phrase where its projection may be said: "officials fear the toll ..."


def _projected(tokens: list[Token], first: int, number: int, v: _Vocabulary) -> bool:
    """'the toll could rise to 100', 'officials fear the death toll will exceed 50': a projection word in the toll
    statement or just before it (within its clause)."""
    if any(t.low in v.projection for t in tokens[first:number]):
        return True
    for k in range(first - 1, max(-1, first - 1 - _PROJECTION_LEAD), -1):
        if tokens[k].low in _CLAUSE_STOPS or tokens[k].low == ",":
            return False
        if tokens[k].low in v.projection:
            return True
    return False


def _scope(tokens: list[Token], first: int, m: NumberMention, v: _Vocabulary) -> tuple[int, int]:
    """Offsets from the toll phrase to its verb (or to the figure when it has none)."""
    end = m.qual_first
    for k in range(first + 1, m.qual_first):
        if _verb_ending_at(tokens, k, v) is not None:
            end = k
            break
    return tokens[first].start, tokens[end].start if end < len(tokens) else tokens[-1].end


def _change(
    tokens: list[Token], m: NumberMention, v: _Vocabulary
) -> tuple[tuple[int, str, str | None], NumberMention, NumberMention] | None:
    """'the death toll rose from 1,941 to 2,189': after a toll verb, 'from A to B' is a change, not a range. The
    toll statement, A (the figure replaced) and B (the toll)."""
    if m.qualifier is not Qualifier.RANGE or m.qual_first < 2 or tokens[m.qual_first - 1].low != "from":
        return None
    verb = _verb_ending_at(tokens, m.qual_first - 2, v)
    if verb is None:
        return None
    to = next((k for k in range(m.first + 1, m.last) if tokens[k].low == "to"), None)
    if to is None:
        return None
    old, new = number_at(tokens, m.first), number_at(tokens, to + 1)
    if old is None or new is None or old.last != to:
        return None
    vstart, qualifier = verb
    q = vstart - 1
    while q >= 0 and tokens[q].low in v.auxiliaries:
        q -= 1
    if q < 0:
        return None
    direct = _toll_phrase_ending_at(tokens, q, v)
    found = direct if direct is not None else _toll_before(tokens, q + 1, v)
    if found is None:
        return None
    return (found[0], found[1], qualifier), old, new


def _replaced_toll(tokens: list[Token], first: int, v: _Vocabulary) -> bool:
    """'an increase from the official death count of 64': a toll phrase that is what a figure is compared with."""
    k = first
    while k > 0 and (tokens[k - 1].low in v.determiners or tokens[k - 1].low.endswith(("'s", "’s"))):
        k -= 1  # "the", "the government's"

    return any(_lows(tokens, k - len(p), k) == p for p in v.earlier_before if k >= len(p))


def _metric_near(tokens: list[Token], m: NumberMention, v: _Vocabulary) -> str | None:
    """'Death toll: 114 and counting', '114 dead and counting': the metric named next to a still-rising figure."""
    for k in range(max(0, m.qual_first - 4), min(len(tokens), m.last + 2)):
        low = tokens[k].low
        named = v.modifiers.get(low)
        if named:
            return named
        if low in v.counted:
            return v.counted[low]
    return None
