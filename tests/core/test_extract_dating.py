"""Which figures a sentence dates itself, and tolls over a campaign (its length, or counted from its start).

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.where_when import AHEAD_OF_PUBLICATION, dates_in
from core.models import ArticleInput, Claim, Role

PUBLISHED = datetime(2024, 3, 8, 12, 0)  # a Friday


def _claims(text: str, language: str = "en") -> list[Claim]:
    return list(extract(ArticleInput(text=text, published_at=PUBLISHED, language=language)).claims)


def test_a_figure_dated_in_its_own_sentence_is_not_carried() -> None:
    text = (
        "Floods that swept the valley on Tuesday killed at least 30 people, officials said. "
        "Rescuers in the hills were still searching for survivors, and about 12 people were reported dead "
        "in one village alone."
    )
    by_value = {c.value: c for c in _claims(text) if c.metric == "killed"}
    assert by_value[30].incident_date == date(2024, 3, 5) and not by_value[30].date_carried
    assert by_value[12].incident_date == date(2024, 3, 5) and by_value[12].date_carried


def test_a_figure_without_any_date_in_the_article_is_undated_not_carried() -> None:
    claims = [c for c in _claims("Four people were killed when a bridge collapsed.") if c.metric == "killed"]
    assert claims and all(c.incident_date is None and not c.date_carried for c in claims)


def test_the_lexicon_pass_dates_with_the_article_so_its_dates_are_carried() -> None:
    claims = _claims("Le séisme de mardi a fait au moins 40 morts, selon les autorités.", language="fr")
    dated = [c for c in claims if c.incident_date is not None]
    assert dated and all(c.date_carried for c in dated)


@pytest.mark.parametrize(
    "text",
    [
        "Health officials say at least 2,400 people have been killed in the 11-day bombardment of the city.",
        "The two-year war has left more than 9,000 people dead.",
        "At least 600 people died in the three-month siege, aid groups said.",
        "More than 300 people have been killed since the bombardment began, officials said.",
    ],
)
def test_a_toll_over_a_campaign_is_a_toll_over_many_incidents(text: str) -> None:
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.role is Role.CUMULATIVE for c in killed)


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a market killed 14 people on the fourth day of the offensive.",
        "The three-day festival ended early after a crush killed 8 people.",
    ],
)
def test_a_single_incident_inside_a_longer_period_stays_a_total(text: str) -> None:
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.role is Role.TOTAL for c in killed)


def test_a_toll_update_dated_after_its_figure_dates_the_count_not_the_deaths() -> None:
    counted = [c for c in _claims("The death toll rose to 50 on Thursday.") if c.metric == "killed"]
    assert counted and all(c.update and c.date_carried for c in counted)
    own = [c for c in _claims("The death toll from Tuesday's strike rose to 9.") if c.metric == "killed"]
    assert own and all(c.update and not c.date_carried and c.incident_date == date(2024, 3, 5) for c in own)


def test_figures_told_with_a_later_count_take_the_counts_day_too() -> None:
    text = "The death toll from the floods rose to 1,310 on Thursday, with 31 more deaths and 12,600 people injured."
    totals = [c for c in _claims(text) if c.role is Role.TOTAL]  # "31 more deaths" is an increment of the toll
    by_metric = {c.metric: c for c in totals if c.metric in ("killed", "wounded")}
    assert by_metric["killed"].update and by_metric["killed"].date_carried
    wounded = by_metric["wounded"]
    assert (wounded.value, wounded.incident_date, wounded.date_carried) == (12600, date(2024, 3, 7), True)


def test_a_day_without_a_year_weeks_after_publication_is_last_years() -> None:
    # Published in early March: "March 30" a year on is last year's, a funeral next week is this year's.
    text = "A year after the landslide of March 30 that killed 14 people, the valley is still rebuilding."
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.incident_date == date(2023, 3, 30) for c in killed)


def test_a_day_without_a_year_days_after_publication_stays_in_its_year() -> None:
    text = "Two people were killed on Wednesday. A vigil is planned for March 12."
    mentions = dates_in(text, 0, len(text), PUBLISHED.date(), AHEAD_OF_PUBLICATION)
    assert [m.value for m in mentions] == [date(2024, 3, 6), date(2024, 3, 12)]


def test_without_a_publication_date_a_day_a_few_weeks_on_stays_in_the_texts_year() -> None:
    # The reference is then the text's own first full date, and a later day it tells can be weeks on.
    text = "The storm struck on March 2, 2024. By March 25 the toll had reached 40."
    mentions = dates_in(text, 0, len(text), date(2024, 3, 2))
    assert [m.value for m in mentions] == [date(2024, 3, 2), date(2024, 3, 25)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Disasters date themselves as shootings do: "the blasts ... on Tuesday", "Tuesday's quake".
        ("At least 40 people have died after the warehouse blasts in the port on Tuesday, officials said.", 5),
        ("Tuesday's earthquake killed at least 120 people in the mountain villages, rescuers said on Thursday.", 5),
        ("Rescuers said on Thursday that the floods on Monday had killed 31 people.", 4),
    ],
)
def test_a_disaster_word_beside_a_date_makes_it_the_incidents(text: str, day: int) -> None:
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.incident_date == date(2024, 3, day) for c in killed)


def test_the_day_named_in_the_tolls_own_words_dates_an_update() -> None:
    # The count's day ("on Thursday") is nearer the figure; the deaths are Tuesday's.
    text = "The number of people killed in Tuesday's explosions climbed to 85 on Thursday, state media said."
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.incident_date == date(2024, 3, 5) for c in killed)


def test_an_update_counted_on_a_later_day_takes_the_articles_incident_date() -> None:
    text = (
        "A fire on Tuesday gutted a crowded market, killing 12 people, officials said. "
        "The death toll rose to 20 on Thursday as more bodies were found."
    )
    killed = {c.value: c for c in _claims(text) if c.metric == "killed"}
    assert killed[20].incident_date == date(2024, 3, 5) and killed[20].date_carried


def test_figures_told_with_an_update_take_the_day_of_the_tolls_own_words() -> None:
    # "on Thursday" is the count's day; the injured told with it are Tuesday's crush's, as the deaths are.
    text = "The death toll from Tuesday's crowd crush rose to 151 on Thursday, with 82 people injured, officials said."
    claims = _claims(text)
    assert {(c.metric, c.incident_date) for c in claims} == {
        ("killed", date(2024, 3, 5)),
        ("wounded", date(2024, 3, 5)),
    }


def test_the_day_of_mourning_is_no_day_of_the_deaths() -> None:
    text = "The country declared national mourning on Thursday after 154 people were crushed to death on Tuesday."
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 5)


def test_a_sentence_closing_on_who_told_it_keeps_its_incident_date() -> None:
    text = (
        "At least 87 people were killed in a stampede at a religious gathering in a village of the northern "
        "state on Tuesday, officials said."
    )
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 5)
    # Without an incident word before it, the day may be a later step's ("died at the hospital on Tuesday").
    [died] = [c for c in _claims("A 25-year-old man died at the hospital on Tuesday, police said.") if c.value == 1]
    assert died.incident_date is None


def test_buried_by_a_landslide_dates_the_disaster_not_a_burial() -> None:
    [killed] = [c for c in _claims("A landslide buried homes on Tuesday, killing at least 23 people.") if c.value == 23]
    assert killed.incident_date == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A drone attack on the port town killed two people overnight, the governor said.", date(2024, 3, 8)),
        ("Two men were shot dead overnight outside a bar in Dayton, police said.", date(2024, 3, 8)),
        ("A woman was killed in a shooting in Dayton three days ago, police said.", date(2024, 3, 5)),
        ("A woman was killed in a shooting in Dayton 2 days ago, police said.", date(2024, 3, 6)),
    ],
)
def test_overnight_is_the_publications_day_and_days_ago_count_back_from_it(text: str, day: date) -> None:
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert killed and all(c.incident_date == day for c in killed)


@pytest.mark.parametrize(
    "text",
    [
        # PUBLISHED is a Friday: the crash was on Wednesday, identifying the dead and their funerals are later steps
        "Authorities on Thursday began identifying the 40 people killed when a bus plunged into a ravine on Wednesday.",
        "Families on Thursday held funerals for the 40 people who died when a bus plunged into a ravine on Wednesday.",
        "On Thursday officials started identifying the 40 people killed in Wednesday's bus crash.",
    ],
)
def test_the_day_victims_are_identified_or_mourned_is_no_incident_date(text: str) -> None:
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 6)


@pytest.mark.parametrize(
    "dateline",
    ["MOSUL, Iraq, March 8 (Reuters) -", "MOSUL, March 8 (Reuters) -", "MOSUL, Iraq, March 8, 2024 (AFP) —"],
)
def test_a_wire_datelines_day_is_when_it_was_filed(dateline: str) -> None:
    # PUBLISHED is Friday 8 March: the blast was on Thursday; the dateline's day, nearer the figure, is the filing's
    text = f"Headline line\n{dateline} At least 12 people were killed when a car bomb exploded at a market on Thursday."
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 7)


def test_a_wire_datelines_day_is_the_storys_today() -> None:
    # published on the 8th; filed on the 7th: "overnight" and "Wednesday" count from the day it was filed
    text = "TULSA, March 7 (Xinhua) -- Gunfire at a house party overnight left two people dead, police said."
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 7)
    text = "TULSA, March 7 (Xinhua) -- Two people were killed at a house party on Wednesday, police said."
    [killed] = [c for c in _claims(text) if c.metric == "killed"]
    assert killed.incident_date == date(2024, 3, 6)


def test_the_day_school_resumed_after_a_shooting_is_not_the_shootings() -> None:
    """'Classes resumed Wednesday after four students were shot': Wednesday dates the classes, not the shooting
    (it was read as the Wednesday before publication, a week early)."""
    for text in (
        "Classes at a high school in Fresno resumed Wednesday after four students were shot outside the campus.",
        "Classes at a high school in Fresno are set to resume Wednesday after four students were shot outside it.",
    ):
        dated = {c.incident_date for c in _claims(text) if c.metric == "wounded"}
        assert dated == {None}, text
