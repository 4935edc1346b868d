"""Mini reports of our own in the reporters' own languages, as an outlet writes them: two or three sentences with
the figures, their parts, the missing and the injured still in hospital, and the numbers that are no count (ages,
magnitudes, hours, dates, houses, villages); a few more deaths added to a toll are no toll, the toll they bring is."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_CASES = ("language", "text", "killed", "wounded")


@pytest.mark.parametrize(
    _CASES,
    [
        ('el', 'Σεισμός 6,1 Ρίχτερ στην Κρήτη. Τουλάχιστον 23 άνθρωποι έχασαν τη ζωή τους και 41 '
               'τραυματίστηκαν, σύμφωνα με την πυροσβεστική.', '23:at_least', '41'),
        ('el', 'Τραγωδία στα Τέμπη: ο αριθμός των νεκρών από τη σύγκρουση των τρένων ανήλθε σε 57, '
               'ανακοίνωσε η πυροσβεστική. Αγνοούνται ακόμη 5 επιβάτες.', '57', '-'),
        ('el', 'Δώδεκα νεκροί και 85 τραυματίες από τη φωτιά στο λιμάνι. Οι 20 από τους τραυματίες '
               'νοσηλεύονται σε σοβαρή κατάσταση.', '12', '85'),
        ('el', 'Τέσσερις νεκροί από τις πλημμύρες στη Θεσσαλία. Δύο άνθρωποι αγνοούνται.', '4', '-'),
        ('hi', 'मुंबई में इमारत गिरी। हादसे में 12 लोगों की मौत हो गई और 30 लोग घायल हुए हैं। '
               'घायलों में से 5 की हालत गंभीर बताई जा रही है।', '12', '30'),
        ('hi', 'हाथरस में सत्संग के दौरान भगदड़ मचने से कम से कम 121 लोगों की मौत हो गई। पुलिस ने '
               'बताया कि मृतकों में ज्यादातर महिलाएं और बच्चे हैं।', '121:at_least', '-'),
        ('hi', 'ट्रेन हादसे में मरने वालों की संख्या बढ़कर 40 हो गई है। इससे पहले 28 लोगों की मौत '
               'की पुष्टि हुई थी।', '40', '-'),
        ('hi', 'दिल्ली में आग लगने से सात लोगों की मौत हो गई जबकि 25 अन्य घायल हो गए।', '7', '25'),
        ('hi', 'बारिश के कारण मकान ढहने से 3 लोगों की मौत हो गई, जबकि 4 लोग लापता हैं।', '3', '-'),
        ('no', 'To personer omkom og 14 ble skadd da en buss kjørte av veien i Hallingdal søndag. '
               'Politiet opplyser at fire av de skadde er alvorlig skadd.', '2', '14'),
        ('no', 'Terrorangrepet 22. juli 2011 kostet 77 mennesker livet.', '77', '-'),
        ('no', 'Minst ni personer har omkommet etter jordskredet i Gjerdrum, opplyser politiet. '
               'Sju personer er fortsatt savnet.', '9:at_least', '-'),
        ('pl', 'W wypadku autobusu pod Krakowem zginęło 5 osób, a 12 zostało rannych. Trzy osoby '
               'są w stanie ciężkim.', '5', '12'),
        ('pl', 'Co najmniej 22 osoby zginęły w powodzi na południu kraju. Wcześniej służby '
               'informowały o 16 ofiarach.', '22:at_least', '-'),
        ('pl', 'Liczba ofiar śmiertelnych eksplozji wzrosła do ośmiu, poinformowała policja.', '8', '-'),
        ('pl', 'Trzy osoby nie żyją, a dwadzieścia zostało rannych po zawaleniu się dachu hali.', '3', '20'),
        ('pl', 'W zderzeniu pociągów rannych zostało 40 osób, w tym 6 ciężko.', '-', '40'),
        ('pt', 'Chuvas no Rio Grande do Sul: número de mortos sobe para 33. Outras 60 pessoas '
               'continuam desaparecidas.', '33', '-'),
        ('pt', 'Pelo menos 40 pessoas morreram e mais de 100 ficaram feridas num incêndio em '
               'Lisboa.', '40:at_least', '100:more_than'),
        ('pt', 'Doze pessoas morreram no desabamento de um prédio em São Paulo. Em 2018, o '
               'desabamento do edifício Wilton Paes de Almeida matou 7 pessoas.', '12', '-'),
        ('pt', 'O acidente com o autocarro provocou dois mortos e 15 feridos, três deles graves, '
               'segundo a Proteção Civil.', '2', '15'),
        ('pt', 'Explosão em fábrica deixa 22 feridos, quatro em estado grave.', '-', '22'),
        ('it', 'Crollo di una palazzina a Napoli: tre morti e dodici feriti, di cui quattro gravi.', '3', '12'),
        ('fr', "Un car scolaire s'est renversé : deux morts et dix-sept blessés, dont cinq en "
               'urgence absolue.', '2', '17'),
        ('fr', "Un car s'est renversé : 5 blessés en urgence absolue et 12 en urgence relative.", '-', '17'),
        ('de', 'Vier Tote bei Lawinenabgang in Tirol. Seit Beginn des Winters sind in Österreich '
               'damit 21 Menschen in Lawinen gestorben.', '4', '-'),
        ('de', 'Zwei Tote und 31 Verletzte, darunter sieben Schwerverletzte: Das ist die Bilanz '
               'des Zugunglücks.', '2', '31'),
        ('de', 'Bei dem Unfall gab es 4 Schwerverletzte und 15 Leichtverletzte.', '-', '19'),
        # shot or stabbed dead: the dead; shot and hurt ('angeschossen') is no death
        ('de', 'Ein Mann hat in der Nacht fünf Menschen erschossen und zwei weitere verletzt.', '5', '2'),
        ('de', 'Bei dem Angriff wurden drei Menschen erstochen.', '3', '-'),
        ('tr', "İzmir'de otobüs kazası: 4 kişi hayatını kaybetti, 26 kişi yaralandı. Yaralılardan "
               "3'ünün durumunun ağır olduğu bildirildi.", '4', '26'),
        ('tr', "Patlamada 5'i ağır 30'u hafif 35 kişi yaralandı.", '-', '35'),
        ('id', 'Tujuh orang tewas dan tiga lainnya hilang akibat banjir bandang di Sumatera Barat.', '7', '-'),
        ('id', 'Korban luka-luka sebanyak 27 orang, 5 di antaranya luka berat.', '-', '27'),
        ('ar', 'قتل 15 شخصا وأصيب 40 آخرون بجروح، بينهم 6 في حالة حرجة، في انفجار بالعاصمة.', '15', '40'),
        ('ar', 'أصيب 52 شخصا بجروح متفاوتة، بينهم 7 إصاباتهم خطيرة.', '-', '52'),
    ],
)  # fmt: skip
def test_mini_reports(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('el', 'Σεισμός 5,8 Ρίχτερ σημειώθηκε στις 3:45 το πρωί της 12ης Μαρτίου. Δεκατέσσερις '
               'άνθρωποι σκοτώθηκαν, ανάμεσά τους 3 παιδιά, ενώ 120 κτίρια υπέστησαν ζημιές σε 4 '
               'χωριά.', '14', '-'),
        ('el', 'Ένας 45χρονος και η 40χρονη σύζυγός του ήταν μεταξύ των 6 νεκρών της πυρκαγιάς.', '6', '-'),
        ('hi', 'उत्तराखंड में 5.4 तीव्रता का भूकंप आया। 18 लोगों की मौत हुई है, जिनमें 6 बच्चे '
               'शामिल हैं। 300 से ज्यादा घर क्षतिग्रस्त हो गए।', '18', '-'),
        ('hi', 'गुजरात के 3 जिलों में तूफान से 45 लोग घायल हो गए। 1,200 पेड़ उखड़ गए।', '-', '45'),
        ('no', 'Et jordskjelv med styrke 6,2 rammet området klokken 04.30. Elleve mennesker omkom, '
               'blant dem tre barn, og 200 hus ble ødelagt.', '11', '-'),
        ('no', 'En 34 år gammel mann og to kvinner i 50-årene omkom i ulykken på E6.', '2', '-'),
        ('pl', 'Trzęsienie ziemi o sile 6,4 nawiedziło region o godzinie 5:20. Zginęło 16 osób, w '
               'tym czworo dzieci. Zniszczonych zostało 300 domów w 12 wsiach.', '16', '-'),
        ('pl', 'W wypadku zginęli 45-letni kierowca i jego 12-letni syn.', '-', '-'),
        ('pt', 'Um sismo de magnitude 6,8 atingiu a região às 23h10 de 8 de setembro. Pelo menos '
               '27 pessoas morreram, entre elas 5 crianças. Mais de 2.000 casas foram destruídas '
               'em 15 municípios.', '27:at_least', '-'),
        ('pt', 'Um sismo de magnitude 6,8 atingiu a região às 23h10 de 8 de setembro. Pelo menos '
               '27 pessoas morreram, entre elas 5 crianças.', '27:at_least', '-'),
        ('id', 'Gempa bermagnitudo 6,2 mengguncang Cianjur pukul 13.21 WIB. Sebanyak 32 orang '
               'tewas, termasuk 10 anak-anak, dan 2.345 rumah rusak di 12 kecamatan.', '32', '-'),
        ('id', 'Banjir merendam 4 desa di Kabupaten Bekasi pada 3 Januari. Sembilan warga '
               'meninggal dunia, dua di antaranya balita.', '9', '-'),
        ('tr', "Malatya'da 5,6 büyüklüğünde deprem meydana geldi. Saat 04.17'de meydana gelen "
               'depremde 24 kişi hayatını kaybetti, 3 bina yıkıldı.', '24', '-'),
        ('tr', 'Kazada 45 yaşındaki sürücü ile birlikte 6 kişi öldü.', '6', '-'),
        ('ar', 'ضرب زلزال بقوة 6,3 درجات المنطقة في الساعة الثالثة فجرا. وقتل 31 شخصا بينهم 8 '
               'أطفال، وانهار 150 منزلا في 5 قرى.', '31', '-'),
        ('ar', 'قتل 9 أشخاص بينهم طفل يبلغ من العمر 12 عاما في الغارة.', '9', '-'),
        ('de', 'Das Beben der Stärke 6,0 ereignete sich um 2.40 Uhr. 19 Menschen kamen ums Leben, '
               'darunter 5 Kinder. In 7 Dörfern wurden 400 Häuser zerstört.', '19', '-'),
        ('it', 'Il terremoto di magnitudo 5,9 ha colpito alle 3:36. Otto persone sono morte, tra '
               'cui un bambino di 4 anni. Crollate 60 case in 3 comuni.', '8', '-'),
        ('es', 'Un sismo de magnitud 6,1 sacudió la región a las 4:20 del 3 de marzo. Once '
               'personas murieron, entre ellas 4 menores, y 250 viviendas quedaron dañadas en 8 '
               'municipios.', '11', '-'),
        ('fr', 'Un séisme de magnitude 5,9 a frappé la région à 4h20 le 3 mars. Treize personnes '
               'sont mortes, dont 4 enfants, et 250 maisons ont été endommagées dans 8 communes.', '13', '-'),
        # how often, not how many: "some bodies had been counted twice"
        ('hi', 'कुछ शवों की गिनती दो बार हो गई थी।', '-', '-'),
        ('es', 'Algunos cuerpos fueron contados dos veces.', '-', '-'),
    ],
)  # fmt: skip
def test_numbers_that_are_no_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('es', 'Cinco personas más murieron este martes en el hospital, con lo que el balance '
               'total asciende a 15.', '15', '-'),
        ('fr', "Cinq nouvelles victimes sont décédées à l'hôpital, portant le bilan à 15 morts.", '15', '-'),
        ('de', 'Fünf weitere Menschen starben im Krankenhaus. Damit stieg die Zahl der Toten auf 15.', '15', '-'),
        ('id', 'Lima korban lagi meninggal di rumah sakit sehingga total korban tewas menjadi 15 orang.', '15', '-'),
        ('tr', "Hastanede 5 kişi daha hayatını kaybetti. Böylece ölü sayısı 15'e yükseldi.", '15', '-'),
        ('pt', 'Mais cinco pessoas morreram no hospital, elevando para 15 o número de mortos.', '15', '-'),
        ('pl', 'W szpitalu zmarło pięć kolejnych osób. Liczba ofiar wzrosła tym samym do 15.', '15', '-'),
        ('el', 'Πέντε ακόμη άνθρωποι πέθαναν στο νοσοκομείο, ανεβάζοντας τον αριθμό των νεκρών σε 15.', '15', '-'),
        ('no', 'Ytterligere fem personer døde på sykehuset. Dermed har dødstallet steget til 15.', '15', '-'),
        ('hi', 'अस्पताल में 5 और लोगों की मौत हो गई, जिससे मृतकों की संख्या बढ़कर 15 हो गई।', '15', '-'),
        ('ar', 'توفي 5 أشخاص آخرين في المستشفى، ليرتفع عدد القتلى إلى 15.', '15', '-'),
        ('it', 'Altre cinque persone sono morte in ospedale: il bilancio sale così a 15 vittime.', '15', '-'),
    ],
)  # fmt: skip
def test_more_deaths_bring_the_toll_they_bring(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('es', 'El sismo dejó 8 víctimas fatales en la región.', '8', '-'),
        ('es', 'Ocho personas perdieron la vida en el accidente.', '8', '-'),
        ('es', 'El accidente cobró la vida de 8 personas.', '8', '-'),
        ('es', 'Se registraron 8 decesos tras el derrumbe.', '8', '-'),
        ('es', 'Los rescatistas recuperaron 8 cuerpos sin vida.', '8', '-'),
        ('es', 'Ocho personas resultaron lesionadas en el choque.', '-', '8'),
        ('fr', "Huit personnes ont péri dans l'incendie.", '8', '-'),
        ('fr', "Huit personnes ont trouvé la mort dans l'accident.", '8', '-'),
        ('fr', "L'accident a coûté la vie à 8 personnes.", '8', '-'),
        ('fr', "L'explosion a fait 8 victimes.", '8', '-'),
        ('fr', 'On déplore 8 décès.', '8', '-'),
        ('fr', "Huit personnes ont été hospitalisées après l'explosion.", '-', '8'),
        ('de', 'Acht Menschen kamen bei dem Unglück ums Leben.', '8', '-'),
        ('de', 'Das Unglück forderte acht Todesopfer.', '8', '-'),
        ('de', 'Bei dem Unfall starben acht Menschen.', '8', '-'),
        ('de', 'Acht Menschen wurden getötet.', '8', '-'),
        ('de', 'Acht Menschen verloren ihr Leben.', '8', '-'),
        ('de', 'Acht Menschen erlitten Verletzungen.', '-', '8'),
        ('it', "Otto persone hanno perso la vita nell'incidente.", '8', '-'),
        ('it', "L'incidente ha causato la morte di 8 persone.", '8', '-'),
        ('it', 'Sono 8 le vittime del crollo.', '8', '-'),
        ('it', 'Otto persone sono decedute.', '8', '-'),
        ('it', "Otto persone sono rimaste uccise nell'esplosione.", '8', '-'),
        ('it', "Otto persone sono state ferite nell'esplosione.", '-', '8'),
        ('pt', 'Oito pessoas perderam a vida no acidente.', '8', '-'),
        ('pt', 'O acidente causou a morte de 8 pessoas.', '8', '-'),
        ('pt', 'O acidente fez 8 vítimas mortais.', '8', '-'),
        ('pt', 'Oito pessoas morreram no acidente.', '8', '-'),
        ('pt', 'O incêndio matou oito pessoas.', '8', '-'),
        ('pt', 'Oito pessoas ficaram feridas no acidente.', '-', '8'),
        ('pt', 'O acidente deixou oito feridos.', '-', '8'),
        ('pl', 'W wypadku zginęło osiem osób.', '8', '-'),
        ('pl', 'Osiem osób poniosło śmierć na miejscu.', '8', '-'),
        ('pl', 'Nie żyje osiem osób.', '8', '-'),
        ('pl', 'W pożarze śmierć poniosło 8 osób.', '8', '-'),
        ('pl', 'Ośmiu górników zmarło w szpitalu.', '8', '-'),
        ('pl', 'Osiem osób zostało rannych.', '-', '8'),
        ('pl', 'Osiem osób odniosło obrażenia.', '-', '8'),
        ('pl', 'Poszkodowanych zostało 8 osób.', '-', '8'),
        ('el', 'Οκτώ άνθρωποι έχασαν τη ζωή τους.', '8', '-'),
        ('el', 'Οκτώ άνθρωποι σκοτώθηκαν στο τροχαίο.', '8', '-'),
        ('el', 'Οκτώ νεκροί από την έκρηξη.', '8', '-'),
        ('el', 'Οκτώ άνθρωποι πέθαναν από τη φωτιά.', '8', '-'),
        ('el', 'Βρέθηκαν 8 σοροί στα συντρίμμια.', '8', '-'),
        ('el', 'Οκτώ άνθρωποι τραυματίστηκαν.', '-', '8'),
        ('el', 'Οκτώ άνθρωποι μεταφέρθηκαν στο νοσοκομείο.', '-', '8'),
        ('el', 'Οκτώ τραυματίες νοσηλεύονται.', '-', '8'),
        ('no', 'Åtte personer omkom i ulykken.', '8', '-'),
        ('no', 'Åtte mennesker mistet livet.', '8', '-'),
        ('no', 'Åtte personer døde i brannen.', '8', '-'),
        ('no', 'Åtte personer ble drept i angrepet.', '8', '-'),
        ('no', 'Ulykken krevde åtte menneskeliv.', '8', '-'),
        ('no', 'Åtte personer ble skadet.', '-', '8'),
        ('no', 'Åtte personer ble fraktet til sykehus.', '-', '8'),
        ('no', 'Åtte personer ble sendt til sykehus.', '-', '8'),
        ('hi', 'हादसे में आठ लोगों की मौत हो गई।', '8', '-'),
        ('hi', 'हादसे में 8 लोगों की जान चली गई।', '8', '-'),
        ('hi', 'हादसे में 8 लोग मारे गए।', '8', '-'),
        ('hi', 'हादसे में 8 लोगों ने दम तोड़ दिया।', '8', '-'),
        ('hi', 'हादसे में 8 लोगों की मृत्यु हो गई।', '8', '-'),
        ('hi', 'हादसे में 8 लोग जख्मी हो गए।', '-', '8'),
        ('hi', 'हादसे में 8 लोग घायल हुए।', '-', '8'),
        ('tr', 'Kazada 8 kişi hayatını kaybetti.', '8', '-'),
        ('tr', 'Kazada 8 kişi öldü.', '8', '-'),
        ('tr', 'Kazada 8 kişi can verdi.', '8', '-'),
        ('tr', 'Patlamada 8 kişi yaşamını yitirdi.', '8', '-'),
        ('tr', 'Kazada 8 kişi hayatını kaybederken 12 kişi yaralandı.', '8', '12'),
        ('tr', 'Kazada 8 kişi yaralandı.', '-', '8'),
        ('id', 'Delapan orang meninggal dunia dalam kecelakaan itu.', '8', '-'),
        ('id', 'Kecelakaan itu menewaskan 8 orang.', '8', '-'),
        ('id', 'Delapan orang tewas.', '8', '-'),
        ('id', 'Delapan korban jiwa dilaporkan.', '8', '-'),
        ('id', 'Delapan orang mengalami luka-luka.', '-', '8'),
        ('id', 'Kecelakaan itu melukai 8 orang.', '-', '8'),
        ('ar', 'لقي 8 أشخاص حتفهم في الحادث.', '8', '-'),
        ('ar', 'توفي 8 أشخاص في الحادث.', '8', '-'),
        ('ar', 'أسفر الحادث عن مقتل 8 أشخاص.', '8', '-'),
        ('ar', 'أسفر الحادث عن وفاة 8 أشخاص.', '8', '-'),
        ('ar', 'استشهد 8 فلسطينيين في القصف.', '8', '-'),
        ('ar', 'أسفر الحادث عن إصابة 8 أشخاص.', '-', '8'),
        ('ar', 'أصيب 8 أشخاص بجروح.', '-', '8'),
    ],
)  # fmt: skip
def test_ways_of_telling_the_dead_and_the_injured(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('tr', 'Kazada 12 yolcu öldü.', '12', '-'),
        ('tr', 'Saldırıda 12 asker şehit oldu.', '12', '-'),
        ('tr', 'Yangında 12 işçi hayatını kaybetti.', '12', '-'),
        ('tr', 'Selde 12 çocuk öldü.', '12', '-'),
        ('tr', 'Patlamada 12 polis yaralandı.', '-', '12'),
        ('pl', 'W katastrofie zginęło 12 pasażerów.', '12', '-'),
        ('pl', 'W ataku zginęło 12 żołnierzy.', '12', '-'),
        ('pl', 'W kopalni zginęło 12 górników.', '12', '-'),
        ('pl', 'W wypadku zginęło 12 turystów.', '12', '-'),
        ('pl', 'Rannych zostało 12 policjantów.', '-', '12'),
        ('el', 'Σκοτώθηκαν 12 επιβάτες.', '12', '-'),
        ('el', 'Σκοτώθηκαν 12 στρατιώτες στην ενέδρα.', '12', '-'),
        ('el', 'Πνίγηκαν 12 μετανάστες στο ναυάγιο.', '12', '-'),
        ('el', 'Τραυματίστηκαν 12 εργάτες.', '-', '12'),
        ('hi', 'हादसे में 12 यात्रियों की मौत हो गई।', '12', '-'),
        ('hi', 'हमले में 12 जवान शहीद हो गए।', '12', '-'),
        ('hi', 'बाढ़ में 12 बच्चों की मौत हो गई।', '12', '-'),
        ('hi', 'विस्फोट में 12 मजदूर घायल हो गए।', '-', '12'),
        ('id', 'Sebanyak 12 penumpang tewas dalam kecelakaan itu.', '12', '-'),
        ('id', 'Serangan itu menewaskan 12 prajurit.', '12', '-'),
        ('id', 'Sebanyak 12 warga meninggal dunia akibat longsor.', '12', '-'),
        ('id', 'Sebanyak 12 pekerja luka-luka.', '-', '12'),
        ('ar', 'قتل 12 جنديا في الهجوم.', '12', '-'),
        ('ar', 'استشهد 12 طفلا في القصف.', '12', '-'),
        ('ar', 'قتل 12 مدنيا في الغارة.', '12', '-'),
        ('ar', 'أصيب 12 عاملا في الانفجار.', '-', '12'),
        ('no', '12 passasjerer omkom i ulykken.', '12', '-'),
        ('no', '12 soldater ble drept i angrepet.', '12', '-'),
        ('no', '12 barn omkom i brannen.', '12', '-'),
        ('no', '12 arbeidere ble skadd.', '-', '12'),
        ('pt', 'Morreram 12 passageiros no acidente.', '12', '-'),
        ('pt', 'O ataque matou 12 soldados.', '12', '-'),
        ('pt', 'Morreram 12 crianças no incêndio.', '12', '-'),
        ('pt', 'Ficaram feridos 12 trabalhadores.', '-', '12'),
        ('es', 'Murieron 12 pasajeros en el accidente.', '12', '-'),
        ('es', 'El ataque mató a 12 soldados.', '12', '-'),
        ('fr', "12 soldats ont été tués dans l'embuscade.", '12', '-'),
        ('fr', "L'attaque a tué 12 civils.", '12', '-'),
        ('it', 'Sono morti 12 passeggeri.', '12', '-'),
        ('it', "L'attacco ha ucciso 12 soldati.", '12', '-'),
        ('de', '12 Soldaten wurden getötet.', '12', '-'),
        ('de', 'Bei dem Angriff starben 12 Zivilisten.', '12', '-'),
        ('el', 'Νεκροί είναι 12 άνθρωποι.', '12', '-'),
        ('hi', '12 लोगों की मौत।', '12', '-'),
        ('es', 'Doce migrantes murieron ahogados frente a la costa.', '12', '-'),
        ('fr', 'Douze migrants se sont noyés au large de la côte.', '12', '-'),
        ('de', 'Zwölf Migranten sind vor der Küste ertrunken.', '12', '-'),
        ('it', 'Dodici migranti sono annegati al largo della costa.', '12', '-'),
        ('pt', 'Doze migrantes morreram afogados.', '12', '-'),
        ('tr', 'Teknenin batması sonucu 12 göçmen boğularak hayatını kaybetti.', '12', '-'),
        ('pl', 'U wybrzeży utonęło 12 migrantów.', '12', '-'),
        ('no', 'Tolv migranter druknet utenfor kysten.', '12', '-'),
        ('ar', 'قتل 12 عاملا في الانفجار.', '12', '-'),
        ('ar', 'انهار مبنى عمره 12 عام في المدينة.', '-', '-'),
    ],
)  # fmt: skip
def test_the_dead_and_injured_named_by_who_they_were(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ("id", "Sebanyak 12 jamaah tewas dalam kecelakaan bus itu.", "12", "-"),
        ("tr", "Huzurevindeki yangında 12 yaşlı hayatını kaybetti.", "12", "-"),
        ("tr", "Kazada 45 yaşındaki sürücü öldü.", "1", "-"),  # the age no count; the driver, one dead
        ("id", "Kebakaran terjadi selama 12 jam di pasar itu, tidak ada korban tewas.", "0", "-"),
    ],
)
def test_people_whose_word_begins_like_a_unit_are_counted(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ("es", "Según el último balance, el número de víctimas mortales se ha elevado a 212, de las cuales 183 ya han "
               "sido identificadas.", "212", "-"),
        ("es", "Murieron 30 personas, de las cuales 12 eran niños.", "30", "-"),
        ("it", "L'incidente ha causato 14 feriti, di cui 4 gravi.", "-", "14"),
        ("pt", "O acidente deixou 19 feridos, dos quais 4 em estado grave.", "-", "19"),
        ("es", "El choque dejó 26 heridos, 9 de ellos graves.", "-", "26"),
    ],
)  # fmt: skip
def test_a_comma_before_of_whom_opens_the_part_that_follows(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('es', 'La Cruz Roja informó de 17 personas fallecidas. Cuatro terroristas han muerto en '
               'el asalto.', '17', '-'),
        ('fr', "L'attaque a fait 35 morts. Trois kamikazes sont morts dans les explosions.", '35', '-'),
        ('de', 'Bei dem Anschlag starben zwölf Menschen. Auch die drei Angreifer wurden getötet.', '12', '-'),
        ('it', "L'attentato ha causato 20 morti. Anche i due attentatori sono morti.", '20', '-'),
        ('pt', 'O ataque matou 20 pessoas. Os 3 atacantes também morreram.', '20', '-'),
        ('tr', 'Saldırıda 20 kişi öldü. 2 saldırgan da etkisiz hale getirildi, 2 terörist öldürüldü.', '20', '-'),
        ('id', 'Serangan itu menewaskan 20 orang. Dua pelaku juga tewas.', '20', '-'),
        ('pl', 'W zamachu zginęło 20 osób. Zginęło też dwóch zamachowców.', '20', '-'),
        ('el', 'Στην επίθεση σκοτώθηκαν 20 άνθρωποι. Σκοτώθηκαν επίσης 2 δράστες.', '20', '-'),
        ('no', '20 personer ble drept i angrepet. To gjerningsmenn ble også drept.', '20', '-'),
        ('hi', 'हमले में 20 लोगों की मौत हो गई। सुरक्षा बलों ने 3 आतंकवादियों को मार गिराया।', '20', '-'),
        ('ar', 'قتل 20 شخصا في الهجوم. كما قتل 3 مسلحين في الاشتباك.', '20', '-'),
        ('ar', 'قتل 5 مسلحين في اشتباك مع الجيش.', '5', '-'),
    ],
)  # fmt: skip
def test_the_attackers_dead_are_no_toll_of_the_victims(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('ar', 'مقتل 5 وإصابة 12 في انفجار بالعاصمة.', '5', '12'),
        ('ar', 'قتل 5 وأصيب 12 في الانفجار.', '5', '12'),
        ('ar', 'قتل شخصان وأصيب 3 بجروح خطيرة و11 بجروح طفيفة.', '2', '14'),
        ('ar', 'مقتل 5 أشخاص وإصابة 12 آخرين في انفجار.', '5', '12'),
        ('es', 'El ataque mató a 5 y dejó heridos a 12.', '5', '12'),
        ('fr', "L'attaque a tué 5 et blessé 12 personnes.", '5', '12'),
        ('de', 'Der Angriff tötete 5 und verletzte 12 Menschen.', '5', '12'),
        ('it', "L'attacco ha ucciso 5 e ferito 12 persone.", '5', '12'),
        ('pt', 'O ataque matou 5 e feriu 12 pessoas.', '5', '12'),
        ('id', 'Serangan itu menewaskan 5 dan melukai 12 orang.', '5', '12'),
        ('de', 'Zwei Tote, vier Schwerverletzte und 15 Leichtverletzte: Das ist die Bilanz des Unfalls.', '2', '19'),
        ('fr', "Le bilan fait état d'un mort, de deux blessés graves et de douze blessés légers.", '1', '14'),
        ('it', 'Due morti, tre feriti gravi e undici lievi: è il bilancio dello scontro.', '2', '14'),
        ('pt', 'O acidente provocou dois mortos, três feridos graves e 11 ligeiros.', '2', '14'),
        ('tr', "Kazada 2 kişi öldü, 3'ü ağır 11'i hafif 14 kişi yaralandı.", '2', '14'),
        ('tr', 'Kazada 2 kişi öldü, 3 kişi ağır, 11 kişi hafif yaralandı.', '2', '14'),
        ('id', 'Kecelakaan itu menewaskan 2 orang, 3 orang luka berat dan 11 orang luka ringan.', '2', '14'),
        ('pl', 'W wypadku zginęły 2 osoby, 3 zostały ciężko ranne, a 11 lekko.', '2', '14'),
        ('el', 'Δύο νεκροί, τρεις σοβαρά τραυματίες και 11 ελαφρά τραυματίες.', '2', '14'),
        ('no', 'To døde, tre alvorlig skadde og elleve lettere skadde etter ulykken.', '2', '14'),
        ('hi', 'हादसे में 2 लोगों की मौत हो गई, 3 गंभीर रूप से घायल हैं और 11 को मामूली चोटें आई हैं।', '2', '14'),
        ('ar', 'قتل شخصان وأصيب 3 بجروح خطيرة و11 بجروح طفيفة.', '2', '14'),
    ],
)  # fmt: skip
def test_the_dead_then_and_the_injured(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('no', 'Angrepet drepte 5 og skadet 12 personer.', '5', '12'),
        ('el', 'Σκοτώθηκαν 5 και τραυματίστηκαν 12 άνθρωποι.', '5', '12'),
        ('pl', 'Zamach zabił 5 i ranił 12 osób.', '5', '12'),
        ('de', 'Getötet wurden 5, verletzt 12 Menschen.', '5', '12'),
        ('tr', 'Saldırıda 5 ölü, 12 yaralı var.', '5', '12'),
        ('hi', 'हमले में 5 मरे, 12 घायल।', '5', '12'),
        ('id', 'Tewas 5 orang, luka-luka 12 orang.', '5', '12'),
        ('ar', 'أسفر الهجوم عن مقتل 5 وإصابة 12.', '5', '12'),
        ('fr', 'Bilan : 5 morts, 12 blessés.', '5', '12'),
        ('es', 'Balance: 5 muertos, 12 heridos.', '5', '12'),
        ('it', 'Il bilancio: 5 morti e 12 feriti.', '5', '12'),
        ('pt', 'Balanço: 5 mortos e 12 feridos.', '5', '12'),
    ],
)  # fmt: skip
def test_short_tolls_with_the_verb_or_noun_first(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('id', 'BNPB mencatat 40 orang meninggal dunia, 200 luka-luka dan 10 hilang.', '40', '200'),
        ('id', 'Sebanyak 12 orang dilaporkan meninggal dunia.', '12', '-'),
        ('id', 'Jumlah korban jiwa mencapai 100 orang.', '100', '-'),
        ('id', 'Korban tewas sudah mencapai 100 jiwa.', '100', '-'),
        ('id', 'Kecelakaan itu menelan korban jiwa 12 orang.', '12', '-'),
        ('id', 'Sebanyak 12 orang luka berat dan 30 luka ringan.', '-', '42'),
        ('id', 'Korban meninggal dunia akibat gempa Cianjur bertambah menjadi 268 orang, kata '
               'Kepala BNPB.', '268', '-'),
        ('tr', "AFAD'ın açıklamasına göre depremde hayatını kaybedenlerin sayısı 48'e yükseldi.", '48', '-'),
        ('tr', 'Patlamada 12 kişi yaşamını yitirdi, 120 kişi yaralandı.', '12', '120'),
        ('tr', 'Kazada ölü sayısı 5 oldu.', '5', '-'),
        ('el', 'Τρεις οι νεκροί από την κακοκαιρία.', '3', '-'),
        ('el', 'Επτά τραυματίες μεταφέρθηκαν στο νοσοκομείο.', '-', '7'),
        ('pl', 'Trzy osoby nie żyją po wybuchu gazu.', '3', '-'),
        ('pl', 'Siedem osób trafiło do szpitala.', '-', '7'),
        ('no', 'Tre personer er bekreftet omkommet.', '3', '-'),
        ('no', 'Sju personer er fraktet til sykehus med skader.', '-', '7'),
        ('pt', 'Três pessoas perderam a vida no acidente.', '3', '-'),
        ('hi', 'तीन लोगों की मौके पर ही मौत हो गई।', '3', '-'),
        ('ar', 'لقي ثلاثة أشخاص مصرعهم.', '3', '-'),
    ],
)  # fmt: skip
def test_agency_style_tolls(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
