"""Place words that are data (round 24's findings): Persian nouns for the people a report counts that are also a
village's name, and US states as other languages write them ('Misuri', 'Pensilvânia'). Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        # "مهاجران" (migrants) and "پناهجویان" (asylum seekers) are who died, not the Iranian village Mahājerān
        ("fa", "دست کم ۴۰ نفر از مهاجران در غرق شدن یک قایق در نزدیکی سواحل لیبی جان باختند.", "LY"),
        ("fa", "۱۲ نفر از پناهجویان در آتش‌سوزی یک اردوگاه در یونان کشته شدند.", "GR"),
        # `data/exonyms.tsv` rows naming a state: 'Misuri' is Missouri, not a town named after it
        ("es", "Un tiroteo en una escuela de Misuri dejó al menos cinco muertos este martes.", "US-MO"),
        ("pt", "Um tiroteio na Pensilvânia deixou seis mortos e dez feridos, informou a polícia.", "US-PA"),
        ("de", "Bei einem Tornado in Nordkarolina sind mindestens sieben Menschen ums Leben gekommen.", "US-NC"),
    ],
)
def test_a_place_word_of_the_data_places_the_report(language: str, text: str, region: str) -> None:
    location = placed(language, text)
    assert location is not None and location.region == region, location


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Misuri", "US-MO"), ("Luisiana", "US-LA"), ("Nuevo México", "US-NM"), ("Floride", "US-FL"),
        ("Californie", "US-CA"),
    ],
)
def test_a_us_states_other_name_resolves_to_the_state_not_a_town_named_after_it(written: str, region: str) -> None:
    location = resolve_location(written)
    assert location.kind == "state" and location.region == region, location
