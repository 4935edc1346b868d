"""Per-article figures, round 28 (second wave): tolls told beside the article's own that are not its own. A national
or running toll to date ("Nationwide, the rains have left 30 dead since Thursday", "across the country"); an older
event's toll named in a comparison ("the deadliest attack since the 2019 bombing, in which 40 were killed"), dated or
not; those "in hospital" after a blast are the injured. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flooding of the tunnel killed 11 people, officials said. Nationwide, the rains have left 30 dead "
            "and 4 missing since Thursday.",
            (11, None),
        ),
        (
            "The flood in the underpass killed nine people, officials said. Across the country, 30 people have "
            "died since Thursday.",
            (9, None),
        ),
        (
            "Nine people died in the landslide in the village. Since Thursday, storms have killed 33 people across "
            "the country, the ministry said.",
            (9, None),
        ),
        (
            "A bus plunged into a gorge on Monday, killing 14 passengers. Nationally, road crashes have killed "
            "2,100 people so far this year.",
            (14, None),
        ),
        # the national toll told first is the article's own
        ("Nationwide, the storm has killed 41 people since Thursday, the ministry said.", (41, None)),
        (
            "Across the country, the earthquake killed 912 people. In the town of Alba, 40 died when a school "
            "collapsed.",
            (912, None),
        ),
    ],
)
def test_a_national_toll_to_date_beside_the_events_own_is_not_its_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


_BACKGROUND_TOLLS = [
    "Twelve people were killed on Tuesday, the deadliest attack since the 2019 bombing, in which 40 soldiers were "
    "killed.",
    "Twelve people were killed on Tuesday. It was the worst attack in the region since the 2019 bombing, in which "
    "40 soldiers died.",
    "Gunmen killed 12 villagers on Tuesday, the bloodiest raid since the 2019 ambush, in which 40 police were "
    "killed.",
]


@pytest.mark.parametrize("text", _BACKGROUND_TOLLS)
@pytest.mark.parametrize("published_at", [_DAY, None])
def test_an_older_events_toll_in_a_comparison_is_background_dated_or_not(
    text: str, published_at: datetime | None
) -> None:
    assert headline_figures(text, published_at=published_at) == (12, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed 21 people on Friday, and 81 people were in hospital, officials said.", (21, 81)),
        ("The death toll from the explosion rose to 79, and 81 people were in hospital, the minister said.", (79, 81)),
        ("Two people died in the fire and six others were in hospital on Sunday.", (2, 6)),
        # still in hospital is a part of the hurt, not their count
        ("The blast killed 21 people and injured 90. Forty people are still in hospital.", (21, 90)),
        ("Three people died in hospital after the crash.", (3, None)),
    ],
)
def test_those_in_hospital_after_a_blast_are_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
