"""The headline figure on international news: a title figure the body gives as a toll to date, and a place that
is only where the source spoke or one city of several.

All sentences are written for these tests.
"""

from __future__ import annotations

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Role


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


def test_a_title_figure_the_body_gives_as_the_war_toll_to_date_is_not_the_strike_s_toll() -> None:
    title = "Sudan war toll passes 15,000"
    text = (
        "Shelling of a market in El Fasher killed nine people on Tuesday, residents said. "
        "At least 15,012 people have been killed across the country since the war began in April, a monitoring "
        "group said on Wednesday."
    )
    claims = _claims(text, title)
    in_title = [c for c in claims if c.field == "title" and c.metric == "killed"]
    assert [c.value for c in in_title] == [15000]
    assert in_title[0].role is not Role.TOTAL
    head = _headline(text, title=title)
    assert head is not None and head.value == 9


def test_a_rounded_title_figure_takes_the_role_of_the_body_figure_it_rounds() -> None:
    title = "More than 1,200 civilians killed in the province"
    text = (
        "A drone strike on a bus station in Kherson killed four people on Monday. More than 1,234 civilians have "
        "been killed in the province since the invasion began, the regional governor said."
    )
    head = _headline(text, title=title)
    assert head is not None and head.value == 4


def test_a_title_figure_the_body_gives_as_the_incident_s_toll_stays_the_headline() -> None:
    title = "Flash flood kills 120 in river valley"
    text = (
        "At least 120 people died when the river burst its banks overnight, officials said. "
        "Floods have killed more than 1,500 people in the country since 1990."
    )
    head = _headline(text, title=title)
    assert head is not None and head.value == 120


def test_a_title_figure_far_from_the_background_figure_is_left_alone() -> None:
    title = "Ferry fire kills 45"
    text = (
        "Forty-five passengers died when fire swept through the ferry on Saturday, the coast guard said. "
        "In 2003, 50 people died in a ferry fire on the same route."
    )
    claims = _claims(text, title)
    assert [c.role for c in claims if c.field == "title" and c.metric == "killed"] == [Role.TOTAL]
    head = _headline(text, title=title)
    assert head is not None and head.value == 45


def test_a_small_title_figure_that_a_background_figure_repeats_by_chance_stays_the_total() -> None:
    title = "Two killed in shooting outside bar"
    text = (
        "A man was shot dead outside a bar on Main Street late Saturday and a woman died later in hospital, "
        "police said. Two people have been killed in shootings in the neighbourhood since the start of the year."
    )
    claims = _claims(text, title)
    assert [c.role for c in claims if c.field == "title" and c.metric == "killed"] == [Role.TOTAL]
    head = _headline(text, title=title)
    assert head is not None and head.value == 2


def test_a_city_where_officials_spoke_is_not_another_place_s_figure() -> None:
    text = (
        "A powerful earthquake shook Port-de-Paix on Saturday, killing 12 people. "
        "Officials in Cap-Haitien later said 42 people had died in the quake."
    )
    head = _headline(text)
    assert head is not None and head.value == 42


def test_a_city_the_source_spoke_in_after_the_figure_is_not_the_figure_s_place() -> None:
    text = (
        "Floods swept through Semarang on Monday, killing 15 people. "
        "The death toll rose to 20 on Tuesday, the governor said in Jakarta."
    )
    head = _headline(text)
    assert head is not None and head.value == 20


def test_a_city_the_source_spoke_in_before_the_figure_is_not_the_figure_s_place() -> None:
    text = (
        "Mudslides buried homes in Batu on Monday, killing 15 people. "
        "The minister told reporters in Jakarta on Tuesday that 23 people had died."
    )
    head = _headline(text)
    assert head is not None and head.value == 23


def test_one_city_of_a_list_of_cities_does_not_set_the_figure_apart() -> None:
    text = (
        "Bombs went off in Quetta on Friday, killing 11 people. "
        "Blasts in Peshawar, Mastung and Quetta killed 60 people in all."
    )
    head = _headline(text)
    assert head is not None and head.value == 60


def test_a_figure_told_for_another_city_is_still_set_apart() -> None:
    text = (
        "A gunman opened fire at a mall in Dallas on Saturday, killing three people, police said. "
        "Hours later, five people were killed in a shooting in Houston."
    )
    head = _headline(text)
    assert head is not None and head.value == 3
