"""Speed43: work whose answer is already known is skipped or shared, with the same answers (behaviour only).

- `clean.lower_kept`: a long text lowered once per article, whoever asks (`safe_lower`, the article passes);
- `script_places._holds_a_capital`: whether an article's text writes a capital, read once per text;
- `attribution._figure_source_gate`: a sentence that names no figure and opens with no source phrase cannot give
  the source of the figure before it.
"""

from __future__ import annotations

import pytest

from core.extract import attribution, clean, script_places
from core.extract.attribution import source_of_figure_before
from core.extract.clean import lower_kept, safe_lower
from core.models import ArticleInput, Claim, Qualifier, Role

_LONG_ASCII = "The Flood Swept Through Marlow Creek On Sunday Night, And Two People Died. " * 8
_LONG_CURLY = "Rescuers said “Four People Were Hurt” in the Quarry Blast at Tenby’s Edge. " * 8
_LONG_DOTTED = "İKİ KİŞİ ÖLDÜ, ÜÇ KİŞİ YARALANDI. " * 12  # the dotted capital I lowers to two code points
_LONG_SIGMA = "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ: ΔΥΟ ΝΕΚΡΟΙ. " * 12  # the capital sigma lowers by context


@pytest.mark.parametrize(
    "text",
    ["", "Short Text", "ÉCOLE", _LONG_ASCII, _LONG_CURLY, _LONG_DOTTED, _LONG_SIGMA, _LONG_ASCII[:255]],
)
def test_lower_kept_is_str_lower(text: str) -> None:
    assert lower_kept(text) == text.lower()
    assert lower_kept(text) == text.lower()  # asked again: the kept answer


@pytest.mark.parametrize("text", ["Short Text", _LONG_ASCII, _LONG_CURLY, _LONG_DOTTED, _LONG_SIGMA])
def test_safe_lower_keeps_the_length(text: str) -> None:
    lowered = safe_lower(text)
    assert len(lowered) == len(text)
    assert safe_lower(text) == lowered
    if len(text.lower()) == len(text):
        assert lowered == text.lower()


def test_lower_kept_answers_for_each_text_after_the_store_fills() -> None:
    texts = [f"Report number {n}: " + _LONG_CURLY for n in range(3 * clean._LOWERED_KEPT)]
    for text in texts:
        assert lower_kept(text) == text.lower()
    assert len(clean._LOWERED) <= clean._LOWERED_KEPT
    for text in reversed(texts):
        assert lower_kept(text) == text.lower()


def test_an_equal_text_built_anew_gets_the_same_lowering() -> None:
    head = "A Storm Named Orla Flooded The Valley"
    first = f"{head} {_LONG_ASCII}"
    second = f"{head} {_LONG_ASCII}"  # equal, another object
    assert first is not second
    assert lower_kept(first) == lower_kept(second) == first.lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "без заглавных букв",
        "Москва и Казань",
        "هجوم في المدينة",
        "ქალაქ თბილისში",  # Georgian Mkhedruli: no capitals in running text
        "ᲗᲑᲘᲚᲘᲡᲘ",  # Georgian Mtavruli capitals
        "all lower case but one Letter",
        "ⓐⓑ Ⓐ",  # an enclosed capital letter is upper case too
    ],
)
def test_holds_a_capital_is_any_upper_character(text: str) -> None:
    assert script_places._holds_a_capital(text) == any(ch.isupper() for ch in text)


@pytest.mark.parametrize(
    "sentence",
    [
        "That is according to the regional health ministry.",
        "  that's according to the coast guard.",
        "The figures were released by the interior ministry.",
        "Health Minister Ana Ruiz announced the new toll.",
        "The number was given by the fire brigade.",
    ],
)
def test_sentences_that_may_name_the_source_pass_the_gate(sentence: str) -> None:
    firsts, opening = attribution._figure_source_gate("en")
    assert any(w in sentence for w in firsts) or opening.match(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("That is according to the regional health ministry.", "the regional health ministry"),
        ("The figures were released by the interior ministry.", "the interior ministry"),
        ("Rain kept falling over the valley on Monday.", None),
        ("Officials said the bridge would stay shut.", None),
        ("According to witnesses, the bus left at noon.", None),
    ],
)
def test_source_of_figure_before(sentence: str, source: str | None) -> None:
    assert source_of_figure_before(sentence) == source


def test_a_sentence_naming_no_figure_is_turned_away_before_the_pattern() -> None:
    firsts, opening = attribution._figure_source_gate("en")
    sentence = "Officials said the bridge would stay shut until Friday."
    assert not any(w in sentence for w in firsts) and opening.match(sentence) is None


def test_the_next_sentence_still_names_the_source() -> None:
    from core.extract import extract

    result = extract(
        ArticleInput(
            text="A gas blast in Tarvos killed 6 people on Monday. That is according to the regional health ministry."
        )
    )
    killed = [c for c in result.claims if c.metric == "killed"]
    assert [c.value for c in killed] == [6]
    assert killed[0].attribution == "the regional health ministry"


