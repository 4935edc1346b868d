"""Round 40 (langs47): reports in less-covered languages that stayed alone or lost their figures, on sentences of our
own, one matrix per phenomenon and language:
- Bambara had no lexicon: the dead and the injured ('fagara', 'madimina': stems, the perfective ending varies),
  the missing and the arrested, the count after 'mɔgɔ' (people), number words counted in tens and joined by 'ni'
  ('kɛmɛ ni bisaba ni naani', 134), 'kɛmɛ' before its multiplier ('kɛmɛ fila', 200), qualifiers after the count,
  yesterday ('kunun'), and the language told by its function words when the article does not give it (py3langid
  has no Bambara), its neighbours keeping theirs;
- Yoruba's numbers from 15 to 99 composed as the language composes them, a unit added to a score with 'lé' or
  taken off the next with 'dín' ('méjìdínlọ́gọ́ta', two less than sixty: 58), with tones and without;
- Hausa names take no case ending ('St Francis' is no 'Franc-' of France) and 'Jihar X' is the state of X;
- Urdu 'کھانا', 'کھانے' (food, eating) are no town (Khanna);
- Vietnamese 'thứ' before a number makes it an ordinal or a weekday ('Thứ Bảy', Saturday: no seven dead), a
  headline counting years ('Mười năm sau', ten years after) dates the figures on the event's day, and 'bang' (a
  federation's state) is a division's word;
- Polish plural country names in the locative ('we Włoszech', 'w Niemczech', 'na Węgrzech');
- Turkish: a country's name that ends a longer place's name ('New Jersey' is no Jersey), a region of two words in
  the genitive before its town ("New Jersey'nin Trenton kentinde"), US states as Turkish writes them
  ('Pensilvanya');
- Romanian 'prăbușire' is an aircraft's or a cable car's crash as often as a building's collapse: no kind of its
  own."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from core.events.hazards import headline_hazards
from core.extract import extract
from core.extract.language import detect_language
from core.extract.world_language import language as world_language
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines

_BAMBARA = [
    ("Mɔgɔ 12 fagara, mɔgɔ 30 madimina mobili kasaara la.", "12", "30"),
    ("Mɔgɔ saba sara tasuma kɔnɔ, mɔgɔ tan ni duuru madimira.", "3", "15"),
    ("Marabaw ye mɔgɔ mugan ni naani faga so kɔnɔ.", "24", "-"),
    ("Mɔgɔ kɛmɛ ni bisaba ni naani fagara, mɔgɔ biduuru ni duuru jɔginna.", "134", "55"),
    ("Mɔgɔ kɛmɛ fila fagara sanjiba la.", "200", "-"),
    ("Mɔgɔ 100 ni kɔ fagara.", "100:more_than", "-"),
    ("Mogo 7 fagara, mogo 20 madimina.", "7", "20"),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), _BAMBARA)
def test_bambara_dead_and_injured(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "bm") == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [("Mɔgɔ 12 tununna sanjiba kɔ.", "missing", 12), ("Pɔlisi ko mɔgɔ duuru minɛna.", "arrested", 5)],
)
def test_bambara_missing_and_arrested(text: str, metric: str, value: int) -> None:
    assert [(c.metric, c.value) for c in claims(text, "bm")] == [(metric, value)]


def test_bambara_yesterday() -> None:
    text = "Kunun, mɔgɔ naani fagara tasuma kɔnɔ."
    found = extract(ArticleInput(text=text, language="bm", published_at=datetime(2024, 5, 10, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 9))]


_BAMBARA_UNLABELLED = (
    "Kunun, mɔgɔ kɛmɛ ni bisaba fagara Mopti mara la, mɔgɔ mugan ni fila madimina. Marabaw ye so bɛɛ jeni ani u "
    "ye misiw faga fana, o kɔ u bolila. Gɔfɛrɛnaman ko a bɛ ɲinini kɛ walasa ka kɛlɛbagaw minɛ."
)


def test_bambara_told_by_its_function_words() -> None:
    assert detect_language(_BAMBARA_UNLABELLED) == "bm"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ha", "Mutane uku sun mutu yayin da wasu goma sha ɗaya suka jikkata a hatsarin mota a Kano, in ji "
               "rundunar 'yan sanda. An kai waɗanda suka jikkata asibiti domin yi musu magani."),
        ("yo", "Èèyàn mẹ́ta ló kú, tí èèyàn mọ́kànlá sì farapa nínú ìjàmbá ọkọ̀ tó ṣẹlẹ̀ ní Ibadan lánàá, gẹ́gẹ́ bí "
               "àwọn ọlọ́pàá ṣe sọ. Wọ́n ti gbé àwọn tó farapa lọ sí ilé ìwòsàn."),
        ("fr", "Trois personnes ont été tuées et onze blessées dans l'accident d'un car près de Mopti, selon la "
               "protection civile, qui a évacué les blessés vers l'hôpital de la ville."),
        ("en", "Three people died and eleven were injured when a bus overturned near Mopti, the civil protection "
               "said. The injured were taken to the town's hospital."),
    ],
)  # fmt: skip
def test_bambaras_neighbours_keep_their_language(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Èèyàn méjìlélógún ló kú, àwọn méjìdínlọ́gọ́ta míì farapa.", "22", "58"),
        ("Eeyan mejilelogun lo ku, awon mejidinlogota mii farapa.", "22", "58"),
        ("Èèyàn mọ́kànléláàádọ́ta ló kú nínú ìjàmbá ọkọ̀.", "51", "-"),
        ("Àwọn èèyàn mẹ́tàdínláàádọ́rin ló farapa.", "-", "67"),
        ("Èèyàn mẹ́rìnlélọ́gọ́rin ló kú.", "84", "-"),
        ("Èèyàn márùndínlọ́gọ́rùn ló kú.", "95", "-"),
    ],
)
def test_yoruba_numbers_on_scores(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "yo") == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mutum 12 sun mutu a harin da aka kai wa cocin St Francis da ke garin Kano.", "Kano, Nigeria"),
        ("Mutum 12 sun mutu a Jihar Kano ranar Litinin.", "Kano Province, Nigeria"),
        ("Mutane 5 sun mutu a hatsarin mota a Jihar Ondo.", "Ondo Province, Nigeria"),
    ],
)
def test_hausa_names_take_no_ending(text: str, place: str) -> None:
    assert [c.location for c in claims(text, "ha")] == [place]


def test_hausa_saints_name_is_no_france() -> None:
    reader = world_language("ha")
    assert reader is not None
    assert reader.places.countries_in("cocin Katolika na St Francis da ke Kano") == Counter()


def test_urdu_food_is_no_town() -> None:
    text = "بھارت میں اسکول کا کھانا کھانے سے 22 بچے ہلاک ہو گئے۔"
    assert [(c.value, c.location) for c in claims(text, "ur")] == [(22, "India")]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Vụ cháy ngày Thứ Bảy đã cướp đi sinh mạng của 12 người.", "12"),
        ("Hôm thứ Hai, 5 người chết trong vụ tai nạn.", "5"),
        ("Đây là lần thứ ba trong năm, 9 người chết.", "9"),
    ],
)
def test_vietnamese_ordinals_and_weekdays_are_no_counts(text: str, killed: str) -> None:
    assert headlines(text, "vi")[0] == killed


def test_vietnamese_years_on_headline_dates_the_event() -> None:
    found = extract(
        ArticleInput(
            title="Năm năm sau vụ sập cầu",
            text="Năm năm trước, vụ sập cầu ngày Thứ Bảy đã cướp đi sinh mạng của 18 người.",
            language="vi",
            published_at=datetime(2024, 3, 9, 8),
        )
    ).claims
    assert {(c.value, c.incident_date) for c in found} == {(18, date(2019, 3, 9))}


def test_vietnamese_state_word() -> None:
    assert [c.location for c in claims("Cháy rừng ở bang Victoria, Úc làm 12 người chết.", "vi")] == [
        "Victoria Province, Australia"
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Czternaście osób zginęło w katastrofie we Włoszech.", "IT"),
        ("Trzy osoby zginęły w pożarze w Niemczech.", "DE"),
        ("Pięć osób zginęło w wypadku autobusu na Węgrzech.", "HU"),
    ],
)
def test_polish_plural_countries_in_the_locative(text: str, country: str) -> None:
    reader = world_language("pl")
    assert reader is not None
    assert reader.places.countries_in(text) == Counter({country: 1})


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Zanlı, New Jersey'nin Trenton kentinde 3 kişiyi öldürdü.", "Trenton"),
        ("ABD'nin Pensilvanya eyaletinde bir erkek 3 kişiyi öldürdü.", "Pennsylvania"),
        ("ABD'nin Luizyana eyaletinde kasırgada 3 kişi öldü.", "Louisiana"),
    ],
)
def test_turkish_us_places(text: str, place: str) -> None:
    assert [c.location for c in claims(text, "tr")][:1] == [place]


def test_new_jersey_is_no_jersey() -> None:
    reader = world_language("tr")
    assert reader is not None
    assert reader.places.countries_in("Zanlı, New Jersey'nin Trenton kentinde teslim oldu.") == Counter()
    assert reader.places.countries_in("Jersey'de 3 kişi öldü.") == Counter({"JE": 1})


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        # the cabin, not the crash word, tells the kind: a ropeway's fall is 'rail' (hazard_words.tsv)
        ("Tragedie în Munții Alpi: 9 morți după prăbușirea unei telecabine", frozenset({"rail"})),
        ("Un elicopter s-a prăbușit: 3 morți", frozenset({"air"})),
        ("Surparea unui bloc la Iași: 5 morți", frozenset({"collapse"})),
        ("Un bloc s-a prăbușit la Iași: 3 morți", frozenset({"collapse"})),
        ("Prăbușirea avionului: 3 morți", frozenset({"air"})),
    ],
)
def test_romanian_crash_word_tells_no_kind(title: str, kinds: frozenset[str]) -> None:
    assert headline_hazards(title) == kinds
