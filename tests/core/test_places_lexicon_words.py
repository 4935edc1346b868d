"""Place words that are lexicon data (round 24's findings): Persian nouns for the people a report counts that are
also a village's name. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        # "مهاجران" (migrants) and "پناهجویان" (asylum seekers) are who died, not the Iranian village Mahājerān
        ("fa", "دست کم ۴۰ نفر از مهاجران در غرق شدن یک قایق در نزدیکی سواحل لیبی جان باختند.", "LY"),
        ("fa", "۱۲ نفر از پناهجویان در آتش‌سوزی یک اردوگاه در یونان کشته شدند.", "GR"),
    ],
)
def test_a_lexicons_place_words_place_the_report(language: str, text: str, region: str) -> None:
    location = placed(language, text)
    assert location is not None and location.region == region, location
