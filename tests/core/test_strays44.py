"""Places (round 44, places55): reports in one non-Latin language that were grouped alone.

- A Hindi everyday word that GeoNames also gives as a far province's or town's Devanagari name ('साल', a year, is
  Sal in Cape Verde; 'तक', until, Tak in Thailand; 'किसी', 'मारा', 'मिला', 'जला', 'झील'): never that place in a
  Hindi report (data/common_words.tsv).
- An Indian district town whose GeoNames name differs from its district's ('बहराइच' spelled 'bahraich': the district
  Bahraich, the town 'Bahraigh'): read by its Latin spelling as the district's seat, after 'में' or before a district's
  word ('सीतापुर जिले', data/district_words_after.tsv).
- Kannada and Odia town names in a case: Kannada's locative, genitive and dative are longer than the reader's short
  endings and take the place of a name's last '-ು' ('ಮೈಸೂರಿನಲ್ಲಿ', in Mysuru; 'ಮಂಡ್ಯದಲ್ಲಿ'); Odia writes '-ଠାରେ' after a
  name and 'wa' as 'ୱ' or 'ଵ' ('ବାଲେଶ୍ୱରରେ': Balasore) (data/locative_endings.tsv, data/script_letter_forms.tsv).
- Nigeria as Hausa, Yoruba and Igbo news write it ('a sassan Najeriya', 'ní Naijiria'): the country
  (data/country_names.tsv).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("गोली मारकर हत्या", "एक युवक को गोली मारा गया और किसी को इसकी खबर नहीं थी। पुलिस को सफेद कार में उसका शव मिला।"),
        ("आग में दो की मौत", "आग में पूरा घर जला और दो लोगों की मौत हो गई, करीब एक लाख रुपये का नुकसान हुआ।"),
        ("नाव पलटी, दो की मौत", "झील में नाव पलटने से दो लोगों की मौत हो गई। इस साल यह तीसरा हादसा है।"),
        ("बाढ़ में अब तक दस की मौत", "बाढ़ में अब तक दस लोगों की मौत हो चुकी है, कई घाट पानी में डूबे हैं।"),
        ("पुल गिरा, तीन घायल", "अदालत ने पिछली बार आरोपी को बरी कर दिया था; पुल गिरने से तीन लोग घायल हुए।"),
    ],
)
def test_a_hindi_word_is_no_far_place(title: str, text: str) -> None:
    loc = placed("hi", text, title)
    assert loc is None or loc.region is None or loc.region.startswith("IN"), loc


@pytest.mark.parametrize(
    ("lang", "title", "text", "region"),
    [
        ("hi", "बहराइच में सड़क हादसा", "बहराइच में ट्रक और बस की टक्कर में चार लोगों की मौत हो गई।", "IN-36"),
        ("hi", "नाव पलटी", "बहराइच जिले में नाव पलटने से दो बच्चों की मौत हो गई।", "IN-36"),
        ("hi", "आग में दो की मौत", "सीतापुर जिले के एक गांव में आग लगने से दो लोगों की मौत हो गई।", "IN-36"),
        ("hi", "दीवार गिरी", "गोंडा में बारिश के बाद दीवार गिरने से तीन लोगों की मौत हो गई।", "IN-36"),
        ("pa", "ਹਾਦਸੇ ਵਿੱਚ ਦੋ ਦੀ ਮੌਤ", "ਪਟਿਆਲਾ ਜ਼ਿਲ੍ਹੇ ਦੇ ਇੱਕ ਪਿੰਡ ਵਿੱਚ ਦੋ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", "IN-23"),
    ],
)
def test_a_district_town_by_its_spelling(lang: str, title: str, text: str, region: str) -> None:
    loc = placed(lang, text, title)
    assert loc is not None and loc.region == region, loc


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ha", "Akalla mutane bakwai ne suka mutu a wata gobara a sassan Najeriya ranar Talata."),
        ("ha", "Mutane uku sun mutu a wani hari da aka kai a kasar Najeriya."),
        ("yo", "Eniyan meje ku ninu ijamba ọkọ ni Naijiria lana."),
    ],
)
def test_nigeria_as_its_news_writes_it(lang: str, text: str) -> None:
    loc = placed(lang, text)
    assert loc is not None and loc.region is not None and loc.region.startswith("NG"), loc


def test_a_word_before_a_district_word_is_no_village() -> None:
    loc = placed("hi", "लोगों जिले में दो लोगों की मौत हो गई।", "हादसे में दो की मौत")
    assert loc is None, loc


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("kn", "ಮೈಸೂರಿನಲ್ಲಿ ನಡೆದ ರಸ್ತೆ ಅಪಘಾತದಲ್ಲಿ ಮೂವರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ.", "Mysuru, IN"),
        ("kn", "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಕಟ್ಟಡ ಕುಸಿದು ಇಬ್ಬರು ಕಾರ್ಮಿಕರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", "Bengaluru, IN"),
        ("kn", "ಮಂಡ್ಯದಲ್ಲಿ ಬಸ್ ಉರುಳಿ ನಾಲ್ವರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ.", "Mandya, IN"),
        ("kn", "ಹುಬ್ಬಳ್ಳಿಯಲ್ಲಿ ಬೆಂಕಿ ಅವಘಡದಲ್ಲಿ ಇಬ್ಬರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", "Hubballi, IN"),
        ("kn", "ಮೈಸೂರಿನ ಹೊರವಲಯದಲ್ಲಿ ಕಾರು ಅಪಘಾತದಲ್ಲಿ ಇಬ್ಬರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ.", "Mysuru, IN"),
        ("or", "ବାଲେଶ୍ୱରରେ ଏକ ସଡ଼କ ଦୁର୍ଘଟଣାରେ ଦୁଇ ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।", "Balasore, IN"),
        ("or", "ବାଲେଶ୍ଵରଠାରେ ଟ୍ରକ ଧକ୍କାରେ ତିନି ଜଣ ଆହତ ହୋଇଛନ୍ତି।", "Balasore, IN"),
    ],
)
def test_a_town_in_a_case(lang: str, text: str, town: str) -> None:
    loc = placed(lang, text)
    assert loc is not None and loc.label == town, loc


@pytest.mark.parametrize(
    ("lang", "title", "text", "region"),
    [
        (
            "ur",
            "انڈیا: گجرات میں پل گرنے سے 132 افراد ہلاک",
            "انڈیا کی ریاست گجرات کے شہر موربی میں دریا پر بنا ایک پرانا پل گر گیا۔",
            "IN-09",
        ),
        (
            "ur",
            "بھارت: گجرات میں آگ، 4 ہلاک",
            "بھارت کی ریاست گجرات میں ایک فیکٹری میں آگ لگنے سے چار افراد ہلاک ہوگئے۔",
            "IN-09",
        ),
        (
            "ur",
            "گجرات میں بس حادثہ، 5 افراد ہلاک",
            "پنجاب کے شہر گجرات میں بس الٹنے سے پانچ افراد ہلاک ہو گئے۔",
            "PK-04",
        ),
    ],
)
def test_a_province_of_the_named_country_over_a_home_town(lang: str, title: str, text: str, region: str) -> None:
    loc = placed(lang, text, title)
    assert loc is not None and loc.region == region, loc
