"""Per-article figures, round 35 (English, after figs38). Sentences of our own.

A local story about one incident often names another, recent one to set it apart: the police say the two are not
connected, or the story recalls the other by its day ("Thursday's shooting at the arena") or its year, and tells
that other incident's toll in a relative clause ("in which five died", "which left three dead"). That toll is the
other incident's, not the story's: the story's own figure, told of its own day, is the headline. A story about that
other incident itself (a vigil, a funeral, a march held for it), which tells no new harm of its own, keeps the toll
it recalls: it is the story's subject."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_SUNDAY = datetime(2025, 6, 15)  # a Sunday: the weekdays below are the days before it


@pytest.mark.parametrize("published_at", [None, _SUNDAY])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men were killed in a house on Birch Lane on Saturday. Police said the killings were not related to"
            " Wednesday's shooting at the arena, in which seven people died.",
            (2, None),
        ),
        (
            "Three people were wounded in a drive-by shooting on Elm Street on Saturday night. Police said there was"
            " no link to the shooting at Fairview Park on Thursday that left five people dead.",
            (None, 3),
        ),
        (
            "A teenager was injured when shots were fired outside a skating rink on Friday. Investigators do not"
            " believe it is connected to Monday's shooting at a high school, which killed four students.",
            (None, 1),
        ),
        (
            "One person was shot and wounded at a gas station in Northgate on Saturday. The sheriff said the"
            " shooting was unconnected to a rampage at a warehouse on Tuesday, which killed six workers.",
            (None, 1),
        ),
    ],
)
def test_a_disclaimed_events_toll_is_background(
    text: str, expected: tuple[int | None, int | None], published_at: datetime | None
) -> None:
    """The police set the other incident apart: its toll, told after the disclaimer, is not the story's."""
    assert headline_figures(text, published_at=published_at) == expected


@pytest.mark.parametrize("published_at", [None, _SUNDAY])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman was stabbed and hurt outside a laundromat on Oak Street late Saturday, police said. It happened"
            " two blocks from the church where four people were killed on Wednesday; police said the two cases are"
            " not related.",
            (None, 1),
        ),
        (
            "A cab driver was shot and wounded in Easton on Friday night. The shooting took place near the bar where"
            " three men died last month, but detectives said the cases are not connected.",
            (None, 1),
        ),
    ],
)
def test_a_toll_told_before_the_police_set_the_cases_apart_is_background(
    text: str, expected: tuple[int | None, int | None], published_at: datetime | None
) -> None:
    """The other incident's toll told first, in a relative clause ('the church where four people were killed'), and
    the police's word that the two cases are not connected after it, in the next clause: background, when the story
    tells its own harm in a sentence of its own."""
    assert headline_figures(text, published_at=published_at) == expected


@pytest.mark.parametrize("published_at", [None, _SUNDAY])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman was killed in a shooting in Riverside on Saturday. It came days after Wednesday's shooting at a"
            " nightclub, in which nine people died.",
            (1, None),
        ),
        (
            "Two people were shot dead at a car wash in Lakeview on Friday night. The city is still recovering from"
            " last month's attack at the festival, which killed 12 people and injured 30.",
            (2, None),
        ),
    ],
)
def test_another_days_event_with_its_toll_beside_the_own_is_background(
    text: str, expected: tuple[int | None, int | None], published_at: datetime | None
) -> None:
    """Another incident named by its day ('Wednesday's', 'last month's') with its toll in a relative clause, beside
    the story's own harm told of its own day: the other's toll is background."""
    assert headline_figures(text, published_at=published_at) == expected


@pytest.mark.parametrize("published_at", [None, _SUNDAY])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of people held candles on Saturday at a vigil for the victims of Wednesday's shooting at the"
            " arena, in which seven people died.",
            (7, None),
        ),
        (
            "Mourners gathered on Friday to remember last month's attack at the festival, which killed 12 people and"
            " injured 30.",
            (12, 30),
        ),
        (
            "Police on Saturday named the gunman in Wednesday's shooting at the arena, which killed seven people."
            " Officers said he acted alone.",
            (7, None),
        ),
        (
            "A gunman opened fire in the church where four people were killed on Wednesday; police said the attack"
            " was not connected to any group.",
            (4, None),
        ),
        (
            "Police said the two victims, who were not related to each other, were shot dead in a parked car on"
            " Saturday.",
            (2, None),
        ),
    ],
)
def test_the_toll_of_the_event_a_story_is_about_is_kept(
    text: str, expected: tuple[int | None, int | None], published_at: datetime | None
) -> None:
    """A story about the other incident itself (a vigil, a name given), with no new harm of its own, keeps its
    toll; 'not related to each other' sets no incident apart."""
    assert headline_figures(text, published_at=published_at) == expected
