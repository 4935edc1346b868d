"""How figures are written in the reporters' own languages (mini reports of our own): qualifiers, number words,
vague quantities (dozens 12, hundreds 100, marked vague: never a precise figure), digit grouping and native
digits; a count of the dead and the injured together is neither, and the missing are not the dead."""

from __future__ import annotations

import pytest

from core.models import Qualifier
from tests.core.world_kit import claims, headlines


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "Al menos 12 personas murieron en el derrumbe de la mina.", "12:at_least"),
        ("fr", "Plus de 30 personnes ont été tuées dans l'attaque du marché.", "30:more_than"),
        ("de", "Mindestens acht Menschen kamen bei dem Brand ums Leben.", "8:at_least"),
        ("id", "Sedikitnya 15 orang tewas dalam kecelakaan kapal itu.", "15:at_least"),
        ("tr", "Maden kazasında en az 20 kişi öldü.", "20:at_least"),
        ("ar", "قتل ما لا يقل عن 25 شخصا في الهجوم على السوق.", "25:at_least"),
        ("el", "Τουλάχιστον 7 άνθρωποι σκοτώθηκαν στο δυστύχημα.", "7:at_least"),
        ("hi", "बस हादसे में कम से कम 10 लोगों की मौत हो गई।", "10:at_least"),
        ("no", "Minst seks personer omkom i brannen i natt.", "6:at_least"),
        ("pl", "Co najmniej 9 osób zginęło w pożarze kamienicy.", "9:at_least"),
        ("pt", "Pelo menos 11 pessoas morreram no incêndio da fábrica.", "11:at_least"),
        ("it", "Almeno 13 persone sono morte nell'incendio.", "13:at_least"),
        ("pl", "Ponad 50 osób zginęło w katastrofie kolejowej.", "50:more_than"),
        ("el", "Περισσότεροι από 100 άνθρωποι έχασαν τη ζωή τους στον σεισμό.", "100:more_than"),
        ("no", "Mer enn 30 mennesker omkom i jordskjelvet.", "30:more_than"),
        ("hi", "बाढ़ में 50 से अधिक लोगों की मौत हो गई।", "50:more_than"),
        ("tr", "Depremde 40'tan fazla kişi öldü.", "40:more_than"),
    ],
)
def test_qualifiers(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("de", "Dreiundzwanzig Menschen wurden bei dem Unfall verletzt.", "23"),
        ("de", "Bei dem Anschlag wurden zweihundertfünfzig Menschen verletzt.", "250"),
        ("pl", "Dwanaście osób zostało rannych w wypadku.", "12"),
        ("pl", "W zderzeniu rannych zostało piętnastu pasażerów.", "15"),
        ("hi", "धमाके में बारह लोग घायल हो गए।", "12"),
        ("ar", "أصيب اثنا عشر شخصا في الانفجار.", "12"),
        ("el", "Δεκαπέντε άνθρωποι τραυματίστηκαν στη σύγκρουση.", "15"),
        ("no", "Elleve personer ble skadd i kollisjonen.", "11"),
        ("tr", "Çarpışmada on altı kişi yaralandı.", "16"),
        ("id", "Dua puluh satu orang luka-luka dalam tabrakan itu.", "21"),
        ("pt", "Dezoito pessoas ficaram feridas na colisão.", "18"),
    ],
)
def test_number_words(language: str, text: str, wounded: str) -> None:
    assert headlines(text, language)[1] == wounded


