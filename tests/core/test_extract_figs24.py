"""Per-article figures, round 24: toll verbs of multiplying ("doubled", "shot up"), a fatal share of casualties
("eight of them fatal"), hedged counts ("maybe", "perhaps", "possibly" are approximate), "charred to death", and an
Arabic ferry's sinking told with the article ("غرق العبارة"). Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events.hazards import report_hazards
from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Qualifier
from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll shot up to 58 after rescuers dug through the rubble of the school.", (58, None)),
        ("Officials said the death toll had shot up to 112 by Thursday evening.", (112, None)),
        ("The death toll from the blaze has doubled to 36, the fire service said.", (36, None)),
        ("The number of dead nearly tripled overnight to 95 as rescuers reached the valley.", (95, None)),
    ],
)
def test_a_toll_that_shot_up_or_doubled_to_a_figure_is_that_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said there were 37 casualties, nine of them fatal, after the bus left the road.", (9, None)),
        ("The crash caused 62 casualties, 11 of them fatal, according to the regional health office.", (11, None)),
        # "fatal" right after a count is no share: the shootings are counted, not the dead
        ("Detectives are looking into two fatal shootings over the weekend, the sheriff's office said.", (None, None)),
        # a share of incidents, not of the harmed
        ("The corner store has seen three robberies this year, one of them fatal, the owner said.", (None, None)),
    ],
)
def test_the_fatal_share_of_casualties_is_the_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Maybe 120 people were wounded in the clashes, a doctor said.", "wounded", 120),
        ("Perhaps 40 people died when the bridge gave way, witnesses said.", "killed", 40),
        ("Possibly 300 were injured in the stampede, according to a hospital official.", "wounded", 300),
    ],
)
def test_a_hedged_count_is_approximate(text: str, metric: str, value: int) -> None:
    claims = main_incident_claims(extract(ArticleInput(text=text, published_at=_DAY)).claims)
    head = pick_headline(claims, metric)
    assert head is not None
    assert (head.value, head.qualifier) == (value, Qualifier.ABOUT)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Eighteen workers were charred to death and six others injured when a tanker exploded at the depot.",
            None,
            (18, 6),
        ),
        (
            "The bus caught fire after hitting a divider on the highway late on Friday night, police said.",
            "14 passengers charred to death in bus fire",
            (14, None),
        ),
    ],
)
def test_charred_to_death_is_a_toll(text: str, title: str | None, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


def test_an_arabic_ferrys_sinking_with_the_article_is_a_ship_disaster() -> None:
    assert "ship" in report_hazards(None, "غرق 64 شخصا في حادثة غرق العبارة قبالة الساحل")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 47 people have died in the floods, with 17 deaths on the western bank and 30 in areas held by "
            "the rebels, officials said.",
            (47, None),
        ),
        (
            "At least 52 people have died since the dam burst, with 19 deaths in government-held districts and 33 "
            "across the river.",
            (52, None),
        ),
        # the sides are the speakers', not the toll's
        (
            "At least 47 people have died in the floods unleashed by the dam's collapse, officials on both sides of "
            "the front line said, with 17 deaths on the government-held bank and 30 in occupied areas.",
            (47, None),
        ),
        (
            "At least 47 people have died in the floods, authorities on both sides said on Wednesday.",
            (47, None),
        ),
        # the breakdown of another strike's dead stays that strike's share
        (
            "A missile strike killed 30 people in the city on Monday. Another strike hit the market on Tuesday, with "
            "12 killed, officials said.",
            (30, None),
        ),
    ],
)
def test_a_sides_breakdown_after_the_whole_leaves_the_whole_its_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "नाशिक-पुणे महामार्गावर खासगी बसला भीषण आग लागून २२ प्रवाशांचा होरपळून मृत्यू झाला, तर नऊ जण गंभीर जखमी "
            "झाले आहेत, अशी माहिती पोलिसांनी दिली.",
            (22, 9),
        ),
        ("जिल्ह्यात मुसळधार पावसामुळे आलेल्या पुरात किमान १४ जणांचा मृत्यू झाला असून तिघे बेपत्ता आहेत.", (14, None)),
        ("ट्रक आणि एसटी बसच्या धडकेत पाच जण ठार, तर ३१ प्रवासी जखमी झाले.", (5, 31)),
        ("इमारत कोसळून मृतांचा आकडा ३७ वर पोहोचला आहे, असे जिल्हाधिकाऱ्यांनी सांगितले.", (37, None)),
    ],
)
def test_marathi_reports_give_their_figures(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY, language="mr") == expected
