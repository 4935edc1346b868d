"""speed42: a look for a few words in a span is one slice and a C loop over the words; a name with no survivor's
word before it is not read phrase by phrase for one.

`holds_any_word` answers what a `str.find` per word within the bounds answers (`WordGated`, the plural toll
subjects' gate, the look for another event's words before its patterns). `_in_a_victims_past` turns a name away by
one set look-up when none of the survivors' phrases' first words stands before it. Own sentences; behaviour only.
"""

from __future__ import annotations

import sys
from itertools import pairwise

import pytest

from core.extract import extract
from core.extract.tokens import tokenize
from core.extract.tolls import may_state_subject_toll
from core.extract.where_when import _in_a_victims_past
from core.extract.word_gate import WordGated, holds_any_word
from core.models import ArticleInput

_TEXT = "the flood deaths rose to 40. in another town, mourning went on; reeling from it all."
_WORDS = [("deaths",), ("mourning", "reeling"), (" after ", "anniversary"), ("rose to", "xyz"), ("all.",), ("t",)]
_BOUNDS = [(0, sys.maxsize), (0, len(_TEXT)), (4, 16), (10, 15), (11, 16), (29, 70), (60, 200), (70, 60), (-20, -1)]


@pytest.mark.parametrize("words", _WORDS)
@pytest.mark.parametrize(("pos", "endpos"), _BOUNDS)
def test_holds_any_word_answers_as_a_find_per_word(words: tuple[str, ...], pos: int, endpos: int) -> None:
    expected = any(_TEXT.find(w, pos, endpos) >= 0 for w in words)
    assert holds_any_word(_TEXT, words, pos, endpos) is expected


def test_a_word_across_the_bounds_is_not_held() -> None:
    # 'deaths' starts at 10 and ends at 16: a span that cuts it holds no 'deaths'
    assert holds_any_word(_TEXT, ("deaths",), 10, 16)
    assert not holds_any_word(_TEXT, ("deaths",), 10, 15)
    assert not holds_any_word(_TEXT, ("deaths",), 11, 40)


def test_word_gate_still_turns_away_a_span_without_its_words() -> None:
    gate = WordGated(__import__("re").compile(r"\bsecond\s+blast\b"), ("second",))
    text = "a second blast hit the market. police closed the road."
    assert gate.search(text) is not None
    assert gate.search(text, 30) is None
    assert list(gate.finditer(text, 0, 8)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("deaths have climbed to 1,300 in the region.", True),
        ("flood fatalities passed 200 on monday.", True),
        ("injuries rose to 57, officials said.", True),
        ("the storm left many homes without power.", False),
        ("deaths were feared, but none was found.", False),
    ],
)
def test_subject_tolls_are_read_as_before(sentence: str, expected: bool) -> None:
    assert may_state_subject_toll(sentence, 0, len(sentence)) is expected


def test_a_subject_toll_outside_the_span_is_not_read() -> None:
    text = "the rain stopped. deaths have climbed to 1,300."
    assert not may_state_subject_toll(text, 0, 17)
    assert may_state_subject_toll(text, 18, len(text))


def _victims_past(sentence: str, name: str) -> bool:
    tokens = tokenize(sentence, 0, len(sentence))
    at = next(n for n, t in enumerate(tokens) if t.text == name)
    return _in_a_victims_past(tokens, at)


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("The woman had survived the 2019 flood in Dorvale before she was shot.", "Dorvale", True),
        ("He was one of the survivors of the fire in Lisbon years ago.", "Lisbon", True),
        ("They lived through the siege of Sarajevo as children.", "Sarajevo", True),
        ("Two men were shot dead in Dorvale on Sunday night.", "Dorvale", False),
        ("Police in Lisbon said three people were hurt.", "Lisbon", False),
        ("She survived, and the crash in Toledo killed two others.", "Toledo", False),  # a comma between
    ],
)
def test_a_survivors_words_before_a_town_are_read_as_before(sentence: str, name: str, expected: bool) -> None:
    assert _victims_past(sentence, name) is expected


def test_a_town_of_the_victims_past_is_still_no_scene() -> None:
    text = (
        "A man who had survived the 2017 shooting in Las Vegas was killed in Reno on Sunday, police said. "
        "Two other people were wounded."
    )
    result = extract(ArticleInput(text=text, title="Man killed in Reno shooting"))
    places = {(c.metric, c.value, c.location) for c in result.claims}
    assert ("wounded", 2, "Reno") in places  # carried from the sentence that places the shooting in Reno
    assert not any(location == "Las Vegas" for _, _, location in places)


def test_a_fields_scenes_are_read_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.extract import field_context

    calls: list[str] = []
    real = field_context.scene_names

    def counted(text: str) -> frozenset[str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(field_context, "scene_names", counted)
    scenes = field_context.TextScenes("Two were shot in Kendall on Sunday, and police near Fort Riley said more.")
    assert calls == []
    assert "kendall" in scenes
    assert sorted(scenes) == sorted(real("Two were shot in Kendall on Sunday, and police near Fort Riley said more."))
    assert len(scenes) == len(real("Two were shot in Kendall on Sunday, and police near Fort Riley said more."))
    assert len(calls) == 1  # read once, then kept


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Davis said two men were shot on Elm Street in Kendall on Sunday.", "Kendall"),
        ("Three people were wounded in a shooting in Springfield, police said.", "Springfield"),
    ],
)
def test_places_read_with_the_texts_scenes_as_before(text: str, place: str) -> None:
    result = extract(ArticleInput(text=text, title="Shooting"))
    assert any(c.location == place for c in result.claims)


