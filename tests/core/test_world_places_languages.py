"""Places in reports of other languages on news we have never seen (`core.extract.world_places` and the
lexicons' place data): sentences of our own, one table per mechanism. bench/world_places.py measures the same
on a larger fixture of our own reports (tests/fixtures/world_places_reports.json)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import Location, article_locations, main_location, resolve_location
from core.places.index import fold


def _places(text: str, language: str, title: str | None = None) -> set[str | None]:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    assert claims, "the sentence states a figure"
    return {c.location for c in claims}


def _countries(text: str, language: str) -> set[str | None]:
    """The countries the claims' places read back as."""
    out: set[str | None] = set()
    for place in _places(text, language):
        region = resolve_location(place).region if place else None
        out.add(region.split("-")[0] if region else None)
    return out


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # the victims' or the drivers' origin (lexicon ORIGIN_BEFORE), not where it happened
        ("id", "Tiga warga negara Jepang tewas dalam kecelakaan bus di Bandung pada Minggu.", "ID"),
        ("es", "Dos ciudadanos de Francia murieron en el incendio de un hotel en Cancún.", "MX"),
        ("es", "Dos ciudadanos de Francia murieron en el incendio de un hotel en México.", "MX"),
        ("pt", "Três cidadãos de Angola morreram num incêndio em Braga, no norte.", "PT"),
    ],
)
def test_a_country_named_as_the_peoples_origin_is_not_the_place(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def test_a_country_named_only_as_a_victims_origin_does_not_place_the_report() -> None:
    # The report names no other country: the victim's is no place of the event (it may stay unplaced).
    text = "Un camionista 40enne della Bulgaria è morto nel crollo del viadotto. Altre 5 persone sono morte."
    assert "Bulgaria" not in _places(text, "it")


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a capital named for its government (SPEECH_VERBS, GOVERNMENT_VERBS), before or after the verb
        ("ru", "Москва обвинила Киев в ударе по Курску, где погибли 6 человек.", "Kursk"),
        ("ar", "قالت دمشق إن 11 شخصا قتلوا في انفجار في مدينة حمص.", "Homs"),
        ("fr", "Mardi, Rome a condamné l'attentat qui a fait 9 morts à Mogadiscio.", "Mogadishu"),
        ("tr", "Dün Ankara, Türkiye'nin güneyindeki Gaziantep'te 8 kişinin öldüğünü açıkladı.", "Gaziantep"),
    ],
)
def test_a_capital_speaking_for_its_government_is_not_the_place(language: str, text: str, town: str) -> None:
    places = _places(text, language)
    assert len(places) == 1
    (place,) = places
    assert place is not None and resolve_location(place).name == resolve_location(town).name


