"""Seas, straits and gulfs (data/seas.tsv): where a disaster at sea happened when no town is its place. The gazetteer
knows no water, so 'the Strait of Otranto' was no place (or Otranto, a town on its shore) and 'the Adriatic' one
unknown name per spelling. A sea is a place above the countries it washes: `sea_countries` tells which (with the
seas it is part of: the Adriatic's, the Mediterranean's), for grouping to meet a port's report with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.places.index import data_lines, fold

SEA_KIND = "sea"


@dataclass(frozen=True, slots=True)
class Sea:
    id: str
    name: str  # English
    part_of: str | None  # the sea it lies in
    countries: frozenset[str]  # whose coasts it washes


@lru_cache(maxsize=1)
def _seas() -> tuple[dict[str, Sea], dict[str, str]]:
    """The seas by id, and each name news writes for one (folded, 'the' left out) -> its id."""
    seas: dict[str, Sea] = {}
    names: dict[str, str] = {}
    for sea_id, name, part_of, countries, written in data_lines("seas.tsv"):
        seas[sea_id] = Sea(sea_id, name, None if part_of == "-" else part_of, frozenset(countries.split(",")))
        for each in (name, *written.split(";")):
            if (folded := fold(each)) and folded not in names:
                names[folded] = sea_id
    return seas, names


def sea_named(folded: str) -> Sea | None:
    """The sea a folded name ('adriatic', 'the strait of otranto', 'mer adriatique') is, if any."""
    seas, names = _seas()
    sea_id = names.get(folded.removeprefix("the "))
    return seas[sea_id] if sea_id is not None else None


def sea_by_key(key: str) -> Sea | None:
    """The sea of a location key ('sea:adriatic')."""
    return _seas()[0].get(key.removeprefix(f"{SEA_KIND}:")) if key.startswith(f"{SEA_KIND}:") else None


def sea_parts_of(key: str) -> tuple[str, ...]:
    """The keys of the seas a sea lies in, nearest first ('sea:strait-of-otranto': the Adriatic, the Mediterranean)."""
    out: list[str] = []
    sea = sea_by_key(key)
    while sea is not None and sea.part_of is not None and f"{SEA_KIND}:{sea.part_of}" not in out:
        out.append(f"{SEA_KIND}:{sea.part_of}")
        sea = sea_by_key(out[-1])
    return tuple(out)


def sea_countries(key: str) -> frozenset[str]:
    """The countries whose coasts a sea washes (ISO codes): the places it lies above. None for another key."""
    sea = sea_by_key(key)
    return sea.countries if sea is not None else frozenset()


def sea_holds(key: str, region: str | None) -> bool:
    """Does the sea of `key` wash the country of a place's region ('IT-13', 'AL')? A port's report and the sea's."""
    return region is not None and region.split("-")[0] in sea_countries(key)


# Scripts written without spaces between words, or whose words take their particles joined ('地中海で', '지중해에서'):
# a sea's name there is looked for as a part of the text, not as its words
_UNSPACED_FROM = "\u0e00"
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _written_names() -> tuple[dict[str, tuple[tuple[tuple[str, ...], str], ...]], tuple[tuple[str, str], ...]]:
    """The seas' names as texts write them, lower-cased: by their first word (each name's words, longest name first,
    and its sea's id), and the names of unspaced scripts (the name and its sea's id)."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    unspaced: list[tuple[str, str]] = []
    for sea_id, name, _part_of, _countries, written in data_lines("seas.tsv"):
        for each in (name, *written.split(";")):
            low = each.strip().lower()
            if not low:
                continue
            if any(ch >= _UNSPACED_FROM for ch in low) and " " not in low:
                unspaced.append((low, sea_id))
            elif words := tuple(_WORDS.findall(low)):
                by_first.setdefault(words[0], []).append((words, sea_id))
    ordered = {w: tuple(sorted(names, key=lambda n: -len(n[0]))) for w, names in by_first.items()}
    return ordered, tuple(unspaced)


def sea_written_in(text: str) -> Sea | None:
    """The first sea a text names in any language ('en mer Adriatique', 'nell'Adriatico', 'в Средиземном море',
    '在地中海'), by the written names of data/seas.tsv (word by word; a part of the text in unspaced scripts). For
    the readers of other languages, which look up towns and countries only: a sea is the place of a disaster at sea
    that names no port."""
    by_first, unspaced = _written_names()
    low = text.lower()
    words = _WORDS.findall(low)
    best: tuple[int, str] | None = None
    if not by_first.keys().isdisjoint(words):
        for i, word in enumerate(words):
            for name, sea_id in by_first.get(word, ()):
                if tuple(words[i : i + len(name)]) == name:
                    best = (i, sea_id)  # (a word's index: compared only among the words)
                    break
            if best is not None:
                break
    found = _seas()[0].get(best[1]) if best is not None else None
    if found is None:
        spots = [(at, sea_id) for name, sea_id in unspaced if (at := low.find(name)) >= 0]
        found = _seas()[0].get(min(spots)[1]) if spots else None
    return found
