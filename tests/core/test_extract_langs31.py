"""Round 30 (langs31): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon in
the languages we are measured in. Each row gives the headline killed and wounded figure with its qualifier ('-' for
none).
- a toll revised from an old figure to a new one, 'from X to Y', up or down: the headline is Y;
- one victim told as a person ('una vittima', 'une victime', 'una víctima mortal', 'ein Todesopfer'): killed 1, but
  not 'victime d'une agression' nor 'une victime grièvement blessée';
- an older disaster's toll told in the past perfect after the text's own ('l'incendie de Mati avait fait 102
  morts'), with or without its year, in an undated text: background, not the headline; reported speech in the past
  perfect ('a indiqué que 30 personnes avaient été blessées') is still the text's own;
- a count of hospitals the hurt were taken to ('trasladados a cuatro hospitales') is no count of people."""

from __future__ import annotations

import pytest

from core.headline import main_incident_claims, pick_headline
from tests.core.world_kit import claims, figure, headlines

_FROM_TO = [
    ("es", "La cifra de muertos se corrigió de 49 a 41.", "41", "-"),
    ("es", "El número de muertos subió de 12 a 19.", "19", "-"),
    ("es", "El balance de heridos pasó de 30 a 25.", "-", "25"),
    ("fr", "Le bilan a été corrigé de 49 à 41 morts.", "41", "-"),
    ("fr", "Le nombre de morts est passé de 12 à 19.", "19", "-"),
    ("de", "Die Zahl der Toten wurde von 49 auf 41 korrigiert.", "41", "-"),
    ("de", "Die Zahl der Toten stieg von 12 auf 19.", "19", "-"),
    ("it", "Il numero dei morti è stato corretto da 49 a 41.", "41", "-"),
    ("it", "Il bilancio delle vittime è salito da 12 a 19 morti.", "19", "-"),
    ("pt", "O número de mortos foi corrigido de 49 para 41.", "41", "-"),
    ("pt", "O número de mortos subiu de 12 para 19.", "19", "-"),
    ("ar", "عدلت السلطات عدد القتلى من 49 إلى 41.", "41", "-"),
    ("ar", "ارتفع عدد القتلى من 12 إلى 19.", "19", "-"),
    ("tr", "Ölü sayısı 49'dan 41'e düşürüldü.", "41", "-"),
    ("tr", "Ölü sayısı 12'den 19'a yükseldi.", "19", "-"),
    ("id", "Jumlah korban tewas direvisi dari 49 menjadi 41 orang.", "41", "-"),
    ("id", "Jumlah korban tewas naik dari 12 menjadi 19 orang.", "19", "-"),
    ("uk", "Кількість загиблих уточнили з 49 до 41.", "41", "-"),
    ("uk", "Кількість загиблих зросла з 12 до 19.", "19", "-"),
    ("ru", "Число погибших уточнили с 49 до 41.", "41", "-"),
    ("ru", "Число погибших выросло с 12 до 19.", "19", "-"),
    ("ko", "사망자 수가 49명에서 41명으로 정정됐다.", "41", "-"),
    ("ko", "사망자가 12명에서 19명으로 늘었다.", "19", "-"),
    ("zh", "死亡人数从49人下调至41人。", "41", "-"),
    ("zh", "死亡人数从12人上升至19人。", "19", "-"),
    ("ja", "死者数は49人から41人に訂正された。", "41", "-"),
    ("ja", "死者は12人から19人に増えた。", "19", "-"),
    ("bn", "মৃতের সংখ্যা ৪৯ থেকে সংশোধন করে ৪১ জন করা হয়েছে।", "41", "-"),
    ("bn", "মৃতের সংখ্যা ১২ থেকে বেড়ে ১৯ জনে দাঁড়িয়েছে।", "19", "-"),
    ("hi", "मृतकों की संख्या 49 से घटाकर 41 कर दी गई।", "41", "-"),
    ("hi", "मृतकों की संख्या 12 से बढ़कर 19 हो गई।", "19", "-"),
    ("el", "Ο αριθμός των νεκρών διορθώθηκε από 49 σε 41.", "41", "-"),
    ("el", "Ο αριθμός των νεκρών αυξήθηκε από 12 σε 19.", "19", "-"),
    ("pl", "Liczbę ofiar śmiertelnych skorygowano z 49 do 41.", "41", "-"),
    ("pl", "Liczba zabitych wzrosła z 12 do 19.", "19", "-"),
    ("no", "Dødstallet er justert ned fra 49 til 41.", "41", "-"),
    ("no", "Dødstallet har steget fra 12 til 19.", "19", "-"),
    ("es", "Protección Civil rebajó el balance de 49 a 41 muertos.", "41", "-"),
    ("es", "El balance de víctimas mortales se elevó de 12 a 19.", "19", "-"),
    ("fr", "Les autorités ont révisé le bilan de 49 à 41 morts.", "41", "-"),
    ("fr", "Le bilan est revu à la baisse, de 49 à 41 morts.", "41", "-"),
    ("fr", "Le bilan s'est alourdi de 12 à 19 morts.", "19", "-"),
    ("de", "Die Behörden korrigierten die Zahl der Todesopfer von 49 auf 41 nach unten.", "41", "-"),
    ("de", "Die Zahl der Todesopfer ist von 12 auf 19 gestiegen.", "19", "-"),
    ("it", "Le autorità hanno rivisto il bilancio da 49 a 41 morti.", "41", "-"),
    ("it", "Il bilancio delle vittime è sceso da 49 a 41.", "41", "-"),
    ("pt", "As autoridades reviram o balanço de 49 para 41 mortos.", "41", "-"),
    ("pt", "O número de vítimas mortais passou de 12 para 19.", "19", "-"),
    ("ar", "خفضت وزارة الصحة حصيلة الوفيات من 49 إلى 41 شخصا.", "41", "-"),
    ("tr", "Yetkililer ölü sayısını 49'dan 41'e düşürdü.", "41", "-"),
    ("tr", "Hayatını kaybedenlerin sayısı 12'den 19'a çıktı.", "19", "-"),
    ("id", "Polisi merevisi jumlah korban meninggal dari 49 orang menjadi 41 orang.", "41", "-"),
    ("uk", "Кількість жертв зменшили з 49 до 41 людини.", "41", "-"),
    ("ru", "Власти снизили число жертв с 49 до 41 человека.", "41", "-"),
    ("ru", "Число погибших увеличилось с 12 до 19 человек.", "19", "-"),
    ("ko", "당국은 사망자 수를 49명에서 41명으로 하향 조정했다.", "41", "-"),
    ("zh", "当局将死亡人数从49人修正为41人。", "41", "-"),
    ("zh", "遇难人数由12人升至19人。", "19", "-"),
    ("ja", "当局は死者数を49人から41人に下方修正した。", "41", "-"),
    ("bn", "নিহতের সংখ্যা ৪৯ থেকে কমিয়ে ৪১ জন করা হয়েছে।", "41", "-"),
    ("bn", "মৃতের সংখ্যা সংশোধন করে ৪৯ থেকে ৪১ করা হয়েছে।", "41", "-"),
    ("hi", "प्रशासन ने मृतकों की संख्या 49 से संशोधित कर 41 कर दी।", "41", "-"),
    ("el", "Οι αρχές αναθεώρησαν τον αριθμό των νεκρών από 49 σε 41.", "41", "-"),
    ("el", "Ο απολογισμός των νεκρών ανέβηκε από 12 σε 19.", "19", "-"),
    ("pl", "Władze zmieniły liczbę ofiar z 49 na 41.", "41", "-"),
    ("pl", "Liczba ofiar śmiertelnych wzrosła z 12 do 19 osób.", "19", "-"),
    ("no", "Politiet har nedjustert dødstallet fra 49 til 41.", "41", "-"),
    ("no", "Antall døde har økt fra 12 til 19.", "19", "-"),
    # the verb first, the count noun after the pair
    ("es", "Las autoridades corrigieron de 49 a 41 la cifra de fallecidos.", "41", "-"),
    ("es", "Sanidad elevó de 12 a 19 el número de muertos.", "19", "-"),
    ("fr", "La préfecture a corrigé de 49 à 41 le nombre de morts.", "41", "-"),
    ("fr", "Les autorités ont porté de 12 à 19 le nombre de morts.", "19", "-"),
    ("it", "La prefettura ha portato da 12 a 19 il numero delle vittime.", "19", "-"),
    ("it", "La protezione civile ha corretto da 49 a 41 il numero dei morti.", "41", "-"),
    ("pt", "As autoridades corrigiram de 49 para 41 o número de mortos.", "41", "-"),
    ("pt", "A Defesa Civil elevou de 12 para 19 o número de mortos.", "19", "-"),
    ("ca", "Les autoritats han corregit de 49 a 41 el nombre de morts.", "41", "-"),
]

