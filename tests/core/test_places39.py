"""Places (round 36, places39): reports in other scripts and one-site reports placed nowhere or elsewhere.

- An Urdu, Bengali, Arabic or Persian report of a shooting in the United States names the state in its own script
  ('امریکی ریاست اوہائیو', 'টেক্সাসে', 'ولاية ويسكونسن', 'ایالت ویسکانسین'); pycountry gives no such names, so the
  report was placed nowhere. The states' names are data (data/province_names.tsv).
- News in these languages writes the United States as 'America' ('امریکہ', 'अमेरिका', 'আমেরিকা', 'آمریکا'), and
  Bengali writes Myanmar 'মিয়ানমার', not the CLDR's 'মায়ানমার': a Bengali report of a cyclone in Myanmar that
  mentions Bangladesh's aid was placed in Bangladesh (data/country_names.tsv).
- A country's name is no stem of a town's: Hindi 'अमेरिका' less its vowel sign is the stem of 'अमेरिकस' (Americus,
  Georgia), which once the country was read placed a Hindi report of an Ohio shooting in Georgia.
- Burmese writes no spaces between words: a town's name runs on into the town's word and a locative particle
  ('မန္တလေးမြို့၌', in Mandalay town), a region's into the region's word ('ရခိုင်ပြည်နယ်တွင်'), and GeoNames gives many
  towns' Burmese names only with the town's word on. The stretch before such a word is now tried as a name, the
  index keys the names without the town's word too, and the regions' Burmese names are data: a Burmese report of a
  cyclone naming only regions and Yangon was placed nowhere.
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("ur", "امریکی ریاست اوہائیو کے ایک قصبے میں ایک بار پر فائرنگ سے چار افراد ہلاک ہو گئے۔", "US-OH"),
        ("ur", "امریکہ کی ریاست ٹیکساس میں ایک اسکول میں فائرنگ سے پانچ افراد ہلاک اور دو زخمی ہو گئے۔", "US-TX"),
        ("ur", "وسکونسن میں ایک شاپنگ مال میں فائرنگ سے تین افراد ہلاک ہو گئے۔", "US-WI"),
        ("bn", "যুক্তরাষ্ট্রের টেক্সাসে একটি স্কুলে বন্দুক হামলায় ১৯ জন নিহত হয়েছে।", "US-TX"),
        ("bn", "মিশিগানের একটি গির্জায় বন্দুকধারীর গুলিতে চারজন নিহত হয়েছেন।", "US-MI"),
        ("ar", "قتل أربعة أشخاص في إطلاق نار داخل معبد في ولاية ويسكونسن الأمريكية.", "US-WI"),
        ("fa", "در تیراندازی در یک مدرسه در ایالت مینه‌سوتا آمریکا سه نفر کشته شدند.", "US-MN"),
    ],
)
def test_a_report_of_a_us_shooting_naming_its_state_in_its_own_script_is_in_that_state(
    language: str, text: str, region: str
) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.region == region


def test_a_bengali_report_of_a_storm_in_myanmar_that_mentions_bangladeshs_aid_is_in_myanmar() -> None:
    loc = placed(
        "bn",
        "মিয়ানমারে ঘূর্ণিঝড়ের আঘাতে নিহতের সংখ্যা ৫০০ ছাড়িয়েছে। বাংলাদেশ সরকার মিয়ানমারে ত্রাণ পাঠানোর কথা জানিয়েছে।",
    )
    assert loc is not None and loc.region == "MM"


@pytest.mark.parametrize(
    "text",
    [
        "अमेरिका के ओहायो में एक बार में गोलीबारी में चार लोगों की मौत हो गई।",
        "अमेरिका के ओहियो राज्य में गोलीबारी में चार लोगों की मौत हो गई।",
    ],
)
def test_a_hindi_report_naming_america_and_a_state_is_in_that_state_not_in_a_town_of_like_name(text: str) -> None:
    loc = placed("hi", text)
    assert loc is not None and loc.region == "US-OH"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("မန္တလေးမြို့၌ အဆောက်အအုံ တစ်ခု ပြိုကျ၍ လူ ၅ ဦး သေဆုံးခဲ့သည်။", "MM-08"),
        ("ရန်ကုန်မြို့တွင် ယာဉ်တိုက်မှုကြောင့် လူ ၃ ဦး သေဆုံးခဲ့သည်။", "MM-17"),
        ("ရခိုင်ပြည်နယ်တွင် ရေကြီးမှုကြောင့် လူ ၂၀ ဦး သေဆုံးခဲ့သည်။", "MM-01"),
        ("စစ်ကိုင်းတိုင်းတွင် ငလျင်ကြောင့် လူ ၁၅ ဦး သေဆုံးခဲ့သည်။", "MM-10"),
    ],
)
def test_a_burmese_report_naming_a_town_or_region_with_its_word_run_on_is_placed_there(text: str, region: str) -> None:
    loc = placed("my", text)
    assert loc is not None and loc.region == region
