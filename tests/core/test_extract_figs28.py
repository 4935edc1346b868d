"""Per-article figures, round 28: the hurt counted one person at a time across sentences, with no figure for them
all ("A man was shot in the arm. A woman was also shot."), without counting twice those a figure or the dead
already cover. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in the arm on Elm Street. A woman was also shot, police said.", (None, 2)),
        ("Tom Ruiz was pronounced dead at the scene. His son was shot in the hip. Another man, 30, also suffered a "
         "gunshot wound.", (1, 2)),
        ("Her father was shot four times and her brother was also struck.", (None, 2)),
        ("One man was shot in the knee and another was shot in the foot, deputies said.", (None, 2)),
        ("A man was killed early Sunday. A woman was also shot.", (1, 1)),
        ("A teen was shot Friday. A woman was also shot. She died at the hospital.", (1, 1)),
        # the one shot first is the one who died later: the woman is the only one hurt
        ("A man was shot Friday. He later died at a hospital. A woman was also shot.", (1, 1)),
        # the same person shot twice over is one
        ("A man was shot in the chest Friday. He was also shot in the leg.", (None, 1)),
        # a figure for them all already counts them
        ("Two people were shot Sunday. A man was shot in the leg. A woman was also shot in the arm.", (None, 2)),
        # 'another' after the dead, told again further on, is still one person
        ("One person was killed and another was wounded Friday night on Oak Street. Officers arrived to find the "
         "victims near a car. Another person who was wounded was taken to a hospital.", (1, 1)),
    ],
)
def test_the_hurt_counted_one_by_one_are_summed(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 19-year-old man was shot in the leg on Main Street. A woman, 23, was grazed by a bullet.", (None, 2)),
        ("A boy was shot in the hand. A 16-year-old girl was wounded in the leg.", (None, 2)),
        ("A man was shot and killed Friday. A woman was shot in the arm.", (1, 1)),
        ("A man was shot Friday. He later died. A woman was shot in the arm.", (1, 1)),
        # the same sex told again, or a person of no told sex, may be the one told before
        ("A man was shot Friday night. A 25-year-old man was shot in the chest.", (None, 1)),
        ("A teen was shot Friday. A woman was shot in the arm.", (None, 1)),
    ],
)
def test_a_person_of_the_other_sex_told_with_a_is_one_more(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


_FILLER = (
    " Neighbors said they heard at least eight shots and saw a dark sedan speed away toward the highway. Detectives"
    " spent the night canvassing the block and collecting shell casings from the sidewalk and the front lawn. The"
    " family moved to the street two years ago, a neighbor said, and the children attend the school nearby. Police"
    " asked anyone with video from doorbell cameras to come forward. The city has seen a rise in drive-by shootings"
    " this year, according to police data, and the mayor has promised more patrols. Church and school leaders plan"
    " a vigil at the park on Sunday evening, and a fund for the family had raised several thousand dollars by noon."
)


def test_a_death_told_paragraphs_after_the_hurt_is_not_one_of_them() -> None:
    text = (
        "Rosa Vega was shot in the back outside her home on Pine Street. Her son was also struck by a bullet."
        f"{_FILLER} Luis Ortiz was killed on the same block in March, and no arrest has been made in that case."
    )
    assert headline_figures(text, published_at=_DAY)[1] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were shot and killed and a fourth was wounded.", (3, 1)),
        ("Two people were killed and a third was critically injured in a crash on Route 9.", (2, 1)),
        ("Two men were shot dead and a third was in critical condition.", (2, 1)),
        # a bare ordinal with no count of one fewer before it is a share, or someone counted already
        ("Nine people were hurt and a third were hospitalized.", (None, 9)),
        # one more who died is one more dead
        ("Two people were killed and a third died later at a hospital.", (3, None)),
    ],
)
def test_a_bare_ordinal_after_a_count_of_one_fewer_is_one_more_person(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 15-year-old boy was shot and killed Sunday. Another teen, also 15, was shot in the foot.", (1, 1)),
        ("Five people were shot at a block party. None of the injuries appeared to be life-threatening.", (None, 5)),
        ("Four men were shot outside a bar. None of the victims' wounds are life-threatening.", (None, 4)),
        # 'none' of the people is still no one
        ("The bus crashed, but none of the passengers were hurt.", (None, 0)),
        ("Two people were shot and none of them died.", (0, 2)),
    ],
)
def test_an_age_after_also_and_none_of_the_wounds_are_no_counts(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, one of the shootings on the block was a homicide. Five people were shot at a cookout Sunday. "
         "None of the injuries appeared to be life-threatening.", (None, 5)),
        ("Police are investigating a homicide nearby. Three people were shot on Elm Street. All of them are "
         "expected to survive.", (None, 3)),
        # with death words and no word that all live, the split of those shot is unknown
        ("Police are investigating a homicide nearby. Three people were shot on Elm Street.", (None, None)),
    ],
)
def test_everyone_shot_is_wounded_when_the_text_says_all_survive(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were shot at the fair, including two teens, and one of them died.", (1, 6)),
        ("Seven people were shot at the fair on Sunday, including two teens. One of them died.", (1, 6)),
        ("Seven people were shot at the fair, including three women, one of whom died.", (1, 6)),
        # a part of the dead, or the hurt's own condition, is no toll
        ("Twelve people were killed, including five children, two of whom were girls.", (12, None)),
        ("Six people were shot, including two teens, one of whom was in critical condition.", (None, 6)),
    ],
)
def test_a_death_among_a_part_of_those_shot_is_the_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man died at the scene. Two women were also shot and are expected to survive.", (1, 2)),
        ("A man was killed in the shooting on Grant Avenue. Two teenagers were also shot.", (1, 2)),
        ("One man died. Rob Finch and Tia Brooks were also shot and are expected to survive.", (1, 2)),
        # with no death told before, 'also' adds nothing to split off
        ("Five people were shot. Two women were also shot in the leg.", (None, 5)),
    ],
)
def test_those_also_shot_after_the_dead_are_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Sheriff: 3 of one family among Elm Grove dead",
         "Three members of the Diaz family were among the 9 people killed at First Baptist Church, Sheriff Ann Lee "
         "said Monday.", (9, None)),
        (None, "Police said 12 people were shot at First and Main, and one man was killed at Pine Street.", (1, 11)),
        # 'at first' of an earlier report is still one
        (None, "At first, police said five people were killed. Officials later said four people died.", (4, None)),
    ],
)
def test_a_name_opening_with_first_is_no_earlier_report(
    title: str | None, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected
