"""Places found by probing with own sets a132 onward (page noise, several languages): sentences of our own."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import article_locations
from core.similarity import fingerprint
from tests.core.places_kit import place_label as place


def test_a_name_written_only_as_a_district_is_no_namesake_town_abroad() -> None:
    # 'Mustang' alone is a town of 20,000 in Oklahoma; 'Mustang district' is Nepal's (too few towns to be among
    # the districts): with the country named, or a Nepalese dateline, the district's own town is meant
    text = "The wreckage of a small plane was found in Mustang district in Nepal on Monday. All 19 on board died."
    assert place(text) == "Mustāng, NP"
    text = "KATHMANDU: A small plane crashed in Mustang district on Monday, killing all 19 on board, officials said."
    assert place(text) == "Mustāng, NP"


def test_a_town_written_beside_its_own_district_stays_the_town() -> None:
    # the district of the town's name is in the town's own country: the town is meant, as before
    assert place("Five people were killed in Swat district on Monday, police said.") == "Swat"
    assert place("Two people were killed in Mustang, Oklahoma, on Monday night, police said.") == "Mustang, OK"


def test_a_headline_town_the_text_writes_only_as_a_district_is_the_districts() -> None:
    title = "Small plane crash in Mustang kills all 19 on board"
    text = "KATHMANDU: A small plane was found on a slope in Mustang district on Monday. All 19 people on board died."
    assert place(text, title=title) == "Mustāng, NP"


def test_a_body_town_next_to_the_datelines_town_is_that_neighbour_not_a_capital_abroad() -> None:
    # 'Lewiston' is Maine's or Idaho's; 'Lisbon' alone is Portugal's capital; Lisbon, Maine is 12 km from
    # Lewiston, Maine: the dateline and the body's town read together are two neighbours in Maine
    text = "LEWISTON — The man sought in the killing of four people was found dead near a plant in Lisbon, police said."
    assert place(text) in ("Lisbon, ME", "Lewiston, ME")


def test_a_dateline_far_from_a_namesake_of_the_body_town_stays_a_bureau() -> None:
    # Paris, Texas is 150 km from Dallas: a report filed in Dallas about Paris is about France
    text = "DALLAS (AP) — A gunman killed five people in Paris on Friday night, French police said."
    claims = extract(ArticleInput(text=text, language="en")).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    assert article_locations(article)["Paris"].label == "Paris, FR"


def test_a_states_possessive_before_a_name_the_gazetteer_lacks_places_it_in_that_state() -> None:
    # 'Wayanad' alone and 'Meppadi' are no towns the gazetteer knows; 'Kerala's' is a state of India's alone
    text = "At least 40 people died after mudslides buried hamlets near Meppadi in Kerala's Wayanad district on Monday."
    assert place(text) == "Kerala"


def test_a_possessive_shared_by_two_countries_divisions_places_nothing() -> None:
    # Punjab is India's and Pakistan's: its possessive alone names no country
    text = "Six people died when a roof caved in at a hamlet in Punjab's Kotmir area on Monday, officials said."
    assert place(text) != "Punjab, IN"


def test_a_towns_possessive_is_no_provinces_of_the_same_name_abroad() -> None:
    # Toledo is also a Spanish province: "Toledo's Old West End" is still the Ohio city's neighbourhood
    text = "TOLEDO, Ohio — Two men were shot dead at a party in Toledo's Old West End on Saturday, police said."
    assert place(text) == "Toledo, OH"
