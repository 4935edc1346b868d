"""Places (round 41, places52): gazetteer gaps and locatives. Towns of three letters ('Jos', 'Gao', 'Owo', 'Aba')
after a locative word in a text naming their country (or written in its language); never as bare words.
Sentences of our own."""

from __future__ import annotations

import pytest

from core.places.districts_beside import districts_beside
from core.places.short_towns import anchored_short_town, short_town, written_as_a_name
from core.places.town_words import town_words_before
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("ha", "Mutane hudu sun mutu a Jos bayan wata gobara ta tashi a kasuwa da dare.", "NG"),
        ("yo", "Èèyàn mẹ́rin ló kú ní Jos lẹ́yìn tí iná jó ọjà kan lóru.", "NG"),
        ("fr", "Quatre soldats ont été tués à Gao, dans le nord du Mali, lors d'une embuscade mardi.", "ML"),
        ("es", "Cuatro personas murieron en Aba, en el sureste de Nigeria, tras el derrumbe de un mercado.", "NG"),
        ("de", "Bei einem Anschlag in Owo in Nigeria wurden am Sonntag vier Menschen getötet.", "NG"),
        ("pt", "Quatro pessoas morreram em Gao, no Mali, quando um autocarro caiu de uma ponte.", "ML"),
    ],
)
def test_a_three_letter_town_after_a_locative_word_is_read_in_its_country(
    language: str, text: str, country: str
) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "city" and (loc.region or "").startswith(country), loc


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a three-letter word after a locative word, in a text naming no country it is a town of
        ("fr", "Quatre personnes ont été tuées à Gao dimanche, selon un bilan provisoire."),
        ("es", "Cuatro personas murieron en Ede el domingo, informó la policía."),
        ("it", "Quattro persone sono morte a Ife domenica, secondo la polizia."),
    ],
)
def test_a_three_letter_town_in_a_text_naming_no_country_of_it_is_not_read(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is None or loc.kind != "city"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a first name or an abbreviation of three letters, with the country named: no town
        ("fr", "Ali a déclaré que quatre personnes avaient été tuées au Nigeria."),
        ("es", "El Sr. Gao dijo que cuatro personas murieron en Mali."),
    ],
)
def test_a_three_letter_word_without_a_locative_word_before_it_is_no_town(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is None or loc.kind != "city"


@pytest.mark.parametrize(
    ("name", "expected"), [("Owo", True), ("Gao", True), ("USA", False), ("Dr.", False), ("Abuja", False)]
)
def test_a_short_name_is_written_as_a_name(name: str, expected: bool) -> None:
    assert written_as_a_name(name) is expected


def test_a_short_town_is_the_largest_of_its_name_in_the_countries_given() -> None:
    town = short_town("Jos", ("NG",))
    assert town is not None and town.country == "NG"
    assert short_town("Jos", ("FR",)) is None


# A village the gazetteer lacks, with the district it lies in named beside it: the report is in that district.
@pytest.mark.parametrize(
    ("language", "text", "district"),
    [
        (
            "en",
            "At least 30 people died when floods swept through Bumwalukani village, Bududa district, on Tuesday.",
            "Bududa",
        ),
        ("en", "Eight people drowned in Kigoowa, Kasese District, when the river burst its banks overnight.", "Kasese"),
        ("en", "A roof collapsed on worshippers in Ruheru village in Huye District, killing seven people.", "Huye"),
        (
            "en",
            "Six children died in a fire at a madrassa in Dera Bakha, Swat district, police said on Friday.",
            "Swat",
        ),
        ("rw", "Abantu barindwi bapfuye ubwo inzu yagwaga mu Murenge wa Ruheru mu Karere ka Huye.", "Huye"),
    ],
)
def test_a_village_unknown_is_placed_in_the_district_named_beside_it(language: str, text: str, district: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and loc.label.startswith(district), loc


@pytest.mark.parametrize(
    "text",
    [
        # a quarter's or a town's part named 'district', not a division
        "Nine people were shot in the Central Business District overnight, police said.",
        "Four people were hurt when a bus overturned in the old district near the market.",
        # two districts named: no one of them is the scene
        "Floods killed 40 people in Bududa district and 12 in Kasese district this week.",
    ],
)
def test_a_districts_word_without_one_district_places_nothing(text: str) -> None:
    loc = placed("en", text)
    assert loc is None or loc.kind != "province"


def test_districts_beside_reads_the_name_by_its_word() -> None:
    assert [loc.label for loc in districts_beside("in Bukalasi sub-county, Bududa district, on Monday")] == ["Bududa"]
    assert districts_beside("a quiet Sunday in the countryside") == []


# A small town's name in a script without capitals, right after a word for a town or a port: the town, whatever its
# size, in a text that names no country ('العقبة' alone is also 'the obstacle').
@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ar", "لقي ثلاثة عمال حتفهم إثر انفجار خزان وقود في ميناء العقبة صباح اليوم.", "Aqaba"),
        ("ar", "أصيب عشرون شخصا في حريق بسوق شعبي في مدينة العقبة مساء الخميس.", "Aqaba"),
        ("ar", "توفي أربعة أشخاص بمدينة العقبة بعد انهيار مبنى قديم.", "Aqaba"),
    ],
)
def test_a_small_town_after_a_town_word_is_read_in_a_script(language: str, text: str, town: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "city" and loc.label.startswith(town), loc


def test_a_small_towns_name_as_an_everyday_word_is_no_town() -> None:
    # 'العقبة' (the obstacle) with no town's word before it, in a text naming no country: no town
    text = "قال الوزير إن العقبة الكبرى أمام فرق الإنقاذ هي الطقس، بعد أن لقي خمسة أشخاص حتفهم في الفيضانات."
    loc = placed("ar", text)
    assert loc is None or loc.label != "Aqaba"


@pytest.mark.parametrize(
    ("language", "words"), [("ar", ("مدينة", "ميناء")), ("fa", ("شهر",)), ("ru", ("город",)), ("en", ())]
)
def test_town_words_are_the_languages_own(language: str, words: tuple[str, ...]) -> None:
    assert set(words) <= town_words_before(language)
    assert bool(town_words_before(language)) is bool(words)


def test_a_town_word_does_not_read_a_namesake_outside_the_state_the_sentence_names() -> None:
    # 'Флоренс' after 'городе', in a sentence naming South Carolina: not the Alabama town of that name
    text = "В городе Флоренс в американском штате Южная Каролина при пожаре в доме погибли три человека."
    loc = placed("ru", text)
    assert loc is None or loc.region != "US-AL", loc


# A report with no figure that names its three-letter town with its region or country after a comma: the town.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen stormed a market in Owo, Ondo State, on Sunday morning and set stalls on fire.", "NG"),
        ("A fuel tanker overturned and caught fire in Aba, Abia State, witnesses said.", "NG"),
        ("Soldiers repelled an attack on a camp near Gao, Mali, the army said on Tuesday.", "ML"),
    ],
)
def test_a_three_letter_town_anchored_by_its_region_places_a_report_with_no_figure(text: str, country: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.kind == "city" and (loc.region or "").startswith(country), loc


def test_a_three_letter_name_before_a_comma_and_no_place_is_no_town() -> None:
    assert anchored_short_town("Ali", "Sen. Ali, Democrat of Ohio, said the bill would pass.") == "Ali, Democrat"
    assert placed("en", "Sen. Ali, Democrat of Ohio, said the bill would pass on Tuesday.") is None
    assert anchored_short_town("USA", "the USA, Canada and Mexico") is None