_SENTENCES = [
    "A 15-year-old boy was shot in the shoulder and a 16-year-old was grazed in the head, police said.",
    "Officers found two men, 23 and 31, wounded near the border with Mexico at 9:30 p.m. on Sunday.",
    "«Three were killed» — the mayor of Tarvos, Ana Ruiz, told reporters; 1,200 fled.",
    "",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_token_lookups_answer_as_a_scan_of_the_tokens(sentence: str) -> None:
    from core.extract.tokens import index_at, index_from, word_set

    tokens = tokenize(sentence, 0, len(sentence))
    assert word_set(tokens) == {t.low for t in tokens}
    for offset in range(-1, len(sentence) + 2):
        assert index_at(tokens, offset) == next((k for k, t in enumerate(tokens) if t.start == offset), None)
        assert index_from(tokens, offset) == next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))


def test_token_lookups_in_a_span_of_a_longer_text() -> None:
    from core.extract.tokens import index_at, index_from

    text = "Two died. Four were hurt in Dorvale on Friday."
    tokens = tokenize(text, 10, len(text))
    assert tokens[0].text == "Four"
    assert index_at(tokens, 10) == 0
    assert index_at(tokens, 0) is None
    assert index_from(tokens, 0) == 0
    assert index_from(tokens, text.index("Dorvale")) == [t.text for t in tokens].index("Dorvale")
    assert index_from(tokens, len(text) + 5) == len(tokens)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("Two died in Dorvale", "two died in dorvale"),
        ("Five were hurt in İzmir", None),  # dotted capital I: a case-insensitive pattern reads it as 'i'
        ("The ſtorm", None),  # long s
        ("Çorum'da 3 kişi öldü", "çorum'da 3 kişi öldü"),
    ],
)
def test_keyword_view_as_before(text: str, view: str | None) -> None:
    from core.extract.clean import keyword_view

    assert keyword_view(text) == view


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven climbers were killed on Monday, a week after a bridge collapse in Genoa killed 43.",
        "The town, still mourning the flood, lost two more people on Friday.",
        "Two people died and five were hurt; police said more than last year.",
        "Three were wounded in the attack.",
    ],
)
def test_clause_spans_cover_the_sentence(sentence: str) -> None:
    from core.extract.roles import clause_spans

    spans = clause_spans(sentence)
    assert spans[0][0] == 0 and spans[-1][1] == len(sentence)
    assert all(a[1] == b[0] for a, b in pairwise(spans))


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("He later died at a burn unit in Lahore on Friday.", "Lahore", True),
        ("The wounded were treated in hospitals of Anantnag.", "Anantnag", True),
        ("Two were taken to a trauma centre in Dorvale.", "Dorvale", True),
        ("Two men were shot in Dorvale on Friday.", "Dorvale", False),
        ("Lahore police said the clinic was closed.", "Lahore", False),  # the name opens the sentence
        ("The hospital in Dorvale said two died.", "Dorvale", False),
    ],
)
def test_words_of_care_before_a_town_are_read_as_before(sentence: str, name: str, expected: bool) -> None:
    from core.extract.where_when import _where_treated

    tokens = tokenize(sentence, 0, len(sentence))
    at = next(n for n, t in enumerate(tokens) if t.text == name)
    assert _where_treated(tokens, at) is expected


def _share_read_whole(words: list[bytes], ratio: float) -> bool:
    from core.extract.language import _ENGLISH_STOPWORDS_ASCII

    return sum(map(_ENGLISH_STOPWORDS_ASCII.__contains__, words)) / len(words) >= ratio


@pytest.mark.parametrize("stop_words", [0, 1, 5, 10, 11, 12, 40, 130])
@pytest.mark.parametrize("length", [20, 64, 65, 130, 400])
def test_stop_words_counted_by_stretches_answer_as_a_whole_count(stop_words: int, length: int) -> None:
    from core.extract.language import _ENGLISH_RATIO, _stop_words_reach

    for at_end in (False, True):  # the stop words first, or all at the end of the text
        words = [b"zorblat"] * max(0, length - stop_words) + [b"the"] * min(stop_words, length)
        if not at_end:
            words.reverse()
        assert _stop_words_reach(words, _ENGLISH_RATIO) is _share_read_whole(words, _ENGLISH_RATIO)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two people were killed and five were wounded in a shooting outside a bar in Dorvale on Sunday night.", "en"),
        ("Dos personas murieron y cinco resultaron heridas en un tiroteo en Toledo el domingo por la noche.", "es"),
        ("Zwei Menschen wurden am Sonntagabend bei einer Schießerei in Hamburg getötet, fünf verletzt.", "de"),
        ("Shooting: 2 dead", "en"),  # too few letters to judge
    ],
)
def test_languages_told_as_before(text: str, language: str) -> None:
    from core.extract.language import detect_language

    assert detect_language(text) == language
