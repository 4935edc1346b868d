"""Places (round 40, places48): a town read in the wrong country or state.

- A town whose name the world shares ("Birmingham", "Florence"), with no state beside it, in a US local report
  that names a county by its word ("the Jefferson County coroner", "Lauderdale County deputies"): the county says
  the country, and the state where both have a place of their name, not the world's biggest namesake.
- A small town of one state, named beside a county of another state it shares with no other ("Ford City" and "an
  Armstrong County judge"): the town of the county's state.
- A compass word before a big city's name ("North Baltimore") in a text naming the city's state: the city's side,
  not a small town of that name in another state (North Baltimore, Ohio); a town that is one in the text's state
  ("East Cleveland" beside Ohio, "North Augusta" beside South Carolina) keeps its name.
- A US state's name a country shares (Georgia), beside the state's own agency ("the Georgia State Patrol said"): the
  state, not the country.
- Arabic writes 'in' joined to a town's name ('بعمّان'): placed as after 'في', Amman, not Oman (whose name Amman's
  is written as without its shadda).
Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        (
            None,
            "One man died and three were hurt in a shooting near a gas station in Birmingham on Friday night, police "
            "said. Officers found the victims on 3rd Avenue North. The Jefferson County coroner identified the man.",
            "Birmingham, AL",
        ),
        (
            "Man killed in Florence shooting",
            "A 24-year-old man was shot and killed Sunday night on Seminole Avenue, police said. The Lauderdale County "
            "coroner confirmed the death.",
            "Florence, AL",
        ),
        (
            None,
            "A father will serve probation after his young son was wounded by a pistol left on a kitchen table at "
            "their home in Ford City. An Armstrong County judge accepted the plea on Tuesday.",
            "Ford City, PA",
        ),
    ],
)
def test_a_county_named_by_its_word_says_which_namesake_the_town_is(title: str | None, text: str, label: str) -> None:
    loc = placed("en", text, title)
    assert loc is not None and loc.label == label


def test_a_town_named_alone_keeps_the_world_city() -> None:
    loc = placed("en", "Two tourists were hurt when a scooter hit them near the cathedral in Florence on Sunday.")
    assert loc is not None and loc.label == "Florence, IT"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Man arrested in Baltimore shooting that killed two",
            "Police arrested a man in the Monday shooting in North Baltimore that left two dead and one injured, "
            "Maryland State Police said.",
        ),
        (
            None,
            "A shooting in North Baltimore left two people dead and one hurt on Monday night, police said. Maryland "
            "officials asked for tips.",
        ),
    ],
)
def test_a_side_of_the_states_city_is_that_city_not_a_town_of_another_state(title: str | None, text: str) -> None:
    loc = placed("en", text, title)
    assert loc is not None and loc.label == "Baltimore, MD"


@pytest.mark.parametrize(
    ("written", "country", "admin1", "label"),
    [
        ("North Baltimore", "US", "MD", "Baltimore, MD"),
        ("North Baltimore", None, None, "North Baltimore, OH"),
        ("North Augusta", "US", "SC", "North Augusta, SC"),
        ("East Cleveland", "US", "OH", "Cleveland, OH"),
    ],
)
def test_a_compass_name_is_the_hinted_states_city_only_when_no_town_of_it_lies_there(
    written: str, country: str | None, admin1: str | None, label: str
) -> None:
    assert resolve_location(written, country, admin1).label == label


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in a crash on Interstate 95 in Georgia, the Georgia State Patrol said.",
        "Two men were shot dead in Georgia on Saturday, the Georgia Bureau of Investigation said.",
    ],
)
def test_a_states_agency_makes_its_name_the_state_not_the_country(text: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.region is not None and loc.region.startswith("US-GA")


def test_georgia_alone_is_the_country() -> None:
    loc = placed("en", "Three people were killed in a landslide in Georgia, the interior ministry in Tbilisi said.")
    assert loc is not None and (loc.region or "").startswith("GE")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("قتل ثلاثة أشخاص وأصيب خمسة آخرون في حادث سير بعمّان صباح اليوم.", "Amman, JO"),
        ("قتل ثلاثة أشخاص وأصيب خمسة آخرون في حادث سير في عمّان صباح اليوم.", "Amman, JO"),
        ("قتل ثلاثة أشخاص في حادث سير في سلطنة عمان.", "Oman"),
    ],
)
def test_a_town_after_a_joined_arabic_locative_is_placed(text: str, label: str) -> None:
    loc = placed("ar", text)
    assert loc is not None and loc.label == label
