"""Others hurt, told without a count: "two officers were killed and several others wounded".

Such a report has more victims than its figures give (the extraction gives no claim for "several"), so it is no
report of a lone victim or two, whatever its counted dead (`core.events.match._another_lone_victim`). The cues are
data (`core/data/uncounted_hurt.tsv`), one row per language; a text is searched only when it holds a hurt word.
"""

from __future__ import annotations

from core.events.cue_tables import text_tells


def tells_uncounted_hurt(title: str | None, text: str | None) -> bool:
    """Does the headline or text tell others hurt without a count ("and several others wounded")?"""
    return text_tells("uncounted_hurt.tsv", title, text)
