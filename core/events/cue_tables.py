"""Cue tables: what a report's headline or text says, as data, one row per language.

A row holds a regular expression (matched case-blind on the headline and text) and the words its matches hold
(the row's last cell, space-separated): the text is searched only when its lower-cased form holds one of them, so
most reports cost a few `str.find`s. Read by `core.events.uncounted` and `core.events.set_apart`.
"""

from __future__ import annotations

import re
from functools import cache

from core import tables


@cache
def _cues(table: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (re.compile(pattern, re.IGNORECASE), tuple(words.split())) for _language, pattern, words in tables.rows(table)
    )


def text_tells(table: str, title: str | None, text: str | None) -> bool:
    """Does the headline or text match one of the table's cues?"""
    body = f"{title or ''}\n{text or ''}"
    lower = body.lower()
    return any(any(w in lower for w in words) and pattern.search(body) for pattern, words in _cues(table))
