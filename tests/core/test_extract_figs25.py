"""Per-article figures, round 25: a toll said to rise by an amount with no new figure, after a toll told for a day;
deaths told as a community's loss ("we have lost 14 of our citizens"); the harmed listed by name after a head that
says their harm ("The dead were identified as ..."); a side's breakdown with a qualified figure (", with more than 17
deaths on ..."); a count of people shot that "has since risen to nine"; "A second victim has died" after the hurt were
counted; the hurt told before a death verb with its own count ("treated in hospital after the quake killed 37"); the
dead after "while" are not among the hurt; the hurt counted among a group rescued after a semicolon. Sentences of our
own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were killed on Monday. By Tuesday the toll had risen by five.", (17, None)),
        ("Nine people died in the blaze on Friday night. The death toll rose by three overnight.", (12, None)),
        (
            "Twelve people were killed in the attack on Monday. By Tuesday the number of dead had climbed by four.",
            (16, None),
        ),
        # the rise told with its new figure is that figure, not a sum
        ("Twelve people were killed on Monday. On Tuesday the toll rose by five to 17.", (17, None)),
        # a toll told for no day may count the rise already (figs23's guard)
        ("At least 44 people died in the floods. The number of dead rose by 12 on Tuesday.", (44, None)),
        # a rise in a share is no more dead
        ("Eight people were killed on Sunday. The toll rose by 20 percent from last year's storm.", (8, None)),
    ],
)
def test_a_toll_risen_by_an_amount_adds_to_the_toll_told_for_a_day(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have lost 14 of our citizens in this senseless attack, the mayor said.", (14, None)),
        ("The town has lost 9 of its residents to the fire.", (9, None)),
        ("We lost 23 of our neighbours in the flood, the governor said.", (23, None)),
        # a loss of things, or of games, is no death
        ("The team lost 3 of its last 4 games before the shooting at the stadium.", (None, None)),
        ("We lost 14 homes in the fire, the fire chief said.", (None, None)),
        ("He lost 2 of his fingers when the firework exploded, and was taken to hospital.", (None, None)),
    ],
)
def test_a_community_that_lost_some_of_its_people_counts_its_dead(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead were identified as Jose Ruiz, 34, and Marco Diaz, 27. Four other people were wounded.", (2, 4)),
        ("Those killed were identified as Jose Ruiz, 34, Marco Diaz, 27, and Ann Lee, 19.", (3, None)),
        ("Killed were Jose Ruiz, 34, and Marco Diaz, 27, both of Erie.", (2, None)),
        ("The wounded were identified as Ana Ortiz, 22, and Mark Lee, 31. No one was killed.", (0, 2)),
        ("Injured were Tia Brooks, Dan Hale, Rob Finch and Lee Moss, police said on Sunday.", (None, 4)),
        # the names of some of a count told before do not replace it
        (
            "Three people were killed in the shooting. The dead were identified as Jose Ruiz, 34, and Marco Diaz, 27. "
            "The third victim has not been named.",
            (3, None),
        ),
        # places after the harmed are no names of people
        ("Four people were wounded. The injured were taken to Mercy Hospital and Grant Medical Center.", (None, 4)),
    ],
)
def test_the_harmed_listed_by_name_are_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 47 people have died in the floods, with more than 17 deaths on the western bank and 30 in areas "
            "held by the rebels.",
            (47, None),
        ),
        ("At least 60 people were killed in the quake, with at least 16 deaths in rebel-held areas.", (60, None)),
        ("More than 90 people died in the storm, with about 40 deaths in the government-held north.", (90, None)),
    ],
)
def test_a_qualified_breakdown_after_the_whole_leaves_the_whole_its_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said five people had been shot. That number has since risen to nine.", (None, 9)),
        (
            "Police said five people had been shot at the party. By Sunday morning that number had climbed to eight.",
            (None, 8),
        ),
        (
            "Initially police said five people had been shot. That number later grew to nine, including one man who "
            "died.",
            (1, 8),
        ),
        # one of those shot is no count the city's homicides take up
        (
            "Three women and two men were injured in the shooting. One of the wounded later died at the hospital. "
            "His death was the 35th homicide of the year. That number has since risen to 37.",
            (1, 4),
        ),
    ],
)
def test_that_number_takes_up_a_count_of_people_shot(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting left one man dead and four people injured. UPDATE: A second victim has died.", (2, 3)),
        ("Police said one person was killed and three were wounded. A second man has died, his family said.", (2, 2)),
    ],
)
def test_an_ordinal_victim_who_has_died_was_one_of_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 500 people were treated in hospital, the ministry said after the quake killed 37.", (37, 500)),
        ("About 80 people were treated at hospitals after the explosion killed 12.", (12, 80)),
        ("Some 40 people were taken to hospital after the bus crash that killed nine.", (9, 40)),
        ("Five people were hurt when the roof collapsed, which killed at least 12 more.", (12, 5)),
        # a time after the death verb is no count of its own: the one shot died
        ("Ken Blake, 23, was shot in the head and taken to a hospital, where he died at 2:07 p.m.", (1, None)),
    ],
)
def test_the_hurt_before_a_death_verb_with_its_own_count_stay_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 200 people sustained injuries, 14 of whom remain in critical condition, while 6 people lost their "
            "lives.",
            (6, 200),
        ),
        ("Some 90 people were hurt, dozens of whom were burned, whereas 8 died in the fire.", (8, 90)),
        # one of the hurt who died is still counted out of them
        ("Five people were injured, one of whom later died in hospital.", (1, 4)),
    ],
)
def test_the_dead_after_a_contrast_are_not_among_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The collapse killed 11 workers; another 23 were rescued alive, 9 of them injured.", (11, 9)),
        ("The fire killed two crew members; the other 40 passengers were evacuated, 6 of whom were hurt.", (2, 6)),
        # a part of the dead after the semicolon stays a part
        ("Four pilgrims died on Friday; only two of them in the stampede.", (4, None)),
    ],
)
def test_the_hurt_of_a_group_rescued_after_a_semicolon_are_the_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
