"""Per-article figures, round 30 (figs32: figs30's reverted round-28 branch, retried narrower): another event's
toll told as background inside a report of this one. An earlier event brought in by its time ("..., a week after a
bridge collapse in Mestre killed 39", "days after the blast that killed 12"), or by a place still mourning it ("a
town still mourning the 9 people shot dead last week", "still reeling from the shooting that killed 5"), is that
event's toll, not the report's; and its place is not the place of the report's own figure. A toll told across a
country by name beside the event's own is national. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.models import ArticleInput, Role
from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)

_BACKGROUND_EVENTS = [
    ("Seven climbers were killed in an avalanche on the pass on Monday, a week after a bridge collapse in Mestre "
     "killed 39.", 7),
    ("Floods killed 31 people in the province, weeks after a highway collapse there killed 52.", 31),
    ("An explosion killed four workers at the refinery on Friday, days after the blast that killed 12.", 4),
    ("The storm killed six people on the coast, just two weeks after a cyclone left 80 dead.", 6),
    ("Two people were shot dead on Saturday in a city still mourning the 9 people shot dead last week.", 2),
    ("Three men were killed in a shooting at a bar on Sunday, with the town still reeling from the shooting that "
     "killed 5 at a nightclub.", 3),
    ("The community was still reeling from the shooting that killed 5 at a nightclub when a gunman opened fire at "
     "a bar on Sunday, killing two.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "own"), _BACKGROUND_EVENTS)
@pytest.mark.parametrize("published_at", [_DAY, None])
def test_an_earlier_events_toll_told_in_passing_is_background(
    text: str, own: int, published_at: datetime | None
) -> None:
    assert headline_figures(text, published_at=published_at) == (own, None)


@pytest.mark.parametrize(
    "text",
    [
        # the report's own figures told with a time after the incident stay its own
        "Two days after the shooting, 5 people had died, police said.",
        "A fourth victim died in hospital two days after the attack, bringing the toll to 4.",
        "The man was killed a week after he was released, and 3 others were hurt.",
        # a follow-up of the earlier event itself: no toll of its own before the time
        "DALTON — A week after a gunman killed six people at a mall, two of the nine people wounded remain in "
        "hospital.",
    ],
)
def test_the_reports_own_figures_after_its_incident_stay_its_own(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert claims and all(c.role is not Role.BACKGROUND for c in claims)


def test_the_background_events_place_is_not_the_reports() -> None:
    text = "Seven climbers were killed in an avalanche on Monday, a week after a bridge collapse in Mestre killed 39."
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    own = next(c for c in claims if c.value == 7)
    other = next(c for c in claims if c.value == 39)
    assert own.location != "Mestre"
    assert other.location == "Mestre"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood in the underpass killed nine people. Across South Korea, 37 people have died since Thursday.",
            (9, None),
        ),
        (
            "A landslide buried a village, killing 14. Throughout Nepal, monsoon rains have killed 120 since June.",
            (14, None),
        ),
        # told first, the country's toll is the article's own
        ("Across South Korea, the storms killed 37 people. In the underpass, nine died.", (37, None)),
    ],
)
def test_a_toll_told_across_a_country_by_name_beside_the_events_own_is_not_its_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot dead on Elm Street on Friday. Two other people are in the hospital, police said.", (1, 2)),
        ("One person died in the crash and three others were in the hospital Sunday.", (1, 3)),
        # where a death happened, not a count of the injured
        ("Two people were killed at the scene and another in the hospital.", (3, None)),
    ],
)
def test_those_in_the_hospital_are_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize("care", ["in the hospital", "in hospital"])
@pytest.mark.parametrize("then", ["but later died", "and died two days later", "until he died on Sunday"])
def test_the_one_in_hospital_who_then_died_is_no_injured_count(care: str, then: str) -> None:
    # a gva-silver grouping regression of figs30: that victim counted as one injured joined another incident's report
    text = (
        f"A teenager was shot and killed on Pilot Street on Tuesday. Police said Roe was {care} with critical "
        f"injuries {then}."
    )
    assert headline_figures(text, published_at=_DAY) == (1, None)


def test_a_new_subject_who_died_is_a_part_of_those_in_hospital() -> None:
    text = "Two men were shot on Tuesday. Both were in the hospital but one later died."
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert any(c.metric == "wounded" and c.value == 2 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a later death of the report's own incident, told with the time since it: that incident is no other event
        "A second victim has died, a week after the shooting at the Elm Street bar that killed one man and wounded "
        "three.",
        "Jones died on Friday, days after the crash that also killed his brother.",
        # what a place still reels from, with no harm of its own told before, is the report's own news
        "A small town is still reeling after five people were shot at a high school football game.",
        "A Florida neighbourhood is still reeling after, police said, two women and a boy were shot outside a store.",
        "Residents, still mourning the three people killed in Saturday's fire, gathered at the church.",
    ],
)
def test_the_reports_own_incident_told_after_a_death_or_a_mourning_is_not_another_event(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert claims and all(c.role is not Role.BACKGROUND for c in claims)


def test_deaths_told_with_an_incident_of_their_own_keep_the_other_event_background() -> None:
    text = "Seven workers died in an explosion at the mill on Friday, days after a blast at the port killed 12."
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert {c.value: c.role for c in claims} == {7: Role.TOTAL, 12: Role.BACKGROUND}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a place told in apposition by what it still mourns, with no harm of the news before it
        ("Thousands were told to leave their homes, including many in Elmwood, a town still mourning 9 people shot "
         "dead at a cafe on Monday.", 9),
        # news told as coming while a place mourns another incident
        ("DALTON - Two men were shot on Sunday. The shooting came as the region mourned the 12 people killed at the "
         "county courthouse on Friday.", 12),
        # one of a series, the earlier incident told after it
        ("DALTON - Two men were shot on Sunday. It was the second mass shooting in the state in three days, after "
         "four people were killed at a mall in Elmwood.", 4),
    ],
)  # fmt: skip
def test_an_incident_a_place_mourns_or_a_series_began_with_is_background(text: str, other: int) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert {c.role for c in claims if c.value == other} == {Role.BACKGROUND}
    assert all(c.role is not Role.BACKGROUND for c in claims if c.value != other)


@pytest.mark.parametrize(
    "text",
    [
        "Police named the suspect on Monday, with the town still reeling from the shooting that killed 5.",
        "Hundreds gathered for a vigil on Sunday in a city still mourning the 9 people shot dead at a bar.",
        "DALTON - Two men were shot on Sunday. It was the second shooting in the neighbourhood this week.",
        # the series named by the news's own dead, the earlier one told with no toll
        "DALTON - A man was shot by police on Saturday. It was the second deadly shooting by officers in a day, coming "
        "soon after the shooting of a teenager, which prompted protests.",
    ],
)
def test_a_follow_up_of_the_news_itself_is_no_other_incident(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert claims and all(c.role is not Role.BACKGROUND for c in claims)


def test_a_report_that_comes_after_another_keeps_its_sentence_background() -> None:
    text = "The fatal shooting comes two months after a woman was shot and killed at Lake Mira."
    claims = extract(ArticleInput(text=text, published_at=_DAY)).claims
    assert claims and all(c.role is Role.BACKGROUND for c in claims)
    # The earlier killing keeps its place; the report's own shooting, told before the clause, is not placed there
    # (places30: a place inside a '<time> after' clause is not given to a figure written before it).
    assert {c.quote: c.location for c in claims} == {"a woman was shot and killed": "Lake Mira", "fatal shooting": None}
