"""Round 35 (langs37): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a toll that rose to a number, told with the Tamil word 'ஆக' (to) after it ('உயிரிழப்பு 18 ஆக உயர்வு'): 'ஆக' is
  also August's short form, which made the number a date; here it is the word, never the month;
- number words with something written onto them or of a kind of their own: Amharic 'የ' (of) on the number
  ('የሶስት ሰዎች ህይወት', the life of three people), Croatian and Serbian collective numerals for groups of people
  ('osmero ljudi', 'деветоро људи') and the case forms of one ('једног');
- Amharic deaths told as lives lost or passed ('ህይወታቸውን ካጡ', 'ህይወት ማለፉን');
- words written with a zero-width joiner inside (Persian 'جان‌باختن', Sinhala 'සංඛ්‍යාව'): the text is read without
  the joiners, so the lexicon's words are too;
- a feared or projected toll ('befürchten bis zu 400 Tote', 'craignent jusqu'à 400 morts'), also past a subject
  between the verb and the number, loses to the bodies counted so far;
- 'more' after the number ('lima lagi mayat ditemui', five more bodies found) adds to the toll: no toll itself;
- Cebuano, which had no lexicon: its number words with the linker 'ka' ('duha ka tawo ang namatay', 'usa ka bata
  ang naangol'); Malayalam's word for one ('ഒരു മത്സ്യത്തൊഴിലാളി മരിച്ചു', 'ഒരാൾ മരിച്ചു'), which stays out
  of a count of something else ('ഒരു ബസ്', 'ഒരു മണിക്കൂറിനുള്ളിൽ');
- the killed and the injured of one Arabic sentence told with active verbs ('قتل خمسة أشخاص وأصاب ثمانية آخرين'):
  the injuring verb was no trigger, so the two counts were summed as the dead; it counts people only (not 'أصابت
  القذيفة 3 منازل', a shell hit three houses);
- a total after its included part ('어린이 3명을 포함해 모두 12명', 'осморо деце и чувара, укупно девет особа'): the
  number after 'in all' (TOTAL_BEFORE), which no trigger took, is the total of the count before it, that count a
  part;
- the wounds, not people hurt ('murió a causa de las heridas sufridas en el ataque a un colegio'): the article of a
  thing after them was read as one injured, and the injured told next ('Otras seis personas resultaron heridas')
  as more of them (NOT_TRIGGERS);
- the one survivor, hurt ('es el único sobreviviente herido'): one injured, told by the singular noun before the
  wounded word, as an auxiliary's singular tells it (SINGULAR_HURT)."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_A_TOLL_RISEN_TO = [
    ("ta", "நிலச்சரிவு: உயிரிழப்பு 18 ஆக உயர்வு", "18", "-"),
    ("ta", "விபத்தில் உயிரிழந்தோரின் எண்ணிக்கை 31 ஆக உயர்ந்துள்ளது.", "31", "-"),
    ("ta", "வெள்ளத்தில் உயிரிழந்தவர்களின் எண்ணிக்கை 12 ஆக அதிகரித்துள்ளது.", "12", "-"),
    ("ta", "காயமடைந்தோரின் எண்ணிக்கை 40 ஆக உயர்ந்துள்ளது.", "-", "40"),
]

_NUMBER_WORDS_OF_THEIR_OWN = [
    ("am", "በአደጋው የሶስት ሰዎች ህይወት ማለፉን ፖሊስ አስታወቀ።", "3", "-"),
    ("am", "በጎርፉ የአምስት ሰዎች ህይወት አልፏል።", "5", "-"),
    ("hr", "U napadu je ubijeno osmero ljudi.", "8", "-"),
    ("hr", "U požaru je poginulo šestero ljudi, a ozlijeđeno ih je devetero.", "6", "9"),
    ("sr", "У пожару је погинуло деветоро људи.", "9", "-"),
    ("sr", "Нападач је убио шесторо ученика и једног наставника.", "7", "-"),
    ("sr", "Ubijeno je petoro dece.", "5", "-"),
]

_LIVES_LOST = [
    ("am", "በመሬት መንሸራተቱ 312 ሰዎች ህይወታቸውን ካጡ በኋላ ፍለጋው ቀጥሏል።", "312", "-"),
    ("am", "በአደጋው 14 ሰዎች ህይወታቸውን አጥተዋል።", "14", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_TOLL_RISEN_TO)
def test_a_toll_risen_to_a_number(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NUMBER_WORDS_OF_THEIR_OWN)
def test_number_words_of_their_own(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _LIVES_LOST)
def test_lives_lost_or_passed(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_WRITTEN_WITH_JOINERS = [
    ("fa", "یک سال از انفجار معدن که به جان\u200cباختن ۵۱ کارگر انجامید می\u200cگذرد.", "51", "-"),
    ("fa", "در انفجار معدن ۴۲ کارگر جان\u200cباختند.", "42", "-"),
    ("fa", "دست\u200cکم ۱۲ نفر زخمی شدند.", "-", "12:at_least"),
]

_FEARED_TOLLS = [
    ("de", "Nach den Erdrutschen befürchten die Vereinten Nationen bis zu 400 Tote. Bislang wurden 188 Leichen "
     "geborgen.", "188", "-"),
    ("de", "Die Behörden befürchten bis zu 400 Tote. Bislang wurden 188 Leichen geborgen.", "188", "-"),
    ("fr", "Les secours craignent jusqu'à 400 morts. Pour l'heure, 188 corps ont été retrouvés.", "188", "-"),
    ("es", "Las autoridades temen hasta 400 muertos. Hasta ahora se han recuperado 188 cuerpos.", "188", "-"),
    ("pt", "As autoridades temem até 400 mortos. Até agora foram recuperados 188 corpos.", "188", "-"),
    ("pl", "Ratownicy obawiają się nawet 400 ofiar śmiertelnych. Do tej pory odnaleziono 188 ciał.", "188", "-"),
    ("ro", "Autoritățile se tem de până la 400 de morți. Până acum au fost recuperate 188 de cadavre.", "188", "-"),
    # guards: a fear of something else, and a feared toll alone, which stays the text's figure
    ("es", "La policía teme por la vida de dos rehenes; el ataque dejó 12 muertos.", "12", "-"),
    ("de", "Die Behörden befürchten bis zu 400 Tote.", "400:up_to", "-"),
    # guards: a count told now, after a clause of its own that says the toll may rise
    ("fr", "Le bilan risque encore de s'alourdir car plus de 80 personnes ont été blessées.", "-", "80:more_than"),
    ("de", "Die Zahl könnte noch steigen, denn mindestens 80 Menschen wurden verletzt.", "-", "80:at_least"),
]

_MORE_AFTER_THE_NUMBER = [
    ("ms", "Tiga lagi mayat ditemui pagi ini.", "-", "-"),
    ("id", "Empat lagi jenazah ditemukan, sehingga korban meninggal menjadi 30 orang.", "30", "-"),
    ("id", "Korban meninggal bertambah menjadi 30 orang setelah 4 lagi jenazah ditemukan.", "30", "-"),
    # guard: 'more' after a figure of another kind is another group of victims
    ("ms", "Seramai 12 orang maut dan 5 lagi cedera.", "12", "5"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _WRITTEN_WITH_JOINERS)
def test_words_written_with_joiners(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _FEARED_TOLLS)
def test_a_feared_toll_loses_to_the_bodies_counted(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _MORE_AFTER_THE_NUMBER)
def test_more_after_the_number_is_no_toll(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_WORDS_FOR_ONE_AND_LINKED_NUMBERS = [
    ("ceb", "Duha ka tawo ang namatay human sa landslide sa usa ka baryo.", "2", "-"),
    ("ceb", "Usa ka balay ang natabunan. Matud sa MDRRMO, usa ka bata ang naangol ug gidala sa ospital.", "-", "1"),
    ("ceb", "Tulo ka mangingisda ang nangamatay ug upat ang naangol.", "3", "4"),
    ("ceb", "Labing menos 12 ka tawo ang namatay sa baha.", "12:at_least", "-"),
    ("ml", "വള്ളം മറിഞ്ഞ് ഒരു മത്സ്യത്തൊഴിലാളി മരിച്ചു.", "1", "-"),
    ("ml", "വള്ളം മറിഞ്ഞ് ഒരാൾ മരിച്ചു", "1", "-"),
    # guards: the word for one before a thing, or a span of time, is no count
    ("ml", "ഒരു ബസ് മറിഞ്ഞ് അഞ്ചുപേർ മരിച്ചു.", "5", "-"),
    ("ml", "ഒരു മണിക്കൂറിനുള്ളിൽ രണ്ട് പേർ മരിച്ചു.", "2", "-"),
    ("ml", "അപകടത്തിൽ ഒരു കുട്ടി ഉൾപ്പെടെ നാല് പേർ മരിച്ചു.", "4", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _WORDS_FOR_ONE_AND_LINKED_NUMBERS)
def test_words_for_one_and_linked_numbers(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_KILLED_AND_INJURED_BY_ACTIVE_VERBS = [
    ("ar", "قتل المسلح خمسة أشخاص وأصاب ثمانية آخرين.", "5", "8"),
    ("ar", "وجهت النيابة تهمة القتل إلى الطالب الذي قتل أربعة من زملائه وأصاب سبعة أشخاص آخرين.", "4", "7"),
    # guards: the verb of hitting a thing; the passive, already read
    ("ar", "أصابت القذيفة 3 منازل في الحي.", "-", "-"),
    ("ar", "قتل 5 أشخاص وأصيب 8 آخرون.", "5", "8"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _KILLED_AND_INJURED_BY_ACTIVE_VERBS)
def test_killed_and_injured_by_active_verbs(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_A_TOTAL_AFTER_ITS_PART = [
    ("ko", "사망자는 어린이 3명을 포함해 모두 12명이다.", "12", "-"),
    ("ko", "유람선 침몰 사고의 사망자는 선원 2명을 포함해 모두 27명으로 집계됐다.", "27", "-"),
    ("sr", "Нападач је убио осморо деце и школског чувара, укупно девет особа.", "9", "-"),
    ("hr", "U nesreći su poginula četiri radnika i vozač, ukupno pet osoba.", "5", "-"),
    ("ru", "Погибли трое детей и двое взрослых, всего пять человек.", "5", "-"),
    # guards: a thing counted after 'in all', with its own verb, is no total of the dead
    ("es", "Murieron tres personas y en total 40 viviendas resultaron dañadas.", "3", "-"),
    ("de", "Drei Menschen starben, insgesamt 40 Häuser wurden zerstört.", "3", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_TOTAL_AFTER_ITS_PART)
def test_a_total_after_its_part(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_THE_WOUNDS_ARE_NO_PEOPLE_HURT = [
    ("es", "Un cuarto alumno murió a causa de las heridas sufridas en el ataque a un colegio de Ohio, informaron las "
     "autoridades. Otras seis personas resultaron heridas, entre ellas un profesor.", "1", "6"),
    ("it", "Un operaio è morto per le ferite riportate in un incidente. Altre due persone sono rimaste ferite.",
     "1", "2"),
    # guard: people with gunshot wounds are the injured
    ("es", "Dos personas con heridas de bala fueron trasladadas al hospital.", "-", "2"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _THE_WOUNDS_ARE_NO_PEOPLE_HURT)
def test_the_wounds_are_no_people_hurt(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


_THE_ONE_SURVIVOR_HURT = [
    ("es", "El joven, de 30 años, es el único sobreviviente herido del tiroteo que dejó ocho muertos en tres "
     "locales.", "8", "1"),
    # guards: the plural, and a negation
    ("es", "Los sobrevivientes heridos fueron trasladados al hospital.", "-", "-"),
    ("es", "Ningún sobreviviente herido fue dado de alta.", "-", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _THE_ONE_SURVIVOR_HURT)
def test_the_one_survivor_hurt(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