@pytest.mark.parametrize(
    ("language", "text", "value", "low", "high"),
    [
        ("es", "Decenas de personas murieron en los bombardeos.", 12, 12, 99),
        ("fr", "Des dizaines de personnes ont été tuées dans les frappes.", 12, 12, 99),
        ("de", "Dutzende Menschen wurden bei den Angriffen getötet.", 12, 12, 99),
        ("it", "Decine di persone sono morte nei bombardamenti.", 12, 12, 99),
        ("pt", "Dezenas de pessoas morreram nos ataques.", 12, 12, 99),
        ("pl", "Dziesiątki osób zginęły w nalotach.", 12, 12, 99),
        ("el", "Δεκάδες άνθρωποι σκοτώθηκαν στους βομβαρδισμούς.", 12, 12, 99),
        ("no", "Dusinvis av mennesker omkom i angrepene.", 12, 12, 99),
        ("tr", "Saldırılarda onlarca kişi öldü.", 12, 12, 99),
        ("id", "Puluhan orang tewas dalam serangan itu.", 12, 12, 99),
        ("hi", "हमलों में दर्जनों लोगों की मौत हो गई।", 12, 12, 99),
        ("ar", "قتل العشرات في القصف.", 12, 12, 99),
        ("uk", "Внаслідок обстрілів загинули десятки людей.", 12, 12, 99),
        ("ko", "폭격으로 수십 명이 숨졌다.", 12, 12, 99),
        ("ja", "空爆で数十人が死亡した。", 12, 12, 99),
        ("zh", "空袭造成数十人死亡。", 12, 12, 99),
        ("es", "Cientos de personas murieron en el terremoto.", 100, 100, 999),
        ("fr", "Des milliers de personnes sont mortes dans le séisme.", 1000, 1000, 9999),
        ("de", "Zehntausende Menschen starben in dem Krieg.", 10_000, 10_000, 99_999),
        ("tr", "Depremde binlerce kişi hayatını kaybetti.", 1000, 1000, 9999),
        ("ar", "قتل عشرات الآلاف في الحرب.", 10_000, 10_000, 99_999),
    ],
)
def test_vague_quantities_are_coded_and_marked_vague(language: str, text: str, value: int, low: int, high: int) -> None:
    got = [(c.value, c.low, c.high, c.qualifier) for c in claims(text, language) if c.metric == "killed"]
    assert got == [(value, low, high, Qualifier.VAGUE)]


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("es", "Cientos de personas resultaron heridas. El hospital atendió a 230 heridos.", "230"),
        ("pl", "Setki osób zostały ranne. Według szpitala rannych jest 230 osób.", "230"),
        ("hi", "सैकड़ों लोग घायल हो गए। अस्पताल के अनुसार 230 लोग घायल हुए हैं।", "230"),
    ],
)
def test_a_precise_figure_wins_over_a_vague_one(language: str, text: str, wounded: str) -> None:
    assert headlines(text, language)[1] == wounded


