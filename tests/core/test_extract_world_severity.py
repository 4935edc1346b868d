"""The injured split by severity in the reporters' own languages (mini reports of our own): the parts are summed as
the injured total when the text gives no total ('12 heridos graves y 20 leves' = 32), stay parts of a total it
gives ('32 heridos: 12 graves y 20 leves'), and those still in hospital are no injured total."""

from __future__ import annotations

import pytest

from core.models import Role
from tests.core.world_kit import claims, headlines


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ("es", "El accidente del autobús dejó 12 heridos graves y 20 leves, según la Cruz Roja. La carretera sigue "
               "cortada.", "-", "32"),
        ("es", "El incendio obligó a desalojar el edificio. Hubo 2 heridos críticos, 5 graves y 14 leves.", "-", "21"),
        ("fr", "Un car s'est renversé sur l'autoroute. L'accident a fait un mort, 4 blessés graves et 11 blessés "
               "légers.", "1", "15"),
        ("fr", "Quatre personnes ont été grièvement blessées et onze légèrement, selon les pompiers.", "-", "15"),
        ("de", "Bei dem Zugunglück wurden 5 Menschen schwer und 12 leicht verletzt. Die Strecke ist gesperrt.", "-",
         "17"),
        ("de", "Drei Menschen starben, fünf wurden schwer und zwölf leicht verletzt.", "3", "17"),
        ("de", "Fünf Menschen wurden schwer verletzt, zwölf weitere leicht.", "-", "17"),
        ("tr", "Otobüs devrildi. Kazada 3 kişi ağır, 10 kişi hafif yaralandı.", "-", "13"),
        ("tr", "Kazada 3 ağır, 10 hafif yaralı var.", "-", "13"),
        ("it", "Nell'incidente 3 persone sono rimaste ferite gravemente e 9 in modo lieve.", "-", "12"),
        ("it", "Il bilancio è di 2 feriti gravi e 7 lievi.", "-", "9"),
        ("pt", "O acidente deixou 6 feridos graves e 14 ligeiros. A estrada foi cortada.", "-", "20"),
        ("pt", "Seis pessoas ficaram gravemente feridas e 14 sofreram ferimentos leves.", "-", "20"),
        ("id", "Bus terguling di jalan tol. Sebanyak 4 orang luka berat dan 15 orang luka ringan.", "-", "19"),
        ("id", "Korban luka berat 4 orang dan luka ringan 15 orang.", "-", "19"),
        ("pl", "Autobus wpadł do rowu. W wypadku 3 osoby zostały ciężko ranne, a 8 lekko.", "-", "11"),
        ("el", "Λεωφορείο ανετράπη στην εθνική οδό. Τρεις άνθρωποι τραυματίστηκαν σοβαρά και 9 ελαφρά.", "-",
         "12"),
        ("no", "Bussen kjørte av veien. Tre personer ble alvorlig skadd og ni lettere skadd.", "-", "12"),
        ("hi", "बस पलटने से हादसा हुआ। हादसे में 3 लोग गंभीर रूप से और 9 लोग मामूली रूप से घायल हुए।", "-", "12"),
        ("ar", "انقلبت حافلة على الطريق السريع. أصيب 5 أشخاص بجروح خطيرة و12 بجروح طفيفة.", "-", "17"),
        ("ar", "وأسفر الحادث عن 5 إصابات خطيرة و12 إصابة طفيفة.", "-", "17"),
        ("uk", "Автобус перекинувся на трасі. Троє людей дістали важкі травми, ще 9 легкі.", "-", "12"),
        ("ru", "В результате аварии 3 человека получили тяжелые ранения, 9 легкие.", "-", "12"),
        ("ko", "버스가 전복돼 중상 3명, 경상 10명의 부상자가 발생했다.", "-", "13"),
        ("zh", "大巴侧翻事故造成3人重伤、10人轻伤。", "-", "13"),
    ],
)  # fmt: skip
def test_the_injured_by_severity_sum_to_the_injured_total(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


def test_the_severity_parts_are_kept_as_parts_of_their_sum() -> None:
    got = {(c.value, c.role) for c in claims("El choque dejó 12 heridos graves y 20 heridos leves.", "es")}
    assert got == {(12, Role.SUBSET), (20, Role.SUBSET), (32, Role.TOTAL)}


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("es", "En el choque resultaron heridas 32 personas: 12 graves y 20 leves.", "32"),
        ("es", "El choque dejó 32 heridos. Hay 12 heridos graves y 20 leves.", "32"),
        ("pl", "Rannych zostało 11 osób, w tym 3 ciężko.", "11"),
        ("tr", "Kazada 2 kişi öldü, 3'ü ağır 10 kişi yaralandı.", "10"),
        ("de", "Bei dem Unfall wurden 20 Menschen verletzt, fünf davon schwer.", "20"),
        ("fr", "L'explosion a fait 30 blessés, dont 6 graves et 24 légers.", "30"),
    ],
)
def test_parts_by_severity_of_a_stated_total_stay_parts(language: str, text: str, wounded: str) -> None:
    assert headlines(text, language)[1] == wounded


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La explosión dejó 30 heridos. Doce personas siguen hospitalizadas."),
        ("fr", "L'explosion a fait 30 blessés. Douze personnes sont toujours hospitalisées."),
        ("de", "Bei der Explosion wurden 30 Menschen verletzt. Zwölf liegen noch im Krankenhaus."),
        ("tr", "Patlamada 30 kişi yaralandı. Yaralılardan 12'si hâlâ hastanede tedavi görüyor."),
        ("id", "Ledakan itu melukai 30 orang. Sebanyak 12 orang masih dirawat di rumah sakit."),
        ("it", "L'esplosione ha causato 30 feriti. Dodici sono ancora ricoverati in ospedale."),
        ("pt", "A explosão deixou 30 feridos. Doze pessoas continuam internadas."),
        ("pl", "W eksplozji rannych zostało 30 osób. Dwanaście wciąż przebywa w szpitalu."),
        ("el", "Από την έκρηξη τραυματίστηκαν 30 άνθρωποι. Δώδεκα νοσηλεύονται ακόμη στο νοσοκομείο."),
        ("no", "30 personer ble skadd i eksplosjonen. Tolv ligger fortsatt på sykehus."),
        ("hi", "विस्फोट में 30 लोग घायल हुए। 12 लोग अब भी अस्पताल में भर्ती हैं।"),
        ("ar", "أصيب 30 شخصا في الانفجار. ولا يزال 12 منهم في المستشفى."),
    ],
)
def test_those_still_in_hospital_are_not_the_injured_total(language: str, text: str) -> None:
    assert headlines(text, language)[1] == "30"


def test_a_number_before_a_severity_word_is_no_date() -> None:
    # Turkish 'Ağ' abbreviates Ağustos (August): '3 ağır' is three seriously injured, not the 3rd of August
    got = {(c.metric, c.value) for c in claims("Kazada 3 ağır yaralı var.", "tr")}
    assert got == {("wounded", 3)}


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ('es', 'Cinco personas resultaron heridas graves. Otras 20 sufrieron heridas leves.', '-', '25'),
        ('de', 'Fünf Menschen wurden schwer verletzt. Zwölf weitere erlitten leichte Verletzungen.', '-', '17'),
        ('fr', 'Quatre personnes ont été grièvement blessées. Onze autres ont été légèrement blessées.', '-', '15'),
        ('tr', 'Kazada 3 kişi ağır yaralandı. 10 kişi ise hafif yaralandı.', '-', '13'),
        ('it', 'Tre persone sono rimaste gravemente ferite. Altre nove hanno riportato ferite lievi.', '-', '12'),
        ('pt', 'Seis pessoas ficaram gravemente feridas. Outras 14 sofreram ferimentos ligeiros.', '-', '20'),
        ('pl', 'Trzy osoby zostały ciężko ranne. Osiem osób odniosło lekkie obrażenia.', '-', '11'),
        ('id', 'Empat orang mengalami luka berat. Sementara 15 orang lainnya luka ringan.', '-', '19'),
    ],
)  # fmt: skip
def test_sentences_of_one_severity_each_sum_to_the_injured_total(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        ('es', 'El balance es de 3 heridos muy graves, 7 graves y 30 leves.', '-', '40'),
        ('fr', 'On compte 3 blessés en urgence absolue et 37 en urgence relative.', '-', '40'),
        ('it', 'I feriti sono 2 in codice rosso, 5 in codice giallo e 15 in codice verde.', '-', '22'),
        ('de', 'Insgesamt wurden 30 Menschen verletzt, 8 davon schwer und 22 leicht.', '-', '30'),
        ('es', 'Hubo 30 heridos: 8 graves y 22 leves.', '-', '30'),
        ('es', 'Hubo 30 heridos, 8 de ellos graves y 22 leves.', '-', '30'),
        ('es', 'Cinco personas murieron en el grave accidente, y el tráfico quedó leve.', '5', '-'),
        ('de', 'Drei Menschen starben bei dem schweren Unfall, ein leichter Regen fiel.', '3', '-'),
        ('tr', 'Ağır kış koşullarında 4 kişi donarak öldü.', '4', '-'),
    ],
)  # fmt: skip
def test_grades_three_ways_given_totals_and_severity_words_elsewhere(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)
