"""Per-article headline figures of English reports (issue #11), ninth session: the injured told by where they were
taken, figures listed by place under one verb, the people hurt on the ground, and older disasters named beside the
event's own toll. Sentences of our own, in the styles of wires and local outlets."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt carried to a hospital by another verb than "taken" or "rushed"
        (
            "Six people were killed on Saturday when a passenger jeepney plunged into a ravine in Benguet, police "
            "said. Twenty-one others were brought to the provincial hospital in La Trinidad.",
            (6, 21),
        ),
        (
            "A blast tore through a mosque in Quetta during Friday prayers, killing nine worshippers. Forty-five "
            "people were admitted to the Civil Hospital, a spokesman for the provincial government said.",
            (9, 45),
        ),
        (
            "Eleven passengers died when the coach overturned near Hyderabad in Sindh. Rescue officials said 27 "
            "others were shifted to hospital in critical and stable condition.",
            (11, 27),
        ),
        # "brought" with an injury after "with" is still read as before
        (
            "The three-storey building caved in at Ebute Metta in Lagos, killing three. Seventeen people were "
            "brought out with injuries, the emergency agency said.",
            (3, 17),
        ),
    ],
)
def test_the_hurt_brought_shifted_or_admitted_to_a_hospital(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plane down on houses: the people on the ground, and those inside a house it hit, are the injured
        (
            "A light aircraft crashed into homes in Sydney's west on Sunday, killing the pilot and four passengers. "
            "Seven people on the ground suffered injuries, NSW Ambulance said.",
            (5, 7),
        ),
        (
            "A cargo plane came down on a street in Goma shortly after take-off, and all six crew members died. "
            "Three people inside the houses were injured.",
            (6, 3),
        ),
        # none hurt on the ground is no count of the crash's hurt (everyone aboard died)
        (
            "A turboprop carrying 58 people crashed in a field near Kathmandu, killing everyone on board, the "
            "airline said. No one on the ground was hurt, the district chief said.",
            (58, None),
        ),
    ],
)
def test_people_on_the_ground(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one verb, its figure given place by place: the places' figures add up
        ("The earthquake killed 70 people in Manabi province and 4 in Guayas, officials said on Sunday.", (74, None)),
        (
            "At least 12 people were killed when a building collapsed in Mumbai on Tuesday. Thirty people were "
            "injured in Kurla and 18 in Ghatkopar, civic officials said.",
            (12, 48),
        ),
        ("The quake killed 20 people in Mandalay, and 15 in Sagaing, officials said.", (35, None)),
        # a list of three places, commas and a last "and"
        ("The cyclone killed 20 people in Khulna, 15 in Barisal and 10 in Satkhira, officials said.", (45, None)),
        # a part told with "including" stays a part
        (
            "The cyclone killed 60 people across the coast, including 20 in Khulna and 15 in Barisal, officials said.",
            (60, None),
        ),
        # two months are no places: a period's tolls, not one figure
        ("The floods killed 40 people in March and 20 in April, the disaster agency said.", (40, None)),
    ],
)
def test_a_verbs_figure_told_place_by_place(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an older disaster recalled by its own name, with a larger toll and no day of its own
        (
            "A fire tore through chemical warehouses in the old quarter of Dhaka late on Wednesday, killing at least "
            "70 people, fire officials said. The Rana Plaza garment factory collapse killed more than 1,100 people "
            "and injured 2,500.",
            (70, None),
        ),
        (
            "A suicide bomber blew himself up at the end of a pop concert in Manchester on Monday, killing 22 people. "
            "In the 7/7 bombings, 52 people were killed and 700 injured.",
            (22, None),
        ),
        # ranked against an older one that the sentence names with its toll, no comma between
        (
            "A suicide bomber blew himself up at the end of a pop concert in Manchester on Monday, killing 22 people, "
            "the deadliest attack in Britain since the 7/7 bombings killed 52.",
            (22, None),
        ),
        # the lead's own incident, named later by the lead's town, is still the lead's: its larger toll stands
        (
            "A fire broke out at a nightclub in Kocani early on Sunday, killing 51 people. The Kocani nightclub fire "
            "killed 59 people, the health minister said later.",
            (59, None),
        ),
        # a toll counted since the quake, with no ranking before it, is the quake's own
        (
            "Rescuers have dug through the rubble around the clock since the quake killed 300 people in the "
            "mountain villages of Herat.",
            (300, None),
        ),
    ],
)
def test_an_older_disaster_named_beside_the_lead(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the hurt were taken, hospital by hospital, under one verb: the shares add up
        (
            "A bomb tore through a crowded market in Peshawar on Friday, killing seven people. Twenty injured were "
            "taken to Lady Reading Hospital and 15 to Khyber Teaching Hospital, rescue officials said.",
            (7, 35),
        ),
        # with the injured total told, the shares stay a part of it
        (
            "A bomb tore through a crowded market in Peshawar on Friday, killing seven people and injuring 40. "
            "Twenty of the injured were taken to Lady Reading Hospital and 15 to Khyber Teaching Hospital.",
            (7, 40),
        ),
    ],
)
def test_the_hurt_counted_hospital_by_hospital(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # West African papers' wording of the hurt
        (
            "Five passengers were burnt to death when a tanker rammed into a bus on the Lagos-Ibadan expressway, "
            "while twelve others were left nursing injuries, the FRSC sector commander said.",
            (5, 12),
        ),
        (
            "Three people died when a two-storey building caved in at Ojuelegba, and 14 others are nursing various "
            "injuries at the Lagos University Teaching Hospital.",
            (3, 14),
        ),
        (
            "Four persons were confirmed dead, while nine others were rescued injured from the wreckage, the fire "
            "service said.",
            (4, 9),
        ),
    ],
)
def test_nursing_injuries_and_rescued_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a hospital took in after the blast, with no injury word: the injured it tells
        (
            "A bomb ripped through a vegetable market in Quetta on Friday, killing nine people, police said. At the "
            "Civil Hospital in Quetta, doctors said on Friday evening they had received 45 people after the blast.",
            (9, 45),
        ),
        (
            "A bomb ripped through a vegetable market in Quetta on Friday, killing nine people, police said. The "
            "Civil Hospital in Quetta on Friday treated 45 people, a spokesman said.",
            (9, 45),
        ),
        # its patients are no one hurt
        (
            "A fire swept through the intensive care ward of a hospital in Baghdad, killing 19 people. The hospital "
            "had admitted 30 patients with the virus that week.",
            (19, None),
        ),
        # nor those it treated for an ailment
        (
            "Eleven pilgrims died of the heat on the road to the shrine. The district hospital treated 200 people "
            "for heat exhaustion, officials said.",
            (11, None),
        ),
    ],
)
def test_the_people_a_hospital_took_in(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt counted in an apposition: "the wounded, 63 in all,"
        (
            "A suicide bomber struck a crowded wedding hall in Kabul on Saturday night, killing nine people. The "
            "wounded, 63 in all according to the health ministry, were taken to hospitals across the city.",
            (9, 63),
        ),
        (
            "Five people were killed when the bus hit a stationary truck near Multan. The injured, 12 in number, were "
            "shifted to Nishtar Hospital.",
            (5, 12),
        ),
    ],
)
def test_the_hurt_counted_in_an_apposition(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


def test_those_killed_numbered() -> None:
    assert headline_figures(
        "The building in Lagos caved in on Saturday. Those killed numbered 45, officials said."
    ) == (
        45,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another" going on to a toll of its own is another incident, not one more dead
        (
            "A wall collapse in Chembur killed 19 people, and another in Vikhroli killed 10, officials said. "
            "Twenty-five people were hurt in Chembur.",
            (19, 25),
        ),
        # "another" with its verb left out is one more dead
        ("Two people were killed at the scene and another in hospital, police said.", (3, None)),
    ],
)
def test_another_with_a_toll_of_its_own(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials inside the counted phrase ("U.S.", "U.N.") do not end it
        (
            "Two suicide bombings outside the airport killed at least 60 Afghans and 13 U.S. troops on Thursday.",
            (73, None),
        ),
        ("Three U.N. peacekeepers were injured when their convoy hit a mine near Gao.", (None, 3)),
        ("Two U.S. Marines died when their helicopter crashed off the coast of Okinawa.", (2, None)),
        # one group's hurt beside a mass toll is a share of the injured, as before
        (
            "At least 90 people were killed in the bombing at the airport gate, among them 13 U.S. service "
            "members, officials said. Eighteen U.S. service members were injured.",
            (90, None),
        ),
    ],
)
def test_initials_inside_the_counted_phrase(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt beyond those just counted, by grade or by care, are one figure with them
        (
            "Three people were killed when a bus overturned near Lucknow. Ten people were seriously injured, while "
            "30 others sustained minor injuries.",
            (3, 40),
        ),
        (
            "Three people were killed when a bus overturned near Lucknow. Ten were seriously hurt and another 30 had "
            "minor injuries.",
            (3, 40),
        ),
        (
            "Three people were killed when a bus overturned near Lucknow. Thirty people were treated at the scene, "
            "and 10 more were taken to hospital.",
            (3, 40),
        ),
        ("Three people died in the crash. Ten people were hospitalised and 30 were treated and released.", (3, 40)),
        # "suffered minor injuries" is a verb phrase, not minors harmed
        (
            "Three people were killed when a bus overturned near Lucknow. Ten people were seriously injured and 30 "
            "suffered minor injuries.",
            (3, 40),
        ),
        # those kept in hospital, with no "more", stay a part of those treated
        (
            "Eleven people were treated at the scene and four were taken to hospitals, ambulance officials said, "
            "after a fire at a block of flats in Melbourne.",
            (None, 11),
        ),
        # medics' count of those they treated
        (
            "Three people were killed when a bus overturned near Lucknow. Paramedics treated 40 people, ten of whom "
            "were taken to hospital.",
            (3, 40),
        ),
    ],
)
def test_the_hurt_beyond_those_just_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected
