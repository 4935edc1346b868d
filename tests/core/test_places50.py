"""Places (round 40, places50): a word of a headline that is also a US state's abbreviation.

- "Mass shooting at ...", "Miss America ...": the word, not Massachusetts or Mississippi; the state only when
  written as its abbreviation, with its period ("Mass. man dies") or after a town and its comma
  ("Springfield, Mass").
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mass shooting at a house party",
            "Police are at the scene of a shooting on a quiet street, a spokesman said.",
        ),
        ("MASS SHOOTING AT BIRTHDAY PARTY", "Officers were called to a home after neighbours heard gunfire."),
        ("Miss America runner-up hurt in crash", "The woman was taken to hospital after her car left the road."),
        ("Mass evacuation ordered as river rises", "Residents were told to leave their homes before nightfall."),
    ],
)
def test_a_word_is_no_state(title: str, text: str) -> None:
    loc = placed("en", text, title)
    assert loc is None or loc.kind != "state", loc


@pytest.mark.parametrize(
    ("title", "text", "region"),
    [
        (
            "Mass. man dies in crash on the turnpike",
            "A man died after his car hit a barrier, troopers said.",
            "US-MA",
        ),
        ("Shooting in Springfield, Mass", "A man was hurt in a shooting, officers said.", "US-MA"),
        ("Miss. woman killed in house fire", "A woman died when fire swept through her home overnight.", "US-MS"),
    ],
)
def test_an_abbreviation_is_the_state(title: str, text: str, region: str) -> None:
    loc = placed("en", text, title)
    assert loc is not None and loc.region == region, loc


def test_a_word_leaves_the_town_of_the_body() -> None:
    loc = placed(
        "en",
        "Four people were killed and nine were hurt when gunmen opened fire outside a lounge in Birmingham, Alabama, "
        "early Sunday, police said.",
        "Mass shooting leaves four dead",
    )
    assert loc is not None and loc.label == "Birmingham, AL", loc
