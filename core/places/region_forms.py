"""Regions named by their adjective or people ("the Victorian bushfires", "Bavarian police", "Queenslanders") or by
a form of their own language's name ("v Jihomoravském kraji", "w województwie śląskim", "в Краснодарском крае"), as
`data/region_adjectives.tsv` lists them.

A report often places its event only so: the region's adjective is as good as its name. It votes for the region
(`core.places.reading`) and places a report that names no town there (`core.places.report_places`); a people's word
is never a place itself ("Victorian" is none, as "Kenyan" is none), a form of the name is the region
(`core.places.location`). Every form answers to the one key of its region that carries the state's code (the index
holds some regions under two keys, 'province:PL-24' without one beside 'province:PL.83'; 'Moravskoslezský kraj' was
one key, "v Moravskoslezském kraji" the other): reports of one region meet whichever form they write."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.places.gazetteer import fold
from core.places.index import Place, data_lines, gazetteer

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Form:
    region: Place
    people: bool  # the region's adjective or people ("Victorian"), not its name
    not_before: frozenset[str]  # words after the form that make it no region ("Victorian terrace")


@lru_cache(maxsize=1)
def _region_forms() -> dict[str, _Form]:
    """Every form as written -> its region (the province of that name in that country that carries a state's code)."""
    found: dict[str, _Form] = {}
    for cells in data_lines("region_adjectives.tsv"):
        written, name, country, kind = cells[:4]
        regions = [p for p in gazetteer().lookup(fold(name)) if p.kind == "province" and p.country == country]
        coded = [p for p in regions if p.admin1] or regions
        if coded:
            after = frozenset(cells[4].split()) if len(cells) > 4 else frozenset()
            found[written] = _Form(coded[0], kind == "people", after)
    return found


@lru_cache(maxsize=1)
def _forms_pattern() -> re.Pattern[str]:
    forms = sorted(_region_forms(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + ("|".join(re.escape(f) for f in forms) or "(?!)") + r")(?!\w)")


@lru_cache(maxsize=1)
def _by_fold() -> dict[str, _Form]:
    return {fold(written): form for written, form in _region_forms().items()}


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The last word of every form ("Australian" of "South Australian", not "South"): a text holding none names no
    region by a form (one split of the text into its words costs far less than the forms' pattern over every text)."""
    return frozenset(_WORD.findall(written)[-1] for written in _region_forms())


_NEXT_WORD = re.compile(r"[ \t-]*([^\W\d_]+)")


def is_region_people(folded: str) -> bool:
    """Does the folded word name a region's people or its adjective ("victorian", "queenslanders")? Never a town."""
    form = _by_fold().get(folded)
    return form is not None and form.people


def region_of_its_name(folded: str) -> Place | None:
    """The region a folded form of its own name means ("moravskoslezsky kraj", "steiermark"), by its one key."""
    form = _by_fold().get(folded)
    return form.region if form is not None and not form.people else None


def regions_written(text: str) -> list[Place]:
    """The regions a text names by one of their forms, in the order written, once for each time it is written
    ("the Victorian fires": Victoria, Australia; not "a Victorian terrace")."""
    if not text or _last_words().isdisjoint(_WORD.findall(text)):
        return []
    forms = _region_forms()
    found = []
    for m in _forms_pattern().finditer(text):
        form = forms[m.group()]
        after = _NEXT_WORD.match(text, m.end()) if form.not_before else None
        if after is None or after.group(1).lower() not in form.not_before:
            found.append(form.region)
    return found
