"""Speed changes that must keep every output: each new reading is checked against the one it replaced."""

from __future__ import annotations

import random
import re

import pytest

from core.extract.clean import _ONE_FOR_ONE, normalise
from core.extract.place_words import _written_alone
from core.extract.world_sentences import SENTENCE
from core.places.index import fold
from core.places.location import _bare_name


def _alone_by_pattern(part: str, text: str) -> bool:
    """What `_written_alone` replaced: a pattern compiled for each name."""
    return re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text) is not None


@pytest.mark.parametrize(
    ("part", "text", "alone"),
    [
        ("Kherson", "Missiles hit Kherson overnight.", True),
        ("Kherson", "the Khersonska region", False),
        ("paso", "el paso del río", True),
        ("paso", "repaso_final", False),
        ("san josé", "en san josé, dijo", True),
        ("Köln", "in Kölner Zeitung", False),
        ("Köln", "Köln2", False),
        ("Köln", "(Köln)", True),
        ("a.b", "xa.b", False),
        ("", "", True),
        ("ny", "", False),
        ("kyiv", "kyivkyiv kyiv", True),
        ("deux", "deux", True),
        ("x", "x\u0663", False),  # an Arabic-Indic digit is a word character
        ("x", "x\u00b2", False),  # so is a superscript two (numeric)
        ("x", "x\u0301", True),  # a combining mark is not
    ],
)
def test_a_part_written_alone_is_what_the_pattern_finds(part: str, text: str, alone: bool) -> None:
    assert _written_alone(part, text) is alone
    assert _alone_by_pattern(part, text) is alone


def test_a_part_written_alone_agrees_with_the_pattern_on_random_strings() -> None:
    rng = random.Random(33)
    alphabet = "ab _-.'’\u00e9\u0301\u0663\u00b2\u4e00 \n,"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        part = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        assert _written_alone(part, text) == _alone_by_pattern(part, text), (part, text)


def _normalised_by_pattern(text: str) -> str:
    """What `normalise` did before: a pattern of every folded character finds those present."""
    if text.isascii() and "\t" not in text:
        return text
    foldable = re.compile("[" + "".join(chr(c) for c in _ONE_FOR_ONE) + "]")
    for ch in set(foldable.findall(text)):
        text = text.replace(ch, str(_ONE_FOR_ONE[ord(ch)]))
    return text


def test_normalise_folds_what_the_pattern_of_folded_characters_found() -> None:
    rng = random.Random(31)
    folded = [chr(c) for c in _ONE_FOR_ONE]
    alphabet = [*folded, "a", " ", "\u00e9", "\u4e00", "'", '"', "-"]
    samples = ["It\u2019s \u201cfine\u201d \u2013 2\u00a0km", "plain ascii", "tab\there", "\u0589\u17d4", ""]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    for text in samples:
        out = normalise(text)
        assert out == _normalised_by_pattern(text), text
        assert len(out) == len(text)


def _bare_by_patterns(folded: str) -> str:
    """What `_bare_name` replaced: both substitutions on every part."""
    leading = re.compile(r"^(the|city of|town of|village of|downtown|near|in|at)\s+")
    shooting = re.compile(r"\s*\b(shootings?|attack|killings?|massacre)$")
    return shooting.sub("", leading.sub("", folded))


@pytest.mark.parametrize(
    "written",
    [
        "the Bronx", "City of Dallas", "Kyiv", "downtown Tulsa", "Uvalde school shooting", "Christchurch attacks",
        "Highland Park shootings", "India", "Atlanta", "Nearside", "Thessaloniki", "Attack", "Boulder massacre",
        "near Pokrovsk killings", "Town of Hempstead", "Ñattack", "in Jenin attack", "", "the", "Ath Attack",
    ],
)
def test_a_bare_name_is_what_both_substitutions_leave(written: str) -> None:
    assert _bare_name(fold(written)) == _bare_by_patterns(fold(written))


def test_a_bare_name_agrees_with_the_substitutions_on_random_parts() -> None:
    rng = random.Random(32)
    words = ["the", "city", "of", "in", "at", "near", "shooting", "shootings", "attack", "massacre", "killing", "x",
             "inx", "xattack", "é", "downtown", "village", "town"]  # fmt: skip
    for _ in range(5000):
        folded = " ".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        assert _bare_name(folded) == _bare_by_patterns(folded), folded



# The sentence pattern as it was: one alternative per character
_SENTENCE_BY_CHARACTER = re.compile(r"(?:[^\n.!?。！？؟।۔።။]|[.!?](?=[^\s.!?]))+(?:[.!?。！？؟।۔።။]+|$)", re.MULTILINE)


def test_sentences_read_in_runs_are_the_sentences_read_character_by_character() -> None:
    rng = random.Random(35)
    alphabet = ".!?。！？؟।۔።။\n\t a b x3"
    samples = [
        "Ponad 6,5 tys. osób zostało rannych. Policja podała, że 3.5 km dalej!",
        "地震で3人が死亡した。けが人は10人。",
        "قتل 5 أشخاص؟ نعم.\nوأصيب 12",
        "U.S. officials said... nothing!? Then:",
        "",
    ]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(10000)]
    for text in samples:
        for pos in (0, 1, 4):
            assert [m.span() for m in SENTENCE.finditer(text, pos)] == [
                m.span() for m in _SENTENCE_BY_CHARACTER.finditer(text, pos)
            ], (text, pos)
