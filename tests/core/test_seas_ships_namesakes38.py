"""Places read wrong in reports of ships, seas, small towns and namesakes (round 38, places43; own sentences)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location
from core.places.seas import sea_countries, sea_holds, sea_parts_of
from tests.core.places_kit import placed


def _key(language: str, text: str, title: str | None = None) -> str | None:
    loc = placed(language, text, title)
    return loc.key if loc is not None else None


def _label(language: str, text: str, title: str | None = None) -> str | None:
    loc = placed(language, text, title)
    return loc.label if loc is not None else None


# -- a ship named after a country, with 'the' and a ship's verb ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bulgaria sank in a storm on the river; more than a hundred passengers died.",
        "Forty people drowned when the Chile capsized near the harbour entrance.",
        "The Norman Atlantic foundered after the blaze, and nine crew members were killed.",
    ],
)
def test_a_ship_after_the_is_no_country(text: str) -> None:
    assert _key("en", text) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Schools in the Philippines closed after a typhoon killed 40 people.", "country:PH"),
        ("Two fishermen drowned after their boat sank off Bulgaria, officials said.", "country:BG"),
    ],
)
def test_a_country_beside_a_ships_words_stays(text: str, key: str) -> None:
    assert _key("en", text) == key


# -- an everyday word that opens like a country's name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Самолёт упал на поле, погибли четыре человека."),
        ("ru", "Самолет загорелся при посадке, погибли двое."),
        ("uk", "Самоліт впав у ліс, загинули троє людей."),
    ],
)
def test_the_aeroplane_is_not_samoa(language: str, text: str) -> None:
    assert _key(language, text) != "country:WS"


def test_samoa_itself_stays_samoa() -> None:
    assert _key("ru", "На Самоа погибли три человека во время шторма.") == "country:WS"


def test_a_first_name_after_a_title_is_no_country() -> None:
    # Italian writes Mauritius 'Maurizio', a common first name
    claims = extract(ArticleInput(text="Il ministro Maurizio Bianchi ha detto che i morti sono sei.", language="it"))
    assert all(c.location != "Mauritius" for c in claims.claims)


# -- an old spelling that is also another town's own name: the text's state decides -----------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Four people were shot dead in Odessa on Sunday, Texas state troopers said.", "Odessa, TX"),
        ("A gunman killed five people in Odessa. The Texas governor spoke of a senseless crime.", "Odessa, TX"),
        ("Four people were killed in a drone strike on Odessa overnight, the regional governor said.", "Odesa, UA"),
        ("Four people were killed when missiles hit Odessa, Ukraine's air force said.", "Odesa, UA"),
        ("Four people were killed when missiles hit Odesa on Sunday.", "Odesa, UA"),
    ],
)
def test_odessa_by_the_texts_state(text: str, label: str) -> None:
    assert _label("en", text) == label


# -- a small town only one place in the world is named -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six people were found dead inside a house in Enoch on Tuesday, the city's manager said.",
        "Six people were found dead in a home in Enoch on Tuesday, police in southern Utah said.",
    ],
)
def test_a_town_no_other_place_is_named(text: str) -> None:
    assert _label("en", text) == "Enoch, UT"


def test_a_given_name_not_placed_stays_no_place() -> None:
    assert _label("en", "Six people were found dead on Tuesday, Enoch Miller told reporters.") != "Enoch, UT"


# -- seas, straits and gulfs: a place above the countries they wash ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Eleven people died when a ferry caught fire in the Adriatic.", "sea:adriatic"),
        ("A ferry burned in the Strait of Otranto and eleven people died.", "sea:strait-of-otranto"),
        ("Pirates killed three sailors in the Gulf of Aden on Friday.", "sea:gulf-of-aden"),
        ("At least 60 migrants drowned in the Mediterranean, a charity said.", "sea:mediterranean"),
    ],
)
def test_a_sea_is_a_place(text: str, key: str) -> None:
    assert _key("en", text) == key


def test_a_port_beside_the_sea_is_the_scene() -> None:
    assert _label("en", "Eleven people died when a ferry caught fire off Vlore in the Adriatic.") == "Vlorë, AL"


@pytest.mark.parametrize("written", ["Adriatic", "the Adriatic", "Adriatic Sea", "Adriatique", "mare Adriatico"])
def test_a_seas_names_in_any_language_are_one_place(written: str) -> None:
    assert resolve_location(written).key == "sea:adriatic"


def test_a_hamlet_bearing_a_seas_name_stays_the_hamlet_beside_its_state() -> None:
    assert resolve_location("North Sea").key == "sea:north-sea"
    assert resolve_location("North Sea, New York").kind == "city"


def test_a_seas_hierarchy() -> None:
    assert sea_parts_of("sea:strait-of-otranto") == ("sea:adriatic", "sea:mediterranean")
    assert {"IT", "AL"} <= sea_countries("sea:strait-of-otranto")
    assert sea_holds("sea:adriatic", "AL-51") and not sea_holds("sea:adriatic", "GB-ENG")


# -- a country's name of two hyphenated words, and a country named with an earlier disaster ---------------------


@pytest.mark.parametrize(
    ("title", "text", "key"),
    [
        (
            "Nouvelle-Zélande : douze mineurs bloqués sous terre",
            "Douze mineurs sont bloqués au fond d'un puits de l'île du Nord de la Nouvelle-Zélande depuis lundi.",
            "country:NZ",
        ),
        (
            "Guinée-Bissau : un pont s'effondre",
            "Un pont s'est effondré dimanche en Guinée-Bissau, selon la radio nationale.",
            "country:GW",
        ),
    ],
)
def test_a_hyphenated_countrys_name_is_the_country_not_its_last_word(title: str, text: str, key: str) -> None:
    assert _key("fr", text, title) == key


def test_the_titles_country_over_an_earlier_disaster_named_by_its_country() -> None:
    title = "La sécheresse a fait 900 morts au Kenya"
    text = (
        "La sécheresse qui frappe le Kenya depuis le printemps a fait environ 900 morts, selon une ONG. "
        "C'est le pire bilan depuis le séisme du Népal."
    )
    assert _key("fr", text, title) == "country:KE"


# -- a company named after a saint or a place, and a far city by its Uzbek name ----------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un bus de la empresa San Martín de Porres cayó a un barranco y murieron 20 personas."),
        ("pt", "Um ônibus da empresa São Tomé capotou na serra e 9 pessoas morreram."),
    ],
)
def test_a_companys_name_is_no_country(language: str, text: str) -> None:
    assert _key(language, text) not in ("country:MF", "country:ST")


@pytest.mark.parametrize(
    "text",
    [
        "Olmaotada ko'p qavatli uyda yong'in chiqib, 4 kishi halok bo'ldi.",
        "Qozog'istonning Olmaota shahrida avtobus ag'darilib, 6 kishi halok bo'ldi.",
    ],
)
def test_almaty_by_its_uzbek_name(text: str) -> None:
    assert _label("uz", text) == "Almaty, KZ"
