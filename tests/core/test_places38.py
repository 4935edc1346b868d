"""Places (round 35, places38): ordinary words read as far places, county words, Latin names with case endings.

- A Bengali word that begins with a far country's name but goes on with letters that are no case ending of the
  language ('মালিকের', the owner's, opens with 'মালি', Mali) is no place; the country with one of the language's
  endings ('মালিতে', in Mali) still is (data/joined_endings.tsv).
- An everyday Urdu word that is also how a far town is written ('کان', a mine, is also Caen) never names the town in
  an Urdu report (data/common_words.tsv).
- A name written right after a county's word ('مقاطعة', in Arabic) names a county of that name; a namesake town in a
  country the report never names is no reading of it (a report on a school in a Michigan county is not in New
  Zealand), so the state the report names is where it is (data/county_words.tsv).
- Hungarian writes a town's last 'a' or 'e' long before the ending '-n' ('Tatabányán', 'Craiován'), Finnish the last
  'i' of many names as 'e' before an ending ('Rovaniemellä'): the name is read through its ending
  (data/stem_vowels.tsv, data/locative_endings.tsv).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    "text",
    [
        "কারখানার মালিকের বিরুদ্ধে মামলা এখনও চলছে। সেই অগ্নিকাণ্ডে ৯০ জন শ্রমিক নিহত হয়েছিলেন।",
        "মালিকের পক্ষের আইনজীবী আদালতে বলেন, আগুনে নিহত ৯০ জনের পরিবারকে ক্ষতিপূরণ দেওয়া হয়েছে।",
    ],
)
def test_a_bengali_word_opening_with_a_far_countrys_name_and_no_ending_is_no_place(text: str) -> None:
    loc = placed("bn", text)
    assert loc is None or loc.region != "ML"


def test_a_far_country_with_a_bengali_case_ending_is_still_that_country() -> None:
    loc = placed("bn", "মালিতে একটি যাত্রীবাহী বাস উল্টে ১৪ জন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।")
    assert loc is not None and loc.label == "Mali"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "صوبہ بلوچستان میں کوئلے کی ایک کان میں گیس بھر جانے سے نو کان کن ہلاک ہو گئے۔",
            "کان میں دھماکہ، نو کان کن ہلاک",
        ),
        ("کوئلے کی ایک کان میں گیس بھر جانے سے نو کان کن ہلاک ہو گئے۔", None),
    ],
)
def test_an_everyday_urdu_word_that_a_far_town_is_written_as_is_no_place(text: str, title: str | None) -> None:
    loc = placed("ur", text, title)
    assert loc is None or loc.region is None or not loc.region.startswith("FR")


def test_a_name_after_an_arabic_county_word_in_a_report_on_a_us_state_is_no_town_abroad() -> None:
    loc = placed(
        "ar",
        "قتل ثلاثة طلاب وأصيب سبعة آخرون في إطلاق نار داخل مدرسة ثانوية في مقاطعة أوكلاند صباح الثلاثاء.",
        "إطلاق نار في مدرسة بولاية ميشيغان",
    )
    assert loc is not None and loc.region is not None and loc.region.startswith("US")


def test_a_province_after_the_arabic_division_word_stays_that_province() -> None:
    loc = placed("ar", "لقي تسعة أشخاص حتفهم في انهيار أرضي في مقاطعة يونان جنوب غربي الصين.")
    assert loc is not None and loc.region is not None and loc.region.startswith("CN")


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("hu", "Tatabányán két ember meghalt egy lakástűzben, közölték a katasztrófavédelemnél.", "Tatabánya, HU"),
        ("hu", "Két ember életét vesztette egy gázrobbanásban a romániai Craiován.", "Craiova, RO"),
        ("fi", "Rovaniemellä kaksi ihmistä kuoli omakotitalon tulipalossa, kertoi poliisi.", "Rovaniemi, FI"),
    ],
)
def test_a_latin_town_with_its_last_vowel_changed_before_an_ending_is_that_town(
    language: str, text: str, label: str
) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.label == label
