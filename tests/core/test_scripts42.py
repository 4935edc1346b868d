"""Places (round 42, places53): one event, one place, whatever the script.

Reports of one event in several scripts were placed apart, and grouped apart, though place, day and kind agreed:

- An apostrophe inside a name cut it in two: the Ukrainian 'Слов'янськ', 'Кам'янське' and the Hebrew geresh of a
  foreign j ('ג'קסונוויל', 'ג'רזי סיטי') were read as two words. A word of Cyrillic or Hebrew letters now runs over
  an apostrophe between two of its letters, and a name is looked up with the apostrophe as the index may write it
  (typographic or typed, the geresh or none: GeoNames writes Jersey City 'גרזי סיטי', New Jersey 'ניו ג׳רזי').
- A name of two words is looked up joined by a space and by a hyphen, whichever the text writes ('Джерси-Сити',
  'ባሕር-ዳር' in the index; 'በባሕር ዳር' in a text).
- A country's name that is one word of a longer place's name the index writes in the script ('Джерси-Сити',
  'בניו ג'רזי', 'ジャージーシティ') named the country (Jersey): a report of Jersey City then found only towns of
  Jersey acceptable. Now it is the town's or the state's word, as "New Jersey'nin" already was in Latin letters.
- Urdu, Pashto and Arabic write the letters of a Persian name otherwise ('ننگرہار' with heh goal, 'ننګرهار' with
  Pashto's gaf, 'ننغرهار' with a ghain for the g of Nangarhar), and GeoNames gives most places of the region a
  Persian or Arabic name only: a name is also looked up with the index's letters (data/script_letter_forms.tsv),
  last, and then only as a town of the text's or the language's countries, or a province beside its word.
- A street named after a US state ('on Pennsylvania Avenue, Rochester police said') counted as the state: the
  English reports of a Rochester (New York) shooting were placed in Rochester, Pennsylvania, apart from the Spanish
  and French ones. A state's name before a street's word is the street's.
- Serbian towns ending in '-ац' drop its 'а' in their cases ('у Обреновцу', 'код Обреновца'): the Latin spelling
  is looked up with '-ац' put back (data/locative_endings.tsv), as Georgian's '-ში' is.
- A headline's "Nangarhar's Lalpur" read India's Lālpur (Afghanistan's district is in no gazetteer): a name after a
  possessive that is known only as a town of another country than the owner's is the owner (the province).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed

SLOVIANSK, KAMIANSKE, JACKSONVILLE, JERSEY_CITY, BAHIR_DAR, ROCHESTER_NY, ROCHESTER_PA, SPRINGFIELD_VA = (
    "city:693468",
    "city:709932",
    "city:4160021",
    "city:5099836",
    "city:342884",
    "city:5134086",
    "city:5208641",
    "city:4787117",
)
OBRENOVAC = "city:787516"
NEW_JERSEY, NANGARHAR, JERSEY, GAZA_STRIP = "state:US-NJ", "province:AF-NAN", "country:JE", "country:PS"


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("uk", "У Слов'янську внаслідок обстрілу загинули троє людей.", SLOVIANSK),
        ("uk", "У Слов’янську внаслідок обстрілу загинули троє людей.", SLOVIANSK),
        ("uk", "У Кам'янському під час пожежі загинули двоє людей.", KAMIANSKE),
        ("he", "שלושה בני אדם נהרגו בירי בג'קסונוויל שבפלורידה.", JACKSONVILLE),
        ("he", "שישה בני אדם נהרגו בירי בחנות בג'רזי סיטי.", JERSEY_CITY),
        ("he", "ארבעה בני אדם נהרגו בשריפה בניו ג'רזי.", NEW_JERSEY),
    ],
)
def test_a_name_with_an_apostrophe_is_one_word(language: str, text: str, key: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("ru", "В Джерси-Сити в перестрелке погибли шесть человек.", JERSEY_CITY),
        ("bg", "В Джърси Сити при стрелба загинаха шестима души.", JERSEY_CITY),
        ("ja", "ジャージーシティの商店で銃撃があり6人が死亡した。", JERSEY_CITY),
        ("am", "በባሕር ዳር በደረሰ የእሳት አደጋ 5 ሰዎች ሞቱ።", BAHIR_DAR),
    ],
)
def test_a_countrys_name_inside_a_towns_name_is_the_town(language: str, text: str, key: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "На острове Джерси в результате взрыва погибли два человека."),
        ("he", "שני בני אדם נהרגו בפיצוץ בג'רזי."),
    ],
)
def test_the_country_alone_is_still_the_country(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == JERSEY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ur", "مشرقی افغانستان کے صوبہ ننگرہار میں دھماکے سے 9 بچے جاں بحق ہو گئے۔"),
        ("ur", "صوبہ ننگرہار میں دھماکے سے 9 بچے جاں بحق ہو گئے۔"),
        ("ar", "قتل تسعة أطفال في انفجار في ولاية ننغرهار شرق أفغانستان."),
        ("ps", "د ننګرهار ولایت په یوه بازار کې چاودنه کې نهه ماشومان ووژل شول."),
    ],
)
def test_a_name_in_the_languages_own_letters_is_the_persian_one(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == NANGARHAR


def test_relettering_finds_no_far_town_in_a_word() -> None:
    assert placed("ur", "فائرنگ سے تین افراد جاں بحق ہو گئے۔") is None  # 'جاں' with Persian letters: no far town


def test_a_real_ghain_stays_one() -> None:
    loc = placed("ar", "قتل ثلاثة أشخاص في غارة على غزة.")
    assert loc is not None and loc.key == GAZA_STRIP  # Gaza (read as the territory, as before), no 'گزه'


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Two people were killed at a party on Pennsylvania Avenue, Rochester police said.", ROCHESTER_NY),
        ("Two people were killed in Rochester, Pennsylvania, police said.", ROCHESTER_PA),
    ],
)
def test_a_street_named_after_a_state_is_no_state(text: str, key: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.key == key


def test_a_state_streets_town_is_not_looked_for_in_that_state() -> None:
    loc = placed("en", "Three people were shot on Virginia Avenue in Springfield, police said.")
    assert loc is not None and loc.key != SPRINGFIELD_VA


@pytest.mark.parametrize(
    "text",
    [
        "У Обреновцу је у пожару погинуло осам особа.",  # locative: '-цу' of a name ending '-ац' (a fleeting a)
        "Осам особа је погинуло у пожару код Обреновца.",  # genitive '-ца'
    ],
)
def test_a_serbian_town_in_ac_is_read_in_its_cases(text: str) -> None:
    loc = placed("sr", text)
    assert loc is not None and loc.key == OBRENOVAC


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Explosion kills children in Nangarhar's Lalpur", NANGARHAR),  # India's Lālpur only: the province
        ("Blast in Maharashtra's Pune", "city:1259229"),  # the town, of the owner's country
        ("Floods hit Sindh's Dadu", "city:1180809"),
    ],
)
def test_a_possessives_town_known_only_abroad_is_its_owner(title: str, key: str) -> None:
    loc = placed("en", "Rescue teams searched for survivors.", title=title)
    assert loc is not None and loc.key == key
