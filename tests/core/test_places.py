"""Place resolution keeps its contract: spellings of one place share a key."""

from __future__ import annotations

import pytest

from core.extract.tokens import tokenize
from core.extract.where_when import nearest_place, places_in, scene_names
from core.places import fold, is_known_place, resolve_location, resolve_place


@pytest.mark.parametrize(("a", "b"), [("Ganja", "Gəncə"), ("Ganja", "GANJA")])
def test_spellings_share_a_key(a: str, b: str) -> None:
    pa, pb = resolve_place(a), resolve_place(b)
    assert pa is not None and pb is not None and pa.key == pb.key


def test_fold() -> None:
    assert fold("Gəncə") == "gence"
    assert fold("St. Louis") == "st louis"


def test_known_and_unknown() -> None:
    assert is_known_place("Chicago")
    assert not is_known_place("Qwertyville Nowhere")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Rockets hit the town of Beylagan near Ganja.", ["Beylagan", "Ganja"]),
        # A town written with the country, state or big city it lies in is looked up there; the container
        # is a mention of its own too.
        ("One civilian was killed in Ganja, Azerbaijan.", ["Ganja, Azerbaijan", "Azerbaijan"]),
        ("A fire in Kensington, west London, killed two.", ["Kensington, west London", "London"]),
        ("Three people were shot in Mayfair on Sunday.", ["Mayfair"]),
        # A small town's one-word name with no "in"/"at" before it is more likely a person ...
        ("Davis said the man was shot twice.", []),
        ("The gunman, Burke, was arrested after two people were shot.", []),
        # ... but not when it is placed, given a state, or a big city.
        ("Two men were shot in Davis on Sunday.", ["Davis"]),
        ("Davis, California police said two men were shot.", ["Davis, California", "California"]),
        ("Detroit police said two men were shot.", ["Detroit"]),
        ("A woman was killed outside an Ocala nightclub.", ["Ocala"]),  # "outside an X ...": the scene
        # A town's name that is somebody's: followed by "said", or by a surname rather than a place word.
        ("Jackson said two men were shot on her street.", []),
        ("Police were looking for Orlando Collins after a man was shot.", []),
        ("Two men were taken to Orlando Regional Medical Center.", ["Orlando"]),
        # An all-capitals dateline is the source's place: no part of it ("SAN" is a town in Mali) is a scene.
        ("SAN ANTONIO - Two men were shot on Sunday.", []),
    ],
)
def test_places_in_sentence(sentence: str, names: list[str]) -> None:
    found = [p.name for p in places_in(tokenize(sentence, 0, len(sentence)))]
    assert found == names


def test_a_town_the_text_places_things_in_counts_elsewhere_too() -> None:
    sentence = "Davis police said two men were shot."
    assert [p.name for p in places_in(tokenize(sentence, 0, len(sentence)), scene_names("It happened in Davis."))] == [
        "Davis"
    ]


def test_a_title_case_headline_keeps_its_town() -> None:
    title = "Orlando Shooting Leaves Two Hurt"  # every word capitalised: "Shooting" is no surname here
    assert [p.name for p in places_in(tokenize(title, 0, len(title)), title_case=True)] == ["Orlando"]
    assert [p.name for p in places_in(tokenize(title, 0, len(title)))] == []


def test_a_town_describing_a_person_gives_way_to_the_scene() -> None:
    sentence = "Cleveland police said a Detroit man was shot and killed."
    places = places_in(tokenize(sentence, 0, len(sentence)))
    assert [p.name for p in places] == ["Cleveland", "Detroit"]
    assert places[1].resident and not places[0].resident
    nearest = nearest_place(places, sentence.index("killed"))  # nearer to Detroit, but Detroit is his home
    assert nearest is not None and nearest.name == "Cleveland"


@pytest.mark.parametrize(
    "written",
    ["Kensington, London", "North Kensington, west London", "Camden, London"],
)
def test_a_neighbourhood_written_with_its_big_city_is_that_city(written: str) -> None:
    # Without the city, each name is first a town elsewhere (Maryland, Liverpool, New Jersey).
    place = resolve_location(written)
    assert place.label == "London, GB" and place.spot


@pytest.mark.parametrize(
    ("written", "label"),
    [("Buffalo, New York", "Buffalo, NY"), ("Brooklyn, New York", "Brooklyn, NY"), ("Paris, Texas", "Paris, TX")],
)
def test_a_state_after_a_town_is_no_big_city_it_must_lie_in(written: str, label: str) -> None:
    assert resolve_location(written).label == label