def test_a_scale_word_after_a_number_is_no_vague_quantity() -> None:
    got = [(c.value, c.qualifier) for c in claims("W trzęsieniu ziemi zginęło dwa tysiące osób.", "pl")]
    assert got == [(2000, Qualifier.EXACT)]


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "El número de muertos asciende a 1.452.", "1452"),
        ("fr", "Le bilan s'élève à 6 500 morts.", "6500"),
        ("de", "Die Zahl der Toten stieg auf 1.452.", "1452"),
        ("it", "Il bilancio è salito a 2.300 morti.", "2300"),
        ("pt", "O número de mortos subiu para 1.452.", "1452"),
        ("pl", "Liczba zabitych wzrosła do 6 500.", "6500"),
        ("el", "Ο αριθμός των νεκρών ανέρχεται σε 1.452.", "1452"),
        ("no", "Dødstallet har steget til 6 500.", "6500"),
        ("tr", "Ölü sayısı 1.452'ye yükseldi.", "1452"),
        ("id", "Jumlah korban tewas mencapai 1.452 orang.", "1452"),
        ("hi", "मृतकों की संख्या 1,452 हो गई है।", "1452"),
        ("hi", "मृतकों की संख्या 1,45,000 पहुंच गई है।", "145000"),
        ("ar", "ارتفع عدد القتلى إلى 1,452 شخصا.", "1452"),
        ("ar", "ارتفع عدد القتلى إلى ٤٥ شخصا.", "45"),
        ("ar", "ارتفع عدد القتلى إلى ١٬٤٥٢ شخصا.", "1452"),
        ("fa", "شمار کشته‌شدگان به ۴۵ نفر رسید.", "45"),
        ("hi", "हादसे में ४५ लोगों की मौत हो गई।", "45"),
        ("bn", "দুর্ঘটনায় ৪৫ জন নিহত হয়েছেন।", "45"),
    ],
)
def test_digit_grouping_and_native_digits(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "W zamachu zginęło lub zostało rannych 57 osób."),
        ("el", "57 νεκροί και τραυματίες από την επίθεση στην αγορά."),
        ("no", "57 personer ble drept eller skadd i angrepet."),
        ("hi", "हमले में 57 लोग मारे गए या घायल हुए।"),
        ("pt", "O número de mortos e feridos no ataque chegou a 57."),
        ("fr", "Le bilan des morts et blessés s'élève à 57."),
        ("ar", "ارتفع عدد القتلى والجرحى إلى 57."),
        ("it", "L'attacco ha provocato 57 tra morti e feriti."),
    ],
)
def test_the_dead_and_injured_together_are_neither(language: str, text: str) -> None:
    assert [c for c in claims(text, language) if c.metric in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron en la riada y otras 12 siguen desaparecidas."),
        ("fr", "Trois personnes sont mortes et 12 sont toujours portées disparues."),
        ("de", "Drei Menschen starben, 12 werden noch vermisst."),
        ("tr", "Selde 3 kişi öldü, 12 kişi kayıp."),
        ("id", "Tiga orang tewas dan 12 lainnya masih hilang."),
        ("pl", "Zginęły 3 osoby, a 12 uznaje się za zaginione."),
        ("el", "Τρεις άνθρωποι σκοτώθηκαν και 12 αγνοούνται."),
        ("no", "Tre personer omkom, og 12 er savnet."),
        ("pt", "Três pessoas morreram e 12 estão desaparecidas."),
        ("it", "Tre persone sono morte e 12 risultano disperse."),
        ("hi", "3 लोगों की मौत हो गई और 12 लोग लापता हैं।"),
        ("ar", "قتل 3 أشخاص وفقد 12 آخرون."),
    ],
)
def test_the_missing_are_not_the_dead(language: str, text: str) -> None:
    assert headlines(text, language)[0] == "3"


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("fr", "Le bilan s'élève à 6\u202f500 morts.", "6500"),
        ("fr", "Le bilan s'élève à 6\u00a0500 morts.", "6500"),
        ("no", "Dødstallet har steget til 6\u00a0500.", "6500"),
        ("it", "Il bilancio è salito a 1'452 morti.", "1452"),
        ("de", "Die Zahl der Toten stieg auf 1’452.", "1452"),
        ("pt", "O número de mortos subiu para 1 452.", "1452"),
        ("tr", "Ölü sayısı 44 bin 218'e yükseldi.", "44218"),
        ("id", "Jumlah korban tewas mencapai 1,5 ribu orang.", "1500"),
        ("pl", "Liczba zabitych wzrosła do 2,5 tys.", "2500"),
        ("el", "Ο αριθμός των νεκρών ανέρχεται σε 2,5 χιλιάδες.", "2500"),
        ("ar", "ارتفع عدد القتلى إلى ٢٣٬٥٠٠ شخص.", "23500"),
    ],
)
def test_thousands_as_each_language_writes_them(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("tr", "İki bin kişi öldü.", "2000"),
        ("tr", "Bin üç yüz kişi öldü.", "1300"),
        ("ar", "قتل ألفا شخص في المجاعة.", "2000"),
        ("it", "Duemila persone sono morte.", "2000"),
        ("it", "Trentacinque persone sono morte.", "35"),
        ("it", "Ventotto persone sono morte.", "28"),
        ("it", "Duemilacinquecento persone sono morte.", "2500"),
        ("no", "Tre hundre og femti mennesker omkom.", "350"),
        ("id", "Tiga ratus lima puluh orang tewas.", "350"),
        ("id", "Seratus dua puluh orang tewas.", "120"),
        ("zh", "三百五十人死亡。", "350"),
        ("el", "Τριακόσιοι πενήντα άνθρωποι σκοτώθηκαν.", "350"),
        ("hi", "दो हजार लोगों की मौत हो गई।", "2000"),
        ("pl", "Zginęło trzysta pięćdziesiąt osób.", "350"),
    ],
)
def test_number_words_with_hundreds_and_thousands(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ('es', 'Unas 40 personas murieron en el incendio.', '40:about'),
        ('es', 'Alrededor de 40 personas murieron en el incendio.', '40:about'),
        ('es', 'Cerca de 40 personas murieron en el incendio.', '40:nearly'),
        ('es', 'Hasta 40 personas podrían haber muerto en el incendio.', '40:up_to'),
        ('es', 'Más de 40 personas murieron en el incendio.', '40:more_than'),
        ('fr', "Près de 40 personnes sont mortes dans l'incendie.", '40:nearly'),
        ('fr', "Environ 40 personnes sont mortes dans l'incendie.", '40:about'),
        ('fr', "Une quarantaine de personnes sont mortes dans l'incendie.", '40:about'),
        ('fr', "Au moins 40 personnes sont mortes dans l'incendie.", '40:at_least'),
        ('fr', "Jusqu'à 40 personnes sont mortes dans l'incendie.", '40:up_to'),
        ('de', 'Rund 40 Menschen starben bei dem Brand.', '40:about'),
        ('de', 'Etwa 40 Menschen starben bei dem Brand.', '40:about'),
        ('de', 'Fast 40 Menschen starben bei dem Brand.', '40:nearly'),
        ('de', 'Knapp 40 Menschen starben bei dem Brand.', '40:nearly'),
        ('de', 'Über 40 Menschen starben bei dem Brand.', '40:more_than'),
        ('de', 'Bis zu 40 Menschen starben bei dem Brand.', '40:up_to'),
        ('de', 'Ungefähr 40 Menschen starben bei dem Brand.', '40:about'),
        ('tr', 'Yangında yaklaşık 40 kişi öldü.', '40:about'),
        ('tr', "Yangında 40'tan fazla kişi öldü.", '40:more_than'),
        ('tr', "Yangında 40'ı aşkın kişi öldü.", '40:more_than'),
        ('tr', 'Yangında neredeyse 40 kişi öldü.', '40:nearly'),
        ('tr', 'Yangında 40 civarında kişi öldü.', '40:about'),
        ('tr', 'Yangında en az 40 kişi hayatını kaybetti.', '40:at_least'),
        ('id', 'Sekitar 40 orang tewas dalam kebakaran itu.', '40:about'),
        ('id', 'Hampir 40 orang tewas dalam kebakaran itu.', '40:nearly'),
        ('id', 'Lebih dari 40 orang tewas dalam kebakaran itu.', '40:more_than'),
        ('id', 'Setidaknya 40 orang tewas dalam kebakaran itu.', '40:at_least'),
        ('id', 'Sedikitnya 40 orang tewas dalam kebakaran itu.', '40:at_least'),
        ('id', 'Kurang lebih 40 orang tewas dalam kebakaran itu.', '40:about'),
        ('ar', 'قتل نحو 40 شخصا في الحريق.', '40:about'),
        ('ar', 'قتل حوالي 40 شخصا في الحريق.', '40:about'),
        ('ar', 'قتل قرابة 40 شخصا في الحريق.', '40:nearly'),
        ('ar', 'قتل أكثر من 40 شخصا في الحريق.', '40:more_than'),
        ('ar', 'قتل ما يزيد على 40 شخصا في الحريق.', '40:more_than'),
        ('ar', 'قتل 40 شخصا على الأقل في الحريق.', '40:at_least'),
        ('ar', 'قتل زهاء 40 شخصا في الحريق.', '40:about'),
        ('el', 'Περίπου 40 άνθρωποι σκοτώθηκαν στη φωτιά.', '40:about'),
        ('el', 'Σχεδόν 40 άνθρωποι σκοτώθηκαν στη φωτιά.', '40:nearly'),
        ('el', 'Πάνω από 40 άνθρωποι σκοτώθηκαν στη φωτιά.', '40:more_than'),
        ('el', 'Περισσότεροι από 40 άνθρωποι σκοτώθηκαν στη φωτιά.', '40:more_than'),
        ('el', 'Γύρω στους 40 ανθρώπους σκοτώθηκαν στη φωτιά.', '40:about'),
        ('hi', 'आग में करीब 40 लोगों की मौत हो गई।', '40:about'),
        ('hi', 'आग में लगभग 40 लोगों की मौत हो गई।', '40:about'),
        ('hi', 'आग में 40 से ज्यादा लोगों की मौत हो गई।', '40:more_than'),
        ('hi', 'आग में 40 से अधिक लोगों की मौत हो गई।', '40:more_than'),
        ('hi', 'आग में कम से कम 40 लोगों की मौत हो गई।', '40:at_least'),
        ('hi', 'आग में तकरीबन 40 लोगों की मौत हो गई।', '40:about'),
        ('no', 'Rundt 40 mennesker omkom i brannen.', '40:about'),
        ('no', 'Omkring 40 mennesker omkom i brannen.', '40:about'),
        ('no', 'Nesten 40 mennesker omkom i brannen.', '40:nearly'),
        ('no', 'Over 40 mennesker omkom i brannen.', '40:more_than'),
        ('no', 'Minst 40 mennesker omkom i brannen.', '40:at_least'),
        ('no', 'Opptil 40 mennesker kan ha omkommet i brannen.', '40:up_to'),
        ('pl', 'Około 40 osób zginęło w pożarze.', '40:about'),
        ('pl', 'Prawie 40 osób zginęło w pożarze.', '40:nearly'),
        ('pl', 'Niemal 40 osób zginęło w pożarze.', '40:nearly'),
        ('pl', 'Ponad 40 osób zginęło w pożarze.', '40:more_than'),
        ('pl', 'Co najmniej 40 osób zginęło w pożarze.', '40:at_least'),
        ('pl', 'Przynajmniej 40 osób zginęło w pożarze.', '40:at_least'),
        ('pl', 'Blisko 40 osób zginęło w pożarze.', '40:nearly'),
        ('pt', 'Cerca de 40 pessoas morreram no incêndio.', '40:about'),
        ('pt', 'Quase 40 pessoas morreram no incêndio.', '40:nearly'),
        ('pt', 'Mais de 40 pessoas morreram no incêndio.', '40:more_than'),
        ('pt', 'Pelo menos 40 pessoas morreram no incêndio.', '40:at_least'),
        ('pt', 'Aproximadamente 40 pessoas morreram no incêndio.', '40:about'),
        ('pt', 'Perto de 40 pessoas morreram no incêndio.', '40:nearly'),
        ('pt', 'Até 40 pessoas podem ter morrido no incêndio.', '40:up_to'),
        ('it', "Circa 40 persone sono morte nell'incendio.", '40:about'),
        ('it', "Quasi 40 persone sono morte nell'incendio.", '40:nearly'),
        ('it', "Oltre 40 persone sono morte nell'incendio.", '40:more_than'),
        ('it', "Più di 40 persone sono morte nell'incendio.", '40:more_than'),
        ('it', "Almeno 40 persone sono morte nell'incendio.", '40:at_least'),
        ('it', "Una quarantina di persone sono morte nell'incendio.", '40:about'),
        ('es', 'Una cuarentena de personas murieron en el incendio.', '40:about'),
        ('pt', 'Cerca de quarenta pessoas morreram no incêndio.', '40:about'),
    ],
)  # fmt: skip
def test_rounding_and_bounding_qualifiers(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "12 marineros murieron en el naufragio del pesquero.", "12"),
        ("de", "12 junge Menschen starben bei dem Unfall.", "12"),
        ("it", "12 marinai sono morti nel naufragio.", "12"),
        ("pt", "12 marinheiros morreram no naufrágio.", "12"),
        ("pl", "12 marynarzy zginęło w katastrofie.", "12"),
        ("fr", "Il y a eu 8 décès dans la maison de retraite.", "8"),
        ("es", "El 12 mar. murieron 5 personas en el derrumbe.", "5"),
        ("pl", "12 stycznia w pożarze zginęło 5 osób.", "5"),
        ("fr", "Le 8 déc. 5 personnes sont mortes dans l'incendie.", "5"),
    ],
)
def test_a_word_that_begins_like_a_month_is_no_date(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El huracán dejó 57 muertos o desaparecidos."),
        ("fr", "Le cyclone a fait 57 morts ou disparus."),
        ("de", "57 Menschen sind tot oder werden vermisst."),
        ("it", "Sono 57 tra morti e dispersi."),
        ("pt", "O ciclone deixou 57 mortos ou desaparecidos."),
        ("id", "Sebanyak 57 orang meninggal dan hilang."),
        ("tr", "Selde 57 kişi öldü ya da kayboldu."),
        ("el", "57 νεκροί και αγνοούμενοι από την πλημμύρα."),
        ("pl", "57 osób zginęło lub zaginęło."),
        ("no", "57 personer er døde eller savnet."),
        ("hi", "बाढ़ में 57 लोग मारे गए या लापता हैं।"),
        ("ar", "أسفر الإعصار عن 57 قتيلا ومفقودا."),
    ],
)
def test_the_dead_and_missing_together_are_no_death_toll(language: str, text: str) -> None:
    assert [c for c in claims(text, language) if c.metric == "killed"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Entre 20 y 30 personas murieron en el ataque al mercado."),
        ("es", "En el ataque murieron entre 20 y 30 personas."),
        ("fr", "Entre 20 et 30 personnes sont mortes dans l'attaque."),
        ("de", "Zwischen 20 und 30 Menschen starben bei dem Angriff."),
        ("it", "Tra 20 e 30 persone sono morte nell'attacco."),
        ("pt", "Entre 20 e 30 pessoas morreram no ataque."),
        ("tr", "Saldırıda 20 ile 30 arasında kişi öldü."),
        ("id", "Antara 20 hingga 30 orang tewas dalam serangan itu."),
        ("pl", "W ataku zginęło od 20 do 30 osób."),
        ("el", "Μεταξύ 20 και 30 άνθρωποι σκοτώθηκαν στην επίθεση."),
        ("no", "Mellom 20 og 30 personer omkom i angrepet."),
        ("hi", "हमले में 20 से 30 लोगों की मौत हो गई।"),
        ("ar", "قتل ما بين 20 و30 شخصا في الهجوم."),
    ],
)
def test_a_range_of_the_dead(language: str, text: str) -> None:
    got = [(c.value, c.low, c.high, c.qualifier) for c in claims(text, language) if c.metric == "killed"]
    assert got == [(30, 20, 30, Qualifier.RANGE)]


