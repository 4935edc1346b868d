"""A place named only as a reference point for the scene: "in Bucks County, north of Philadelphia", "au nord de
Lyon", "a Chicago-area man". When a figure's sentence names another place besides, the figure is placed there
(`not_only_references`); named alone, the reference is all the sentence tells and stays its place.

The compass bearings are data, every language's read in every text (`core/places/data/reference_words.tsv`,
written right before the town). Not the words of nearness (`near_words.tsv`): "near Twin Peaks", "near the
college" name the scene's own spot as often as not, beside a coarser place (the county, the police's city).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.extract.place_words import _Found
from core.extract.where_when import PlaceMention
from core.places.index import data_lines

# How far before a town its reference words may start (the longest phrase and a space)
_REACH = 32
# Written right after a town: it names the area around it ("a Philadelphia-area man", "the Chicago-area suburbs")
_AREA_AFTER = re.compile(r"-area\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reference_before() -> re.Pattern[str]:
    words = {cells[0] for cells in data_lines("reference_words.tsv")}
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")[ \t]+$", re.IGNORECASE)


def named_as_reference(text: str, start: int, end: int) -> bool:
    """Is the place written at `start:end` named as a reference point ("north of Philadelphia", "près de Lyon",
    "Philadelphia-area")?"""
    if _AREA_AFTER.match(text, end):
        return True
    return _reference_before().search(text, max(0, start - _REACH), start) is not None


def not_only_references(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a figure's sentence less those named only as a reference point, when another remains."""
    if len(places) < 2:
        return places
    kept = [p for p in places if not named_as_reference(text, p.start, p.end)]
    return kept or places


def towns_not_only_references(sentence: str, towns: list[_Found]) -> list[_Found]:
    """The towns the world reader found in a sentence less those named only as a reference point ("dans le comté
    de Bucks, au nord de Philadelphie": the county), when another remains."""
    if len(towns) < 2:
        return towns
    kept = [f for f in towns if not named_as_reference(sentence, f.start, f.start + len(f.written))]
    return kept or towns
