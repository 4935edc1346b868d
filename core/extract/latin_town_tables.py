"""The tables and gazetteer look-ups a Latin-script town reading consults (`core.extract.latin_towns`): the
language's words around a name (person titles, compass directions, region and street words, a river's bank),
read from data tsv files once per language, and the gazetteer's answers about a name (the division both halves of
a pair name, the state bearing a country's name, the provinces named after their seat, the countries a text's big
towns imply, places GeoNames does not list). None of it decides whether a run of words is a town: the reader does."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from core.extract.place_words import _own_place
from core.places import Place, resolve_location
from core.places.index import data_lines, fold, gazetteer
from core.places.location import unlisted_places

_ALTERNATE_TOWN = 100_000  # a town this big may be named by one of its alternate names with no other evidence


def _unlisted_place(name: str) -> Place | None:
    """A place GeoNames lists no town for, by its Latin-script name ('Mina': `core.places.location.unlisted_places`)."""
    country = unlisted_places().get(fold(name))
    return _own_place(name, country) if country is not None else None


_PERSON_KINDS = frozenset(
    [
        *("mayor", "minister", "governor", "president", "spokesperson", "prosecutor", "prime minister", "director"),
        *("chief minister", "collector", "prefect", "regent", "commander", "coroner", "district magistrate"),
        *("police chief", "district head", "voivode", "secretary", "commissioner", "deputy commissioner"),
        *("district governor", "chairman", "county head", "health minister", "regional minister", "village chief"),
    ]
)  # the English kinds of the lexicons' SOURCE_NOUNS that are a person's title


@cache  # one entry per language: more than 64 of them
def _person_titles(code: str) -> frozenset[str]:
    """The words of a language that title a person ('gubernur', 'préfet'): its SOURCE_NOUNS of a person's kind."""
    from core.extract.lexicons import load

    nouns = getattr(load(code), "SOURCE_NOUNS", {})
    if not isinstance(nouns, dict):
        return frozenset()
    return frozenset(w.lower() for w, kind in nouns.items() if kind in _PERSON_KINDS and " " not in w)


@cache  # one entry per language: more than 64 of them
def _direction_nouns(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's compass directions' nouns and the prepositions joined to an article before them
    (data/direction_nouns.tsv)."""
    rows = [cells[1:] for cells in data_lines("direction_nouns.tsv") if cells[0] == code]
    return (
        frozenset(word for kind, word in rows if kind == "noun"),
        frozenset(word for kind, word in rows if kind == "before"),
    )


@lru_cache(maxsize=4096)
def _joined_division(first: str, second: str) -> bool:
    """Are two names a division's or a country's of both, written with 'and' ("Jammu and Kashmir")?"""
    return resolve_location(f"{first} and {second}").kind in ("province", "state", "country")


def _a_division_of_both(parts: list[str]) -> bool:
    """Is a hyphenated pair ("Jammu-Kashmir", "Bosnia-Herzegovina") the division or country of both?"""
    return _joined_division(parts[0], parts[1])


def _division_of_its_name(town: Place) -> Place:
    """The first-level division of a town's country that bears the town's very name, when the town is no big one:
    an institution's office named after it ('la Fiscalía de Hidalgo', 'el Gobierno de Tabasco') is the division's,
    not a small town's of that name (Hidalgo, Nuevo León)."""
    if town.kind != "city" or town.population >= _ALTERNATE_TOWN:
        return town
    name = fold(town.name)
    divisions = [
        p for p in gazetteer().lookup(name)
        if p.kind in ("province", "state") and p.country == town.country and fold(p.name) == name
    ]  # fmt: skip
    return divisions[0] if len(divisions) == 1 else town


@lru_cache(maxsize=256)
def _state_namesake(code: str) -> Place | None:
    """The state (first-level division of another country) that bears a country's English name: Georgia, the US
    state, for Georgia the country."""
    country = gazetteer().by_key(f"country:{code}")
    if country is None:
        return None
    name = fold(country.name)
    return next((p for p in gazetteer().lookup(name) if p.kind == "state" and fold(p.name) == name), None)


@lru_cache(maxsize=1)
def _bank_words() -> frozenset[str]:
    """Words for a river's or a sea's side joined onto its name ('Dnipro-Ufer'; data/bank_words.tsv)."""
    return frozenset(fold(cells[0]) for cells in data_lines("bank_words.tsv"))


@lru_cache(maxsize=4096)
def _curated_region(name: str) -> bool:
    """Is the name one region's (a first-level division's) in our table of other names ('Wallonie', 'Bavière')?"""
    keys = gazetteer().exonym_keys(fold(name))
    return len(keys) == 1 and next(iter(keys)).startswith("province:")


@lru_cache(maxsize=4096)
def _region_by_name(name: str) -> Place | None:
    """The first-level division a name is, when the location resolver reads it so and the name is of several words
    ('Emilia-Romagna') or not the division's own ('Lombardei' of Lombardia)."""
    loc = resolve_location(name)
    if loc.kind != "province" or not loc.key.startswith("province:"):
        return None
    place = gazetteer().by_key(loc.key)
    if place is None or (" " not in fold(name) and fold(place.name) == fold(name)):
        return None
    return place


_IMPLYING_TOWN = 100_000  # a town this big, no other town of 1/10 its people bearing its name, implies its country
_IMPLYING_OTHER_NAME = 5  # letters at least of a town's other name that implies its country ('Lisboa')
_IMPLYING_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")


@lru_cache(maxsize=4)
def _implied_countries(body: str) -> tuple[str, ...]:
    """The countries a text implies by its big towns named as a whole run of capitals ('Colorado Springs', 'Lisboa'):
    a town of `_IMPLYING_TOWN`+ people that no other sizeable town bears the name of. Read only to choose between
    namesakes of a name the text gives no country for."""
    found: dict[str, None] = {}
    for run in dict.fromkeys(m.group() for m in _IMPLYING_RUN.finditer(body)):
        towns = [p for p in gazetteer().lookup(fold(run)) if p.kind == "city"]
        if not towns or any(p.kind != "city" for p in gazetteer().lookup(fold(run))):
            continue  # (a country's, a state's or a province's name too)
        big = max(towns, key=lambda p: p.population)
        if fold(big.name) != fold(run) and len(fold(run)) < _IMPLYING_OTHER_NAME:
            continue  # 'Las' opening a sentence is no other name of Las Vegas
        if big.population >= _IMPLYING_TOWN and all(p.population * 10 <= big.population for p in towns if p != big):
            found.setdefault(str(big.country))
    return tuple(found)


@lru_cache(maxsize=4096)
def _provinces_of_seat(name: str) -> list[Place]:
    """The provinces a town's other name names through the town's own name ('Donezk': Donetsk, the oblast named
    after its seat), the province holding the most populous such town first."""
    towns = [p for p in gazetteer().lookup(fold(name)) if p.kind == "city" and fold(p.name) != fold(name)]
    found: list[Place] = []
    for town in sorted(towns, key=lambda p: -p.population):
        found += [
            p for p in gazetteer().lookup(fold(town.name))
            if p.kind == "province" and p.country == town.country and p not in found
        ]  # fmt: skip
    return found


@cache  # one entry per language: more than 64 of them
def _province_words_before(code: str) -> re.Pattern[str] | None:
    """A region's word of the language right before a name ('der Region Donezk', 'im Gebiet Donezk', "l'oblast de
    Donetsk"): data/region_words.tsv, read beside the lexicon's own division words."""
    words = [cells[1] for cells in data_lines("region_words.tsv") if cells[0] == code]
    if not words:
        return None
    written = "|".join(re.escape(w) + ("" if w.endswith("'") else r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{written})$", re.IGNORECASE)


@cache  # one entry per language: more than 64 of them
def _street_before(code: str) -> re.Pattern[str] | None:
    """A street's or a square's word and its link word right before a name ('Calçada da Glória', 'rue de Rivoli',
    'Elevador da Glória'): data/street_words.tsv. The name is the street's, named after a quarter, a saint or a
    town elsewhere, not the place of the report."""
    rows = [cells for cells in data_lines("street_words.tsv") if cells[0] == code]
    if not rows:
        return None
    words = "|".join(re.escape(cells[1]) for cells in sorted(rows, key=lambda c: -len(c[1])))
    links = "|".join(sorted({re.escape(link) for cells in rows for link in cells[2].split()}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:(?:{links})\s+|[dl]['’])$", re.IGNORECASE)
