"""Places (round 32, places35): the place of reports that end up alone because their place is missing or wrong.

- A first-level division that a country calls a county ('Meru County' in Kenya, 'Bong County' in Liberia) is that
  division, as 'Sindh province' is Sindh.
- A headline word only towns abroad bear (the head of a school's name) is no place of a report set in another
  country; a report that names only the venue and the province it lies in is placed in that province.
- A town heading a girls' or boys' school's name ('Meru Boys High School') is the town.
Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("written", "label"),
    [("Meru County", "Meru"), ("Kisumu county", "Kisumu"), ("Bong County", "Bong")],
)
def test_a_first_level_division_called_a_county_abroad_is_that_division(written: str, label: str) -> None:
    loc = resolve_location(written)
    assert loc.kind == "province" and loc.label == label


def test_a_us_county_stays_the_us_county() -> None:
    loc = resolve_location("Travis County")
    assert loc.kind == "county" and loc.label == "Travis County, TX"


def test_a_headline_word_only_towns_abroad_bear_is_no_place_of_a_report_set_elsewhere() -> None:
    # 'Hillside' is a town of New York and of New Jersey; the school lies in a Kenyan county
    loc = placed(
        "en",
        "Twelve pupils died and nine were hurt when a fire swept through a dormitory at Hillside Kamuthi Academy in "
        "Meru County on Thursday night, police said.",
        "12 pupils die in Hillside Kamuthi Academy dormitory blaze",
    )
    assert loc is not None and loc.label == "Meru"


def test_a_town_heading_a_girls_schools_name_places_the_report() -> None:
    loc = placed(
        "en",
        "Fire destroyed a dormitory at Kitui Girls High School on Monday night. No student was hurt, the county "
        "commander said, and the school was closed for a week.",
        "Dormitory burns at girls' school",
    )
    assert loc is not None and loc.label == "Kitui, KE"
