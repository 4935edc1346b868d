"""English headline figures on big events (figs20): a share told with 'alone', a lasting disaster's own past week,
the injured told as a group before a comma, another incident told by its month or by how long before it came,
lists of other stories under "Read more", and those still being treated in hospitals. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.core.figures_kit import headline_figures

_PUBLISHED = datetime(2023, 6, 20, 12, tzinfo=UTC)


def _figures(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    return headline_figures(text, title, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Storms tore across Ohio, Indiana and Michigan overnight, killing at least 30 people in Ohio alone, "
            "the governor said on Sunday. In Fort Wayne, Indiana, four people died when a roof fell in.",
            30,
        ),
        ("Floods swept through the east on Sunday, killing 40 people in the city of Derna alone, the mayor said.", 40),
        # a total as large is still the whole, the place's share a part of it
        ("The storm killed 300 people across the region. In the town of Alba alone, 40 people died.", 300),
    ],
)
def test_a_share_told_with_alone_is_the_headline_when_no_total_is_as_large(text: str, killed: int) -> None:
    assert _figures(text)[0] == killed


def test_a_period_alone_is_no_place_share() -> None:
    text = (
        "A girl, 4, shot herself with her father's pistol on Sunday, police said. In the past six weeks alone, "
        "three children have died in the county from accidental shootings."
    )
    assert _figures(text)[0] != 3


def test_a_lasting_disasters_past_week_is_its_own_toll() -> None:
    text = (
        "Greece's health ministry said on Tuesday the heatwave baking the country had caused 412 deaths, most of "
        "them elderly people, over the past week."
    )
    assert _figures(text)[0] == 412
    # the past week of a city's shootings is still a count over many incidents
    assert _figures("Over the past week, nine people have been shot across the city, police said.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed 19 people at a stadium on Sunday night. Of the injured, 14 were in critical condition, the "
        "health service said.",
        "A bomb killed 19 people at a stadium on Sunday night. Among the wounded, 12 were children.",
    ],
)
def test_the_hurt_named_before_a_comma_make_a_subset(text: str) -> None:
    assert _figures(text) == (19, None)


def test_the_injured_total_still_beats_its_part_told_before_a_comma() -> None:
    text = (
        "A bomb killed 19 people at a stadium on Sunday night. Of the injured, 14 were in critical condition. In "
        "all, 63 people were hurt."
    )
    assert _figures(text) == (19, 63)


@pytest.mark.parametrize(
    "text",
    [
        # how long before it came, in words past five
        "Gunmen killed 27 people at a hotel in the capital on Friday. The assault came eight months after a car "
        "bomb at a market killed 64 people and wounded more than 300.",
        # a month after a semicolon, older than the article's
        "Gunmen killed 27 people at a hotel in the capital on Friday. It was the latest of several attacks; in "
        "February a car bomb killed 9 shoppers and wounded 40.",
        # an incident brought in with an older month
        "Gunmen killed 27 people at a hotel in the capital on Friday. A car bomb in January wounded 45 people near "
        "the same hotel.",
        # an opener on months before, after the article's own toll
        "Gunmen killed 27 people at a hotel in the capital on Friday. Four months ago, a suicide bomber wounded 45 "
        "people at a bus station.",
        "Gunmen killed 27 people at a hotel in the capital on Friday. A day earlier, a roadside bomb wounded 6 "
        "soldiers in the north.",
    ],
)
def test_another_incident_told_by_its_time_gives_no_injured_figure(text: str) -> None:
    assert _figures(text) == (27, None)


@pytest.mark.parametrize(
    "tail",
    [
        "\nRead more\nSix injured as bus overturns on motorway\nMan stabbed outside nightclub\n",
        "\nYou may also like: Three hurt in gas explosion in Leeds\n",
    ],
)
def test_other_stories_listed_after_a_pointer_are_not_reporting(tail: str) -> None:
    text = "At least 14 people died in the warehouse fire, firefighters said." + tail
    assert _figures(text) == (14, None)


def test_those_still_being_treated_in_several_hospitals_are_no_injured_total() -> None:
    text = (
        "At least 14 people died in the warehouse fire, firefighters said. Twenty-two people are still being "
        "treated in four city hospitals."
    )
    assert _figures(text) == (14, None)


@pytest.mark.parametrize(
    "text",
    [
        # several incidents of the same kind, with no article
        "A blast at a fireworks depot killed 44 people on Monday. Similar explosions at a chemical plant upriver "
        "killed 78 people and injured more than 600.",
        # the older incident a comparison names, with its own toll in a relative clause
        "A blast at a fireworks depot killed 44 people on Monday. It was the deadliest blast since the Quarry Road "
        "depot explosion, which killed 63 people and injured 210.",
        "A blast at a fireworks depot killed 44 people on Monday. A similar blaze in the district killed 90 people "
        "and injured 120.",
    ],
)
def test_an_older_incident_named_by_likeness_or_comparison_is_background(text: str) -> None:
    assert _figures(text) == (44, None)


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the earthquakes in the west has risen to 1,480, a spokesman said on Monday. A 6.1 magnitude "
        "quake struck the province again on Thursday, killing two people and injuring about 95.",
        "An earthquake killed more than 1,400 people in the west on Saturday. An aftershock on Tuesday injured 88 "
        "people in the same district.",
    ],
)
def test_another_shock_told_after_the_toll_gives_its_own_figures(text: str) -> None:
    assert _figures(text)[1] is None
    assert _figures(text)[0] in (1480, 1400)


def test_a_quake_and_its_aftershock_told_together_are_one_toll() -> None:
    text = (
        "A 7.4 magnitude earthquake struck the east on Monday, killing 3,000 people. The quake and a powerful "
        "aftershock have killed 12,000 people, officials said on Friday."
    )
    assert _figures(text)[0] == 12000


def test_a_toll_of_those_still_in_hospital_is_no_injured_total() -> None:
    text = "The blasts killed 96 people. The number of injured people still in hospital stood at 230 on Sunday."
    assert _figures(text) == (96, None)


def test_one_hospitals_burns_unit_is_a_share() -> None:
    text = (
        "At least 52 people were killed when fire swept through a market late on Tuesday, officials said. Dozens "
        "were injured. Seven people with burns were being treated at the burn unit of the city's medical college "
        "hospital."
    )
    assert _figures(text) == (52, None)


@pytest.mark.parametrize(
    "hurt",
    [
        "Ten police officers were hurt in the blasts.",
        "Some 20 firefighters were injured.",
        "Three Ukrainian citizens were injured, the embassy said.",
    ],
)
def test_a_groups_hurt_beside_a_disasters_toll_are_a_share(hurt: str) -> None:
    assert _figures("Explosions at a port warehouse killed 112 people on Wednesday. " + hurt) == (112, None)


def test_officers_wounded_beside_a_shootings_few_dead_are_the_injured() -> None:
    text = "A gunman killed four people at a bar before he was shot dead. Two police officers were wounded."
    assert _figures(text) == (4, 2)


def test_pilgrims_hurt_at_a_crush_are_the_injured() -> None:
    text = "A crush at the pilgrimage killed 310 people on Thursday. A total of 450 pilgrims were injured."
    assert _figures(text) == (310, 450)


@pytest.mark.parametrize(
    "care",
    [
        # those still in hospital, told after the words of their injury
        "Officials said 86 people injured in the attack are still being treated in hospital, with 30 in intensive "
        "care.",
        # those in intensive care on the day, however they are called
        "Twenty-six injured people are being treated in intensive care, many with serious wounds.",
        "Twenty-six people with life-threatening injuries are being treated in critical care units across the city.",
        # a hospital that still treats them
        "Doctors are still treating 86 wounded people in hospital, 30 of them in a critical condition.",
        # those being treated in hospitals on the day, with their critical share
        "Health officials said 86 people were being treated in hospitals across the city, 30 in critical care.",
        "Thirty people are in critical condition in hospital.",
        # the group named before a comma, however long
        "Among the wounded still being treated in hospital, 30 are in critical condition.",
    ],
)
def test_those_in_care_on_the_day_are_no_injured_total(care: str) -> None:
    assert _figures("A suicide bomber killed 33 people at a bus station on Monday. " + care) == (33, None)


def test_those_hurt_in_the_attack_are_still_the_injured_when_no_one_is_still_in_care() -> None:
    text = (
        "A suicide bomber killed 33 people at a bus station on Monday. Officials said 86 people were injured in "
        "the attack and taken to hospitals across the city, 30 of them in critical condition."
    )
    assert _figures(text) == (33, 86)


def test_a_number_after_both_between_commas_is_an_age() -> None:
    text = (
        "Police said two men were shot outside a bar early on Friday. Ann Roe and Joe Poe, both 21, were killed. "
        "A third man was treated for gunshot wounds."
    )
    assert _figures(text)[0] != 21


@pytest.mark.parametrize(
    "care",
    [
        "On Friday, 45 people were taken to hospital in the district for psychological trauma.",
        "Medics treated 45 people for shock at the scene.",
    ],
)
def test_care_for_shock_or_trauma_counts_no_one_hurt(care: str) -> None:
    assert _figures("Explosions at a chemical depot killed 50 people on Wednesday. " + care) == (50, None)


@pytest.mark.parametrize(
    "older",
    [
        "On March 19, a suicide bomber killed four people and wounded 36 on the main avenue.",
        "A car bomb on June 7 killed 11 people and wounded 36 near the central square.",
        "Recent attacks:\n- January 12: A suicide bomber kills 12 tourists in the old town.\n- March 19: A suicide "
        "bomber kills four people and wounds 36 on the main avenue.",
    ],
)
def test_figures_dated_days_before_the_leads_toll_are_an_older_incidents(older: str) -> None:
    text = "Three gunmen killed 29 people at the central station on Monday, June 19, officials said.\n" + older
    assert _figures(text) == (29, None)


def test_figures_dated_on_the_leads_day_stay_the_incidents() -> None:
    text = (
        "Three gunmen killed 29 people at the central station on Monday, June 19, officials said. On Monday "
        "night, hospitals said 64 people had been wounded in the attack."
    )
    assert _figures(text) == (29, 64)


@pytest.mark.parametrize(
    "reached",
    [
        "Rescuers pulled 45 injured people from the rubble of a school.",
        "Army helicopters airlifted 120 injured to the provincial capital.",
        "The Red Crescent said its teams had given first aid to 500 injured people.",
        "The WHO said it had sent supplies for 10,000 injured people.",
    ],
)
def test_the_injured_rescuers_reached_or_aid_helped_are_no_count_of_the_injured(reached: str) -> None:
    assert _figures("An earthquake killed more than 1,900 people in the north on Saturday. " + reached) == (1900, None)


def test_injured_pulled_out_beside_the_injured_total_leave_it_whole() -> None:
    text = (
        "An earthquake killed more than 1,900 people in the north on Saturday and injured more than 8,000. "
        "Rescuers pulled 45 injured people from the rubble of a school."
    )
    assert _figures(text) == (1900, 8000)


@pytest.mark.parametrize(
    "share",
    [
        "In one village, 70 injured people waited for help in the open.",
        "Aid groups set up a field hospital that treated 200 injured villagers.",
    ],
)
def test_one_village_or_one_field_hospital_is_a_share(share: str) -> None:
    assert _figures("An earthquake killed more than 1,900 people in the north on Saturday. " + share) == (1900, None)
