"""Countries a report names together as one disaster's scene.

A quake, a storm or a flood does not stop at a border: "A magnitude 7.8 earthquake struck southern Turkey and
northwest Syria", "Erdbeben in der Türkei und Syrien", "floods in Germany and Belgium". A report that names two
countries so, joined by a list's conjunction in its headline or first sentence, ties the reports of either
country about that disaster together (`core.events.blocks`). Country names are read in any language the
gazetteer's country table holds; the conjunctions are core/data/list_conjunctions.tsv.
"""

from __future__ import annotations

import re
from itertools import pairwise

from core.places.gazetteer import fold
from core.places.index import gazetteer
from core.places.reading import _country_words, list_conjunctions

# A word of letters, in any script; a country's name is a run of up to three capitalised ones ("Costa Rica";
# "Bosnia and Herzegovina" is read as two countries, which is harmless here).
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Between two countries: a conjunction, and a few lower-case words, counts or people's adjectives around it
# ("et en", "and northwest", "und", "and 18 in", "and the French territory of").
_MAX_BETWEEN_WORDS = 5
_LEAD_CHARS = 300


# A possessive's ending: "India's West Bengal state" names India.
_POSSESSIVE = re.compile(r"['’]s?$")


def _country_of(written: str) -> str | None:
    bare = _POSSESSIVE.sub("", written)
    for name in dict.fromkeys((written, bare)):
        country = gazetteer().country_written(name) or _country_words().get(fold(name))
        if country is not None:
            return country
    return None


def _countries_in_order(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of each capitalised word or run of up to three that names a country."""
    found: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper() or (found and m.start() < found[-1][1]):
            continue
        words = [w for w in _WORD.finditer(text, m.start(), min(len(text), m.start() + 40))][:3]
        for n in range(len(words), 0, -1):
            end = words[n - 1].end()
            if not all(w.group()[0].isupper() for w in words[:n]):
                continue
            country = _country_of(text[m.start() : end])
            if country is not None:
                found.append((m.start(), end, country))
                break
    return found


def _passed_over(word: str) -> bool:
    """A word between two joined countries: lower case, a count ("40 in Mozambique and 18 in Malawi"), or a
    people's adjective ("the French territory of Mayotte")."""
    return word.islower() or word.isdigit() or gazetteer().demonym(fold(word)) is not None


def _joined(between: str) -> bool:
    words = between.split()
    return (
        0 < len(words) <= _MAX_BETWEEN_WORDS
        and any(w.lower() in list_conjunctions() for w in words)
        and all(_passed_over(w) for w in words)
    )


def _listed(between: str) -> bool:
    """Only a list's comma between two countries ("Mozambique, Malawi and ..."): joined when a conjunction
    closes the list."""
    return between.strip() == ","


def joint_countries(title: str | None, text: str | None) -> frozenset[str]:
    """The countries a report's headline or first sentence names together, joined by a conjunction ("Turkey and
    Syria", "en Turquie et en Syrie"): two or more, or none."""
    for part in (title or "", (text or "")[:_LEAD_CHARS]):
        named = _countries_in_order(part)
        joint: set[str] = set()
        listed: set[str] = set()  # countries of a comma list, joint once a conjunction closes it
        for (_s, end, a), (start, _e, b) in pairwise(named):
            between = part[end:start]
            if a != b and _listed(between):
                listed |= {a, b}
            elif a != b and _joined(between):
                joint |= {a, b} | listed
                listed = set()
            else:
                listed = set()
        if len(joint) >= 2:
            return frozenset(joint)
    return frozenset()
