"""Per-article figures, round 31: another incident told later in the same English local story, without the words
"separate" or "unrelated", is not the article's own: a sentence that opens on another time ("And on Friday evening",
"Hours earlier", "Also on Sunday") and tells newly named people hurt; a sentence that places the harm elsewhere in
town ("across town") or lists a round-up's others ("In other weekend shootings"); "police are also investigating a
shooting". The same incident's aftermath told on a later day ("Later Monday, one of the victims died") stays its own.
Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 3-year-old boy was wounded in a shooting early Saturday on the city's north side, police said. The boy"
            " was taken to a hospital in stable condition. And on Friday evening, police said, a 16-year-old girl who"
            " was standing on a porch was shot in the arm.",
            (None, 1),
        ),
        (
            "A man was shot in the hand Friday night in the 300 block of Birch Street, police said. On Thursday, a"
            " woman was shot and killed at a gas station on Route 9.",
            (None, 1),
        ),
        (
            "A girl was wounded by a stray bullet Monday. Hours earlier, a man was shot in the leg near the river.",
            (None, 1),
        ),
        (
            "Two teenagers were wounded outside a skating rink on Sunday night. Also on Sunday, a man was shot and"
            " killed in the parking lot of a grocery store.",
            (None, 2),
        ),
        (
            "A woman was shot in the foot early Saturday on Lake Avenue. Late Friday, two men were shot and killed"
            " during a dice game on Grove Street.",
            (None, 1),
        ),
    ],
)
def test_another_time_with_newly_told_victims_is_another_incident(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman was shot in the leg late Sunday outside a bar on Elm Street. Earlier Sunday, across town, a man"
            " was wounded while he sat in his car.",
            (None, 1),
        ),
        (
            "Three people were wounded in a shooting at a park Sunday afternoon, police said. In other weekend"
            " shootings, a man, 22, was shot in the leg on Friday night in Austin, and a woman was killed early"
            " Saturday in Englewood.",
            (None, 3),
        ),
        (
            "A teenager was shot and wounded Saturday on Maple Street. Police are also investigating a shooting on"
            " Cedar Road, where a man was killed Saturday night.",
            (None, 1),
        ),
    ],
)
def test_harm_told_elsewhere_in_town_or_in_a_round_up_is_another_incident(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot Sunday night on Elm Street. Later Monday, one of the victims died in hospital.", (1, 1)),
        ("A man was shot Sunday night on Elm Street, police said. On Monday, the man died in hospital.", (1, None)),
        (
            "Police were called to Elm Street around 10 p.m. Sunday. On Sunday night, a man was shot in the back and a"
            " woman was grazed in the arm.",
            (None, 2),
        ),
        (
            "A man was shot in the leg on Elm Street early Sunday. On Sunday morning, a woman was also grazed at the"
            " same house.",
            (None, 2),
        ),
        (
            "A man was shot in the chest at a party late Saturday. On Sunday, a woman who was wounded in the shooting"
            " was released from the hospital.",
            (None, 2),
        ),
        (
            "Police said a man drove across town and shot two people outside a church on Sunday.",
            (None, 2),
        ),
        (
            "Two people were shot at a barbecue on Saturday. Earlier: a man was wounded at the same address in May.",
            (None, 2),
        ),
    ],
)
def test_the_same_incident_told_at_another_time_stays_its_own(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
