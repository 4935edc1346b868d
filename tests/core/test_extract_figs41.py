"""English figures of look-backs, funerals and later deaths (round 36; sentences of our own)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.core.figures_kit import headline_figures

_DATES = (None, datetime(2024, 5, 2, 9, 0, tzinfo=UTC))


# A look-back counted in tens of years ("Thirty years ago today") tells its event's toll as the article's figure, as
# "ten years ago" already did: the count of years spelt out past ten is no other kind of date.
@pytest.mark.parametrize("published_at", _DATES)
def test_a_look_back_counted_in_tens_of_years_tells_its_events_toll(published_at: datetime | None) -> None:
    title = "Thirty years on, survivors of the Hillcrest dance hall fire still ask why"
    text = (
        "Thirty years ago today, fire tore through the Hillcrest dance hall in Marlow, killing 87 people and injuring "
        "150 in the worst blaze the county had known. Inspectors later found the fire doors chained shut. A plaque by "
        "the river now carries the names of the dead."
    )
    assert headline_figures(text, title, published_at) == (87, 150)


@pytest.mark.parametrize("published_at", _DATES)
def test_a_look_back_counted_in_compound_tens_of_years(published_at: datetime | None) -> None:
    text = (
        "Twenty-five years ago this week, a ferry capsized off Port Adair, killing 212 passengers. Relatives threw "
        "wreaths into the harbour on Sunday."
    )
    assert headline_figures(text, None, published_at)[0] == 212


# A later death told as "brings to N the number of people killed": the figure stands before the toll phrase it sets,
# as "raising the death toll to N" stands after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death of the bus driver on Sunday brings to nine the number of people killed in the depot fire.", 9),
        ("Her death raises to 14 the death toll from the stampede at the stadium gates.", 14),
        ("The body found in the river on Friday brought to 23 the number of people who died in the floods.", 23),
    ],
)
def test_a_figure_told_before_the_toll_it_sets(text: str, expected: int) -> None:
    assert headline_figures(text)[0] == expected


def test_a_figure_before_a_count_of_things_sets_no_toll() -> None:
    text = "The storm brings to 40 the number of homes destroyed along the coast this year."
    assert headline_figures(text) == (None, None)


# A title telling that someone hurt long ago has now died names one death, not one hurt, also when it dates the
# harm by its year ("wounded in 2012 ... dies"): the year is no count that would end the clause.
@pytest.mark.parametrize(
    "title",
    [
        "Man wounded in 2012 mall shooting dies, the fourth victim",
        "Girl hurt in the 2019 school bus crash dies at 17",
    ],
)
def test_one_hurt_years_ago_who_dies_now_is_a_death(title: str) -> None:
    text = "Relatives said the death came after years of care at home."
    killed, wounded = headline_figures(text, title)
    assert wounded is None
    assert killed is not None


def test_a_count_told_after_a_year_still_ends_the_clause() -> None:
    title = "In 2012 three men were wounded and one died"
    assert headline_figures("Police gave no other details.", title)[1] == 3


def test_a_spree_that_brings_a_citys_count_to_n_is_no_toll_of_its_own() -> None:
    text = (
        "A gunman shot two men outside a bar on Friday, a night that brought to 15 the number of people shot in the "
        "city in three days."
    )
    assert headline_figures(text)[1] == 2


# The dead told only by their rites: a story that gives no death figure but says how many were buried, or for how
# many victims a funeral is held, counts its dead so. The buried under rubble or alive are not counted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elders in Kangwa said at least 30 people had been buried by Tuesday evening, after militiamen raided the "
            "market. The regional governor promised an inquiry.",
            30,
        ),
        ("Twelve villagers were buried on Sunday in the hillside cemetery, relatives said.", 12),
        (
            "Mourners lined the road to the mosque before a funeral for the eight victims on Thursday. Police have "
            "not named a motive.",
            8,
        ),
        ("A mass funeral for all 14 miners was held at the stadium in Tarrow.", 14),
    ],
)
def test_the_dead_told_by_their_funerals_or_burials(text: str, expected: int) -> None:
    assert headline_figures(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers said 20 people were buried under the rubble of the market, and digging went on through the night.",
        "Six miners had been buried by the rockfall but were pulled out alive on Friday.",
        "A funeral for the two victims of last year's crash was held on its anniversary in 2019.",
    ],
)
def test_the_trapped_or_an_old_events_funeral_count_no_dead(text: str) -> None:
    assert headline_figures(text)[0] is None


def test_a_death_toll_told_outright_stays_before_its_funerals() -> None:
    text = (
        "The blast killed nine people at the depot. A funeral for the seven victims from the village is set for "
        "Saturday."
    )
    assert headline_figures(text)[0] == 9


# An inquiry's finding is a follow-up's own news, as a court step is: the toll it tells of its disaster by the
# disaster's date in its lead is the article's figure, dated or not.
@pytest.mark.parametrize("published_at", _DATES)
def test_an_inquirys_finding_tells_its_disasters_toll(published_at: datetime | None) -> None:
    title = "Inquiry: stadium stand should never have opened"
    text = (
        "The public inquiry into the Belmont stadium disaster has found that the east stand, whose fall killed 38 of "
        "the 51 people who died on March 3, 2019, had been built without the steel its plans required in 2004. The "
        "report blames the city's inspectors. Families of the dead asked for charges."
    )
    assert headline_figures(text, title, published_at)[0] == 51


@pytest.mark.parametrize("published_at", _DATES)
def test_an_inquiry_beside_an_older_disaster_told_by_its_year_keeps_it_history(published_at: datetime | None) -> None:
    text = (
        "A coroner opened an inquest on Monday into the death of a climber on Ben Arran. In 2015, a storm on the "
        "same ridge killed 12 walkers."
    )
    assert headline_figures(text, None, published_at)[0] != 12


# Names set off after a counted head ("Two men hurt in the blast, Ann Roe and Bo Diaz, died later") are the same two
# people the count told: no second count of them that would outvote the whole toll told before.
def test_names_in_apposition_to_a_count_are_no_second_count() -> None:
    text = (
        "At the memorial, relatives read out the names of the 41 people who died in the mine fire. Two miners hurt "
        "that night, Dale Innes and Rory Kemp, died of their burns in later years and were added to the roll."
    )
    assert headline_figures(text)[0] == 41


def test_names_in_apposition_to_a_head_without_a_count_count_themselves() -> None:
    text = "Her brothers, Ivan Moss and Leo Moss, were taken to the hospital with gunshot wounds."
    assert headline_figures(text)[1] == 2


# A report of a new tremor or storm of its own day may place it by an older disaster named by its calendar day, with
# that disaster's toll in a relative clause: that toll is the older disaster's, not the news's.
_AFTERSHOCK = (
    "A strong aftershock shook Port Ellis this afternoon, toppling chimneys and cutting power to 9,000 homes. "
    "Twenty-three people were hurt, most of them by falling glass, the city hospital said. The tremor was centred "
    "close to the epicentre of the March 4 earthquake that killed 140 people."
)


def test_an_older_disaster_named_by_its_day_keeps_its_toll_apart() -> None:
    published = datetime(2024, 5, 20, 9, 0, tzinfo=UTC)
    assert headline_figures(_AFTERSHOCK, "Aftershock rattles Port Ellis", published) == (None, 23)


def test_a_disaster_named_by_the_days_own_date_is_the_news() -> None:
    published = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
    text = (
        "Rescuers dug through the night in Port Ellis. The city hospital treated 23 people for injuries on Monday. "
        "Officials gave new figures for the March 4 earthquake that killed 140 people."
    )
    assert headline_figures(text, None, published)[0] == 140
