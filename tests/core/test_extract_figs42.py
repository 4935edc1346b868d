"""English figures: a toll set by a figure before it whatever brought it, and the dead told by their rites (round 36,
figs42; sentences of our own)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.figures_kit import headline_figures


# "brought to N the number of people killed" sets a toll whatever its subject is (a find, an announcement), when the
# toll phrase goes on to name the one incident it counts: the subject need not be a death or a body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The discovery of a fourth car in the canal on Tuesday brought to 12 the number of people killed in the "
            "flash floods.",
            (12, None),
        ),
        ("Officials on Wednesday brought to 17 the number of people killed in last week's tower fire.", (17, None)),
        (
            "Searchers pulled another man from the mud on Monday, and the find raised to 31 the number of people who "
            "died in the landslide.",
            (31, None),
        ),
        ("The new figures bring to 44 the number of people injured in the blast at the refinery.", (None, 44)),
    ],
)
def test_a_figure_before_the_toll_of_one_incident_sets_it_whatever_its_subject(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


# Not a count over a city or a season of many incidents: those sentences set no toll of their own.
@pytest.mark.parametrize(
    "text",
    [
        "A violent weekend brought to 20 the number of people shot in the city in a span of 80 hours.",
        "The attack brings to 30 the number of people killed in shootings in the county this year.",
        "The storm brings to 40 the number of homes destroyed in the floods this year.",
    ],
)
def test_a_figure_before_a_count_over_a_city_or_of_things_sets_no_toll(text: str) -> None:
    assert headline_figures(text) == (None, None)


# The dead told by other rites than a funeral: the mourners who bury them, the vigil held for them, their coffins.
# With no other death figure in the article, the rite's count is the toll.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of mourners buried the six victims of the mine blast in the hillside cemetery above Dunmore on "
            "Saturday.",
            6,
        ),
        (
            "Six coffins draped in white lay before the altar as the town said goodbye to the victims of the bus "
            "crash.",
            6,
        ),
        ("Residents held a candlelight vigil for the nine victims of the warehouse blaze on Thursday night.", 9),
        ("Firefighters lined the road as the coffins of the four crewmen passed on their way to the chapel.", 4),
        ("A memorial service for the 13 pilgrims was held at the shrine on Sunday, a week after the ferry sank.", 13),
        ("Funeral prayers for the 14 victims were said in the main square of Kasra on Friday.", 14),
        ("The seven victims of the dormitory fire were laid to rest on Saturday in the village cemetery.", 7),
    ],
)
def test_the_dead_told_by_their_mourners_vigils_or_coffins(text: str, expected: int) -> None:
    assert headline_figures(text)[0] == expected


# Not the dead: a landslide that buries people traps them; coffins made or ordered are goods; and a rite beside a
# toll told outright leaves that toll the headline.
@pytest.mark.parametrize(
    "text",
    [
        "A landslide buried six villagers in their homes before dawn; rescuers dug four of them out alive.",
        "The municipality ordered 500 extra coffins as the fever spread through the eastern districts.",
        "A carpenter in the old quarter has built 40 coffins since the spring for families who cannot pay.",
    ],
)
def test_the_trapped_and_coffins_as_goods_count_no_dead(text: str) -> None:
    assert headline_figures(text)[0] is None


def test_a_toll_told_outright_stays_before_a_vigils_count() -> None:
    text = (
        "The fire at the textile plant killed 11 workers, the fire service said. On Friday evening relatives held a "
        "vigil for the nine victims who have been identified so far."
    )
    assert headline_figures(text)[0] == 11


# An infinitive opens a count's clause as "who" does: "the number of people known to have died" is a toll phrase as
# "the number of people who died" is, wherever its figure stands.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people known to have died in the mudslide rose to 27 on Monday.", (27, None)),
        ("By Friday the number of people confirmed to have died had climbed to 58.", (58, None)),
        ("Officials said the number of people believed to have been hurt in the blast stood at 140.", (None, 140)),
        ("The find raised to 31 the number of people known to have died in the landslide.", (31, None)),
    ],
)
def test_a_count_whose_clause_opens_with_an_infinitive_is_a_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


# One of a group counted before, told as "a woman among them" or "a man among the victims", who later died: one death,
# and the hurt are those counted less her; while she is only hurt, she is one of them and no count of her own.
@pytest.mark.parametrize("among", ["among them", "among the victims"])
def test_one_among_those_counted_who_dies_is_a_death(among: str) -> None:
    text = f"Six people were shot outside a diner on Pine Road on Saturday night. A man {among} died on Sunday."
    assert headline_figures(text) == (1, 5)


def test_one_among_those_counted_who_is_hurt_is_no_count_of_its_own() -> None:
    text = (
        "Six people were shot outside a diner on Pine Road on Saturday night. A man among them is in critical "
        "condition."
    )
    assert headline_figures(text) == (None, 6)


# A title-case headline capitalises the word that opens the clause after its verb ("Hit by Stray Bullet While
# Skateboarding", "Shot Outside Harbor Club"): that word is no name, so the verb is no active one with a named object,
# and the one hurt or killed before it counts once.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Girl, 9, Hit by Stray Bullet While Riding Her Bike in Dalton", (None, 1)),
        ("Teen Shot Outside Harbor Club After Fight", (None, 1)),
        ("Woman Killed During Family Gathering on Elm Street", (1, None)),
    ],
)
def test_a_title_case_clause_opener_is_no_name(title: str, expected: tuple[int | None, int | None]) -> None:
    text = "Police asked anyone with information to call the tip line."
    assert headline_figures(text, title) == expected


@pytest.mark.parametrize(
    ("title", "quote"),
    [
        ("Man Shot Outside Harbor Club", "Man Shot"),
        ("Teen Hit by Stray Bullet While Skateboarding", "Teen Hit by Stray Bullet"),
        ("Man Killed After Fight", "Man Killed"),
    ],
)
def test_a_title_case_clause_opener_makes_no_second_victim(title: str, quote: str) -> None:
    claims = extract(ArticleInput(text="Police are investigating.", title=title)).claims
    # (one hit by a stray bullet is one hurt, not one shot: figures41)
    told = [c.quote for c in claims if c.metric in ("killed", "shot", "wounded") and c.derivation is None]
    assert told == [quote]


# A person found somewhere "with a gunshot wound" is one shot, as "a man with a gunshot wound" is, when the place is
# told between them ("found a man in the street with a gunshot wound"); a place's own name before such a phrase
# ("taken to Riley Hospital for Children at IU Health with a gunshot wound") is nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Officers found a man in the alley behind the bakery with a gunshot wound to the leg.",
        "Deputies found a 15-year-old girl near the bus shelter with a gunshot wound. She is expected to recover.",
        "Police located Ana Ruiz, 24, inside the apartment with a gunshot wound to the shoulder.",
    ],
)
def test_one_found_at_a_place_with_a_gunshot_wound_is_one_hurt(text: str) -> None:
    assert headline_figures(text) == (None, 1)


def test_a_place_named_before_with_a_gunshot_wound_is_nobody() -> None:
    text = "He was taken to Mercy Hospital for Children at Lakeview Medical with a gunshot wound."
    claims = extract(ArticleInput(text=text)).claims
    assert [c.quote for c in claims if c.metric == "shot"] == []