@pytest.mark.parametrize(
    "written",
    ["Muan International Airport", "Harbour View Towers", "Northgate Condominium", "the old cement factory"],
)
def test_an_unknown_name_with_a_venue_word_is_a_spot_not_a_place(written: str) -> None:
    assert resolve_location(written).kind == "spot"


@pytest.mark.parametrize(("written", "label"), [("Lagos State", "Lagos"), ("Kano State", "Kano")])
def test_a_state_outside_the_us_is_a_division(written: str, label: str) -> None:
    place = resolve_location(written)
    assert place.kind == "province" and place.label == label


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # (the province after the town is read with it too: Kremenchuk of Poltava oblast, not a namesake)
        ("A missile hit a mall in Kremenchuk, Poltava region, killing 18.", ["Kremenchuk, Poltava", "Poltava region"]),
        ("Quakes in Herat province killed more than 1,000 people.", ["Herat province"]),
        # Particles inside a place's name: the longer name the gazetteer knows, not its first word.
        ("A train derailed outside Santiago de Compostela on Wednesday.", ["Santiago de Compostela"]),
        ("Floods hit Rio de Janeiro on Monday.", ["Rio de Janeiro"]),
        # A town followed by a division noun that makes no division stays the town.
        ("Two people were shot in Dayton on Sunday.", ["Dayton"]),
    ],
)
def test_a_name_with_a_division_noun_is_the_division(sentence: str, names: list[str]) -> None:
    assert [p.name for p in places_in(tokenize(sentence, 0, len(sentence)))] == names


@pytest.mark.parametrize(
    "title",
    [
        "5-Year-Old Shooting Victim In Critical Condition",
        "4 Wounded In Shooting Outside Lancaster Nightclub, 2 Suspects At Large",
        "Two Adults, One Child Dead In Apparent Murder-Suicide: Police",
    ],
)
def test_a_title_case_headline_names_no_unknown_place_after_in(title: str) -> None:
    # Every word of such a headline is capitalised: "In Critical Condition" is no town the gazetteer misses.
    names = [p.name for p in places_in(tokenize(title, 0, len(title)), title_case=True)]
    assert all(resolve_location(n).kind != "name" for n in names)


def test_a_sentence_case_headline_still_names_a_village_after_in() -> None:
    title = "Coroner confirms 3 dead in Capulin, suspect arrested"
    assert [p.name for p in places_in(tokenize(title, 0, len(title)), title_case=True)] == ["Capulin"]


def test_a_venue_word_alone_is_a_town_only_when_a_big_one() -> None:
    assert resolve_location("Airport").kind == "spot"  # a district of Honolulu in GeoNames
    assert resolve_location("Temple").label == "Temple, TX"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shots were fired near 21st and Cleveland on Saturday.",
        "An officer stopped the car at Meridian and Grace Streets.",
        "A man was shot near the intersection of Prescott and Gollihar.",
        "The boy died on the 5300 block of Radnor.",
    ],
)
def test_the_names_of_a_crossing_or_a_block_are_streets_not_towns(sentence: str) -> None:
    assert places_in(tokenize(sentence, 0, len(sentence))) == []


def test_a_person_s_town_after_age_or_name_is_where_they_live() -> None:
    sentence = "Police named the victims as James Howell, 37, of Detroit, and Ann Whitcombe, of Miami."
    found = places_in(tokenize(sentence, 0, len(sentence)))
    assert [(p.name, p.resident) for p in found] == [("Detroit", True), ("Miami", True)]


@pytest.mark.parametrize(
    "sentence", ["A man was shot in Prince George's on Sunday.", "Prince George's police said two men were shot."]
)
def test_a_county_named_in_the_possessive_is_that_county(sentence: str) -> None:
    # Not Prince George (British Columbia, or the Virginia county seat): Prince George's County, Maryland.
    places = places_in(tokenize(sentence, 0, len(sentence)))
    assert [resolve_location(p.name).label for p in places] == ["Prince George's County, MD"]


def test_two_venues_of_one_kind_are_two_spots() -> None:
    from core.places.location import spot_tokens, spots_conflict

    # Bombs at two hotels of one city: the shared word "hotel" names no place.
    assert spots_conflict(spot_tokens("kingsbury hotel"), spot_tokens("shangri-la hotel"))
    # The same hotel written two ways, or a bare "the hotel", is one spot.
    assert not spots_conflict(spot_tokens("kingsbury hotel"), spot_tokens("the kingsbury"))
    assert not spots_conflict(spot_tokens("kingsbury hotel"), spot_tokens("hotel"))
