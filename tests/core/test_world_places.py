"""Places in reports of any language (`core.extract.world_places`): sentences of our own, one per phenomenon."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location


def _places(text: str, language: str, title: str | None = None) -> set[str | None]:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    assert claims, "the sentence states a figure"
    return {c.location for c in claims}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("es", "Un fuerte terremoto sacudió Turquía el lunes. Murieron 40 personas.", "Turkey"),
        ("de", "Ein Erdbeben hat Nepal erschüttert. Mindestens 30 Menschen wurden getötet.", "Nepal"),
        ("hi", "नेपाल में आए भूकंप से 50 लोगों की मौत हो गई।", "Nepal"),
        ("ar", "ضرب زلزال قوي تركيا. قتل 25 شخصا على الأقل.", "Turkey"),
    ],
)
def test_a_report_naming_only_its_country_in_its_own_language_is_placed_there(
    language: str, text: str, country: str
) -> None:
    assert _places(text, language) == {country}


def test_the_country_the_text_names_decides_between_towns_of_one_name() -> None:
    # Valencia alone is Venezuela's (the bigger one); a Spanish text naming Spain means Spain's.
    places = _places("Las lluvias en España dejaron 12 muertos en Valencia el martes.", "es")
    assert places == {"Valencia, Spain"}
    assert resolve_location("Valencia, Spain").region == resolve_location("Valencia", "ES").region
    assert resolve_location("Valencia").region != resolve_location("Valencia", "ES").region


def test_a_town_in_a_country_the_text_does_not_name_is_a_misreading() -> None:
    # 'كان' ("was") is also Cannes' name in Arabic script; in a report on Nepal it is no place at all.
    text = "كان الزلزال الذي ضرب نيبال قويا. قتل 30 شخصا."
    assert _places(text, "ar") == {"Nepal"}


def test_only_the_languages_joined_particles_are_stripped_from_a_word() -> None:
    # "بغزة" is "in Gaza" (a particle); "مليون" (million) is not a particle before "ليون" (Lyon).
    assert _places("قتل 12 شخصا بغزة مساء أمس.", "ar") == {"Gaza"}
    assert _places("تضرر مليون شخص وقتل 20 شخصا.", "ar") == {None}


def test_everyday_words_that_are_towns_elsewhere_are_no_place() -> None:
    # Urdu 'اور' ("and") is Evere's name in this script.
    assert _places("سیلاب سے 15 افراد ہلاک اور 20 زخمی ہوگئے۔", "ur") == {None}


def test_a_word_capitalised_only_by_its_place_in_the_sentence_is_no_town() -> None:
    # "Sale" (rises) opens the sentence; Salé and Sale are towns elsewhere.
    assert _places("Sale a 30 il numero dei morti nell'incendio della fabbrica.", "it") == {None}
    # A town that opens a sentence and is named inside another one is a town.
    text = "Napoli è in lutto. Il crollo a Napoli ha fatto 7 morti."
    assert _places(text, "it") == {"Naples, Italy"}  # Naples alone is Italy's by population only: made sure


def test_a_place_picked_by_population_alone_is_left_for_grouping_to_read() -> None:
    # Valencia (Venezuela's is bigger than Spain's): no country named or hinted, so no country is added, and
    # grouping reads the name with the article's other places (its outlet's country, its other towns).
    assert _places("Las lluvias en Valencia dejaron 9 muertos.", "es") == {"Valencia"}


def test_a_name_after_a_locative_word_is_the_place_and_a_dateline_is_only_where_it_was_filed() -> None:
    text = "Berita Kita, Jakarta - Sebanyak 20 orang meninggal dunia akibat banjir di Palu pada Senin."
    assert _places(text, "id") == {"Palu"}


def test_the_lexicons_own_words_are_no_town() -> None:
    # 'поліції' (of the police) begins like a Polish town's name in Cyrillic; the lexicon's source noun wins.
    assert _places("За даними поліції, у Вінниці загинули 5 людей.", "uk") == {"Vinnytsya"}


def test_part_of_a_persons_name_is_no_town() -> None:
    # "Le François" is a town in Martinique; here it is the start of a president's name.
    text = "Le François Hollande a confirmé que l'attaque avait fait 12 morts à Nice."
    assert _places(text, "fr") == {"Nice"}


def test_a_headlines_capitals_are_no_evidence_unless_the_text_names_the_place() -> None:
    title = "Banjir Bandang: 12 Orang Meninggal"
    text = "Sebanyak 12 orang meninggal dunia akibat banjir bandang di Sigi, kata pejabat."
    places = _places(text, "id", title=title)
    assert "Orang" not in places and "Bandang" not in places


def test_a_peoples_adjective_breaks_the_tie_between_towns_of_one_name() -> None:
    # No country is named, but 'española' begins as 'España' does: Spain's Valencia, not Venezuela's.
    text = "Las lluvias en la provincia española de Valencia dejaron 9 muertos."
    assert _places(text, "es") == {"Valencia, Spain"}
    text = "Die Flut in der spanischen Region Valencia hat 9 Tote gefordert."
    assert _places(text, "de") in ({"Valencia, Spain"}, {"Valencia Province, Spain"})  # 'Region': a division


def test_a_country_name_is_read_with_or_without_its_nukta() -> None:
    # CLDR writes 'फ़िलिस्तीन' with a nukta; reports often leave it out.
    assert _places("फिलिस्तीन में हमले में 40 लोगों की मौत हो गई।", "hi") == {"Palestinian Territory"}


def test_an_adjective_meets_its_country_without_accents() -> None:
    # Portuguese 'França' and 'francesas': the accent differs, the people's adjective still points to France.
    text = "Os ataques em Paris deixaram 20 mortos, segundo as autoridades francesas."
    assert _places(text, "pt") == {"Paris, France"}


def test_a_village_name_no_other_place_bears_is_a_place_without_a_locative() -> None:
    text = "Des familles de Lac-Mégantic cherchent encore leurs proches; le bilan est de 20 morts."
    assert _places(text, "fr") == {"Lac-Mégantic"}


# Issue 13: towns as reports in other languages write them, so that they meet the English reports' place.


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a Turkish proper noun's ending after an apostrophe: a name even at the head of a sentence
        ("tr", "Ankara'da bir binada çıkan yangında 5 kişi öldü.", "Ankara"),
        ("tr", "Bursa'daki fabrikada meydana gelen patlamada 3 işçi hayatını kaybetti.", "Bursa"),
        # a facility named after its town, the town first
        ("tr", "Dün gece Antalya Havalimanı'nda düzenlenen saldırıda 12 kişi hayatını kaybetti.", "Antalya"),
        # Lithuanian case endings on the stem of a nominative in -us, -as, -a
        ("lt", "Per gaisrą Kaune žuvo 4 žmonės.", "Kaunas"),
        ("lt", "Per sprogimą Vilniuje žuvo 12 žmonių.", "Vilnius"),
        # Korean particles and facility words written onto the name
        ("ko", "부산에서 화재가 발생해 3명이 숨졌다.", "Busan"),
        ("ko", "어제 인천국제공항에서 버스가 추락해 7명이 숨졌다.", "Incheon"),
        # Vietnamese is written in Latin script: its towns are capitalised names
        ("vi", "Vụ cháy ở Hà Nội làm 12 người chết.", "Hanoi"),
    ],
)
def test_a_town_as_the_language_writes_it(language: str, text: str, town: str) -> None:
    assert {p.split(",")[0] if p else p for p in _places(text, language)} == {town}


def test_a_dateline_town_spelled_with_one_long_vowel_letter_less_is_still_that_town() -> None:
    # 'كاتمندو' for the gazetteer's 'كاتماندو'
    text = "كاتمندو 4 مايو 2015 (وكالة) قالت وزارة الداخلية في نيبال إن عدد قتلى الزلزال ارتفع إلى 7365."
    assert _places(text, "ar") == {"Kathmandu"}
    # without the dateline, the country it names
    assert _places("قالت وزارة الداخلية في نيبال إن عدد قتلى الزلزال ارتفع إلى 7365.", "ar") == {"Nepal"}


def test_a_country_the_cldr_writes_with_arabic_short_vowel_marks_is_found_without_them() -> None:
    # the CLDR's 'السّعوديّة' (with shadda) is 'السعودية' as news writes it
    assert _places("قالت وزارة الصحة السعودية إن 40 شخصا لقوا حتفهم في الحادث.", "ar") == {"Saudi Arabia"}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "LYON (AFP) - Un incendie a fait 12 morts dans la nuit.", "Lyon"),
        ("es", "MADRID, 12 Mar. (EUROPA PRESS) - Al menos 12 personas murieron en el incendio.", "Madrid"),
        ("pt", "LISBOA — Pelo menos 12 pessoas morreram no incêndio.", "Lisbon"),
    ],
)
def test_a_dateline_in_capitals_with_its_agency_places_the_report(language: str, text: str, town: str) -> None:
    assert _places(text, language) == {town}


def test_an_agency_alone_before_the_dash_is_no_place() -> None:
    assert _places("AFP - Un incendie a fait 12 morts dans la nuit.", "fr") == {None}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("es", "Al menos 12 personas murieron en el incendio de una torre en Londres.", "London"),
        ("fr", "Un incendie a fait 12 morts à Londres.", "London"),
        ("es", "Un incendio dejó 12 muertos en Ginebra.", "Geneva"),
    ],
)
def test_a_big_towns_name_in_the_language_is_that_town_not_a_village_of_that_name(
    language: str, text: str, town: str
) -> None:
    # 'Londres' is also a village in Argentina: after 'en' / 'à' it is still London
    assert _places(text, language) == {town}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # "China's Tianjin": a country's name in the genitive before the town is no longer name
        ("fi", "Eilen Kiinan Tianjinissa räjähdyksessä kuoli 50 ihmistä.", "Tianjin"),
        ("tr", "Dün Çin'in Tianjin kentinde patlamada 50 kişi öldü.", "Tianjin"),
        # Finnish case endings of four letters
        ("fi", "Eilen Lontoossa kerrostalon tulipalossa kuoli ainakin 12 ihmistä.", "London"),
    ],
)
def test_a_town_after_its_countrys_name(language: str, text: str, town: str) -> None:
    assert _places(text, language) == {town}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a Greek name GeoNames lacks (data/script_names.tsv), in the genitive the language puts it in
        ("el", "Τουλάχιστον δέκα άνθρωποι σκοτώθηκαν στην πυρκαγιά της Γένοβας.", "Genoa"),
        ("el", "Η πλημμύρα στο Μιλάνο άφησε πίσω της οκτώ νεκρούς.", "Milan"),
        # a Chinese name GeoNames gives in Traditional characters only, written in Simplified ones
        ("zh", "加德满都发生强烈地震，造成至少30人死亡。", "Kathmandu"),
        ("zh", "麦加发生踩踏事件，已有20人死亡。", "Makkah"),
        # a Korean county town's own name, with its particle
        ("ko", "무안에서 버스가 추락해 5명이 숨졌다.", "Muan"),
    ],
)
def test_a_town_named_in_another_script_than_geonames_lists(language: str, text: str, town: str) -> None:
    assert {p.split(",")[0] if p else p for p in _places(text, language)} == {town}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # two countries named once each: the lead's is the report's, the later one the migrants' destination
        ("es", "Al menos 40 personas murieron en Haití por el huracán. Miles de familias emigraron a Estados Unidos.",
         "Haiti"),
        ("fr", "Au moins 12 personnes sont mortes au Pérou dans les inondations. Des renforts sont venus du Chili.",
         "Peru"),
    ],
)  # fmt: skip
def test_of_two_countries_named_as_often_the_leads_is_the_reports(language: str, text: str, country: str) -> None:
    assert _places(text, language) == {country}


def test_two_countries_named_as_often_and_neither_in_the_lead_leave_the_report_unplaced() -> None:
    text = "Hubo 30 muertos en el ataque, según la policía. Los atacantes venían de Siria; las víctimas, de Irak."
    assert _places(text, "es") == {None}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a particle written onto a foreign town's name: the town of a country the text names
        ("네팔 카트만두에서 발생한 지진으로 1500명이 숨졌다.", "Kathmandu"),
        ("방글라데시 다카의 화재로 70명이 숨졌다.", "Dhaka"),
        ("인도네시아 팔루에서 쓰나미로 384명이 숨졌다.", "Palu"),
    ],
)
def test_a_foreign_town_with_a_particle_in_a_text_naming_its_country(text: str, town: str) -> None:
    assert {p.split(",")[0] if p else p for p in _places(text, "ko")} == {town}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # the name news wrote before the CLDR's 'Türkiye' ('튀르키예', 'तुर्किये', 'ترکیہ', 'துருக்கியே')
        ("ko", "터키 남부에서 발생한 지진으로 284명이 숨졌다.", "Turkey"),
        ("hi", "तुर्की में आए भूकंप से 50 लोगों की मौत हो गई।", "Turkey"),
        ("ur", "ترکی میں زلزلے سے 50 افراد جاں بحق ہو گئے۔", "Turkey"),
    ],
)
def test_a_countrys_former_name_in_the_language(language: str, text: str, country: str) -> None:
    assert _places(text, language) == {country}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the apostrophe marks where a Turkish name ends: a foreign town of any size, not only a big one
        ("Vinnitsa'ya düşen füzeler 23 kişinin ölümüne yol açtı.", "Vinnytsya"),
        ("Kremençuk'ta alışveriş merkezine füze saldırısında 20 kişi öldü.", "Kremenchuk"),
        ("Garissa'daki saldırıda 147 kişi öldü.", "Garissa"),
    ],
)
def test_a_foreign_towns_name_before_a_turkish_apostrophe_ending(text: str, town: str) -> None:
    assert {p.split(",")[0] if p else p for p in _places(text, "tr")} == {town}


def test_a_name_with_letters_cut_off_is_still_only_a_big_town_or_one_of_the_languages_countries() -> None:
    # 'Garissaan' is no Turkish form: no apostrophe, so the cut-off 'Garissa' (a small foreign town) is not read
    assert _places("Garissaan bölgesindeki saldırıda 147 kişi öldü.", "tr") == {None}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a stem's last vowel changes before a Ukrainian case ending (lexicon PLACE_STEM_VOWELS)
        ("У Києві внаслідок обстрілу поранено 12 людей.", "Kyiv"),
        ("У Львові внаслідок вибуху загинули 7 людей.", "Lviv"),
        ("У Миколаєві внаслідок обстрілу загинули 5 людей.", "Mykolayiv"),
        ("У Харкові внаслідок обстрілу загинули 3 людини.", "Kharkiv"),
    ],
)
def test_a_ukrainian_town_whose_stem_vowel_changes_with_its_ending(text: str, town: str) -> None:
    assert _places(text, "uk") == {town}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # places the gazetteer has no name for in the script (lexicon PLACE_NAMES): with a county's word after it,
        # with a particle before it, inflected; given with their country, as a spot in it
        ("ko", "전남 진도군 앞바다에서 여객선이 침몰해 25명이 숨졌다.", "Jindo, South Korea"),
        ("ko", "진도 해상에서 여객선이 침몰해 25명이 숨졌다.", "Jindo, South Korea"),
        ("ar", "لقي 700 حاج على الأقل حتفهم في تدافع بمنى في السعودية.", "Mina, Saudi Arabia"),
        ("fa", "در حادثه منا در عربستان سعودی دست‌کم ۴۶۴ زائر کشته شدند.", "Mina, Saudi Arabia"),
    ],
)
def test_a_place_the_gazetteer_has_no_name_for_in_the_script(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {place}
    assert resolve_location(place).region == resolve_location(place.split(", ")[1]).region


def test_a_lexicons_own_place_name_only_in_a_report_of_its_country() -> None:
    # 'منى' is also a woman's name: not Mina in a report that names another country
    assert _places("قالت منى إن 12 شخصا قتلوا في انفجار في مصر.", "ar") == {"Egypt"}


def test_a_lexicons_own_place_name_before_a_big_town_named_later() -> None:
    # the county town where it happened, not the students' home town named after it
    text = "전남 진도 인근 해역에서 여객선이 침몰해 사망자가 25명으로 늘었다. 경기 안산 단원고 학생들이 타고 있었다."
    assert _places(text, "ko") == {"Jindo, South Korea"}


def test_a_lexicons_own_place_name_of_a_town_the_gazetteer_knows_in_latin_script_is_that_town() -> None:
    places = _places("কক্সবাজারের উখিয়ায় পাহাড়ধসে ৫ জন নিহত হয়েছেন।", "bn")
    assert len(places) == 1
    assert resolve_location(places.pop() or "").key == resolve_location("Cox's Bazar", "BD").key


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a figure of the whole country (lexicon NATIONWIDE) is the country's, whatever province a later sentence
        # names; a report that names no country: the language's
        ("ur", "ملک بھر میں سیلاب سے اموات کی تعداد ایک ہزار 396 ہو گئی۔ سندھ میں 5 افراد جاں بحق ہوئے۔", "Pakistan"),
        ("es", "Las inundaciones en Pakistán dejan 1.100 muertos en todo el país.", "Pakistan"),
        (
            "de",
            "Landesweit starben bei den Überschwemmungen in Pakistan 1100 Menschen, 200 davon in Karachi.",
            "Pakistan",
        ),
        ("tr", "Ülke genelinde sellerde hayatını kaybedenlerin sayısı 45'e yükseldi.", "Turkey"),
    ],
)
def test_a_nationwide_figure_is_the_countrys(language: str, text: str, country: str) -> None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims and claims[0].location == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a name's double consonant single before an ending (lexicon PLACE_GRADATION): Turkki, Kreikka
        ("Turkissa kuoli ainakin 284 ihmistä maanjäristyksessä.", "Turkey"),
        ("Kreikassa kuoli 12 ihmistä tulvissa.", "Greece"),
    ],
)
def test_a_finnish_country_name_with_its_consonant_gradation(text: str, country: str) -> None:
    assert _places(text, "fi") == {country}


def test_an_urdu_full_stop_ends_a_sentence() -> None:
    # '۔': the province named in the second sentence is that sentence's place, not the first's
    text = "ملک بھر میں سیلاب سے اموات کی تعداد ایک ہزار 396 ہو گئی۔ سندھ میں پانچ افراد جاں بحق ہوئے۔"
    claims = extract(ArticleInput(text=text, language="ur")).claims
    assert (claims[0].value, claims[0].location) == (1396, "Pakistan")
    assert len({c.sentence_start for c in claims}) == 2


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a foreign name longer than four characters, before a province's or a prefecture's word or a particle
        ("ja", "トルコ南部カフラマンマラシュ県で地震があり、284人が死亡した。", "Kahramanmaraş"),
        ("zh", "韩国全罗南道珍岛郡海域客轮沉没，已致25人死亡。", "Jindo, South Korea"),
        ("ja", "韓国・珍島沖で旅客船が沈没し、25人が死亡した。", "Jindo, South Korea"),
        # a town the gazetteer names in the script only with its word for 'city' ('गाजा शहर', 'গাজা সিটি')
        ("hi", "गाजा के अस्पताल में हुए धमाके में 500 लोगों की मौत हो गई।", "Gaza"),
        ("bn", "গাজার হাসপাতালে হামলায় ৫০০ জন নিহত হয়েছেন।", "Gaza"),
    ],
)
def test_long_and_city_word_names_in_other_scripts(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {place}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # "the capital" (lexicon CAPITAL_WORDS): of the country the report names, else of the language's
        ("bn", "রাজধানীর একটি বস্তিতে আগুনে ১০ জন নিহত হয়েছেন।", "Dhaka, Bangladesh"),
        ("tr", "Başkent'te meydana gelen patlamada 5 kişi öldü.", "Ankara"),
        ("es", "En la capital de Nepal murieron 50 personas por el terremoto.", "Kathmandu"),
    ],
)
def test_the_capital_is_the_named_countrys_or_the_languages(language: str, text: str, town: str) -> None:
    assert _places(text, language) == {town}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a town with its province's or county's word before or after it, or its case ending
        ("zh", "浙江省温州市一家工厂发生火灾，造成8人死亡。", "Wenzhou"),
        ("ko", "경북 포항시에서 지진으로 2명이 숨졌다.", "Pohang"),
        ("bn", "সিলেট জেলার কোম্পানীগঞ্জে বন্যায় ১০ জনের মৃত্যু হয়েছে।", "Sylhet"),
        ("bn", "খুলনায় সড়ক দুর্ঘটনায় ৬ জন নিহত হয়েছেন।", "Khulna"),
        ("fa", "در استان کرمانشاه ۴۰۰ نفر کشته شدند.", "Kermanshah"),
        ("tr", "İzmir'deki patlamada 5 kişi öldü.", "İzmir"),
        ("ru", "В Одессе при обстреле погибли 5 человек.", "Odesa"),
    ],
)
def test_a_town_with_its_admin_word_or_case_ending(language: str, text: str, town: str) -> None:
    assert _places(text, language) == {town}


def test_an_island_of_our_table_is_its_place_in_any_language() -> None:
    # "Maui" is Maui County (data/islands.tsv), which a Latin-script name elsewhere could not reach: a county.
    text = "36 personas murieron en los incendios forestales en la isla de Maui, en Hawái (Estados Unidos)."
    assert _places(text, "es") == {"Maui County"}


@pytest.mark.parametrize(
    ("language", "text", "province"),
    [
        ("zh", "四川省昨晚发生强烈地震，已造成至少20人死亡。", "Sichuan"),
        ("zh", "暴雨袭击四川，至少20人死亡。", "Sichuan"),
        ("ja", "四川省で強い地震があり、少なくとも20人が死亡した。", "Sichuan"),
        ("ur", "صوبہ سندھ میں سیلاب سے 12 افراد ہلاک ہو گئے۔", "Sindh"),
        ("ur", "گلگت بلتستان میں سیلاب سے 12 افراد ہلاک ہو گئے۔", "Gilgit-Baltistan"),  # not the town of Gilgit
        ("bn", "ইদলিব প্রদেশে বিমান হামলায় ১২ জন নিহত হয়েছেন।", "Idlib"),
        ("uk", "Через землетрус у провінції Хатай загинули 12 людей.", "Hatay"),
        ("ru", "При землетрясении в провинции Хатай погибли 12 человек.", "Hatay"),
        ("ar", "قتل 12 شخصا في غارة جوية على محافظة إدلب.", "Idlib"),
        ("hi", "सिंध प्रांत में बाढ़ से 12 लोगों की मौत हो गई।", "Sindh"),
        ("tr", "Sel felaketinde Sindh eyaletinde 12 kişi öldü.", "Sindh"),
        ("tr", "Depremde Hatay ilinde 12 kişi hayatını kaybetti.", "Hatay"),  # not its town Antakya
        # a province named after its capital, with its division's word: the province, which holds the town
        ("ja", "熊本県益城町で地震があり、9人が死亡した。", "Kumamoto"),
        ("ar", "قتل 12 شخصا في محافظة حمص.", "Homs"),
        ("zh", "土耳其卡赫拉曼马拉什省发生强烈地震，造成284人死亡。", "Kahramanmaraş"),
    ],
)
def test_a_province_named_in_another_script_is_the_province_english_reports_name(
    language: str, text: str, province: str
) -> None:
    # the index's province names in other scripts (ISO 3166-2 translations, data/province_names.tsv), and the
    # lexicon's division words (PROVINCE_WORDS, PROVINCE_WORDS_BEFORE): the province, not a town of its name
    places = _places(text, language)
    assert {resolve_location(p).key for p in places if p} == {resolve_location(f"{province} province").key}


def test_a_towns_name_without_a_division_word_stays_the_town() -> None:
    # 'ঢাকা' is the city and a division: only 'ঢাকা বিভাগ' (the division's word beside it) is the division
    places = _places("ঢাকায় একটি কারখানায় আগুনে ১২ জন নিহত হয়েছেন।", "bn")
    assert {resolve_location(p).key for p in places if p} == {resolve_location("Dhaka", "BD").key}
    assert resolve_location("Dhaka", "BD").kind == "city"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los incendios en la región de Valparaíso dejaron 51 muertos."),
        ("fr", "Les incendies dans la région de Valparaiso ont fait 99 morts."),
        ("pt", "Os incêndios na região de Valparaíso deixaram 51 mortos."),
    ],
)
def test_a_region_word_before_a_name_makes_it_the_region_not_its_chief_town(language: str, text: str) -> None:
    assert _places(text, language) == {"Valparaíso Province, Chile"}  # the region (CL-VS), not Valparaíso city
