"""The gazetteer index: villages worldwide, provinces, exonyms and demonyms (examples of our own)."""

from __future__ import annotations

from core.places import resolve_location, resolve_place
from core.places.index import gazetteer


def test_exonyms_and_former_names_reach_the_city_news_means() -> None:
    assert resolve_location("Kiev").key == resolve_location("Kyiv").key
    assert resolve_location("Bombay").key == resolve_location("Mumbai").key
    assert resolve_location("Canton, China").key == resolve_location("Guangzhou").key
    assert resolve_location("Kyiv").region is not None and resolve_location("Kyiv").region.startswith("UA")


def test_a_village_needs_its_country_to_be_a_place_unless_its_name_is_its_own() -> None:
    # Lac-Mégantic (Quebec, ~6,000 people) is in the index, but a small town's name alone is no evidence...
    assert resolve_place("Lac-Mégantic") is None
    village = resolve_place("Lac-Mégantic", country="CA")
    assert village is not None and village.country == "CA" and not village.major
    assert resolve_location("Lac-Mégantic", "CA").kind == "city"
    # ...except a name of several words no other place bears.
    assert resolve_location("Lac-Mégantic").key == village.key
    # A one-word village name stays unknown without its country (it is a surname or a word as often).
    assert resolve_location("Soldeu").kind == "name"
    assert resolve_location("Soldeu", "AD").kind == "city"


def test_provinces_are_places_but_the_town_of_the_same_name_comes_first() -> None:
    # A province, like a village, is a place once the article's country is known.
    assert resolve_location("Sindh").kind == "name"
    assert resolve_location("Sindh", "PK").kind == "province"
    # It sits above its towns: the same region as Sehwan, a town inside it.
    assert resolve_location("Sindh", "PK").region == resolve_location("Sehwan", "PK").region
    assert resolve_location("Garissa").kind == "city"  # the town, not the county named after it


def test_demonyms_are_known_as_peoples_of_a_country() -> None:
    assert gazetteer().demonym("kenyan") == "KE"
    assert gazetteer().demonym("russian") == "RU"
    assert gazetteer().demonym("nairobi") is None


def test_every_town_knows_its_country_and_region_code() -> None:
    town = resolve_place("Springfield", country="US", admin1="IL")
    assert town is not None and town.country == "US" and town.admin1 == "IL" and town.region_name == "Illinois"


def test_names_in_other_scripts_are_in_the_index_not_in_each_process() -> None:
    # A sentence's candidate names go to the index in one query; only those that name a town come back.
    found = gazetteer().script_names(["غزة", "اليوم", "天津", "Вінниця"])
    assert {w: name for w, (name, _key) in found.items()} == {"غزة": "Gaza", "天津": "Tianjin", "Вінниця": "Vinnytsya"}
    assert found["天津"][1].startswith("city:")
    # Stems (a name less its last letter) are a table of their own, for languages whose words take endings.
    assert "Вінниц" in gazetteer().script_names(["Вінниц"], stems=True)
    assert "Вінниц" not in gazetteer().script_names(["Вінниц"])


def test_every_lexicon_language_has_its_own_country_names() -> None:
    names = {lang: dict(gazetteer().country_names(lang)) for lang in ("es", "ar", "hi", "zh", "fi")}
    assert names["es"]["Turquía"] == "TR" and names["es"]["España"] == "ES"
    assert names["ar"]["تركيا"] == "TR"
    assert names["hi"]["नेपाल"] == "NP"
    assert names["zh"]["土耳其"] == "TR"
    assert names["fi"]["Turkki"] == "TR"


def test_chinese_names_are_indexed_in_both_character_sets_and_missing_script_names_from_the_data_file() -> None:
    found = gazetteer().script_names(["加德滿都", "加德满都", "麥加", "麦加", "Γένοβα", "무안"])
    assert {w: name for w, (name, _key) in found.items()} == {
        "加德滿都": "Kathmandu", "加德满都": "Kathmandu", "麥加": "Makkah", "麦加": "Makkah", "Γένοβα": "Genoa",
        "무안": "Muan",
    }  # fmt: skip
    assert "Γένοβ" in gazetteer().script_names(["Γένοβ"], stems=True)  # 'Γένοβας', 'Γένοβες'


def test_an_exonym_whose_canonical_name_is_one_of_geonames_other_names_still_names_the_town() -> None:
    # exonyms.tsv writes 'Vinnytsia' and 'Mykolaiv'; GeoNames' own names are 'Vinnytsya' and 'Mykolayiv'
    vinnytsia = resolve_place("Vinnytsia")
    assert vinnytsia is not None and gazetteer().exonym_keys("vinnitsa") == {vinnytsia.key}
    mykolaiv = resolve_place("Mykolaiv", country="UA")
    assert mykolaiv is not None and gazetteer().exonym_keys("nikolaev") == {mykolaiv.key}


def test_a_province_under_a_grouping_that_is_no_division_is_one_place_not_two() -> None:
    # ISO lists Indonesia's provinces under "geographical units" (Bali under Nusa Tenggara) that GeoNames has no
    # division for: the province still meets GeoNames' division of its name, so its towns lie in it.
    provinces = [p for p in gazetteer().lookup("bali") if p.kind == "province"]
    assert len(provinces) == 1 and provinces[0].admin1 is not None
    assert resolve_location("Bali province").region == resolve_location("Denpasar", "ID").region


def test_provinces_have_their_names_in_other_scripts_and_a_town_keeps_a_name_it_shares() -> None:
    sichuan, sindh = resolve_location("Sichuan province").key, resolve_location("Sindh province").key
    found = gazetteer().script_names(["四川", "四川省", "سندھ", "सिंध", "ঢাকা"])
    assert found["四川"][1] == found["四川省"][1] == sichuan  # ISO 3166-2 translation, less its division word
    assert found["سندھ"][1] == found["सिंध"][1] == sindh  # data/province_names.tsv; ISO 3166-2 translation
    assert found["ঢাকা"][1] == resolve_location("Dhaka", "BD").key  # the city; beside 'বিভাগ', the division:
    assert gazetteer().script_names(["ঢাকা"], provinces=True)["ঢাকা"][1] == "province:BD-C"


def test_an_exonym_names_the_city_not_a_village_spelled_like_its_other_name() -> None:
    # GeoNames writes the city 'Zaporizhzhya' (also 'Zaporizhzhia'); a village of 656 people is 'Zaporizhzhia'.
    city = resolve_location("Zaporizhzhia")
    assert city.kind == "city"
    assert resolve_location("Zaporozhye").key == city.key


def test_the_old_part_of_a_big_city_is_that_city() -> None:
    old = resolve_location("Old Dhaka")
    assert (old.label, old.spot) == ("Dhaka, BD", "old")
    assert resolve_location("Old Bridge").label == "Old Bridge, NJ"  # a town's own name comes first
    # Not a district that GeoNames lists as a town of its own: Toledo's Old West End is not Vancouver's West End.
    assert resolve_location("Old West End").kind == "name"
