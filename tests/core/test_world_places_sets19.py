"""Places that probing our own sets a89-a100 (and the places findings of sets17) got wrong: sentences of our own,
one per phenomenon (`core.places.place_votes`, `core.places.data`, `core.extract.world_places`, `script_places`)."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


def _label(language: str, text: str, title: str | None = None) -> str | None:
    found = placed(language, text, title)
    return found.label if found else None


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "PARIS (AFP) - The quake flattened mountain villages, killing more than 2,000 people, officials said.",
         "Morocco quake: death toll passes 2,000"),
        ("fr", "PARIS - Le séisme a fait plus de 2.000 morts dans les villages de montagne, selon les autorités.",
         "Séisme au Maroc : plus de 2.000 morts"),
        ("de", "BERLIN - Das Beben hat mehr als 2.000 Menschen getötet, teilten die Behörden mit.",
         "Erdbeben in Marokko: mehr als 2.000 Tote"),
        ("es", "MADRID - El sismo ha dejado más de 2.000 muertos en las aldeas de montaña, según las autoridades.",
         "Terremoto en Marruecos: más de 2.000 muertos"),
    ],
)  # fmt: skip
def test_a_bureau_abroad_is_not_the_country_the_headline_names(language: str, text: str, title: str) -> None:
    # the dateline is where the wire files from (another country's capital); the headline names the scene
    assert _label(language, text, title) == "Morocco"


def test_a_state_named_as_the_owner_of_its_district_town_is_the_state() -> None:
    # "Bihar" alone is also another name of Bihār Sharīf, a town 60 km away
    text = "Nine pilgrims died in a crush outside a shrine in Bihar's Jehanabad district early on Sunday."
    assert _label("en", text) in ("Jahānābād, IN", "Bihār")


def test_a_state_agency_places_a_report_that_names_no_town() -> None:
    text = (
        "Four workers died when a warehouse roof caved in on Tuesday, the Lagos State Emergency Management Agency "
        "said."
    )
    assert _label("en", text) == "Lagos"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("В Иссык-Кульской области при сходе селя погибли четыре человека.", "Issyk-Kul"),
        ("В Восточно-Казахстанской области в результате пожара погибли семь человек.", "East Kazakhstan"),
    ],
)
def test_a_hyphenated_region_adjective_with_its_division_word_is_the_region(text: str, region: str) -> None:
    assert _label("ru", text) == region


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Des pluies diluviennes ont fait au moins 14 morts au Sud-Kivu, selon la société civile.", "Sud-Kivu"),
        ("Un glissement de terrain a fait neuf morts au Nord-Kivu dimanche.", "Nord-Kivu"),
    ],
)
def test_a_province_by_its_own_name_after_au_is_the_province(text: str, province: str) -> None:
    # 'au' is an article too ("au ministère"): a province's own name after it is still a place
    assert _label("fr", text) == province


def test_a_big_indian_town_gazetteer_lacks_in_hindi_is_read() -> None:
    assert _label("hi", "इंदौर में एक कुएं की छत धंसने से 11 लोगों की मौत हो गई।") == "Indore, IN"


def test_a_hindi_state_name_is_the_state_not_a_pakistani_town() -> None:
    # 'गुजरात' is Gujarat (an Indian state) and Gujrat (a town in Pakistan); in Hindi news, the state
    assert _label("hi", "गुजरात में बिजली गिरने से 14 लोगों की मौत हो गई।") == "Gujarāt"


def test_an_urdu_report_keeps_the_pakistani_town() -> None:
    assert _label("ur", "گجرات میں چھت گرنے سے پانچ افراد ہلاک ہو گئے۔") == "Gujrat, PK"


@pytest.mark.parametrize("name", ["White Island", "Whakaari"])
def test_a_volcanic_island_is_the_region_that_holds_it(name: str) -> None:
    assert resolve_location(name).label == "Bay of Plenty"


def test_a_village_beside_a_big_town_is_the_village_of_that_towns_country() -> None:
    # Támara is a village in Honduras and one in Colombia: the sentence's Tegucigalpa says which
    text = (
        "Un incendio en un mercado dejó cinco muertos en Támara, a unos 25 kilómetros de Tegucigalpa, informaron "
        "los bomberos."
    )
    assert _label("es", text) == "Támara, HN"


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("hr", "U poplavama u Bosni i Hercegovini poginulo je devet ljudi.", "Bosnia and Herzegovina"),
        ("hr", "U potresu u Južnoj Koreji poginulo je troje ljudi.", "South Korea"),
        ("ru", "В Южной Корее при пожаре на заводе погибли 22 человека.", "South Korea"),
        ("ru", "В Новой Зеландии при извержении вулкана погибли пять человек.", "New Zealand"),
        ("ru", "В Саудовской Аравии от жары погибли 14 паломников.", "Saudi Arabia"),
    ],
)
def test_a_country_name_of_several_words_is_read_with_every_word_inflected(
    language: str, text: str, country: str
) -> None:
    # only the last word's ending was read: 'Južnoj Koreji' was North Korea, 'Новой Зеландии' Ghana
    assert _label(language, text) == country


def test_a_country_by_its_own_name_beside_its_province_is_the_country() -> None:
    # Mozambique is also a town (on its island, in Nampula): the province's hint made the country that town
    assert resolve_location("Mozambique", "MZ", "06").label == "Mozambique"
    text = "A ferry sank off northern Mozambique on Sunday, killing 40 people, officials in Nampula province said."
    assert _label("en", text, "Ferry sinks off Mozambique, 40 dead") != "Mozambique, MZ"


def test_a_name_written_only_as_a_rivers_is_no_town() -> None:
    # Zambezi is a town in Zambia; "the Zambezi river near Tete" is the river, and Tete the scene
    text = "Nine fishermen drowned when their boat overturned on the Zambezi river near Tete on Friday, police said."
    assert _label("en", text, "Nine drown on Zambezi") == "Tete, MZ"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Eleven people died when a landslide buried homes in Indonesia's West Java province on Friday.", "Jawa Barat"),
        ("Fourteen tourists were killed when their bus fell into a gorge in Himachal Pradesh's Kullu district on "
         "Sunday.", "Kulu, IN"),
        ("A missile strike killed nine people in Ukraine's Kharkiv region on Thursday.", "Kharkiv, UA"),
    ],
)  # fmt: skip
def test_a_possessive_owner_is_narrowed_to_the_place_it_owns(text: str, place: str) -> None:
    # the reader gives the claim its owner ("Indonesia", "Himachal Pradesh"); the place it owns is finer
    assert _label("en", text) == place


def test_an_owner_the_text_also_names_alone_keeps_its_claim() -> None:
    text = "Eleven people died in Indonesia's West Java province on Friday. Indonesia has had weeks of heavy rain."
    assert _label("en", text) == "Indonesia"


def test_stepanakert_is_read() -> None:
    # GeoNames ranks the name as an other name of a village only: it was read as nothing
    assert resolve_location("Stepanakert").label == "Khankendi, AZ"


def test_a_place_named_gaza_beside_its_province_stays_the_town() -> None:
    # (a guard: a country by its own name beats its town under a province's hint, an other name of it does not)
    assert resolve_location("Gaza", "PS", "GZ").label == "Gaza, PS"
