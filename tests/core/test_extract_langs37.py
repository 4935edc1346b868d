"""Round 35 (langs37): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a toll that rose to a number, told with the Tamil word 'ஆக' (to) after it ('உயிரிழப்பு 18 ஆக உயர்வு'): 'ஆக' is
  also August's short form, which made the number a date; here it is the word, never the month;
- number words with something written onto them or of a kind of their own: Amharic 'የ' (of) on the number
  ('የሶስት ሰዎች ህይወት', the life of three people), Croatian and Serbian collective numerals for groups of people
  ('osmero ljudi', 'деветоро људи') and the case forms of one ('једног');
- Amharic deaths told as lives lost or passed ('ህይወታቸውን ካጡ', 'ህይወት ማለፉን')."""

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
