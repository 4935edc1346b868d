"""Speed changes that must keep every reading as it was (round 25): each test compares the faster form with the
slower one it replaces, on sentences of our own."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from core.extract.roles import _CLAUSE_BREAK, _NATURAL, _NATURAL_WORDS, clause_spans
from core.extract.world_language import language
from core.extract.world_places import PlaceReader, name_lists


def _reader(code: str) -> PlaceReader:
    lang = language(code)
    assert lang is not None
    return lang.places


@pytest.mark.parametrize(
    ("code", "name", "named", "locative"),
    [
        ("es", "Valencia", Counter({"ES": 2}), True),
        ("es", "Valencia", Counter({"VE": 1}), True),
        ("es", "Valencia", Counter(), False),
        ("fr", "Bordeaux", Counter({"FR": 1, "ES": 1}), True),
        ("fr", "Bordeaux", Counter({"ES": 1, "FR": 1}), False),
        ("de", "Frankfurt", Counter({"US": 3}), False),
    ],
)
def test_a_town_read_again_is_the_town_read_the_first_time(
    code: str, name: str, named: Counter[str], locative: bool
) -> None:
    """`_town` keeps its readings: asked again (the same report's next sentence), or with other countries named,
    it gives what the reading itself gives."""
    reader = _reader(code)
    body = f"Un texto que nombra {name} dos veces: {name}."
    read = PlaceReader._town.__wrapped__  # type: ignore[attr-defined]
    first = reader._town(name, named, locative, body)
    again = reader._town(name, Counter(named), locative, body)
    assert first == again == read(reader, name, named, locative, body)


def test_a_town_reading_depends_on_the_countries_named_and_their_order() -> None:
    """Two reports naming other countries (or the same ones, most named first in another order) get their own
    readings, not the one kept for the first."""
    reader = _reader("es")
    read = PlaceReader._town.__wrapped__  # type: ignore[attr-defined]
    body = "Las lluvias en Córdoba dejaron dos muertos."
    for named in (Counter({"AR": 1}), Counter({"ES": 1}), Counter({"AR": 1, "ES": 1}), Counter({"ES": 1, "AR": 1})):
        assert reader._town("Córdoba", named, True, body) == read(reader, "Córdoba", named, True, body)


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Las lluvias azotaron Murcia, Alicante y Almería durante dos días", "Murcia, Alicante y Almería"),
        ("Les crues ont touché Lyon, Grenoble, Annecy et Chambéry", "Lyon, Grenoble, Annecy et Chambéry"),
        ("Las lluvias azotaron Murcia y Alicante y Almería durante dos días", None),
        ("Les crues ont touché Lyon et Grenoble et Annecy", None),
        ("Madrid Barcelona Valencia y Sevilla", None),
    ],
)
def test_a_list_of_names_needs_its_commas(sentence: str, listed: str | None) -> None:
    """A list of three names or more parts its names by commas before the conjunction: a sentence without a comma
    holds none, and `name_lists` answers it without reading its words."""
    spans = name_lists(sentence)
    assert [sentence[a:b] for a, b in spans] == ([listed] if listed else [])


@pytest.mark.parametrize(
    "lead",
    [
        "Flash flooding swept the valley overnight and two people drowned",
        "A strong earthquake and two aftershocks shook the coast on Monday",
        "The dam gave way after days of torrential rain",
        "Police said the gunman opened fire on the crowd",
        "A rainy weekend: the storm-drain was blocked, the floodlights went out",
        "Tornadoes, hurricanes and typhoons: the season's storms in review",
        "Damage from the quake-hit town's levee breach",
        "A damaged dike near Rainsford; the dykes held",
    ],
)
def test_natural_disaster_words_read_as_a_prefix_tree_are_the_plain_alternation(lead: str) -> None:
    """The natural disaster words are looked for as a prefix tree: the same words found as by the plain
    alternation tried longest first, each letter read once."""
    plain = re.compile(rf"\b(?:{'|'.join(sorted(_NATURAL_WORDS, key=len, reverse=True))})\b")
    lower = lead.lower()
    assert (_NATURAL.search(lower) is None) == (plain.search(lower) is None)
    assert [m.span() for m in _NATURAL.finditer(lower)] == [m.span() for m in plain.finditer(lower)]


@pytest.mark.parametrize(
    "sentence",
    [
        "the blast killed 14 people, the deadliest attack in the city since 2019",
        "the fire killed nine, making it the worst blaze in the county in decades",
        "at least 30 died; officials said the toll was the highest this year",
        "the storm killed 12 people, with 40 injured - police said, adding that most were children",
        "two were killed, but the others escaped, raising fears of more attacks",
        "the crash killed four people, with seven hurt on the highway",
    ],
)
def test_clause_breaks_of_a_sentence_are_those_of_the_whole_pattern(sentence: str) -> None:
    """A sentence without a comparison's word ('deadliest', 'worst', 'most'...) is split by the pattern without the
    comparison: the same clauses as the whole pattern gives."""
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    assert clause_spans(sentence) == list(zip([0, *cuts], [*cuts, len(sentence)], strict=True))
