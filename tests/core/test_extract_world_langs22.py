"""A wire report's toll sentences, language by language (sentences of our own, round 22): the running toll
risen or revised down, qualifiers, number words and digit grouping, ranges, vague quantities, headlines with
figures, the injured told as hurt or taken to hospital, the dead counted by bodies recovered, the missing (no
killed or wounded figure), and an earlier figure with the latest whole-event one, which wins. Each row: the text,
its headline killed and wounded figures ('-' none, '*' not asked; '12:at_least', '100:vague')."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


def _check(text: str, language: str, killed: str, wounded: str) -> None:
    got = headlines(text, language)
    assert (killed if killed != "*" else got[0], wounded if wounded != "*" else got[1]) == got


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('El número de muertos por las inundaciones en Valencia se elevó a 214, según el último'
         ' balance.', '214', '*'),
        ('Las autoridades rebajaron a 18 la cifra de fallecidos tras el derrumbe del edificio.', '18', '*'),
        ('Al menos 1.452 personas murieron en el terremoto.', '1452:at_least', '*'),
        ('Más de 2.000 heridos tras el sismo de magnitud 7,2 en el sur del país.', '*', '2000:more_than'),
        ('Casi cuarenta personas resultaron heridas en el choque de dos trenes.', '*', '40:nearly'),
        ('Decenas de muertos y cientos de heridos en un atentado en Kabul', '12:vague', '100:vague'),
        ('Los equipos de rescate han recuperado 23 cuerpos de entre los escombros.', '23', '*'),
        ('Entre 20 y 30 personas murieron en el incendio del mercado.', '30:range', '*'),
        ('Siete personas murieron y otras 15 resultaron heridas, cuatro de ellas de gravedad.', '7', '15'),
        ('El lunes se informó de 12 fallecidos; el balance definitivo eleva a 17 los muertos.', '17', '*'),
        ('Tres muertos y 25 heridos en un accidente de autobús en Jaén', '3', '25'),
        ('Doce personas siguen desaparecidas tras el paso del huracán.', '-', '-'),
        ('Un total de 34 personas tuvieron que ser hospitalizadas tras la explosión.', '*', '34'),
        ('Nueve personas sufrieron heridas leves en el choque.', '*', '9'),
        ('Doscientas cincuenta personas perdieron la vida en el naufrage frente a las costas de Libia.', '250', '*'),
        ('Mil doscientas personas murieron, según Protección Civil.', '1200', '*'),
        ('Terremoto en Turquía: 45 muertos y 120 heridos', '45', '120'),
        ('Hasta 30 personas podrían haber muerto en el alud, según los primeros datos.', '30:up_to', '*'),
        ('Doce personas resultaron lesionadas, tres de ellas de gravedad.', '*', '12'),
        ('Solo en la provincia de Málaga murieron 12 personas; en total, las lluvias dejaron 40 muertos.', '40', '*'),
        ('Cinco personas perdieron la vida y otras dos permanecen desaparecidas.', '5', '*'),
        ('El Samur atendió a 18 heridos en el lugar del accidente.', '*', '18'),
        ('La cifra de muertos sigue aumentando y ya son 62.', '62', '*'),
        ('Un muerto y dos heridos en un tiroteo en Sevilla', '1', '2'),
        ('Muere un motorista tras chocar contra un camión en la A-4', '1', '*'),
        ('Una docena de personas murieron en el ataque.', '12:about', '*'),
        ('Más de una decena de personas murieron en el ataque.', '10:more_than', '*'),
        ('Cientos de personas murieron en el terremoto.', '100:vague', '*'),
        ('El balance provisional es de 35 fallecidos y la cifra podría aumentar.', '35', '*'),
        ('La explosión causó heridas a 27 personas.', '*', '27'),
        ('La cifra de víctimas mortales ha sido corregida a la baja, hasta 19.', '19', '*'),
        ('Una quincena de personas murieron en el incendio.', '15:about', '*'),
        ('Un hombre murió en el accidente.', '1', '*'),
        ('Muere un senderista tras caer por un barranco', '1', '*'),
        ('Tres muertos en un accidente en la A-4', '3', '*'),
        ('Un F-16 se estrelló; murieron 3 personas.', '3', '*'),
        ('Nadie murió en el incendio, según los bomberos.', '0', '-'),
        ('Ascienden a nueve los fallecidos en el derrumbe del edificio en Peñíscola. Otras doce'
         ' personas resultaron heridas.', '9', '*'),
        ('Ya son 64 los muertos por el temporal, según el último recuento oficial.', '64', '*'),
        ('Dos trabajadores han fallecido y otro ha resultado herido grave tras caer de un andamio.', '2', '*'),
        ('Mil doscientas personas murieron en el terremoto.', '1200', '*'),
        ('El balance fue rebajado hasta 19 fallecidos.', '19', '*'),
        ('Hasta el momento se han contabilizado 27 fallecidos y la cifra sigue subiendo.', '27', '*'),
        ('Catorce personas resultaron lesionadas en el accidente.', '*', '14'),
        ('Al menos cinco muertos y decenas de heridos en un ataque en Mogadiscio', '5:at_least', '12:vague'),
        ('Tres personas murieron en Málaga, lo que eleva a 11 el total de fallecidos por el temporal.', '11', '*'),
        ('La cifra de fallecidos fue rebajada a 8 tras comprobarse que dos cuerpos se habían'
         ' contado dos veces.', '8', '*'),
        ('El número de heridos ascendió a 30.', '*', '30'),
        ('Se recuperaron los cuerpos de nueve personas.', '9', '*'),
        ('Varias personas murieron en el incendio.', '-', '*'),
        ('Hasta 30 personas podrían haber muerto, según fuentes locales.', '30:up_to', '*'),
        ('Suben a 64 los muertos por la DANA', '64', '*'),
        ('Murieron 1\xa0452 personas.', '1452', '*'),
        ('El número de muertos pasó de 9 a 25 en pocas horas.', '25', '*'),
        ('El lunes había 9 muertos. El martes, las autoridades elevaron la cifra a 25.', '25', '*'),
        ('Tres personas han muerto este domingo al ser arrolladas por un tren en Sevilla.', '3', '*'),
        ('Una veintena de personas han resultado heridas, dos de ellas graves, en el choque de dos'
         ' autobuses.', '*', '20:about'),
    ],
)  # fmt: skip
def test_es_spanish_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "es", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Le bilan s'est alourdi à 47 morts, selon la préfecture.", '47', '*'),
        ('Le bilan a été revu à la baisse à 12 morts.', '12', '*'),
        ('Au moins 6 500 personnes ont été tuées dans le séisme.', '6500:at_least', '*'),
        ("Plus d'une centaine de personnes ont été blessées.", '*', '100:more_than'),
        ('Près de trente personnes ont été blessées dans la collision.', '*', '30:nearly'),
        ('Des dizaines de morts dans un séisme au Maroc', '12:vague', '*'),
        ('Les secouristes ont retrouvé 14 corps sous les décombres.', '14', '*'),
        ('Entre 30 et 40 personnes ont péri dans le naufrage.', '40:range', '*'),
        ('Deux morts et 17 blessés dans une explosion à Lyon', '2', '17'),
        ('Onze personnes ont été hospitalisées, dont trois dans un état grave.', '*', '11'),
        ('Vendredi, le bilan provisoire faisait état de 8 morts; samedi, il est passé à 11 morts.', '11', '*'),
        ('Quatre personnes sont toujours portées disparues.', '-', '-'),
        ('Six personnes ont été légèrement blessées.', '*', '6'),
        ('Deux cent cinquante personnes ont perdu la vie dans le naufrage.', '250', '*'),
        ('Séisme en Turquie : 45 morts et 120 blessés', '45', '120'),
        ('Douze personnes ont été blessées, dont trois grièvement.', '*', '12'),
        ('Dans le seul département du Var, 12 personnes sont mortes; au total, les intempéries ont'
         ' fait 40 morts.', '40', '*'),
        ('Vingt-trois personnes ont été prises en charge par les secours pour des blessures légères.', '*', '23'),
        ('Plus de 1 500 personnes ont trouvé la mort dans les inondations.', '1500:more_than', '*'),
        ("Le bilan ne cesse de s'alourdir : on compte désormais 62 morts.", '62', '*'),
        ('Un mort et deux blessés dans une fusillade à Marseille', '1', '2'),
        ('Un motard meurt dans une collision avec un camion', '1', '*'),
        ("Le bilan provisoire est de 35 morts et pourrait s'alourdir.", '35', '*'),
        ("L'explosion a fait 27 blessés.", '*', '27'),
        ('Le nombre de morts a été corrigé à 19.', '19', '*'),
        ('Trois corps ont été repêchés dans la Seine.', '3', '*'),
        ("Une douzaine de personnes ont été tuées dans l'attaque.", '12:about', '*'),
        ("Une quinzaine de personnes ont péri dans l'incendie.", '15:about', '*'),
        ("Trois personnes meurent dans l'incendie d'un immeuble à Lyon", '3', '*'),
        ('Un randonneur meurt après une chute dans les Pyrénées.', '1', '*'),
        ("Le bilan de l'effondrement d'un immeuble à Marseille s'élève désormais à neuf morts."
         ' Douze personnes ont été blessées.', '9', '*'),
        ('Deux ouvriers sont morts et un troisième a été grièvement blessé sur le chantier.', '2', '*'),
        ('On dénombre désormais 64 victimes, selon les autorités.', '64', '*'),
        ('Mille deux cents personnes sont mortes dans le séisme.', '1200', '*'),
        ("Huit personnes ont été transportées à l'hôpital.", '*', '8'),
        ('Quinze personnes ont été soignées sur place.', '*', '15'),
        ('Deux personnes sont mortes; la prise en charge des familles est assurée par la mairie.', '2', '-'),
        ("Jusqu'à présent, 27 décès ont été confirmés.", '27', '*'),
        ('Au moins cinq morts et des dizaines de blessés dans une attaque à Mogadiscio', '5:at_least', '12:vague'),
        ('Trois personnes sont mortes à Nice, ce qui porte à 11 le nombre de morts des intempéries.', '11', '*'),
        ('Le nombre de blessés est passé à 30.', '*', '30'),
        ('Les corps de neuf personnes ont été retrouvés.', '9', '*'),
        ("Plusieurs personnes ont été tuées dans l'explosion.", '-', '*'),
        ("Jusqu'à 30 personnes auraient péri.", '30:up_to', '*'),
        ("Le bilan passe à 11 morts après l'effondrement d'un immeuble", '11', '*'),
        ('Au moins 6\xa0500 personnes ont été tuées.', '6500:at_least', '*'),
        ('Au moins 6\u202f500 personnes ont été tuées.', '6500:at_least', '*'),
        ('Au moins 6.500 personnes ont été tuées.', '6500:at_least', '*'),
        ('Le nombre de morts est passé de 9 à 25 en quelques heures.', '25', '*'),
        ('Lundi, on comptait 9 morts. Mardi, les autorités ont porté le bilan à 25 morts.', '25', '*'),
        ('Lundi, on comptait 9 morts. Mardi, ce chiffre est passé à 25.', '25', '*'),
        ('Une vingtaine de personnes ont été blessées, dont deux grièvement, dans la collision de'
         ' deux bus.', '*', '20:about'),
    ],
)  # fmt: skip
def test_fr_french_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "fr", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Die Zahl der Toten ist auf 23 gestiegen.', '23', '*'),
        ('Die Behörden korrigierten die Zahl der Todesopfer auf 15 nach unten.', '15', '*'),
        ('Mindestens 1.200 Menschen kamen ums Leben.', '1200:at_least', '*'),
        ('Mehr als 300 Verletzte nach Zugunglück in Bayern', '*', '300:more_than'),
        ('Fast 40 Menschen wurden verletzt.', '*', '40:nearly'),
        ('Dutzende Tote bei Anschlag in Bagdad', '12:vague', '*'),
        ('Rettungskräfte bargen 19 Leichen aus den Trümmern.', '19', '*'),
        ('Zwischen 20 und 30 Menschen starben bei dem Brand.', '30:range', '*'),
        ('Zwei Tote und 14 Verletzte bei Explosion in Köln', '2', '14'),
        ('Elf Menschen mussten ins Krankenhaus gebracht werden.', '*', '11'),
        ('Zunächst war von acht Toten die Rede, inzwischen ist die Zahl auf zwölf gestiegen.', '12', '*'),
        ('Drei Menschen werden noch vermisst.', '-', '-'),
        ('Ein 54-jähriger Mann kam ums Leben, seine Frau wurde schwer verletzt.', '*', '1'),
        ('Zweihundertfünfzig Menschen kamen bei dem Unglück ums Leben.', '250', '*'),
        ('Erdbeben in der Türkei: 45 Tote, 120 Verletzte', '45', '120'),
        ('Zwölf Menschen erlitten Verletzungen, drei davon schwere.', '*', '12'),
        ('Allein in Niederbayern starben zwölf Menschen; insgesamt forderten die Unwetter 40 Todesopfer.', '40', '*'),
        ('Mehr als 1500 Menschen sind bei den Überschwemmungen gestorben.', '1500:more_than', '*'),
        ('Neun Menschen wurden leicht verletzt.', '*', '9'),
        ('Die Zahl der Todesopfer steigt weiter und liegt inzwischen bei 62.', '62', '*'),
        ('Ein Toter und zwei Verletzte bei Schüssen in Hamburg', '1', '2'),
        ('Motorradfahrer stirbt bei Zusammenstoß mit Lastwagen', '1', '*'),
        ('Ein Dutzend Menschen wurde bei dem Angriff getötet.', '12:about', '*'),
        ('Die vorläufige Bilanz: 35 Tote, die Zahl könnte noch steigen.', '35', '*'),
        ('Bei der Explosion erlitten 27 Menschen Verletzungen.', '*', '27'),
        ('Drei Leichen wurden aus dem Rhein geborgen.', '3', '*'),
        ('Drei Menschen sterben bei Brand in Wohnhaus', '3', '*'),
        ('Ein Radfahrer starb bei dem Unfall.', '1', '*'),
        ('Bei dem Brand starb niemand.', '-', '*'),
        ('Nach dem Busunglück auf der A9 ist die Zahl der Toten auf zwölf gestiegen. Weitere 30'
         ' Fahrgäste wurden verletzt, einige davon lebensgefährlich.', '12', '*'),
        ('Bei dem Hochwasser sind nach Angaben der Polizei mindestens sieben Menschen ums Leben'
         ' gekommen. Am Vortag war noch von fünf Toten die Rede gewesen.', '7:at_least', '*'),
        ('Bei der Explosion in einem Chemiewerk wurden 23 Mitarbeiter verletzt, vier davon schwer.', '*', '23'),
        ('Eintausendzweihundert Menschen kamen ums Leben.', '1200', '*'),
        ('Bislang wurden 27 Todesopfer bestätigt.', '27', '*'),
        ('Vierzehn Soldaten wurden verwundet.', '*', '14'),
        ('Mindestens fünf Tote und Dutzende Verletzte bei Angriff in Mogadischu', '5:at_least', '12:vague'),
        ('In Köln starben drei Menschen, insgesamt stieg die Zahl der Todesopfer des Unwetters auf elf.', '11', '*'),
        ('Die Zahl der Verletzten stieg auf 30.', '*', '30'),
        ('Die Einsatzkräfte fanden neun Tote.', '9', '*'),
        ('Mehrere Menschen kamen ums Leben.', '-', '*'),
        ('Die Zahl der Toten hat die Marke von 100 überschritten.', '100:more_than', '*'),
        ('Bis zu 30 Menschen sollen ums Leben gekommen sein.', '30:up_to', '*'),
        ('Die Zahl der Toten hat 100 überschritten.', '100:more_than', '*'),
        ('Zahl der Toten steigt auf 23', '23', '*'),
        ('1\u202f200 Menschen starben.', '1200', '*'),
        ('1 200 Menschen starben.', '1200', '*'),
        ('Die Zahl der Toten stieg von neun auf 25.', '25', '*'),
        ('Am Montag war von neun Toten die Rede. Am Dienstag meldeten die Behörden 25 Tote.', '25', '*'),
        ('Am Montag gab es neun Tote. Am Dienstag stieg die Zahl auf 25.', '25', '*'),
        ('Rund 20 Menschen wurden bei dem Zusammenstoß zweier Busse verletzt, zwei davon schwer.', '*', '20:about'),
    ],
)  # fmt: skip
def test_de_german_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "de", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Il bilancio delle vittime è salito a 29 morti.', '29', '*'),
        ('Il numero dei morti è stato rivisto al ribasso a 16.', '16', '*'),
        ('Almeno 1.500 persone sono morte nel terremoto.', '1500:at_least', '*'),
        ("Oltre 200 feriti nell'esplosione del deposito", '*', '200:more_than'),
        ('Quasi trenta persone sono rimaste ferite.', '*', '30:nearly'),
        ('Decine di morti e centinaia di feriti nel crollo', '12:vague', '100:vague'),
        ('I vigili del fuoco hanno recuperato 9 corpi.', '9', '*'),
        ("Tra i 20 e i 30 morti nell'alluvione.", '30:range', '*'),
        ('Due morti e 12 feriti in un incidente stradale a Napoli', '2', '12'),
        ('Sei persone sono state ricoverate in ospedale.', '*', '6'),
        ('In un primo momento si era parlato di 5 vittime, poi il bilancio è salito a 7 morti.', '7', '*'),
        ('Quattro persone risultano ancora disperse.', '-', '-'),
        ('Duecentocinquanta persone hanno perso la vita nel naufragio.', '250', '*'),
        ('Terremoto in Turchia: 45 morti e 120 feriti', '45', '120'),
        ('Dodici persone sono rimaste ferite, tre delle quali in modo grave.', '*', '12'),
        ("Solo in provincia di Ravenna sono morte 12 persone; in totale l'alluvione ha causato 40"
         ' vittime.', '40', '*'),
        ('Ventitré persone sono state soccorse per ferite lievi.', '*', '23'),
        ('Un morto e due feriti in una sparatoria a Palermo', '1', '2'),
        ('Muore motociclista nello scontro con un camion', '1', '*'),
        ("L'esplosione ha provocato il ferimento di 27 persone.", '*', '27'),
        ('Tre cadaveri sono stati ripescati nel Tevere.', '3', '*'),
        ("Una dozzina di persone sono state uccise nell'attacco.", '12:about', '*'),
        ("Tre persone muoiono nell'incendio di una palazzina", '3', '*'),
        ("Un uomo è morto nell'incidente.", '1', '*'),
        ('Sale a 14 il bilancio delle vittime del crollo della palazzina a Torre del Greco. Nella'
         ' notte i vigili del fuoco hanno estratto altri due corpi dalle macerie. I feriti sono 9,'
         ' tre dei quali in gravi condizioni.', '14', '*'),
        ('Sono 42 le vittime accertate del crollo del ponte, secondo la prefettura.', '42', '*'),
        ('Tre operai sono morti e un quarto è rimasto gravemente ferito nel cantiere.', '3', '*'),
        ('Milleduecento persone sono morte nel terremoto.', '1200', '*'),
        ('Finora sono stati accertati 27 decessi.', '27', '*'),
        ('Quattordici persone sono rimaste contuse.', '*', '14'),
        ('Almeno cinque morti e decine di feriti in un attacco a Mogadiscio', '5:at_least', '12:vague'),
        ('Dodici persone sono state medicate sul posto dal 118.', '*', '12'),
        ('A Genova sono morte tre persone e il bilancio complessivo del maltempo sale a 11 vittime.', '11', '*'),
        ('Il numero dei feriti è salito a 30.', '*', '30'),
        ('Sono stati recuperati i corpi di nove persone.', '9', '*'),
        ("Diverse persone sono morte nell'incendio.", '-', '*'),
        ('Le vittime hanno superato quota mille.', '1000:more_than', '*'),
        ('Fino a 30 persone potrebbero essere morte.', '30:up_to', '*'),
        ('Crollo a Torre del Greco, salgono a 14 le vittime', '14', '*'),
        ('Sono morte 1.200 persone.', '1200', '*'),
        ('Il numero dei morti è passato da 9 a 25.', '25', '*'),
        ('Lunedì si contavano 9 morti. Martedì le autorità hanno aggiornato il bilancio a 25 morti.', '25', '*'),
        ('Lunedì si contavano 9 morti. Martedì la cifra è salita a 25.', '25', '*'),
        ('Due morti. Il numero dei feriti è salito a 30.', '2', '30'),
        ('Una ventina di persone sono rimaste ferite, due in modo grave, nello scontro tra due'
         ' autobus.', '*', '20:about'),
    ],
)  # fmt: skip
def test_it_italian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "it", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('O número de mortos subiu para 38.', '38', '*'),
        ('A Defesa Civil revisou para baixo o número de mortos, para 21.', '21', '*'),
        ('Pelo menos 1.100 pessoas morreram no terremoto.', '1100:at_least', '*'),
        ('Mais de 500 feridos após a explosão no porto', '*', '500:more_than'),
        ('Quase 40 pessoas ficaram feridas.', '*', '40:nearly'),
        ('Dezenas de mortos e centenas de feridos no ataque', '12:vague', '100:vague'),
        ('Os bombeiros resgataram 12 corpos.', '12', '*'),
        ('Entre 20 e 30 pessoas morreram no incêndio.', '30:range', '*'),
        ('Três mortos e 15 feridos em acidente na BR-116', '3', '15'),
        ('Nove pessoas foram hospitalizadas.', '*', '9'),
        ('Inicialmente foram confirmadas 4 mortes; depois o número subiu para 6.', '6', '*'),
        ('Cinco pessoas continuam desaparecidas.', '-', '-'),
        ('Duzentas e cinquenta pessoas morreram no naufrágio.', '250', '*'),
        ('Terremoto na Turquia: 45 mortos e 120 feridos', '45', '120'),
        ('Doze pessoas ficaram feridas, três delas em estado grave.', '*', '12'),
        ('Só em Petrópolis morreram 12 pessoas; no total, as chuvas deixaram 40 mortos.', '40', '*'),
        ('O número de mortos não para de crescer e já chega a 62.', '62', '*'),
        ('Um morto e dois feridos em tiroteio no Rio', '1', '2'),
        ('A explosão deixou 27 feridos.', '*', '27'),
        ('Três corpos foram encontrados no rio.', '3', '*'),
        ('Uma dúzia de pessoas morreu no ataque.', '12:about', '*'),
        ('Motociclista morre em acidente na BR-101', '1', '*'),
        ('Três pessoas morrem em incêndio em São Paulo', '3', '*'),
        ('Subiu para nove o número de mortos no desabamento do prédio em Fortaleza. Outras 12'
         ' pessoas ficaram feridas.', '9', '*'),
        ('Três pessoas morreram e cinco ficaram feridas num acidente na A1.', '3', '*'),
        ('Mil e duzentas pessoas morreram no terremoto.', '1200', '*'),
        ('Até agora foram confirmadas 27 mortes.', '27', '*'),
        ('Catorze pessoas ficaram machucadas.', '*', '14'),
        ('Pelo menos cinco mortos e dezenas de feridos em ataque em Mogadíscio', '5:at_least', '12:vague'),
        ('Nove pessoas ficaram lesionadas no acidente.', '*', '9'),
        ('Três pessoas morreram em Petrópolis, o que eleva para 11 o total de mortos pelas chuvas.', '11', '*'),
        ('O número de feridos subiu para 30.', '*', '30'),
        ('Foram resgatados os corpos de nove pessoas.', '9', '*'),
        ('Várias pessoas morreram no incêndio.', '-', '*'),
        ('O número de mortos ultrapassou a marca de mil.', '1000:more_than', '*'),
        ('Até 30 pessoas podem ter morrido.', '30:up_to', '*'),
        ('Sobe para 38 o número de mortos em deslizamentos em São Paulo', '38', '*'),
        ('Morreram 2,5 mil pessoas.', '2500', '*'),
        ('O número de mortos passou de 9 para 25.', '25', '*'),
        ('Na segunda-feira havia 9 mortos. Na terça, as autoridades elevaram o número para 25.', '25', '*'),
        ('Dois mortos. O número de feridos subiu para 30.', '2', '30'),
        ('Cerca de 20 pessoas ficaram feridas, duas em estado grave, na colisão de dois ônibus.', '*', '20:about'),
    ],
)  # fmt: skip
def test_pt_portuguese_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "pt", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Jumlah korban tewas bertambah menjadi 56 orang.', '56', '*'),
        ('Jumlah korban jiwa direvisi turun menjadi 21 orang.', '21', '*'),
        ('Sedikitnya 1.200 orang tewas akibat gempa.', '1200:at_least', '*'),
        ('Lebih dari 300 orang luka-luka.', '*', '300:more_than'),
        ('Hampir 40 orang mengalami luka-luka.', '*', '40:nearly'),
        ('Puluhan orang tewas dan ratusan lainnya luka-luka.', '12:vague', '100:vague'),
        ('Tim SAR mengevakuasi 17 jenazah dari reruntuhan.', '17', '*'),
        ('Antara 20 hingga 30 orang tewas dalam kebakaran itu.', '30:range', '*'),
        ('Dua tewas, 14 luka-luka dalam kecelakaan bus di Subang', '2', '14'),
        ('Sebanyak 11 orang dirawat di rumah sakit.', '*', '11'),
        ('Sebelumnya dilaporkan 8 orang meninggal, kini jumlahnya menjadi 10 orang.', '10', '*'),
        ('Empat orang masih hilang.', '-', '-'),
        ('Dua ratus lima puluh orang meninggal dunia dalam kecelakaan kapal itu.', '250', '*'),
        ('Gempa di Turki: 45 tewas, 120 luka-luka', '45', '120'),
        ('Dua belas orang mengalami luka berat dan ringan.', '*', '12'),
        ('Di Kabupaten Cianjur saja 12 orang tewas; secara keseluruhan banjir menewaskan 40 orang.', '40', '*'),
        ('Lebih dari 1.500 orang meninggal dunia.', '1500:more_than', '*'),
        ('Satu tewas dan dua luka-luka dalam penembakan di Medan', '1', '2'),
        ('Ledakan itu melukai 27 orang.', '*', '27'),
        ('Tiga jasad ditemukan di sungai.', '3', '*'),
        ('Belasan orang tewas dalam serangan itu.', '12:vague', '*'),
        ('Seorang pengendara motor tewas dalam kecelakaan itu.', '1', '*'),
        ('Korban meninggal dunia akibat robohnya gedung di Bekasi bertambah menjadi sembilan orang.'
         ' Sebanyak 12 orang lainnya mengalami luka-luka.', '9', '*'),
        ('Dua pekerja meninggal dan seorang lainnya luka berat setelah jatuh dari perancah.', '2', '*'),
        ('Seribu dua ratus orang tewas dalam gempa itu.', '1200', '*'),
        ('Sejauh ini tercatat 27 korban meninggal dunia.', '27', '*'),
        ('Empat belas orang mengalami luka ringan.', '*', '14'),
        ('Sedikitnya lima tewas dan puluhan luka-luka dalam serangan di Mogadishu', '5:at_least', '12:vague'),
        ('Tiga orang tewas di Bogor, sehingga total korban meninggal akibat banjir menjadi 11 orang.', '11', '*'),
        ('Sebanyak 12 orang mengalami luka bakar.', '*', '12'),
        ('Jumlah korban luka bertambah menjadi 30 orang.', '*', '30'),
        ('Sembilan jenazah berhasil dievakuasi.', '9', '*'),
        ('Beberapa orang tewas dalam kebakaran itu.', '-', '*'),
        ('Jumlah korban tewas telah melampaui 1.000 orang.', '1000:more_than', '*'),
        ('Korban tewas gempa Cianjur bertambah jadi 56 orang', '56', '*'),
        ('Korban meninggal gempa bertambah jadi 56', '56', '*'),
        ('Sebanyak 1.200 orang tewas.', '1200', '*'),
        ('Jumlah korban tewas naik dari 9 menjadi 25 orang.', '25', '*'),
        ('Pada Senin tercatat 9 orang tewas. Pada Selasa, angka itu naik menjadi 25.', '25', '*'),
        ('Sekitar 20 orang luka-luka, dua di antaranya luka berat, dalam tabrakan dua bus.', '*', '20:about'),
    ],
)  # fmt: skip
def test_id_indonesian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "id", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Hayatını kaybedenlerin sayısı 48'e yükseldi.", '48', '*'),
        ("Ölü sayısı 12'ye düşürüldü.", '12', '*'),
        ('En az 1.200 kişi hayatını kaybetti.', '1200:at_least', '*'),
        ("300'den fazla kişi yaralandı.", '*', '300:more_than'),
        ('Yaklaşık 40 kişi yaralandı.', '*', '40:about'),
        ('Onlarca kişi öldü, yüzlerce kişi yaralandı.', '12:vague', '100:vague'),
        ('Enkazdan 15 kişinin cansız bedeni çıkarıldı.', '15', '*'),
        ('Kazada 20 ile 30 arasında kişi öldü.', '30:range', '*'),
        ('Otobüs kazası: 3 ölü, 18 yaralı', '3', '18'),
        ('11 kişi hastaneye kaldırıldı.', '*', '11'),
        ("İlk belirlemelere göre 5 kişi ölmüştü; ölü sayısı daha sonra 7'ye yükseldi.", '7', '*'),
        ('4 kişi hâlâ kayıp.', '-', '-'),
        ('Kazada iki yüz elli kişi hayatını kaybetti.', '250', '*'),
        ("Türkiye'de deprem: 45 ölü, 120 yaralı", '45', '120'),
        ('On iki kişi yaralandı, üçünün durumu ağır.', '*', '12'),
        ("Sadece Hatay'da 12 kişi öldü; toplamda sellerde 40 kişi hayatını kaybetti.", '40', '*'),
        ("1.500'den fazla kişi hayatını kaybetti.", '1500:more_than', '*'),
        ('Silahlı saldırıda 1 ölü, 2 yaralı', '1', '2'),
        ('Patlamada 27 kişi yaralandı.', '*', '27'),
        ('Nehirde üç kişinin cesedi bulundu.', '3', '*'),
        ('Saldırıda bir düzine kişi öldü.', '12:about', '*'),
        ('Kazada bir kişi hayatını kaybetti.', '1', '*'),
        ("Binanın çökmesi sonucu hayatını kaybedenlerin sayısı 9'a yükseldi. 12 kişi de yaralandı.", '9', '*'),
        ('İki işçi hayatını kaybetti, bir işçi ağır yaralandı.', '2', '*'),
        ('Depremde bin iki yüz kişi hayatını kaybetti.', '1200', '*'),
        ('Şu ana kadar 27 kişinin öldüğü doğrulandı.', '27', '*'),
        ('On dört asker yaralandı.', '*', '14'),
        ("Mogadişu'da saldırı: En az 5 ölü, onlarca yaralı", '5:at_least', '12:vague'),
        ("İstanbul'da 3 kişi öldü; fırtınada ölenlerin toplam sayısı 11'e yükseldi.", '11', '*'),
        ('Yaralanan 12 kişi hastanelere kaldırıldı.', '*', '12'),
        ('12 kişi yaralı olarak hastaneye kaldırıldı.', '*', '12'),
        ("Yaralı sayısı 30'a yükseldi.", '*', '30'),
        ('Enkaz altından 9 kişinin cansız bedenine ulaşıldı.', '9', '*'),
        ('Birkaç kişi hayatını kaybetti.', '-', '*'),
        ("Ölü sayısı 1000'i aştı.", '1000:more_than', '*'),
        ('Çok sayıda kişi hayatını kaybetti.', '-', '-'),
        ('Kazada sürücü hayatını kaybetti.', '1', '*'),
        ("Depremde can kaybı 48'e yükseldi", '48', '*'),
        ('1.200 kişi öldü.', '1200', '*'),
        ("Ölü sayısı 9'dan 25'e yükseldi.", '25', '*'),
        ("Pazartesi günü 9 kişi ölmüştü. Salı günü bu sayı 25'e yükseldi.", '25', '*'),
        ('Pazartesi günü 9 kişi ölmüştü.', '9', '*'),
        ('İki otobüsün çarpışması sonucu yaklaşık 20 kişi yaralandı, ikisinin durumu ağır.', '*', '20:about'),
    ],
)  # fmt: skip
def test_tr_turkish_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "tr", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Liczba ofiar śmiertelnych wzrosła do 23.', '23', '*'),
        ('Liczbę zabitych skorygowano w dół do 14.', '14', '*'),
        ('Co najmniej 1 200 osób zginęło w trzęsieniu ziemi.', '1200:at_least', '*'),
        ('Ponad 300 osób zostało rannych.', '*', '300:more_than'),
        ('Prawie 40 osób zostało rannych.', '*', '40:nearly'),
        ('Dziesiątki zabitych i setki rannych po zamachu', '12:vague', '100:vague'),
        ('Strażacy wydobyli z gruzów 9 ciał.', '9', '*'),
        ('Trzy osoby nie żyją, 12 zostało rannych w wypadku autobusu pod Krakowem', '3', '12'),
        ('Siedem osób trafiło do szpitala.', '*', '7'),
        ('Początkowo mówiono o czterech ofiarach, teraz liczba zabitych wzrosła do 6.', '6', '*'),
        ('Dwie osoby wciąż są zaginione.', '-', '-'),
        ('Dwieście pięćdziesiąt osób zginęło w katastrofie promu.', '250', '*'),
        ('Trzęsienie ziemi w Turcji: 45 zabitych, 120 rannych', '45', '120'),
        ('Dwanaście osób zostało rannych, trzy z nich ciężko.', '*', '12'),
        ('Ponad 1500 osób zginęło w powodzi.', '1500:more_than', '*'),
        ('Jedna osoba nie żyje, dwie zostały ranne w strzelaninie w Gdańsku', '1', '2'),
        ('W wybuchu obrażenia odniosło 27 osób.', '*', '27'),
        ('Z Wisły wyłowiono trzy ciała.', '3', '*'),
        ('Kilkanaście osób zostało rannych w wypadku.', '*', '12:vague'),
        ('Mężczyzna zginął w wypadku.', '1', '*'),
        ('W pożarze kamienicy w Łodzi zginęło pięć osób, a kolejne dziesięć trafiło do szpitala.', '5', '*'),
        ('Bilans ofiar katastrofy wzrósł do 21 zabitych. Wcześniej informowano o 18 ofiarach'
         ' śmiertelnych.', '21', '*'),
        ('Rannych zostało 34 pasażerów, w tym sześcioro dzieci.', '*', '34'),
        ('Dwie osoby zginęły, gdy samochód wjechał w przystanek.', '2', '*'),
        ('W trzęsieniu ziemi zginęło tysiąc dwieście osób.', '1200', '*'),
        ('W trzęsieniu ziemi zginęło 1200 osób.', '1200', '*'),
        ('Dotychczas potwierdzono śmierć 27 osób.', '27', '*'),
        ('Czternaście osób zostało poszkodowanych.', '*', '14'),
        ('Co najmniej pięć ofiar śmiertelnych i dziesiątki rannych w zamachu w Mogadiszu', '5:at_least', '12:vague'),
        ('W Krakowie zginęły trzy osoby, a łączna liczba ofiar nawałnic wzrosła do 11.', '11', '*'),
        ('Obrażenia odniosło 12 osób.', '*', '12'),
        ('Rannych zostało 12 osób.', '*', '12'),
        ('Liczba rannych wzrosła do 30.', '*', '30'),
        ('Spod gruzów wydobyto ciała dziewięciu osób.', '9', '*'),
        ('Kilka osób zginęło w pożarze.', '-', '*'),
        ('Liczba ofiar przekroczyła tysiąc.', '1000:more_than', '*'),
        ('Nawet 30 osób mogło zginąć.', '30:up_to', '*'),
        ('Rośnie liczba ofiar. Nie żyje już 23 osób', '23', '*'),
        ('Nie żyją 23 osoby', '23', '*'),
        ('Zginęło 1\xa0200 osób.', '1200', '*'),
        ('Zginęło 6,5 tys. osób.', '6500', '*'),
        ('Liczba zabitych wzrosła z 9 do 25.', '25', '*'),
        ('W poniedziałek mówiono o 9 zabitych. We wtorek liczba ta wzrosła do 25.', '25', '*'),
        ('Dwie osoby zginęły. Liczba rannych wzrosła do 30.', '2', '30'),
        ('Około 20 osób zostało rannych, w tym dwie ciężko, w zderzeniu dwóch autobusów.', '*', '20:about'),
    ],
)  # fmt: skip
def test_pl_polish_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "pl", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Ο αριθμός των νεκρών αυξήθηκε σε 57.', '57', '*'),
        ('Τουλάχιστον 1.200 άνθρωποι σκοτώθηκαν στον σεισμό.', '1200:at_least', '*'),
        ('Περισσότεροι από 300 τραυματίες από την έκρηξη', '*', '300:more_than'),
        ('Σχεδόν 40 άνθρωποι τραυματίστηκαν.', '*', '40:nearly'),
        ('Δεκάδες νεκροί και εκατοντάδες τραυματίες στη Γάζα', '12:vague', '100:vague'),
        ('Οι διασώστες ανέσυραν 12 σορούς από τα συντρίμμια.', '12', '*'),
        ('Δύο νεκροί και 15 τραυματίες σε τροχαίο στη Θεσσαλονίκη', '2', '15'),
        ('Επτά άνθρωποι μεταφέρθηκαν στο νοσοκομείο.', '*', '7'),
        ('Αρχικά είχαν αναφερθεί 4 νεκροί, ο αριθμός αυξήθηκε σε 6.', '6', '*'),
        ('Τρία άτομα αγνοούνται.', '-', '-'),
        ('Σεισμός στην Τουρκία: 45 νεκροί και 120 τραυματίες', '45', '120'),
        ('Διακόσιοι πενήντα άνθρωποι έχασαν τη ζωή τους στο ναυάγιο.', '250', '*'),
        ('Δώδεκα άνθρωποι τραυματίστηκαν, τρεις από αυτούς σοβαρά.', '*', '12'),
        ('Ένας νεκρός και δύο τραυματίες από πυροβολισμούς στην Αθήνα', '1', '2'),
        ('Τρεις σοροί εντοπίστηκαν στη θάλασσα.', '3', '*'),
        ('Από την έκρηξη τραυματίστηκαν 27 άτομα.', '*', '27'),
        ('Ένας άνδρας σκοτώθηκε στο τροχαίο.', '1', '*'),
        ('Τέσσερις άνθρωποι έχασαν τη ζωή τους και 12 τραυματίστηκαν από τη φωτιά στην Αττική.', '4', '*'),
        ('Στους 57 ανέρχονται οι νεκροί από τη σύγκρουση των τρένων στα Τέμπη.', '57', '*'),
        ('Στο νοσοκομείο νοσηλεύονται 48 τραυματίες, εκ των οποίων έξι σε σοβαρή κατάσταση.', '*', '48'),
        ('Ένας 45χρονος άνδρας έχασε τη ζωή του στο τροχαίο.', '1', '*'),
        ('Χίλιοι διακόσιοι άνθρωποι σκοτώθηκαν στον σεισμό.', '1200', '*'),
        ('Οι νεκροί ανέρχονται σε 1.200.', '1200', '*'),
        ('Μέχρι στιγμής έχουν επιβεβαιωθεί 27 θάνατοι.', '27', '*'),
        ('Δεκατέσσερις στρατιώτες τραυματίστηκαν.', '*', '14'),
        ('Τουλάχιστον πέντε νεκροί και δεκάδες τραυματίες σε επίθεση στο Μογκαντίσου', '5:at_least', '12:vague'),
        ('Στην Αθήνα σκοτώθηκαν τρεις άνθρωποι, ενώ συνολικά οι νεκροί από την κακοκαιρία'
         ' ανέρχονται σε 11.', '11', '*'),
        ('Δώδεκα άτομα διακομίστηκαν στο νοσοκομείο.', '*', '12'),
        ('Ο αριθμός των τραυματιών αυξήθηκε σε 30.', '*', '30'),
        ('Ανασύρθηκαν οι σοροί εννέα ανθρώπων.', '9', '*'),
        ('Αρκετοί άνθρωποι σκοτώθηκαν στην έκρηξη.', '-', '*'),
        ('Οι νεκροί ξεπέρασαν τους 1.000.', '1000:more_than', '*'),
        ('Στους 57 οι νεκροί από τη σύγκρουση των τρένων', '57', '*'),
        ('57 νεκροί από τη σύγκρουση των τρένων στα Τέμπη', '57', '*'),
        ('Σκοτώθηκαν 1.200 άνθρωποι.', '1200', '*'),
        ('Ο αριθμός των νεκρών αυξήθηκε από 9 σε 25.', '25', '*'),
        ('Τη Δευτέρα οι νεκροί ήταν 9. Την Τρίτη ο αριθμός αυξήθηκε σε 25.', '25', '*'),
        ('Περίπου 20 άτομα τραυματίστηκαν, δύο σοβαρά, στη σύγκρουση δύο λεωφορείων.', '*', '20:about'),
    ],
)  # fmt: skip
def test_el_greek_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "el", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('ارتفعت حصيلة القتلى إلى 57 شخصا.', '57', '*'),
        ('قتل ما لا يقل عن 1200 شخص في الزلزال.', '1200:at_least', '*'),
        ('أصيب أكثر من 300 شخص في الانفجار.', '*', '300:more_than'),
        ('أصيب نحو 40 شخصا بجروح.', '*', '40:about'),
        ('عشرات القتلى ومئات الجرحى في انفجار', '12:vague', '100:vague'),
        ('انتشلت فرق الإنقاذ 12 جثة من تحت الأنقاض.', '12', '*'),
        ('مقتل 3 وإصابة 15 في حادث سير بالقاهرة', '3', '15'),
        ('نقل 7 أشخاص إلى المستشفى بعد الحادث.', '*', '7'),
        ('وكانت الحصيلة السابقة 4 قتلى، قبل أن ترتفع إلى 6 قتلى.', '6', '*'),
        ('لا يزال 3 أشخاص في عداد المفقودين.', '-', '-'),
        ('قتل شخص وأصيب ثلاثة آخرون في انفجار.', '1', '3'),
        ('زلزال في تركيا: 45 قتيلا و120 جريحا', '45', '120'),
        ('لقي 250 شخصا حتفهم في غرق القارب.', '250', '*'),
        ('أصيب اثنا عشر شخصا بجروح، ثلاثة منهم في حالة خطيرة.', '*', '12'),
        ('في محافظة حلب وحدها قتل 12 شخصا، وبلغ إجمالي عدد القتلى 40.', '40', '*'),
        ('أسفر الانفجار عن إصابة 27 شخصا.', '*', '27'),
        ('عثر على ثلاث جثث في النهر.', '3', '*'),
        ('توفي 5 أشخاص في الطريق إلى المستشفى.', '5', '-'),
        ('ارتفع عدد ضحايا انهيار المبنى في الإسكندرية إلى تسعة قتلى. وأصيب 12 شخصا آخرون بجروح.', '9', '*'),
        ('قتل ١٢٠٠ شخص في الزلزال.', '1200', '*'),
        ('قتل ألف ومئتا شخص في الزلزال.', '1200', '*'),
        ('ارتفعت حصيلة القتلى إلى ألفي شخص.', '2000', '*'),
        ('قتل شخصان في الحادث.', '2', '*'),
        ('قتل ثلاثة آلاف وخمسمئة شخص في الزلزال.', '3500', '*'),
        ('ارتفعت حصيلة القتلى إلى ألفين وخمسمائة شخص.', '2500', '*'),
        ('حتى الآن تأكدت وفاة 27 شخصا.', '27', '*'),
        ('أصيب أربعة عشر جنديا.', '*', '14'),
        ('خمسة قتلى على الأقل وعشرات الجرحى في هجوم بمقديشو', '5:at_least', '12:vague'),
        ('وارتفع عدد الوفيات إلى 57 حالة.', '57', '*'),
        ('لقي ثمانية أشخاص مصرعهم في الحادث.', '8', '*'),
        ('لقي شاب مصرعه في حادث سير.', '1', '*'),
        ('أصيب 25 آخرون بجروح متفاوتة.', '*', '25'),
        ('قال الدفاع المدني إن عدد الضحايا بلغ 12 قتيلا.', '12', '*'),
        ('مصرع 5 أشخاص وإصابة 20 آخرين في حريق بالرياض', '5', '20'),
        ('لقي الركاب مصرعهم في الحادث.', '-', '-'),
        ('لقيت امرأة حتفها في الحريق.', '1', '*'),
        ('قتل ثلاثة أشخاص في حلب، ليرتفع إجمالي عدد القتلى جراء العاصفة إلى 11.', '11', '*'),
        ('ارتفع عدد المصابين إلى 30.', '*', '30'),
        ('تم انتشال جثث تسعة أشخاص.', '9', '*'),
        ('قتل عدة أشخاص في الانفجار.', '-', '*'),
        ('تجاوز عدد القتلى 1000 شخص.', '1000:more_than', '*'),
        ('ارتفاع حصيلة ضحايا الزلزال إلى 57 قتيلا', '57', '*'),
        ('ارتفاع عدد ضحايا الزلزال إلى 57', '57', '*'),
        ('قتل ١٫٥ ألف شخص.', '1500', '*'),
        ('ارتفع عدد القتلى من 9 إلى 25.', '25', '*'),
        ('قتل 9 أشخاص يوم الاثنين. وارتفع هذا العدد إلى 25.', '25', '*'),
        ('أصيب نحو 20 شخصا، بينهم اثنان في حالة خطرة، في تصادم حافلتين.', '*', '20:about'),
    ],
)  # fmt: skip
def test_ar_arabic_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "ar", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('मरने वालों की संख्या बढ़कर 57 हो गई है।', '57', '*'),
        ('कम से कम 1,200 लोगों की मौत हो गई।', '1200:at_least', '*'),
        ('300 से अधिक लोग घायल हुए।', '*', '300:more_than'),
        ('करीब 40 लोग घायल हो गए।', '*', '40:about'),
        ('दर्जनों लोगों की मौत, सैकड़ों घायल', '12:vague', '100:vague'),
        ('बचावकर्मियों ने मलबे से 12 शव निकाले।', '12', '*'),
        ('सड़क हादसे में 3 की मौत, 15 घायल', '3', '15'),
        ('7 लोगों को अस्पताल में भर्ती कराया गया।', '*', '7'),
        ('पहले 4 लोगों के मरने की खबर थी, अब मृतकों की संख्या बढ़कर 6 हो गई है।', '6', '*'),
        ('3 लोग अभी भी लापता हैं।', '-', '-'),
        ('तुर्की में भूकंप: 45 की मौत, 120 घायल', '45', '120'),
        ('नाव हादसे में 250 लोगों की जान चली गई।', '250', '*'),
        ('बारह लोग घायल हो गए, जिनमें से तीन की हालत गंभीर है।', '*', '12'),
        ('बाढ़ में 1,500 से ज्यादा लोगों की मौत हो चुकी है।', '1500:more_than', '*'),
        ('धमाके में 27 लोग जख्मी हो गए।', '*', '27'),
        ('नदी से तीन शव बरामद किए गए।', '3', '*'),
        ('गोलीबारी में एक की मौत, दो घायल', '1', '2'),
        ('हादसे में अब तक 11 लोगों की मौत हो चुकी है, जबकि 25 लोग घायल हैं।', '11', '*'),
        ('बस के खाई में गिरने से पांच लोगों की मौत हो गई।', '5', '*'),
        ('बस के खाई में गिरने से बीस यात्री घायल हो गए।', '*', '20'),
        ('मृतकों की संख्या 18 पहुंच गई है।', '18', '*'),
        ('हादसे में एक व्यक्ति की मौत हो गई।', '1', '*'),
        ('भूकंप में बारह सौ लोगों की मौत हो गई।', '1200', '*'),
        ('अब तक 1,20,500 लोगों की मौत हो चुकी है।', '120500', '*'),
        ('भूकंप में १२०० लोगों की मौत हो गई।', '1200', '*'),
        ('भूकंप में साढ़े तीन हजार लोगों की मौत हो गई।', '3500', '*'),
        ('भूकंप में 2 लाख 50 हजार लोगों की मौत हो गई।', '250000', '*'),
        ('अब तक 27 लोगों की मौत की पुष्टि हुई है।', '27', '*'),
        ('चौदह जवान घायल हो गए।', '*', '14'),
        ('मोगादिशु में हमला: कम से कम पांच की मौत, दर्जनों घायल', '5:at_least', '12:vague'),
        ('दिल्ली में तीन लोगों की मौत हुई, जबकि राज्य में मरने वालों की कुल संख्या 11 हो गई है।', '11', '*'),
        ('12 लोग जख्मी हो गए।', '*', '12'),
        ('घायलों की संख्या 30 हो गई है।', '*', '30'),
        ('मलबे से नौ लोगों के शव निकाले गए।', '9', '*'),
        ('कई लोगों की मौत हो गई।', '-', '*'),
        ('मरने वालों की संख्या 1,000 के पार पहुंच गई है।', '1000:more_than', '*'),
        ('मृतकों की संख्या बढ़कर 57 हुई', '57', '*'),
        ('1.5 लाख लोगों की मौत हो गई।', '150000', '*'),
        ('मरने वालों की संख्या 9 से बढ़कर 25 हो गई।', '25', '*'),
        ('सोमवार को 9 लोगों की मौत हुई थी। मंगलवार को यह संख्या बढ़कर 25 हो गई।', '25', '*'),
        ('दो बसों की टक्कर में करीब 20 लोग घायल हो गए, जिनमें से दो की हालत गंभीर है।', '*', '20:about'),
    ],
)  # fmt: skip
def test_hi_hindi_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "hi", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Dødstallet har steget til 23.', '23', '*'),
        ('Minst 1 200 mennesker omkom i jordskjelvet.', '1200:at_least', '*'),
        ('Over 300 personer ble skadet.', '*', '300:more_than'),
        ('Nesten 40 personer ble skadd.', '*', '40:nearly'),
        ('Titalls døde og hundrevis skadet etter angrepet', '12:vague', '100:vague'),
        ('Redningsmannskaper har funnet 12 lik.', '12', '*'),
        ('To døde og 15 skadde i bussulykke i Hordaland', '2', '15'),
        ('Sju personer ble fraktet til sykehus.', '*', '7'),
        ('Dødstallet er nedjustert til 18.', '18', '*'),
        ('Tre personer er fortsatt savnet.', '-', '-'),
        ('Jordskjelv i Tyrkia: 45 døde og 120 skadde', '45', '120'),
        ('To hundre og femti mennesker omkom i forliset.', '250', '*'),
        ('Tolv personer ble skadet, tre av dem alvorlig.', '*', '12'),
        ('Bare i Bergen døde 12 personer; totalt har uværet krevd 40 menneskeliv.', '40', '*'),
        ('Én død og to skadd i skyting i Oslo', '1', '2'),
        ('27 personer ble skadet i eksplosjonen.', '*', '27'),
        ('Tre lik er funnet i elva.', '3', '*'),
        ('En mann omkom i ulykken.', '1', '*'),
        ('Fem personer omkom da bussen kjørte av veien i Nordland. Ytterligere 12 ble fraktet til'
         ' sykehus.', '5', '*'),
        ('Antall døde etter raset har økt til 17, opplyser politiet.', '17', '*'),
        ('En mann i 50-årene omkom i brannen.', '1', '*'),
        ('Tolv hundre mennesker omkom i jordskjelvet.', '1200', '*'),
        ('Ett tusen to hundre mennesker omkom i jordskjelvet.', '1200', '*'),
        ('Så langt er 27 dødsfall bekreftet.', '27', '*'),
        ('Fjorten soldater ble såret.', '*', '14'),
        ('Minst fem døde og titalls skadd i angrep i Mogadishu', '5:at_least', '12:vague'),
        ('Tolv personer ble lettere skadd.', '*', '12'),
        ('Tolv personer er sendt til sykehus.', '*', '12'),
        ('Antallet skadde har steget til 30.', '*', '30'),
        ('Ni personer er funnet omkommet.', '9', '*'),
        ('Flere personer omkom i brannen.', '-', '*'),
        ('Dødstallet har passert 1000.', '1000:more_than', '*'),
        ('23 døde etter jordskjelvet', '23', '*'),
        ('Dødstallet stiger til 23', '23', '*'),
        ('1\xa0200 mennesker omkom.', '1200', '*'),
        ('Dødstallet har steget fra 9 til 25.', '25', '*'),
        ('Mandag var ni personer omkommet. Tirsdag steg tallet til 25.', '25', '*'),
        ('To personer døde. Antallet skadde har steget til 30.', '2', '30'),
        ('Rundt 20 personer ble skadd, to av dem alvorlig, da to busser kolliderte.', '*', '20:about'),
    ],
)  # fmt: skip
def test_no_norwegian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "no", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Кількість загиблих зросла до 23 осіб.', '23', '*'),
        ('Щонайменше 1 200 людей загинули.', '1200:at_least', '*'),
        ('Понад 300 людей отримали поранення.', '*', '300:more_than'),
        ('Десятки загиблих і сотні поранених', '12:vague', '100:vague'),
        ('Рятувальники дістали з-під завалів тіла 12 людей.', '12', '*'),
        ('Двоє загиблих і 15 поранених внаслідок обстрілу Харкова', '2', '15'),
        ('Землетрус у Туреччині: 45 загиблих, 120 поранених', '45', '120'),
        ("Двісті п'ятдесят людей загинули внаслідок катастрофи.", '250', '*'),
        ('З річки витягли три тіла.', '3', '*'),
        ('Внаслідок вибуху постраждали 27 людей.', '*', '27'),
        ('Понад десяток людей отримали поранення.', '*', '10:more_than'),
        ('Внаслідок землетрусу загинули тисяча двісті людей.', '1200', '*'),
        ('Наразі підтверджено загибель 27 людей.', '27', '*'),
        ('У Києві загинули троє людей, загальна кількість загиблих зросла до 11.', '11', '*'),
        ("Знайдено тіла дев'ятьох людей.", '9', '*'),
        ('Кількість загиблих унаслідок удару зросла до 23', '23', '*'),
        ('Загинули 1\xa0200 людей.', '1200', '*'),
        ('Кількість загиблих зросла з 9 до 25.', '25', '*'),
        ('У понеділок повідомляли про 9 загиблих. У вівторок їхня кількість зросла до 25.', '25', '*'),
        ('Близько 20 людей отримали поранення, двоє з них — важкі.', '*', '20:about'),
    ],
)  # fmt: skip
def test_uk_ukrainian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "uk", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Число погибших возросло до 23.', '23', '*'),
        ('По меньшей мере 1 200 человек погибли.', '1200:at_least', '*'),
        ('Более 300 человек получили ранения.', '*', '300:more_than'),
        ('Десятки погибших и сотни раненых', '12:vague', '100:vague'),
        ('Спасатели извлекли из-под завалов 12 тел.', '12', '*'),
        ('Двое погибших и 15 пострадавших в ДТП под Москвой', '2', '15'),
        ('Землетрясение в Турции: 45 погибших, 120 раненых', '45', '120'),
        ('Двести пятьдесят человек погибли в результате крушения.', '250', '*'),
        ('В результате взрыва пострадали 27 человек.', '*', '27'),
        ('Из реки извлекли три тела.', '3', '*'),
        ('Более десятка человек погибли при обрушении.', '10:more_than', '*'),
        ('В результате землетрясения погибли тысяча двести человек.', '1200', '*'),
        ('На данный момент подтверждена гибель 27 человек.', '27', '*'),
        ('В Москве погибли три человека, общее число жертв выросло до 11.', '11', '*'),
        ('Найдены тела девяти человек.', '9', '*'),
        ('Число погибших при взрыве выросло до 23', '23', '*'),
        ('Погибли 1\xa0200 человек.', '1200', '*'),
        ('Число погибших выросло с 9 до 25.', '25', '*'),
        ('В понедельник сообщалось о 9 погибших. Во вторник их число выросло до 25.', '25', '*'),
        ('Около 20 человек получили ранения, двое из них — тяжелые.', '*', '20:about'),
    ],
)  # fmt: skip
def test_ru_russian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "ru", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('사망자가 23명으로 늘었다.', '23', '*'),
        ('최소 1,200명이 숨졌다.', '1200:at_least', '*'),
        ('300명 이상이 다쳤다.', '*', '300:at_least'),
        ('수십 명이 숨지고 수백 명이 다쳤다.', '12:vague', '100:vague'),
        ('구조대는 시신 12구를 수습했다.', '12', '*'),
        ('버스 사고로 2명이 숨지고 15명이 다쳤다.', '2', '15'),
        ('튀르키예 지진: 45명 사망, 120명 부상', '45', '120'),
        ('강에서 시신 3구가 발견됐다.', '3', '*'),
        ('지진으로 1천200명이 숨졌다.', '1200', '*'),
        ('지진으로 1만5천명이 숨졌다.', '15000', '*'),
        ('지진으로 2만 3천명이 숨졌다.', '23000', '*'),
        ('지금까지 27명의 사망이 확인됐다.', '27', '*'),
        ('서울에서 3명이 숨져 전체 사망자는 11명으로 늘었다.', '11', '*'),
        ('화재로 2명이 숨지고 5명이 다쳐 병원으로 옮겨졌다.', '2', '5'),
        ('버스가 추락해 승객 12명이 다쳐 치료를 받고 있다.', '*', '12'),
        ('지진 사망자 23명으로 늘어', '23', '*'),
        ('사망자는 9명에서 25명으로 늘었다.', '25', '*'),
        ('약 20명이 다쳤으며 이 중 2명은 중상이다.', '*', '20:about'),
    ],
)  # fmt: skip
def test_ko_korean_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "ko", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('死亡人数已升至23人。', '23', '*'),
        ('至少1200人遇难。', '1200:at_least', '*'),
        ('300多人受伤。', '*', '300:more_than'),
        ('数十人死亡，数百人受伤。', '12:vague', '100:vague'),
        ('救援人员已找到12具遗体。', '12', '*'),
        ('客车事故造成2人死亡15人受伤。', '2', '15'),
        ('土耳其地震：45人死亡，120人受伤', '45', '120'),
        ('河中发现3具尸体。', '3', '*'),
        ('地震造成一千二百人死亡。', '1200', '*'),
        ('地震已造成1.5万人死亡。', '15000', '*'),
        ('地震已造成1万5千人死亡。', '15000', '*'),
        ('至少5千人受伤。', '*', '5000:at_least'),
        ('目前已确认27人死亡。', '27', '*'),
        ('截至目前，事故已造成57人遇难。', '57', '*'),
        ('另有120人受伤，其中20人伤势严重。', '*', '120'),
        ('地震已致57人遇难120人受伤', '57', '120'),
        ('事故已造成8人死亡，此前报道为5人。', '8', '*'),
        ('救援人员从废墟中找到12名遇难者。', '12', '*'),
        ('一名男子在事故中身亡。', '1', '*'),
        ('数十人在爆炸中死亡。', '12:vague', '*'),
        ('30余人受伤。', '*', '30:more_than'),
        ('遇难人数上升至35人。', '35', '*'),
        ('另有3人失踪，搜救工作仍在进行。', '-', '-'),
        ('北京有3人死亡，总死亡人数升至11人。', '11', '*'),
        ('地震死亡人数升至23人', '23', '*'),
        ('死亡人数从9人升至25人。', '25', '*'),
        ('约20人受伤，其中2人伤势严重。', '*', '20:about'),
    ],
)  # fmt: skip
def test_zh_chinese_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "zh", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('死者は23人に増えた。', '23', '*'),
        ('少なくとも1200人が死亡した。', '1200:at_least', '*'),
        ('300人以上がけがをした。', '*', '300:at_least'),
        ('数十人が死亡し、数百人がけがをした。', '12:vague', '100:vague'),
        ('12人の遺体が収容された。', '12', '*'),
        ('バスの事故で2人が死亡、15人が負傷した。', '2', '15'),
        ('トルコで地震、45人死亡120人けが', '45', '120'),
        ('川から3人の遺体が見つかった。', '3', '*'),
        ('地震で1200人が死亡した。', '1200', '*'),
        ('死者は1万5000人に達した。', '15000', '*'),
        ('死者は1万5千人に達した。', '15000', '*'),
        ('これまでに27人の死亡が確認された。', '27', '*'),
        ('東京で3人が死亡し、死者は合わせて11人となった。', '11', '*'),
        ('地震の死者23人に', '23', '*'),
        ('死者は9人から25人に増えた。', '25', '*'),
        ('約20人がけがをし、うち2人が重傷。', '*', '20:about'),
    ],
)  # fmt: skip
def test_ja_japanese_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "ja", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Số người chết đã tăng lên 23.', '23', '*'),
        ('Ít nhất 1.200 người thiệt mạng.', '1200:at_least', '*'),
        ('Hơn 300 người bị thương.', '*', '300:more_than'),
        ('Hàng chục người chết và hàng trăm người bị thương.', '12:vague', '100:vague'),
        ('Lực lượng cứu hộ đã tìm thấy 12 thi thể.', '12', '*'),
        ('Tai nạn xe khách làm 2 người chết, 15 người bị thương.', '2', '15'),
        ('Động đất ở Thổ Nhĩ Kỳ: 45 người chết, 120 người bị thương', '45', '120'),
        ('Ba thi thể được tìm thấy dưới sông.', '3', '*'),
        ('Một nghìn hai trăm người thiệt mạng trong trận động đất.', '1200', '*'),
        ('Đến nay đã xác nhận 27 người tử vong.', '27', '*'),
        ('Tại Hà Nội có 3 người chết, nâng tổng số người chết lên 11.', '11', '*'),
        ('Đã tìm thấy thi thể của 9 người.', '9', '*'),
        ('Số người chết do bão tăng lên 23', '23', '*'),
        ('1.200 người thiệt mạng.', '1200', '*'),
        ('Số người chết tăng từ 9 lên 25.', '25', '*'),
        ('Khoảng 20 người bị thương, trong đó 2 người bị thương nặng.', '*', '20:about'),
    ],
)  # fmt: skip
def test_vi_vietnamese_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "vi", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('شمار کشته\u200cشدگان به ۲۳ نفر افزایش یافت.', '23', '*'),
        ('دست\u200cکم ۱۲۰۰ نفر کشته شدند.', '1200:at_least', '*'),
        ('بیش از ۳۰۰ نفر زخمی شدند.', '*', '300:more_than'),
        ('شمار کشته\u200cشدگان زلزله\u200cها به بیش از ۲۰۰۰ نفر رسیده است.', '2000:more_than', '*'),
        ('ده\u200cها نفر کشته و صدها نفر زخمی شدند.', '12:vague', '100:vague'),
        ('پیکر ۱۲ نفر از زیر آوار بیرون کشیده شد.', '12', '*'),
        ('زلزله در ترکیه: ۴۵ کشته و ۱۲۰ زخمی', '45', '120'),
        ('سه جسد از رودخانه بیرون کشیده شد.', '3', '*'),
        ('۱٬۲۰۰ نفر در زلزله کشته شدند.', '1200', '*'),
        ('هزار و دویست نفر در زلزله کشته شدند.', '1200', '*'),
        ('تاکنون مرگ ۲۷ نفر تأیید شده است.', '27', '*'),
        ('شمار جان\u200cباختگان به ۵۷ نفر رسید.', '57', '*'),
        ('۱۲۰ نفر نیز مجروح شدند.', '*', '120'),
        ('در این حادثه هشت نفر جان باختند.', '8', '*'),
        ('یک نفر در این حادثه کشته شد.', '1', '*'),
        ('آتش\u200cسوزی در تهران: ۵ کشته و ۲۰ زخمی', '5', '20'),
        ('۲۵ مصدوم به بیمارستان منتقل شدند.', '*', '25'),
        ('در تهران سه نفر جان باختند و شمار کل جان\u200cباختگان به ۱۱ نفر رسید.', '11', '*'),
        ('شمار قربانیان زلزله به ۲۳ نفر رسید', '23', '*'),
        ('۱٫۵ هزار نفر کشته شدند.', '1500', '*'),
        ('شمار کشته\u200cشدگان از ۹ به ۲۵ نفر افزایش یافت.', '25', '*'),
        ('حدود ۲۰ نفر زخمی شدند که حال دو نفر وخیم است.', '*', '20:about'),
    ],
)  # fmt: skip
def test_fa_persian_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "fa", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Het dodental is gestegen tot 23.', '23', '*'),
        ('Zeker 1.200 mensen kwamen om het leven.', '1200:at_least', '*'),
        ('Meer dan 300 mensen raakten gewond.', '*', '300:more_than'),
        ('Tientallen doden en honderden gewonden na aardbeving', '12:vague', '100:vague'),
        ('Reddingswerkers hebben 12 lichamen geborgen.', '12', '*'),
        ('Twee doden en 15 gewonden bij busongeluk in Limburg', '2', '15'),
        ('Aardbeving in Turkije: 45 doden en 120 gewonden', '45', '120'),
        ('Tweehonderdvijftig mensen kwamen om bij de scheepsramp.', '250', '*'),
        ('Bij de explosie raakten 27 mensen gewond.', '*', '27'),
        ('Er zijn drie lichamen uit de rivier gehaald.', '3', '*'),
        ('Drie doden bij brand in Rotterdam', '3', '*'),
        ('Een fietser is om het leven gekomen bij een aanrijding.', '1', '*'),
        ('Bij de aardbeving kwamen twaalfhonderd mensen om het leven.', '1200', '*'),
        ('Tot nu toe zijn 27 doden bevestigd.', '27', '*'),
        ('In Rotterdam kwamen drie mensen om, waarmee het totale dodental op elf komt.', '11', '*'),
        ('De lichamen van negen mensen zijn gevonden.', '9', '*'),
        ('Dodental aardbeving opgelopen tot 23', '23', '*'),
        ('Er kwamen 1.200 mensen om het leven.', '1200', '*'),
        ('Het dodental steeg van 9 naar 25.', '25', '*'),
        ('Maandag waren er negen doden. Dinsdag steeg het aantal naar 25.', '25', '*'),
        ('Ongeveer 20 mensen raakten gewond, van wie twee ernstig.', '*', '20:about'),
    ],
)  # fmt: skip
def test_nl_dutch_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "nl", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Počet obětí stoupl na 23.', '23', '*'),
        ('Nejméně 1 200 lidí zemřelo.', '1200:at_least', '*'),
        ('Více než 300 lidí bylo zraněno.', '*', '300:more_than'),
        ('Desítky mrtvých a stovky zraněných po zemětřesení', '12:vague', '100:vague'),
        ('V Lipové-lázních se utopila žena, kterou strhl proud.', '1', '*'),
        ('Dva mrtví a 15 zraněných při nehodě autobusu u Brna', '2', '15'),
        ('Zemětřesení v Turecku: 45 mrtvých a 120 zraněných', '45', '120'),
        ('Při neštěstí zahynulo dvě stě padesát lidí.', '250', '*'),
        ('Při výbuchu se zranilo 27 lidí.', '*', '27'),
        ('Z řeky vytáhli tři těla.', '3', '*'),
        ('Při zemětřesení zahynulo tisíc dvě stě lidí.', '1200', '*'),
        ('Dosud bylo potvrzeno 27 obětí.', '27', '*'),
        ('V Praze zemřeli tři lidé, celkový počet obětí tak stoupl na 11.', '11', '*'),
        ('Záchranáři našli těla devíti lidí.', '9', '*'),
        ('Počet mrtvých po výbuchu stoupl na 23', '23', '*'),
        ('Zemřelo 1\xa0200 lidí.', '1200', '*'),
        ('Počet mrtvých stoupl z 9 na 25.', '25', '*'),
        ('Zhruba 20 lidí se zranilo, dva z nich vážně.', '*', '20:about'),
    ],
)  # fmt: skip
def test_cs_czech_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "cs", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('নিহতের সংখ্যা বেড়ে ২৩ জনে দাঁড়িয়েছে।', '23', '*'),
        ('অন্তত ১,২০০ জন নিহত হয়েছেন।', '1200:at_least', '*'),
        ('৩০০ জনের বেশি আহত হয়েছেন।', '*', '300:more_than'),
        ('উদ্ধারকর্মীরা ১২টি মরদেহ উদ্ধার করেছে।', '12', '*'),
        ('বাস দুর্ঘটনায় ২ জন নিহত, ১৫ জন আহত', '2', '15'),
        ('তুরস্কে ভূমিকম্প: ৪৫ জন নিহত, ১২০ জন আহত', '45', '120'),
        ('নদী থেকে তিনটি লাশ উদ্ধার করা হয়েছে।', '3', '*'),
        ('একটি ভবন ধসে ১২ জন নিহত হয়েছেন।', '12', '*'),
        ('ভূমিকম্পে ১,২০০ জন নিহত হয়েছেন।', '1200', '*'),
        ('ভূমিকম্পে এক হাজার দুইশ জন নিহত হয়েছেন।', '1200', '*'),
        ('এখন পর্যন্ত ২৭ জনের মৃত্যু নিশ্চিত হয়েছে।', '27', '*'),
        ('নিহতের সংখ্যা বেড়ে ৫৭ জনে দাঁড়িয়েছে।', '57', '*'),
        ('এ ঘটনায় আটজন নিহত হয়েছেন। আহত হয়েছেন আরও ১২০ জন।', '8', '120'),
        ('এ ঘটনায় আটজন নিহত হয়েছেন।', '8', '*'),
        ('দুর্ঘটনায় একজন নিহত হয়েছেন।', '1', '*'),
        ('আহত ২৫ জনকে হাসপাতালে ভর্তি করা হয়েছে।', '*', '25'),
        ('ধ্বংসস্তূপ থেকে ১২ জনের লাশ উদ্ধার করা হয়েছে।', '12', '*'),
        ('ঢাকায় অগ্নিকাণ্ডে ৫ জনের মৃত্যু, আহত ২০', '5', '20'),
        ('ঢাকায় তিনজন নিহত হওয়ায় মোট নিহতের সংখ্যা বেড়ে ১১ জনে দাঁড়িয়েছে।', '11', '*'),
        ('ভূমিকম্পে নিহত বেড়ে ২৩', '23', '*'),
        ('দেড় লাখ মানুষ নিহত হয়েছেন।', '150000', '*'),
        ('নিহতের সংখ্যা ৯ থেকে বেড়ে ২৫ জনে দাঁড়িয়েছে।', '25', '*'),
        ('প্রায় ২০ জন আহত হয়েছেন, এর মধ্যে দুজনের অবস্থা গুরুতর।', '*', '20:about'),
    ],
)  # fmt: skip
def test_bn_bengali_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "bn", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("El nombre de morts per la DANA s'ha elevat a 214, segons l'últim balanç.", '214', '*'),
        ('Almenys 1.200 persones han mort en el terratrèmol.', '1200:at_least', '*'),
        ('Més de 300 persones han resultat ferides.', '*', '300:more_than'),
        ('Desenes de morts i centenars de ferits en un atemptat a Kabul', '12:vague', '100:vague'),
        ("Els equips de rescat han recuperat 23 cossos d'entre la runa.", '23', '*'),
        ("Tres morts i 25 ferits en un accident d'autobús a Lleida", '3', '25'),
        ('Set persones han mort i unes altres 15 han resultat ferides.', '7', '15'),
        ('El SEM ha atès 18 persones, dues de les quals en estat greu.', '*', '18'),
        ('Quatre persones continuen desaparegudes.', '-', '-'),
        ("Mor un motorista en un xoc amb un camió a l'AP-7", '1', '*'),
        ('Dilluns es va informar de 12 morts; el balanç definitiu eleva a 17 els morts.', '17', '*'),
        ("Tres persones van morir en l'incendi.", '3', '*'),
        ("Un home va morir en l'accident.", '1', '*'),
    ],
)  # fmt: skip
def test_ca_catalan_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "ca", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('מספר ההרוגים עלה לעשרים ושלושה.', '23', '*'),
        ('מספר ההרוגים עלה לשמונה.', '8', '*'),
    ],
)  # fmt: skip
def test_he_hebrew_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "he", killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ('Kuolonuhrien määrä nousi kahteenkymmeneen.', '20', '*'),
        ('Kuolonuhrien määrä nousi kolmeenkymmeneenviiteen.', '35', '*'),
    ],
)  # fmt: skip
def test_fi_finnish_toll_battery(text: str, killed: str, wounded: str) -> None:
    _check(text, "fi", killed, wounded)
