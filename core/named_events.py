"""Names that single out one event in reports of any language: a named storm and a flight number.

"Hurricane Maria", "el huracán María", "fellibylsins Maríu" and "Maria Kasırgası" are one storm; "Flight 2216",
"vuelo 2216" and "vol 7C2216" one flight. Two reports of one country sharing such a name are one event however
their places and dates read (a look back a year on, a report dated only by its publication): grouping treats
these names as it treats a victim's (see `core.similarity.fingerprint`, `core.events.match._person_bridge`).

The words that introduce a name are data (`core/data/named_occurrences.tsv`), one pipeline for every language.
A storm's name is kept as its first four letters, folded, so that inflected forms meet ("María", "Maríu",
"Marii"); a flight as the digits of its number (the airline's code is written or not).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

_NAME = r"([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{2,11})"  # a capitalised name, as storms are named
_FLIGHT_NUMBER = r"((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\s?\d{2,4})\b"
_STEM = 4
# Capitalised words that follow a storm word without naming a storm ("Hurricane Center", "Storm Sunday").
_NOT_NAMES_TEXT = """
    season seasons center centre warning warnings watch hunters category relief damage victims survivors recovery
    tracker update updates live names name week day force alley preparedness prediction shelter shelters unit
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december the and
    kills killed hits leaves batters slams lashes pounds strikes makes nears heads approaches death toll aftermath
    claims wreaks rips tears sweeps brings causes triggers displaces destroys devastates threatens barrels roars
    churns weakens strengthens intensifies landfall victim survivor
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _alternation(words: list[str]) -> str:
    parts = sorted({re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words}, key=len)
    return "|".join(reversed(parts))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) per kind and position; group 1 of each pattern is the name."""
    words: dict[tuple[str, str], list[str]] = {}
    text = resources.files("core").joinpath("data", "named_occurrences.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _language, position, listed = (cell.strip() for cell in line.split("\t"))
        words.setdefault((kind, position), []).extend(listed.split())
    out = []
    for (kind, position), cues in sorted(words.items()):
        # the look-ahead on the cues' first letters passes over at once the positions no cue starts at
        firsts = "".join(re.escape(c) for c in sorted({w[0] for w in cues}))
        cue = r"(?i:(?=[" + firsts + r"])(?:" + _alternation(cues) + r"))"
        name = _FLIGHT_NUMBER if kind == "flight" else _NAME
        if position == "after":
            pattern = rf"(?<!\w){cue}\s+(?:(?i:tropical|tropicale?|super)\s+)?{name}"
        else:
            pattern = rf"{name}[\s-]+{cue}(?!\w)"
        out.append((kind, re.compile(pattern)))
    return tuple(out)


def event_names(text: str) -> frozenset[str]:
    """The storms and flights a text names, as keys ("storm:mari", "flight:2216")."""
    found: set[str] = set()
    lower = None
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            written = m.group(1)
            if kind == "flight":
                found.add("flight:" + re.sub(r"^\D*\d?\D\s?|\s", "", written))
                continue
            folded = _fold(written)
            if folded in _NOT_NAMES:
                continue
            if lower is None:
                lower = set(re.findall(r"(?<![^\W\d_])[a-zà-öø-ÿ]+", text))
            if written.lower() in lower:
                continue  # a common word the text writes in lower case elsewhere: no name
            found.add("storm:" + folded[:_STEM])
    return frozenset(found)
