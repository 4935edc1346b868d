"""Places (round 39, places46): reports in less-covered languages that named their town and were placed nowhere, or
in another country, so that they stayed alone beside the English reports of the same event.

- Tamil writes the locative onto a town's name ('சென்னையில்', in Chennai; 'கொழும்பில்', in Colombo), but its lexicon
  reads its words anywhere in a word (MATCH "any"), and the reader took endings off names only for languages that
  read words as stems: no Tamil town with an ending was ever read, though the lexicon says how long one is
  (PLACE_ENDINGS). A lexicon's PLACE_ENDINGS now says its names take endings. Tamil's glide letter before the
  ending ('யில்', 'வில்': four letters, one more than a stem's ending) is a suffix particle (data/suffix_particles.tsv).
- Korean headlines shorten the locative '에서' to '서' right after a name ('시드니서', in Sydney) (same table).
- Kallakurichi, a district town of Tamil Nadu, has no name in any script but Latin in GeoNames; Gold Coast none in
  Hangul; Al-Hamdaniya none in Arabic without the district's word before it (data/script_names.tsv).
- Arabic news names the DR Congo 'الكونغو الديمقراطية' (the Democratic Congo); its bare 'الكونغو' is the Republic of
  the Congo's name, so a report of Goma was placed in the other Congo (data/country_names.tsv).
- Feeds label Sorani Kurdish, written in Arabic letters, 'ku' as they do Kurmanji, in Latin ones: the Kurmanji lexicon
  read such a report as nothing, neither its figures nor its place. A report labelled 'ku' whose opening is in Arabic
  letters is read by the Sorani lexicon (the ku lexicon's SCRIPT_TWINS), and Sorani's 'حەمدانییە' is Al-Hamdaniya.
- A US state's name before a division word in a language that writes it in Latin letters ('Oklahoma eyaletinde',
  in the state of Oklahoma) was no province: only provinces were looked for there, and US states are states.
Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import KILLED, ArticleInput
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("சென்னையில் கனமழையால் வீடு இடிந்து 6 பேர் உயிரிழந்தனர்.", "city:1264527"),
        ("மதுரையில் பேருந்து விபத்தில் 11 பேர் உயிரிழந்தனர்.", "city:1264521"),
        ("கொழும்பில் குண்டுவெடிப்பில் 14 பேர் உயிரிழந்தனர்.", "city:1248991"),
        ("மாஸ்கோவில் தீ விபத்தில் 9 பேர் உயிரிழந்தனர்.", "city:524901"),
    ],
)
def test_a_tamil_town_named_with_its_case_ending_is_read(text: str, key: str) -> None:
    loc = placed("ta", text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "கள்ளக்குறிச்சியில் கள்ளச்சாராயம் குடித்த 18 பேர் உயிரிழந்தனர்."),
        ("ta", "கள்ளக்குறிச்சி: லாரி மோதி 7 பேர் பலி"),
        ("ml", "തമിഴ്നാട്ടിലെ കള്ളക്കുറിച്ചിയിൽ ബസ് മറിഞ്ഞ് 12 പേർ മരിച്ചു."),
        ("hi", "तमिलनाडु के कल्लाकुरिची जिले में एक पटाखा गोदाम में धमाके से 9 लोगों की मौत हो गई।"),
        ("zh", "印度泰米尔纳德邦卡拉库里奇县一座寺庙发生踩踏事件，造成13人死亡。"),
    ],
)
def test_kallakurichi_named_in_the_languages_of_its_state_and_in_chinese_is_the_town(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == "city:12165956"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("호주 골드코스트서 관광버스 추락…8명 사망", "city:2165087"),
        ("호주 시드니서 페리 충돌…5명 사망", "city:2147714"),
        ("부산서 공장 화재…3명 사망", "city:1838524"),
        ("호주 골드코스트의 한 리조트에서 가스 폭발로 6명이 다쳤다.", "city:2165087"),
    ],
)
def test_a_korean_headline_naming_a_town_with_the_short_locative_is_read(text: str, key: str) -> None:
    loc = placed("ko", text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("غرق قارب في بحيرة كيفو في شرق الكونغو الديمقراطية ومقتل 40 شخصا.", "country:CD"),
        ("أعلنت جمهورية الكونغو الديمقراطية مقتل 22 شخصا في انهيار منجم.", "country:CD"),
        ("قتل 12 شخصا في فيضانات في الكونغو.", "country:CG"),
    ],
)
def test_the_democratic_congo_in_arabic_is_the_dr_congo(text: str, key: str) -> None:
    loc = placed("ar", text)
    assert loc is not None and loc.key == key


def test_al_hamdaniya_in_arabic_in_a_report_naming_iraq_is_the_town() -> None:
    loc = placed("ar", "قتل 15 شخصا في انفجار مخزن للوقود في الحمدانية شمال العراق.")
    assert loc is not None and loc.key == "city:92430"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Oklahoma eyaletinde bir okulda çıkan silahlı saldırıda 4 kişi öldü.", "US-OK"),
        ("ABD'nin Oklahoma eyaletinde bir çiftlikte 6 ceset bulundu.", "US-OK"),
        ("ABD'nin Teksas eyaletinde bir alışveriş merkezinde 8 kişi öldü.", "US-TX"),
    ],
)
def test_a_us_state_before_the_turkish_word_for_state_is_that_state(text: str, region: str) -> None:
    loc = placed("tr", text)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("text", "killed", "key"),
    [
        ("لە تەقینەوەیەکی کارگەیەک لە حەمدانییە 14 کەس کوژران.", 14, "city:92430"),
        ("Li Amedê di teqînekê de 12 kes mirin.", 12, "city:316541"),
    ],
)
def test_a_kurdish_report_is_read_in_the_script_it_is_written_in(text: str, killed: int, key: str) -> None:
    claims = extract(ArticleInput(text=text, language="ku")).claims
    assert any(c.metric == KILLED and c.value == killed for c in claims)
    loc = placed("ku", text)
    assert loc is not None and loc.key == key
