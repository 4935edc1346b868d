"""Per-article figures, round 28 (second wave): tolls told beside the article's own that are not its own. A national
or running toll to date ("Nationwide, the rains have left 30 dead since Thursday", "across the country"); an older
event's toll named in a comparison ("the deadliest attack since the 2019 bombing, in which 40 were killed"), dated or
not; those "in hospital" after a blast are the injured. And in titles and asides: "6 members of one family among
<Town> dead" counts no one person dead; a toll that "stays at" a figure after an earlier count ("officials had put
the toll at 27") is the current toll; "a father of seven", "a mother of two" is a family's size, no count. Sentences
of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.models import ArticleInput
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
        ("The blast killed 21 people and 81 people were in hospital, officials said.", (21, 81)),
        # the object of 'killed' and a count with a verb of its own after 'and' are two figures, not one group
        ("The blast killed 21 people and 81 others were injured, officials said.", (21, 81)),
        ("The gunman killed two men and three women on Friday.", (5, None)),
        ("The death toll from the explosion rose to 79, and 81 people were in hospital, the minister said.", (79, 81)),
        ("Two people died in the fire and six others were in hospital on Sunday.", (2, 6)),
        # still in hospital is a part of the hurt, not their count
        ("The blast killed 21 people and injured 90. Forty people are still in hospital.", (21, 90)),
        ("Three people died in hospital after the crash.", (3, None)),
    ],
)
def test_those_in_hospital_after_a_blast_are_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # a part told 'among <Town> dead' in a title: the town's dead, not one person who died
        (
            "Six members of the Ruiz family were among the 21 people killed at First Baptist Church, Sheriff Dan Roe "
            "said Monday.",
            "Sheriff: 6 members of one family among Maple Grove dead",
            (21, None),
        ),
        (
            "Two teachers were among the 19 people killed at Oak Ridge Elementary School, officials said.",
            "Two teachers among Round Rock dead",
            (19, None),
        ),
        # a toll that 'stays at' a figure after an earlier count is the current toll
        (
            "The state police said on Tuesday that 14 people died in the attack on the church, after some officials "
            "had put the toll at 15 by counting an unborn child separately.",
            "Church toll stays at 14, officials say, after earlier count of 15",
            (14, None),
        ),
        ("Officials said the death toll stayed at nine on Monday.", None, (9, None)),
    ],
)
def test_a_towns_dead_in_a_title_and_a_toll_that_stays(
    text: str, title: str | None, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The officer, a father of seven, was killed on Friday.", (1, None)),
        ("A mother of two was shot dead and three people were wounded.", (1, 3)),
        ("A grandmother of five was injured when the car hit the bus stop.", (None, 1)),
        ("A father of two young children was shot and killed on Friday at the mall.", (1, None)),
    ],
)
def test_a_parents_children_are_no_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


def test_none_of_the_injuries_is_how_bad_not_how_many() -> None:
    """'None of the injuries appear to be life-threatening' tells no count of the hurt (no wounded 0 claim)."""
    text = "Five people were wounded on the highway on Saturday. None of the injuries appear to be life-threatening."
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert [(c.metric, c.value) for c in claims] == [("wounded", 5)]