def test_a_range_of_the_injured_after_a_death_toll() -> None:
    got = {
        (c.metric, c.low, c.high, c.qualifier)
        for c in claims("Murieron 3 personas y entre 20 y 30 resultaron heridas.", "es")
    }
    assert got == {("killed", 3, 3, Qualifier.EXACT), ("wounded", 20, 30, Qualifier.RANGE)}


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("hi", "बस हादसे में बाईस लोगों की मौत हो गई।", "22", "-"),
        ("hi", "हादसे में अड़तीस लोग घायल हुए।", "-", "38"),
        ("no", "Tjuefem personer omkom i brannen.", "25", "-"),
        ("no", "Femten personer ble skadd i ulykken.", "-", "15"),
        ("ar", "قتل خمسة وعشرون شخصا في الهجوم.", "25", "-"),
        ("ar", "أصيب ثلاثة وأربعين شخصا في الانفجار.", "-", "43"),
    ],
)
def test_number_words_between_twenty_and_a_hundred(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("pl", "Kilkadziesiąt osób zginęło w nalotach.", "12:vague"),
        ("pl", "W trzęsieniu ziemi zginęło kilkaset osób.", "100:vague"),
        ("pl", "Zginęło kilka tysięcy osób.", "1000:vague"),
        ("de", "Mehrere hundert Menschen starben bei dem Erdbeben.", "100:vague"),
        ("de", "Einige tausend Menschen kamen ums Leben.", "1000:vague"),
        ("tr", "Depremde birkaç yüz kişi öldü.", "100:vague"),
        ("tr", "Depremde birkaç bin kişi öldü.", "1000:vague"),
        ("id", "Beberapa ratus orang tewas dalam gempa itu.", "100:vague"),
        ("hi", "भूकंप में कई सौ लोगों की मौत हो गई।", "100:vague"),
        ("hi", "हमले में कई दर्जन लोगों की मौत हो गई।", "12:vague"),
        ("no", "Flere titalls mennesker omkom.", "12:vague"),
        ("uk", "Загинули кілька сотень людей.", "100:vague"),
        ("ru", "Погибли несколько десятков человек.", "12:vague"),
    ],
)
def test_several_hundred_is_vague_not_a_hundred(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("pt", "O acidente na autoestrada fez duas dezenas de feridos.", "-", "20:about"),
        ("pt", "Morreram cerca de três dezenas de pessoas no incêndio.", "30:about", "-"),
        ("es", "Murieron tres decenas de personas en el naufragio.", "30:about", "-"),
        ("pt", "Dezenas de feridos foram levados para o hospital.", "-", "12:vague"),
    ],
)
def test_a_number_of_tens_is_about_their_sum(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
