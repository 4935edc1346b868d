"""Round 32 (langs34): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure with its qualifier ('-' for none).
- a count told after the ones it includes ('범인을 포함해 5명이 숨졌다', 'Saldırgan dahil 5 kişi öldü',
  '包括歹徒在内5人死亡'): in these languages the 'including' phrase stands before its total, which is the toll, not a
  part of it; a part after the count ('死亡5人，包括2名儿童') stays a part; a count with the one it includes told in an
  aside ('Cinco personas, incluido el agresor, murieron') is the toll too;
- the injured taken to a hospital after a vague count ('Los heridos fueron llevados a un hospital', '伤者已送医，警方
  一直在现场'): the word for one is the hospital's article or part of a word ('一直', always), no one hurt;
- a toll of the dead and those who survived ('مقتل 40 شخصا ونجاة ثلاثة'): the survivors are no dead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure, headlines

_INCLUDING_BEFORE_THE_COUNT = [
    ("ko", "어젯밤 술집에서 총격이 벌어져 범인을 포함해 5명이 숨지고 9명이 다쳤다.", "5", "9"),
    ("ko", "폭발 사고로 현장 소장을 포함한 3명이 숨졌다.", "3", "-"),
    ("ko", "경찰은 용의자를 포함하여 6명이 사망했다고 밝혔다.", "6", "-"),
    ("tr", "Bir kafede çıkan silahlı saldırıda saldırgan dahil 5 kişi öldü, 9 kişi yaralandı.", "5", "9"),
    ("tr", "Kazada sürücü dahil 3 kişi hayatını kaybetti.", "3", "-"),
    ("zh", "酒吧发生枪击案，包括歹徒在内5人死亡，9人受伤。", "5", "9"),
    ("zh", "爆炸事故造成包括一名消防员在内的3人死亡。", "3", "-"),
    # the count told in an aside: the whole, with the one it includes
    ("es", "Cinco personas, incluido el agresor, murieron y nueve resultaron heridas.", "5", "9"),
    ("es", "Tres personas, incluida una niña, perdieron la vida en el accidente.", "3", "-"),
    ("it", "Cinque persone, compreso l'aggressore, sono morte e nove sono rimaste ferite.", "5", "9"),
    ("it", "Tre persone, compresa una bambina, sono morte nell'incidente.", "3", "-"),
]

_INCLUDED_PART_AFTER_THE_COUNT = [
    # a part told after the count stays a part
    ("zh", "爆炸造成5人死亡，包括2名儿童。", "5", "-"),
    ("tr", "Kazada 5 kişi öldü, aralarında 2 çocuk da var.", "5", "-"),
    ("ko", "사망자 5명 가운데 어린이 2명이 포함됐다.", "5", "-"),
    ("es", "Murieron cinco personas, incluidos dos niños.", "5", "-"),
    ("it", "Sono morte cinque persone, compresi due bambini.", "5", "-"),
]

_TAKEN_TO_A_HOSPITAL = [
    ("es", "Varias personas resultaron heridas en el choque. Los heridos fueron llevados a un hospital de la zona.",
     "-", "-"),
    ("fr", "Plusieurs personnes ont été blessées dans la collision. Les blessés ont été évacués vers un hôpital.",
     "-", "-"),
    ("de", "Mehrere Menschen wurden bei dem Unfall verletzt. Die Verletzten kamen in ein Krankenhaus.", "-", "-"),
    ("it", "Diverse persone sono rimaste ferite nello scontro. I feriti sono stati portati in un ospedale.", "-", "-"),
    ("pt", "Várias pessoas ficaram feridas no acidente. Os feridos foram levados para um hospital da região.",
     "-", "-"),
    ("zh", "一辆货车撞上公交站，造成多人受伤。伤者已送医，警方一直在现场处置。", "-", "-"),
    ("zh", "商场发生踩踏，多人受伤，伤者已被送往医院，事故原因正在进一步调查。", "-", "-"),
    ("zh", "工厂起火，多人受伤，伤者被送医，其中一些人伤势较重。", "-", "-"),
    # guards: a count of one still counts
    ("es", "Un hombre resultó herido y fue llevado a un hospital.", "-", "1"),
    ("de", "Bei dem Unfall wurde ein Mensch verletzt und in ein Krankenhaus gebracht.", "-", "1"),
    ("zh", "事故造成一人死亡，伤者已送医。", "1", "-"),
    ("fr", "L'accident a fait un mort. Les blessés ont été évacués vers un hôpital.", "1", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _INCLUDING_BEFORE_THE_COUNT)
def test_a_count_told_after_those_it_includes(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _INCLUDED_PART_AFTER_THE_COUNT)
def test_a_part_told_after_the_count_stays_a_part(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _TAKEN_TO_A_HOSPITAL)
def test_the_injured_taken_to_a_hospital(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_THE_DEAD_AND_THE_SURVIVORS = [
    ("ar", "مقتل 40 شخصا ونجاة ثلاثة في تحطم طائرة ركاب", "40", "-"),
    ("ar", "قتل 40 شخصا ونجا ثلاثة عندما سقطت الطائرة.", "40", "-"),
    ("ar", "مقتل 52 راكبا ونجاة اثنين في غرق العبارة", "52", "-"),
    ("ar", "قتل 52 شخصا وتم إنقاذ 30 آخرين من الماء.", "52", "-"),
    # guards: two counts of victims joined by 'and' are one toll; survivors told in other languages
    ("ar", "قتل 40 جنديا و3 مدنيين في الهجوم.", "43", "-"),
    ("es", "Murieron 40 personas y sobrevivieron tres al accidente.", "40", "-"),
    ("fr", "40 morts et trois survivants dans l'accident.", "40", "-"),
    ("tr", "Kazada 40 kişi öldü, 3 kişi kurtuldu.", "40", "-"),
    ("id", "40 orang tewas dan tiga selamat dalam kecelakaan itu.", "40", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _THE_DEAD_AND_THE_SURVIVORS)
def test_survivors_are_no_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_NO_ONE_DIED = [
    # a reported 'there were none who died': no one dead, not one (a stated zero: core.extract.stated_zeros)
    ("tr", "Vali, selde ölen olmadığını, 12 kişinin yaralandığını açıkladı.", "0", "12"),
    ("tr", "Yetkililer ölen bulunmadığını, 7 kişinin hastaneye kaldırıldığını bildirdi; 7 kişi yaralandı.", "0", "7"),
    ("tr", "Ölen yoktu, 12 kişi yaralandı.", "0", "12"),
    ("es", "No hubo fallecidos; doce personas resultaron heridas.", "0", "12"),
    ("de", "Es gab keine Toten, zwölf Menschen wurden verletzt.", "0", "12"),
    ("pl", "Nikt nie zginął, 12 osób zostało rannych.", "0", "12"),
    # guard: one who died, told plainly
    ("tr", "Selde ölen bir kişinin cesedi bulundu, 12 kişi yaralandı.", "1", "12"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NO_ONE_DIED)
def test_no_one_died(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_FOLLOW_UP_YEARS_ON = [
    # a trial, a sentence, an anniversary years after the event: its toll, dated to its year in the lead, is the
    # report's own when the report tells no other
    ("pt", "O tribunal condenou nesta sexta os donos da casa de shows pelo incêndio de março de 2015, que matou 61 "
           "pessoas e deixou 130 feridos. A defesa vai recorrer.", "61", "130"),
    ("es", "La Audiencia condenó este viernes a los dueños de la discoteca por el incendio de marzo de 2015, que mató "
           "a 61 personas y dejó 130 heridos. La defensa recurrirá.", "61", "130"),
    ("fr", "Le tribunal a condamné vendredi les gérants de la discothèque pour l'incendie de mars 2015, qui avait fait "
           "61 morts et 130 blessés. La défense va faire appel.", "61", "130"),
    ("it", "Il tribunale ha condannato venerdì i gestori della discoteca per l'incendio del marzo 2015, che uccise 61 "
           "persone e ne ferì 130. La difesa farà ricorso.", "61", "130"),
    ("de", "Das Gericht verurteilte am Freitag die Betreiber der Diskothek wegen des Brandes im März 2015, bei dem 61 "
           "Menschen starben und 130 verletzt wurden. Die Verteidigung will in Berufung gehen.", "61", "130"),
    ("tr", "Mahkeme, Mart 2015'te 61 kişinin öldüğü ve 130 kişinin yaralandığı gece kulübü yangınıyla ilgili "
           "davada sanıklara hapis cezası verdi.", "61", "130"),
    # guard: a toll the lead tells as its news, dated to an older year, stays background
    ("es", "Murieron 61 personas y 130 resultaron heridas en el incendio de la discoteca de 2015.", "-", "-"),
    ("tr", "Mart 2015'te gece kulübündeki yangında 61 kişi öldü, 130 kişi yaralandı.", "-", "-"),
    # guards: a report of a new incident that cites an old one further on keeps only its own figures
    ("pt", "Um incêndio atingiu uma loja no centro da cidade nesta quarta. Dois funcionários ficaram feridos. Em "
           "2015, um incêndio na mesma rua matou 61 pessoas.", "-", "2"),
    ("es", "Un incendio afectó a un almacén el miércoles; nadie resultó herido. Los bomberos recordaron que en 2015 un "
           "incendio en la misma calle mató a 61 personas.", "-", "0"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _FOLLOW_UP_YEARS_ON)
def test_a_follow_up_years_on_keeps_its_events_toll(language: str, text: str, killed: str, wounded: str) -> None:
    article = ArticleInput(text=text, language=language, published_at=datetime(2021, 12, 10, tzinfo=UTC))
    main = main_incident_claims(extract(article).claims)
    assert (figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))) == (killed, wounded)


_COMES_DAYS_AFTER_ANOTHER = [
    # a new incident told as coming days after an earlier one, whose toll the sentence recalls: that toll is the
    # earlier event's, background; the report's own figures stay the headline
    ("pt", "Um incêndio atingiu um depósito nesta terça. Três bombeiros ficaram feridos. O caso ocorre quatro dias "
           "após a explosão na refinaria, que deixou 58 mortos.", "-", "3"),
    ("es", "Un incendio afectó a un almacén el martes. Tres bomberos resultaron heridos. El suceso se produce cuatro "
           "días después de la explosión de la refinería, que dejó 58 muertos.", "-", "3"),
    ("fr", "Un incendie a touché un entrepôt mardi. Trois pompiers ont été blessés. Le sinistre survient quatre jours "
           "après l'explosion de la raffinerie, qui a fait 58 morts.", "-", "3"),
    ("it", "Un incendio ha colpito un magazzino martedì. Tre vigili del fuoco sono rimasti feriti. L'episodio "
           "avviene quattro giorni dopo l'esplosione della raffineria, che ha causato 58 morti.", "-", "3"),
    ("de", "Ein Feuer hat am Dienstag ein Lager erfasst. Drei Feuerwehrleute wurden verletzt. Der Brand ereignete sich "
           "vier Tage nach der Explosion in der Raffinerie, bei der 58 Menschen starben.", "-", "3"),
    ("id", "Kebakaran melanda sebuah gudang pada Selasa. Tiga petugas pemadam terluka. Peristiwa itu terjadi "
           "empat hari setelah ledakan di kilang yang menewaskan 58 orang.", "-", "3"),
    # guard: a follow-up that tells no figure of its own keeps its event's toll
    ("pt", "A missa de sétimo dia ocorre sete dias após a explosão na refinaria, que deixou 58 mortos.", "58", "-"),
    ("es", "El funeral se celebró una semana después de la explosión, que dejó 58 muertos.", "58", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _COMES_DAYS_AFTER_ANOTHER)
def test_an_incident_coming_days_after_another(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_A_THING_AFTER_A_PREPOSITION_AND_A_COUNT = [
    # the word for one after a preposition is the article of what it governs (a bus, a bridge), not a count of
    # people summed with the count after 'and'
    ("es", "Un camión chocó contra un autobús y cinco personas murieron.", "5", "-"),
    ("es", "El autobús cayó desde un puente y cinco personas murieron.", "5", "-"),
    ("pt", "Um caminhão bateu contra um ônibus e cinco pessoas morreram.", "5", "-"),
    ("fr", "Un camion s'est encastré dans un bus et cinq personnes sont mortes.", "5", "-"),
    ("it", "Un camion si è schiantato contro un autobus e cinque persone sono morte.", "5", "-"),
    ("de", "Ein Lkw prallte gegen einen Bus und fünf Menschen starben.", "5", "-"),
    # guards: two counts of people joined by 'and' are one toll: a preposition further back, none, or 'with'
    ("es", "En Madrid un policía y dos civiles resultaron heridos.", "-", "3"),
    ("es", "Con un policía y dos civiles heridos, el ataque terminó.", "-", "3"),
    ("de", "Ein Polizist und zwei Passanten wurden verletzt.", "-", "3"),
    ("fr", "Un policier et deux passants ont été blessés.", "-", "3"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_THING_AFTER_A_PREPOSITION_AND_A_COUNT)
def test_a_things_article_is_no_count_joined_to_the_next(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