def test_a_corrected_toll_is_still_read_down() -> None:
    from core.extract import extract

    text = (
        "The blast at the Harlow depot killed 25 people, officials said on Saturday. "
        "On Sunday the provincial governor revised the death toll to 23."
    )
    result = extract(ArticleInput(text=text))
    revised = [c for c in result.claims if c.metric == "killed" and c.value == 23]
    assert revised and revised[0].revised_down


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for n, ch in enumerate(text):
        if ch in ".!?\n":
            spans.append((start, n + 1))
            start = n + 1
    return spans


@pytest.mark.parametrize(
    ("text", "index", "closing"),
    [
        ("Sin comillas aquí. Dijo el alcalde. Nada más.", 0, None),
        ("«Murieron doce personas. Fue terrible», dijo el alcalde.", 0, 1),
        ("„Zwölf Menschen starben. Es war schrecklich“, sagte er.", 0, 1),
        ('"Twelve died. It was awful," he said.', 0, 1),
        ('He said "twelve". Then "more died. Many more." Later.', 1, 3),
        ("Une ligne.\n«Douze morts. Terrible», a-t-il dit.", 2, 3),
        ("«Cerrada» ya. Otra frase.", 0, None),
    ],
)
def test_quote_closing(text: str, index: int, closing: int | None) -> None:
    from core.extract.world_sentences import quote_closing

    assert quote_closing(text, _sentence_spans(text), index) == closing


@pytest.mark.parametrize(
    "text",
    [
        "Un incendio en Toledo dejó 12 muertos y 3 heridos.",
        "Un\u200b incendio en Toledo dejó 12 muertos y 3 heridos.",  # an invisible character before the figures
    ],
)
def test_world_claims_point_into_the_submitted_text(text: str) -> None:
    from core.extract import extract

    result = extract(ArticleInput(text=text, language="es"))
    assert sorted((c.metric, c.value) for c in result.claims) == [("killed", 12), ("wounded", 3)]
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end


# -- quick_init: the frozen dataclasses' quicker __init__ ---------------------------------------------------------


def _built() -> type:
    from dataclasses import dataclass

    from core.quick_init import quick_init

    @quick_init
    @dataclass(frozen=True, slots=True)
    class Reading:
        start: int
        end: int
        town: str | None = None
        tags: tuple[str, ...] = ()

    return Reading


def test_quick_init_builds_what_the_dataclass_would() -> None:
    import copy
    import dataclasses
    import pickle

    reading = _built()
    a = reading(3, 9, "Tarvos")
    assert (a.start, a.end, a.town, a.tags) == (3, 9, "Tarvos", ())
    assert a == reading(start=3, end=9, town="Tarvos") == reading(3, end=9, town="Tarvos")
    assert hash(a) == hash(reading(3, 9, "Tarvos"))
    assert repr(a).endswith("Reading(start=3, end=9, town='Tarvos', tags=())")
    assert reading(1, 2).tags is reading(3, 4).tags  # the same default object, as the dataclass's
    assert dataclasses.replace(a, town=None) == reading(3, 9)
    assert copy.copy(a) == a
    claim = Claim("killed", 6, 6, 6, Qualifier.EXACT, Role.TOTAL, "6", 29, 30, location="Tarvos")
    assert pickle.loads(pickle.dumps(claim)) == claim  # (a model: a local class cannot be pickled)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.town = "Lyon"  # type: ignore[misc]
    with pytest.raises(TypeError):
        reading(3)  # a field without a default is still required
    with pytest.raises(TypeError):
        reading(3, 9, town="Tarvos", county="Harlow")  # type: ignore[call-arg]


def test_quick_init_keeps_the_signature_of_the_models() -> None:
    import dataclasses
    import inspect

    from core.extract.clean import Sentence
    from core.extract.numbers import NumberMention
    from core.extract.raw_claim import RawClaim
    from core.extract.when import DateMention
    from core.extract.where_when import PlaceMention
    from core.models import Claim
    from core.places.index import Place

    for cls in (Claim, Place, Sentence, NumberMention, RawClaim, PlaceMention, DateMention):
        parameters = list(inspect.signature(cls).parameters.values())
        assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(cls)]
        assert [p.default for p in parameters] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(cls)
        ]


@pytest.mark.parametrize(
    "kw",
    [{"frozen": False, "slots": True}, {"frozen": True, "slots": False}],
)
def test_quick_init_refuses_other_dataclasses(kw: dict[str, bool]) -> None:
    from dataclasses import dataclass

    from core.quick_init import quick_init

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(**kw)  # type: ignore[call-overload]
        class Loose:
            start: int


def test_quick_init_refuses_a_post_init_or_a_factory() -> None:
    from dataclasses import dataclass, field

    from core.quick_init import quick_init

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True, slots=True)
        class Checked:
            start: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True, slots=True)
        class Listed:
            names: tuple[str, ...] = field(default_factory=tuple)

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True, slots=True, kw_only=True)
        class Named:
            start: int
