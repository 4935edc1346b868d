"""Others hurt, told without a count: "two officers were killed and several others wounded".

Such a report has more victims than its figures give (the extraction gives no claim for "several"), so it is no
report of a lone victim or two, whatever its counted dead (`core.events.match._another_lone_victim`). The cues are
data (`core/data/uncounted_hurt.tsv`), one row per language; a text is searched only when it holds a hurt word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core import tables


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (re.compile(pattern, re.IGNORECASE), tuple(words.split()))
        for _language, pattern, words in tables.rows("uncounted_hurt.tsv")
    )


def tells_uncounted_hurt(title: str | None, text: str | None) -> bool:
    """Does the headline or text tell others hurt without a count ("and several others wounded")?"""
    body = f"{title or ''}\n{text or ''}"
    lower = body.lower()
    return any(any(w in lower for w in words) and pattern.search(body) for pattern, words in _cues())
