"""Round 26 (langs26): figures in the reporters' own languages on sentences of our own. A subset aside between a
count and its verb in verb-final languages (and any other), the count noun that shares the trigger's last letter
('사망자 수'), the active toll verb before its count in the Germanic languages, one hurt told by the verb's own
singular form, two counts joined by 'and' before one verb, and the language of a short headline told by a casualty
word of a lexicon."""

from __future__ import annotations

import pytest

from core.extract.language import detect_language
from core.extract.lexicons import ALIASES
from core.headline import main_incident_claims, pick_headline
from tests.core.world_kit import claims, figure, headlines

_CASES = ("language", "text", "killed", "wounded")


@pytest.mark.parametrize(
    _CASES,
    [
        # A subset aside closed by commas between the count and its final verb: the count keeps the verb.
        ("fa", "یک حمله پهپادی ۸ عضو این خانواده، از جمله پنج کودک، را کشت.", "8", "-"),
        ("fa", "در این حمله ۱۲ نفر، از جمله سه زن، کشته شدند.", "12", "-"),
        ("tr", "Saldırıda 8 kişi, aralarında beş çocuk, hayatını kaybetti.", "8", "-"),
        ("hi", "हमले में आठ लोग, जिनमें पांच बच्चे शामिल हैं, मारे गए।", "8", "-"),
        ("hi", "हमले में 8 लोग, जिनमें 5 बच्चे भी हैं, मारे गए।", "8", "-"),
        ("ko", "8명이, 그중 어린이 5명이, 숨졌다.", "8", "-"),
        ("es", "Doce personas, entre ellas tres niños, murieron en el incendio.", "12", "-"),
        # the aside after the count's own trigger: the trigger is the count's already
        ("pl", "Około 20 osób zostało rannych, w tym dwie ciężko, w zderzeniu autobusów.", "-", "20:about"),
        # Guards: the subset told before the count, as these languages also write it.
        ("tr", "Saldırıda, aralarında beş çocuğun da bulunduğu 8 kişi hayatını kaybetti.", "8", "-"),
        ("ko", "이번 공격으로 어린이 5명을 포함해 8명이 숨졌다.", "8", "-"),
        ("bn", "হামলায় পাঁচ শিশুসহ ৮ জন নিহত হয়েছে।", "8", "-"),
        # The earlier figure in a clause before the count noun: the count noun shares the trigger's last letter.
        ("ko", "당초 12명으로 알려졌던 사망자 수는 15명으로 늘었다.", "15", "-"),
        ("ko", "사망자 수는 20명으로 늘었다.", "20", "-"),
        ("ja", "当初12人とされていた死者数は15人に増えた。", "15", "-"),
        # The active toll verb before its count.
        ("de", "Die Angreifer töteten 130 Menschen.", "130", "-"),
        ("de", "Bewaffnete töteten am Sonntag mindestens 30 Dorfbewohner.", "30:at_least", "-"),
        ("de", "Ein Erdbeben tötete am Montag mehr als 200 Menschen.", "200:more_than", "-"),
        ("de", "Die Angreifer verletzten 20 Menschen schwer.", "-", "20"),
        ("nl", "De aanvallers doodden 130 mensen.", "130", "-"),
        ("nl", "Een aardbeving doodde maandag meer dan 200 mensen.", "200:more_than", "-"),
        ("nl", "De aanvallers verwondden 20 mensen.", "-", "20"),
        ("sv", "Angriparna dödade 130 människor.", "130", "-"),
        ("no", "Angriperne drepte 130 mennesker.", "130", "-"),
        ("da", "Angriberne dræbte 130 mennesker.", "130", "-"),
        # One hurt told by the verb's own singular form, no auxiliary; its negation tells none.
        ("pl", "Kierowca zginął na miejscu, a jego pasażer trafił do szpitala.", "1", "1"),
        ("pl", "W wypadku zginęły trzy osoby, a kierowca trafił do szpitala.", "3", "1"),
        ("pl", "Nikt nie trafił do szpitala.", "-", "-"),
        ("pl", "Do szpitala trafiło pięć osób.", "-", "5"),
        ("el", "Ο οδηγός τραυματίστηκε σοβαρά και μεταφέρθηκε στο νοσοκομείο.", "-", "1"),
        ("el", "Κανείς δεν τραυματίστηκε.", "-", "0"),
        ("el", "Τρεις άνθρωποι σκοτώθηκαν και ένας τραυματίστηκε.", "3", "1"),
        # Two counts joined by 'and' before one verb: their sum.
        ("es", "Veinte soldados y cinco civiles murieron en el ataque.", "25", "-"),
        ("fr", "Dix soldats et deux civils ont été tués.", "12", "-"),
        ("it", "Due bambini e una donna sono morti nell'incendio.", "3", "-"),
        ("pt", "Dois policiais e um civil morreram no tiroteio.", "3", "-"),
        ("id", "Dua anak dan seorang ibu tewas dalam kebakaran itu.", "3", "-"),
        # Guards: a range, the dead and the hurt each with their own verb or noun.
        ("es", "Entre 20 y 30 personas murieron.", "30:range", "-"),
        ("es", "Murieron 12 personas y 30 resultaron heridas.", "12", "30"),
        ("es", "Tres muertos y dos heridos en un choque.", "3", "2"),
    ],
)
def test_binding(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "metric", "expected"),
    [
        ("es", "Diez niñas y una monitora siguen desaparecidas tras la riada.", "missing", "11"),
        ("es", "Diez niñas y una monitora siguen desaparecidas tras la riada.", "killed", "-"),
        # The police open a clause of their own after a count (Thai): their verb is not the count's.
        ("th", "บนรถมีครู 3 ราย ตำรวจควบคุมตัวคนขับรถไว้แล้ว", "arrested", "-"),
        ("th", "รถบัสบรรทุกนักเรียน 38 คน และครู 6 คน ตำรวจจับกุมคนขับได้แล้ว", "arrested", "-"),
        ("th", "ผู้ต้องสงสัย 2 คนถูกตำรวจจับกุม", "arrested", "2"),
        ("th", "ตำรวจจับกุมผู้ต้องสงสัย 2 คน", "arrested", "2"),
    ],
)
def test_figure_of_metric(language: str, text: str, metric: str, expected: str) -> None:
    found = [c for c in claims(text, language) if c.metric == metric]
    assert figure(max(found, key=lambda c: c.value) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short or unsure headline in Latin letters: a casualty word of a lexicon and a count (digits or that
        # lexicon's number word) tell its language, when py3langid ranks it first of the languages we read.
        ("Bogotá: 3 muertos", "es"),
        ("Lima: 5 heridos", "es"),
        ("Drei Tote bei Busunglück", "de"),
        ("Incendio a Napoli, due morti", "it"),
        ("Explosão deixa 4 mortos", "pt"),
        ("Gempa, 7 tewas", "id"),
        ("Kaza: 3 ölü", "tr"),
        ("Wypadek: 2 zabitych", "pl"),
        ("Żałoba po 3 zabitych", "pl"),
        ("Brann: 3 døde", "no"),
        ("Ulykke, to omkom", "no"),
        ("Dos morts a Sils", "ca"),
        # English stays English: a word that is another language's casualty word, with no count or with English
        # ranked first.
        ("Tote Bags For Sale", "en"),
        ("Tote bags: 2 for 10 dollars", "en"),
        ("Feriti memorial", "en"),
        ("Tewas Road", "en"),
        ("Patay Street", "en"),
        ("Herido", "en"),
        ("Muerto Creek fire kills 2", "en"),
        ("Morts Lane crash kills 2", "en"),
        ("Stampede: 12 dead", "en"),
        ("3 killed in Chicago shooting", "en"),
    ],
)
def test_short_latin_headlines(text: str, expected: str) -> None:
    detected = detect_language(text)
    assert ALIASES.get(detected, detected) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El balance de víctimas mortales se elevó este martes a 37, según Protección Civil, "
            "que cifra en 120 los heridos.",
            "killed=37 wounded=120",
        ),
        (
            "es",
            "Entre 15 y 20 personas murieron y decenas resultaron heridas en el derrumbe.",
            "killed=20:range wounded=12:vague",
        ),
        (
            "es",
            "Al menos 14 personas siguen desaparecidas y más de 3.000 tuvieron que abandonar sus casas.",
            "missing=14:at_least displaced=3000:more_than",
        ),
        ("es", "La explosión dejó 8 muertos y 23 heridos, cuatro de ellos graves.", "killed=8 wounded=23"),
        ("fr", "Le bilan s'est alourdi à 23 morts et 41 blessés, selon la préfecture.", "killed=23 wounded=41"),
        (
            "fr",
            "Entre 30 et 40 personnes ont péri dans le naufrage, et une dizaine sont portées disparues.",
            "killed=40:range missing=10:about",
        ),
        (
            "fr",
            "Des dizaines de personnes ont été blessées et 5 000 habitants évacués.",
            "wounded=12:vague displaced=5000",
        ),
        (
            "fr",
            "Au moins sept personnes ont été tuées et 15 autres blessées dans l'attaque.",
            "killed=7:at_least wounded=15",
        ),
        ("it", "Il bilancio è salito a 12 morti e 30 feriti, di cui cinque gravi.", "killed=12 wounded=30"),
        (
            "it",
            "Sono almeno 200 gli sfollati, mentre tre persone risultano disperse.",
            "displaced=200:at_least missing=3",
        ),
        ("it", "Tra le 10 e le 15 persone hanno perso la vita nel crollo.", "killed=15:range"),
        ("it", "Decine di feriti e quattro morti nello scontro tra due treni.", "killed=4 wounded=12:vague"),
        (
            "pt",
            "O número de mortos subiu para 45 e há ainda 12 desaparecidos, segundo a Defesa Civil.",
            "killed=45 missing=12",
        ),
        ("pt", "Mais de 2 mil pessoas estão desalojadas e 18 morreram.", "killed=18 displaced=2000:more_than"),
        ("pt", "Entre 20 e 25 pessoas ficaram feridas no acidente.", "wounded=25:range"),
        ("pt", "Dezenas de pessoas ficaram feridas e três morreram.", "killed=3 wounded=12:vague"),
        (
            "de",
            "Die Zahl der Toten stieg auf 19, mehr als 60 Menschen wurden verletzt.",
            "killed=19 wounded=60:more_than",
        ),
        (
            "de",
            "Zwischen 30 und 40 Menschen kamen ums Leben, Dutzende werden noch vermisst.",
            "killed=40:range missing=12:vague",
        ),
        ("de", "Rund 1.500 Menschen mussten ihre Häuser verlassen.", "displaced=1500:about"),
        ("de", "Bei dem Unglück starben vier Menschen, elf wurden verletzt.", "killed=4 wounded=11"),
        ("no", "Dødstallet har steget til 14, og 30 personer er skadd.", "killed=14 wounded=30"),
        ("no", "Minst 200 personer er evakuert, og to er savnet.", "displaced=200:at_least missing=2"),
        ("no", "Mellom 10 og 15 mennesker omkom i raset.", "killed=15:range"),
        ("no", "Dusinvis av mennesker ble skadet og fire døde.", "killed=4 wounded=12:vague"),
        ("pl", "Liczba ofiar śmiertelnych wzrosła do 16, a rannych jest 40.", "killed=16 wounded=40"),
        (
            "pl",
            "Co najmniej 300 osób ewakuowano, a dwie osoby uznano za zaginione.",
            "displaced=300:at_least missing=2",
        ),
        ("pl", "Od 20 do 30 osób zostało rannych.", "wounded=30:range"),
        ("pl", "Kilkadziesiąt osób zostało rannych, a cztery zginęły.", "killed=4 wounded=12:vague"),
        ("tr", "Ölü sayısı 27'ye yükseldi, 80 kişi yaralandı.", "killed=27 wounded=80"),
        ("tr", "En az 500 kişi tahliye edildi, 3 kişi kayıp.", "displaced=500:at_least missing=3"),
        ("tr", "Kazada 10 ile 15 arasında kişi hayatını kaybetti.", "killed=15:range"),
        ("tr", "Onlarca kişi yaralandı, dört kişi öldü.", "killed=4 wounded=12:vague"),
        (
            "id",
            "Jumlah korban tewas bertambah menjadi 34 orang, sementara 12 orang masih hilang.",
            "killed=34 missing=12",
        ),
        ("id", "Sedikitnya 1.200 warga mengungsi dan 5 orang luka-luka.", "displaced=1200:at_least wounded=5"),
        ("id", "Puluhan orang terluka dan tiga orang tewas dalam kecelakaan itu.", "killed=3 wounded=12:vague"),
        ("id", "Antara 20 hingga 30 orang tewas dalam longsor tersebut.", "killed=30:range"),
        ("el", "Ο αριθμός των νεκρών αυξήθηκε σε 21, ενώ 40 άνθρωποι τραυματίστηκαν.", "killed=21 wounded=40"),
        ("el", "Τουλάχιστον 300 άνθρωποι απομακρύνθηκαν από τα σπίτια τους και δύο αγνοούνται.", "missing=2"),
        ("el", "Δεκάδες τραυματίες και τέσσερις νεκροί από τη σύγκρουση.", "killed=4 wounded=12:vague"),
        ("el", "Από 10 έως 15 άνθρωποι έχασαν τη ζωή τους.", "killed=15:range"),
        ("ar", "ارتفع عدد القتلى إلى 33 شخصا وأصيب 70 آخرون.", "killed=33 wounded=70"),
        ("ar", "لا يزال 12 شخصا في عداد المفقودين ونزح أكثر من 5000 شخص.", "missing=12 displaced=5000:more_than"),
        ("ar", "أصيب العشرات وقتل أربعة أشخاص في الانفجار.", "killed=4 wounded=12:vague"),
        ("ar", "قتل ما بين 20 و30 شخصا في الهجوم.", "killed=30:range"),
        ("hi", "मृतकों की संख्या बढ़कर 26 हो गई है, जबकि 50 लोग घायल हैं।", "killed=26 wounded=50"),
        ("hi", "कम से कम 400 लोगों को सुरक्षित स्थानों पर पहुंचाया गया और तीन लोग लापता हैं।", "missing=3"),
        ("hi", "दर्जनों लोग घायल हुए और चार लोगों की मौत हो गई।", "killed=4 wounded=12:vague"),
        ("hi", "हादसे में 10 से 15 लोगों की मौत हुई।", "killed=15:range"),
        ("es", "La cifra de fallecidos, que inicialmente era de 12, ha ascendido a 17.", "killed=17"),
        (
            "es",
            "Un total de 62 personas murieron, entre ellas 15 niños, y otras 200 resultaron heridas.",
            "killed=62 wounded=200",
        ),
        (
            "es",
            "Cientos de personas resultaron heridas y al menos 40 murieron.",
            "killed=40:at_least wounded=100:vague",
        ),
        ("es", "Las autoridades rebajaron el balance de 30 a 27 fallecidos.", "killed=27"),
        ("es", "Treinta y dos personas han muerto y un centenar han resultado heridas.", "killed=32 wounded=100:about"),
        ("fr", "Le précédent bilan faisait état de 15 morts ; il est désormais de 19.", "killed=19"),
        ("fr", "Parmi les 45 blessés, six sont dans un état grave.", "wounded=45"),
        ("fr", "Une quarantaine de personnes ont été tuées, dont 12 enfants.", "killed=40:about"),
        ("fr", "Trois policiers et un passant ont été blessés.", "wounded=4"),
        ("it", "Sono saliti a 18 i morti, tra cui quattro bambini.", "killed=18"),
        ("it", "Il numero delle vittime, inizialmente fissato a 9, è ora di 11.", "killed=11"),
        ("it", "Una cinquantina di persone sono rimaste ferite.", "wounded=50:about"),
        ("it", "Due agenti e un passante sono rimasti feriti.", "wounded=3"),
        ("pt", "O balanço oficial aponta 52 mortos, incluindo nove crianças, e 130 feridos.", "killed=52 wounded=130"),
        ("pt", "Cerca de uma centena de pessoas ficaram desalojadas.", "displaced=100:about"),
        ("pt", "Três bombeiros e um civil ficaram feridos.", "wounded=4"),
        ("de", "Unter den 28 Toten sind auch sieben Kinder.", "killed=28"),
        ("de", "Zuvor war von 20 Toten die Rede gewesen, nun sind es 24.", "killed=24"),
        ("de", "Drei Polizisten und ein Passant wurden verletzt.", "wounded=4"),
        (
            "de",
            "Mindestens 40 Menschen wurden getötet, darunter zwölf Kinder, und mehr als 100 verletzt.",
            "killed=40:at_least wounded=100:more_than",
        ),
        ("no", "Blant de 12 omkomne er fire barn.", "killed=12"),
        ("no", "Tre politifolk og en forbipasserende ble skadd.", "wounded=4"),
        ("no", "Over 50 mennesker er skadet, flere av dem alvorlig.", "wounded=50:more_than"),
        ("pl", "Wśród 25 ofiar śmiertelnych jest ośmioro dzieci.", "killed=25"),
        ("pl", "Trzech policjantów i jeden przechodzień zostali ranni.", "wounded=4"),
        ("pl", "Ponad 50 osób zostało rannych, w tym kilkoro ciężko.", "wounded=50:more_than"),
        ("tr", "Hayatını kaybedenler arasında 6 çocuk da bulunuyor; toplam ölü sayısı 31.", "killed=31"),
        ("tr", "Üç polis ve bir yoldan geçen kişi yaralandı.", "wounded=4"),
        ("tr", "Kazada 5 kişi öldü, aralarında 2 çocuk olmak üzere 14 kişi yaralandı.", "killed=5 wounded=14"),
        ("id", "Dari 40 korban tewas, 10 di antaranya anak-anak.", "killed=40"),
        ("id", "Tiga polisi dan seorang warga terluka.", "wounded=4"),
        ("id", "Korban tewas akibat banjir bertambah dari 20 menjadi 26 orang.", "killed=26"),
        ("el", "Ανάμεσα στους 30 νεκρούς είναι και οκτώ παιδιά.", "killed=30"),
        ("el", "Τρεις αστυνομικοί και ένας περαστικός τραυματίστηκαν.", "wounded=4"),
        ("el", "Ο προηγούμενος απολογισμός έκανε λόγο για 10 νεκρούς, τώρα είναι 13.", "killed=13"),
        ("ar", "من بين القتلى الـ25 ثمانية أطفال.", "killed=25"),
        ("ar", "وكانت حصيلة سابقة قد أشارت إلى 15 قتيلا قبل أن ترتفع إلى 19.", "killed=19"),
        ("hi", "मरने वालों में 8 बच्चे भी शामिल हैं, कुल 30 लोगों की मौत हुई है।", "killed=30"),
        ("hi", "तीन पुलिसकर्मी और एक राहगीर घायल हो गए।", "wounded=4"),
        ("hi", "पहले 12 लोगों की मौत की खबर थी, अब यह संख्या 16 हो गई है।", "killed=16"),
        # verb-final languages: a subset aside, an earlier figure told on
        ("bn", "হামলায় ৮ জন, যাদের মধ্যে ৫টি শিশু, নিহত হয়েছে।", "killed=8"),
        ("bn", "দুর্ঘটনায় ১২ জন, এদের মধ্যে ৪ জন নারী, নিহত হয়েছেন।", "killed=12"),
        ("tr", "Kazada 8 kişi, bunlardan 5'i çocuk, hayatını kaybetti.", "killed=8"),
        ("tr", "Depremde 40 kişi, aralarında 12 çocuk, yaralandı.", "wounded=40"),
        ("fa", "۲۰ نفر، از جمله ۵ کودک، در این حادثه زخمی شدند.", "wounded=20"),
        ("hi", "हादसे में 15 लोग, इनमें 4 महिलाएं हैं, घायल हो गए।", "wounded=15"),
        ("ko", "화재로 10명이, 이 중 소방관 2명이, 다쳤다.", "wounded=10"),
        ("ur", "حملے میں 8 افراد، جن میں پانچ بچے شامل ہیں، ہلاک ہو گئے۔", "killed=8"),
        ("ne", "दुर्घटनामा १० जना, जसमध्ये ३ बालबालिका छन्, मारिए।", "killed=10"),
        ("ja", "この事故で8人、うち子ども3人、が死亡した。", "killed=8"),
        ("tr", "Ölü sayısı önce 12 olarak açıklanmış, daha sonra 15'e yükselmişti.", "killed=15"),
        ("hi", "पहले मृतकों की संख्या 10 बताई गई थी, जो अब बढ़कर 14 हो गई है।", "killed=14"),
        ("fa", "شمار کشته‌شدگان که پیش‌تر ۲۰ نفر اعلام شده بود به ۲۵ نفر رسید.", "killed=25"),
        ("bn", "প্রথমে নিহতের সংখ্যা ১০ বলা হলেও এখন তা বেড়ে ১৪ হয়েছে।", "killed=14"),
        ("ko", "앞서 10명으로 집계됐던 사망자는 14명으로 늘었다.", "killed=14"),
        ("ja", "死者は当初10人とされていたが、14人に増えた。", "killed=14"),
        ("ne", "काठमाडौंमा बस दुर्घटना भयो, जसमा ५ जनाको मृत्यु भयो।", "killed=5"),
        # ages, dates, roads, magnitudes and kilometre posts are no counts
        ("es", "Un hombre de 45 años murió el 3 de mayo a las 14.30 horas en la calle 8.", "killed=1"),
        ("es", "El conductor, de 62 años, resultó herido leve y fue trasladado al hospital.", "wounded=1"),
        ("fr", "Un homme de 34 ans a été tué par balle samedi vers 23 heures dans le 18e arrondissement.", "killed=1"),
        ("it", "Un ragazzo di 19 anni è morto e altri 3 sono rimasti feriti sulla A14.", "killed=1 wounded=3"),
        (
            "de",
            "Ein 54-jähriger Mann kam bei dem Unfall auf der B27 ums Leben, zwei weitere wurden verletzt.",
            "killed=1 wounded=2",
        ),
        ("pt", "Um homem de 41 anos morreu e dois ficaram feridos na BR-116.", "killed=1 wounded=2"),
        ("no", "En mann i 40-årene omkom i ulykken på E6, to personer ble skadd.", "killed=1 wounded=2"),
        (
            "pl",
            "W wypadku na drodze krajowej nr 7 zginęła 23-letnia kobieta, a dwie osoby zostały ranne.",
            "killed=1 wounded=2",
        ),
        (
            "tr",
            "D-100 karayolunda meydana gelen kazada 25 yaşındaki sürücü hayatını kaybetti, 2 kişi yaralandı.",
            "killed=1 wounded=2",
        ),
        (
            "id",
            "Seorang pria berusia 50 tahun tewas dan 2 lainnya luka-luka di Jalan Tol Cipali KM 102.",
            "killed=1 wounded=2",
        ),
        ("el", "Ένας 30χρονος σκοτώθηκε και δύο άτομα τραυματίστηκαν στην εθνική οδό.", "killed=1 wounded=2"),
        (
            "ar",
            "لقي شاب يبلغ من العمر 22 عاما حتفه وأصيب اثنان آخران في حادث سير على الطريق رقم 5.",
            "killed=1 wounded=2",
        ),
        (
            "hi",
            "राष्ट्रीय राजमार्ग 48 पर हुए हादसे में दो लोगों की मौत हो गई और तीन लोग घायल हो गए।",
            "killed=2 wounded=3",
        ),
        (
            "es",
            "Cinco personas murieron en un incendio en un edificio de 12 plantas en el que vivían unas 300 personas.",
            "killed=5",
        ),
        ("fr", "L'incendie, qui a ravagé 2 000 hectares, a fait trois morts.", "killed=3"),
        ("de", "Das Feuer zerstörte 40 Häuser; drei Menschen starben.", "killed=3"),
        ("it", "Il sisma di magnitudo 6,1 ha causato 9 morti.", "killed=9"),
        ("pt", "O sismo de magnitude 7,2 fez pelo menos 30 mortos.", "killed=30:at_least"),
        ("tr", "6,8 büyüklüğündeki depremde 21 kişi öldü.", "killed=21"),
        ("id", "Gempa magnitudo 5,6 menewaskan 268 orang.", "killed=268"),
        # headlines; breakdowns with their subsets; those who had to leave their homes
        ("es", "Sube a 40 la cifra de muertos por las lluvias en Perú", "killed=40"),
        ("es", "Tiroteo en Texas: al menos 8 muertos y 7 heridos", "killed=8:at_least wounded=7"),
        ("es", "Terremoto en Turquía: los muertos superan los 5.000", "killed=5000:more_than"),
        ("fr", "Séisme au Maroc : plus de 2 000 morts, selon un nouveau bilan", "killed=2000:more_than"),
        ("fr", "Inondations : le bilan passe à 12 morts, 4 disparus", "killed=12 missing=4"),
        ("it", "Crollo a Firenze, tre operai morti e due dispersi", "killed=3 missing=2"),
        ("it", "Terremoto, sale a 290 il numero delle vittime", "killed=290"),
        ("pt", "Chuvas no RS: sobe para 100 o número de mortos", "killed=100"),
        ("pt", "Incêndio em boate deixa 232 mortos e mais de 100 feridos", "killed=232 wounded=100:more_than"),
        ("de", "Erdbeben in der Türkei: Zahl der Toten steigt auf über 20.000", "killed=20000:more_than"),
        ("de", "Busunglück in Italien: 21 Tote, darunter Kinder", "killed=21"),
        ("no", "Minst 12 døde etter jordskjelv i Tyrkia", "killed=12:at_least"),
        ("no", "Dødstallet etter brannen har steget til 9", "killed=9"),
        ("pl", "Katastrofa autobusu: nie żyje 12 osób, 30 rannych", "killed=12 wounded=30"),
        ("pl", "Trzęsienie ziemi w Turcji. Liczba ofiar przekroczyła 20 tys.", "killed=20000:more_than"),
        ("tr", "Depremde can kaybı 45 bine yükseldi", "killed=45000"),
        ("tr", "Otobüs kazası: 12 ölü, 30 yaralı", "killed=12 wounded=30"),
        ("id", "Korban meninggal gempa Cianjur bertambah jadi 310 orang", "killed=310"),
        ("id", "Banjir bandang di Sumbar, 37 orang tewas dan 17 hilang", "killed=37 missing=17"),
        ("el", "Τραγωδία στα Τέμπη: 57 οι νεκροί", "killed=57"),
        ("el", "Στους 28 οι νεκροί από τη φωτιά", "killed=28"),
        ("ar", "ارتفاع حصيلة ضحايا زلزال المغرب إلى 2946 قتيلا", "killed=2946"),
        ("ar", "مقتل 12 شخصا وإصابة 30 في انفجار ببغداد", "killed=12 wounded=30"),
        ("hi", "बस हादसे में 12 की मौत, 30 घायल", "killed=12 wounded=30"),
        ("hi", "भूकंप से मरने वालों की संख्या 300 के पार", "killed=300:more_than"),
        (
            "id",
            "Korban tewas tercatat sebanyak 12 orang, sedangkan korban luka mencapai 40 orang.",
            "killed=12 wounded=40",
        ),
        ("tr", "Kazada 12'si ağır 40 kişi yaralandı.", "wounded=40"),
        ("tr", "Yangında 3 kişi öldü, 12'si ağır olmak üzere 25 kişi yaralandı.", "killed=3 wounded=25"),
        ("el", "Τραυματίστηκαν 40 άνθρωποι, εκ των οποίων οι 5 σοβαρά.", "wounded=40"),
        ("hi", "हादसे में 20 लोग घायल हुए हैं, घायलों में 5 की हालत गंभीर है।", "wounded=20"),
        ("es", "Hay 12 muertos y heridos en el accidente.", "killed=- wounded=-"),
        ("fr", "Bilan : 7 morts, dont 2 enfants, et 15 blessés dont 3 graves.", "killed=7 wounded=15"),
        ("it", "Il bilancio è di 7 vittime, tra cui due bambini, e 15 feriti, di cui 3 gravi.", "killed=7 wounded=15"),
        ("pt", "Sete pessoas morreram, entre elas duas crianças, e 15 ficaram feridas.", "killed=7 wounded=15"),
        (
            "de",
            "Sieben Menschen starben, darunter zwei Kinder; 15 wurden verletzt, drei davon schwer.",
            "killed=7 wounded=15",
        ),
        ("no", "Sju personer omkom, blant dem to barn, og 15 ble skadd.", "killed=7 wounded=15"),
        ("pl", "Zginęło siedem osób, w tym dwoje dzieci, a 15 zostało rannych.", "killed=7 wounded=15"),
        ("ar", "قتل سبعة أشخاص بينهم طفلان وأصيب 15 آخرون بينهم ثلاثة في حالة خطيرة.", "killed=7 wounded=15"),
        (
            "es",
            "Unas 2.000 personas han sido evacuadas y 300 viviendas han quedado destruidas.",
            "displaced=2000:about",
        ),
        ("fr", "Quelque 5 000 personnes ont dû quitter leur domicile.", "displaced=5000:about"),
        ("it", "Circa 3.000 persone hanno dovuto lasciare le loro case.", "displaced=3000:about"),
        ("pt", "Cerca de 4 mil pessoas tiveram de deixar suas casas.", "displaced=4000:about"),
        ("tr", "Yaklaşık 10 bin kişi evlerini terk etmek zorunda kaldı.", "displaced=10000:about"),
        ("id", "Sekitar 2.500 warga terpaksa meninggalkan rumah mereka.", "displaced=2500:about"),
        ("pl", "Około 1500 osób musiało opuścić swoje domy.", "displaced=1500:about"),
        ("no", "Rundt 800 mennesker har måttet forlate hjemmene sine.", "displaced=800:about"),
        ("el", "Περίπου 1.000 άνθρωποι αναγκάστηκαν να εγκαταλείψουν τα σπίτια τους.", "displaced=1000:about"),
        ("hi", "करीब 5,000 लोगों को अपने घर छोड़ने पड़े।", "displaced=5000:about"),
        ("ar", "اضطر نحو 3000 شخص إلى مغادرة منازلهم.", "displaced=3000:about"),
        # guards: 'a score', 'dozens' as subjects; one verb killing and another hurting
        ("es", "Una veintena de personas resultaron heridas.", "wounded=20:about"),
        ("it", "Una decina di persone sono rimaste ferite.", "wounded=10:about"),
        ("pt", "Uma dezena de pessoas ficou ferida.", "wounded=10:about"),
        ("fr", "Une vingtaine de personnes ont été blessées.", "wounded=20:about"),
        ("no", "Titalls av mennesker ble skadet.", "wounded=12:vague"),
        ("id", "Puluhan orang tewas dalam banjir itu.", "killed=12:vague"),
        ("tr", "Onlarca kişi hayatını kaybetti.", "killed=12:vague"),
        ("pl", "Kilkanaście osób zostało rannych.", "wounded=12:vague"),
        ("de", "Mehrere Dutzend Menschen wurden verletzt.", "wounded=12:vague"),
        ("el", "Δεκάδες άνθρωποι τραυματίστηκαν.", "wounded=12:vague"),
        ("ar", "أصيب العشرات في الهجوم.", "wounded=12:vague"),
        ("hi", "दर्जनों लोग घायल हो गए।", "wounded=12:vague"),
        ("es", "Más de un centenar de personas fueron evacuadas.", "displaced=100:more_than"),
        (
            "de",
            "Bei dem Anschlag wurden 12 Menschen getötet und mindestens 50 weitere verletzt.",
            "killed=12 wounded=50:at_least",
        ),
        ("it", "L'attacco ha causato la morte di 12 persone e il ferimento di altre 50.", "killed=12 wounded=50"),
        ("fr", "L'attaque a coûté la vie à 12 personnes et en a blessé 50 autres.", "killed=12 wounded=50"),
        ("pt", "O ataque matou 12 pessoas e feriu outras 50.", "killed=12 wounded=50"),
        ("es", "El ataque mató a 12 personas e hirió a otras 50.", "killed=12 wounded=50"),
        ("tr", "Saldırı 12 kişinin ölümüne, 50 kişinin de yaralanmasına yol açtı.", "killed=12 wounded=50"),
        ("id", "Serangan itu menewaskan 12 orang dan melukai 50 lainnya.", "killed=12 wounded=50"),
        ("pl", "Atak zabił 12 osób, a 50 ranił.", "killed=12 wounded=50"),
        ("no", "Angrepet drepte 12 personer og skadet 50 andre.", "killed=12 wounded=50"),
        ("el", "Η επίθεση σκότωσε 12 ανθρώπους και τραυμάτισε άλλους 50.", "killed=12 wounded=50"),
        ("ar", "أسفر الهجوم عن مقتل 12 شخصا وإصابة 50 آخرين.", "killed=12 wounded=50"),
        ("hi", "हमले में 12 लोगों की जान चली गई और 50 अन्य घायल हो गए।", "killed=12 wounded=50"),
    ],
)
def test_held_back_wire(language: str, text: str, expected: str) -> None:
    """Wire-style reports in the held-back languages: updates, ranges, 'dozens', the dead and the hurt together,
    the missing and the displaced, subsets, an earlier figure told on in the same sentence ('metric=figure' each)."""
    main = main_incident_claims(claims(text, language))
    got = " ".join(f"{kv.split('=')[0]}={figure(pick_headline(main, kv.split('=')[0]))}" for kv in expected.split())
    assert got == expected
