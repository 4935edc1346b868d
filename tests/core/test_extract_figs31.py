"""Per-article figures, round 30: a victim told as a person rather than a number ("killing a sixth grader", "the
crash killed pilot John Moss", "killed 13-year-old Jamie Holt") is one, and people who are not victims (the gunman
who killed, "a sixth grader's chances", a school grade) are no count. Sentences of our own."""

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
        ("A gunman opened fire at a middle school on Monday, killing a sixth grader and wounding five others.", (1, 5)),
        ("A sixth grader was killed and five others were wounded in the shooting on Monday.", (1, 5)),
        ("A fifth-grader was shot and killed outside his home on Monday.", (1, None)),
        ("The storm killed a farmer in the north of the county.", (1, None)),
        ("The crash killed a farmer and injured his two sons.", (1, 2)),
        ("A stray bullet fired into the house killed a pharmacist on Sunday.", (1, None)),
        ("Police are investigating the death of a sixth grader near the park.", (1, None)),
        ("A gunman killed a bartender and wounded two patrons at a tavern on Friday.", (1, 2)),
    ],
)
def test_a_victim_told_by_role_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stray bullet killed 8-year-old Mia Lopez as she slept in her bed.", (1, None)),
        ("The gun went off and killed 13-year-old Jamie Holt in the kitchen of the home.", (1, None)),
        ("Deputies shot and killed 15-year-old Luke Dole after he stabbed his father.", (1, None)),
        ("The crash killed pilot John Moss, the airline said.", (1, None)),
        ("The shooting on Tuesday killed sixth grader Ana Ruiz, the district said.", (1, None)),
        ("A drunken driver killed 30-year-old Ana Ruiz and injured her two children.", (1, 2)),
    ],
)
def test_a_named_victim_after_an_age_or_a_role_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed sixth grader Ana Ruiz and principal Tom Lee at the school on Tuesday.", (2, None)),
        ("The gunman killed a sixth grader and a principal before police arrived.", (2, None)),
    ],
)
def test_victims_listed_by_role_are_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed 45-year-old Tom Reyes at a gas station on Friday.",
        "The shooter killed sixth grader Ana Ruiz in a hallway.",
    ],
)
def test_the_one_who_killed_is_no_victim(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert [c.value for c in claims if c.metric == "killed"] == [1]
    assert all("gunman killed" not in c.quote and "shooter killed" not in c.quote for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school grade is no ordinal count
        ("Two people were killed and a sixth grader was wounded in the shooting on Friday.", (2, 1)),
        ("A sixth grader died at a hospital after the crash on Friday.", (1, None)),
        # not a victim
        ("The penalty ended up killing a sixth grader's chances of playing in the final.", (None, None)),
        ("A teacher said the gunman killed three students in the library.", (3, None)),
        ("The farmer said the storm killed a dozen cows and injured his horse.", (None, None)),
    ],
)
def test_people_who_are_no_victims_are_no_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive before the count of the hurt, and a group joined to it
        ("A gunman opened fire, killing a father and injuring his two children and four other people.", (1, 6)),
        ("The crash killed a farmer and injured his two sons.", (1, 2)),
        # where the one person is from, not a name
        ("Police arrested two men in the killing of Arkansas boy on Friday.", (1, None)),
        # one person told by two roles
        ("He is charged with killing his high school friend and football teammate last May.", (1, None)),
        # no 'and' before the last name: no list
        ("Drive-by shooting injures Child, Rattles Neighborhood on the east side.", (None, 1)),
        ("Lee faces a manslaughter charge in the death of John Roe, 53, Sgt. Bo Diaz said.", (1, None)),
    ],
)
def test_people_listed_after_the_verb(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed and 14 injured in the shooting. One of the injured died, bringing the death toll to "
         "three.", (3, 13)),
        ("Two people were killed and 14 injured in the shooting. The death toll rose to three after one of the "
         "injured died.", (3, 13)),
        ("Two people were killed and 14 injured in the blast. One of the injured, a firefighter, died on Sunday, "
         "officials said.", (3, 13)),
        ("Two people were killed and 14 injured. One of the injured died, and another remains in critical condition.",
         (3, 13)),
        # a toll raised with no word of who died: the hurt stay as told
        ("Two people were killed and 14 injured in the shooting. The death toll has risen to three.", (3, 14)),
        # the hurt told again after the death count it already
        ("Five people were killed and 20 injured in the quake. One of the injured died in hospital, raising the toll "
         "to six. Later, officials said 25 people had been injured in all.", (6, 25)),
    ],
)
def test_one_of_the_hurt_who_died_is_no_longer_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shooting victim Ana Ruiz is carried from the scene on Elm Street, the caption reads.",
        "Shooting suspect Bo Diaz was arrested at his home on Monday.",
    ],
)
def test_a_harm_noun_before_a_role_names_no_one_harmed_here(text: str) -> None:
    assert headline_figures(text, published_at=_DAY) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The robber shot and killed the pharmacist and owner of the store on Main Street.", (1, None)),
        ("The gunman killed the mom, mother of three young boys, in her kitchen.", (1, None)),
        ("A gunman killed his wife, son and daughter before fleeing.", (3, None)),
        # plurals with no s are no one person
        ("Police said his grandchildren were shot in the attack on the farm.", (None, None)),
    ],
)
def test_one_person_told_twice_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An 11-year-old boy playing on his skateboard was shot in the hand by a neighbor.", (None, 1)),
        ("A woman sitting on her porch was wounded by a stray bullet on Friday night.", (None, 1)),
        # doing what may make him the one who fired or robbed: no count of the hurt
        ("A man firing at officers was shot by police on Friday.", (None, None)),
        ("A 17-year-old boy committing a robbery was shot by the store owner.", (None, None)),
    ],
)
def test_a_person_told_by_what_they_were_doing_when_shot(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


def test_a_judges_order_dates_no_killing() -> None:
    text = "The man accused of shooting and killing 6-year-old Ana Ruiz was ordered Wednesday to stand trial."
    claims = extract(ArticleInput(text=text, published_at=datetime(2024, 6, 7))).claims
    killed = [c for c in claims if c.metric == "killed"]
    assert [c.value for c in killed] == [1]
    assert killed[0].incident_date != datetime(2024, 6, 5).date()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman fired into a crowd, striking nine people. One of them died at a hospital.", (1, 8)),
        ("The gunman fired into the crowd outside the club, striking four people, police said.", (None, 4)),
        # no people struck
        ("A missile hit the town, striking two buildings and a school.", (None, None)),
        ("The 2,000 striking miners met with officials on Friday.", (None, None)),
    ],
)
def test_people_struck_by_gunfire_are_the_shot(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
