"""A province the text names by its own name says the country when the text never names it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from core.models import KILLED, ArticleFacts
from core.places import article_locations, resolve_location
from core.places.index_names import _spelling_matches
from core.places.reading import _division_countries
from core.similarity import fingerprint
from tests.core.eventkit import make_claim

D = date(2031, 8, 2)


def _facts(aid: str, where: str, text: str) -> ArticleFacts:
    claims = (make_claim(KILLED, 9, location=where, incident_date=D),)
    return ArticleFacts(aid, "outlet", claims, None, None, fingerprint(text, None), text, None)


def test_a_small_town_resolves_in_the_country_of_the_province_beside_it() -> None:
    text = "Nueve personas murieron por un deslizamiento de tierra en Sutatausa, Cundinamarca, informaron los bomberos."
    place = article_locations(_facts("a", "Sutatausa", text))["Sutatausa"]
    assert place.kind == "city"
    assert str(place.region).startswith("CO")


def test_a_district_named_alone_resolves_by_the_country_it_belongs_to() -> None:
    text = "Nine people drowned when a trawler sank in Munshiganj on Tuesday, the coast guard said."
    place = article_locations(_facts("b", "Munshiganj", text))["Munshiganj"]
    assert place.kind != "name"
    assert str(place.region).startswith("BD")


def test_names_several_countries_bear_say_no_country() -> None:
    assert _division_countries("Nine people died in a fire in Niger state on Tuesday.") == []  # a country too
    assert _division_countries("The storm hit Georgia on Monday.") == []  # a US state and a country
    assert _division_countries("Police said nine people died on Monday.") == []
    # two countries' provinces: no single country
    assert _division_countries("Rains hit Cundinamarca and Munshiganj.") == []
    assert _division_countries("Rains hit Cundinamarca on Monday.") == ["CO"]


def test_one_province_spelled_two_ways_is_one_region() -> None:
    # ISO 3166-2 writes Indonesia's provinces in Indonesian, GeoNames (and English news) in English: one region,
    # the towns of which lie in it by either name.
    west = resolve_location("West Sumatra").region
    assert west is not None and west.startswith("ID-")
    assert resolve_location("Sumatera Barat").region == west
    assert resolve_location("Padang, Indonesia").region == west
    assert resolve_location("Jawa Timur").region == resolve_location("East Java").region != "ID"
    assert resolve_location("Paktiyā province").region == resolve_location("Paktia province").region != "AF"


def test_names_alike_of_different_places_stay_apart() -> None:
    def sub(code: str, name: str) -> SimpleNamespace:
        return SimpleNamespace(code=code, country_code=code[:2], name=name)

    admin1 = {"QQ.01": "West Lorania", "QQ.02": "Atsinanara", "QQ.03": "Taiwan", "QQ.04": "Vardel"}
    subs = [sub("QQ-LB", "Lorania Barat"), sub("QQ-AN", "Antsiranara"), sub("QQ-TN", "Tainan"), sub("QQ-WD", "Wardel")]
    matches = _spelling_matches(subs, admin1, set(), {"taiwan"})
    assert matches == {"QQ-LB": "01"}  # compass words read in English; nothing that only looks alike
    # a GeoNames division an ISO one already matched by name is taken
    assert _spelling_matches(subs[:1], admin1, {"QQ.01"}, set()) == {}


def test_a_province_name_used_otherwise_says_no_country() -> None:
    # 'Coast' is a region of Kenya's neighbour; a campaign 'from coast to coast' is no place
    assert _division_countries('Police joined the "Coast to Coast" campaign on Monday.') == []
    assert _division_countries("Heavy rain fell on Monday; Cundinamarca was spared.") == []  # placed nowhere
    # a street named after a province (Mexico's Guerrero) is in no country of its own
    assert _division_countries("Two men were shot at a bar near 5th and Guerrero streets.") == []


def test_a_division_named_by_its_own_name_of_several_words_beats_a_town_bearing_it_as_an_alternate_name() -> None:
    state = resolve_location("Rio Grande do Sul")
    assert (state.kind, state.region) == ("province", "BR-23")
    assert resolve_location("Rio Grande do Sul", "BR").kind == "province"
    assert resolve_location("Rio Grande").kind == "city"  # the town keeps its own name
    assert resolve_location("Gəncə").kind == "city"  # a native spelling still names the town
    # a division of that name elsewhere (the Bahamas' Long Island) does not take a name a US town bears
    assert str(resolve_location("Long Island").region).startswith("US")