@pytest.mark.parametrize(
    ("language", "text", "province"),
    [
        # a division word before a Latin-script name (lexicon PROVINCE_WORDS_BEFORE)
        ("es", "En el departamento de Antioquia murieron 7 personas por las lluvias.", "province:CO-ANT"),
        ("ro", "În județul Argeș au murit trei oameni din cauza inundațiilor.", "province:RO-AG"),
        ("id", "Banjir bandang di Provinsi Jawa Tengah menewaskan 9 orang.", "province:ID-JT"),
        # with the article joined to the preposition ('da' = 'de a')
        ("pt", "Seis pessoas morreram afogadas na província da Huíla, em Angola.", "province:AO-HUI"),
        ("pt", "Quatro mineiros morreram na região da Ashanti, segundo a polícia.", "province:GH-AH"),
        # and a joined particle on a division word in Arabic ('بمحافظة')
        ("ar", "قتل 7 أشخاص بمحافظة إدلب شمال سوريا.", "province:SY-ID"),
    ],
)
def test_a_division_word_before_a_name_makes_it_the_province(language: str, text: str, province: str) -> None:
    (place,) = _places(text, language)
    assert resolve_location(place or "").key == province


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # lower-case words inside a town's name (lexicon PLACE_NAME_LINKS)
        ("es", "Un incendio en una nave en Villanueva de la Serena dejó dos muertos.", "Villanueva de la Serena"),
        ("pt", "Um desabamento em Santa Maria da Feira matou quatro pessoas.", "Santa Maria da Feira"),
    ],
)
def test_a_towns_name_with_lower_case_words_inside(language: str, text: str, town: str) -> None:
    (place,) = _places(text, language)
    assert place is not None and resolve_location(place).name == resolve_location(town).name


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a name in a locative case (lexicon LOCATIVE_ENDINGS), at the head of the sentence too (a big town)
        ("fi", "Tampereella kuoli kolme ihmistä kerrostalon tulipalossa.", "Tampere"),
        ("hu", "Szegeden két ember meghalt egy gázrobbanásban.", "Szeged"),
        ("lt", "Vilniuje per gaisrą žuvo 3 žmonės.", "Vilnius"),
        # ...with the stem's consonant weak before the ending (PLACE_GRADATION 'nk': 'ng')
        ("fi", "Helsingissä tapahtuneessa tulipalossa kuoli kaksi ihmistä.", "Helsinki"),
        # a name whose base ending the case drops or changes (PLACE_BASE_ENDINGS)
        ("el", "Τρεις νεκροί από πλημμύρες στον Βόλο την Τετάρτη.", "Volos"),
        ("pl", "W powodzi w Kłodzku zginęły cztery osoby.", "Kłodzko"),
    ],
)
def test_an_inflected_name_is_the_town(language: str, text: str, town: str) -> None:
    (place,) = _places(text, language)
    assert place is not None and resolve_location(place).name == resolve_location(town).name


@pytest.mark.parametrize(
    ("language", "text", "village", "country"),
    [
        # a village after a nearness word (LOCATIVES: 'près de', 'vicino a'), a town's word after the name
        # (TOWN_WORDS: 'ilçesinde'), a village the gazetteer names otherwise ('Casalbordino-Miracoli')
        ("fr", "Une avalanche près de Zermatt, en Suisse, a fait deux morts.", "Zermatt", "CH"),
        ("tr", "Malatya'nın Pütürge ilçesinde toprak kaymasında 4 kişi öldü.", "Pütürge", "TR"),
        ("it", "Due operai sono morti nell'esplosione di una fabbrica a Casalbordino.", "Casalbordino", "IT"),
        # a village of the language's country by its name and country, not as inflected
        ("pl", "W Szczekocinach zderzyły się dwa pociągi; zginęło 16 osób.", "Szczekociny", "PL"),
    ],
)
def test_a_village_with_language_evidence_is_placed(language: str, text: str, village: str, country: str) -> None:
    (place,) = _places(text, language)
    loc = resolve_location(place or "")
    assert loc.kind == "city" and loc.region is not None and loc.region.startswith(country)
    assert fold(village) in loc.name


def test_a_countrys_name_as_the_first_word_of_a_towns_name_is_the_town() -> None:
    # 'Lào' is Laos in Vietnamese; 'Lào Cai' is a Vietnamese town.
    assert _countries("Lũ quét tại Lào Cai làm ít nhất 30 người chết.", "vi") == {"VN"}


