"""The faster forms of extraction's scans give exactly what the plain forms give (speed itself is in bench/).

Each cheaper path (a lower-cased twin of a case-insensitive pattern, a search window cut at a comma, a prefilter)
is checked against the pattern it stands for, on sentences written for these tests.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from core.extract import warm_up
from core.extract.ascii_twin import AsciiTwin, _reads_as_ascii, compile_twin
from core.extract.attribution import _WHO_SAID, _WINDOW, _patterns, _who_before
from core.extract.clean import (
    _BOILERPLATE_LINE,
    _SOURCE_TAG,
    boilerplate_spans,
    duplicate_key,
    keyword_view,
    lowercase_twin,
)
from core.extract.language import _identifier
from core.extract.tokens import Token, tokenize
from core.extract.where_when import (
    _DAY,
    _INCIDENT_STEP,
    _INCIDENT_STEP_LOWER,
    AHEAD_OF_TEXT_DATE,
    _dates_in,
    dates_in,
    explicit_dates,
    incident_date_in,
)

SENTENCES = [
    "Two men were SHOT and one was Killed on Main Street late Friday, police said.",
    "The Fire broke out before dawn; firefighters said nobody was hurt.",
    "A \u212aelvin-sign word, then a crash that Injured four (AP)",
    "In the city of Tarnow, which was shelled overnight, the regional health ministry said 12 people died.",
    "Officials in the province, citing hospital records, told reporters the toll rose, and the mayor said 40.",
    "Mayor Jo Bell, speaking on Tuesday, said that the blast killed three, according to police.",
    "No one was hurt, the county sheriff's office said in a statement on October 11, 2020.",
    "READ MORE: Storm damage across the region",
    "We use cookies on this site; please accept them to continue.",
    "\u0130stanbul: a gunman opened fire and a bomb exploded, ſomeone said.",
]


def test_keyword_view_is_the_same_length_and_refuses_the_letters_it_would_miss() -> None:
    for sentence in SENTENCES:
        view = keyword_view(sentence)
        if any(ch in sentence for ch in "\u0130\u0131\u017f"):
            assert view is None
        else:
            assert view is not None and len(view) == len(sentence) and view == view.lower()


def test_lowercase_twin_finds_what_the_case_insensitive_pattern_finds() -> None:
    for sentence in SENTENCES:
        view = keyword_view(sentence)
        if view is None:
            continue
        expected = [m.span() for m in _INCIDENT_STEP.finditer(sentence)]
        assert [m.span() for m in _INCIDENT_STEP_LOWER.finditer(view)] == expected
        twin = lowercase_twin(_BOILERPLATE_LINE)
        assert bool(twin.match(view)) == bool(_BOILERPLATE_LINE.match(sentence))


def test_lowercase_twin_refuses_patterns_it_cannot_mirror() -> None:
    with pytest.raises(ValueError):
        lowercase_twin(re.compile(r"\bshot\b"))  # case-sensitive already
    with pytest.raises(ValueError):
        lowercase_twin(re.compile(r"\b[A-Z]\w+ said\b", re.IGNORECASE))  # upper case in the pattern
    with pytest.raises(ValueError):
        lowercase_twin(re.compile(r"\bθάνατος\b", re.IGNORECASE))  # not ASCII: Greek sigma lower-cases by context


def test_incident_date_is_found_with_or_without_the_lower_cased_view() -> None:
    text = "The vigil was held Sunday. \u0130n the attack on March 3, 2021, two people were killed."
    sentences = [(0, 26), (27, len(text))]
    assert str(incident_date_in(text, sentences, None)) == "2021-03-03"
    plain = text.replace("\u0130", "I")
    assert str(incident_date_in(plain, sentences, None)) == "2021-03-03"


def test_boilerplate_lines_are_the_same_on_the_fast_path_and_the_fallback() -> None:
    text = "\n".join(SENTENCES)
    expected = [
        (line.start(), line.end())
        for line in re.finditer(r"[^\n]+", text)
        if len(line.group()) <= 400 and _BOILERPLATE_LINE.match(line.group())
    ]
    assert boilerplate_spans(text) == expected  # text holds İ and ſ: the fallback
    ascii_text = "\n".join(s for s in SENTENCES if keyword_view(s) is not None)
    assert boilerplate_spans(ascii_text) == [
        (line.start(), line.end())
        for line in re.finditer(r"[^\n]+", ascii_text)
        if _BOILERPLATE_LINE.match(line.group())
    ]
    assert len(boilerplate_spans(ascii_text)) == 2  # READ MORE, cookies


def test_who_said_search_cut_at_the_last_comma_finds_the_unbounded_match() -> None:
    patterns, _, _, _, _, _, speech_at, _ = _patterns("en")
    pattern = patterns[_WHO_SAID]
    with_source = 0
    for sentence in SENTENCES:
        expected = []
        for verb in speech_at.finditer(sentence):
            m = pattern.search(sentence[: verb.start()], max(0, verb.start() - _WINDOW))
            if m is not None:
                expected.append((m.group("who"), verb.group().lower()))
        found = list(_who_before(pattern, speech_at, sentence, "en"))
        assert found == expected
        with_source += bool(expected)
    assert with_source >= 4  # commas before the verb in two of them ("..., the regional health ministry said")


def test_day_pattern_matches_as_the_look_behind_alone_did() -> None:
    plain = re.compile(r"(?<![\d,.:/-])(\d{1,2})(?:st|nd|rd|th)?\b(?![,.:]\d)")
    text = "On 3 March 2021, at 12:30, 1,250 of 31st-floor 7/8 residents; October 11, 2020 and 45th day 9."
    assert [m.span() for m in _DAY.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [(month, day, year) for _, _, month, day, year in explicit_dates(text)] == [(3, 3, 2021), (10, 11, 2020)]


def test_duplicate_key_without_a_bracket_skips_only_the_tag_pattern() -> None:
    # the key as first written: each run of non-word characters one space, the ends stripped
    non_word = re.compile(r"\W+")
    odd = ["...", "  Two  hurt --", "Café  owner's  son_1 — shot…", "\x1c Two \x1f hurt", "Двое ранены, 3 погибли"]
    for sentence in [*SENTENCES, *odd, "Two people were hurt (Reuters)", "Two people were hurt"]:
        assert duplicate_key(sentence) == non_word.sub(" ", _SOURCE_TAG.sub("", sentence)).strip().lower()
    assert duplicate_key("Two people were hurt (Reuters)") == duplicate_key("two people were HURT")


def test_tokens_are_tokens() -> None:
    tokens = tokenize("Police said 23-year-old Ana was shot.", 0, 37)
    assert all(isinstance(t, Token) for t in tokens)
    assert tokens[2] == Token(12, 23, "23-year-old", "23-year-old", False, True)
    assert tokens[0].is_capitalised and tokens[0].low == "police"


def test_warm_up_loads_the_language_model() -> None:
    warm_up()
    assert _identifier.cache_info().currsize == 1


def _twins() -> list[tuple[str, AsciiTwin]]:
    """Every pattern extraction runs with an ASCII twin, by module and name."""
    import core.extract.clean
    import core.extract.language
    import core.extract.pipeline
    import core.extract.roles
    import core.extract.tokens
    import core.extract.tolls
    import core.extract.triggers
    import core.extract.when
    import core.extract.where_when

    modules = [core.extract.clean, core.extract.language, core.extract.pipeline, core.extract.roles]
    modules += [core.extract.tokens, core.extract.tolls, core.extract.triggers, core.extract.where_when]
    modules += [core.extract.when]
    return [(f"{m.__name__}.{name}", v) for m in modules for name, v in vars(m).items() if isinstance(v, AsciiTwin)]


def _ascii_texts() -> list[str]:
    """ASCII sentences of these tests, the separators Unicode counts as white space, and random ASCII."""
    plain = [s for s in SENTENCES if s.isascii()]
    texts = [*plain, "\n".join(plain), *(s.replace(" ", sep) for s in plain for sep in "\x1c\x1d\x1e\x1f")]
    texts += [s.lower() for s in texts]
    rng = random.Random(13)
    words = [*("the", "toll", "rose", "to", "12", "killed", "so", "far", "In", "March", "2021", "said", "told"),
             *("in", "at", "near", "-", ";", ",", ".", ":", "3rd", "45")]  # fmt: skip
    for _ in range(300):
        texts.append("".join(rng.choice([*words, *" \t\n\x1c\x1f.,;:-'\"()[]0123456789AzZ_"]) for _ in range(40)))
    return texts


def _matches(pattern: re.Pattern[str] | AsciiTwin, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_ascii_twins_find_what_their_unicode_patterns_find_in_ascii_text() -> None:
    twins = _twins()
    assert len(twins) >= 30
    texts = _ascii_texts()
    for name, twin in twins:
        unicode_pattern = re.compile(twin.pattern, twin.flags)
        for text in texts:
            assert _matches(twin._ascii, text) == _matches(unicode_pattern, text), (name, text)
            assert bool(twin._ascii.match(text)) == bool(unicode_pattern.match(text)), (name, text)


def test_an_ascii_twin_runs_only_on_ascii_text() -> None:
    word = compile_twin(r"\w+")
    assert word.findall("caf\u00e9 au lait") == ["caf\u00e9", "au", "lait"]  # Unicode pattern: é is a letter
    assert word.findall("cafe au lait") == ["cafe", "au", "lait"]
    assert compile_twin(r"a\sb").search("a\x1cb") is not None  # Unicode's \s holds the ASCII separators


def test_ascii_twins_find_what_their_unicode_patterns_find_in_text_whose_only_non_ascii_are_symbols() -> None:
    symbols = "\u00a9\u2026\u2022\u00d7\u25ba\u2019\u201c\u201d\u2014"  # (c) ... bullet x arrow quotes dash
    rng = random.Random(7)
    texts = [t.replace(" ", rng.choice(["", *symbols]) + " ", 2) + rng.choice(symbols) for t in _ascii_texts()]
    texts += [f"{s} (c)\u00a9 2024 \u2026 Read more \u2022 {s.upper()}" for s in SENTENCES if s.isascii()]
    for name, twin in _twins():
        unicode_pattern = re.compile(twin.pattern, twin.flags)
        for text in texts:
            assert _reads_as_ascii(text)
            assert _matches(twin, text) == _matches(unicode_pattern, text), (name, text)


def test_a_letter_digit_or_space_beyond_ascii_keeps_the_unicode_pattern() -> None:
    for text in ["caf\u00e9 \u00a9", "\u00bd mile", "a\u00a0b \u2026", "\u0663 killed", "\u0130stanbul", "\u017f"]:
        assert not _reads_as_ascii(text)
    word = compile_twin(r"\w+")
    assert word.findall("\u00bd of 3 \u00a9") == ["\u00bd", "of", "3"]  # the vulgar fraction is a word character
    assert word.findall("one \u00a9 two\u2026") == ["one", "two"]


def test_ascii_twin_refuses_patterns_it_cannot_mirror() -> None:
    with pytest.raises(ValueError):
        compile_twin(r"[^\S\n]+")  # \S inside a class
    with pytest.raises(ValueError):
        compile_twin(r"stra\u00dfe", re.IGNORECASE)  # a non-ASCII letter ignoring case
    with pytest.raises(ValueError):
        compile_twin(r"a # [comment", re.VERBOSE)


def test_a_sentences_dates_asked_again_come_from_the_cache_as_a_fresh_list() -> None:
    text = "The blast on Sunday, March 3, killed two people; a vigil was held Friday."
    reference = date(2024, 3, 6)
    first = dates_in(text, 0, len(text), reference)
    expected = list(_dates_in.__wrapped__(text, 0, len(text), reference, AHEAD_OF_TEXT_DATE))
    assert first == expected and len(first) >= 2
    first.clear()  # the caller's list is its own
    assert dates_in(text, 0, len(text), reference) == expected


def test_clause_roles_read_with_lower_case_twins_are_those_of_the_patterns() -> None:
    from core.extract import roles
    from core.models import Role

    clauses = [
        "a second missile hit the market",
        "in the early 1990s, a flood killed 300 people",
        "over three weeks of protests, 240 people have been injured",
        "\u0130n the 1990s a similar blast killed 40",  # dotted capital I: no keyword view, the patterns themselves
        "two people were killed on tuesday",
    ]
    pairs = [
        (roles._PARTIAL, roles._PARTIAL_LOWER),
        (roles._BACKGROUND, roles._BACKGROUND_LOWER),
        (roles._PERIOD_UNIT, roles._PERIOD_UNIT_LOWER),
    ]
    found = 0
    for clause in [*clauses, *(s.lower() for s in SENTENCES)]:
        view = keyword_view(clause)
        for pattern, twin in pairs:
            expected = pattern.search(clause) is not None
            assert roles._found(pattern, twin, clause, view) is expected
            found += expected
    assert found >= 4
    assert [roles.sentence_role(c, 2024) for c in clauses[:3]] == [Role.PARTIAL, Role.BACKGROUND, Role.CUMULATIVE]
