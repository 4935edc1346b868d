"""Places that probing our own sets a72-a81 got wrong: sentences of our own, one per phenomenon
(`core.places.reading`, `core.places.data`, `core.extract.world_places`)."""

from __future__ import annotations

import pytest

from core.places import resolve_location, title_locations
from tests.core.places_kit import placed


def _label(language: str, text: str, title: str | None = None) -> str | None:
    found = placed(language, text, title)
    return found.label if found else None


@pytest.mark.parametrize(
    ("title", "town"),
    [
        ("Enchente em Ribeirão das Neves deixa dois mortos", "Ribeirão das Neves, BR"),
        ("Temporal en Mar del Plata: un muerto", "Mar del Plata, AR"),
        ("Chuva forte em Rio de Janeiro mata três", "Rio de Janeiro, BR"),
    ],
)
def test_a_headline_reads_a_towns_name_across_its_particles(title: str, town: str) -> None:
    # "Ribeirão das Neves" is one name: its last word alone ("Neves") is another town
    assert [loc.label for loc in title_locations(title)][:1] == [town]


@pytest.mark.parametrize(
    "title",
    [
        "Ciclone Gombe deixa 12 mortos em Quelimane",
        "Le cyclone Gombe fait 12 morts à Quelimane",
        "Cyclone Gombe kills 12 in Quelimane",
    ],
)
def test_a_storms_given_name_in_a_headline_is_no_town(title: str) -> None:
    # Gombe is a Nigerian city too; after a storm word it is the storm
    assert [loc.label for loc in title_locations(title)] == ["Quelimane, MZ"]


def test_a_report_on_a_storm_named_like_a_town_is_placed_where_it_struck() -> None:
    text = "MAPUTO - O ciclone Gombe matou pelo menos 12 pessoas na província da Zambézia, em Moçambique."
    assert _label("pt", text, "Ciclone Gombe mata 12 pessoas em Moçambique") != "Gombe, NG"


@pytest.mark.parametrize(
    ("name", "division"),
    [("Samar", "Eastern Visayas"), ("Leyte", "Eastern Visayas"), ("Bohol", "Central Visayas")],
)
def test_a_philippine_island_is_the_region_that_holds_it(name: str, division: str) -> None:
    # bare "Samar" was Samar in Ukraine, a town of 70,000
    assert resolve_location(name).label == division


def test_a_philippine_island_beside_its_towns_stays_in_the_philippines() -> None:
    text = "Dozens of people died on Samar and in Tacloban when the storm surge hit on Friday, officials said."
    assert _label("en", text) == "Tacloban, PH"


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a wire's bureau in the capital, the event in a province the text names
        ("zh", "新华社伊斯兰堡8月7日电 巴基斯坦南部信德省6日发生的一起火车脱轨事故已造成20人死亡。", "Sindh"),
        # a wire's bureau, the text naming only the country: the country, not the bureau's town
        ("zh", "新华社马尼拉11月16日电 菲律宾国家减灾委员会说，台风已造成300人死亡。", "Philippines"),
    ],
)
def test_a_chinese_wires_opening_town_is_its_bureau(language: str, text: str, place: str) -> None:
    assert _label(language, text) == place