def test_a_peoples_adjective_does_not_pick_a_town_by_an_alternate_name() -> None:
    # 'brasileiros' hints at Brazil, where 'Madeira' is only another name of a town; Madeira is Portugal's.
    text = "Dois brasileiros morreram num acidente de autocarro na Madeira, perto do Funchal."
    assert _countries(text, "pt") == {"PT"}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a name the biggest bearer has only as an alternate name ('Cancún' of Changchun): the town whose own
        # name it is, as the location resolver reads it
        ("es", "Un incendio en un hotel de Cancún dejó cuatro muertos.", "MX"),
        ("id", "Kebakaran di sebuah hotel di Cancún menewaskan empat orang.", "MX"),
    ],
)
def test_a_name_is_the_town_whose_own_name_it_is(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        # a name in another script that towns of two countries bear ('طرابلس'): the one of the country the text
        # names (the places index keeps every bearer, not only the most populous)
        ("ar", "لقي 6 أشخاص حتفهم في حريق بمدينة طرابلس في لبنان.", "city:266826"),
        # a town GeoNames writes with its city's word in Korean ('오사카 시'): the name without it is the town's
        ("ko", "일본 오사카의 한 빌딩에서 불이 나 24명이 숨졌다.", "city:1853909"),
    ],
)
def test_a_name_in_another_script_is_the_town_of_the_named_country(language: str, text: str, key: str) -> None:
    (place,) = _places(text, language)
    assert resolve_location(place or "").key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a Ukrainian oblast's everyday name ('Харківщина', inflected 'на Харківщині'; places index data)
        ("Внаслідок обстрілу села на Харківщині загинули 12 людей.", "province:UA.07"),
        ("На Полтавщині внаслідок ракетного удару загинули 3 людини.", "province:UA.18"),
    ],
)
def test_a_ukrainian_oblasts_everyday_name_is_the_oblast(text: str, key: str) -> None:
    (place,) = _places(text, "uk")
    assert resolve_location(place or "").key == key


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a name right after a building's or a street's word (lexicon BUILDING_WORDS) is the building's
        ("es", "Un incendio en el edificio Windsor, en el centro de Sevilla, causó dos muertos.", "ES"),
        ("fr", "L'incendie de la tour Hamilton, dans le nord de Lyon, a fait cinq morts.", "FR"),
        ("ca", "L'incendi a la torre Windsor de Girona ha causat dos morts.", "ES"),
        ("pt", "O desabamento do prédio Andrea, em Recife, deixou seis mortos.", "BR"),
    ],
)
def test_a_building_named_like_a_town_is_no_town(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def test_a_small_towns_alternate_name_is_no_evidence_alone() -> None:
    # 'Madeira' is also an alternate name of a Brazilian town of 27,000 people; alone it is no town there.
    assert "BR" not in _countries("Quattro persone sono morte in un incendio a Madeira.", "it")


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # a facility's word after the name in the genitive (lexicon NAMED_FACILITIES), at the head of a sentence
        ("fi", "Istanbulin lentokentällä tapahtuneessa iskussa kuoli ainakin 36 ihmistä.", "Istanbul"),
        ("fi", "Ankaran rautatieasemalla räjähti pommi, ja ainakin 95 ihmistä kuoli.", "Ankara"),
        # ... the facility's own name between ('Istanbulin Atatürkin lentokentällä')
        ("fi", "Istanbulin Atatürkin lentokentällä tehdyssä iskussa kuoli 41 ihmistä.", "Istanbul"),
        # a village after a town's word before it (LOCATIVES: 'Gemeinde', 'Flughafen')
        ("de", "In der Gemeinde Oberstdorf kamen bei einer Lawine zwei Menschen ums Leben.", "Oberstdorf"),
    ],
)
def test_a_town_named_with_its_facility_or_town_word(language: str, text: str, town: str) -> None:
    (place,) = _places(text, language)
    assert place is not None and fold(town) in resolve_location(place).name


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a division word is no town ('ولایت', province, is some Iranian town's alternate name)
        ("fa", "در زلزله ولایت قندهار دست کم ۳۰ نفر کشته شدند.", "AF"),
        # an everyday word that is only a small foreign town's name in the script ('زنده', alive: Sehnde)
        ("fa", "در ولسوالی زنده جان دست کم ۱۲ نفر جان باختند.", None),
    ],
)
def test_script_words_that_are_small_foreign_towns_are_no_place(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def test_a_big_town_of_the_country_the_adjectives_point_to_despite_the_attackers_country() -> None:
    # The report names only Russia (the attacker); 'ucranianas' points to Ukraine, where Carcóvia (Kharkiv) is.
    text = (
        "Um ataque russo com mísseis contra Carcóvia matou pelo menos sete civis. A Rússia nega atacar civis, "
        "segundo as autoridades ucranianas."
    )
    assert _countries(text, "pt") == {"UA"}


def test_a_capital_named_as_the_source_is_the_government() -> None:
    # 'según Kiev': the Ukrainian government says it; the strike was on Járkov (Kharkiv).
    text = "Al menos cinco personas murieron, según Kiev, en un ataque con drones contra Járkov."
    (place,) = _places(text, "es")
    assert place is not None and resolve_location(place).name == "kharkiv"


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a big town after a locative word in the sentence stating the figure, in a report that names only the
        # victims' country (the victims' and their embassy's: ORIGIN_BEFORE)
        (
            "es",
            "El derrumbe de un edificio de viviendas en Miami dejó 11 muertos. Paraguay sigue de cerca la búsqueda.",
            "US",
        ),
        (
            "pt",
            "Entre os feridos há dois brasileiros, segundo a embaixada do Brasil. O incêndio num hotel em Lisboa "
            "matou 4 pessoas.",
            "PT",
        ),
    ],
)
def test_the_figures_town_in_a_report_naming_the_victims_country(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def test_a_town_after_a_locative_word_in_a_sentence_without_a_figure_is_not_the_place() -> None:
    # 'basé à Miami': where the hurricane centre is, in a report on Haiti, not where the figures are.
    text = (
        "Le séisme a fait au moins 300 morts en Haïti. La tempête menace, a averti le Centre des ouragans, basé à "
        "Miami."
    )
    assert _countries(text, "fr") == {"HT"}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # the everyday name of the United Kingdom (places index data: 'İngiltere', 'Inglaterra') decides between
        # towns of one name
        ("tr", "İngiltere'nin Boston kentinde bir fabrikada çıkan yangında 4 kişi öldü.", "GB"),
        ("es", "Un incendio en una fábrica de Boston, en Inglaterra, dejó cuatro muertos.", "GB"),
        # a town after a locative word before the attacker's country the sentence names first
        ("tl", "Hindi bababa sa 8 katao ang nasawi sa pag-atake ng Russia sa Odesa, Ukraine.", "UA"),
        # a katakana name is read whole ('マンチェスター', not 'マン' of Man in Ivory Coast)
        ("ja", "英マンチェスターのコンサート会場で爆発があり、22人が死亡した。", "GB"),
    ],
)
def test_the_country_a_report_means(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a town written with its state after a comma, a village too, in a report naming the victims' countries
        (
            "es",
            "El derrumbe de un edificio en Bal Harbour, Florida, dejó 12 muertos; entre los desaparecidos hay "
            "ciudadanos de Venezuela. Venezuela envió a su cónsul.",
            "US",
        ),
        # a locative word in another script ('في', 'в') before the figure's town, in a report naming another
        # country (LOCATIVES)
        ("ar", "قتل 14 شخصا في تفجير في ليفربول، واعتقلت السلطات في ليبيا شقيق المهاجم. ليبيا تحقق.", "GB"),
        ("ru", "В Кременчуге в результате ракетного удара погибли 18 человек.", "UA"),
        # 'سيول' (floods) is not Seoul (lexicon NOT_PLACES), even after 'في'
        ("ar", "قتل 6 أشخاص في سيول جارفة في سلطنة عمان.", "OM"),
    ],
)
def test_the_town_of_the_figure_with_its_state_or_after_a_locative(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a compass word compounded with a country's name (lexicon COUNTRY_PREFIXES)
        ("de", "Bei Kämpfen in Nordsyrien wurden mindestens 20 Menschen getötet.", "SY"),
        ("de", "Bei einem Erdbeben in der Osttürkei kamen 14 Menschen ums Leben.", "TR"),
        # a foreign town of 100,000+ by its exonym with a locative case ending ('Kolozsváron': Cluj-Napoca)
        ("hu", "Kolozsváron egy tűzben három ember meghalt.", "RO"),
        ("lt", "Liverpulyje per išpuolį žuvo 3 žmonės.", "GB"),
        # ... not a smaller town another form of the name points to (Manchester, New Hampshire)
        ("lt", "Mančesteryje per sprogimą žuvo 22 žmonės.", "GB"),
    ],
)
def test_compounded_and_inflected_names_of_foreign_places(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def _main_place(text: str, language: str) -> Location | None:
    """The report's place as grouping reads it (the claims' places read together, `main_location`)."""
    facts = extract(ArticleInput(text=text, language=language))
    article = ArticleFacts("r", "", facts.claims, None, None, (), text, None)
    return main_location(article, article_locations(article))


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        # a town right after another language's capitalised division, town or facility word (places data
        # beside_words.tsv) is that town, not part of a longer name
        ("de", "In der bayerischen Stadt Passau sind bei einem Hochwasser zwei Menschen gestorben.", "city:2855328"),
        ("de", "Auf dem Flughafen Muan in Südkorea sind 179 Menschen ums Leben gekommen.", "city:1840982"),
        (
            "id",
            "Sedikitnya 14 orang tewas akibat tanah longsor di Kabupaten Sumedang pada Sabtu malam.",
            "province:ID.30.sumedang",  # the regency (GeoNames' admin2), which holds the town Sumedang
        ),
        # ... and after a country's name with a possessive ending
        ("en", "A bomb killed 22 people at a concert in Britain's Manchester on Monday night.", "city:2643123"),
    ],
)
def test_a_town_beside_a_capitalised_division_or_facility_word(language: str, text: str, key: str) -> None:
    place = _main_place(text, language)
    assert place is not None and place.key == key


