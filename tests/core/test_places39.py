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
- A first alert with no figure in a language other than English ('Bei Walsrode ist ein Regionalzug entgleist',
  'deslizamentos em Petrópolis') was placed nowhere: the extractor reads places only for claims, and the English
  reader knows neither 'bei' nor 'em'. Its language's reader now places it, as it would a report with a figure.
- A Korean alert whose opening words name a big town was placed nowhere when a Latin letter stood anywhere in them
  ('아파트 B동', building B): one letter makes no Latin title.
- 'Metro' (the subway) capitalised in a Spanish, Portuguese or Italian report ('la Línea 5 del Metro') is no town
  (Metro, in Indonesia) (data/common_words.tsv).
- Polish softens a name's last consonant before the locative's ending ('w Madrycie', Madryt; 'w Erfurcie'): a Polish
  report of the Madrid bombings was placed at the town the van was found in (data/stem_vowels.tsv).
- A name written with a capital inside the word ('LaMia', the airline) is no town that has none (Lamía, Greece); a
  town so written ('McAllen', 'DeKalb') stays.
- A title's word in capitals that the text writes only in capitals inside its sentences ('NEMA: ...', 'hukumar ...
  NEMA ta ce') is an agency's initials, not the town it spells (Néma, Mauritania).
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


@pytest.mark.parametrize(
    ("title", "text", "region"),
    [
        (
            "해운대 아파트 B동 화재",
            "오늘 새벽 부산 해운대구의 한 아파트 B동에서 불이 나 주민들이 대피했습니다. "
            "소방 당국은 인명 피해를 확인하고 있습니다.",
            "KR-10",
        ),
        ("상가 건물 붕괴", "오늘 오후 대구 수성구의 한 상가 C동 건물이 무너졌습니다. 구조대가 출동했습니다.", "KR-15"),
    ],
)
def test_a_korean_alert_with_a_stray_latin_letter_is_in_the_big_town_it_names(
    title: str, text: str, region: str
) -> None:
    loc = placed("ko", text, title)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("language", "title", "text", "region"),
    [
        (
            "de",
            "Regionalzug bei Walsrode entgleist",
            "Bei Walsrode im Heidekreis ist am Morgen ein Regionalzug entgleist. "
            "Genaue Zahlen zu Verletzten liegen noch nicht vor.",
            "DE-06",
        ),
        (
            "pt",
            "Chuva provoca deslizamentos na serra",
            "Fortes chuvas provocaram deslizamentos em Petrópolis durante a madrugada. "
            "Ainda não há balanço de vítimas, segundo a Defesa Civil.",
            "BR-21",
        ),
        (
            "fr",
            "Effondrement d'un immeuble",
            "Un immeuble s'est effondré ce matin à Marseille, dans le quartier de Noailles. Les secours recherchent "
            "d'éventuelles victimes sous les décombres.",
            "FR-93",
        ),
    ],
)
def test_a_first_alert_with_no_figure_in_another_language_is_placed_where_its_reader_reads_it(
    language: str, title: str, text: str, region: str
) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("language", "title", "text", "country"),
    [
        (
            "es",
            "Se desploma la Línea 5 del Metro",
            "Al menos 20 personas murieron cuando se desplomó un tramo elevado de la Línea 5 del Metro en Iztapalapa.",
            "MX",
        ),
        (
            "pt",
            "Colisão no Metrô deixa 12 feridos",
            "Pelo menos 12 pessoas ficaram feridas quando dois trens do Metrô colidiram na estação Sé, em São Paulo.",
            "BR",
        ),
    ],
)
def test_the_subway_capitalised_is_no_town_abroad(language: str, title: str, text: str, country: str) -> None:
    loc = placed(language, text, title)
    assert loc is not None and (loc.region or "").split("-")[0] == country


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("W Madrycie w wybuchu gazu w kamienicy zginęły trzy osoby, a policja szuka sprawców w Toledo.", "ES-29"),
        ("W Erfurcie w strzelaninie w szkole zginęło 16 osób.", "DE-15"),
    ],
)
def test_a_polish_town_with_its_last_consonant_softened_before_the_ending_is_that_town(text: str, region: str) -> None:
    loc = placed("pl", text)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("es", None, "Al menos 71 personas murieron en el accidente del avión de LaMia cerca de Medellín."),
        ("pt", "Avião da LaMia caiu com 77 a bordo", "Morreram 71 pessoas na queda do avião perto de Medellín."),
    ],
)
def test_an_airline_written_with_an_inner_capital_is_no_town_it_spells(
    language: str, title: str | None, text: str
) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.region == "CO-02"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Three people were killed in a shooting in DeKalb, Illinois, on Sunday.", "US-IL"),
        ("Two people were killed in a crash in McAllen on Sunday night.", "US-TX"),
    ],
)
def test_a_town_written_with_an_inner_capital_stays_that_town(text: str, region: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ha",
            "NEMA: Mutum 40 sun mutu a ambaliya",
            "Hukumar agajin gaggawa ta ƙasa NEMA ta ce mutum 40 ne suka mutu a ambaliyar ruwa a garin Maiduguri.",
        ),
        (
            "en",
            "NEMA: 40 dead in floods",
            "The National Emergency Management Agency (NEMA) said 40 people died in floods in Borno state.",
        ),
    ],
)
def test_an_agencys_initials_in_a_title_are_no_town_they_spell(language: str, title: str, text: str) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.region == "NG-27"


def test_a_town_named_in_its_own_letters_in_title_and_text_stays_that_town() -> None:
    loc = placed("en", "Police said two people were shot dead in the town of Nema on Sunday.", "Two shot dead in Nema")
    assert loc is not None and loc.region == "MR-01"
