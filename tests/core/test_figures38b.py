"""English figures, round 38 (b). Sentences of our own.

A death told of the one a funeral, vigil or memorial honours, where the shooting happened, is an earlier one
("shot at a memorial for a man killed last month"); another incident's dead told after "after ..." in a sentence
that ranks the news in a series, or "came days after", or dated by its own day well before the news, are not this
incident's toll; a past year in a pluperfect clause that tells no harm ("he had been investigated for abuse in
2020") does not make the incident's own figure background."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six people were shot at a memorial for a man killed last month.", (None, 6)),
        ("Six people were shot at a memorial for a man who was killed last month.", (None, 6)),
        ("Five people were shot Sunday night during a vigil for a woman who had been killed in a crash.", (None, 5)),
        ("Three men were wounded by gunfire outside a funeral service for a teenager shot dead in May.", (None, 3)),
    ],
)
def test_the_dead_a_rite_at_the_scene_honours_died_before(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, None, _DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rite held for this incident's victim, not the scene: his death counts
        ("A vigil was held Sunday for a man killed in the shooting on Friday. Four others were wounded.", (1, 4)),
        ("Four people were shot outside a funeral service for a teenager; one of them died.", (1, 3)),
        ("Three people were shot and killed at the park.", (3, None)),
    ],
)
def test_deaths_of_the_incident_still_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, None, _DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 people were shot early Sunday outside a nightclub, police said. It was the city's second mass "
        "shooting in a week, after three people were killed at a bar on Tuesday.",
        "At least 14 people were shot early Sunday outside a nightclub. It is its third mass shooting this month, "
        "after two people were killed at a party.",
        "Five people were shot Saturday night at a block party on Elm Street. The shooting came days after a man "
        "was killed on the same street.",
        "Four people were shot Sunday night in a drive-by on Oak Street. Police are investigating whether the attack "
        "was retaliation for the Feb. 2 shooting death of a 19-year-old man, who died at the hospital.",
    ],
)
def test_another_incidents_dead_are_not_counted(text: str) -> None:
    killed, wounded = headline_figures(text, None, _DAY)
    assert killed is None
    assert wounded in (4, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A month after a man killed seven members of his family and then himself, police released records "
            "showing he had been investigated for child abuse in 2020 and that the case was closed.",
            7,
        ),
        ("Seven people were killed when a man who had been released from prison in 2019 opened fire.", 7),
    ],
)
def test_a_past_year_of_a_harmless_deed_leaves_the_toll(text: str, expected: int) -> None:
    assert headline_figures(text, None, _DAY)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man who had been jailed in 2010 for killing two people was arrested on Monday.",
        "In 2019, a gunman had killed four people at the same mall.",
    ],
)
def test_a_past_year_told_with_harm_stays_background(text: str) -> None:
    assert headline_figures(text, None, _DAY)[0] is None