@pytest.mark.parametrize(
    ("language", "text", "other"),
    [
        # a facility's or a division's word before the name works as a locative word (lexicon LOCATIVES)
        ("id", "Pesawat kargo tergelincir di Bandara Kupang, dua awak tewas dan tiga luka-luka.", "Kupang"),
        ("nl", "In de Gemeente Tilburg zijn bij een explosie in een fabriek vier mensen omgekomen.", "Tilburg"),
    ],
)
def test_a_facility_or_town_word_before_the_name(language: str, text: str, other: str) -> None:
    assert _places(text, language) == {other}


@pytest.mark.parametrize(
    ("language", "text", "route_end"),
    [
        # where a ship, a flight or people were going or came from (lexicon ROUTE_BEFORE, ROUTE_AFTER) is no scene
        ("fr", "Un autocar en route vers Marseille a quitté l'autoroute : six morts et 14 blessés.", "Marseille"),
        ("de", "Die Fähre war nach Olbia unterwegs, als sie sank; mindestens 12 Menschen starben.", "Olbia"),
        ("es", "Un autobús con destino a Quito cayó a un barranco, con un saldo de 24 muertos.", "Quito"),
        ("it", "Un traghetto diretto a Olbia ha preso fuoco: 12 morti.", "Olbia"),
        ("pt", "Um autocarro com destino a Lisboa despistou-se; quatro pessoas morreram.", "Lisbon"),
        ("id", "Kapal motor yang berlayar menuju Makassar tenggelam, 12 penumpang tewas.", "Makassar"),
        ("ar", "غرقت عبارة كانت متجهة إلى جزيرة جيجو وأكدت السلطات مقتل 304 أشخاص.", "Jeju City"),
        ("tr", "Ankara'ya giden yolcu treni devrildi, 9 kişi hayatını kaybetti.", "Ankara"),
        ("ko", "제주로 향하던 여객선이 침몰해 300명이 숨졌다.", "Jeju City"),
        ("zh", "一艘开往济州岛的客轮沉没，造成300人死亡。", "Jeju City"),
        ("ja", "大阪行きの列車が脱線し、3人が死亡した。", "Osaka"),
        ("ja", "名古屋に向かう高速バスが横転し、3人が死亡した。", "Nagoya"),
    ],
)
def test_a_routes_end_is_not_the_place(language: str, text: str, route_end: str) -> None:
    assert route_end not in _places(text, language)


