"""Places (round 37, places42): Ukraine's oblasts as English news spells them from Ukrainian.

GeoNames keeps the older names of the oblasts (Kiev, Odessa, Transcarpathia). 'Kyiv Oblast' was read as Kyiv city's own
ISO province, 'Odesa Oblast' as no place at all. The oblast is GeoNames' oblast, the key its other spellings give;
the city keeps its name. Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Kyiv Oblast", "province:UA.13"),
        ("Kyiv region", "province:UA.13"),
        ("Kiev Oblast", "province:UA.13"),
        ("Odesa Oblast", "province:UA.17"),
        ("Zakarpattia Oblast", "province:UA.25"),
        ("Kyiv", "city:703448"),
        ("Odesa", "city:698740"),
    ],
)
def test_an_oblast_by_its_ukrainian_spelling(written: str, key: str) -> None:
    assert resolve_location(written).key == key


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A drone strike in the Kyiv region killed three people overnight, officials said.", "Kiev"),
        ("Two people were killed when a missile hit a village in Odesa Oblast, the governor said.", "Odessa"),
        ("A missile strike on Kyiv killed three people, the mayor said.", "Kyiv, UA"),
    ],
)
def test_a_report_from_an_oblast_is_the_oblasts(text: str, label: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.label == label
