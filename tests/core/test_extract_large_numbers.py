"""Large numbers, ranges and vague quantities as world news writes them (issue 11). Sentences are our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput, Qualifier


def _killed(text: str) -> list[tuple[int, int | None, int | None, Qualifier]]:
    claims = extract(ArticleInput(text=text, language="en")).claims
    return [(c.value, c.low, c.high, c.qualifier) for c in claims if c.metric == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The earthquake killed 7 300 people.", (7300, 7300, 7300, Qualifier.EXACT)),
        ("The earthquake killed 7,300 people.", (7300, 7300, 7300, Qualifier.EXACT)),
        ("The earthquake killed 4,100-plus people.", (4100, 4100, None, Qualifier.AT_LEAST)),
        ("The earthquake killed 4,100+ people.", (4100, 4100, None, Qualifier.AT_LEAST)),
        ("The cyclone killed 16,000 to 19,000 people.", (19000, 16000, 19000, Qualifier.RANGE)),
        ("Between 16,000 and 19,000 people were killed.", (19000, 16000, 19000, Qualifier.RANGE)),
        ("The cyclone killed an estimated 16,000-19,000 people.", (19000, 16000, 19000, Qualifier.RANGE)),
    ],
)
def test_large_numbers_and_ranges(text: str, expected: tuple[int, int | None, int | None, Qualifier]) -> None:
    assert _killed(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Dozens of villagers were killed.", 12, 12, 99),
        ("Scores of villagers were killed.", 20, 20, 199),
        ("Hundreds of villagers were killed.", 100, 100, 999),
        ("Thousands of villagers were killed.", 1000, 1000, 9999),
    ],
)
def test_vague_quantities_are_coded_as_acled_does_and_marked_vague(text: str, value: int, low: int, high: int) -> None:
    assert _killed(text) == [(value, low, high, Qualifier.VAGUE)]


def test_a_phone_number_is_still_no_range() -> None:
    assert _killed("Call 555-1234 for news of the 3 people killed.") == [(3, 3, 3, Qualifier.EXACT)]


def test_an_age_in_a_relative_clause_is_no_count() -> None:
    claims = extract(
        ArticleInput(text="Police said the man, who was 61, had shot his neighbour.", language="en")
    ).claims
    assert all(c.value != 61 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "date 2019-04-17 Far more people died in the valley than first thought, officials now say.",
        "Posted 2020-10-12 | The flood killed villagers across the plain, the agency said.",
    ],
)
def test_an_iso_date_is_no_range_of_dead(text: str) -> None:
    assert _killed(text) == []


def test_a_range_written_with_a_dash_is_still_a_range_after_a_date() -> None:
    text = "date 2019-04-17 Officials said 120-140 people died in the valley."
    assert _killed(text) == [(140, 120, 140, Qualifier.RANGE)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The quake killed 2012 people, officials said.", "en", 2012),
        ("ارتفعت حصيلة ضحايا الزلزال إلى 2012 قتيلا.", "ar", 2012),
        ("Le bilan du séisme s'est alourdi à 2012 morts.", "fr", 2012),
        ("El terremoto dejó 2012 muertos.", "es", 2012),
        # a year it stays: dated by the word before it, or nothing counted right after it
        ("En 2012 murieron 40 personas en un terremoto.", "es", 40),
        ("A fire in 2015 killed 12 people.", "en", 12),
    ],
)
def test_a_year_shaped_number_before_the_dead_is_a_count(text: str, language: str, value: int) -> None:
    assert [c.value for c in extract(ArticleInput(text=text, language=language)).claims if c.metric == "killed"] == [
        value
    ]