def test_a_routes_end_leaves_the_town_where_it_happened() -> None:
    text = "Ein Regionalzug auf dem Weg nach München ist bei Rosenheim entgleist; zwei Menschen starben."
    assert _places(text, "de") == {"Rosenheim"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a country's name (in the genitive) right before an attack's noun is the attacker's (lexicon ATTACK_AFTER)
        ("fi", "Venäjän ohjusisku Odessaan tappoi kahdeksan ihmistä torstaina."),
        ("fi", "Venäjän drooni-isku Zaporižžjaan tappoi kolme ihmistä yöllä."),
        ("tr", "Rusya'nın Odessa'ya düzenlediği füze saldırısında 8 kişi öldü."),
        ("hu", "Oroszország rakétatámadása Odessza kikötőjét érte, nyolc ember meghalt."),
    ],
)
def test_an_attackers_country_before_the_attack_is_not_the_place(language: str, text: str) -> None:
    assert _countries(text, language) == {"UA"}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a people's adjective in a script without capitals (lexicon ADJECTIVE_* data) names its country
        ("ar", "قالت السلطات الإندونيسية إن 12 شخصا على الأقل قتلوا في زلزال.", "ID"),
        ("ar", "قتل 12 شخصا في انفجار في العاصمة الكورية مساء السبت.", "KR"),
        ("fa", "مقامات ایرانی گفتند ۱۲ نفر در زلزله کشته شدند.", "IR"),
        ("ur", "پاکستانی حکام کے مطابق سیلاب میں 12 افراد ہلاک ہو گئے۔", "PK"),
    ],
)
def test_a_peoples_adjective_in_another_script_names_the_country(language: str, text: str, country: str) -> None:
    assert _countries(text, language) == {country}


def test_two_peoples_adjectives_name_no_country_and_a_common_word_none() -> None:
    # the victims' and the attackers' adjectives: neither is the place on its own evidence
    assert _places("قالت وزارة الصحة اللبنانية إن غارة إسرائيلية قتلت 12 شخصا.", "ar") == {None}
    # 'المالية' is financial (lexicon NOT_ADJECTIVES), not Malian
    assert _places("قالت وزارة المالية إن 12 شخصا قتلوا في انفجار.", "ar") == {None}


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        # first-level divisions in Arabic and Dari (places data province_names.tsv)
        ("ar", "قتل 6 أشخاص في سيول بمحافظة ظفار جنوب سلطنة عمان.", "province:OM.08"),
        ("ar", "ارتفع عدد ضحايا السيول في محافظة درنة شرق ليبيا إلى 4000 قتيل.", "province:LY-DR"),
        ("fa", "در ولایت هلمند دست کم ۱۲ نفر در انفجار کشته شدند.", "province:AF-HEL"),
    ],
)
def test_a_division_named_in_arabic_or_dari(language: str, text: str, key: str) -> None:
    (place,) = _places(text, language)
    assert resolve_location(place or "").key == key


def test_a_lexicon_words_short_stem_is_no_towns_beginning() -> None:
    # 'vali' (the governor) is a lexicon word: its stem 'val' with endings, not the first letters of 'Valencia'
    text = "İspanya'nın Valencia kentinde sel felaketinde ölenlerin sayısı 95'e yükseldi."
    assert _places(text, "tr") == {"Valencia, Spain"}


def test_a_capitalised_word_opening_a_sentence_in_the_texts_head_is_no_town() -> None:
    # 'Dabei' opens the second sentence: not Dubai (an alternate name), in a report that names no town elsewhere
    text = "Auf der Fähre brach in der Nacht ein Feuer aus. Dabei starben nach Angaben der Behörden fünf Menschen."
    assert _places(text, "de") == {None}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # another language's spelling GeoNames lacks (places data exonyms.tsv)
        (
            "pt",
            "Pelo menos 13 pessoas morreram num bombardeamento em Zaporíjia, no sudeste da Ucrânia.",
            "Zaporizhzhya",
        ),
        ("fr", "Au moins 9 civils ont été tués à Boutcha, au nord-ouest de la capitale.", "Bucha"),
    ],
)
def test_a_towns_spelling_in_another_latin_language(language: str, text: str, town: str) -> None:
    assert _places(text, language) == {town}
