"""Number parsing: digits, words, vague quantities, ranges, qualifiers; and numbers that are not counts."""

from __future__ import annotations

import pytest

from core.extract.numbers import bounds, find_numbers
from core.extract.tokens import tokenize
from core.models import Qualifier


def _numbers(text: str) -> list[tuple[str, int, int | None, int | None, str, bool]]:
    tokens = tokenize(text, 0, len(text))
    return [
        (text[tokens[m.qual_first].start : tokens[m.last - 1].end], m.value, m.low, m.high, m.qualifier.value,
         m.is_count)
        for m in find_numbers(tokens)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "value", "low", "high", "qualifier"),
    [
        ("crews counted 1,165 homes", "1,165", 1165, 1165, 1165, "exact"),
        ("a town of 500.000+ people", "500.000+", 500000, 500000, None, "at_least"),
        ("some 30 000 residents", "some 30 000", 30000, 27000, 33000, "about"),
        ("thirty-two people", "thirty-two", 32, 32, 32, "exact"),
        ("two dozen people", "two dozen", 24, 24, 24, "exact"),
        ("a dozen people", "a dozen", 12, 12, 12, "exact"),
        ("hundreds of people", "hundreds", 100, 100, 999, "vague"),
        ("tens of thousands of people", "tens of thousands", 10000, 10000, 99999, "vague"),
        ("several hundred thousand residents", "several hundred thousand", 300000, 300000, 900000, "vague"),
        ("between 5 and 7 people", "between 5 and 7", 7, 5, 7, "range"),
        ("10 to 12 people", "10 to 12", 12, 10, 12, "range"),
        ("at least 4 people", "at least 4", 4, 4, None, "at_least"),
        ("more than 30 people", "more than 30", 30, 31, None, "more_than"),
        ("over 30 people", "over 30", 30, 31, None, "more_than"),
        ("above 240 people", "above 240", 240, 241, None, "more_than"),
        ("nearly 50 people", "nearly 50", 50, None, 49, "nearly"),
        ("almost 50 people", "almost 50", 50, None, 49, "nearly"),
        ("up to 34 people", "up to 34", 34, None, 34, "up_to"),
        ("as many as 34 others", "as many as 34", 34, None, 34, "up_to"),
        ("about 50 people", "about 50", 50, 45, 55, "about"),
        ("around 50 people", "around 50", 50, 45, 55, "about"),
        ("approximately 50 people", "approximately 50", 50, 45, 55, "about"),
        ("two hundred and five people", "two hundred and five", 205, 205, 205, "exact"),
        ("both victims", "both", 2, 2, 2, "exact"),
    ],
)
def test_counts(text: str, quote: str, value: int, low: int | None, high: int | None, qualifier: str) -> None:
    found = [n for n in _numbers(text) if n[5]]
    assert found[0][:5] == (quote, value, low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "the attack happened in 2020 near the border",
        "on October 11, 2020 the city",
        "at 9:30 am local time",
        "a 23-year-old man",
        "the 4th day of fighting",
        "a $5 million reward",
        "about 100 kilometers away",
        "call 555-1234 with tips",
        "crews closed Route 6 overnight",
        "Jane Roe, 24, of Springfield",
        "fired 12 rounds",
        "on September 27 the clashes began",
    ],
)
def test_non_counts(text: str) -> None:
    assert not [n for n in _numbers(text) if n[5]]


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        (4, Qualifier.EXACT, (4, 4)),
        (4, Qualifier.AT_LEAST, (4, None)),
        (30, Qualifier.MORE_THAN, (31, None)),
        (34, Qualifier.UP_TO, (None, 34)),
        (50, Qualifier.NEARLY, (None, 49)),
        (50, Qualifier.ABOUT, (45, 55)),
    ],
)
def test_bounds(value: int, qualifier: Qualifier, expected: tuple[int | None, int | None]) -> None:
    assert bounds(value, qualifier) == expected


@pytest.mark.parametrize("text", ["aboard the Boeing 737-800 jet", "flying an Airbus 320-200 into the storm"])
def test_a_models_code_is_no_range_of_people(text: str) -> None:
    assert not any(is_count for *_, is_count in _numbers(text))


@pytest.mark.parametrize("text", ["In the valley 100-120 people died", "Between 10-12 people died"])
def test_a_range_after_a_capitalised_word_stays_a_range(text: str) -> None:
    assert [(q, is_count) for q, _, _, _, qualifier, is_count in _numbers(text) if qualifier == "range"] == [
        (text.split()[-3], True)
    ]
