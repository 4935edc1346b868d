"""Round-ups: a figure told over several shootings ('two overnight shootings that left a woman dead and four people
wounded') sums incidents; when the article also tells one shooting's own smaller figure, the headline reads that one,
not the sum. A lone shooting's figure, or 'shootings' as a topic, is left as it was."""

from __future__ import annotations

import pytest

from core.extract.round_ups import tells_several_shootings
from tests.core.world_kit import head_values


@pytest.mark.parametrize(
    ("title", "text", "wounded"),
    [
        (
            "Police: two Elm City shootings not linked",
            "Two overnight shootings that left a woman dead and four people wounded were not connected, police said "
            "Monday. A 40-year-old woman died in the first shooting, on Harbor Road, and three other people were hurt. "
            "The second shooting, on Quarry Street, injured one more man.",
            3,
        ),
        (
            "Gunfire in Riverside",
            "Police said three separate shootings left nine people wounded across the city on Saturday. At a cookout "
            "on Fern Court, two teenagers were wounded in the legs.",
            2,
        ),
    ],
)  # fmt: skip
def test_a_round_up_sum_gives_way_to_one_shootings_figure(title: str, text: str, wounded: int) -> None:
    assert head_values(text, title)[1] == wounded


@pytest.mark.parametrize(
    ("title", "text", "wounded"),
    [
        ("Three shot on Linden Avenue", "Three people were shot on Linden Avenue early Sunday, police said. All three "
         "are expected to survive.", 3),
        # 'shootings' as a topic, not a count of several
        ("Shots on Ash Street", "Shootings in the city rose last year, and four people were wounded on Ash Street on "
         "Friday.", 4),
    ],
)  # fmt: skip
def test_a_figure_with_nothing_smaller_beside_it_stays(title: str, text: str, wounded: int) -> None:
    assert head_values(text, title)[1] == wounded


@pytest.mark.parametrize(
    ("sentence", "several"),
    [
        ("Two weekend shootings left one dead.", True),
        ("Seven hurt in shootings on the West Side.", True),
        ("A string of shootings rattled the block.", True),
        ("The shooting on Elm Street left one dead.", False),
        ("Shootings are down this year.", False),
    ],
)  # fmt: skip
def test_several_shootings_told(sentence: str, several: bool) -> None:
    assert tells_several_shootings(sentence) is several
