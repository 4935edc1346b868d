"""Competing claimants, round 37 (English). Sentences of our own.

Two sources give one incident's figure side by side, the authorities and others (organisers, residents,
activists): the official figure is the headline, the other an alternative, whichever is larger or told later. A
later update of the same source still wins; figures told far apart are not set against each other here."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 12 people were injured, while organisers put the number at 20.", (None, 12)),
        ("Police said 12 people were injured. Organisers put the number at 20.", (None, 12)),
        ("Officials said 85 people died; residents say at least 120 were killed.", (85, None)),
        ("Residents say at least 120 people were killed in the flood. Officials said 85 people died.", (85, None)),
        (
            "Activists said 40 protesters were killed in the crackdown, while the interior ministry said 17 died.",
            (17, None),
        ),
    ],
)
def test_the_official_figure_beside_another_claimants(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same source's later figure is its update
        ("Police said 12 people were injured. Later, police said 15 people were injured.", (None, 15)),
        # one claimant alone keeps its figure
        ("Organisers said 20 people were injured when the stage collapsed.", (None, 20)),
        ("Residents say at least 120 people were killed in the flood.", (120, None)),
    ],
)
def test_one_claimants_figures_stand(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
