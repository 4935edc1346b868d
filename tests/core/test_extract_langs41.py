"""Round 36 (langs41): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a crowd counted vaguely ('thousands of people') who are the subject of another verb, the victims' word only the
  complement of a noun after it (a wake, a funeral, the relatives, a tribute 'to the dead'), is no toll: 'of the' /
  'to the' / 'for the' right before the victims' word with words between it and the count (lexicon OF_THE_BEFORE,
  pt es fr it ca de nl sv el; in ar the noun itself: 'تشييع جثامين الضحايا') keeps the count off it; right
  after the count it is still a part of the dead ('Dos de los muertos'), a count noun's victims ('sale a 31 il numero
  delle vittime') are its count's, and the hurt's harm after 'of the' is what the count suffered ('atendidas por
  causa dos ferimentos');
- 'took the lives of 57' in the idioms of many languages: Persian 'جان ۵۷ نفر را گرفت' (the life ... took, the count
  between, read as a verb in two parts, SEPARABLE_TRIGGERS; its second part may close the clause before 'and'),
  Indonesian / Malay 'meragut 57 nyawa', Dutch 'eiste 57 levens' and the like in hr lt fi da no sv sl mk hy, and
  the fixed phrases of tr it ur vi ja ko pl ro es pt sw he tl az ka kk ne pa ta te ml si am so km; a verb in two
  parts opens a word ('آذربایجان' is no 'جان'), and 'saved 20 lives' stays none;
- Malay 'kereta' is a car, Indonesian 'kereta' a train: a Malay car crash's headline ('kemalangan kereta', 'kereta
  terbabas', 'kereta dipandu') names a road crash, no train's; Indonesian 'kereta' alone stays a train, and a train's
  own phrase ('kereta api') a train's alone."""

from __future__ import annotations

import pytest

from core.events.hazards import headline_hazards
from tests.core.world_kit import headlines

_A_CROWD_IS_NOT_THE_DEAD = [
    ("pt", "Milhares de pessoas foram ao velório dos mortos no ginásio municipal.", "-", "-"),
    ("pt", "Dezenas de parentes das vítimas fatais protestaram em frente ao fórum.", "-", "-"),
    ("es", "Miles de vecinos acudieron al velatorio de los muertos en el polideportivo.", "-", "-"),
    ("es", "Cientos de personas rindieron homenaje a los fallecidos ante el ayuntamiento.", "-", "-"),
    ("fr", "Des milliers d'habitants ont suivi les obsèques des victimes sur la place du village.", "-", "-"),
    ("fr", "Des dizaines de proches des victimes se sont rassemblés devant le tribunal.", "-", "-"),
    ("it", "Migliaia di persone hanno seguito i funerali dei morti in piazza.", "-", "-"),
    ("it", "Decine di familiari delle vittime hanno manifestato sotto il municipio.", "-", "-"),
    ("ca", "Centenars de veïns van assistir al funeral dels morts a la plaça.", "-", "-"),
    ("de", "Tausende Menschen versammelten sich zu einer Trauerfeier für die Toten.", "-", "-"),
    ("nl", "Duizenden mensen kwamen naar de uitvaart van de doden.", "-", "-"),
    ("sv", "Tusentals människor samlades vid minnesstunden för de döda.", "-", "-"),
    ("el", "Χιλιάδες άνθρωποι συγκεντρώθηκαν στην κηδεία των θυμάτων.", "-", "-"),
    ("ar", "شارك مئات الأشخاص في تشييع جثامين الضحايا في القرية.", "-", "-"),
    ("ar", "تجمع العشرات من أهالي القتلى أمام مبنى المحافظة.", "-", "-"),
    ("ar", "أودى الانفجار بحياة 23 شخصا، وشارك الآلاف في تشييع جثامين الضحايا.", "23", "-"),
    ("pt", "O ônibus caiu numa ribanceira e matou 14 pessoas. Milhares de pessoas foram ao velório dos mortos.",
     "14", "-"),
    # guards: right after the count, 'of the' makes a part of the victims; the toll itself
    ("es", "Tres de los muertos eran menores.", "-", "-"),
    ("ar", "انتشلت فرق الإنقاذ جثامين 14 من الضحايا.", "14", "-"),
    ("pt", "Nove pessoas foram atendidas por causa dos ferimentos.", "-", "9"),
    ("de", "Neun Menschen wurden wegen der Verletzungen ambulant behandelt.", "-", "9"),
    ("it", "Sale a 31 il numero delle vittime del crollo.", "31", "-"),
    ("es", "Asciende a 31 la cifra de los fallecidos.", "31", "-"),
    ("pt", "Pelo menos 30 pessoas morreram e dezenas ficaram feridas.", "30:at_least", "12:vague"),
    ("fr", "Au moins 20 personnes ont été tuées et des dizaines blessées.", "20:at_least", "12:vague"),
]

