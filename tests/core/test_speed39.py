"""Speed (speed39, speed40): keyword patterns tried only on a sentence that holds one of the words each of their matches
spells (`WordGated`): the same answers as the pattern alone, with a few substring look-ups first. And (speed40)
the places index's Bloom filter over its folded names (`NameFilter`): names it surely lacks cost no query, and
every name it holds passes, so `Gazetteer.lookup` answers as before."""

from __future__ import annotations

import re

import pytest

from core.extract import earlier_reports, extract, roles
from core.extract.clean import keyword_view, safe_lower
from core.extract.lexicons import load
from core.extract.word_gate import WordGated
from core.models import ArticleInput
from core.places.index import Gazetteer, fold, gazetteer
from core.places.name_filter import FALSE_POSITIVE_RATE, NameFilter

_EN = load("en")

# own sentences: some hold a gated pattern's words, some only look like it
SENTENCES = [
    "Early reports that the driver had died were wrong, police said on Monday.",
    "A first report that three people had died was false; two were hurt.",
    "Officials had initially put the toll at 12 before revising it to nine.",
    "The toll, previously put at 40, rose to 52 on Tuesday.",
    "Earlier estimates of 30 dead were mistaken, the ministry said.",
    "Police had put the death toll at eight, but later said seven had died.",
    "A second rocket hit the market, killing four people.",
    "Another shell struck the school and wounded 11 children.",
    "A subsequent blast injured two firefighters.",
    "Two men were shot dead outside a bar on Friday night.",
    "Wrongful arrests were alleged; the man who was killed was 19.",
    "The falsetto singer was among the 14 people injured.",
    "The untrue-to-life film was shown after the firstborn son was killed.",
    "Twelve people were wounded in the attack, which the earl condemned.",
    "ANOTHER SHELL HIT THE MARKET, KILLING 5.",
    "In the \u0130stanbul suburb, another bomb killed three.",
    "In a separate incident, a fire injured two people in the old town.",
    "Separately, a man was stabbed in the east of the city.",
    "In an unrelated crash on the highway, one driver died.",
    "In another case, two boys were hurt by a stray bullet.",
    "In a different attack, the rebels killed nine soldiers.",
    "In another incident in \u0131zmir, a blast wounded four.",
    "Unrelated shootings left three hurt across the city.",
    "",
]


def test_a_gate_needs_words_and_every_phrase_must_hold_one() -> None:
    pattern = re.compile(r"\b(?:at first|initially)\b")
    with pytest.raises(ValueError, match="hold none"):
        WordGated(pattern, ("initial",), phrases=("at first", "initially"))
    with pytest.raises(ValueError, match="needs words"):
        WordGated(pattern, ())
    with pytest.raises(ValueError, match="needs words"):
        WordGated(pattern, ("",))
    assert WordGated(pattern, ("first", "initial"), phrases=("at first", "initially")).words == ("first", "initial")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_gated_pattern_finds_what_the_pattern_finds(sentence: str) -> None:
    lower = safe_lower(sentence)
    for gated in (earlier_reports._REFUTED_WORD, earlier_reports._EARLIER_FIGURE):
        for start, end in ((0, len(lower)), (3, len(lower) - 2), (10, 11)):
            expected = gated.pattern.search(lower, start, end)
            found = gated.search(lower, start, end)
            assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in gated.finditer(lower)] == [m.span() for m in gated.pattern.finditer(lower)]
    assert roles.is_separate_incident(lower) is bool(
        roles._SEPARATE.search(lower) or ("ings" in lower and roles._ROUNDUP.search(lower))
    )
    view = keyword_view(sentence)
    assert roles._found(roles._PARTIAL, roles._PARTIAL_LOWER, sentence, view) is (
        roles._PARTIAL.search(sentence) is not None
    )


@pytest.mark.parametrize(
    ("lower", "separate"),
    [
        ("in a separate incident, a fire injured two people", True),
        ("in another shooting on friday, one man died", True),
        ("unrelated explosion at a depot wounded five", True),
        ("in another \u0131ncident in the north, a blast wounded four", True),  # dotless i: the pattern itself
        ("in a \u017feparate incident, one man died", True),  # long s: the pattern itself
        ("two people were killed and nine injured in the blast", False),
        ("another man was hurt", False),
    ],
)
def test_a_separate_incident_is_told_behind_its_gate(lower: str, separate: bool) -> None:
    assert roles.is_separate_incident(lower) is separate


