"""Town names written in other scripts ('غزة', '天津', 'Вінниця', 'काठमाडौं'): GeoNames alternate names.

The gazetteer's Latin-script names do not cover reports in Arabic, Cyrillic, Devanagari, CJK ..., which name
their towns in their own script. The places index (`core.places.index`, built once into the cache directory)
holds those alternate names of towns of 15,000 people or more, each mapped to the gazetteer's name, so that a
claim in any script carries a place the English reports share. A sentence's candidate names are looked up in
one query; nothing is loaded into the process. Inflected forms are found for languages whose words take endings
(a name's stem and at most three more letters: 'Вінниці' for 'Вінниця').
"""

from __future__ import annotations

import re

from core.places.index import gazetteer

_WORD = re.compile(r"[^\W\d_]+")
_MAX_ENDING = 3
_STEM_WORD = 5  # words this long may be a name with an ending
_WINDOWS = (4, 3, 2)  # CJK: every 4-, 3- and 2-character stretch, longest first


def place_in(sentence: str, *, spaced: bool, endings: bool) -> str | None:
    """The gazetteer name of the first town the sentence names in a non-Latin script, or None."""
    if not spaced:  # no spaces between words: try every 2-4 character stretch
        windows = [sentence[start : start + size] for start in range(len(sentence)) for size in _WINDOWS]
        found = gazetteer().script_names(w for w in windows if len(w) >= 2)
        return next((found[w][0] for w in windows if w in found), None)
    words = _WORD.findall(sentence)
    steps: list[tuple[bool, str]] = []  # (is a stem, candidate) in the order they are tried
    for index, word in enumerate(words):
        pair = f"{word} {words[index + 1]}" if index + 1 < len(words) else None
        for candidate in (pair, word, word[1:] if len(word) > 4 else None):  # "وغزة", "بغزة": a joined particle
            if candidate:
                steps.append((False, candidate))
        if endings and len(word) >= _STEM_WORD:
            steps.extend((True, word[: len(word) - cut]) for cut in range(1, _MAX_ENDING + 1))
    if not steps:
        return None
    names = gazetteer().script_names(c for stem, c in steps if not stem)
    stems = gazetteer().script_names((c for stem, c in steps if stem), stems=True) if endings else {}
    return next(((stems if stem else names)[c][0] for stem, c in steps if c in (stems if stem else names)), None)
