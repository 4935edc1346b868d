"""Round 38 (langs44): three languages that had no lexicon, Luganda, Bislama and Lao, and a gap of Quechua's numbers,
on sentences of our own.
- Luganda: the dead and the hurt told with whole verb forms ('bafudde', 'balumiziddwa'), bodies ('emirambo 30'),
  the count after its noun and number words with the people class's prefix ('abantu bataano'), 'abasoba mu' (more
  than), the missing ('tebannalabika'); py3langid knows the language;
- Bislama: 'man oli ded', 'kilim ded', 'kasem kil', 'moa long' (more than), the lost ('oli lus'), months of its
  own; py3langid does not know it, and a Bislama text is told by its share of its own particles (FUNCTION_WORDS);
  the islands of Vanuatu (Tanna, Efate) read as their provinces (data/islands.tsv);
- Lao, written without spaces as Thai is: 'ຜູ້ເສຍຊີວິດ 9 ຄົນ', the counter after the count, qualifiers, a figure
  grouped with a dot ('1.200'), its months, and provinces the gazetteer has no Lao name for;
- Quechua's unit after its tens, with '-yuq' ('qanchis chunka tawayuq', 74)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.language import detect_language
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines

_DEAD_AND_INJURED = [
    ("lg", "Abantu 12 bafudde mu kabenje k'emmotoka e Masaka, abantu 20 balumiziddwa.", "12", "20"),
    ("lg", "Poliisi egamba nti abantu bataano baafudde mu muliro.", "5", "-"),
    ("lg", "Abakola eby'okuyamba baggyeyo emirambo 30 mu ttaka.", "30", "-"),
    ("lg", "Abantu abasoba mu 40 balumiziddwa mu kabenje.", "-", "40:more_than"),
    ("bi", "Faef man oli ded mo 12 man oli kasem kil long aksiden long Port Vila.", "5", "12"),
    ("bi", "Saeklon i kilim ded 7 man long Tanna.", "7", "-"),
    ("bi", "Moa long 30 man oli kasem kil long saeklon.", "-", "30:more_than"),
    ("lo", "ອຸບັດຕິເຫດລົດເມ ເຮັດໃຫ້ມີຜູ້ເສຍຊີວິດ 9 ຄົນ ແລະ ບາດເຈັບ 21 ຄົນ.", "9", "21"),
    ("lo", "ໄຟໄໝ້ຕະຫຼາດ ມີຜູ້ເສຍຊີວິດຢ່າງໜ້ອຍ 4 ຄົນ.", "4:at_least", "-"),
    ("lo", "ມີຜູ້ບາດເຈັບຫຼາຍກວ່າ 1.200 ຄົນ.", "-", "1200:more_than"),
    # Quechua's unit after its tens takes '-yuq' ('with'): 274, 35, 12
    ("qu", "Iskay pachak qanchis chunka tawayuq runakuna wañurqanku.", "274", "-"),
    ("qu", "Kimsa chunka pichqayuq runakuna wañurqanku.", "35", "-"),
    ("qu", "Chunka iskayniyuq runakuna k'irisqa karqanku.", "-", "12"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _DEAD_AND_INJURED)
def test_the_dead_and_the_injured(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("lg", "Abantu 15 tebannalabika oluvannyuma lw'amataba.", 15),
        ("bi", "Tri man oli lus long solwota.", 3),
        ("lo", "ມີປະຊາຊົນ 40 ຄົນສູນຫາຍ ຫຼັງຈາກນ້ຳຖ້ວມ.", 40),
    ],
)
def test_the_missing(language: str, text: str, value: int) -> None:
    assert ("missing", value) in [(c.metric, c.value) for c in claims(text, language)]


def test_a_day_of_a_month_in_lao() -> None:
    text = "ຄືນວັນທີ 23 ກໍລະກົດ ນ້ຳຖ້ວມ ມີຜູ້ເສຍຊີວິດ 5 ຄົນ."
    found = extract(ArticleInput(text=text, language="lo", published_at=datetime(2024, 7, 25, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 5, date(2024, 7, 23))]


def test_a_day_of_a_month_in_bislama() -> None:
    text = "Long 13 Maj, saeklon i kilim ded 4 man long Efate."
    found = extract(ArticleInput(text=text, language="bi", published_at=datetime(2024, 3, 20, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 3, 13))]


_UNLABELLED = [
    ("lg", "Abantu kkumi bafudde mu kabenje k'emmotoka akagudde ku luguudo lwa Masaka ku Lwokutaano, poliisi "
           "bw'egamba. Abalala abasoba mu makumi abiri baddusiddwa mu ddwaliro e Mulago nga bali bubi."),
    ("bi", "Polis i talem se tri man oli ded mo faef man oli kasem kil long wan aksiden blong trak long rod blong "
           "Mele. Olgeta we oli kasem kil oli stap long hospitol naoia, mo polis i stap lukluk long kes ia."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), _UNLABELLED)
def test_each_language_told_when_the_article_does_not_give_it(language: str, text: str) -> None:
    assert detect_language(text) == language


_PLACES = [
    # the islands of Vanuatu, read as their provinces
    ("bi", "Tri man oli ded long Tanna.", "Taféa, Vanuatu"),
    # Lao: a province the gazetteer has no Lao name for (lexicon PLACE_NAMES), after its division's word
    ("lo", "ນ້ຳຖ້ວມຢູ່ແຂວງອັດຕະປື ມີຜູ້ເສຍຊີວິດ 6 ຄົນ.", "Attapeu, Laos"),
]


@pytest.mark.parametrize(("language", "text", "place"), _PLACES)
def test_their_places(language: str, text: str, place: str) -> None:
    assert [c.location for c in claims(text, language)][:1] == [place]
