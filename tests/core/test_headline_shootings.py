"""Per-article headline figures of US shooting reports with several figures (issue #11): people told as 'others'
beside a death. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.world_kit import head_values as _heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" shot beside a death are the survivors: the dead are not among them
        ("Gunfire at the street fair left one man dead and nine others shot, police said.", (1, 9)),
        ("A security guard was shot and killed outside the lounge. Three other patrons were also shot.", (1, 3)),
        ("Two brothers died at the scene. Five others were struck by gunfire and taken to Mercy Hospital.", (2, 5)),
        (
            "Officers found Tremaine Ross, 30, shot to death on the porch; four other men were shot inside the house.",
            (1, 4),
        ),
        # without "others" the people shot count the dead: shot minus killed
        ("Six people were shot at the party, and one of them died.", (1, 5)),
        ("Six people were shot on Elm Street. A 19-year-old man died at the hospital.", (1, 5)),
        # the others shot, one of them fatally: the deaths are among them
        ("Police said three others were shot in the alley, one of them fatally.", (1, 2)),
    ],
)
def test_others_shot_beside_a_death(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time right after the verb, its "a.m." in pieces: no count of 11 or 2
        ("A man was shot around 11 a.m. outside a store.", (None, 1)),
        ("Police said a woman was wounded about 2 a.m. Sunday.", (None, 1)),
        ("A man was killed around 4 a.m. on Elm Street.", (1, None)),
        ("Two people were shot around 3 a.m. Saturday, and both are expected to survive.", (None, 2)),
        ("The deputy was struck roughly 9 p.m. during a traffic stop and is in stable condition.", (None, 1)),
    ],
)
def test_a_time_after_the_verb(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


def _heads_titled(title: str, text: str) -> tuple[int | None, int | None]:
    return _heads(text, title)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a headline's second clause has its own subject: the hurt are not the dead
        ("Two injured, shooter dead at high school", "Police were called to the campus on Friday.", (None, 2)),
        ("Three wounded, gunman killed in standoff", "Officers surrounded the house overnight.", (None, 3)),
        ("Two hurt, one dead in apartment shooting", "Police gave no further details.", (1, 2)),
        # one clause: the death is among the hurt
        ("Four shot, one fatally, outside bar", "Police gave no further details.", (1, 3)),
    ],
)
def test_a_headline_of_two_clauses(title: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads_titled(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure told before taken up as the object of a verb of change: the latest figure
        ("At first police said 11 people had been wounded. On Monday they revised the number to 14.", (None, 14)),
        ("Police said 11 people were wounded. Later the department raised the figure to 14.", (None, 14)),
        ("Officials said 40 people were killed. On Friday the ministry lowered the figure to 38.", (38, None)),
        ("Police said 3 people were killed. They put the number at 4 on Monday.", (4, None)),
        # a number of something else
        ("Three people were hurt. The airline raised the number of flights to 14.", (None, 3)),
    ],
)
def test_the_figure_revised_as_an_object(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier incident, told as what this one comes some time after: not the article's figures
        (
            "Two people were wounded on Maple Avenue on Sunday. The shooting comes a week after a man was killed two "
            "blocks away.",
            (None, 2),
        ),
        (
            "A teenager was wounded in the arm Friday night. It came just three days after two men were shot dead at "
            "the same corner.",
            (None, 1),
        ),
        (
            "Four people were hurt in the attack. It came two weeks after a gunman killed three people at a nearby "
            "mall.",
            (None, 4),
        ),
        # what the incident came after, with no time between: the incident's own story
        ("Three people were killed in the shooting, which came after a dispute at a party.", (3, None)),
    ],
)
def test_an_earlier_incident_some_time_before(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over the city's shootings is no figure of the article's own
        (
            "A man was wounded in the leg on Pine Street on Friday. Over the weekend, 12 people were shot across the "
            "city, three fatally.",
            (None, 1),
        ),
        (
            "A 30-year-old man died after being shot on Thursday. Police said 40 people were shot citywide over the "
            "holiday weekend, six of them fatally.",
            (1, None),
        ),
    ],
)
def test_a_count_across_the_city(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over a stretch of weeks or months sums many incidents
        (
            "Police said two people were shot Monday. Over the past month, nine people have been shot in the "
            "neighborhood.",
            (None, 2),
        ),
        (
            "A man was killed on Friday night. In the last two years, 14 people have been killed within a mile of the "
            "corner.",
            (1, None),
        ),
        (
            "Three people were wounded. During the past several weeks, five people have died in shootings nearby.",
            (None, 3),
        ),
    ],
)
def test_a_count_over_past_weeks(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected
