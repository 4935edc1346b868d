"""'The number of <people> killed rose to N' for any kind of people the extractor knows (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_value


@pytest.mark.parametrize(
    ("text", "metric", "expected"),
    [
        # A count of one kind of people told as a toll phrase is the toll, like "the number of people killed"
        ("The number of miners killed in the colliery blast rose to 17.", "killed", 17),
        ("By Friday the number of pilgrims who died in the crush had risen to 14.", "killed", 14),
        ("The number of students injured in the stampede climbed to 30, the college said.", "wounded", 30),
        ("Officials said the number of villagers killed by the landslide now stands at 23.", "killed", 23),
        ("The number of Syrians killed in the flooding rose to 41.", "killed", 41),
        # With a people named by their country: alone, it is all the report tells
        ("The embassy said the number of Peruvian fishermen killed in the storm had reached 9.", "killed", 9),
        ("The number of people killed in the tram crash rose to 6.", "killed", 6),
    ],
)
def test_the_number_of_a_kind_of_people_is_a_toll(text: str, metric: str, expected: int) -> None:
    assert headline_value(text, metric) == expected


def test_a_peoples_count_beside_the_whole_toll_is_a_part() -> None:
    text = (
        "The embassy said the number of Peruvian fishermen killed in the storm had reached 9. "
        "The coast guard put the total number of dead at 31."
    )
    assert headline_value(text, "killed") == 31


def test_a_peoples_count_after_an_incidents_own_figure_is_over_many_incidents() -> None:
    text = "Shelling killed 8 people in the market, bringing the number of Syrians killed to 4,100."
    assert headline_value(text, "killed") == 8


def test_no_toll_of_things() -> None:
    assert headline_value("The number of houses destroyed by the storm rose to 120.", "killed") is None


def test_no_toll_of_those_who_did_it() -> None:
    assert headline_value("The number of gunmen killed in the raid rose to 5.", "killed") != 5


@pytest.mark.parametrize(
    "text",
    [
        "The number of Syrians killed in the shelling was not known.",
        "Relatives buried Afghans killed in the blast on Friday, witnesses said.",
    ],
)
def test_a_peoples_plural_name_is_no_one_persons_death(text: str) -> None:
    assert headline_value(text, "killed") is None


def test_a_surname_ending_in_s_is_still_one_person() -> None:
    assert headline_value("Police said Jenkins was killed in the crash.", "killed") == 1
