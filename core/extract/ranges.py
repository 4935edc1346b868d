"""Ranges whose counted noun sits between their ends: 'from at least 30 dead to more than 60', 'from 120 wounded
to 140'. The first end is bound to the noun as a count of its own; the second, with no noun of its own, is the
range's top. Estimates given this way ("varying estimates, from ... to ...") are one figure: a range. After a
toll verb ("rose from 30 dead to 45") it is a change, not a range."""

from __future__ import annotations

from dataclasses import replace

from core.extract.numbers import NumberMention, find_numbers
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token
from core.extract.tolls import _verb_ending_at, vocabulary
from core.models import Qualifier

_FROM = "from"
_TO = "to"
_NOUN_SPAN = 3  # words between the first end and "to": "dead", "people killed", "people were killed"


def _words_to(tokens: list[Token], start: int) -> int | None:
    """Index of the "to" after up to `_NOUN_SPAN` plain words from `start`, or None."""
    for k in range(start, min(len(tokens), start + _NOUN_SPAN + 1)):
        low = tokens[k].low
        if low == _TO:
            return k if k > start else None
        if not low.isalpha():
            return None
    return None


def spread_ranges(tokens: list[Token], raw: list[RawClaim]) -> list[RawClaim]:
    """Claims of the sentence, a count that opens such a range replaced by the range."""
    if not raw or not any(t.low == _FROM for t in tokens):
        return raw
    mentions = [m for m in find_numbers(tokens) if m.is_count and m.qualifier is not Qualifier.VAGUE]
    by_start: dict[int, NumberMention] = {tokens[m.qual_first].start: m for m in mentions}
    after: dict[int, NumberMention] = {m.qual_first: m for m in mentions}
    claimed = {rc.start for rc in raw}
    out = []
    for rc in raw:
        m = by_start.get(rc.start)
        if m is None or m.qualifier is Qualifier.RANGE or m.qual_first == 0 or tokens[m.qual_first - 1].low != _FROM:
            out.append(rc)
            continue
        if m.qual_first >= 2 and _verb_ending_at(tokens, m.qual_first - 2, vocabulary()) is not None:
            out.append(rc)  # "the toll rose from 30 dead to 45": a change, told by the toll pass
            continue
        to = _words_to(tokens, m.last)
        top = after.get(to + 1) if to is not None else None
        if top is None or top.value <= m.value or tokens[top.qual_first].start in claimed:
            out.append(rc)
            continue
        out.append(
            replace(rc, value=top.value, low=m.value, high=top.value, qualifier=Qualifier.RANGE,
                    end=tokens[top.last - 1].end)
        )  # fmt: skip
    return out
