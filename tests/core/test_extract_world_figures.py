"""Per-article killed and wounded figures as international news states them (issue 11).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman said at least 340 people were killed and injured in the blast.",
        "The landslide left 75 dead or injured, the regional governor said.",
        "More than 60 villagers were killed or wounded when the dam burst.",
        "The shelling killed or wounded 45 civilians, according to the local council.",
    ],
)
def test_a_combined_count_of_dead_and_hurt_is_neither_figure(text: str) -> None:
    assert [c for c in _claims(text) if c.metric in ("killed", "wounded")] == []


def test_separate_counts_joined_by_and_stay_two_figures() -> None:
    claims = _claims("The blast killed 14 people and injured 30, the governor said.")
    assert {(c.metric, c.value) for c in claims} == {("killed", 14), ("wounded", 30)}


def test_the_death_figure_beside_a_combined_count_is_the_headline() -> None:
    text = (
        "A rescue chief said more than 120 people were killed in the collapse. "
        "A hospital director said at least 300 people were killed and injured."
    )
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (120, Qualifier.MORE_THAN)


def test_a_breakdown_of_casualties_into_deaths_and_injuries() -> None:
    text = "Casualties since the rains began have reached 910, of which 388 are deaths and 522 injuries."
    claims = {(c.metric, c.value) for c in _claims(text) if c.metric in ("killed", "wounded")}
    assert claims == {("killed", 388), ("wounded", 522)}


def test_a_provinces_smaller_figure_does_not_replace_the_breakdowns_total() -> None:
    text = (
        "Casualties since the rains began have reached 910, of which 388 are deaths and 522 injuries. "
        "The coastal province is the worst hit with 141 deaths and 203 injuries."
    )
    killed, wounded = _headline(text), _headline(text, "wounded")
    assert killed is not None and killed.value == 388
    assert wounded is not None and wounded.value == 522


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("The death toll from the ferry sinking rose overnight to 96.", "killed", 96),
        ("The toll climbed sharply on Tuesday morning to 212, the civil defence said.", "killed", 212),
        ("The number of injured rose over the weekend to 318.", "wounded", 318),
    ],
)
def test_a_time_phrase_between_the_toll_verb_and_its_figure(text: str, metric: str, value: int) -> None:
    found = [c for c in _claims(text) if c.metric == metric]
    assert [(c.value, c.update) for c in found] == [(value, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Around 1,130 people died in the months after the cyclone, a university study found. "
        "That is a sharp increase from the official death count of 38.",
        "Around 1,130 people died in the months after the cyclone, a university study found, "
        "far higher than the government's toll of 38.",
    ],
)
def test_a_toll_something_is_compared_with_is_an_earlier_figure(text: str) -> None:
    compared = [c for c in _claims(text) if c.value == 38]
    assert [(c.earlier_figure, c.update) for c in compared] == [(True, False)]
    found = _headline(text)
    assert found is not None and found.value == 1130


def test_a_period_reaching_the_articles_year_is_no_past_story() -> None:
    text = (
        "An estimated 1,130 people died between October 2021 and March 2022, the study found. "
        "In 2019, a smaller storm killed 40 people on the same coast."
    )
    claims = extract(ArticleInput(text=text, language="en", published_at=datetime(2022, 6, 1))).claims
    roles = {c.value: c.role for c in claims if c.metric == "killed"}
    assert roles == {1130: Role.TOTAL, 40: Role.BACKGROUND}


def test_an_earlier_cue_reaches_only_its_own_part_of_the_sentence() -> None:
    text = (
        "An intelligence assessment found that 40 to 90 people were killed -- far fewer than the nearly 250 deaths "
        "that local officials originally announced. Local officials say at least 231 people were killed."
    )
    by_value = {c.value: c.earlier_figure for c in _claims(text) if c.metric == "killed"}
    assert by_value == {90: False, 250: True, 231: False}


def test_a_figure_conceded_in_a_while_clause_is_the_earlier_one() -> None:
    text = (
        "While port officials previously said the fire killed 412 people, a count by the news agency "
        "shows at least 530 people died. The ministry said its figure of 412 killed remained accurate."
    )
    claims = [c for c in _claims(text) if c.metric == "killed"]
    assert [(c.value, c.earlier_figure) for c in claims] == [(412, True), (530, False), (412, False)]
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (530, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge collapse killed 17 people. Six people remained hospitalized on Sunday.",
        "The bridge collapse killed 17 people. By Sunday, 6 injured had been remaining in hospitals.",
        "The bridge collapse killed 17 people. Two boys and four adults are still in hospital.",
    ],
)
def test_those_still_in_hospital_are_no_injured_total(text: str) -> None:
    assert _headline(text, "wounded") is None


def test_the_injured_total_beside_those_still_in_hospital() -> None:
    text = "The bridge collapse killed 17 people and injured 40. Six people remained hospitalized on Sunday."
    found = _headline(text, "wounded")
    assert found is not None and found.value == 40


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A rocket hit the market, killing 9 people. Some 64 people sought medical treatment.", 64),
        ("A rocket hit the market, killing 9 people. About 64 people applied for medical care.", 64),
        ("A rocket hit the market, killing 9 people. At least 64 people were treated in hospital.", 64),
    ],
)
def test_those_who_needed_care_are_the_injured(text: str, value: int) -> None:
    found = _headline(text, "wounded")
    assert found is not None and found.value == value


def test_the_hospitalized_are_a_part_of_those_who_sought_care() -> None:
    text = "A rocket hit the market, killing 9 people. 64 people sought medical treatment, and 25 were hospitalized."
    assert {c.value for c in _claims(text) if c.metric == "wounded"} == {64, 25}
    found = _headline(text, "wounded")
    assert found is not None and found.value == 64


def test_the_exact_count_behind_a_rounded_toll_is_the_headline() -> None:
    text = (
        "The death toll from the floods has risen to nearly 4,000. In the north, 1,240 deaths have been "
        "reported. Overall, 3,962 lives have been lost, the disaster agency said."
    )
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (3962, Qualifier.EXACT)


def test_a_rounded_toll_stays_when_no_count_matches_it() -> None:
    text = "The death toll from the floods has risen to nearly 4,000. In the north, 1,240 deaths have been reported."
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (4000, Qualifier.NEARLY)


def test_a_studys_estimate_beats_its_margin() -> None:
    text = (
        "The study found that approximately 1,130 people died because of the cyclone. It gives a 95 percent "
        "confidence interval that between 980 and 1,420 people died."
    )
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (1130, Qualifier.ABOUT)


def test_a_range_with_no_estimate_inside_stays_a_range() -> None:
    text = "Officials gave estimates from 30 to 60 dead. Separately, police said at least 13 guards were killed."
    found = _headline(text)
    assert found is not None and (found.low, found.high, found.qualifier) == (30, 60, Qualifier.RANGE)


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed 12 people and injured another 40.",
        "Twelve people were killed in the blast. Another 40 were injured.",
        "Twelve people were killed in the blast. A further 40 people were hurt.",
        "The blast killed 12 people. At least 40 more were injured.",
    ],
)
def test_another_after_the_dead_counts_the_injured(text: str) -> None:
    found = _headline(text, "wounded")
    assert found is not None and found.value == 40


def test_another_after_an_injured_figure_is_still_an_increment() -> None:
    text = "Twelve people were injured on Monday. Another 40 were injured on Tuesday."
    roles = [(c.value, c.role) for c in _claims(text) if c.metric == "wounded"]
    assert roles == [(12, Role.TOTAL), (40, Role.INCREMENT)]


def test_a_toll_unchanged_since_a_date_is_the_events_own() -> None:
    text = (
        "The official toll of 412 people killed and 655 injured has not changed since October 3. "
        "A bus crash on the same road last month killed 19 people."
    )
    killed, wounded = _headline(text), _headline(text, "wounded")
    assert killed is not None and killed.value == 412
    assert wounded is not None and wounded.value == 655


def test_a_count_since_a_month_is_still_cumulative() -> None:
    text = "Police said 45 people have been shot dead in the city since January."
    assert [c.role for c in _claims(text) if c.metric == "killed"] == [Role.CUMULATIVE]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers said 31 people have been confirmed dead so far after the ferry capsized.",
        "So far 31 bodies have been pulled from the rubble of the hotel, and 54 people were injured.",
        "The civil defence said the number of dead stood at 31 to date.",
    ],
)
def test_so_far_alone_is_the_events_running_toll(text: str) -> None:
    found = _headline(text)
    assert found is not None and found.value == 31


@pytest.mark.parametrize(
    "text",
    [
        "So far 120 people have been killed in the unrest.",
        "So far this year 120 people have been killed in the province.",
        "So far 120 fighters have been killed in the fighting, the monitor said.",
    ],
)
def test_so_far_over_a_long_running_conflict_is_cumulative(text: str) -> None:
    assert [c.role for c in _claims(text) if c.metric == "killed"] == [Role.CUMULATIVE]


def test_this_years_event_is_no_period() -> None:
    text = "At least 310 pilgrims were killed in a crush during this year's pilgrimage, officials said."
    found = _headline(text)
    assert found is not None and found.value == 310


def test_the_town_the_hurt_were_taken_to_is_not_the_incidents_place() -> None:
    text = (
        "Gunmen stormed a college in Mandera on Thursday, killing at least 41 students. "
        "The minister said 63 others were injured and have been rushed to hospital in Nairobi."
    )
    wounded = [c for c in _claims(text) if c.metric == "wounded"]
    assert [(c.value, c.location) for c in wounded] == [(63, "Mandera")]
    found = _headline(text, "wounded")
    assert found is not None and found.value == 63


@pytest.mark.parametrize(
    "text",
    [
        "A woman who was injured in the blast passed away on Sunday.",
        "A man was hurt in the collapse and later succumbed at the hospital.",
    ],
)
def test_someone_hurt_who_passed_away_or_succumbed_is_dead(text: str) -> None:
    assert [(c.metric, c.value) for c in _claims(text) if c.metric in ("killed", "wounded")] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un guardabosques murió y otras cuatro personas resultaron heridas en el incendio del monte.", "es"),
        ("Un pompier est mort et quatre autres personnes ont été blessées dans l'incendie.", "fr"),
    ],
)
def test_others_after_a_death_told_without_a_number_are_the_injured(text: str, language: str) -> None:
    """'Others' after one death told in words ("Un guardabosques murió") count people beyond the dead, as after a
    numbered death toll: the injured figure, not an increment of one no sentence gave."""
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert [(c.value, c.role) for c in claims if c.metric == "wounded"] == [(4, Role.TOTAL)]
