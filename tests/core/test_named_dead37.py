"""The dead counted by their names, round 37 (English). Sentences of our own.

A text that tells its toll only as the victims identified or named ("All 23 victims have now been identified")
counts its dead so, when it says they died or tells of no one hurt; "victims" identified beside the wounded may
take in the hurt and tell no death toll."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fire swept through a hostel in Darnley on Sunday. All 23 victims have now been identified, police said.",
            (23, None),
        ),
        (
            "Police name the seven victims of Saturday's crash on Route 9. The coroner said all died at the scene.",
            (7, None),
        ),
        ("The names of the six victims were released by the county coroner on Monday.", (6, None)),
        (
            "A bus plunged off a bridge in Harlow on Friday. Police named the 12 victims on Sunday; their bodies were"
            " recovered from the river.",
            (12, None),
        ),
    ],
)
def test_the_victims_identified_are_the_dead(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# A title that names the victims, its body telling of the people killed one by one
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Police name the nine victims of Marlow mall attack",
            "Police on Monday released the names of the people killed at the Marlow mall. They include a retired"
            " teacher, 71, and a nurse, 45.",
            (9, None),
        ),
        (
            "Police name the four victims of Elmwood party shooting",
            "All four victims were shot in the legs and are expected to recover, police said.",
            (None, 4),
        ),
    ],
)
def test_a_title_naming_the_victims(title: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire at a party in Elmwood on Saturday. Police have identified the four victims, all of whom"
        " were shot in the legs and are expected to survive.",
        "A gunman opened fire at a party in Elmwood on Saturday. Police have identified the four victims. Two of them"
        " were taken to hospital with wounds.",
        "Three people were shot outside a bar in Kelby late Friday. Police identified the three victims on Saturday.",
    ],
)
def test_victims_identified_beside_the_hurt_tell_no_toll(text: str) -> None:
    assert headline_figures(text, published_at=_DAY)[0] is None