@pytest.mark.parametrize("cue", _EN.EARLIER_CLAUSE_CUES)
def test_every_earlier_figure_cue_passes_the_gate(cue: str) -> None:
    sentence = f"officials {cue} that 40 people had died, but 35 were counted"
    found = earlier_reports._EARLIER_FIGURE.search(sentence)
    assert found is not None and found.group() == cue


@pytest.mark.parametrize("word", _EN.REFUTED_WORDS)
def test_every_refuted_word_passes_the_gate(word: str) -> None:
    sentence = f"early reports that the driver had died were {word}, police said"
    assert earlier_reports._REFUTED_WORD.search(sentence) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early reports that the driver had died were wrong. Two passengers were injured.", {("wounded", 2)}),
        ("Two people were killed on Monday, officials said, after earlier reports of five dead.", {("killed", 2)}),
        ("A second rocket hit the market on Friday, killing four people, medics said.", {("killed", 4)}),
    ],
)
def test_own_sentences_read_as_before(text: str, expected: set[tuple[str, int]]) -> None:
    claims = extract(ArticleInput(text=text)).claims
    assert expected <= {(c.metric, c.value) for c in claims}


# --- speed40: the index's name filter ---

# own words and runs a place reader meets: some name places, most do not
_ASKED = [
    "Lyon", "Kyiv", "Kiev", "New York", "Springfield", "Gəncə", "São Paulo", "Mombasa", "Cook County",
    "Police", "Monday", "John Smith", "Fire Department", "Sheriff Ana Ruiz", "Ministry", "Zorblatt Quux",
    "St. Louis", "Red Cross", "Tuesday Night", "Lake Forest",
]  # fmt: skip


def _by_query(folded: str) -> tuple[object, ...]:
    """The places the by-name query alone finds, as `lookup` orders them (`lookup` before the filter)."""
    g = Gazetteer(gazetteer().path)
    found = [g._place(r) for r in g._query(g._BY_NAME, (folded,))]
    found.sort(key=lambda p: (p.kind != "country", p.kind != "city", -p.population, p.key))
    return tuple(found)


def test_a_filter_holds_every_name_it_is_built_over() -> None:
    names = {f"town {i}" for i in range(5000)} | {"gence", "kyiv", "sao paulo", "天津"}
    name_filter = NameFilter.over(names)
    assert all(name_filter.may_hold(name) for name in names)


def test_a_filter_passes_few_other_names() -> None:
    name_filter = NameFilter.over({f"town {i}" for i in range(5000)})
    others = [f"village {i}" for i in range(20000)]
    passed = sum(name_filter.may_hold(name) for name in others)
    assert passed < 2 * FALSE_POSITIVE_RATE * len(others)


def test_a_filter_read_back_from_its_bytes_answers_the_same() -> None:
    names = {f"place {i}" for i in range(300)}
    built = NameFilter.over(names)
    read = NameFilter(bytes(built.bits), built.hashes)
    probes = [*names, *(f"word {i}" for i in range(300))]
    assert [read.may_hold(n) for n in probes] == [built.may_hold(n) for n in probes]


def test_a_filter_needs_bits_and_a_hash() -> None:
    with pytest.raises(ValueError):
        NameFilter(b"", 3)
    with pytest.raises(ValueError):
        NameFilter(b"\xff", 0)


def test_every_name_of_the_index_passes_its_filter() -> None:
    """A sample (every 29th distinct name, ~23,000) of the `name` table, plus its first and last names."""
    g = gazetteer()
    names = [str(r[0]) for r in g._query("SELECT DISTINCT folded FROM name")]
    sample = [*names[::29], names[0], names[-1]]
    assert all(g.name_filter().may_hold(name) for name in sample)


def test_the_index_filter_passes_few_names_it_lacks() -> None:
    g = gazetteer()
    others = [f"zq{i}x police" for i in range(5000)]
    assert sum(g.name_filter().may_hold(name) for name in others) < 2 * FALSE_POSITIVE_RATE * len(others)


@pytest.mark.parametrize("written", _ASKED)
def test_lookup_answers_as_the_query_alone(written: str) -> None:
    folded = fold(written)
    assert gazetteer().lookup(folded) == _by_query(folded)


def test_a_name_the_filter_rejects_names_no_place() -> None:
    g = gazetteer()
    rejected = [fold(w) for w in _ASKED if not g.name_filter().may_hold(fold(w))]
    assert rejected  # most of the words asked are no place
    assert all(_by_query(folded) == () for folded in rejected)


def test_warm_up_reads_the_filter() -> None:
    from core.extract import warm_up

    warm_up()
    assert gazetteer().name_filter.cache_info().currsize == 1
