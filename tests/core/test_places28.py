"""Places (round 28): a province named with another language's division word, a preposition opening a sentence,
a town's area, two-word countries' adjectives, attacks' targets, places known by another script's name, the dead
mostly from a country. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract.place_words import compound_adjective_countries
from core.places.not_places import _inside_names
from core.places.reading import divisions_named
from tests.core.places_kit import place_label as place
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Les secours de la préfecture d'Ishikawa cherchent encore des survivants.", "JP-15"),
        ("Las autoridades de la prefectura de Ishikawa pidieron calma.", "JP-15"),
        ("Die Behörden der Präfektur Ishikawa baten um Geduld.", "JP-15"),
        ("Hujan deras melanda provinsi Jawa Timur sejak Senin.", "ID-08"),
        ("The governor of Ishikawa Prefecture asked for patience.", "JP-15"),
        ("Die Provinz Menschen bleibt ruhig.", None),
    ],
)
def test_a_province_named_with_its_word_in_any_language(text: str, region: str | None) -> None:
    assert divisions_named(text) == ([region] if region else [])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Noto kamen bei dem Beben 84 Menschen ums Leben, teilten die Behörden der Präfektur Ishikawa mit."),
        ("fr", "À Noto, le séisme a fait 84 morts, selon les autorités de la préfecture d'Ishikawa."),
        ("es", "En Noto el sismo dejó 84 muertos, según las autoridades de la prefectura de Ishikawa."),
    ],
)
def test_another_languages_province_word_places_a_towns_name(language: str, text: str) -> None:
    # Noto is Japan's (an alternate name of Ushitsu in the gazetteer), not Sicily's
    loc = placed(language, text)
    assert loc is not None and loc.region == "JP-15"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En Noto el sismo dejó 84 muertos, según las autoridades de la prefectura de Ishikawa."),
        ("it", "A Noto il sisma ha fatto 84 morti, secondo le autorità della prefettura di Ishikawa."),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(language: str, text: str) -> None:
    # "En Noto": the capitalised 'En' opens the sentence; Noto is not only ever written inside a longer name
    loc = placed(language, text)
    assert loc is not None and loc.region == "JP-15"


def test_a_title_before_a_name_still_makes_it_a_persons() -> None:
    # "Mr" has no vowel: a title, not a preposition opening the sentence
    assert _inside_names("Noto", "Mr Noto said the quake killed 84 people.")


@pytest.mark.parametrize(
    "text",
    [
        "TULSA, Okla. — Two people were killed and three wounded in a shooting in the Tulsa area on Saturday.",
        "Two people were killed and three wounded in a shooting in the Tulsa area on Saturday, police said.",
    ],
)
def test_a_towns_area_places_the_scene(text: str) -> None:
    # "the Tulsa area" is no ship or building written after 'the'; the town's region is the scene
    assert place(text) == "Tulsa, OK"


@pytest.mark.parametrize(
    ("code", "text", "country"),
    [
        ("bg", "северномакедонските власти съобщиха", "MK"),
        ("bg", "новозеландският премиер заяви", "NZ"),
    ],
)
def test_a_two_word_countrys_adjective_hints_it(code: str, text: str, country: str) -> None:
    # the two words' stems written as one word, with a link letter between
    assert compound_adjective_countries(code, text) == [country]


def test_a_small_foreign_town_beside_its_countrys_adjective_is_placed() -> None:
    # Kochani (North Macedonia) in a Bulgarian report that names the country only by its adjective
    loc = placed("bg", "В северномакедонския град Кочани загинаха 59 души при пожар в дискотека.")
    assert loc is not None and loc.label == "Kochani, MK"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "После ракетного удара по Сумам погибли 34 человека, сообщили спасатели."),
        ("ru", "Удар по Сумам: 11 человек погибли, 89 ранены."),
        ("uk", "Внаслідок ракетного удару по Сумах загинули 34 людини."),
    ],
)
def test_an_attacks_target_town_is_placed_with_no_country_named(language: str, text: str) -> None:
    # 'удар по' (a strike on): the town after it is where it happened, as after a locative word, in a report
    # naming no country (data/target_words.tsv); 'по' alone is too common to be one
    loc = placed(language, text)
    assert loc is not None and loc.label == "Sumy, UA"


def test_an_everyday_word_after_to_or_on_is_no_target() -> None:
    assert placed("ru", "Он говорил о ценах по рынкам, погибли 3 человека.") is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Sebanyak 120 jemaah tewas dalam insiden saling dorong di Mina ketika lempar jumrah."),
        ("fr", "Une bousculade à Mina a tué 717 pèlerins jeudi."),
        ("es", "Una avalancha humana en Mina mató a 717 peregrinos el jueves."),
        ("en", "A crush in Mina killed 717 pilgrims on Thursday, Saudi officials said."),
    ],
)
def test_a_place_known_by_another_scripts_name_is_read_in_latin_script(language: str, text: str) -> None:
    # Mina, the Hajj's tent town, has no town in GeoNames (data/unlisted_places.tsv): not Minna, Nigeria, nor nothing
    loc = placed(language, text)
    assert loc is not None and loc.region is not None and loc.region.startswith("SA")


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 orang tewas dalam kecelakaan itu, kata Mina kepada wartawan.",
        "Tragedi Mina: sebanyak 120 jemaah haji meninggal dunia.",
    ],
)
def test_the_unlisted_places_name_without_a_locative_is_no_namesake_town(text: str) -> None:
    # a person's name, a title's name: never Minna, Nigeria
    loc = placed("id", text)
    assert loc is None or loc.region is None or not loc.region.startswith("NG")


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("ar", "تجاوز عدد الحجاج الذين لقوا حتفهم في الموسم الحالي 900 حاج، معظمهم من الأردن، جراء الحر الذي اجتاح مكة "
               "المكرمة.", "وفيات الحجاج تتجاوز 900 بسبب الحر"),
        ("ar", "ارتفع عدد الحجاج المتوفين إلى 1100، أغلبهم من مصر، بسبب موجة حر ضربت مكة المكرمة، وفق حصيلة رسمية.",
         None),
        ("id", "Lebih dari 900 jemaah meninggal dunia musim ini, sebagian besar dari Mesir, akibat gelombang panas "
               "yang melanda Makkah.", "Korban meninggal lebih dari 900"),
    ],
)  # fmt: skip
def test_the_dead_mostly_from_a_country_is_their_home(language: str, text: str, title: str | None) -> None:
    # "most of them from Egypt" (data/origin_words.tsv; an Arabic row read as the text is keyed, 'أ' as 'ا'): the
    # pilgrims' country, not where they died
    loc = placed(language, text, title)
    assert loc is not None and loc.label == "Makkah, SA"
