"""Districts named with their word beside them ('Bududa district', 'wilayani Ukerewe', 'mu Karere ka Huye').

A report from the countryside often names its village, which the gazetteer lacks (GeoNames lists towns of 500+
people), and the district it lies in: "in Bukalasi village, Bududa district". The village is read as no place, and
without the district the report is placed nowhere (or only at its country). The district, named with its word,
is the place at the level the text gives; `core.places.report_places` takes it when the text names no town.

The words are data (`data/district_beside_words.tsv`). A name is read only as a second-level division (or a
first-level one: Uganda's districts are its first level) the index resolves with the word "district", never a
compass or generic word ("Central district", "the business district").
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.places.index import data_lines, fold
from core.places.location import Location, resolve_location

# A name of one or two capitalised words (the district's name), as news writes it beside its word
_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
# Names that are a part of a town or a compass point, not a district ("the Central Business District", "Old District")
_NOT_DISTRICTS_TEXT = """central north south east west northern southern eastern western new old business financial
    historic school police federal capital entertainment commercial industrial"""
_NOT_DISTRICTS = frozenset(_NOT_DISTRICTS_TEXT.split())


@lru_cache(maxsize=1)
def _district_beside() -> re.Pattern[str]:
    before: list[str] = []
    after: list[str] = []
    for side, words in data_lines("district_beside_words.tsv"):
        written = re.escape(words).replace(r"\ ", r"[ \t]+")
        (after if side == "after" else before).append(written)
    before_words = "|".join(sorted(before, key=len, reverse=True))
    after_words = "|".join(sorted(after, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{before_words})[ \t]+{_NAME}|\b{_NAME}[ \t]+(?:{after_words})\b")


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    """The longest word of each of the table's phrases, folded ('karere' of 'mu Karere ka'): a text holding none
    names no district so, and the pattern is not run over it."""
    return tuple(fold(max(words.split(), key=len)) for _side, words in data_lines("district_beside_words.tsv"))


def districts_beside(text: str) -> list[Location]:
    """The districts a text names with their word beside them, in the order written, each once."""
    folded = fold(text)
    if not any(word in folded for word in _words()):
        return []
    found: dict[str, Location] = {}
    for m in _district_beside().finditer(text):
        name = m.group(1) or m.group(2)
        if not set(fold(name).split()).isdisjoint(_NOT_DISTRICTS):
            continue
        loc = resolve_location(f"{name} district")
        if loc.kind == "province" and loc.region is not None and "-" in loc.region:
            found.setdefault(loc.key, loc)
    return list(found.values())
