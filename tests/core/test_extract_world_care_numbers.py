"""Figures in the reporters' own languages (sentences of our own): those still in hospital are a part of the
injured, not their total; number words newsrooms write (teens, hundreds, case forms, collectives, an apocopated
'un'); a year-shaped number with a counter of people is a count; a toll verb's 'to' is no 'up to'."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ('es', 'Unas 30 personas permanecen hospitalizadas tras el incendio.', ('-', '-')),
        ('es', 'Todavía hay 12 heridos hospitalizados en el Clínico.', ('-', '-')),
        ('es', 'Ocho personas murieron y 64 resultaron heridas en el incendio. '
               'Unas 30 personas permanecen hospitalizadas.', ('8', '64')),
        ('id', 'Sebanyak 40 orang masih dirawat di rumah sakit.', ('-', '-')),
        ('id', 'Enam orang tewas dan 52 orang luka-luka. Sebanyak 40 orang masih dirawat di rumah sakit.', ('6', '52')),
        ('tr', 'Hâlâ hastanede tedavi gören 25 kişi var.', ('-', '-')),
        ('tr', 'Kazada 3 kişi öldü, 41 kişi yaralandı. Tedavisi devam eden 25 yaralının durumu iyi.', ('3', '41')),
        ('de', 'Noch 12 Menschen werden im Krankenhaus behandelt.', ('-', '-')),
        ('el', 'Ακόμη νοσηλεύονται 20 άτομα.', ('-', '-')),
        ('no', '20 personer er fortsatt innlagt på sykehus.', ('-', '-')),
        ('pt', 'Vinte pessoas continuam hospitalizadas.', ('-', '-')),
        ('it', 'Restano ricoverate in ospedale 14 persone.', ('-', '-')),
        ('it', '14 persone sono ancora ricoverate.', ('-', '-')),
        ('fr', 'Quinze personnes restent hospitalisées.', ('-', '-')),
        ('fr', 'Quinze personnes sont toujours hospitalisées.', ('-', '-')),
        ('ar', 'لا يزال 20 مصابا في المستشفى.', ('-', '-')),
        ('hi', 'अस्पताल में अभी भी 20 घायल भर्ती हैं।', ('-', '-')),
        ('bn', 'এখনও ২০ জন আহত হাসপাতালে ভর্তি।', ('-', '-')),
        ('zh', '仍有20名伤者在医院接受治疗。', ('-', '-')),
        ('ko', '아직 부상자 20명이 병원에 입원해 있다.', ('-', '-')),
        ('pl', 'W szpitalu nadal przebywa 20 rannych.', ('-', '-')),
        ('uk', 'У лікарні досі перебувають 20 поранених.', ('-', '-')),
    ],
)  # fmt: skip
def test_those_still_in_care_are_a_part_of_the_injured_not_their_total(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ('uk', 'Чотирнадцять людей отримали поранення.', ('-', '14')),
        ('uk', "Загинули п'ятеро людей.", ('5', '-')),
        ('uk', 'Поранення отримали двісті людей.', ('-', '200')),
        ('ru', 'Пятнадцать человек получили ранения.', ('-', '15')),
        ('ro', 'Douăzeci și trei de persoane au fost rănite.', ('-', '23')),
        ('pl', 'Troje dzieci zostało rannych.', ('-', '3')),
        ('ar', 'أصيب واحد وعشرون شخصا.', ('-', '21')),
        ('es', 'Treinta y un heridos fueron atendidos.', ('-', '31')),
        ('es', 'Veintiún muertos dejó el accidente.', ('21', '-')),
        ('zh', '受伤者超过2000人。', ('-', '2000:more_than')),
        ('ko', '부상자는 2000명으로 늘었다.', ('-', '2000')),
        # a year-shaped count with its qualifier between it and the counter, or in Japanese
        ('zh', '地震已造成2000多人死亡。', ('2000:more_than', '-')),
        ('ja', '地震で2000人以上が死亡した。', ('2000:at_least', '-')),
        ('ja', '地震で2000人が死亡した。', ('2000', '-')),
    ],
)  # fmt: skip
def test_number_words_newsrooms_write(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ('ca', 'La xifra de morts ha augmentat fins a 7.', ('7', '-')),
        ('es', 'El número de fallecidos aumentó hasta 15.', ('15', '-')),
        ('it', 'Il numero dei morti è salito fino a 14.', ('14', '-')),
        ('pt', 'O número de mortos subiu até 18.', ('18', '-')),
    ],
)  # fmt: skip
def test_a_year_shaped_count_and_a_toll_verbs_to(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # 'ainda', 'aún', 'noch' with no word of care in the clause: 'there are also', the total stays
        ("pt", "Subiu para 19 o número de mortos no temporal. Há ainda 64 feridos, sendo que 12 continuam "
               "internados.", ("19", "64")),
        ("es", "El balance provisional era de 10 muertos. Horas después, la cifra de fallecidos ascendió a 14, "
               "mientras que los heridos son 33. Aún hay 12 ingresados en la UCI.", ("14", "33")),
        ("de", "Inzwischen ist die Zahl der Toten auf elf gestiegen. 48 Menschen wurden verletzt, 9 von ihnen "
               "schwer. Noch 20 Verletzte liegen im Krankenhaus.", ("11", "48")),
        ("id", "Korban tewas akibat gempa bertambah menjadi 13 orang. Sementara itu, 76 orang luka-luka dan 30 di "
               "antaranya masih dirawat.", ("13", "76")),
        ("ar", "قتل 16 شخصا وأصيب 83 آخرون في الانفجار. ولا يزال 20 من المصابين في المستشفى.", ("16", "83")),
        ("ar", "أصيب أكثر من مئتي شخص.", ("-", "200:more_than")),
    ],
)  # fmt: skip
def test_a_word_of_remaining_without_care_leaves_the_total(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # those the emergency services attended or who needed medical care: the injured figure authorities give
        ("es", "Ochenta personas necesitaron atención médica tras la explosión.", ("-", "80")),
        ("es", "Los servicios de emergencia atendieron a 27 personas, la mayoría por heridas leves.", ("-", "27")),
        ("ca", "El SEM ha atès 18 persones, cinc de les quals en estat greu.", ("-", "18")),
        ("ro", "150 de persoane au avut nevoie de îngrijiri medicale.", ("-", "150")),
        ("ro", "33 de persoane au fost transportate la spital.", ("-", "33")),
        # ... and those still admitted are a part of them
        ("es", "Ocho personas murieron en el incendio y 30 siguen ingresadas en el hospital.", ("8", "-")),
        # a life lost, in Catalan
        ("ca", "Almenys dotze persones han perdut la vida.", ("12:at_least", "-")),
    ],
)  # fmt: skip
def test_those_who_needed_care_are_the_injured(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("事故已致9死20伤。", ("9", "20")),
        ("山体滑坡造成3死17伤。", ("3", "17")),
        ("伤亡人数达300人。", ("-", "-")),  # the dead and the wounded together: neither
        ("事故共造成21人遇难，另有43人受伤。", ("21", "43")),
        ("大巴侧翻，另有15人送医救治。", ("-", "15")),  # sent to hospital for treatment: the injured
    ],
)  # fmt: skip
def test_chinese_headline_short_forms(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "zh") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "L'incidente è costato la vita a quattro persone.", ("4", "-")),
        ("pt", "O acidente custou a vida a seis pessoas.", ("6", "-")),
        ("pt", "O incêndio tirou a vida de três pessoas.", ("3", "-")),
        ("ar", "حصد الزلزال أرواح 25 شخصا.", ("25", "-")),
    ],
)  # fmt: skip
def test_a_life_cost_counts_the_dead(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the qualifier after the count's own word (QUALIFIERS_AFTER_NOUN, and those after the number)
        ("ar", "أوقعت الانفجارات في المدينة، صباح الثلاثاء، 21 قتيلا على الاقل بحسب حصيلة مؤقتة.",
         ("21:at_least", "-")),
        ("es", "El accidente dejó 5 muertos como mínimo.", ("5:at_least", "-")),
        ("fr", "L'attentat a fait 86 morts au moins, selon le parquet.", ("86:at_least", "-")),
        ("it", "Il crollo ha causato 5 morti almeno.", ("5:at_least", "-")),
        ("ca", "L'accident ha causat 5 morts com a mínim.", ("5:at_least", "-")),
        # a verb of exceeding opening the clause, before the count noun the number completes
        ("ar", "تجاوز عدد القتلى 1000 شخص.", ("1000:more_than", "-")),
        ("ar", "تخطى عدد القتلى 20 ألفا.", ("20000:more_than", "-")),
        # ... not the next count's, after a comma
        ("fr", "Le bilan : 12 morts, au moins 40 blessés.", ("12", "40:at_least")),
        # a toll that passed the number, written after it
        ("ta", "நிலநடுக்கத்தில் உயிரிழந்தவர்களின் எண்ணிக்கை 4000ஐ தாண்டியுள்ளது.", ("4000:more_than", "-")),
    ],
)  # fmt: skip
def test_a_qualifier_after_the_counts_word(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ca", "La catàstrofe s'ha cobrat la vida de deu persones.", ("10", "-")),
        ("ro", "19 persoane au suferit răni în accident.", ("-", "19")),
        ("ro", "Trei persoane au murit, iar alte 20 au fost rănite.", ("3", "20")),
    ],
)  # fmt: skip
def test_catalan_and_romanian_tolls(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بیست نفر جان خود را از دست دادند.", ("20", "-")),
        ("سی و پنج نفر مجروح شدند.", ("-", "35")),
        ("هزار و دویست نفر مصدوم شدند.", ("-", "1200")),
        ("۱۵۰۰ نفر آسیب دیدند.", ("-", "1500")),
        ("۵۰۰ ساختمان آسیب دیدند.", ("-", "-")),  # buildings, no people
        ("شمار کشته‌ها از ۳۰۰ نفر گذشت.", ("300:more_than", "-")),  # passed 300
    ],
)  # fmt: skip
def test_persian_number_words_and_the_harmed(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "fa") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("el", "Εκατόν πενήντα άνθρωποι τραυματίστηκαν.", ("-", "150")),
        # the number fronted, the toll verb and the count noun after it
        ("el", "Στους 17 έφτασε ο αριθμός των νεκρών από τις πλημμύρες.", ("17", "-")),
        ("pl", "Dwoje dzieci zostało rannych.", ("-", "2")),
    ],
)  # fmt: skip
def test_greek_and_polish_number_words(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Romanian as many sites write it, without its diacritics
        ("25 de persoane au fost ranite.", ("-", "25")),
        ("Trei morti si 14 raniti.", ("3", "14")),
        ("Noua persoane au fost ranite grav.", ("-", "9")),
        ("Numarul ranitilor a crescut la 22.", ("-", "22")),
        ("Cel putin 10 oameni si-au pierdut viata.", ("10:at_least", "-")),
        # wounds, injuries, traumas
        ("30 de persoane au suferit leziuni.", ("-", "30")),
        ("18 persoane au suferit traumatisme.", ("-", "18")),
    ],
)  # fmt: skip
def test_romanian_with_and_without_diacritics(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "ro") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # 'currently' or a verb of staying, with a hospital in the clause: those in care now, a part of the injured
        ("uk", "Після вибуху загинули 9 людей, медичну допомогу надали 140 особам. У лікарнях наразі 35 поранених.",
         ("9", "140")),
        ("uk", "У стаціонарах перебувають 12 постраждалих.", ("-", "-")),
        ("es", "Actualmente 14 heridos siguen en el hospital.", ("-", "-")),
        ("de", "Derzeit werden 8 Verletzte im Krankenhaus behandelt.", ("-", "-")),
        ("pl", "W szpitalu obecnie przebywa 6 rannych.", ("-", "-")),
    ],
)  # fmt: skip
def test_those_in_care_now_are_a_part_of_the_injured(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # number words of the languages with few articles: teens, tens, words written as one, after-tens units
        ("nl", "Bij het ongeluk kwamen drieëntwintig mensen om het leven.", ("23", "-")),
        ("sv", "Tjugotre personer skadades.", ("-", "23")),
        ("da", "Enogtyve mennesker blev dræbt.", ("21", "-")),
        ("fi", "Kaksikymmentäkolme ihmistä kuoli.", ("23", "-")),
        ("lt", "Dvidešimt žmonių žuvo.", ("20", "-")),
        ("vi", "Hai mươi lăm người bị thương.", ("-", "25")),
        ("ne", "पहिरोमा परी बीस जनाको मृत्यु भएको छ।", ("20", "-")),
    ],
)  # fmt: skip
def test_number_words_of_more_languages(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the dead counted with the missing: neither metric's figure
        ("ar", "لقي 70 شخصا حتفهم أو فقدوا في السيول."),
        ("zh", "洪水造成30人死亡或失踪。"),
        ("ko", "폭우로 30명이 숨지거나 실종됐다."),
        ("ca", "La riuada ha deixat 30 morts o desapareguts."),
        ("ro", "30 de persoane au murit sau sunt date dispărute."),
    ],
)  # fmt: skip
def test_the_dead_or_missing_are_neither(language: str, text: str) -> None:
    assert headlines(text, language) == ("-", "-")
