"""Per-article headline figures, round 23: English wire and newspaper reports of big events. A count over a season
told after the lead's toll, a figure told as what a source had said earlier (and a title that repeats it), the hurt
counted as a part of a group no one harmed, one person listed with a counted group ("the driver and 11 passengers"),
and an ordinal object ("killed two and injured a third"). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 people were killed in a crush at the Jamarat bridge on Thursday, the interior ministry said. "
            "More than 1,200 pilgrims have died during this year's hajj, mostly of heat stroke.",
            (14, None),
        ),
        (
            "A landslide buried a hillside village in Kerala on Tuesday, killing 37 people. Monsoon rains have killed "
            "more than 400 people across India this season, according to the home ministry.",
            (37, None),
        ),
        (
            "Heavy rain triggered flash floods that killed at least 22 people in the capital, the fire service said. "
            "Since the start of the rainy season in May, 178 people have died across the country.",
            (22, None),
        ),
        # the season's count is the article's own figure when no smaller toll comes first
        (
            "More than 1,300 pilgrims died during this year's hajj, the health minister said, most of them "
            "unregistered pilgrims who walked long distances in extreme heat.",
            (1300, None),
        ),
        # a raised toll of the lead's incident is no season's count
        (
            "Floods swept through three villages on Sunday, killing 18 people. By Wednesday the toll had risen to 41, "
            "officials said, as the rainy season's heaviest downpours continued.",
            (41, None),
        ),
    ],
)
def test_a_count_over_a_season_after_the_lead_is_no_toll_of_the_incident(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Four people have been confirmed dead and 27 injured after a tourist coach overturned on a mountain road, "
            "regional authorities said. Earlier, local media had reported six deaths.",
            "Six killed as coach overturns",
            (4, 27),
        ),
        (
            "Nine people died when a footbridge collapsed over a river on Sunday, the district governor said. Earlier "
            "in the day, police had put the toll at 12.",
            None,
            (9, None),
        ),
        # nothing replaces it: the figure said earlier is all the text has
        (
            "Rescuers were still searching the rubble late on Monday. Earlier, officials had said 15 people were "
            "killed.",
            None,
            (15, None),
        ),
    ],
)
def test_a_figure_a_source_had_given_earlier_yields_to_the_current_one(
    text: str, title: str | None, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ferry caught fire off the southern coast overnight, killing at least 31 people. The coast guard said "
            "195 passengers and crew were rescued, 23 of them with injuries.",
            (31, 23),
        ),
        (
            "The bus was carrying 40 passengers, 12 of whom were injured when it left the road, police said.",
            (None, 12),
        ),
        # told after a harm figure, "of them" is still a part of it
        ("Five people were killed in the crash, two of them children, and eight were hurt.", (5, 8)),
        ("Police said 30 people were wounded, 5 of them critically, and 4 were killed.", (4, 30)),
    ],
)
def test_the_hurt_among_a_group_no_one_harmed_are_the_whole_of_the_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash killed the driver and 11 passengers, police said.", (12, None)),
        ("A rockfall on the trail killed a woman and eleven hikers on Saturday.", (12, None)),
        ("The gunman killed a teacher and two students before he was arrested.", (3, None)),
        # the number is not a group of people listed with the one
        ("The storm killed a man and 300 cattle in the valley.", (1, None)),
    ],
)
def test_one_person_listed_with_a_counted_group_are_all_counted(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The collapse killed two workers and injured a third, the labour ministry said.", (2, 1)),
        ("Police said the gunman killed two people and critically injured a third before he fled.", (2, 1)),
        # a share, not one more person
        ("The floods killed 40 people and destroyed a third of the homes in the district.", (40, None)),
    ],
)
def test_an_ordinal_object_after_a_count_is_one_more_person(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials reported 12 deaths in Adana; 40 in Hatay; 7 in Osmaniye.", (59, None)),
        ("The quake killed 12 people in Adana; 40 in Hatay; and 7 in Osmaniye, the disaster agency said.", (59, None)),
        # a national total stated in the same text is the figure
        (
            "The quake killed 12 people in Adana; 40 in Hatay; and 7 in Osmaniye. The national toll stood at 912 on "
            "Tuesday, the agency said.",
            (912, None),
        ),
        # two clauses with verbs of their own are no list of places
        ("Ten people died in a fire in Dhaka; 5 were killed in a blast in Chittagong.", (10, None)),
    ],
)
def test_places_listed_with_semicolons_are_one_figure(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus had 52 people on board. Nineteen died and the other 33 were injured, police said.", (19, 33)),
        ("Two people died in the crash and the other 12 passengers were hurt.", (2, 12)),
        # the other of two ages
        ("Two boys were wounded in the shooting, one 16 and the other 17.", (None, 2)),
    ],
)
def test_the_other_n_are_the_rest_of_a_group_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earthquake flattened thousands of buildings across the south. Officials said 40 more people died "
            "in Hatay overnight, bringing the national death toll to 912.",
            (912, None),
        ),
        (
            "Floods swept through the northern provinces on Friday. In Sindh, 25 people were killed, bringing the "
            "country's toll to 310, the disaster authority said.",
            (310, None),
        ),
        # a war's national toll beside one strike's figure spans many incidents
        (
            "An airstrike killed 22 people in the camp on Tuesday, bringing the national death toll in the war to "
            "8,000, the health ministry said.",
            (22, None),
        ),
    ],
)
def test_a_natural_disasters_national_toll_is_its_own(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said 91 people had been killed in the landslide. On Sunday, it said 18 more bodies had been "
            "found in the mud, raising the toll.",
            (109, None),
        ),
        (
            "Six miners died in the collapse on Monday. Rescuers recovered two more bodies on Tuesday, pushing the "
            "death toll higher.",
            (8, None),
        ),
        # more bodies found, with no word that they raise the toll: the toll may count them already
        (
            "Six miners died in the collapse on Monday. Rescuers recovered two more bodies from the lower shaft.",
            (6, None),
        ),
    ],
)
def test_more_dead_said_to_raise_a_toll_add_to_it(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the mine blast rose by 12 to 56 on Monday, the energy ministry said.", (56, None)),
        ("The toll climbed by 12, to 56, as rescuers reached the lower galleries.", (56, None)),
        (
            "Eight people were killed in the explosion. The number of injured jumped by 1,200 to 5,400 after clinics "
            "reported their patients, officials said.",
            (8, 5400),
        ),
        ("The death toll from the quake rose by more than 500 to 2,944 on Tuesday.", (2944, None)),
        ("The toll went up to 19 on Sunday as divers reached the hull.", (19, None)),
        # a bound, not a verb's particle
        ("Officials said up to 40 people were injured and 3 were killed.", (3, 40)),
        # a rise alone is no toll
        ("At least 44 people died in the floods. The number of dead rose by 12 on Tuesday.", (44, None)),
        # a range is still a range
        ("Between 10 to 12 people were killed in the raid.", (12, None)),
    ],
)
def test_a_toll_risen_by_an_amount_to_a_figure_is_that_figure(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    "header", ["Latest from the region", "Latest headlines", "In other news", "Latest stories"]
)
def test_other_stories_under_a_latest_or_other_news_header_are_page_furniture(header: str) -> None:
    text = (
        "Students kept up their protest on Monday over the collapse of the footbridge in the old town, which killed "
        f"15 people.\n\n{header}\nGunman kills 12 in mountain village rampage\nFloods: 19 dead in river valley"
    )
    assert headline_figures(text) == (15, None)


def test_headlines_closing_a_page_with_no_header_are_other_stories() -> None:
    text = (
        "Relatives gathered on Sunday to bury victims of the fire at the central market, which killed 11 people and "
        "injured 30.\n\nBus crash kills 21 near the border\nFloods leave 34 dead in the delta"
    )
    assert headline_figures(text) == (11, 30)


def test_a_page_of_short_lines_keeps_its_figures() -> None:
    """No paragraph of reporting before them: the short lines are the report."""
    assert headline_figures("Fire at central market\n11 dead, 30 injured\nRescue work goes on") == (11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mark Dole and Shane Pitt, both 16, were killed during the shootout at the party.", (2, None)),
        ("Mark Dole, 16, and Shane Pitt, 17, were killed during the shootout at the party.", (2, None)),
        ("Ana Roe and Bo Diaz, both of Erie, were wounded in the shooting.", (None, 2)),
        ("Mark Dole, 16, Shane Pitt, 17, and Ray Cole, 18, were killed during the shootout.", (3, None)),
        ("Police said Mark Dole, Shane Pitt and Ray Cole were wounded at the bus stop.", (None, 3)),
        # a place or a day opening the sentence is no victim
        ("In Dallas, Mark Dole and Ray Cole were killed in a shootout.", (2, None)),
        ("DALLAS, Mark Dole and Ray Cole were killed in a shootout.", (2, None)),
    ],
)
def test_named_victims_listed_with_ages_or_said_of_both_are_all_counted(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman, who killed 12 people and wounded 9 others, was found dead in a stairwell, police said.", (12, 9)),
        (
            "A gunman who killed eight people and wounded seven at a warehouse died of a self-inflicted wound, "
            "officials said.",
            (8, 7),
        ),
        ("Authorities initially said 22 people had died, but later revised the toll down to 19.", (19, None)),
        ("At least 40 dead and counting, the governor said, as crews searched the rubble.", (40, None)),
        ("Five people were killed and 22 others were treated for injuries at local hospitals.", (5, 22)),
        ("The blast killed four people, injuring dozens, police said.", (4, None)),
        ("The bombing caused 23 casualties, police said.", (None, None)),
        ("More than 500 people were dead or injured after the blast, officials said.", (None, None)),
    ],
)
def test_figures_that_already_hold(text: str, expected: tuple[int | None, int | None]) -> None:
    """Kept as guards of this round's changes: a later clause re-using the figures, revisions, vague and combined
    counts."""
    assert headline_figures(text) == expected
