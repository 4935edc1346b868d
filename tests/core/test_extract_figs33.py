"""Per-article figures, round 30: the one told after a pronoun group ("Both are in hospital and one is in critical
condition") is one of the group, no addition to it; and a court step's day ("filed charges ... in the shooting on
Tuesday") dates no toll of the attack. Sentences of our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were shot on Friday. Both are in hospital and one is in critical condition.", (None, 2)),
        ("Two people were shot on Friday. Both are hospitalized and one is in critical condition.", (None, 2)),
        ("Two men were shot near the park on Friday. Both were injured and one is in serious condition.", (None, 2)),
        ("Three teens were shot on Friday. All three were wounded and one is in critical condition.", (None, 3)),
    ],
)
def test_the_one_after_a_pronoun_group_is_one_of_them(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man was killed and one is in critical condition after a shooting on Friday.", (1, 1)),
        ("Two men were killed and one is in critical condition after a shooting on Friday.", (2, 1)),
        ("Two people were shot on Friday. Both were injured and one other man was hurt.", (None, 3)),
        ("Three people were shot Friday. All three were taken to a hospital; one has since been released.", (None, 3)),
    ],
)
def test_counts_told_apart_still_add(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors filed 240 counts against the suspect in the Elm Street shooting on Tuesday. The attack killed"
        " four people and wounded 17.",
        "The gunman pleaded guilty to murder in the supermarket attack on Tuesday. The shooting killed four people and"
        " wounded three.",
        "A woman was indicted for the nightclub shooting on Tuesday. The attack killed four people.",
        "The suspect appeared in court over the bus depot attack on Tuesday; the attack killed four people.",
    ],
)
def test_a_court_steps_day_dates_no_toll(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    killed = [c for c in claims if c.metric == "killed"]
    assert killed and all(c.value == 4 for c in killed)
    assert all(c.incident_date != date(2024, 5, 28) for c in killed)


def test_an_incident_told_on_its_day_keeps_it() -> None:
    text = "A gunman opened fire in the Elm Street bar on Tuesday, killing four people. He was charged on Friday."
    killed = [c for c in extract(ArticleInput(text=text, published_at=_DAY)).claims if c.metric == "killed"]
    assert [c.incident_date for c in killed] == [date(2024, 5, 28)]


def test_a_month_and_day_after_the_incidents_name_stay_its_own() -> None:
    text = "A man pleaded guilty on Friday in the shooting on May 20, 2024, that killed four people."
    killed = [c for c in extract(ArticleInput(text=text, published_at=_DAY)).claims if c.metric == "killed"]
    assert [c.incident_date for c in killed] == [date(2024, 5, 20)]
