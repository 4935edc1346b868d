"""Running tolls and their revisions in the reporters' own languages (mini reports of our own): a toll 'since' a
day is the event's running toll, not a toll to date over many incidents; a toll that rose or was revised down gives
the headline its latest figure, before or after an earlier one ('initially', 'zunächst', 'sebelumnya')."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_CASES = ("language", "text", "killed", "wounded")


@pytest.mark.parametrize(
    _CASES,
    [
        ('fr', 'Depuis le 6 février, le séisme a fait plus de 41 000 morts en Turquie et en Syrie.',
         '41000:more_than', '-'),
        ('es', 'Desde el lunes, las inundaciones han dejado 87 muertos en la región.', '87', '-'),
        ('de', 'Seit Montag sind bei den Überschwemmungen 63 Menschen ums Leben gekommen.', '63', '-'),
        ('id', 'Sejak Senin, banjir bandang itu telah menewaskan 54 orang.', '54', '-'),
        ('tr', 'Pazartesiden bu yana selde 38 kişi hayatını kaybetti.', '38', '-'),
        ('it', 'Da lunedì le alluvioni hanno causato 21 morti.', '21', '-'),
        ('pt', 'Desde segunda-feira, as chuvas já mataram 29 pessoas.', '29', '-'),
        ('pl', 'Od poniedziałku w powodzi zginęło 17 osób.', '17', '-'),
        ('el', 'Από τη Δευτέρα οι πλημμύρες έχουν στοιχίσει τη ζωή σε 11 ανθρώπους.', '11', '-'),
        ('no', 'Siden mandag har ni personer omkommet i flommen.', '9', '-'),
        ('hi', 'सोमवार से अब तक बाढ़ में 34 लोगों की मौत हो चुकी है।', '34', '-'),
        ('ar', 'ومنذ يوم الاثنين، أودت الفيضانات بحياة 45 شخصا.', '45', '-'),
        ('ar', 'ارتفع عدد القتلى منذ يوم الاثنين إلى 45 شخصا.', '45', '-'),
        ('es', 'La cifra de muertos desde el lunes asciende a 87.', '87', '-'),
        ('fr', "Le bilan des inondations depuis lundi s'élève à 87 morts.", '87', '-'),
        ('de', 'Die Zahl der Toten seit Montag stieg auf 63.', '63', '-'),
        ('id', 'Jumlah korban tewas sejak Senin naik menjadi 54 orang.', '54', '-'),
        ('tr', "Pazartesiden bu yana ölü sayısı 38'e yükseldi.", '38', '-'),
        ('it', 'Il bilancio delle vittime da lunedì è salito a 21.', '21', '-'),
        ('pt', 'O número de mortos desde segunda-feira subiu para 29.', '29', '-'),
        ('pl', 'Liczba ofiar śmiertelnych od poniedziałku wzrosła do 17.', '17', '-'),
        ('el', 'Ο αριθμός των νεκρών από τη Δευτέρα αυξήθηκε σε 11.', '11', '-'),
        ('no', 'Dødstallet siden mandag har steget til ni.', '9', '-'),
        ('hi', 'सोमवार से अब तक मरने वालों की संख्या बढ़कर 34 हो गई है।', '34', '-'),
        ('fr', 'Depuis le 6 février, le bilan du séisme a grimpé à 40 000 morts.', '40000', '-'),
        ('es', 'Desde el 6 de febrero, el terremoto ha dejado 1.200 muertos en la región.', '1200', '-'),
    ],
)  # fmt: skip
def test_a_toll_since_a_day_is_the_events_running_toll(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('fr', 'Une avalanche a tué 12 skieurs mardi. Depuis le début de la saison, 48 personnes '
               'sont mortes dans des avalanches en France.', '12', '-'),
        ('es', 'Siete personas murieron en el incendio. En lo que va de año, los incendios han '
               'causado 63 muertos en el país.', '7', '-'),
        ('de', 'Bei dem Lawinenunglück starben 5 Menschen. Seit Beginn der Saison kamen in '
               'Österreich 31 Menschen in Lawinen ums Leben.', '5', '-'),
        ('it', "Quattro persone sono morte nella valanga. Dall'inizio della stagione sono 27 le "
               'vittime delle valanghe in Italia.', '4', '-'),
        ('pt', 'Seis pessoas morreram no deslizamento. Desde o início do ano, 112 pessoas morreram '
               'em deslizamentos no país.', '6', '-'),
        ('id', 'Delapan orang tewas dalam longsor itu. Sejak awal tahun, 212 orang tewas akibat '
               'bencana di seluruh Indonesia.', '8', '-'),
        ('tr', 'Çığda 3 kişi öldü. Yılbaşından bu yana çığlarda 27 kişi hayatını kaybetti.', '3', '-'),
        ('pl', 'W lawinie zginęły 4 osoby. Od początku roku w Tatrach zginęło 19 osób.', '4', '-'),
        ('el', 'Τρεις άνθρωποι σκοτώθηκαν στη χιονοστιβάδα. Από την αρχή του χρόνου έχουν χάσει τη '
               'ζωή τους 22 άνθρωποι.', '3', '-'),
        ('no', 'To personer omkom i skredet. Siden starten av året har 14 personer omkommet i '
               'snøskred i Norge.', '2', '-'),
        ('hi', 'हिमस्खलन में 5 लोगों की मौत हो गई। इस साल अब तक हिमस्खलन में 41 लोगों की जान जा चुकी है।', '5', '-'),
        ('ar', 'لقي 6 أشخاص حتفهم في الانهيار. ومنذ بداية العام لقي 73 شخصا حتفهم في كوارث مماثلة.', '6', '-'),
        ('es', 'Nueve personas murieron en el ataque. Con ellas, el número de muertos en ataques '
               'similares este año asciende a 140.', '9', '-'),
        ('fr', "Neuf personnes ont été tuées dans l'attaque. Depuis le début de l'année, le nombre "
               "de morts dans ces attaques s'élève à 140.", '9', '-'),
        ('de', 'Neun Menschen wurden bei dem Anschlag getötet. Seit Jahresbeginn stieg die Zahl '
               'der Toten bei solchen Anschlägen auf 140.', '9', '-'),
        ('it', "Nove persone sono morte nell'attacco. Dall'inizio dell'anno le vittime di attacchi "
               'simili sono salite a 140.', '9', '-'),
        ('pt', 'Nove pessoas morreram no ataque. Desde o início do ano, o número de mortos em '
               'ataques semelhantes subiu para 140.', '9', '-'),
        ('pl', 'W ataku zginęło dziewięć osób. Od początku roku liczba ofiar takich ataków wzrosła do 140.', '9', '-'),
        ('el', 'Εννέα άνθρωποι σκοτώθηκαν στην επίθεση. Από την αρχή του έτους ο αριθμός των '
               'νεκρών σε τέτοιες επιθέσεις αυξήθηκε σε 140.', '9', '-'),
        ('no', 'Ni personer ble drept i angrepet. Hittil i år har 140 personer blitt drept i slike angrep.', '9', '-'),
        ('tr', 'Saldırıda 9 kişi öldü. Yılbaşından bu yana bu tür saldırılarda ölenlerin sayısı '
               "140'a yükseldi.", '9', '-'),
        ('id', 'Sembilan orang tewas dalam serangan itu. Sejak awal tahun, jumlah korban tewas '
               'akibat serangan serupa mencapai 140 orang.', '9', '-'),
        ('hi', 'हमले में 9 लोगों की मौत हो गई। इस साल अब तक ऐसे हमलों में मरने वालों की संख्या '
               'बढ़कर 140 हो गई है।', '9', '-'),
        ('ar', 'قتل 9 أشخاص في الهجوم. ومنذ بداية العام ارتفع عدد القتلى في هجمات مماثلة إلى 140.', '9', '-'),
        ('uk', 'Внаслідок атаки загинули 9 людей. З початку року кількість загиблих від таких атак '
               'зросла до 140.', '9', '-'),
    ],
)  # fmt: skip
def test_a_toll_to_date_over_many_incidents_is_not_the_events(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('fr', 'Le bilan du séisme a grimpé à 35 morts mercredi, contre 20 la veille.', '35', '-'),
        ('es', 'El número de muertos por el terremoto ascendió a 41, frente a los 28 anunciados el martes.', '41', '-'),
        ('de', 'Die Zahl der Toten stieg auf 19. Zuvor war von 12 Toten die Rede gewesen.', '19', '-'),
        ('tr', "Depremde ölenlerin sayısı 52'ye yükseldi.", '52', '-'),
        ('id', 'Jumlah korban tewas naik menjadi 73 orang.', '73', '-'),
        ('pl', 'Liczba ofiar śmiertelnych wzrosła do 23.', '23', '-'),
        ('el', 'Ο αριθμός των νεκρών αυξήθηκε σε 17.', '17', '-'),
        ('hi', 'मरने वालों की संख्या बढ़कर 28 हो गई है।', '28', '-'),
        ('no', 'Dødstallet økte til 14 natt til torsdag.', '14', '-'),
        ('pt', 'O número de mortos subiu para 33, segundo a Defesa Civil.', '33', '-'),
        ('ar', 'ارتفع عدد القتلى إلى 46 شخصا.', '46', '-'),
        ('it', 'Il bilancio delle vittime è salito a 26.', '26', '-'),
        ('es', 'Al menos 28 personas murieron el martes en el terremoto. Este miércoles, la cifra '
               'de muertos ascendió a 41.', '41', '-'),
        ('fr', 'Le séisme a fait 20 morts mardi. Mercredi, le bilan a grimpé à 35 morts.', '35', '-'),
        ('de', 'Zunächst wurden 12 Tote gemeldet. Am Abend stieg die Zahl der Toten auf 19.', '19', '-'),
        ('tr', "İlk belirlemelere göre 30 kişi öldü. Daha sonra ölü sayısı 52'ye yükseldi.", '52', '-'),
        ('id', 'Awalnya 40 orang dilaporkan tewas. Kini jumlah korban tewas naik menjadi 73 orang.', '73', '-'),
        ('pl', 'Początkowo informowano o 15 ofiarach. Później liczba ofiar śmiertelnych wzrosła do 23.', '23', '-'),
        ('el', 'Αρχικά είχαν αναφερθεί 9 νεκροί. Αργότερα ο αριθμός των νεκρών αυξήθηκε σε 17.', '17', '-'),
        ('no', 'Først ble det meldt om åtte døde. Senere økte dødstallet til 14.', '14', '-'),
        ('pt', 'Inicialmente foram confirmadas 20 mortes. Depois, o número de mortos subiu para 33.', '33', '-'),
        ('hi', 'पहले 15 लोगों की मौत की खबर थी। बाद में मरने वालों की संख्या बढ़कर 28 हो गई।', '28', '-'),
        ('ar', 'في البداية أعلن عن مقتل 20 شخصا. ثم ارتفع عدد القتلى إلى 46.', '46', '-'),
        ('it', 'In un primo momento si parlava di 14 morti. Poi il bilancio delle vittime è salito a 26.', '26', '-'),
        ('es', 'Al menos 40 muertos en el terremoto. La cifra de muertos se elevó el martes a 52, '
               'según Protección Civil.', '52', '-'),
        ('el', 'Τουλάχιστον 9 νεκροί από τις πλημμύρες. Ο αριθμός των νεκρών αυξήθηκε σε 17, '
               'σύμφωνα με την πυροσβεστική.', '17', '-'),
        ('no', 'Minst åtte døde i flommen. Dødstallet har nå steget til 14, opplyser politiet.', '14', '-'),
        ('tr', "Depremde en az 30 kişi öldü. AFAD'ın açıklamasına göre ölü sayısı 52'ye yükseldi.", '52', '-'),
        ('hi', 'बाढ़ में कम से कम 15 लोगों की मौत हो गई। अधिकारियों के अनुसार मृतकों की संख्या '
               'बढ़कर 28 हो गई है।', '28', '-'),
        ('ar', 'قتل 20 شخصا على الأقل في الفيضانات. وارتفعت حصيلة القتلى لاحقا إلى 46 شخصا وفق '
               'الدفاع المدني.', '46', '-'),
        ('pl', 'W powodzi zginęło co najmniej 15 osób. Według policji liczba ofiar śmiertelnych '
               'wzrosła do 23.', '23', '-'),
        ('pt', 'Pelo menos 20 pessoas morreram nas chuvas. Segundo a Defesa Civil, o número de '
               'mortos subiu para 33.', '33', '-'),
        ('ko', '지진으로 최소 30명이 숨졌다. 당국에 따르면 사망자 수는 52명으로 늘었다.', '52', '-'),
        ('ja', '地震で少なくとも30人が死亡した。当局によると、死者は52人に増えた。', '52', '-'),
        ('zh', '地震已造成至少30人死亡。据当局称，死亡人数已升至52人。', '52', '-'),
        ('es', 'La cifra de muertos desde que comenzó la ofensiva asciende a 140.', '-', '-'),
    ],
)  # fmt: skip
def test_a_toll_that_rose_gives_the_latest_figure(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('fr', 'Le bilan a été revu à la baisse à 18 morts, et non 23 comme annoncé.', '18', '-'),
        ('es', 'Las autoridades rebajaron la cifra de muertos a 18, tras haber informado de 23.', '18', '-'),
        ('de', 'Die Behörden korrigierten die Zahl der Toten auf 18 nach unten. Zunächst war von '
               '23 Toten berichtet worden.', '18', '-'),
        ('it', 'Il bilancio è stato rivisto al ribasso a 18 morti.', '18', '-'),
        ('pt', 'O número de mortos foi revisto em baixa para 18.', '18', '-'),
        ('tr', "Ölü sayısı 23'ten 18'e düşürüldü.", '18', '-'),
        ('id', 'Jumlah korban tewas direvisi turun menjadi 18 orang.', '18', '-'),
        ('pl', 'Liczbę ofiar skorygowano w dół do 18.', '18', '-'),
        ('el', 'Ο αριθμός των νεκρών αναθεωρήθηκε προς τα κάτω στους 18.', '18', '-'),
        ('no', 'Dødstallet er nedjustert til 18.', '18', '-'),
        ('hi', 'मृतकों की संख्या घटाकर 18 कर दी गई है।', '18', '-'),
        ('ar', 'وخفضت السلطات حصيلة القتلى إلى 18.', '18', '-'),
        ('es', 'Las autoridades rebajaron la cifra de muertos a 18. Antes habían informado de 23 muertos.', '18', '-'),
        ('fr', 'Le bilan a été revu à la baisse à 18 morts. Un premier bilan faisait état de 23 morts.', '18', '-'),
        ('it', 'Il bilancio è stato rivisto al ribasso a 18 morti. In un primo momento si parlava '
               'di 23 morti.', '18', '-'),
        ('pt', 'O número de mortos foi revisto em baixa para 18. Inicialmente foram anunciadas 23 mortes.', '18', '-'),
        ('tr', "Ölü sayısı 18'e düşürüldü. Daha önce 23 kişinin öldüğü açıklanmıştı.", '18', '-'),
        ('id', 'Jumlah korban tewas direvisi turun menjadi 18 orang. Sebelumnya dilaporkan 23 orang tewas.', '18', '-'),
        ('pl', 'Liczbę ofiar skorygowano w dół do 18. Wcześniej mówiono o 23 zabitych.', '18', '-'),
        ('el', 'Ο αριθμός των νεκρών αναθεωρήθηκε προς τα κάτω στους 18. Αρχικά είχαν αναφερθεί 23 νεκροί.', '18', '-'),
        ('no', 'Dødstallet er nedjustert til 18. Tidligere ble det meldt om 23 døde.', '18', '-'),
        ('hi', 'मृतकों की संख्या घटाकर 18 कर दी गई है। इससे पहले 23 लोगों की मौत की खबर थी।', '18', '-'),
        ('ar', 'وخفضت السلطات حصيلة القتلى إلى 18. وكانت في وقت سابق قد أعلنت عن مقتل 23 شخصا.', '18', '-'),
        ('de', 'Die Zahl der Toten wurde auf 18 nach unten korrigiert. Zuvor war von 23 Toten die Rede.', '18', '-'),
    ],
)  # fmt: skip
def test_a_toll_revised_down_gives_the_latest_figure(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('tr', "Yaralı sayısı 200'ü aştı.", '-', '200:more_than'),
        ('tr', 'Yaralı sayısı ise 20 bini aştı.', '-', '20000:more_than'),
        ('tr', 'Depremde can kaybı 5 bini aştı.', '5000:more_than', '-'),
        ('el', 'Οι τραυματίες ξεπερνούν τους 20.000.', '-', '20000:more_than'),
        ('el', 'Οι νεκροί ξεπέρασαν τους 5.000.', '5000:more_than', '-'),
        ('es', 'Los muertos ya superan los 5.000.', '5000:more_than', '-'),
        ('pt', 'O número de mortos já ultrapassa os 5 mil.', '5000:more_than', '-'),
        ('it', 'Il numero dei morti supera i 5mila.', '5000:more_than', '-'),
        ('fr', 'Le nombre de morts dépasse les 5 000.', '5000:more_than', '-'),
        ('de', 'Die Zahl der Toten übersteigt 5000.', '5000:more_than', '-'),
        ('pl', 'Liczba ofiar przekroczyła 5 tys.', '5000:more_than', '-'),
        ('no', 'Dødstallet har passert 5000.', '5000:more_than', '-'),
        ('id', 'Jumlah korban tewas melampaui 5.000 orang.', '5000:more_than', '-'),
        ('hi', 'मरने वालों की संख्या 5 हजार के पार पहुंच गई है।', '5000:more_than', '-'),
        ('ar', 'عدد القتلى تجاوز 5 آلاف.', '5000:more_than', '-'),
    ],
)  # fmt: skip
def test_a_toll_that_exceeded_a_figure_is_more_than_it(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('de', 'Seit dem 6. Februar ist die Zahl der Toten auf 41.000 gestiegen.', '41000', '-'),
        ('pl', 'Od 6 lutego liczba ofiar śmiertelnych wzrosła do 41 000.', '41000', '-'),
        ('el', 'Από τις 6 Φεβρουαρίου ο αριθμός των νεκρών έχει ανέλθει σε 41.000.', '41000', '-'),
        ('tr', "6 Şubat'tan bu yana ölü sayısı 41 bin'e yükseldi.", '41000', '-'),
        ('id', 'Sejak 6 Februari, jumlah korban tewas mencapai 41.000 orang.', '41000', '-'),
        ('ar', 'منذ 6 فبراير ارتفع عدد القتلى إلى 41 ألفا.', '41000', '-'),
        ('hi', '6 फरवरी से अब तक मरने वालों की संख्या 41,000 पहुंच गई है।', '41000', '-'),
        ('no', 'Siden 6. februar har dødstallet steget til 41 000.', '41000', '-'),
        ('pt', 'Desde 6 de fevereiro, o número de mortos subiu para 41 mil.', '41000', '-'),
        ('it', 'Dal 6 febbraio il bilancio delle vittime è salito a 41.000.', '41000', '-'),
        ('es', 'Desde el 6 de febrero, la cifra de muertos se elevó a 41.000.', '41000', '-'),
        ('fr', "Depuis le 6 février, le bilan s'est alourdi à 41 000 morts.", '41000', '-'),
        ('uk', 'З 6 лютого кількість загиблих зросла до 41 тисячі.', '41000', '-'),
    ],
)  # fmt: skip
def test_a_toll_since_a_date_that_rose_is_the_events(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('hi', 'भूस्खलन में 12 लोगों की मौत हो गई। इस मानसून में अब तक राज्य में 210 लोगों की जान '
               'जा चुकी है।', '12', '-'),
        ('id', 'Longsor itu menewaskan 12 orang. Sepanjang tahun ini, bencana alam telah '
               'menewaskan 210 orang di seluruh Indonesia.', '12', '-'),
        ('pt', 'O deslizamento matou 12 pessoas. Desde o início da temporada de chuvas, 210 '
               'pessoas morreram no estado.', '12', '-'),
        ('es', 'El alud mató a 12 personas. En lo que va de temporada, 210 personas han muerto en '
               'avalanchas en el país.', '12', '-'),
        ('it', 'La frana ha ucciso 12 persone. Da inizio anno sono 210 le vittime del maltempo in Italia.', '12', '-'),
        ('el', 'Η κατολίσθηση σκότωσε 12 ανθρώπους. Από την αρχή της χρονιάς έχουν χάσει τη ζωή '
               'τους 210 άνθρωποι σε φυσικές καταστροφές.', '12', '-'),
        ('pl', 'W lawinie zginęło 12 osób. Od początku sezonu w górach zginęło 210 osób.', '12', '-'),
        ('no', 'Skredet tok livet av 12 personer. Hittil i år har 210 personer omkommet i '
               'naturkatastrofer.', '12', '-'),
        ('tr', 'Heyelanda 12 kişi öldü. Bu yıl başından beri afetlerde 210 kişi hayatını kaybetti.', '12', '-'),
        ('de', 'Bei dem Erdrutsch starben 12 Menschen. Seit Jahresbeginn kamen bei Unwettern 210 '
               'Menschen ums Leben.', '12', '-'),
        ('fr', 'Le glissement de terrain a fait 12 morts. Depuis le début de la saison des pluies, '
               '210 personnes sont mortes.', '12', '-'),
        ('ar', 'قتل 12 شخصا في الانهيار. ومنذ بداية موسم الأمطار لقي 210 أشخاص حتفهم.', '12', '-'),
    ],
)  # fmt: skip
def test_a_seasons_or_years_toll_is_no_events(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('ar', 'ارتفع عدد القتلى من 12 إلى 25 شخصا.', '25', '-'),
        ('no', 'Dødstallet har økt fra 12 til 25.', '25', '-'),
        ('hi', 'मरने वालों की संख्या 12 से बढ़कर 25 हो गई है।', '25', '-'),
        ('tr', "Ölü sayısı 12'den 25'e yükseldi.", '25', '-'),
        ('id', 'Jumlah korban tewas naik dari 12 menjadi 25 orang.', '25', '-'),
        ('pl', 'Liczba ofiar wzrosła z 12 do 25.', '25', '-'),
        ('el', 'Ο αριθμός των νεκρών αυξήθηκε από 12 σε 25.', '25', '-'),
        ('pt', 'O número de mortos subiu de 12 para 25.', '25', '-'),
        ('it', 'Il numero dei morti è salito da 12 a 25.', '25', '-'),
        ('de', 'Die Zahl der Toten stieg von 12 auf 25.', '25', '-'),
        ('fr', 'Le bilan est passé de 12 à 25 morts.', '25', '-'),
        ('es', 'La cifra de muertos pasó de 12 a 25.', '25', '-'),
        ('ar', 'خفضت السلطات عدد القتلى من 25 إلى 18.', '18', '-'),
        ('no', 'Dødstallet er nedjustert fra 25 til 18.', '18', '-'),
        ('hi', 'मृतकों की संख्या 25 से घटाकर 18 कर दी गई है।', '18', '-'),
        ('tr', "Ölü sayısı 25'ten 18'e düşürüldü.", '18', '-'),
        ('id', 'Jumlah korban tewas direvisi dari 25 menjadi 18 orang.', '18', '-'),
        ('pl', 'Liczbę ofiar skorygowano z 25 do 18.', '18', '-'),
        ('el', 'Ο αριθμός των νεκρών αναθεωρήθηκε από 25 σε 18.', '18', '-'),
        ('pt', 'O número de mortos foi revisto em baixa de 25 para 18.', '18', '-'),
        ('it', 'Il bilancio è stato rivisto al ribasso da 25 a 18 morti.', '18', '-'),
        ('de', 'Die Zahl der Toten wurde von 25 auf 18 nach unten korrigiert.', '18', '-'),
        ('fr', 'Le bilan a été revu à la baisse, de 25 à 18 morts.', '18', '-'),
        ('es', 'Las autoridades rebajaron la cifra de muertos de 25 a 18.', '18', '-'),
    ],
)  # fmt: skip
def test_from_one_figure_to_another_the_second_is_the_toll(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    _CASES,
    [
        ('ar', 'وارتفعت الحصيلة إلى 46 بحسب الدفاع المدني.', '46', '-'),
        ('ar', 'وارتفعت حصيلة الجرحى إلى 30.', '-', '30'),
        ('el', 'Ο απολογισμός ανέρχεται σε 46.', '46', '-'),
        ('pl', 'Bilans wzrósł do 46.', '46', '-'),
        ('hi', 'हादसे में मरने वालों का आंकड़ा 46 हो गया है।', '46', '-'),
        ('tr', "Bilanço 46'ya yükseldi.", '46', '-'),
        ('id', 'Korban bertambah menjadi 46 orang.', '46', '-'),
        ('no', 'Tallet på omkomne har steget til 46.', '46', '-'),
    ],
)  # fmt: skip
def test_a_toll_noun_alone_rose_to_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
