"""Per-article headline figures (issue #11), tenth session: multi-figure shooting and disaster reports. A figure
taken back in the same sentence without a comma, the hurt who died later when no toll was told before them, and a
toll raised by one of the hurt dying. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police initially reported 4 dead but later said 3 people had died and one was in critical condition.",
            (3, 1),
        ),
        ("Deputies had earlier said six people were wounded and now say five were hurt in the shooting.", (None, 5)),
        (
            "The sheriff's office originally put the toll at 7 but then said 6 people were killed in the crash on the "
            "interstate.",
            (6, None),
        ),
        # no later statement after the joiner: both figures stand as told
        ("Police initially said two people were killed and three were wounded at the park.", (2, 3)),
    ],
)
def test_a_figure_taken_back_by_a_later_clause_without_a_comma(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were injured when a gas tank blew up at a roadside diner, police said. Two of the injured "
            "have since died, the hospital said.",
            (2, 9),
        ),
        (
            "Six people were wounded in a drive-by shooting on Maple Street on Friday night. One of them died in "
            "hospital on Saturday.",
            (1, 5),
        ),
    ],
)
def test_the_hurt_who_died_are_the_toll_when_no_toll_was_told(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A shooting at a park in Fresno left one dead and five wounded. One of the wounded died later at the "
            "hospital, bringing the death toll to two.",
            (2, 4),
        ),
        (
            "Two men were killed and six people were hurt when gunfire broke out at a car show. On Monday one of the "
            "injured died of his wounds, raising the toll to three, police said.",
            (3, 5),
        ),
        # a toll raised with no word of the hurt dying: the hurt stand as told
        (
            "A shooting at a park in Fresno left one dead and five wounded. A man found later in a nearby car also "
            "died at the hospital, bringing the death toll to two.",
            (2, 5),
        ),
    ],
)
def test_a_toll_raised_by_one_of_the_hurt_dying_leaves_fewer_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected
