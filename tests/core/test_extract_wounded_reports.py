"""Wounded (and killed) figures on short reports of our own (`wounded_reports.py`): how the injured are said, which
of several figures is the article's headline one, and figures near injury words that count no one hurt. Then one
test per rule, on the sentences that show it."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role
from tests.core.wounded_reports import REPORTS


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title)).claims)


def _figure(claims: list[Claim], metric: str) -> int | None:
    claim = pick_headline(main_incident_claims(claims), metric)
    return None if claim is None or claim.qualifier is Qualifier.VAGUE else claim.value


@pytest.mark.parametrize(
    ("title", "text", "killed", "wounded"),
    [pytest.param(title, text, killed, wounded, id=rid) for rid, title, text, killed, wounded in REPORTS],
)
def test_each_report_gets_its_headline_figures(
    title: str | None, text: str, killed: int | None, wounded: int | None
) -> None:
    claims = _claims(text, title)
    assert (_figure(claims, "killed"), _figure(claims, "wounded")) == (killed, wounded)


def _wounded(text: str) -> list[tuple[int, Role]]:
    return [(c.value, c.role) for c in _claims(text) if c.metric == "wounded"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The explosion caused injuries to 27 people, the ministry said.", 27),
        ("The stampede caused injuries to more than 40 pilgrims.", 40),
    ],
)
def test_injuries_to_a_number_of_people_are_the_wounded(text: str, value: int) -> None:
    assert _wounded(text) == [(value, Role.TOTAL)]


def test_injuries_to_someone_named_count_no_one() -> None:
    """'Injuries to' is read before a number only: a name after it is no count ('no signs of injuries to her')."""
    assert _wounded("The detective said he saw no signs of injuries to Tyanna while speaking to her.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The pile-up on the motorway left 17 people with injuries, police said.", 17),
        ("Nine passengers with minor injuries were taken to a clinic.", 9),
        ("Paramedics treated 46 people for injuries at the station.", 46),
        ("Doctors were treating 30 residents for burns on Sunday.", 30),
        ("Twenty-two people were receiving treatment in hospital, the mayor said.", 22),
    ],
)
def test_the_injured_told_by_their_injuries_or_their_care(text: str, value: int) -> None:
    assert _wounded(text) == [(value, Role.TOTAL)]


def test_those_still_receiving_treatment_are_a_part() -> None:
    assert _wounded("Five people died. Another 22 people were still receiving treatment in hospital.") == [
        (22, Role.SUBSET)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams evacuated 14 injured people by helicopter to the valley.",
        "Around 15 injured passengers were airlifted to a military hospital in the state capital.",
        "Twelve wounded soldiers were flown to the capital overnight.",
    ],
)
def test_injured_people_carried_somewhere_are_a_part_of_the_injured(text: str) -> None:
    assert [role for _, role in _wounded(text)] == [Role.SUBSET]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The driver, 54, was injured when his lorry struck a bridge.", [1]),
        ("A passenger, 31, was hurt and four others were killed.", [1]),
        # a word standing for one person already counted: "one of them, 24,", "the other, 31,"
        ("Two men were shot. One of them, 24, died; the other, 31, was wounded in the leg.", [1]),
        ("Three teens were hurt; the eldest, 17, was taken to a hospital.", [3]),
    ],
)
def test_an_age_between_commas_after_a_person_is_no_count(text: str, wounded: list[int]) -> None:
    assert [value for value, _ in _wounded(text)] == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Over three weeks of protests, 240 people have been injured, according to a rights group.",
        "In two days of clashes in the capital, 130 people were wounded.",
    ],
)
def test_a_count_over_days_of_many_incidents_is_cumulative(text: str) -> None:
    assert [role for _, role in _wounded(text)] == [Role.CUMULATIVE]


def test_a_running_toll_clause_after_a_second_blast_is_the_incident_s() -> None:
    text = (
        "A first explosion injured 25 people at the refinery. Another 30 people were injured in a second explosion "
        "hours later, bringing the number of injured to 55."
    )
    claims = [c for c in _claims(text) if c.metric == "wounded"]
    assert [(c.value, c.separate_incident) for c in claims] == [(25, False), (30, True), (55, False)]
    assert _figure(_claims(text), "wounded") == 55


def test_the_number_of_people_shot_is_a_toll_of_those_shot() -> None:
    text = (
        "Police initially reported six people shot at the block party. On Monday, police said the number of "
        "people shot had risen to eight, with one dead."
    )
    claims = _claims(text)
    assert [(c.value, c.update) for c in claims if c.metric == "shot" and not c.earlier_figure] == [(8, True)]
    assert (_figure(claims, "killed"), _figure(claims, "wounded")) == (1, 7)


def test_the_number_of_people_shot_and_killed_counts_the_dead() -> None:
    claims = _claims("The number of people shot and killed at the mall rose to 4 on Monday.")
    assert [(c.metric, c.value) for c in claims] == [("killed", 4)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The blast, which injured 37, also killed three.", [("wounded", 37), ("killed", 3)]),
        ("The blast, which killed 5, also injured 40 people.", [("killed", 5), ("wounded", 40)]),
    ],
)
def test_a_number_right_after_a_verb_of_harm_is_its_object_not_the_next_verb_s(
    text: str, figures: list[tuple[str, int]]
) -> None:
    assert [(c.metric, c.value) for c in _claims(text)] == figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two crew members were rescued with injuries, officials said.", 2),
        ("Five people were pulled from the rubble of the hotel with serious injuries on Tuesday.", 5),
    ],
)
def test_people_rescued_with_injuries_are_the_wounded(text: str, value: int) -> None:
    assert _wounded(text) == [(value, Role.TOTAL)]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were pulled alive from the rubble.",
        "All four were found with gunshot wounds inside a bedroom after the fire was put out.",
    ],
)
def test_people_rescued_alive_or_found_shot_are_not_counted_wounded_here(text: str) -> None:
    assert _wounded(text) == []


def test_the_dead_included_among_those_shot_are_the_killed_figure() -> None:
    claims = _claims("Police said nine people were shot, including two who died at the scene.")
    assert [(c.metric, c.value, c.role) for c in claims if c.derivation is None] == [
        ("shot", 9, Role.TOTAL), ("killed", 2, Role.TOTAL)
    ]  # fmt: skip
    assert (_figure(claims, "killed"), _figure(claims, "wounded")) == (2, 7)


def test_the_dead_among_others_of_an_earlier_sentence_stay_a_part() -> None:
    claims = _claims("Nine people were shot at the party. Among the dead were two teenagers.")
    assert [(c.metric, c.role) for c in claims if c.metric == "killed"] == [("killed", Role.SUBSET)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A dad accidentally shot his 11 year-old son in the cheek, police said.", ("wounded", 1)),
        ("A 4 year old girl was shot in the leg on Saturday.", ("wounded", 1)),
        ("Two 16 year-old boys were shot outside the school.", ("wounded", 2)),
        ("Two 16 year old boys were shot outside the school.", ("wounded", 2)),
    ],
)
def test_an_age_written_apart_from_its_digits_is_part_of_the_person_not_a_count(
    text: str, figure: tuple[str, int]
) -> None:
    claims = _claims(text)
    assert (figure[0], _figure(claims, figure[0])) == figure


@pytest.mark.parametrize(
    "text",
    [
        "A 4-year-old girl was hit in the thigh by a ricochet.",
        "Police say the gun went off, hitting the youngster in the hand.",
    ],
)
def test_hit_by_a_bullet_is_read_as_a_wound(text: str) -> None:
    """A sentence with only 'hit in' / 'hit by' / 'hitting' for its harm word is read (not skipped by the cheap
    look for harm words before the passes)."""
    assert _figure(_claims(text), "wounded") == 1


def test_a_storm_that_hit_counts_no_one() -> None:
    assert _claims("The storm hit the coast on Monday with winds of 120 miles per hour.") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Eight people were shot at a park on Sunday. Police updated the number of victims to nine on Monday.",
            (None, 9),
        ),
        ("The quake struck at dawn. The number of victims rose to 150 on Monday.", (150, None)),
        ("Four people were killed. The number of victims rose to six on Monday.", (6, None)),
    ],
)
def test_the_number_of_victims_counts_those_shot_after_a_figure_of_them(
    text: str, figures: tuple[int | None, int | None]
) -> None:
    claims = _claims(text)
    assert (_figure(claims, "killed"), _figure(claims, "wounded")) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Each year, about 400 people are injured in fireworks accidents, according to the safety council.",
        "On average, 30 people are injured on the country's roads every day.",
    ],
)
def test_a_rate_is_a_count_over_many_incidents(text: str) -> None:
    assert [role for _, role in _wounded(text)] == [Role.CUMULATIVE]


def test_a_season_long_flood_keeps_its_count() -> None:
    """A monsoon's floods are one event counted over the season: 'this monsoon season' is no rate."""
    text = "Floods have killed 1,200 people and injured 12,800 this monsoon season, the disaster agency said."
    assert _wounded(text) == [(12800, Role.TOTAL)]
