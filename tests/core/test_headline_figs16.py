"""Per-article headline figures (issue #11): the latest whole-event killed and wounded figures of English reports
with several figures. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.world_kit import head_values as _heads


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a disaster that lasts for weeks: its toll counted from the day it began is its own, not a running toll
        (None, "Close to 900 people have died in the floods since mid-July, the relief agency said.", (900, None)),
        (None, "More than 1,000 people have died in the monsoon floods since June.", (1000, None)),
        (
            "Floods swamp the delta",
            "The disaster agency said the death toll had passed 600, and about 2,300 people were hurt since May 30.",
            (600, 2300),
        ),
        # a count from a date with no lasting disaster named is a running toll of many incidents
        (None, "More than 400 people have been killed in attacks since March, the monitors said.", (None, None)),
    ],
)
def test_a_lasting_disaster_counted_from_its_start(
    title: str | None, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _heads(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only death told is another incident's: everyone shot in this one is wounded
        (
            "Four people were shot outside a nightclub early Sunday. The shooting comes two weeks after a gunman "
            "killed nine people at a church.",
            (None, 4),
        ),
        (
            "Three teenagers were shot at a bus stop on Friday afternoon. In an unrelated incident, a man was "
            "killed on Oak Street.",
            (None, 3),
        ),
        # a death told in the incident's own sentences still holds the split back
        ("Four people were shot outside a nightclub early Sunday. One man died at the hospital.", (1, 3)),
    ],
)
def test_shot_when_only_another_incident_had_deaths(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll past a mark
        ("The confirmed death toll rose past 900 on Thursday, the civil defence agency said.", (900, None)),
        ("Rescuers kept digging as the number of dead climbed above 1,000.", (1000, None)),
        # deaths or injuries as the subject of a verb of change
        ("The quake struck on Monday. Deaths have climbed to nearly 1,300, officials said.", (1300, None)),
        ("Eleven people died in the blast. Injuries rose to 45 overnight as more victims came forward.", (11, 45)),
        # a count of deaths with no verb of change is no toll statement
        ("Two deaths were reported after the storm.", (2, None)),
    ],
)
def test_toll_wordings(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told as believed or estimated
        ("Rescuers are still searching the rubble. The death toll is believed to be around 300.", (300, None)),
        ("The toll was estimated at about 2,000 by the regional governor.", (2000, None)),
        ("The toll is thought to be 12, police said.", (12, None)),
        # a toll the text projects stays out while it reports none
        ("The death toll could be as high as 4,645, researchers said.", (None, None)),
    ],
)
def test_a_toll_told_as_believed_or_estimated(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier incident told after the article's own figures
        (
            "Two people died and five were hurt in the shooting at a bowling alley. Earlier this month, four people "
            "were killed at a nightclub nearby.",
            (2, 5),
        ),
        (
            "One man was killed and three were wounded outside a corner store on Friday. Last week, six people were "
            "shot at a bus stop two blocks away.",
            (1, 3),
        ),
        # a follow-up that opens on its own incident's time keeps its figures
        (
            "Earlier this month, two men were shot and killed outside a bar on Main Street. Police arrested a "
            "suspect on Friday.",
            (2, None),
        ),
    ],
)
def test_an_earlier_incident_told_after_the_figures(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


def test_a_headline_s_deaths_of_a_kind_of_event() -> None:
    # "Flood deaths pass 1,000": the kind of event before the plural harm noun
    assert _heads("The floods have submerged a third of the country.", "Flood deaths pass 1,000") == (1000, None)
    assert _heads("Crews searched the hills overnight.", "Wildfire deaths climb to 36") == (36, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number" after "but" / "and" takes up the figure told before it in the same sentence
        (
            "The attack killed 39 people. The health ministry said 69 people were wounded, but the number later "
            "rose to 79.",
            (39, 79),
        ),
        ("Rescuers found 14 bodies on Monday, and the number climbed to 22 by nightfall.", (22, None)),
    ],
)
def test_the_number_taken_up_in_the_same_sentence(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person and a number of others after a possessive: the one and the number
        ("A gunman killed a woman and her two children in their apartment on Sunday.", (3, None)),
        ("Deputies said he shot and killed his ex-wife and her three sisters before fleeing.", (4, None)),
        ("Police said the man killed his ex-girlfriend and her two sons, then killed himself.", (3, None)),
    ],
)
def test_one_and_a_number_of_others_after_a_possessive(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbouring area's share is a part of the whole, not the whole
        (
            "The quake killed 300 people and injured more than 1,000. In the neighbouring province, 2,000 were "
            "injured.",
            (300, 1000),
        ),
        (
            "The earthquake killed at least 1,500 people across the region. In neighbouring Syria, 2,100 people "
            "died, the health ministry said.",
            (1500, None),
        ),
    ],
)
def test_a_neighbouring_area_s_share(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told with a number in words, taking up the figure before
        ("Initially, officials put the death toll at 12. It has since risen to fifteen.", (15, None)),
        # "that number" after a figure of people shot counts those shot
        ("Five people were shot at the rally, and that number rose to six overnight.", (None, 6)),
        # with no death told, the people shot are wounded: the latest count of them, not the one first reported
        ("Initial reports said six people were shot. Police later said five people were shot.", (None, 5)),
        ("Police initially said six people had been shot, but on Sunday they said five people were shot.", (None, 5)),
    ],
)
def test_revised_counts_of_those_shot(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected
