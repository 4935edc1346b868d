"""Round 31 (langs33): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure with its qualifier ('-' for none).
- an earlier event's toll in a sentence that opens on a time days, weeks or months back ('Cinq jours plus tôt',
  'El mes pasado', 'Vor einer Woche'), told before the text's own figure or after it: background, not the headline;
  told alone (a follow-up whose only figure is the event's), it stays the report's own;
- the load of a plane or a ship ('148 personnes se trouvaient à bord') is no death count when no survivors are only
  expected ('« Aucun survivant n'est attendu »'); told as a fact ('Il n'y a aucun survivant') it still is;
- the word for one after a preposition ('mit einer Gedenkfeier an die Opfer') is its noun's article, no one dead;
- one person told hurt who then died ('Une femme blessée lors de l'attaque est décédée', 'En kvinna som skadades har
  avlidit') is a death, no one hurt; 'un homme blessé et une femme tuée' keeps both;
- words for numbers: the German word for one in all its forms ('Eine Frau wurde getötet'), the Bengali spoken forms
  cut short ('ছ'জনের মৃত্যু', six died); a district named with a number ('দক্ষিণ ২৪ পরগনা') is no count;
- German gunshot wounds suffered ('22 Menschen erlitten Schussverletzungen') are the wounded;
- those still in hospital in Japanese and Vietnamese ('負傷者12人が今も入院している') are a part of the injured;
- a qualifier with a day word told inside it ('a dépassé vendredi les 1 000 morts', 'superó el viernes los 1.000');
- a toll revised down with its count noun left out or a neutral verb of revising ('korrigierten die Zahl auf 25',
  'lo hanno rivisto al ribasso a 25', 'reviram o número para 25', '后下调为25人'): the revised figure is the
  headline;
- a Hungarian verb with its particle after it ('30 ember halt meg') is a death;
- the deadliest since an earlier year, the year told before the superlative ('2015'ten bu yana en kanlı',
  '2015년 이후 최악의') or an Arabic superlative without its article ('في أعنف هجوم ... منذ ... 2015'): the figure
  before the comparison is the report's own, not the earlier year's;
- figures told together share a toll over several incidents after them: the later one is of several only when the
  first is ('18 personas murieron y 13 resultaron heridas en dos tiroteos' keeps both as the attack's)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure, headlines

_EARLIER_EVENT = [
    # the earlier event first, the text's own after it
    ("fr", "Cinq jours plus tôt, un incendie avait fait 58 morts dans la ville. Lundi, une camionnette a foncé sur "
           "des passants, faisant un mort et dix blessés.", "1", "10"),
    ("fr", "La semaine dernière, une explosion a tué 23 personnes à l'usine. Mardi, un nouvel accident a fait deux "
           "morts.", "2", "-"),
    ("fr", "Il y a trois semaines, un glissement de terrain avait fait 40 morts. Ce dimanche, les pluies ont fait "
           "quatre morts et six blessés.", "4", "6"),
    ("es", "El mes pasado, otro incendio dejó 58 muertos en la ciudad. El lunes, una furgoneta arrolló a la multitud "
           "y causó un muerto y diez heridos.", "1", "10"),
    ("es", "Hace dos semanas, una explosión mató a 23 trabajadores. Este martes murieron tres personas en otro "
           "accidente.", "3", "-"),
    ("de", "Vor einer Woche waren bei einem Brand 58 Menschen ums Leben gekommen. Am Montag raste ein Lieferwagen in "
           "die Menge, ein Mensch starb, zehn wurden verletzt.", "1", "10"),
    ("de", "Erst vor zehn Tagen waren bei einem Anschlag 30 Menschen getötet worden. Am Dienstag starben vier "
           "Menschen.", "4", "-"),
    ("it", "La settimana scorsa un'esplosione aveva ucciso 23 operai. Martedì un nuovo incidente ha causato due "
           "morti.", "2", "-"),
    ("pt", "Há uma semana, um incêndio deixou 58 mortos na cidade. Nesta segunda-feira, uma explosão deixou três "
           "mortos.", "3", "-"),
    ("tr", "Geçen hafta bir patlamada 23 kişi hayatını kaybetmişti. Salı günü yaşanan kazada 3 kişi öldü.", "3", "-"),
    ("pl", "Tydzień temu w pożarze zginęło 58 osób. W poniedziałek w wypadku zginęły trzy osoby.", "3", "-"),
    ("ru", "Неделю назад при пожаре погибли 58 человек. В понедельник в аварии погибли три человека.", "3", "-"),
    ("nl", "Vorige week kwamen bij een brand 58 mensen om het leven. Maandag kwamen bij een ongeluk drie mensen om "
           "het leven.", "3", "-"),
    ("id", "Sepekan lalu, kebakaran menewaskan 58 orang. Pada Senin, kecelakaan menewaskan tiga orang.", "3", "-"),
    ("ar", "وقبل أسبوع، قتل 58 شخصا في حريق. وقتل ثلاثة أشخاص يوم الاثنين في حادث.", "3", "-"),
    ("ko", "지난주 화재로 58명이 숨졌다. 월요일 사고로 3명이 숨졌다.", "3", "-"),
    ("zh", "上周，一场火灾造成58人死亡。周一的事故造成3人死亡。", "3", "-"),
    ("ja", "先週、火災で58人が死亡した。月曜日の事故では3人が死亡した。", "3", "-"),
    # the text's own first, the earlier event after it, in a tense of its own
    ("de", "Am Montag raste ein Lieferwagen in die Menge, ein Mensch starb, zehn wurden verletzt. Vor einer Woche "
           "kamen bei einem Brand 58 Menschen ums Leben.", "1", "10"),
    ("es", "Una furgoneta arrolló a la multitud y causó un muerto y diez heridos. El mes pasado, un incendio dejó 58 "
           "muertos en la ciudad.", "1", "10"),
    ("fr", "Une explosion a fait trois morts mardi. La semaine dernière, un incendie a tué 23 personnes dans la même "
           "usine.", "3", "-"),
    ("it", "Un crollo ha causato due morti. Un mese fa, un'alluvione ha ucciso 15 persone nella stessa zona.", "2",
     "-"),
    ("tr", "Kazada 3 kişi öldü. Geçen ay bir patlamada 23 kişi hayatını kaybetti.", "3", "-"),
]

_FOLLOW_UP = [
    # the only figures of the text are the event's own, told a week on: they stay its toll
    ("fr", "Il y a une semaine, le séisme a fait 300 morts. Les secours cherchent encore des disparus.", "300", "-"),
    ("es", "Hace una semana, el terremoto dejó 300 muertos y 1.000 heridos. Hoy continúan las labores de "
           "reconstrucción.", "300", "1000"),
    ("de", "Vor einer Woche starben bei dem Beben 300 Menschen. Die Aufräumarbeiten dauern an.", "300", "-"),
    # the text's own later toll of the same event: the latest figure is the headline
    ("fr", "La semaine dernière, le séisme avait fait 300 morts. Le bilan s'élève désormais à 450 morts.", "450",
     "-"),
    # a time back inside the sentence, not opening it, is the event's own date ("survenu il y a une semaine")
    ("fr", "Le séisme survenu il y a une semaine a fait 300 morts. Mardi, deux corps ont encore été retrouvés.",
     "300", "-"),
]

_ABOARD = [
    # no survivors only expected or feared: the load is no death count
    ("fr", "148 personnes se trouvaient à bord de l'avion. « Aucun survivant n'est attendu », a dit le ministre.",
     "-", "-"),
    ("es", "El avión llevaba 148 personas a bordo. Se teme que no haya supervivientes.", "-", "-"),
    ("es", "Con 148 personas a bordo, no se esperan supervivientes.", "-", "-"),
    ("de", "Die Maschine hatte 148 Menschen an Bord. Es werden keine Überlebenden erwartet.", "-", "-"),
    ("it", "A bordo dell'aereo c'erano 148 persone. Nessun sopravvissuto atteso, secondo le autorità.", "-", "-"),
    ("pt", "O avião levava 148 pessoas a bordo. Nenhum sobrevivente é esperado.", "-", "-"),
    ("ru", "На борту находились 148 человек. Выживших не ожидается.", "-", "-"),
    ("ja", "機内には148人が乗っていた。生存者はいないとみられる。", "-", "-"),
    ("tr", "Uçakta 148 kişi bulunuyordu. Kurtulan olması beklenmiyor.", "-", "-"),
    # told as a fact, everyone aboard is dead
    ("fr", "148 personnes se trouvaient à bord de l'avion. Il n'y a aucun survivant.", "148", "-"),
    ("es", "El avión llevaba 148 personas a bordo. No hubo supervivientes.", "148", "-"),
    ("de", "Die Maschine hatte 148 Menschen an Bord. Es gab keine Überlebenden.", "148", "-"),
]

_ONE_AS_ARTICLE = [
    ("de", "Am Sonntag erinnerten Angehörige mit einer Gedenkfeier an die Opfer.", "-", "-"),
    ("de", "Am Abend kamen Angehörige zu einer Messe für die Toten.", "-", "-"),
    ("de", "Vor einem Jahr starben bei dem Gedränge 21 Menschen. Am Sonntag erinnerten Angehörige mit einer "
           "Gedenkfeier an die Opfer.", "21", "-"),
    ("de", "Bei einem schweren Unfall auf der Autobahn starben zwei Menschen.", "2", "-"),
    ("de", "Bei dem Unfall in einer Fabrik wurde ein Arbeiter getötet, zwei wurden verletzt.", "1", "2"),
    ("de", "Der Unfall endete mit einem Toten und zwei Verletzten.", "1", "2"),
    ("de", "Der Unfall forderte einen Toten und zwei Verletzte.", "1", "2"),
]


_HURT_WHO_DIED = [
    ("fr", "Une femme de 51 ans blessée lors de l'attaque est décédée à l'hôpital.", "1", "-"),
    ("es", "Una mujer de 51 años que resultó herida en el ataque murió en el hospital.", "1", "-"),
    ("it", "Una donna di 51 anni rimasta ferita nell'attacco è morta in ospedale.", "1", "-"),
    ("pt", "Uma mulher de 51 anos que ficou ferida no ataque morreu no hospital.", "1", "-"),
    ("sv", "En 51-årig kvinna som skadades i attacken har avlidit på sjukhus.", "-", "-"),
    ("sv", "Dödstalet har stigit till 16 sedan en kvinna som skadades i attacken har avlidit.", "16", "-"),
    # guards: one hurt and another dead, 'and' between; one hurt in an attack that killed a number of others
    ("fr", "Une femme a été blessée et un homme est mort.", "1", "1"),
    ("es", "Un hombre resultó herido y una mujer murió.", "1", "1"),
    ("it", "Un uomo è rimasto ferito e una donna è morta.", "1", "1"),
    ("es", "Un policía resultó herido en el tiroteo que dejó tres muertos.", "3", "1"),
    ("fr", "Un policier blessé dans l'attaque qui a fait trois morts a été hospitalisé.", "3", "1"),
]

_NUMBER_WORDS = [
    ("de", "Eine Frau wurde bei dem Angriff getötet.", "1", "-"),
    ("de", "Bei dem Angriff wurde eine Frau getötet.", "1", "-"),
    ("de", "Eine Frau wurde getötet, mindestens 22 Menschen erlitten Schussverletzungen.", "1", "22:at_least"),
    ("de", "Vor einem Jahr starben bei dem Unglück 21 Menschen.", "21", "-"),
    ("de", "Vor einer Woche wurden bei dem Anschlag zwölf Menschen verletzt.", "-", "12"),
    ("bn", "ঘূর্ণিঝড়ে রাজ্যে অন্তত ছ'জনের মৃত্যু হয়েছে।", "6:at_least", "-"),
    ("bn", "ঝড়ে দু'জনের মৃত্যু হয়েছে।", "2", "-"),
    ("bn", "দক্ষিণ ২৪ পরগনার নামখানায় গাছ পড়ে মারা গিয়েছেন একজন।", "1", "-"),
    ("hi", "उत्तर 24 परगना जिले में तूफान से तीन लोगों की मौत हो गई।", "3", "-"),
]


_STILL_IN_CARE = [
    ("ja", "襲撃で5人が死亡した。負傷者12人が今も入院している。", "5", "-"),
    ("ja", "襲撃で5人が死亡、30人が負傷した。このうち12人が今も入院している。", "5", "30"),
    ("vi", "Vụ tấn công khiến 5 người thiệt mạng. 12 người bị thương vẫn đang điều trị tại bệnh viện.", "5", "-"),
    ("vi", "Vụ tai nạn khiến 30 người bị thương, được đưa đến bệnh viện điều trị.", "-", "30"),
]

_DAY_IN_A_QUALIFIER = [
    ("fr", "Le bilan a dépassé vendredi les 1 000 morts.", "1000:more_than", "-"),
    ("es", "El balance superó el viernes los 1.000 muertos.", "1000:more_than", "-"),
    ("it", "Il bilancio ha superato venerdì i 1.000 morti.", "1000:more_than", "-"),
    ("pt", "O número de mortos ultrapassou na sexta-feira os 1.000.", "1000:more_than", "-"),
    ("es", "El lunes murieron al menos 30 personas.", "30:at_least", "-"),
]


_REVISED_DOWN = [
    ("de", "Zunächst war von 30 Toten die Rede. Die Behörden korrigierten die Zahl auf 25.", "25", "-"),
    ("it", "Il primo bilancio parlava di 30 morti. Le autorità lo hanno poi rivisto al ribasso a 25.", "25", "-"),
    ("pt", "O balanço inicial apontava 30 mortos. As autoridades reviram o número para 25.", "25", "-"),
    ("tr", "İlk açıklamada 30 kişinin öldüğü bildirilmişti. Yetkililer ölü sayısını 25'e düşürdü.", "25", "-"),
    ("zh", "此前报道30人死亡，后下调为25人。", "25", "-"),
    ("el", "Αρχικά είχαν αναφερθεί 30 νεκροί. Οι αρχές αναθεώρησαν τον αριθμό σε 25.", "25", "-"),
    # revised up, the same words: the later figure
    ("de", "Zunächst war von 30 Toten die Rede. Die Behörden korrigierten die Zahl auf 35.", "35", "-"),
    ("pt", "O balanço inicial apontava 30 mortos. As autoridades reviram o número para 35.", "35", "-"),
    ("el", "Αρχικά είχαν αναφερθεί 30 νεκροί. Οι αρχές αναθεώρησαν τον αριθμό σε 35.", "35", "-"),
]


_TOLD_TOGETHER = [
    ("es", "Al menos 18 personas murieron y 13 resultaron heridas en dos tiroteos ocurridos el miércoles por la noche.",
     "18:at_least", "13"),
    ("fr", "Au moins 18 personnes ont été tuées et 13 blessées dans deux fusillades mercredi soir.", "18:at_least",
     "13"),
    ("es", "40 personas murieron en tres estampidas.", "-", "-"),
]

_PARTICLE_AFTER = [
    # Hungarian: the verb's particle after it where a focus stands before it
    ("hu", "Legalább 30 ember halt meg.", "30:at_least", "-"),
    ("hu", "Öt ember halt meg és tizenketten sérültek meg.", "5", "12"),
    ("hu", "Két ember hunyt el a kórházban.", "2", "-"),
    ("hu", "Legalább 30 ember meghalt.", "30:at_least", "-"),
]


_DEADLIEST_SINCE = [
    ("ar", "قتل 138 شخصا في هجوم على قرية، في أعنف هجوم تشهده البلاد منذ بدء التمرد عام 2015.", "138"),
    ("tr", "Saldırıda 138 kişi öldü, bu 2015'ten bu yana en kanlı saldırı oldu.", "138"),
    ("ko", "이번 공격으로 138명이 숨져 2015년 이후 최악의 공격으로 기록됐다.", "138"),
    ("zh", "袭击造成138人死亡，是2015年以来最严重的袭击。", "138"),
    ("ja", "襲撃で138人が死亡し、2015年以降で最悪の被害となった。", "138"),
    ("hi", "हमले में 138 लोगों की मौत हो गई, जो 2015 के बाद सबसे घातक हमला है।", "138"),
    ("bn", "হামলায় ১৩৮ জন নিহত হয়েছেন, যা ২০১৫ সালের পর সবচেয়ে ভয়াবহ হামলা।", "138"),
    ("fr", "L'attaque a fait 138 morts, l'attaque la plus meurtrière depuis 2015.", "138"),
    # guards: the earlier year's own figure, after the year, stays background
    ("es", "Murieron 17.000 personas, la mayoría en Izmit, en el sismo de 1999.", "-"),
    ("tr", "Saldırıda 12 kişi öldü. 2015'te en kanlı saldırıda 300 kişi ölmüştü.", "12"),
]


def _dated_killed(text: str, language: str) -> str:
    article = ArticleInput(text=text, language=language, published_at=datetime(2021, 6, 6, tzinfo=UTC))
    return figure(pick_headline(main_incident_claims(extract(article).claims), "killed"))


@pytest.mark.parametrize(("language", "text", "killed"), _DEADLIEST_SINCE)
def test_the_deadliest_since_an_earlier_year(language: str, text: str, killed: str) -> None:
    assert _dated_killed(text, language) == killed


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _EARLIER_EVENT)
def test_an_earlier_events_toll_told_with_a_time_back(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _FOLLOW_UP)
def test_a_follow_up_keeps_its_events_toll(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ABOARD)
def test_people_aboard_are_no_death_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ONE_AS_ARTICLE)
def test_the_word_for_one_after_a_preposition(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _HURT_WHO_DIED)
def test_one_hurt_who_died(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NUMBER_WORDS)
def test_words_for_numbers_and_names_with_numbers(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _STILL_IN_CARE)
def test_those_still_in_hospital(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _DAY_IN_A_QUALIFIER)
def test_a_day_told_inside_a_qualifier(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _REVISED_DOWN)
def test_a_toll_revised_down_with_its_noun_left_out(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _TOLD_TOGETHER)
def test_figures_told_together_share_their_incidents(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _PARTICLE_AFTER)
def test_a_verb_with_its_particle_after_it(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
