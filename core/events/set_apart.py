"""Another incident set apart: "police said the killing was not related to Sunday's mass shooting".

A report that says its incident is not connected to another one it names tells a second incident of the place,
not that one (`core.events.decoys.set_apart_from_it`). The cues are data (`core/data/incidents_set_apart.tsv`), one
row per language; a text is searched only when it holds one of its row's words. Kept with the article's pieces
(`core.events.pieces.PlacedPieces`): a member's text is not kept.
"""

from __future__ import annotations

from core.events.cue_tables import text_tells


def sets_its_incident_apart(title: str | None, text: str | None) -> bool:
    """Does the headline or text say its incident is not connected to another one it names ("not related to
    Sunday's mass shooting", "the cases are not connected"), not merely rule out a motive ("not related to
    terrorism")?"""
    return text_tells("incidents_set_apart.tsv", title, text)
