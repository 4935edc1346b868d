"""Per-article figures, round 30: a victim told as a person rather than a number ("killing a sixth grader", "the
crash killed pilot John Moss", "killed 13-year-old Jamie Holt") is one, and people who are not victims (the gunman
who killed, "a sixth grader's chances", a school grade) are no count. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire at a middle school on Monday, killing a sixth grader and wounding five others.", (1, 5)),
        ("A sixth grader was killed and five others were wounded in the shooting on Monday.", (1, 5)),
        ("A fifth-grader was shot and killed outside his home on Monday.", (1, None)),
        ("The storm killed a farmer in the north of the county.", (1, None)),
        ("The crash killed a farmer and injured his two sons.", (1, 2)),
        ("A stray bullet fired into the house killed a pharmacist on Sunday.", (1, None)),
        ("Police are investigating the death of a sixth grader near the park.", (1, None)),
        ("A gunman killed a bartender and wounded two patrons at a tavern on Friday.", (1, 2)),
    ],
)
def test_a_victim_told_by_role_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stray bullet killed 8-year-old Mia Lopez as she slept in her bed.", (1, None)),
        ("The gun went off and killed 13-year-old Jamie Holt in the kitchen of the home.", (1, None)),
        ("Deputies shot and killed 15-year-old Luke Dole after he stabbed his father.", (1, None)),
        ("The crash killed pilot John Moss, the airline said.", (1, None)),
        ("The shooting on Tuesday killed sixth grader Ana Ruiz, the district said.", (1, None)),
        ("A drunken driver killed 30-year-old Ana Ruiz and injured her two children.", (1, 2)),
    ],
)
def test_a_named_victim_after_an_age_or_a_role_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed sixth grader Ana Ruiz and principal Tom Lee at the school on Tuesday.", (2, None)),
        ("The gunman killed a sixth grader and a principal before police arrived.", (2, None)),
    ],
)
def test_victims_listed_by_role_are_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed 45-year-old Tom Reyes at a gas station on Friday.",
        "The shooter killed sixth grader Ana Ruiz in a hallway.",
    ],
)
def test_the_one_who_killed_is_no_victim(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert [c.value for c in claims if c.metric == "killed"] == [1]
    assert all("gunman killed" not in c.quote and "shooter killed" not in c.quote for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school grade is no ordinal count
        ("Two people were killed and a sixth grader was wounded in the shooting on Friday.", (2, 1)),
        ("A sixth grader died at a hospital after the crash on Friday.", (1, None)),
        # not a victim
        ("The penalty ended up killing a sixth grader's chances of playing in the final.", (None, None)),
        ("A teacher said the gunman killed three students in the library.", (3, None)),
        ("The farmer said the storm killed a dozen cows and injured his horse.", (None, None)),
    ],
)
def test_people_who_are_no_victims_are_no_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
