"""Places (round 37, places42): names that are no place, a ship's or a holiday's.

A ship is often named after a country or a town: after its noun ('the ship Bulgaria', 'the ferry Sewol') the name is
the vessel's, never where it sank. A holiday named for whom it honours ends on a word after a possessive ("a Mother's
Day party"): that word is no unknown place of its own. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed at a Mother's Day party on Sunday, police said.",
        "Three people were wounded at a Father's Day cookout, police said.",
        "A crash on New Year's Eve killed four people, troopers said.",
        "Three sailors died when the ship Bulgaria sank in a storm, officials said.",
        "Twelve people drowned after the ferry Panama capsized, the coast guard said.",
    ],
)
def test_a_holidays_or_ships_name_is_no_place(text: str) -> None:
    assert placed("en", text) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Two people were killed at a Mother's Day party in Memphis, police said.", "Memphis, TN"),
        ("Three sailors died when their ship sank off Bulgaria, officials said.", "Bulgaria"),
        ("A ferry capsized in Bangladesh, killing 12 people.", "Bangladesh"),
    ],
)
def test_the_place_beside_a_holiday_or_ship_is_still_read(text: str, label: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.label == label
