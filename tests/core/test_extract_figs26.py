"""Per-article figures, round 26: the harmed listed by name as a verb's object ("Police identified the slain men as
...") and after a title with a full stop ("Sgt. Bo Diaz"); the rest of a counted group told hurt after some died
("Of the 120 on board, 40 died and the rest were injured"); others still in hospital after the toll when no injured
figure is told; "a second victim died" after the toll; figures police "had said" earlier in the day; ranges of ages
("who range in age from 16 to 40"); the hurt told as not by gunshot ("a fourth person suffered a non-gunshot injury");
"in total" between a count and its verb; a later death in the body after a title that counted the dead and the hurt
("2 dead, 6 hurt" then "a third victim died"); "N more were shot" after the dead; a crowd "hoping to be evacuated"
is no count of the displaced. Sentences of our own."""

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
        ("Police identified the slain men as Jose Ruiz, 34, and Marco Diaz, 27.", (2, None)),
        ("The coroner named the dead as Ann Lee and Bo Diaz, both of Erie.", (2, None)),
        ("The dead were identified as Sgt. Marco Diaz, 41, and Officer Ann Lee, 29.", (2, None)),
        ("Authorities identified the wounded as Police Officer Tia Brooks, Det. Dan Hale and Rob Finch.", (None, 3)),
        # a verb's object that tells no harm names no one harmed
        ("Police identified the men as Jose Ruiz and Marco Diaz.", (None, None)),
        ("Police named the suspects as Jose Ruiz and Marco Diaz.", (None, None)),
    ],
)
def test_the_harmed_named_as_an_object_or_after_a_title_are_counted(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 120 people on board, 40 died and the rest were injured.", (40, 80)),
        ("Of the 12 people shot, three were killed and the others were wounded.", (3, 9)),
        ("Of the 10 victims, two died, five were wounded and the rest were treated for shock.", (2, 5)),
        # the rest unharmed, or surviving, is no count of the hurt
        ("Of the 120 people on board, 40 died and the rest survived.", (40, None)),
        ("Of the 30 passengers, two were killed; the rest were unharmed.", (2, None)),
    ],
)
def test_the_rest_of_a_counted_group_is_counted_with_its_harm(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed in the shooting at the club. Nine others remain hospitalized.", (3, 9)),
        ("Two men were shot dead outside a bar on Friday. Four other people remain in critical condition.", (2, 4)),
        ("Two men died in the shooting. Four other victims remained hospitalized in stable condition.", (2, 4)),
        # an injured figure told is the figure; those still in hospital are a part of it
        ("Three people were killed and 12 wounded in the shooting. Nine others remain hospitalized.", (3, 12)),
        # with no 'others', those still in hospital may be a part of the dead's count or of the unsaid hurt
        ("Two men died in the shooting. Four remain hospitalized.", (2, None)),
    ],
)
def test_others_still_in_hospital_after_the_toll_are_the_injured_when_no_figure_is_told(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One man was killed and four people were wounded in the shooting on Friday. "
            "A second victim died Saturday, police said.",
            (2, 3),
        ),
        ("One person died and four were hurt. A second victim has died, police said.", (2, 3)),
        # the second of a toll already told is no death beyond it
        (
            "Two people were killed and four wounded. The first victim died at the scene; "
            "a second victim died at a hospital.",
            (2, 4),
        ),
    ],
)
def test_an_ordinal_victim_who_died_after_the_toll_was_one_of_the_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people died and nine were wounded. Earlier Sunday, police had said one person was killed and "
            "12 were injured.",
            (4, 9),
        ),
        (
            "Four people died and nine were wounded. Earlier this morning, officials had said two were killed and "
            "12 were injured.",
            (4, 9),
        ),
    ],
)
def test_figures_police_had_said_earlier_in_the_day_are_no_update(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were shot, three fatally. The injured, who range in age from 16 to 40, were taken to "
            "area hospitals.",
            (3, 8),
        ),
        (
            "Eleven people were shot, three fatally. The victims, with ages ranging from 16 to 40, were taken to "
            "area hospitals.",
            (3, 8),
        ),
        # a range of people is still a count
        ("Between 30 and 40 people were injured in the crash.", (None, 40)),
    ],
)
def test_a_range_of_ages_is_no_count_of_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man was killed and two were wounded. A fourth person suffered a non-gunshot injury.", (1, 2)),
        ("One man was killed and two were wounded. A fourth person suffered a non gunshot injury.", (1, 2)),
        ("Two people died and five were wounded. Three others had non-gunshot injuries.", (2, 5)),
    ],
)
def test_the_hurt_told_as_not_by_gunshot_are_no_part_of_the_shot(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people in total were shot, three fatally.", (3, 6)),
        ("Fourteen people in all were hurt in the crash.", (None, 14)),
        # "in all" before a noun is no total's mark
        ("Two people died in all the chaos.", (2, None)),
    ],
)
def test_in_total_between_the_count_and_its_verb_is_read_through(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "2 dead, 6 hurt in shooting at bar",
            "Three people are now dead after a shooting early Sunday at a bar. Police said a third victim died Monday. "
            "Five others remain hospitalized.",
            (3, 5),
        ),
        ("2 dead, 6 hurt in shooting at bar", "Police said a third victim died Monday after the shooting.", (3, 5)),
        # a title told after the death already is the count as it stands
        (
            "3 dead, 5 hurt in shooting at bar",
            "Three people were killed. Police said a third victim died Monday after the shooting at a bar.",
            (3, 5),
        ),
    ],
)
def test_a_later_death_in_the_body_was_one_of_the_hurt_the_title_counted(
    title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed and four more were shot at the party.", (2, 4)),
        ("One man was killed and three more people were shot in the attack.", (1, 3)),
        # those shot with the dead among them
        ("Five people were shot, and two were killed.", (2, 3)),
    ],
)
def test_more_shot_after_the_dead_are_the_hurt_besides_them(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "displaced"),
    [
        ("The city was in chaos as thousands of people massed at the gates hoping to be evacuated.", []),
        ("Thousands of people waited at the airport hoping to be evacuated.", []),
        ("Hundreds of residents were trying to be evacuated from the town.", []),
        ("About 2,000 residents were evacuated as the fire spread.", [2000]),
        ("Six hundred people living near the plant had to be evacuated.", [600]),
    ],
)
def test_people_hoping_to_be_evacuated_are_no_displaced_count(text: str, displaced: list[int]) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert [c.value for c in claims if c.metric == "displaced"] == displaced
