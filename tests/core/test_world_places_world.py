"""Places of world news in many languages: sentences of our own, one per phenomenon (issue 11's and 13's places
through the worldwide gazetteer)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import Location, article_locations, main_location, resolve_location


def _report(text: str, language: str, title: str | None = None) -> tuple[set[str | None], Location | None]:
    """The claims' locations as extracted and the report's place as grouping reads it."""
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    assert claims, "the text states a figure"
    article = ArticleFacts("r", "", claims, None, title, (), text, None)
    return {c.location for c in claims}, main_location(article, article_locations(article))


def _country(loc: Location | None) -> str | None:
    return loc.region.split("-")[0] if loc is not None and loc.region else None


def test_a_country_named_in_the_language_after_a_locative_is_the_country_not_a_town_of_that_alternate_name() -> None:
    # 'Gana' is Ghana in Portuguese, and also one of the alternate names of Guna, a town in India.
    text = "Uma explosão num depósito de gás no Gana matou pelo menos 9 pessoas, segundo os bombeiros."
    places, main = _report(text, "pt")
    assert places == {"Ghana"}
    assert main is not None and main.kind == "country" and _country(main) == "GH"


def test_a_country_named_in_lower_case_is_still_the_reports_country() -> None:
    # Indonesian and Malay reports often write 'indonesia' in lower case: no common word, the country.
    text = "Banjir bandang melanda kawasan utara indonesia pada Kamis. Sedikitnya 11 orang tewas, kata BNPB."
    _places, main = _report(text, "id")
    assert main is not None and _country(main) == "ID"


def test_a_local_government_area_is_its_chief_towns_district_and_of_its_state() -> None:
    # 'Plateau' is a state of Nigeria and a department of Benin; the town named before it lies in Nigeria's.
    text = "Gunmen killed 14 villagers in Bokkos Local Government Area of Plateau State on Sunday, police said."
    _places, main = _report(text, "en")
    assert main is not None and main.name == "bokkos" and _country(main) == "NG"
    assert resolve_location("Mardan Tehsil").name == "mardan"
    assert resolve_location("Gwoza LGA").name == "gwoza"


def test_korean_provinces_are_read_as_english_news_spells_them() -> None:
    # ISO 3166-2 and GeoNames write 'Gyeongsangbuk-do' ('buk' north, 'do' province); English news 'North Gyeongsang'.
    assert resolve_location("North Gyeongsang Province").key == resolve_location("Gyeongsangbuk-do").key
    assert resolve_location("Gyeonggi Province").kind == "province"
    assert resolve_location("Gyeonggi").key == resolve_location("Gyeonggi-do").key  # English news' name, alone
    assert resolve_location("South Jeolla province").region == resolve_location("Jeollanam-do").region
    text = "Wildfires in North Chungcheong Province killed 7 people and injured 15, officials said on Tuesday."
    _places, main = _report(text, "en")
    assert main is not None and main.kind == "province" and _country(main) == "KR"


def test_a_division_named_before_of_is_the_division_not_its_chief_town() -> None:
    # 'the southern state of Oaxaca': the state; Oaxaca is also its capital's name.
    text = "At least 14 people died when a bus fell into a ravine in the southern state of Oaxaca on Friday."
    places, main = _report(text, "en")
    assert places == {"state of Oaxaca"}
    assert main is not None and main.kind == "province" and _country(main) == "MX"


def test_a_bangladesh_district_named_in_bengali_with_its_ending_is_its_town() -> None:
    # 'ভোলায়' is 'in Bhola'; GeoNames names the town in Bengali only with the word for district after it.
    text = "ভোলায় লঞ্চডুবিতে অন্তত ৬ জন নিহত হয়েছেন। আহত হয়েছেন আরও ১৫ জন।"
    places, main = _report(text, "bn")
    assert places == {"Bhola"}
    assert main is not None and main.name == "bhola" and _country(main) == "BD"
    _places, main = _report("পটুয়াখালীতে বজ্রপাতে ৪ জনের মৃত্যু হয়েছে।", "bn")
    assert main is not None and main.name == "patuakhali"


def test_a_division_named_with_its_word_is_the_division_where_a_town_and_a_district_bear_its_name() -> None:
    # 'রংপুর বিভাগে': Rangpur division, not the city nor the district of that name.
    _places, main = _report("রংপুর বিভাগে বন্যায় ১৩ জনের মৃত্যু হয়েছে।", "bn")
    assert main is not None and main.kind == "province" and main.region == "BD-87"


def test_a_valley_gazetteer_towns_lack_is_its_region_not_a_foreign_town_of_that_alternate_name() -> None:
    # 'Tempi' is also one of the alternate names of Tempe, Arizona.
    text = "A passenger train hit a freight train near Tempi late on Tuesday, killing 29 people and injuring 70."
    _places, main = _report(text, "en")
    assert main is not None and _country(main) == "GR"
    _places, main = _report("Τουλάχιστον 29 νεκροί από τη σύγκρουση των τρένων στα Τέμπη.", "el")
    assert main is not None and _country(main) == "GR"


def test_a_town_measured_from_in_another_language_is_its_region_not_the_town() -> None:
    # As in English ('250 km east of Montreal'): near the town, so in its region; a bearing alone is the town.
    region = resolve_location("60 miles north of Houston")
    assert region.kind == "state" and region.region == "US-TX"
    for language, text in [
        ("de", "Bei einem Busunglück 60 Kilometer nördlich von Houston starben mindestens 7 Menschen."),
        ("es", "Un tornado a 60 kilómetros al norte de Houston dejó 7 muertos y 20 heridos el domingo."),
        ("fr", "Une tornade à 60 km au nord de Houston a fait 7 morts et 20 blessés dimanche."),
        ("it", "Un tornado a 60 chilometri da Houston ha causato 7 morti e 20 feriti domenica."),
    ]:
        _places, main = _report(text, language)
        assert main is not None and main.kind == "state" and main.region == "US-TX", language
    _places, main = _report("Une tornade au nord de Houston a fait 7 morts et 20 blessés dimanche.", "fr")
    assert main is not None and main.name == "houston"


def test_a_province_whose_name_ends_another_provinces_is_not_read_inside_it() -> None:
    # '东南苏拉威西' (Southeast Sulawesi) ends with '南苏拉威西' (South Sulawesi), another province.
    places, _main = _report("印尼东南苏拉威西省一艘渡轮翻覆,至少15人死亡。", "zh")
    assert places == {"Southeast Sulawesi, Indonesia"}
    places, _main = _report("广西南宁暴雨致12人死亡。", "zh")  # Guangxi's Nanning: a town after '西' stays the town
    assert places == {"Nanning"}


def test_a_county_town_named_with_the_county_word_in_chinese_and_korean() -> None:
    for language, text in [
        ("zh", "台湾花莲县近海发生强烈地震,已造成9人死亡。"),
        ("ko", "대만 화롄현 인근 해역에서 강진이 발생해 9명이 숨졌다."),
    ]:
        _places, main = _report(text, language)
        assert main is not None and main.name == "hualien city", language


def test_a_town_after_its_provinces_genitive_in_turkish_is_the_town() -> None:
    # 'Kastamonu'nun Tosya ilçesinde': Kastamonu (province and town) is where Tosya lies.
    places, main = _report("Kastamonu'nun Tosya ilçesinde otobüs devrildi: 8 kişi öldü, 27 kişi yaralandı.", "tr")
    assert places == {"Tosya"}
    assert main is not None and main.name == "tosya"


def test_a_state_with_particles_after_a_town_is_its_state_not_the_city_of_its_first_word() -> None:
    # 'Rio' alone is the city, 65 km away; 'Rio de Janeiro' after the comma is the state Petropolis lies in.
    text = "Mudslides killed at least 94 people in the mountain city of Petropolis, Rio de Janeiro, officials said."
    _places, main = _report(text, "en")
    assert main is not None and main.name == "petropolis"


def test_a_division_word_with_the_countrys_adjective_between_still_names_the_division() -> None:
    # 'la provincia marroquí de Al Haouz': the province (no town bears its name); 'al' is also an everyday word.
    places, main = _report("El sismo en la provincia marroquí de Al Haouz dejó al menos 300 muertos.", "es")
    assert places == {"Al Haouz, Morocco"}
    assert main is not None and main.kind == "province" and _country(main) == "MA"


def test_a_state_named_like_a_country_after_the_word_for_state_is_the_state() -> None:
    # 'l'Etat de Niger' is Nigeria's Niger State, not the Republic of Niger.
    text = "Au moins 40 personnes sont mortes dans un naufrage sur le fleuve Niger, dans l'Etat de Niger, au Nigeria."
    _places, main = _report(text, "fr")
    assert main is not None and main.kind == "province" and _country(main) == "NG"


def test_an_island_after_the_german_word_for_island_is_the_island() -> None:
    text = "Auf der italienischen Insel Ischia sind bei einem Erdrutsch acht Menschen gestorben."
    _places, main = _report(text, "de")
    assert main is not None and _country(main) == "IT"


def test_a_town_in_the_turkish_genitive_before_a_facilitys_name_is_the_town() -> None:
    # 'Bolu'nun Kartalkaya kayak merkezindeki': Bolu's Kartalkaya ski resort, no longer name of a person.
    text = "Bolu'nun Kartalkaya kayak merkezindeki otelde çıkan yangında 76 kişi hayatını kaybetti."
    assert _report(text, "tr")[0] == {"Bolu"}


def test_a_state_capitals_colon_dateline_over_a_district_it_does_not_know_is_the_state() -> None:
    # South Asian papers date 'BHUBANESWAR: ...'; the district the report is about lies elsewhere in Odisha.
    text = "BHUBANESWAR: Six people were killed and 11 injured when a tractor overturned in Nuapada district."
    places, main = _report(text, "en")
    assert places == {"Nuapada district"}
    assert main is not None and main.kind == "province" and main.region == resolve_location("Bhubaneswar").region
    # The colon dateline is read for its country too: 'Saran' is also a town in Kazakhstan.
    _places, main = _report("PATNA: Seven people died after drinking spurious liquor in Saran, officials said.", "en")
    assert main is not None and _country(main) == "IN"


def test_a_place_name_with_a_possessive_inside_is_one_name() -> None:
    places, main = _report("A fire tore through a refugee camp in Cox's Bazar, killing at least 11 people.", "en")
    assert places == {"Cox's Bazar"}
    assert main is not None and _country(main) == "BD"


def test_a_district_of_a_state_is_the_districts_town_not_the_state() -> None:
    text = "A cloudburst in Kullu district of Himachal Pradesh killed six people and left nine missing."
    _places, main = _report(text, "en")
    assert main is not None and main.kind == "city" and main.name == "kulu"


def test_a_sentence_before_a_dash_is_no_dateline() -> None:
    # '... pod Wrocławiem - poinformowała policja': the town is where it happened, not where the report was filed.
    text = "Dwie osoby zginęły, a cztery zostały ranne w wypadku autokaru pod Wrocławiem - poinformowała policja."
    assert _report(text, "pl")[0] == {"Wrocław"}


def test_a_korean_provinces_short_name_is_the_province() -> None:
    _places, main = _report("경북 봉화군의 광산에서 붕괴 사고가 발생해 2명이 숨지고 3명이 다쳤다.", "ko")
    assert main is not None and main.key == resolve_location("North Gyeongsang").key


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "es",
            "El Gobierno de España confirmó que dos españoles murieron en el terremoto de Nepal, que ha dejado más de "
            "4.000 muertos. Exteriores de España sigue en contacto con otros 200 españoles.",
            "NP",
        ),
        (
            "it",
            "Almeno 300 morti nel terremoto in Afghanistan. L'Italia ha inviato aiuti e il ministro ha detto che "
            "l'Italia è pronta a fare di più.",
            "AF",
        ),
        (
            "de",
            "Zwei Deutsche sind beim Erdbeben in der Türkei ums Leben gekommen, die Zahl der Toten stieg auf über "
            "5000. Deutschland schickt Helfer; das THW aus Deutschland ist unterwegs.",
            "TR",
        ),
        (
            "tr",
            "Türkiye, Nepal depremi için yardım gönderdi. Depremde 4 bin kişi öldü. Türkiye'den ekipler yola çıktı.",
            "NP",
        ),
        ("zh", "中国向土耳其地震灾区派出救援队。地震已造成5000人死亡。中国外交部表示，中国将继续提供援助。", "TR"),
        (
            "hi",
            "भारत ने नेपाल भूकंप के बाद मदद भेजी। भूकंप में 4000 लोगों की मौत हो गई। "
            "भारत के प्रधानमंत्री ने कहा कि भारत मदद करेगा।",
            "NP",
        ),
    ],
)
def test_the_country_a_natural_disaster_is_named_with_beats_one_named_more_often(
    language: str, text: str, country: str
) -> None:
    # the reporting country (its dead, its help) is named more often than the country the quake struck
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims
    assert {resolve_location(c.location).region for c in claims if c.location} == {country}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fi", "Heratin maanjäristyksessä on kuollut yli 2500 ihmistä.", "Herat"),
        ("tr", "Malatya depreminde 300 kişi hayatını kaybetti.", "Malatya"),
        ("tr", "Elazığ depreminde 30 kişi hayatını kaybetti.", "Elazığ"),
        ("fi", "Turkin maanjäristyksessä kuoli yli 5000 ihmistä. Kahramanmarasin maanjäristys oli voimakas.", "Turkey"),
    ],
)
def test_a_name_opening_a_sentence_before_a_disasters_word_is_a_town(language: str, text: str, town: str) -> None:
    # a disaster named after its place ('the Herat earthquake'): the name is no capital of the sentence's first word
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims
    assert {resolve_location(c.location).key for c in claims if c.location} == {resolve_location(town).key}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ca", "Almenys 5 persones han mort en una allau humana al Wembley Stadium.", "London"),
        ("es", "Al menos 5 personas murieron en una estampida en el Frankfurt Airport.", "Frankfurt am Main"),
        ("tl", "Hindi bababa sa 5 katao ang nasawi sa Dortmund Arena.", "Dortmund"),
    ],
)
def test_a_venue_written_in_english_after_its_town_names_the_town(language: str, text: str, town: str) -> None:
    # venues keep their English name in every language; the town they are named after is where they are
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims
    assert {resolve_location(c.location).key for c in claims if c.location} == {resolve_location(town).key}


def test_an_institution_written_in_english_is_no_town() -> None:
    # 'Amnesty International': no town before the word
    text = "Amnesty International afirmó que al menos 12 personas murieron en la represión."
    assert {c.location for c in extract(ArticleInput(text=text, language="es")).claims} == {None}


@pytest.mark.parametrize(
    ("language", "text", "province"),
    [
        ("es", "Las lluvias dejaron 12 muertos en Guerrero, según Protección Civil.", "MX-GRO"),
        ("es", "Las inundaciones en Tabasco dejaron seis muertos.", "MX-TAB"),
        ("es", "Las tormentas dejaron tres muertos en Aragón, según el Gobierno autonómico.", "ES-AR"),
    ],
)
def test_after_a_locative_a_divisions_own_name_beats_a_village_that_bears_it(
    language: str, text: str, province: str
) -> None:
    # a village of that very name lies elsewhere (a Mexican hamlet, Aragon in Georgia); the report names no country
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims
    assert {resolve_location(c.location).key for c in claims if c.location} == {f"province:{province}"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Al menos 12 personas murieron por el desbordamiento del río Magdalena."),
        ("it", "L'esondazione del fiume Lambro ha causato due morti."),
        ("pt", "A cheia do rio Guaíba deixou 10 mortos."),
        ("id", "Letusan Gunung Semeru menewaskan 14 orang."),
    ],
)
def test_a_name_after_a_rivers_or_a_mountains_word_is_no_town(language: str, text: str) -> None:
    # the index holds no rivers or mountains; a town that bears the name lies elsewhere
    assert {c.location for c in extract(ArticleInput(text=text, language=language)).claims} == {None}
