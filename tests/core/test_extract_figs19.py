"""Phenomena of round 19 (English sentences of our own): who counts among the injured, lists of people, subsets."""

from __future__ import annotations

import pytest
from world_kit import head_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men, two women and a child were injured when the scaffolding gave way, police said.", (None, 5)),
        ("A man, a woman and two children were hurt in the blast at the depot.", (None, 4)),
        ("Two soldiers, a police officer and a civilian were killed in the ambush near the border.", (4, None)),
        ("Two people were killed and two men, a woman and a child were injured by the falling wall.", (2, 4)),
        ("The driver rammed the crowd, killing three men, two women and a child.", (6, None)),
        # an apposition names the same people again; ages after a comma are no people
        ("Three people, two women and a man, were killed when the bus overturned.", (3, None)),
        ("Two men, 25 and 31, were injured in the stabbing outside the station.", (None, 2)),
    ],
)
def test_a_list_of_people_is_one_figure(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 people were killed in the explosion. The city's main hospital received 40 injured, its "
         "director said.", (12, None)),
        ("The blast killed 22 people. Around 60 people were treated at a field hospital set up near the stadium "
         "through the night.", (22, None)),
        ("The toll rose to 60. A spokesman for the hospital said its wards had treated 40 wounded people.", (60, None)),
        # the whole, then one hospital's share of it
        ("At least 12 people were killed and 40 injured in the explosion. The main hospital received 25 of the "
         "injured.", (12, 40)),
    ],
)
def test_one_hospitals_count_is_a_share_of_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were taken to hospital after the crash, and both died later in hospital.", (2, None)),
        ("Two cyclists were rushed to hospital after the collision. Both later died of their injuries.", (2, None)),
        ("Three passengers were flown to hospital in critical condition. All three died overnight.", (3, None)),
        # some of them died: the rest are the injured
        ("Four people were taken to hospital after the shooting. One of them died later in hospital.", (1, 3)),
    ],
)
def test_hurt_who_all_died_later_are_no_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plane skidded off the runway and broke apart. Two flight attendants survived with injuries.", (None, 2)),
        ("Three paramedics were hurt when a wall came down on their ambulance.", (None, 3)),
        ("Both pilots survived with serious injuries after the light aircraft came down in a field.", (None, 2)),
    ],
)
def test_crews_and_rescuers_are_people(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 31 people were killed in the strike on the market. In a separate strike on Monday, 12 were "
         "wounded.", (31, None)),
        ("Nine people died when the bus left the road. In a separate accident on the same highway, four people "
         "were injured.", (9, None)),
    ],
)
def test_a_separate_strike_or_accident_is_another_incident(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blasts at the port killed 173 people. Hospitals admitted 798 people, 58 of them in a critical "
         "condition.", (173, 798)),
        ("The tower fire killed 12. Local hospitals have treated 65 people, the health service said.", (12, 65)),
        # care for an ailment is no injury
        ("The city's hospitals admitted 40 patients with heatstroke during the festival.", (None, None)),
    ],
)
def test_admissions_of_hospitals_told_as_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were killed and three wounded at the bar. A fifth victim later died at the hospital.", (5, 2)),
        ("Two men were killed and six people wounded at the party. A third victim died of his injuries on Sunday.",
         (3, 5)),
        # the hurt told again after the death are the latest count
        ("Four people were killed and three wounded at the bar. A fifth victim later died at the hospital. Two "
         "others remain hospitalized, and police said three were wounded in all.", (5, 3)),
    ],
)
def test_a_later_ordinal_death_was_one_of_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casualties included 22 dead and 59 injured, the provincial governor said.", (22, 59)),
        ("The casualties include 14 dead and 40 injured, according to the ministry.", (14, 40)),
    ],
)
def test_the_dead_and_hurt_that_make_the_casualties(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-two people were killed in the blast at the arena on Monday night.\nRelated\nFour injured as car "
         "hits pedestrians near the bridge\nTwo hurt in house fire in Salford\nPolice said the bomber acted alone.",
         (22, None)),
        ("Twenty-two people were killed in the blast at the arena on Monday night.\nMost read\nThree hurt as bus "
         "hits lamp post\nThe attack was the deadliest in the country in a decade.", (22, None)),
        ("Twenty-two people were killed in the blast at the arena on Monday night. Read more: Two injured in "
         "separate knife attack in city centre", (22, None)),
        # reporting under such a line, ending in full stops, is read
        ("The blast at the arena killed 22 people.\nRelated coverage\nIn all, 59 people were taken to hospital.",
         (22, 59)),
    ],
)
def test_headlines_of_other_stories_are_no_figures(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people died in the crush. Thirteen injured people are still being cared for in hospitals across "
         "the city.", (8, None)),
    ],
)
def test_those_still_in_care_a_few_words_on(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire killed 67 people. Nine of the injured are being treated at the burn unit, where doctors said 5 "
         "were in critical condition.", (67, None)),
        ('The strike killed 22 people. "We have 40 wounded in our hospital," a surgeon told reporters.', (22, None)),
        # grades of the hurt with no whole told are summed
        ("Three people are critically injured and 1 is in serious condition after the crash.", (None, 4)),
    ],
)
def test_parts_of_a_part_of_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected
