"""Incident toll updates, deaths among the injured, separate incidents and places that are not places.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _only(text: str, metric: str = "killed") -> Claim:
    found = [c for c in _claims(text) if c.metric == metric]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------ toll updates
@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("The death toll from Tuesday's explosion at a paper mill in Zlin has risen to six.", "killed", 6),
        ("The death toll in the bus crash rose to 9 on Wednesday.", "killed", 9),
        ("The death toll from the shooting at the mall has climbed to four, police said.", "killed", 4),
        ("The number of people injured in the blast rose to 23 overnight.", "wounded", 23),
        ("The gunman killed two guards, bringing the number killed in the attack to 5.", "killed", 5),
        ("The death toll of the fire at the hostel now stands at 11.", "killed", 11),
        # A toll with no scope is the article's own event's running toll (issue 11), not one over many incidents.
        ("The death toll rose to 15.", "killed", 15),
        ("The death toll from the attacks has risen to 31.", "killed", 31),
    ],
)
def test_incident_scoped_toll_is_that_incidents_latest_total(text: str, metric: str, value: int) -> None:
    updates = [c for c in _claims(text) if c.metric == metric and c.value == value]
    assert len(updates) == 1
    assert updates[0].role is Role.TOTAL
    assert updates[0].update


@pytest.mark.parametrize(
    ("text", "metric", "value", "role"),
    [
        ("The death toll since September 27 has risen to 90, the ministry said.", "killed", 90, Role.CUMULATIVE),
        ("The death toll from attacks across the country this week has risen to 31.", "killed", 31, Role.CUMULATIVE),
        ("The death toll on both sides of the fighting rose to 240.", "killed", 240, Role.CUMULATIVE),
        ("The death toll in the conflict so far has climbed to 70.", "killed", 70, Role.CUMULATIVE),
        ("The death toll from shootings in the city this year has reached 412.", "killed", 412, Role.CUMULATIVE),
        ("The death toll from the offensive rose to 15,000.", "killed", 15000, Role.CUMULATIVE),
    ],
)
def test_war_wide_or_multi_incident_tolls_stay_cumulative(text: str, metric: str, value: int, role: Role) -> None:
    claim = _only(text, metric)
    assert (claim.value, claim.role, claim.update) == (value, role, False)


def test_later_update_beats_earlier_figure_for_the_same_incident() -> None:
    text = (
        "A gas explosion tore through a warehouse in Olomouc on Friday, killing three people and injuring "
        "eight, the fire brigade said.\n\n"
        "Rescuers searched the rubble through the night.\n\n"
        "The death toll from the explosion has risen to five, the fire brigade said on Saturday."
    )
    main = main_incident_claims(_claims(text))
    killed = pick_headline(main, "killed")
    wounded = pick_headline(main, "wounded")
    assert killed is not None and (killed.value, killed.update) == (5, True)
    assert killed.attribution == "the fire brigade"
    assert wounded is not None and wounded.value == 8


def _claim(value: int, start: int, **kw: object) -> Claim:
    return Claim("killed", value, value, value, Qualifier.EXACT, Role.TOTAL, str(value), start, start + 1, **kw)  # type: ignore[arg-type]


def test_update_beats_figures_before_it_but_not_larger_ones_after_it() -> None:
    earlier = [_claim(7, 0), _claim(7, 50), _claim(4, 200, update=True, revised_down=True)]
    head = pick_headline(earlier, "killed")
    assert head is not None and head.value == 4  # revised, even downwards, when the text says so
    stale = [_claim(7, 0), _claim(7, 50), _claim(4, 200, update=True)]
    head = pick_headline(stale, "killed")
    assert head is not None and head.value == 7  # a smaller "rose to" after a larger total: stale, or a part
    later = [_claim(4, 0, update=True), _claim(6, 300)]
    head = pick_headline(later, "killed")
    assert head is not None and head.value == 6


# ------------------------------------------------------------------------- deaths among the injured
@pytest.mark.parametrize(
    "text",
    [
        "Two injured workers died in hospital on Tuesday.",
        "Two of the wounded later died.",
        "Two of the injured have since died of their injuries.",
    ],
)
def test_injured_who_died_are_a_killed_increment(text: str) -> None:
    claim = _only(text)
    assert (claim.value, claim.role) == (2, Role.INCREMENT)
    assert not [c for c in _claims(text) if c.metric == "wounded"]


def test_deaths_among_injured_leave_the_wounded_total_alone() -> None:
    text = (
        "The death toll from the fire at the depot has risen to four, officials said, after two injured "
        "firefighters died in hospital.\n\nSixteen people were hurt in the fire, the hospital said."
    )
    main = main_incident_claims(_claims(text))
    killed = pick_headline(main, "killed")
    wounded = pick_headline(main, "wounded")
    assert killed is not None and killed.value == 4
    assert wounded is not None and wounded.value == 16


@pytest.mark.parametrize(
    "text",
    [
        "Five people were injured, including a man who later died at the hospital.",
        "Five people were wounded, including Dan Pell, who later died.",
        "Five people were wounded, one of whom later died.",
    ],
)
def test_wounded_figure_that_counted_a_later_death(text: str) -> None:
    wounded = _only(text, "wounded")
    assert (wounded.value, wounded.derivation) == (4, "derived")


def test_separate_deaths_do_not_reduce_the_wounded_figure() -> None:
    wounded = _only("Three people were wounded and one man was killed.", "wounded")
    assert wounded.value == 3


# ------------------------------------------------------------------------------ not places
@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in Monday's explosion at the plant, officials said.",
        "Sunday's shooting left two people injured, Police said.",
        "Four people were killed in March, Officials said.",
        "Fire Chief Dana Roe said two people were injured in the blaze.",
        "Police said Saturday's crash killed three people.",
    ],
)
def test_weekdays_months_and_officials_are_not_locations(text: str) -> None:
    claims = _claims(text)
    assert claims
    assert all(c.location is None for c in claims), [c.location for c in claims]


# -------------------------------------------------------------------------------- separate incidents
def test_separate_incident_is_its_own_total_not_background() -> None:
    text = (
        "Four people were killed and as many as 20 were injured in an explosion at a chemical plant in Ostrava "
        "on Monday, city officials said.\n\n"
        "In a separate incident in Brno on Sunday, a fire at a warehouse injured two people, police said."
    )
    claims = _claims(text)
    brno = [c for c in claims if c.location == "Brno"]
    assert len(brno) == 1
    assert (brno[0].metric, brno[0].value, brno[0].role, brno[0].separate_incident) == (
        "wounded",
        2,
        Role.TOTAL,
        True,
    )
    main = main_incident_claims(claims)
    assert brno[0] not in main
    wounded = pick_headline(main, "wounded")
    assert wounded is not None and (wounded.value, wounded.qualifier) == (20, Qualifier.UP_TO)


def test_separate_incident_without_a_place_stays_out_of_the_main_incident() -> None:
    text = (
        "A man was shot and killed outside a bar in Springfield on Friday night, police said.\n\n"
        "In a separate shooting, three people were wounded near a park."
    )
    claims = _claims(text)
    separate = [c for c in claims if c.separate_incident]
    assert [(c.metric, c.value, c.location) for c in separate] == [("wounded", 3, None)]
    assert pick_headline(main_incident_claims(claims), "wounded") is None


# ------------------------------------------------------------------------------ singular phrasings
@pytest.mark.parametrize(
    "text",
    [
        "A woman was hit by a stray bullet while sitting on her porch.",
        "Police said Tom Reyes Jr. was shot in the hand and is expected to recover.",
    ],
)
def test_singular_wounded_phrasings(text: str) -> None:
    head = pick_headline(main_incident_claims(_claims(text)), "wounded")
    assert head is not None and head.value == 1


def test_hit_by_something_else_is_not_a_shooting() -> None:
    assert not _claims("The parked car was hit by a truck.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was later pronounced deceased at the scene.", 1),
        ("She died at the hospital on Sunday.", 1),
        ("A young family member at Camp Verde died of a gunshot wound on Friday.", 1),
        ("Deputies locate second body after Tuesday's shooting", 2),
        ("Divers recovered a third body from the lake on Monday.", 3),
        # headlines drop the article: the ordinal still says how many have died
        ("Third child dies after knife attack at dance class", 3),
        ("Fourth victim dies days after nightclub shooting", 4),
        ("Stabbing: 5th victim dies in hospital", 5),
    ],
)
def test_killed_singular_and_ordinal_phrasings(text: str, value: int) -> None:
    head = pick_headline(main_incident_claims(_claims(text)), "killed")
    assert head is not None and head.value == value


def test_a_date_that_opens_a_period_is_no_incident_date() -> None:
    text = (
        "Monsoon floods have killed 640 people since June 20 across the country, the disaster agency said. "
        "About 1,200 people were injured since June 20."
    )
    published = datetime(2031, 8, 2, tzinfo=UTC)
    claims = extract(ArticleInput(text, None, published)).claims
    assert claims and all(c.incident_date is None for c in claims)
    dated = extract(ArticleInput(text.replace("since June 20", "on June 20"), None, published)).claims
    assert any(c.incident_date is not None and str(c.incident_date) == "2031-06-20" for c in dated)