_TOOK_THE_LIVES_OF = [
    ("fa", "آتش‌سوزی در یک انبار در شیراز جان ۱۸ نفر را گرفت.", "18", "-"),
    ("fa", "سیل در استان گلستان جان دست‌کم ۹ نفر را گرفت و ۲۶ نفر زخمی شدند.", "9:at_least", "26"),
    ("fa", "زلزله جان ۴۳ تن را گرفته است.", "43", "-"),
    ("tr", "Sel felaketi en az 18 kişinin hayatını aldı.", "18:at_least", "-"),
    ("it", "L'esplosione ha strappato la vita a 18 operai.", "18", "-"),
    ("ur", "دھماکے نے 18 افراد کی جان لے لی۔", "18", "-"),
    ("vi", "Vụ cháy đã cướp đi sinh mạng của 18 người.", "18", "-"),
    ("ja", "爆発は18人の命を奪った。", "18", "-"),
    ("ko", "폭발로 18명의 목숨을 앗아갔다.", "18", "-"),
    ("pl", "Wybuch odebrał życie 18 osobom.", "18", "-"),
    ("nl", "De explosie eiste 18 levens.", "18", "-"),
    ("ro", "Explozia a curmat viețile a 18 oameni.", "18", "-"),
    ("es", "La explosión segó la vida de 18 trabajadores.", "18", "-"),
    ("es", "La explosión acabó con la vida de 18 trabajadores.", "18", "-"),
    ("pt", "A explosão ceifou a vida de 18 operários.", "18", "-"),
    ("id", "Ledakan itu meragut 18 nyawa.", "18", "-"),
    ("sw", "Mlipuko huo uligharimu maisha ya watu 18.", "18", "-"),
    ("he", "הפיצוץ גבה את חייהם של 18 בני אדם.", "18", "-"),
    ("tl", "Kumitil ng buhay ng 18 katao ang pagsabog.", "18", "-"),
    ("hr", "Nesreća je odnijela 23 života.", "23", "-"),
    ("lt", "Avarija nusinešė 23 žmonių gyvybes.", "23", "-"),
    ("fi", "Onnettomuus vaati 23 ihmisen hengen.", "23", "-"),
    ("da", "Ulykken kostede 23 mennesker livet.", "23", "-"),
    ("no", "Ulykken krevde 23 menneskeliv.", "23", "-"),
    ("sv", "Olyckan skördade 23 liv och 40 skadades.", "23", "40"),
    ("sl", "Nesreča je terjala 23 življenj.", "23", "-"),
    ("mk", "Несреќата однесе 23 животи.", "23", "-"),
    ("hy", "Վթարը խլեց 23 մարդու կյանք։", "23", "-"),
    ("az", "Qəza 23 nəfərin həyatına son qoydu.", "23", "-"),
    ("ka", "ავარიამ 23 ადამიანის სიცოცხლე შეიწირა.", "23", "-"),
    ("kk", "Апат 23 адамның өмірін қиды.", "23", "-"),
    ("ne", "दुर्घटनाले २३ जनाको ज्यान लियो।", "23", "-"),
    ("pa", "ਹਾਦਸੇ ਨੇ 23 ਲੋਕਾਂ ਦੀ ਜਾਨ ਲੈ ਲਈ।", "23", "-"),
    ("ta", "விபத்து 23 பேரின் உயிரைப் பறித்தது.", "23", "-"),
    ("te", "ప్రమాదం 23 మంది ప్రాణాలను బలిగొంది.", "23", "-"),
    ("ml", "അപകടം 23 പേരുടെ ജീവനെടുത്തു.", "23", "-"),
    ("si", "අනතුර 23 දෙනෙකුගේ ජීවිත බිලි ගත්තේය.", "23", "-"),
    ("am", "አደጋው የ23 ሰዎችን ሕይወት ቀጠፈ።", "23", "-"),
    ("so", "Shilka ayaa galaaftay nolosha 23 qof.", "23", "-"),
    ("pl", "Katastrofa zabrała życie 23 osób.", "23", "-"),
    ("km", "គ្រោះថ្នាក់បានឆក់យកជីវិតមនុស្ស 23 នាក់។", "23", "-"),
    # guards: a word that only ends like 'life' ('آذربایجان'), lives saved
    ("fa", "پلیس آذربایجان شرقی ۱۰ نفر را گرفت.", "-", "-"),
    ("id", "Tim penyelamat berhasil menyelamatkan 20 nyawa.", "-", "-"),
    ("nl", "De brandweer redde 20 levens.", "-", "-"),
    ("sv", "Räddningstjänsten räddade 20 liv.", "-", "-"),
    ("hr", "Spasioci su spasili 20 života.", "-", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_CROWD_IS_NOT_THE_DEAD)
def test_a_crowd_at_the_wake_is_not_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _TOOK_THE_LIVES_OF)
def test_took_the_lives_of_is_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_A_CAR_IS_NOT_A_TRAIN = [
    ("Kemalangan kereta di Seremban, dua maut", "road", "rail"),
    ("Kereta terbabas di Lebuhraya Karak, pemandu maut", "road", "rail"),
    ("Kereta dilanggar lori di Kuantan", "road", None),
    # Indonesian trains stay trains
    ("Kereta api anjlok di Garut", "rail", "road"),
    ("Kereta anjlok di Purwakarta, 2 tewas", "rail", None),
    ("Keretapi tergelincir di Kuala Lipis", "rail", None),
]


@pytest.mark.parametrize(("title", "named", "not_named"), _A_CAR_IS_NOT_A_TRAIN)
def test_a_malay_car_is_no_train(title: str, named: str, not_named: str | None) -> None:
    kinds = headline_hazards(title)
    assert named in kinds
    assert not_named is None or not_named not in kinds
