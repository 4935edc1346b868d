"""Per-article headline figures of English reports (issue #11): which injured count is the whole event's, and
which is one grade, one group or another stretch of it. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.figures_kit import headline_figures


def _heads(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    return headline_figures(text, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one grade of the injured counted, the rest left uncounted: no injured total is stated
        (
            "A gas explosion ripped through the bazaar on Monday, killing 15 people. Twelve people suffered serious "
            "injuries and dozens more were lightly hurt.",
            (15, None),
        ),
        (
            "The roof of the stadium stand gave way during the match, killing four fans. Nine spectators were "
            "critically injured, and scores more were hurt in the crush.",
            (4, None),
        ),
        # a counted rest is added in
        (
            "A gas explosion ripped through the bazaar on Monday, killing 15 people. Twelve people were seriously "
            "injured and 30 others suffered minor injuries.",
            (15, 42),
        ),
        # dozens more of another metric are no rest of the injured
        ("Twelve people were injured in the blast, and dozens more were left homeless.", (None, 12)),
    ],
)
def test_a_graded_part_of_the_injured_with_an_uncounted_rest(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # care for an ailment that is no injury of the event counts no one hurt
        (
            "The blaze gutted the old market overnight, killing 43 people. Some 30 firefighters were taken to "
            "hospital suffering from exhaustion.",
            (43, None),
        ),
        (
            "The floods killed 43 people in the valley. Twenty-eight volunteers were hospitalised with heatstroke "
            "during the clean-up.",
            (43, None),
        ),
        (
            "The river burst its banks, killing 43. Forty were admitted to hospital with cholera a week later.",
            (43, None),
        ),
        # care for the event's own injuries still counts
        (
            "The blaze gutted the old market overnight, killing 43 people. Twenty-eight people were hospitalised "
            "with burns, and four volunteers were treated for heat stroke.",
            (43, 28),
        ),
        ("The blaze gutted the old market, killing 43 people. Some 30 people were taken to hospital.", (43, 30)),
    ],
)
def test_care_for_an_ailment_that_is_no_injury(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a care phrase with no other harm word in its sentence is still read
        ("The bomb went off at the stadium gate, killing 9 people. More than 140 people sought treatment.", (9, 140)),
        ("The ferry capsized near the pier, killing 11. Another 26 passengers were receiving treatment.", (11, 26)),
        ("The truck ploughed into the parade, killing 7. By Sunday, 61 people had received treatment.", (7, 61)),
        # treatment for an ailment of long standing is no injury of the event
        ("The truck ploughed into the parade, killing 7. The driver had received treatment for stress.", (7, None)),
    ],
)
def test_care_phrases_read_without_another_harm_word(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'both', 'all' after a comma count the people just named again, not more of them
        (
            "The airliner overshot the runway and burst into flames, killing 179 of the 181 people aboard. The two "
            "survivors, both crew members, were pulled from the wreck with injuries.",
            (179, 2),
        ),
        ("Three hikers, all of them students, were injured when the bridge gave way.", (None, 3)),
        # a list of people is still one figure
        ("Two men and two women were injured when the bridge gave way.", (None, 4)),
    ],
)
def test_both_and_all_count_the_people_named_again(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # survivors rescued, then cared for: they are the hurt
        (
            "The cargo plane crashed into a hillside, killing 6 of its crew. Two crew members were pulled out alive "
            "and taken to hospital.",
            (6, 2),
        ),
        (
            "The mine flooded on Tuesday, killing 14. Nine miners were rescued and are being treated in hospital.",
            (14, 9),
        ),
        ("The ferry sank overnight, killing 31. Five passengers survived the sinking with serious injuries.", (31, 5)),
        # taken to hospital only to be checked over: no one counted hurt
        (
            "The cargo plane crashed into a hillside, killing 6 of its crew. Two crew members were rescued and "
            "taken to hospital as a precaution.",
            (6, None),
        ),
        (
            "The mine flooded on Tuesday, killing 14. Nine miners were rescued and taken to hospital for checks.",
            (14, None),
        ),
        # a rescue without care counts no one hurt
        (
            "The mine flooded on Tuesday, killing 14. Nine miners were rescued and reunited with their families.",
            (14, None),
        ),
    ],
)
def test_survivors_rescued_then_cared_for(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


def _head_killed(text: str, title: str | None = None) -> tuple[int | None, int | None, int | None]:
    """The killed headline: (value, low, high)."""
    head = pick_headline(main_incident_claims(extract(ArticleInput(text=text, title=title)).claims), "killed")
    return (None, None, None) if head is None else (head.value, head.low, head.high)


def test_a_part_restated_on_its_own_is_no_vote_for_the_whole() -> None:
    text = (
        "Two car bombs tore through the checkpoint on Friday, killing dozens of people, including 11 border guards. "
        "Officials at the provincial hospital gave varying figures, from at least 40 dead to more than 70. "
        "A militia spokesman put the toll at 11 civilians. Besides the 11 guards killed, 9 were wounded, the "
        "ministry said."
    )
    assert _head_killed(text) == (70, 40, 70)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part stated again, and the whole larger: the whole
        (
            "The blast at the depot killed 26 people, including 4 firefighters. The 4 firefighters killed were "
            "named on Sunday. The 4 firefighters killed had fought the blaze for an hour.",
            (26, None),
        ),
        # a figure that is the whole and a part's size alike stays
        ("The blast killed 4 people, including 4 workers.", (4, None)),
    ],
)
def test_restated_parts(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who needed care hold those kept in hospital, in either order
        ("The shelling of the station killed 14. 31 people were hospitalised and 87 sought medical help.", (14, 87)),
        ("The shelling of the station killed 14. 87 people sought medical help, and 31 were hospitalised.", (14, 87)),
        # a list of people kept in hospital is one figure
        ("Two men and two women were hospitalised after the balcony gave way.", (None, 4)),
        ("Three children and two adults were taken to hospital after the balcony gave way.", (None, 5)),
        # the hurt, then those kept in: a part
        ("The balcony collapse injured 120 people and 30 were hospitalised.", (None, 120)),
    ],
)
def test_care_counts_and_those_kept_in(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier incident told after the article's own figures, opened by how long before it was
        (
            "The warehouse blaze killed 72 workers. A week earlier, a fire at a depot across the river injured 40.",
            (72, None),
        ),
        (
            "The warehouse blaze killed 72 workers. Last year, a fire in the same district killed 3 and injured 40.",
            (72, None),
        ),
        (
            "The warehouse blaze killed 72 workers. A year earlier, a fire at the same site injured 15 people.",
            (72, None),
        ),
        # the same opener before any figure of the article's own is its own incident
        ("A week earlier, a fire at the depot killed 3 people.", (3, None)),
    ],
)
def test_an_earlier_incident_opened_by_how_long_before(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the hurt were treated, then what for
        (
            "The tram derailed on the bridge, killing 6. 41 people were treated at the scene for minor injuries.",
            (6, 41),
        ),
        (
            "The tram derailed on the bridge, killing 6. Medics treated 41 people at the scene for burns.",
            (6, 41),
        ),
        (
            "The tram derailed, killing 6. 41 passengers were receiving treatment in hospital for their injuries.",
            (6, 41),
        ),
        # treated somewhere with no injury named: no count
        ("The tram derailed on the bridge, killing 6. Medics treated 41 people at the scene.", (6, None)),
    ],
)
def test_treated_somewhere_for_injuries(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treated in several hospitals: those admitted, the injured figure
        ("The dormitory fire killed 19 students. Thirty-one more are being treated in four hospitals.", (19, 31)),
        ("The dormitory fire killed 19 students. Thirty-one students were treated at two local hospitals.", (19, 31)),
        # still in hospital: a part
        ("The dormitory fire killed 19 students. Thirty-one are still being treated in four hospitals.", (19, None)),
    ],
)
def test_treated_in_several_hospitals(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll whose count is told by a relative clause after its people
        ("The number of people who died in the mudslide rose to 64 on Tuesday.", (64, None)),
        ("The number of those who have died has climbed to 1,212, the ministry said.", (1212, None)),
        ("The number of people who were injured in the mudslide is estimated at 140.", (None, 140)),
    ],
)
def test_a_toll_told_by_a_relative_clause(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the injured told with one country's smaller share of the deaths: that country's, not the event's
        (
            "The cyclone killed more than 1,900 people in Mozambique and Malawi. In Malawi, 600 people died and "
            "2,100 were injured, the disaster agency said.",
            (1900, None),
        ),
        # the event's own injured figure beside it stays
        (
            "The cyclone killed more than 1,900 people and injured 5,000 in Mozambique. In Malawi, 600 people died "
            "and 2,100 were injured.",
            (1900, 5000),
        ),
        # a town within the country is no other country: left to the breakdown by towns
        (
            "The quake killed 50 people in Nepal on Saturday. In Pokhara, 20 people died and 100 were injured.",
            (50, 100),
        ),
    ],
)
def test_the_injured_of_one_countrys_share(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opened by 'of the' names the whole; the figure after its comma is a part of it
        ("The refinery explosion killed 50 workers. Of the 212 injured, 37 are in critical condition.", (50, 212)),
        ("The refinery explosion killed 50 workers. Of the 212 people hurt, 37 were contractors.", (50, 212)),
    ],
)
def test_of_the_whole_then_a_part(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected
