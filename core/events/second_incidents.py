"""A second incident of the place: "Second blast in the city kills four, three days after the carnival explosion".

A city may have two blasts, two shootings, two fires in a week, told in the same words and sometimes the same
counts (the first one's early toll of four, the second one's four dead). A report that tells its incident as a
second, new or further one of its kind (`core/data/second_incidents.tsv`) tells the one that followed, not the
first: it is held apart from an event it came days after (`core.events.decoys.told_as_the_later_one`), by its own
date or, when nothing dates it, by a days-after cue beside it (`core/data/days_after_cues.tsv`: "three days after
a gas blast killed eight"). A follow-up of the first incident says "days after" but not "a second blast"; a report
of twin blasts on one day says "a second blast" but its day is the event's.

Both are read in a report's headline and opening (the first `OPENING` characters of its text): a long report's
later paragraphs recall earlier incidents in the same words. Kept with the article's pieces
(`core.events.pieces.PlacedPieces`): a member's text is not kept.
"""

from __future__ import annotations

from core.events.cue_tables import text_tells

# Characters of a report's text read as its opening
OPENING = 400


def tells_a_second_incident(title: str | None, text: str | None) -> bool:
    """Does the headline or opening tell its incident as a second, new or further one of its kind?"""
    return text_tells("second_incidents.tsv", title, (text or "")[:OPENING])


def tells_days_after(title: str | None, text: str | None) -> bool:
    """Does the headline or opening place something days after another ("three days after", "días después")?"""
    return text_tells("days_after_cues.tsv", title, (text or "")[:OPENING])