_ONE_VICTIM = [
    ("it", "I soccorritori hanno confermato una vittima, una donna di 31 anni.", "1", "-"),
    ("it", "Il crollo ha causato una vittima e tre feriti.", "1", "3"),
    ("es", "Las autoridades confirmaron una víctima mortal.", "1", "-"),
    ("es", "El accidente dejó una víctima mortal y tres heridos.", "1", "3"),
    ("es", "El choque se saldó con un muerto y dos heridos.", "1", "2"),
    ("fr", "Les secours ont confirmé une victime, un homme de 54 ans.", "1", "-"),
    ("fr", "L'explosion a fait une victime et trois blessés.", "1", "3"),
    ("fr", "L'accident a fait un mort.", "1", "-"),
    ("de", "Die Polizei bestätigte ein Todesopfer.", "1", "-"),
    ("de", "Bei dem Unfall gab es ein Todesopfer und drei Verletzte.", "1", "3"),
    ("de", "Ein Mensch kam ums Leben.", "1", "-"),
    ("pt", "O acidente fez uma vítima mortal.", "1", "-"),
    ("pt", "O desabamento provocou um morto e três feridos.", "1", "3"),
    ("tr", "Kazada bir kişi hayatını kaybetti.", "1", "-"),
    ("tr", "Patlamada bir kişi öldü, üç kişi yaralandı.", "1", "3"),
    ("id", "Kecelakaan itu menelan satu korban jiwa.", "1", "-"),
    ("id", "Satu orang tewas dan tiga lainnya luka-luka.", "1", "3"),
    ("ru", "В результате взрыва погиб один человек.", "1", "-"),
    ("ru", "Один человек погиб, трое ранены.", "1", "3"),
    ("uk", "Внаслідок удару загинула одна людина.", "1", "-"),
    ("uk", "Одна людина загинула, ще троє поранені.", "1", "3"),
    ("pl", "W wypadku zginęła jedna osoba.", "1", "-"),
    ("pl", "Jedna osoba zginęła, a trzy zostały ranne.", "1", "3"),
    ("el", "Ένας άνθρωπος σκοτώθηκε στην έκρηξη.", "1", "-"),
    ("el", "Ένας νεκρός και τρεις τραυματίες από την έκρηξη.", "1", "3"),
    ("ar", "قتل شخص واحد في الانفجار.", "1", "-"),
    ("ar", "لقي شخص حتفه وأصيب ثلاثة آخرون.", "1", "3"),
    ("ko", "이번 사고로 1명이 숨지고 3명이 다쳤다.", "1", "3"),
    ("ko", "이번 사고로 한 명이 숨졌다.", "1", "-"),
    ("zh", "事故造成1人死亡、3人受伤。", "1", "3"),
    ("zh", "爆炸造成一人死亡。", "1", "-"),
    ("ja", "事故で1人が死亡し、3人がけがをした。", "1", "3"),
    ("ja", "男性1人が死亡した。", "1", "-"),
    ("bn", "দুর্ঘটনায় একজন নিহত ও তিনজন আহত হয়েছেন।", "1", "3"),
    ("bn", "বিস্ফোরণে একজন নিহত হয়েছেন।", "1", "-"),
    ("hi", "हादसे में एक व्यक्ति की मौत हो गई।", "1", "-"),
    ("hi", "हादसे में एक की मौत, तीन घायल", "1", "3"),
    ("no", "Én person omkom i ulykken.", "1", "-"),
    ("no", "En person døde og tre ble skadd.", "1", "3"),
    ("fr", "Une victime a été grièvement blessée dans l'accident.", "-", "1"),
    ("fr", "Il a été victime d'une agression.", "-", "-"),
    ("it", "Una vittima è rimasta ferita in modo grave.", "-", "1"),
    ("it", "L'uomo è stato vittima di un incidente.", "-", "-"),
    ("fr", "L'incendie a fait une victime, une femme de 80 ans.", "1", "-"),
    ("it", "Il crollo ha fatto una sola vittima.", "1", "-"),
    # a victim of a kind ('of' and a bare noun) is no death; an age after it, or a definite article, keeps it
    ("it", "La donna è stata una vittima di violenza domestica.", "-", "-"),
    ("it", "Un'altra donna, una vittima di usura, ha denunciato.", "-", "-"),
    ("fr", "Une victime d'agression a porté plainte.", "-", "-"),
    ("fr", "Une victime de harcèlement a témoigné.", "-", "-"),
    ("it", "Il crollo ha fatto una vittima del terremoto.", "1", "-"),
    ("fr", "L'explosion a fait une victime de l'usine voisine.", "1", "-"),
    ("fr", "L'explosion a fait une victime d'une cinquantaine d'années.", "1", "-"),
    ("it", "I soccorritori hanno confermato una vittima di 31 anni.", "1", "-"),
]

_OLDER_TOLL = [
    (
        "el",
        "Η πυρκαγιά στοίχισε τη ζωή σε 24 ανθρώπους. Η πυρκαγιά στο Μάτι είχε αφήσει πίσω της 102 νεκρούς.",
        "24",
        "-",
    ),
    (
        "el",
        "Η φωτιά στοίχισε τη ζωή σε 24 ανθρώπους. Το 2018, η πυρκαγιά στο Μάτι είχε αφήσει πίσω της 102 νεκρούς.",
        "24",
        "-",
    ),
    ("es", "Las llamas mataron a 24 personas. El incendio de 2018 había dejado 102 muertos.", "24", "-"),
    ("es", "El fuego causó 24 muertos. El incendio de Valparaíso había dejado 137 muertos.", "24", "-"),
    ("fr", "L'incendie a tué 24 personnes. L'incendie de Mati avait fait 102 morts.", "24", "-"),
    ("fr", "Le feu a fait 24 morts. En 2018, l'incendie de Mati avait fait 102 morts.", "24", "-"),
    ("de", "Das Feuer tötete 24 Menschen. Der Brand von Mati hatte 102 Todesopfer gefordert.", "24", "-"),
    (
        "de",
        "Bei dem Feuer starben 24 Menschen. Bei dem Brand in Mati im Jahr 2018 waren 102 Menschen ums Leben gekommen.",
        "24",
        "-",
    ),
    ("it", "L'incendio ha ucciso 24 persone. Il rogo di Mati aveva causato 102 morti.", "24", "-"),
    ("it", "Nell'incendio sono morte 24 persone. Nel 2018 l'incendio di Mati aveva fatto 102 vittime.", "24", "-"),
    ("pt", "O incêndio matou 24 pessoas. O incêndio de Pedrógão Grande tinha feito 66 mortos.", "24", "-"),
    ("pt", "O fogo matou 24 pessoas. Em 2017, o incêndio de Pedrógão Grande havia matado 66 pessoas.", "24", "-"),
    ("tr", "Yangında 24 kişi öldü. Mati'deki yangında 102 kişi hayatını kaybetmişti.", "24", "-"),
    ("no", "Brannen har krevd 24 menneskeliv. Brannen i Mati hadde krevd 102 menneskeliv.", "24", "-"),
    ("no", "24 personer omkom i brannen. I 2018 hadde brannen i Mati tatt livet av 102 mennesker.", "24", "-"),
    ("pl", "W pożarze zginęły 24 osoby. Pożar w Mati pochłonął wcześniej 102 ofiary.", "24", "-"),
    ("ru", "При пожаре погибли 24 человека. Пожар в Мати в 2018 году унёс жизни 102 человек.", "24", "-"),
    ("uk", "Унаслідок пожежі загинули 24 людини. Пожежа в Маті у 2018 році забрала життя 102 людей.", "24", "-"),
    ("ar", "أودى الحريق بحياة 24 شخصا. وكان حريق ماتي قد أودى بحياة 102 شخص.", "24", "-"),
    ("id", "Kebakaran itu menewaskan 24 orang. Kebakaran di Mati pada 2018 menewaskan 102 orang.", "24", "-"),
    ("ko", "이번 화재로 24명이 숨졌다. 2018년 마티 화재 때는 102명이 숨졌었다.", "24", "-"),
    ("ja", "火災で24人が死亡した。2018年のマティの火災では102人が死亡していた。", "24", "-"),
    ("zh", "火灾造成24人死亡。2018年马蒂火灾曾造成102人死亡。", "24", "-"),
    ("fr", "Le feu a fait 24 morts. Le préfet a indiqué que 30 personnes avaient été blessées.", "24", "30"),
    ("fr", "Le feu a fait 24 morts. Trente personnes avaient été blessées.", "24", "30"),
    (
        "es",
        "El fuego causó 24 muertos. Los bomberos informaron de que 30 personas habían resultado heridas.",
        "24",
        "30",
    ),
    ("es", "El accidente dejó 3 muertos. La policía dijo que habían muerto 5 personas.", "5", "-"),
    # no year: the double past (ko), 'once caused' (zh)
    ("ko", "이번 화재로 24명이 숨졌다. 마티 화재 때는 102명이 숨졌었다.", "24", "-"),
    ("zh", "火灾造成24人死亡。马蒂火灾曾造成102人死亡。", "24", "-"),
    ("ca", "L'incendi ha matat 24 persones. L'incendi de Mati havia causat 102 morts.", "24", "-"),
    ("zh", "火灾造成24人死亡。消防部门表示，另有30人受伤。", "24", "30"),
    # the text's own update in a clause of its own beside the past perfect; a relative clause of the older event
    (
        "fr",
        "Un incendie a tué 24 personnes. Le bilan s'est alourdi à 30 morts, "
        "alors que les secours avaient d'abord compté 24 morts.",
        "30",
        "-",
    ),
    (
        "es",
        "Un incendio mató a 24 personas. El balance se elevó a 30 muertos, "
        "mientras que los bomberos habían contado 24 al principio.",
        "30",
        "-",
    ),
    (
        "it",
        "Un incendio ha ucciso 24 persone. Il bilancio è salito a 30 morti, "
        "mentre i soccorritori avevano contato 24 vittime.",
        "30",
        "-",
    ),
    (
        "fr",
        "Un incendie a tué 24 personnes. C'est le plus meurtrier depuis celui de Mati, qui avait fait 102 morts.",
        "24",
        "-",
    ),
    ("es", "Un incendio mató a 24 personas. Es el peor desde el de 2018, que había dejado 102 muertos.", "24", "-"),
]

