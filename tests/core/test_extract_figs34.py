"""Per-article figures, round 31: an older event told after the news's own toll in the same sentence ("..., on the
anniversary of a 1985 quake that killed thousands") leaves the toll the news's own; the dead of one kind told after
"among the" ("Among the 14 students killed were ...") are a part; those still in hospitals named by place are no
injured total; a person told with a relative clause ("A woman who was with him was shot") is one hurt; "the number
of people who are dead (or presumed dead)" is a toll. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strong earthquake killed at least 140 people in the south on Tuesday, flattening homes in the port on"
            " the anniversary of a 1985 quake that killed thousands. Oaxaca state reported 61 dead.",
            (140, None),
        ),
        (
            "A gunman killed five people at a school on Monday, nearly 20 years after a 1999 shooting at another school"
            " killed 13.",
            (5, None),
        ),
        (
            "Floods killed 40 people in the valley on Sunday, two decades after a 2004 flood there killed hundreds.",
            (40, None),
        ),
        (
            "The blast killed 12 workers on Friday, ten years to the day after an explosion at the same plant killed"
            " 30.",
            (12, None),
        ),
        (
            "A ferry capsized on Monday, killing 30 people, on the 25th anniversary of the 1999 sinking that killed"
            " 300.",
            (30, None),
        ),
    ],
)
def test_an_older_event_told_after_the_toll_leaves_it_the_news_own(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1999, a quake of the same size killed 17,000 people.", (None, None)),
        ("The 2004 tsunami killed 230,000 people.", (None, None)),
        ("A cyclone killed at least 80 people on the coast on Monday. Khulna district reported 31 deaths.", (80, None)),
        ("Floods have killed 210 people across the country. Sindh province alone reported 120 dead.", (210, None)),
        ("The storm killed 45 people in three states. Officials in Texas said the toll there rose to 20.", (45, None)),
        ("A quake killed 119 people in central Mexico. In Morelos state, 54 people died.", (119, None)),
    ],
)
def test_an_older_event_or_a_regions_part_is_no_headline(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A coach was shot as he shielded students. Among the 14 students killed were Ana Ruiz, 14, and Bo Diaz, 15.",
        "Among the three foreigners killed was a French tourist.",
        "Among the six children who died in the fire were two sisters.",
        "Among the 12 wounded officers was a sergeant who had joined the force in May.",
    ],
)
def test_the_dead_of_one_kind_among_are_a_part(text: str) -> None:
    assert headline_figures(text, published_at=_DAY) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the 14 people killed were two teachers.", (14, None)),
        ("Among the 14 killed were two teachers.", (14, None)),
        ("Among the nine victims who died were two brothers.", (9, None)),
        ("A gunman killed 14 people. Her cousin was among the 14 killed on Wednesday, he said.", (14, None)),
        ("A gunman killed 17 people at the school. Among the 14 students killed were Ana Ruiz and Bo Day.", (17, None)),
        ("A gunman killed two people. Among the dead were 3 children.", (2, None)),
    ],
)
def test_everyone_among_is_the_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Nineteen people wounded in Friday's attack remained in Elmwood and Riverside hospitals on Sunday, 8 of"
            " them in critical condition. A hospital said it had discharged most of the patients it received after"
            " the shooting that killed 9.",
            None,
            (9, None),
        ),
        ("Eight people hurt in a crash were still being treated at Mercy Hospital and St. Paul's.", None, (None,) * 2),
        ("Six people injured in the fire remained in the hospital on Saturday.", None, (None, None)),
        ("A gunman killed 9 people at a cinema on Friday.", "19 cinema shooting victims still in hospital", (9, None)),
        ("A gunman killed two people on Friday.", "Five shooting victims remain in hospital", (2, None)),
    ],
)
def test_those_still_in_hospital_are_no_injured_total(
    text: str, title: str | None, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty people were wounded in the attack, and 12 remain in hospital.", (None, 20)),
        ("Five people were injured in the crash in Elmwood and Riverside hospitals said three remain.", (None, 5)),
        ("Four people were shot and three remain hospitalized.", (None, 4)),
    ],
)
def test_the_hurt_told_before_those_still_in_hospital_stay(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 31-year-old man was shot and killed Saturday night outside a bar, police said. A woman who was with him"
            " was shot in the leg and taken to a hospital.",
            (1, 1),
        ),
        ("A man who lived nearby was wounded by a stray bullet.", (None, 1)),
        ("A teenager who was walking home from school was shot in the leg on Tuesday.", (None, 1)),
        ("A woman who tried to help the victims was injured.", (None, 1)),
        ("A man was killed Friday. A second man, who was sitting in the car, was shot in the hand.", (1, 1)),
    ],
)
def test_a_person_told_with_a_relative_clause_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A woman who was with him was not hurt.",
        "A man who fired at officers was shot.",
        "Police said the man who robbed the store was wounded.",
        "Lee, who was 59, had shot at the car before he fled.",
    ],
)
def test_a_relative_clause_of_an_armed_act_or_no_harm_counts_no_one(text: str) -> None:
    assert headline_figures(text, published_at=_DAY) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people who are dead or presumed dead after the fire has risen to 64, police said.", (64, None)),
        ("The number of people who are dead after the blast has risen to 23.", (23, None)),
        ("The number of people who are now confirmed dead stands at 31.", (31, None)),
    ],
)
def test_the_number_of_people_who_are_dead_is_a_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coach Tom Reyes, 37, was shot as he shielded pupils. Art teacher Lena Moss, 41, was killed in her classroom."
        " Among the 12 students killed were Ana Ruiz, 14, and Bo Diaz, 15.",
        "A nurse was killed at the clinic on Friday, police said. Among the dead were four children.",
    ],
)
def test_one_victim_beside_a_larger_part_is_no_toll(text: str) -> None:
    assert headline_figures(text, published_at=_DAY)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nurse was killed at the clinic on Friday. Among the 12 wounded officers was a sergeant.", (1, None)),
        ("A man was shot and killed on Friday. Two of his friends were at the scene.", (1, None)),
        ("Three people were killed on Friday, among them a nurse. Among the dead were two children.", (3, None)),
    ],
)
def test_a_part_no_larger_than_the_victims_told_leaves_them(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


def test_a_part_of_a_count_over_many_deaths_leaves_the_one_victim() -> None:
    text = (
        "A three-year-old girl died on Friday after her father shot her. Her death was the sixth homicide in the city"
        " this year. All six of those deaths involved guns."
    )
    assert headline_figures(text, published_at=_DAY)[0] == 1