def test_a_wire_dateline_in_a_script_without_capitals_is_read_as_a_dateline() -> None:
    from core.places import wire_dateline

    assert wire_dateline("新华社伊斯兰堡8月7日电 巴基斯坦") == "伊斯兰堡"
    assert wire_dateline("(서울=연합뉴스) 네팔에서") == "서울"
    assert wire_dateline("巴基斯坦信德省6日发生") is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("نواب شاہ کے قریب ایک مسافر ٹرین کے حادثے میں 12 افراد جاں بحق ہو گئے۔", "Nawabshah, PK"),
        ("گھوٹکی میں دو ٹرینوں کے تصادم سے 30 افراد جاں بحق ہو گئے۔", "Ghotki, PK"),
        ("بہاولپور میں آئل ٹینکر میں آگ لگنے سے 40 افراد ہلاک ہو گئے۔", "Bahawalpur, PK"),
        ("ضلع ہاتھرس میں ایک مذہبی اجتماع میں بھگدڑ سے 50 افراد ہلاک ہو گئے۔", "Hāthras, IN"),
    ],
)
def test_an_urdu_report_names_a_town_of_pakistan_or_india(text: str, town: str) -> None:
    assert _label("ur", text) == town


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        # a region's adjective and its division word, both inflected: "Карагандинская область" in the locative
        # (Kharkiv oblast as GeoNames names it, the region its towns and its English and everyday names give: places41)
        ("ru", "В Карагандинской области при пожаре на шахте погибли 12 горняков.", "Karaganda"),
        ("ru", "В Белгородской области при обстреле погибли трое.", "Belgorod Oblast"),
        ("uk", "У Харківській області внаслідок обстрілу загинули троє людей.", "Kharkiv"),
    ],
)
def test_an_inflected_region_with_its_lower_case_division_word_is_the_region(
    language: str, text: str, region: str
) -> None:
    assert _label(language, text) == region


def test_a_hurricane_word_that_is_a_town_stays_a_town_in_a_headline() -> None:
    # the storm's word stays in its run; only the name after it is left out
    assert [loc.label for loc in title_locations("Hurricane Shooting Leaves Three Dead")] == ["Hurricane, UT"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town's name of three words is read whole; its middle word ('غازی') is no town of its own (Ghaziabad)
        ("ڈیرہ غازی خان میں ایک بس کے حادثے میں 9 افراد ہلاک ہو گئے۔", "Dera Ghazi Khan, PK"),
        ("رحیم یار خان کے قریب ٹرین حادثے میں 7 افراد جاں بحق ہو گئے۔", "Rahim Yar Khan, PK"),
    ],
)
def test_an_urdu_town_of_three_words_is_read_whole(text: str, town: str) -> None:
    assert _label("ur", text) == town


def test_a_vietnamese_province_word_makes_the_name_the_province() -> None:
    # "tỉnh Lào Cai" is the province; Lào Cai alone stays its chief town
    text = "Lũ quét đã cuốn trôi một thôn của huyện Bảo Yên, tỉnh Lào Cai, làm 30 người chết."
    assert _label("vi", text) == "Lào Cai"
    assert _label("vi", "Lũ quét ở Lào Cai làm 30 người chết.") == "Lào Cai, VN"


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Afrique du Sud : 78 corps remontés d'une mine", "South Africa"),
        ("Inundaciones en República Dominicana dejan 9 muertos", "Dominican Republic"),
        ("Longsor di Papua Nugini, 30 orang tewas", "Papua New Guinea"),
    ],
)
def test_a_countrys_name_of_several_words_in_a_headlines_language_is_the_country(title: str, country: str) -> None:
    # not one of its words ('Dominicana', another name of a Brazilian town) and not nothing
    assert [loc.label for loc in title_locations(title)] == [country]


def test_a_one_word_country_name_of_another_language_that_is_an_english_word_is_no_country() -> None:
    # 'Island' is Iceland in German and Swedish
    assert resolve_location("Island").kind != "country"


def test_the_initials_and_short_names_news_gives_a_country_are_the_country() -> None:
    # "PNG" and "DR Congo" ("Dr" is no Drive here) as "DRC" and "UAE" already were
    assert resolve_location("PNG").key == "country:PG"
    assert resolve_location("DR Congo").key == "country:CD"
    assert [loc.label for loc in title_locations("Boat capsizes in DR Congo, 78 dead")] == [
        "Democratic Republic of the Congo"
    ]
    assert _label("en", "At least 64 men were killed in an ambush between two clans in PNG, police said.") == (
        "Papua New Guinea"
    )
    assert resolve_location("Main Dr").kind == "spot"