_HOSPITALS = [
    ("es", "Los heridos fueron trasladados a cuatro hospitales.", "-", "-"),
    ("es", "Doce personas resultaron heridas y fueron trasladadas a cuatro hospitales de la zona.", "-", "12"),
    ("de", "Die Verletzten wurden in drei Krankenhäuser gebracht.", "-", "-"),
    ("de", "Zwölf Menschen wurden verletzt und in drei Krankenhäuser gebracht.", "-", "12"),
    ("fr", "Les blessés ont été transportés vers quatre hôpitaux.", "-", "-"),
    ("fr", "Douze personnes ont été blessées et transportées dans quatre hôpitaux.", "-", "12"),
    ("it", "I feriti sono stati trasportati in quattro ospedali.", "-", "-"),
    ("it", "Dodici persone sono rimaste ferite e sono state portate in quattro ospedali.", "-", "12"),
    ("pt", "Os feridos foram levados para quatro hospitais.", "-", "-"),
    ("pt", "Doze pessoas ficaram feridas e foram levadas para quatro hospitais.", "-", "12"),
    ("tr", "Yaralılar dört hastaneye kaldırıldı.", "-", "-"),
    ("tr", "Yaralanan 12 kişi dört farklı hastaneye kaldırıldı.", "-", "12"),
    ("id", "Para korban luka dibawa ke empat rumah sakit.", "-", "-"),
    ("ru", "Пострадавших доставили в четыре больницы.", "-", "-"),
    ("ru", "Двенадцать раненых доставили в четыре больницы.", "-", "12"),
    ("uk", "Поранених доставили до чотирьох лікарень.", "-", "-"),
    ("pl", "Rannych przewieziono do czterech szpitali.", "-", "-"),
    ("pl", "Dwanaście osób zostało rannych i trafiło do czterech szpitali.", "-", "12"),
    ("el", "Οι τραυματίες μεταφέρθηκαν σε τέσσερα νοσοκομεία.", "-", "-"),
    ("ar", "نقل الجرحى إلى أربعة مستشفيات.", "-", "-"),
    ("ar", "نقل 12 جريحا إلى أربعة مستشفيات.", "-", "12"),
    ("ko", "부상자들은 병원 4곳으로 이송됐다.", "-", "-"),
    ("zh", "伤者被送往4家医院。", "-", "-"),
    ("zh", "12名伤者被送往4家医院救治。", "-", "12"),
    ("ja", "負傷者は4つの病院に搬送された。", "-", "-"),
    ("ja", "けが人12人が4つの病院に搬送された。", "-", "12"),
    ("hi", "घायलों को चार अस्पतालों में ले जाया गया।", "-", "-"),
    ("bn", "আহতদের চারটি হাসপাতালে নেওয়া হয়েছে।", "-", "-"),
    ("no", "De skadde ble fraktet til fire sykehus.", "-", "-"),
    ("no", "Tolv personer ble skadd og fraktet til fire ulike sykehus.", "-", "12"),
    # hospital staff are people
    ("tr", "Saldırıda 3 hastane çalışanı hayatını kaybetti.", "3", "-"),
    ("hi", "हमले में 3 अस्पताल कर्मियों की मौत हो गई।", "3", "-"),
    ("pl", "W ataku zginęło 3 szpitalnych pracowników.", "3", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _FROM_TO)
def test_a_toll_revised_from_one_figure_to_another(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ONE_VICTIM)
def test_one_victim_told_as_a_person(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("it", "Frana a Ischia, una vittima e 12 dispersi"),
        ("fr", "Glissement de terrain : une victime et 12 disparus"),
    ],
)
def test_one_victim_beside_the_missing(language: str, title: str) -> None:
    """The victim is one dead, and the missing are their own twelve, never thirteen."""
    main = main_incident_claims(claims(title, language))
    assert (figure(pick_headline(main, "killed")), figure(pick_headline(main, "missing"))) == ("1", "12")


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _OLDER_TOLL)
def test_an_older_toll_in_the_past_perfect(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _HOSPITALS)
def test_a_count_of_hospitals(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
