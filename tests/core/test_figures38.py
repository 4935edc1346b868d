"""English figures, round 38. Sentences of our own.

People given up for dead are counted dead ("none of the 12 could have survived", "no hope left for the 17
men"); those who got out with injuries are the wounded; people shot are the wounded when no one died (a funeral
or a vigil as the scene names no death); a death told in the pluperfect beside "no one was killed" is an earlier
incident's; a rate ("about 500 deaths a day") and the toll of other incidents since ("since then, other riots
...") are no toll of the event; a round floor ("more than 100") gives way to the count a source gives ("the
authorities spoke of 116 dead")."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials now believe none of the 12 workers could have survived the collapse of the tunnel.", (12, None)),
        ("There is no hope left for the 17 men trapped below ground after the fire, the owner said.", (17, None)),
        ("The company said there was no more hope for the 23 miners.", (23, None)),
    ],
)
def test_people_presumed_dead_are_counted_dead(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, "Blast in the colliery", _DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two of the 40 passengers could have survived had the boat carried life jackets.",  # a counterfactual
        "There is no hope for the 3 teams at the bottom of the league.",  # no people
        "Families hope for the 5 children to come home soon.",  # no "no"
    ],
)
def test_no_one_is_presumed_dead_without_it_being_said(text: str) -> None:
    assert headline_figures(text, None, _DAY)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire broke out in the colliery on Friday. Three men walked out of the shaft with light injuries.", 3),
        (
            "A blast hit the pit on Friday. Two men walked out of the tunnel and were taken to the hospital with "
            "moderate injuries.",
            2,
        ),
        ("Gas exploded in the mine on Friday. Four miners escaped with minor injuries, and 20 are missing.", 4),
        ("Gas exploded in the mine on Friday. Two miners managed to escape with burns.", 2),
    ],
)
def test_those_who_got_out_hurt_are_the_wounded(text: str, expected: int) -> None:
    assert headline_figures(text, "Blast in the colliery", _DAY)[1] == expected


def test_those_who_walked_up_and_fired_are_no_wounded() -> None:
    assert headline_figures("Two men walked up and shot at the house on Friday.", None, _DAY) == (None, None)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "At least 11 people were shot Saturday outside a funeral home on Oak Street, police said. Someone in a "
            "passing car opened fire on mourners leaving a service.",
            "At least 11 shot outside funeral home",
            11,
        ),
        (
            "Three days after the funeral shooting on Oak Street, one of the 11 people who were shot remains in "
            "critical condition, police said.",
            "Funeral shooting: one victim still critical",
            11,
        ),
        ("Nine people were shot at a funeral on Saturday, police said. All are expected to recover.", None, 9),
        ("Five people were shot during a vigil for a teenager on Friday evening, police said.", None, 5),
    ],
)
def test_people_shot_at_a_funeral_are_the_wounded(text: str, title: str | None, expected: int) -> None:
    assert headline_figures(text, title, _DAY) == (None, expected)


def test_a_funeral_for_the_victim_still_tells_a_death() -> None:
    text = "Two people were shot on Friday. The funeral for the victim will be held on Tuesday."
    assert headline_figures(text, None, _DAY)[1] != 2


@pytest.mark.parametrize(
    "text",
    [
        "Eight people were wounded when gunmen fired at mourners on Saturday. No one was killed. The service was "
        "for a teenager who had been shot dead the week before.",
        "No one was killed when shots were fired into the crowd on Saturday, but eight people were hurt. The crowd "
        "had gathered for a woman who had been killed in a crash.",
    ],
)
def test_an_earlier_death_does_not_outrank_none_killed(text: str) -> None:
    assert headline_figures(text, None, _DAY) == (0, 8)


def test_a_death_in_the_pluperfect_counts_without_a_stated_zero() -> None:
    text = "A man who had been shot on Friday died in hospital on Sunday, police said."
    assert headline_figures(text, None, _DAY)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The number of deaths in the capital has doubled to about 700 a day as the heat persists.",
        "Hospitals are recording about 500 deaths a day, twice the usual number, the health ministry said.",
    ],
)
def test_a_rate_is_no_toll(text: str) -> None:
    assert headline_figures(text, "Heat wave grips the capital", _DAY) == (None, None)


def test_a_toll_told_a_day_after_is_still_a_toll() -> None:
    assert headline_figures("Three people died a day after the crash, police said.", None, _DAY)[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "A year ago, 87 inmates were killed in the main prison. Since then, other massacres in the country's jails "
        "have raised the number of violent deaths of inmates to more than 300.",
        "A year ago, 87 inmates were killed in the main prison. Since then, other prison riots have killed more "
        "than 300 inmates.",
    ],
)
def test_other_incidents_since_are_no_toll_of_the_event(text: str) -> None:
    assert headline_figures(text, "A year after the prison massacre", _DAY)[0] == 87


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The official toll from the cyclone stands at 9 dead after the correction announced by the government, "
            "which had first reported 21 victims.",
            9,
        ),
        (
            "More than 80 inmates were killed in fighting between gangs at the main prison. The authorities spoke "
            "of 87 dead and 40 injured.",
            87,
        ),
        (
            "More than 100 inmates were killed in fighting between gangs at the main prison. The authorities spoke "
            "of 116 dead and 80 injured.",
            116,
        ),
        ("The death toll was first reported as 30, but officials later said 14 people had died.", 14),
        ("A father killed six relatives and then himself at their farmhouse on Tuesday, police said.", 6),
    ],
)
def test_the_latest_official_toll_and_the_victims(text: str, expected: int) -> None:
    assert headline_figures(text, None, _DAY)[0] == expected


def test_a_french_correction_keeps_the_official_toll() -> None:
    text = (
        "Le bilan officiel de la tempête s'établit à 9 morts, après la correction des autorités, qui avaient "
        "d'abord annoncé 21 victimes."
    )
    assert headline_figures(text, None, _DAY, language="fr")[0] == 9


def test_what_a_french_gunman_did_first_is_no_earlier_figure() -> None:
    text = "Le tireur a d'abord blessé 3 personnes, puis il a tué 2 policiers."
    assert headline_figures(text, None, _DAY, language="fr") == (2, 3)
