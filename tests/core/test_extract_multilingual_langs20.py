"""Toll paragraphs in the reporters' own languages (sentences of our own, round 20): verbs that count only people,
a singular death told with the article 'un', magnitudes that are no counts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier

_PUBLISHED = datetime(2026, 3, 4, tzinfo=UTC)


def _claims(text: str, language: str, published: datetime | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language, published_at=published)).claims)


def _headline(text: str, language: str, metric: str, published: datetime | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, language, published)), metric)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("После обрушения моста число погибших выросло до четырёх, пострадали более 35 человек.", 35,
         Qualifier.MORE_THAN),
        ("Двое рабочих погибли, пострадали 11, сообщили в полиции.", 11, Qualifier.EXACT),
        ("В результате пожара на складе пострадали девять жителей соседних домов.", 9, Qualifier.EXACT),
    ],
)  # fmt: skip
def test_ru_were_hurt_counts_people(text: str, value: int, qualifier: Qualifier) -> None:
    wounded = _headline(text, "ru", "wounded")
    assert wounded is not None and (wounded.value, wounded.qualifier) == (value, qualifier)


def test_ru_were_hurt_counts_no_fields_or_houses() -> None:
    text = "Ураган прошёл по району ночью: пострадали более 400 гектаров посевов и 30 домов."
    assert not [c for c in _claims(text, "ru") if c.metric == "wounded"]


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("es", "Un guardia civil de 51 años murió y otras cuatro personas resultaron heridas en el tiroteo.", 1, 4),
        ("es", "La riada dejó un muerto y 14 heridos en la comarca.", 1, 14),
        ("es", "En el derrumbe del andamio murió un obrero de 38 años.", 1, None),
        ("es", "Un autobús se salió de la vía y dejó siete muertos.", 7, None),
    ],
)  # fmt: skip
def test_es_a_singular_death_told_with_un(language: str, text: str, killed: int, wounded: int | None) -> None:
    got_killed = _headline(text, language, "killed")
    got_wounded = _headline(text, language, "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert (got_wounded.value if got_wounded else None) == wounded


def test_es_the_article_and_the_verbs_count_after_it() -> None:
    text = "La explosión mató a un vigilante de 60 años y a 12 trabajadores más."
    assert 12 in {c.value for c in _claims(text, "es") if c.metric == "killed"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un sismo de magnitud 6 sacudió la costa y causó la muerte de 23 personas."),
        ("fr", "Un séisme de magnitude 6 a secoué la côte et fait 23 morts."),
        ("it", "Una scossa di magnitudo 6 ha causato la morte di 23 persone."),
        ("pt", "Um sismo de magnitude 6 atingiu a costa e matou 23 pessoas."),
    ],
)  # fmt: skip
def test_a_magnitude_is_no_count(language: str, text: str) -> None:
    killed = _headline(text, language, "killed")
    assert killed is not None and killed.value == 23


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "Los bomberos sacaron de entre los escombros los cuerpos de 17 personas.", 17),
        ("cs", "Hasiči z trosek vyprostili těla 17 lidí.", 17),
        ("nl", "Duikers hebben de lichamen van 17 opvarenden geborgen.", 17),
        ("ca", "Els equips de rescat han trobat els cossos de 17 persones.", 17),
    ],
)  # fmt: skip
def test_the_bodies_of_n_people(language: str, text: str, killed: int) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == killed


def test_security_corps_are_no_bodies() -> None:
    text = "Los cuerpos de seguridad desplegaron 300 agentes en la zona del derrumbe."
    assert not [c for c in _claims(text, "es") if c.metric == "killed"]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Eén persoon kwam om het leven, vier anderen raakten gewond bij de brand.", 1, 4),
        ("Bij de schietpartij is één dode gevallen.", 1, None),
        ("De overstromingen hebben negen mensen het leven gekost.", 9, None),
        ("Het noodweer kostte vijf mensen het leven.", 5, None),
    ],
)  # fmt: skip
def test_nl_one_and_the_life_it_cost(text: str, killed: int, wounded: int | None) -> None:
    got_killed = _headline(text, "nl", "killed")
    got_wounded = _headline(text, "nl", "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert (got_wounded.value if got_wounded else None) == wounded


@pytest.mark.parametrize(
    ("language", "text", "metric", "whole"),
    [
        ("tr", "Vali, selde 4 ilde 31 kişinin hayatını kaybettiğini, 140 kişinin yaralandığını açıkladı. Rize'de 12 "
               "vatandaşımızı kaybettik. 90 yaralı var. Artvin'de 19 kaybımız var. 50 yaralımız var.", "wounded", 140),
        ("tr", "Vali, selde 4 ilde 31 kişinin hayatını kaybettiğini, 140 kişinin yaralandığını açıkladı. Rize'de 12 "
               "vatandaşımızı kaybettik. 90 yaralı var. Artvin'de 19 kaybımız var. 50 yaralımız var.", "killed", 31),
        ("es", "Las lluvias dejaron 23 muertos en todo el país. En Oaxaca hubo 15 muertos, en Guerrero 6 muertos y "
               "en Chiapas 2 muertos.", "killed", 23),
    ],
)  # fmt: skip
def test_shares_that_add_up_to_the_whole_are_its_parts(language: str, text: str, metric: str, whole: int) -> None:
    got = _headline(text, language, metric)
    assert got is not None and got.value == whole
    assert all(c.role.value == "subset" for c in _claims(text, language) if c.metric == metric and c.value < whole)


@pytest.mark.parametrize(
    ("language", "text", "killed", "source"),
    [
        ("it", "Le vittime del crollo sarebbero (secondo fonti investigative) 17.", 17, "fonti investigative"),
        ("es", "El número de fallecidos (según el Gobierno regional) asciende a 17.", 17, "Gobierno regional"),
        ("de", "Die Zahl der Toten (nach Angaben der Feuerwehr) stieg auf 17.", 17, "Feuerwehr"),
    ],
)  # fmt: skip
def test_an_aside_in_brackets_between_count_and_number(language: str, text: str, killed: int, source: str) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == killed
    assert got.attribution is not None and got.attribution.split(" (")[0] == source  # the name, before its kind


def test_a_source_in_an_aside_ends_with_it() -> None:
    text = "Unas 900 personas murieron en los primeros meses (según el Instituto de Estudios Sociales) y no 64."
    got = _headline(text, "es", "killed")
    assert got is not None and got.attribution is not None
    assert got.attribution.split(" (")[0] == "Instituto de Estudios Sociales"


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("ar", "لقي رجل واحد حتفه وأصيب أربعة آخرون في الانفجار.", 1, 4),
        ("no", "Én person omkom og fire ble skadd i brannen.", 1, 4),
        ("sv", "Én person omkom och fyra skadades i branden.", 1, 4),
        ("it", "A perdere la vita nell'incendio sono state nove persone.", 9, None),
    ],
)  # fmt: skip
def test_one_told_after_its_noun_or_stressed(language: str, text: str, killed: int, wounded: int | None) -> None:
    got_killed = _headline(text, language, "killed")
    got_wounded = _headline(text, language, "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert (got_wounded.value if got_wounded else None) == wounded


@pytest.mark.parametrize(
    ("language", "text", "killed", "qualifier"),
    [
        ("es", "Medio millar de personas murieron en los deslizamientos.", 500, Qualifier.ABOUT),
        ("es", "Dos centenares de migrantes murieron en el naufragio.", 200, Qualifier.ABOUT),
        ("fr", "Trois centaines de personnes sont mortes dans les inondations.", 300, Qualifier.ABOUT),
        ("it", "Due centinaia di persone sono morte nel terremoto.", 200, Qualifier.ABOUT),
        ("pt", "Meio milhar de pessoas morreram nas cheias.", 500, Qualifier.ABOUT),
        ("ru", "В результате наводнения погибли более полутора тысяч человек.", 1500, Qualifier.MORE_THAN),
        ("uk", "Півтори тисячі людей загинули внаслідок повені.", 1500, Qualifier.ABOUT),
    ],
)  # fmt: skip
def test_round_amounts_in_words(language: str, text: str, killed: int, qualifier: Qualifier) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and (got.value, got.qualifier) == (killed, qualifier)


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("ru", "При обрушении крыши погиб рабочий, ещё четверо пострадали.", 1, 4),
        ("ru", "В ДТП на трассе погибла пассажирка маршрутки.", 1, None),
        ("uk", "Внаслідок обстрілу загинув чоловік, ще троє людей поранені.", 1, 3),
        ("pl", "W pożarze kamienicy zginęła starsza kobieta.", 1, None),
        ("cs", "Při požáru skladu zemřel jeden z hasičů.", 1, None),
        ("hr", "U sudaru je poginuo vozač kamiona.", 1, None),
    ],
)  # fmt: skip
def test_a_verbs_singular_form_tells_one_death(language: str, text: str, killed: int, wounded: int | None) -> None:
    got_killed = _headline(text, language, "killed")
    got_wounded = _headline(text, language, "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert (got_wounded.value if got_wounded else None) == wounded


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Никто не погиб, двое ранены."), ("pl", "Nikt nie zginął, dwie osoby zostały ranne.")],
)  # fmt: skip
def test_a_negated_singular_death_is_none(language: str, text: str) -> None:
    # no one dead: no death counted, only the zero the text states (core.extract.stated_zeros)
    assert [c.value for c in _claims(text, language) if c.metric == "killed"] == [0]


def test_ru_three_were_hurt_counts_the_subject() -> None:
    got = _headline("При взрыве погиб охранник, трое пострадали.", "ru", "wounded")
    assert got is not None and got.value == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Ένας 38χρονος οδηγός έχασε τη ζωή του στη σύγκρουση.", 1),
        ("Ο αριθμός των θυμάτων της πυρκαγιάς έφτασε τους 23.", 23),
    ],
)  # fmt: skip
def test_el_an_age_written_onto_the_number_and_the_victims_genitive(text: str, killed: int) -> None:
    got = _headline(text, "el", "killed")
    assert got is not None and got.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Watu watano wamekufa na wengine 14 kujeruhiwa katika ajali ya basi.", 5, 14),
        ("Watu 12 walikufa baada ya mvua kubwa kunyesha.", 12, None),
    ],
)  # fmt: skip
def test_sw_to_die_with_its_subject_written_on(text: str, killed: int, wounded: int | None) -> None:
    got_killed = _headline(text, "sw", "killed")
    got_wounded = _headline(text, "sw", "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert (got_wounded.value if got_wounded else None) == wounded


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("uk", "Кількість загиблих зросла до семи, повідомив у Telegram голова ОВА Іван Петренко.",
         "голова ОВА Іван Петренко"),
        ("fr", "Sept personnes ont été tuées, a indiqué à l'AFP une source policière.", "source policière"),
        ("es", "Siete personas murieron, dijo a la prensa una fuente policial.", "fuente policial"),
        ("de", "Sieben Menschen starben, wie ein Feuerwehrsprecher der Nachrichtenagentur dpa sagte.",
         "Feuerwehrsprecher"),
        ("it", "Sette persone sono morte, ha riferito una fonte della prefettura.", "fonte della prefettura"),
    ],
)  # fmt: skip
def test_the_speaker_after_the_channel_it_told(language: str, text: str, source: str) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == 7
    assert got.attribution is not None and got.attribution.split(" (")[0] == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Nueve personas murieron en Sevilla, dijo."),
        ("de", "Neun Menschen starben in Bremen, hieß es."),
        ("hi", "शुरुआती जानकारी के अनुसार हादसे में 9 लोगों की मौत हो गई।"),
        ("bn", "প্রাথমিক তথ্য অনুযায়ী, দুর্ঘটনায় ৯ জন নিহত হয়েছেন।"),
    ],
)  # fmt: skip
def test_no_speaker_named(language: str, text: str) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == 9
    assert got.attribution is None


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("fa", "اجساد ۱۱ نفر از زیر آوار بیرون کشیده شد.", 11),
        ("ro", "Pompierii au scos 11 de trupuri de sub dărâmături.", 11),
        ("ro", "Au fost recuperate trupurile a 11 persoane.", 11),
        ("ro", "Explozia a provocat moartea a 11 muncitori.", 11),
    ],
)  # fmt: skip
def test_bodies_and_deaths_of_n_fa_ro(language: str, text: str, killed: int) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("zh", "遇难人数由27人修正为24人。", 24),
        ("zh", "死亡人数由19人升至24人。", 24),
        ("vi", "Số người chết được điều chỉnh từ 27 xuống 24.", 24),
        ("fa", "شمار جان‌باختگان از ۲۷ به ۲۴ نفر کاهش یافت.", 24),
        ("bn", "নিহতের সংখ্যা ২৭ থেকে কমে ২৪ জনে দাঁড়িয়েছে।", 24),
    ],
)  # fmt: skip
def test_from_n_to_m_supersedes_n(language: str, text: str, killed: int) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == killed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Nella frana sono morte tra le 15 e le 25 persone."),
        ("cs", "Při sesuvu zemřelo 15 až 25 lidí."),
        ("ko", "산사태로 15~25명이 숨졌다."),
        ("zh", "山体滑坡造成15至25人死亡。"),
        ("vi", "Vụ sạt lở khiến 15 đến 25 người thiệt mạng."),
        ("bn", "ভূমিধসে ১৫ থেকে ২৫ জন নিহত হয়েছেন।"),
    ],
)  # fmt: skip
def test_a_range_of_two_figures(language: str, text: str) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and (got.low, got.high, got.qualifier) == (15, 25, Qualifier.RANGE)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("ar", "أسفر الفيضان عن مقتل 35 شخصا، وهو الأسوأ منذ فيضانات 2011 التي أودت بحياة 900 شخص.", 35),
        ("es", "La riada dejó 35 muertos, la más mortífera desde la de 2011, cuando murieron 900 personas.", 35),
        ("ru", "Наводнение унесло жизни 35 человек.", 35),
        ("uk", "Повінь забрала життя 35 людей.", 35),
    ],
)  # fmt: skip
def test_the_deadliest_since_an_earlier_year(language: str, text: str, killed: int) -> None:
    got = _headline(text, language, "killed", _PUBLISHED)
    assert got is not None and got.value == killed


def test_a_sentence_all_of_an_earlier_year_stays_background() -> None:
    text = "Murieron 17.000 personas, la mayoría en Izmit, en el terremoto de agosto de 1999."
    assert all(c.role.value == "background" for c in _claims(text, "es", _PUBLISHED) if c.metric == "killed")


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "Las autoridades rebajaron a 14 la cifra de fallecidos tras contar dos veces a dos víctimas.", 14),
        ("es", "El Gobierno cifró en 14 el número de muertos.", 14),
        ("it", "La prefettura ha portato a 14 il numero delle vittime.", 14),
    ],
)  # fmt: skip
def test_a_source_puts_the_toll_at_the_figure_before_its_count_noun(language: str, text: str, killed: int) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == killed


def test_vi_a_source_of_many_syllables_is_whole() -> None:
    text = "Theo Ban Chỉ đạo Quốc gia về phòng chống thiên tai, mưa lũ đã làm 17 người chết."
    got = _headline(text, "vi", "killed")
    assert got is not None and got.value == 17
    assert got.attribution is not None
    assert got.attribution.split(" (")[0] == "Ban Chỉ đạo Quốc gia về phòng chống thiên tai"


@pytest.mark.parametrize(("text", "killed"), [("Dalawampu't isa ang patay sa pagguho ng lupa.", 21),
                                              ("Tatlumpu't isang katao ang nasawi sa baha.", 31)])  # fmt: skip
def test_tl_one_after_a_tens_word(text: str, killed: int) -> None:
    got = _headline(text, "tl", "killed")
    assert got is not None and got.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "qualifier"),
    [
        ("Heyelanda ölenlerin sayısı yediye yükseldi.", 7, Qualifier.EXACT),
        ("Yangında otuzdan fazla kişi hayatını kaybetti.", 30, Qualifier.MORE_THAN),
        ("Ölü sayısı yüz yirmi beşe yükseldi.", 125, Qualifier.EXACT),
    ],
)  # fmt: skip
def test_tr_number_words_with_a_case_ending(text: str, killed: int, qualifier: Qualifier) -> None:
    got = _headline(text, "tr", "killed")
    assert got is not None and (got.value, got.qualifier) == (killed, qualifier)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "La préfecture a porté à 16 le nombre de morts.", "préfecture"),
        ("it", "La protezione civile ha portato a 16 il numero delle vittime.", "protezione civile"),
        ("es", "Las autoridades rebajaron a 16 la cifra de fallecidos.", "autoridades"),
    ],
)  # fmt: skip
def test_the_source_that_puts_the_toll_at_a_figure_before_its_noun(language: str, text: str, source: str) -> None:
    got = _headline(text, language, "killed")
    assert got is not None and got.value == 16
    assert got.attribution is not None and got.attribution.split(" (")[0] == source


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("es", "Dos personas murieron y 18 resultaron con lesiones en el choque.", 18),
        ("nl", "Na de brand werden 18 mensen in het ziekenhuis behandeld.", 18),
        ("ru", "После взрыва за медицинской помощью обратились 18 человек.", 18),
    ],
)  # fmt: skip
def test_the_injured_told_as_treated(language: str, text: str, wounded: int) -> None:
    got = _headline(text, language, "wounded")
    assert got is not None and got.value == wounded


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("id", "Seorang pengendara motor tewas dan dua lainnya luka-luka.", 1, 2),
        ("ms", "Seorang maut manakala dua lagi cedera dalam nahas itu.", 1, 2),
        ("ta", "விபத்தில் ஒருவர் உயிரிழந்தார், இருவர் காயமடைந்தனர்.", 1, 2),
    ],
)  # fmt: skip
def test_one_person_in_words(language: str, text: str, killed: int, wounded: int) -> None:
    got_killed = _headline(text, language, "killed")
    got_wounded = _headline(text, language, "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert got_wounded is not None and got_wounded.value == wounded


def test_uk_were_hurt_counts_people_not_hectares() -> None:
    assert not [c for c in _claims("Через пожежу постраждали 300 гектарів лісу.", "uk") if c.metric == "wounded"]
    got = _headline("Унаслідок вибуху загинули двоє, постраждали понад 40 людей.", "uk", "wounded")
    assert got is not None and (got.value, got.qualifier) == (40, Qualifier.MORE_THAN)
    got = _headline("Серед 12 постраждалих троє дітей.", "uk", "wounded")  # the noun stays a trigger
    assert got is not None and got.value == 12


def test_pl_were_hurt_counts_people_not_forest() -> None:
    assert not [c for c in _claims("W pożarze ucierpiało 150 hektarów lasu.", "pl") if c.metric == "wounded"]
    got = _headline("W zderzeniu autobusów ucierpiało 14 osób.", "pl", "wounded")
    assert got is not None and got.value == 14


@pytest.mark.parametrize(
    ("language", "title", "killed", "wounded"),
    [
        ("de", "Unfall auf der B27: Ein Toter, zwei Verletzte", 1, 2),
        ("ro", "Accident pe DN1: un mort și doi răniți", 1, 2),
    ],
)  # fmt: skip
def test_one_dead_in_a_headline(language: str, title: str, killed: int, wounded: int) -> None:
    claims = list(extract(ArticleInput(text="Der Unfall.", title=title, language=language)).claims)
    main = main_incident_claims(claims)
    got_killed, got_wounded = pick_headline(main, "killed"), pick_headline(main, "wounded")
    assert got_killed is not None and got_killed.value == killed
    assert got_wounded is not None and got_wounded.value == wounded


def test_ro_un_as_the_article_before_the_verbs_count() -> None:
    got = _headline("Un incendiu a ucis 12 persoane într-un bloc.", "ro", "killed")
    assert got is not None and got.value == 12
