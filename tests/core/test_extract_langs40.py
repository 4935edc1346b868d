"""Round 36 (langs40): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a look-back years on (an anniversary, a trial, warrants) whose only figures are those of the event it recalls,
  dated to that earlier year: that toll is the report's own when the sentence tells it as recalled, after the
  event: in a relative clause of the lead (Arabic 'الذي / التي' now among the relative words), a gerund of the toll
  ('..., matando 57 pessoas e ferindo cerca de 900', 'faisant 21 morts'), a past perfect ('avait plongé'), a
  passive perfect's participle ('waren 21 Menschen getötet ... worden'), in the lead's first three sentences; a
  smaller figure of one victim told later ('the 57th victim died in 2010') does not stop it. Relative words now
  also in ru uk pl nl id sv (lexicon EVENT_RELATIVES); the gerunds 'ucigând', 'matant', 'унеся жизни' and Dutch
  'omkwamen', Portuguese 'matado' are read as the dead; a past perfect with 'to be' (de 'waren ... ums Leben
  gekommen', it 'erano morte') and Italian's historic past ('provocò la morte di 57') tell a toll as recalled.
  Not when the report has a figure of its own, another sentence tells a larger toll, or the sentence tells the
  toll as its news;
- Italian tells the toll with its gerunds too ('uccidendo 57 persone e ferendone 900');
- a German death told as 'succumbed to their injuries' with the participle at the clause's end ('ist ihren
  schweren Verletzungen erlegen') is one dead, not one hurt;
- Burmese: the missing labelled before their count ('ပျောက်ဆုံးသူ ၃၄၀ ဦး', the missing, 340) are the missing,
  the count not carried over to the wounded's word after it;
- a trigger right after 'and' (or after 'and' and its verb), its own number a word or two after it, opens the next
  clause: the count before the 'and' is not its ('mató este domingo a 14 personas e hirió a otras 9', Thai
  'เพิ่มขึ้นเป็น 46 ราย และบาดเจ็บกว่า 80 ราย' after a long toll noun phrase);
- in a language whose verb agrees with its count (lexicon SINGULAR_VERB_AGREES: es pt it ca fr de el sq), a singular
  verb of death counts one, never a number after it ('murió tras huir perseguido por dos vecinos' is one dead);
  Russian 'погиб 21 человек' keeps its 21."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure, headlines


def _dated_headlines(text: str, language: str, published: datetime) -> tuple[str, str]:
    article = ArticleInput(text=text, language=language, published_at=published)
    main = main_incident_claims(extract(article).claims)
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


_YEARS_ON = datetime(2024, 6, 12)

_A_LOOK_BACK_TELLS_ITS_EVENTS_TOLL = [
    ("ar", "تحيي المدينة اليوم ذكرى انفجار المرفأ الذي أودى بحياة 218 شخصا وأصاب نحو 7000 آخرين في 12 يونيو 2004.",
     "218", "7000:about"),
    ("ar", "أحيت العاصمة ذكرى الهجمات التي أودت بحياة 57 شخصا في صيف عام 2004.", "57", "-"),
    ("pt", "Lisboa lembra hoje o incêndio de 12 de junho de 2004: as chamas atingiram três prédios, matando 57 pessoas "
     "e ferindo cerca de 900. A 57.ª vítima, um bombeiro, morreu em 2010.", "57", "900:about"),
    ("es", "Valencia recuerda hoy el incendio del 12 de junio de 2004: las llamas alcanzaron tres edificios, matando a "
     "57 personas e hiriendo a cerca de 900.", "57", "900:nearly"),
    ("it", "Napoli ricorda oggi l'incendio del 12 giugno 2004: le fiamme raggiunsero tre palazzi, uccidendo 57 persone "
     "e ferendone circa 900.", "57", "900:about"),
    ("de", "Fünf Jahre nach dem Busunglück ist der Prozess gegen den Fahrer eingestellt worden. Bei dem Unglück am 4. "
     "Mai 2019 waren 21 Menschen getötet und 40 verletzt worden.", "21", "40"),
    ("fr", "Un juge a lancé des mandats d'arrêt contre trois dirigeants de la compagnie. Le 4 mai 2019, le car avait "
     "plongé dans un ravin, faisant 21 morts selon le bilan officiel, dont trois Belges.", "21", "-"),
    ("fr", "La justice a classé l'affaire. Le 4 mai 2019, un car avait plongé dans un ravin près de Gap, faisant 21 "
     "morts et 30 blessés.", "21", "30"),
    ("ru", "Суд вынес приговор по делу о пожаре 12 июня 2004 года, в результате которого погибли 57 человек и около "
     "900 получили ранения.", "57", "900:about"),
    ("ru", "Суд вынес приговор по делу о пожаре в торговом центре. 12 июня 2004 года огонь охватил три здания, унеся "
     "жизни 57 человек.", "57", "-"),
    ("uk", "Суд виніс вирок у справі про пожежу 12 червня 2004 року, внаслідок якої загинули 57 людей.", "57", "-"),
    ("pl", "Sąd wydał wyrok w sprawie pożaru z 12 czerwca 2004 roku, w którym zginęło 57 osób, a około 900 zostało "
     "rannych.", "57", "900:about"),
    ("nl", "De rechter deed uitspraak over de brand van 12 juni 2004, waarbij 57 mensen omkwamen en zo'n 900 gewond "
     "raakten.", "57", "900:about"),
    ("nl", "De stad herdenkt vandaag de brand. Op 12 juni 2004 waren bij de brand 57 mensen omgekomen.", "57", "-"),
    ("ro", "Orașul comemorează astăzi incendiul din 12 iunie 2004: flăcările au cuprins trei clădiri, ucigând 57 de "
     "oameni.", "57", "-"),
    ("ca", "La ciutat recorda avui l'incendi del 12 de juny de 2004: les flames van arribar a tres edificis, matant 57 "
     "persones.", "57", "-"),
    ("id", "Kota itu hari ini memperingati kebakaran 12 Juni 2004 yang menewaskan 57 orang.", "57", "-"),
    ("sv", "Staden minns i dag branden den 12 juni 2004, då 57 människor omkom.", "57", "-"),
    ("de", "Das Gericht hat die Betreiber verurteilt. Bei dem Brand im Juni 2004 waren 57 Menschen ums Leben "
     "gekommen.", "57", "-"),
    ("it", "Vent'anni fa, il 12 giugno 2004, l'incendio della discoteca provocò la morte di 57 giovani.", "57", "-"),
    ("it", "Il tribunale ha condannato i gestori. Nell'incendio del 12 giugno 2004 erano morte 57 persone.", "57", "-"),
    ("pt", "O tribunal condenou os gestores da discoteca. O incêndio, em junho de 2004, tinha matado 57 jovens.",
     "57", "-"),
    # already right: Turkish, Greek, Czech, Hungarian relatives
    ("tr", "Mahkeme, 12 Haziran 2004'te 57 kişinin öldüğü yangınla ilgili kararını açıkladı.", "57", "-"),
    ("cs", "Město si dnes připomíná požár z 12. června 2004, při kterém zemřelo 57 lidí.", "57", "-"),
    # guards: a figure of its own; a larger toll of another sentence; the toll told as the sentence's news; a
    # preposition, not a relative, further on
    ("es", "Un nuevo incendio dejó tres heridos. En 2004, otro incendio que mató a 57 personas arrasó el barrio.",
     "-", "3"),
    ("es", "Valencia recuerda hoy el incendio del 12 de junio de 2004, que mató a 57 personas. En 2010 otro incendio, "
     "en Madrid, había dejado 80 muertos.", "-", "-"),
    ("es", "Murieron 17.000 personas en el sismo de 1999.", "-", "-"),
    ("de", "Heute wurde ein neuer Prozess eröffnet. Ein Zeuge sagte aus. Im Jahr 2019 wurden 21 Menschen bei dem "
     "Unglück getötet.", "-", "-"),
]

_GERUNDS_OF_THE_TOLL = [
    ("it", "Le bombe esplosero su quattro treni, uccidendo 57 persone e ferendone circa 900.", "57", "900:about"),
    ("it", "L'attentato ha colpito la stazione, uccidendo 12 persone e ferendo altre 40.", "12", "40"),
]

_SUCCUMBED_TO_INJURIES = [
    ("de", "Eine Frau ist im Krankenhaus ihren schweren Verletzungen erlegen.", "1", "-"),
    ("de", "Im Klinikum Kassel ist ein 52 Jahre alter Mann seinen schweren Verletzungen erlegen, die er bei dem "
     "Busunglück erlitten hatte. Damit ist die Zahl der Toten auf 21 gestiegen.", "21", "-"),
    ("de", "Ein Feuerwehrmann ist am Sonntag seinen Brandverletzungen erlegen. Damit stieg die Zahl der Todesopfer "
     "auf 9.", "9", "-"),
    ("de", "Ein Kind erlag am Abend seinen Verletzungen.", "1", "-"),
    # guard: the hurt, then the dead
    ("de", "Bei dem Unfall wurden drei Menschen schwer verletzt, einer starb.", "1", "3"),
]

_THE_MISSING_LABELLED_BEFORE_THEIR_COUNT = [
    ("my", "မုန်တိုင်းကြောင့် သေဆုံးသူ ၁,၂၀၀ ဦး၊ ပျောက်ဆုံးသူ ၃၄၀ ဦးနှင့် ဒဏ်ရာရသူ ၉၀၀ ဦး ရှိကြောင်း သိရသည်။", "1200", "900"),
    ("my", "ပျောက်ဆုံးသူ ၁၂ ဦးနှင့် ဒဏ်ရာရသူ ၃၀ ဦး ရှိသည်။", "-", "30"),
    ("th", "พายุทำให้มีผู้เสียชีวิต 20 ราย ผู้สูญหาย 12 ราย และผู้บาดเจ็บ 30 ราย", "20", "30"),
    ("ja", "台風で20人が死亡、12人が行方不明、30人が負傷した。", "20", "30"),
    ("es", "El temporal dejó 20 muertos, 12 desaparecidos y 30 heridos.", "20", "30"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_LOOK_BACK_TELLS_ITS_EVENTS_TOLL)
def test_a_look_back_tells_its_events_toll(language: str, text: str, killed: str, wounded: str) -> None:
    assert _dated_headlines(text, language, _YEARS_ON) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _GERUNDS_OF_THE_TOLL)
def test_the_toll_told_with_gerunds(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _SUCCUMBED_TO_INJURIES)
def test_succumbed_to_injuries_is_a_death(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _THE_MISSING_LABELLED_BEFORE_THEIR_COUNT)
def test_the_missing_labelled_before_their_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_AND_A_VERB_OF_ITS_OWN = [
    ("es", "Un hombre armado mató este domingo a 14 personas e hirió a otras 9 en una escuela.", "14", "9"),
    ("es", "El hombre armado mató este domingo a 14 personas y dejó heridas a otras 9.", "14", "9"),
    ("th", "ทางการไทยเปิดเผยว่า ยอดผู้เสียชีวิตจากเหตุไฟไหม้ในโรงงานผลิตพลุที่ตั้งอยู่ริมแม่น้ำ อำเภอเมืองนราธิวาส "
     "ระหว่างเทศกาลปีใหม่ เพิ่มขึ้นเป็น 46 ราย และบาดเจ็บกว่า 80 ราย ส่วนใหญ่เป็นคนงาน", "46", "80:more_than"),
    ("th", "ตำรวจเปิดเผยว่า ยอดผู้เสียชีวิตจากเหตุรถบัสตกเหวบนถนนสายภูเขาที่เชื่อมไปยังอำเภอแม่สอด จังหวัดตาก "
     "ระหว่างวันหยุดยาว เพิ่มขึ้นเป็น 21 ราย และบาดเจ็บ 30 ราย", "21", "30"),
    ("pt", "O homem matou neste domingo 14 pessoas e feriu outras 9 numa escola.", "14", "9"),
    # already right: the verb right before its count; a count and its people's noun, then 'and' a count of its own
    ("es", "El incendio mató a 5 personas y hirió a 12.", "5", "12"),
    ("es", "Murieron dos personas y resultaron heridas otras 9.", "2", "9"),
]

_A_SINGULAR_VERB_COUNTS_ONE = [
    ("es", "El atacante murió tras huir en coche perseguido por dos vecinos.", "1", "-"),
    ("pt", "O atirador morreu depois de fugir perseguido por dois vizinhos.", "1", "-"),
    ("it", "L'aggressore è morto dopo una fuga inseguito da due passanti.", "1", "-"),
    ("fr", "L'agresseur est mort après une fuite, poursuivi par deux passants.", "1", "-"),
    ("el", "Ο δράστης πέθανε στο νοσοκομείο αφού τον καταδίωξαν δύο περαστικοί.", "1", "-"),
    ("sq", "Autori vdiq pasi u ndoq nga dy kalimtarë.", "1", "-"),
    ("es", "Un hombre armado mató a 14 personas en una escuela. El atacante murió tras huir perseguido por dos "
     "policías.", "14", "-"),
    # guards: a language whose singular verb counts many; the plural verb; one dead, then the hurt
    ("ru", "В ДТП погиб 21 человек.", "21", "-"),
    ("es", "Murieron dos personas en el incendio.", "2", "-"),
    ("es", "Murió un hombre y dos resultaron heridos.", "1", "2"),
    ("el", "Σκοτώθηκε ένας άνδρας και τραυματίστηκαν δύο γυναίκες.", "1", "2"),
    # guards: the singular verb agrees with 'a total', the count after it is the dead's
    ("es", "Murió un total de 21 personas en el incendio, informó Protección Civil.", "21", "-"),
    ("pt", "Morreu um total de 21 pessoas no incêndio do armazém.", "21", "-"),
    ("it", "È morto un totale di 21 persone nel crollo della palazzina.", "21", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _AND_A_VERB_OF_ITS_OWN)
def test_a_verb_after_and_counts_its_own_number(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_SINGULAR_VERB_COUNTS_ONE)
def test_a_singular_verb_of_death_counts_one(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
