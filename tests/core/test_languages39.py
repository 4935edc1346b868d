"""Headline figures in less-covered languages (sentences of our own, invented).

- A text labelled "ku" (Kurdish) but written in Arabic letters is Sorani: read by the `ckb` lexicon
  (`SCRIPT_TWINS` of `ku`), not by Kurmanji's Latin one, which read nothing in it. Kurmanji in Latin letters keeps
  its own lexicon.
- A court follow-up (a verdict, an appeal, a trial: lexicon `COURT_WORDS`) whose lead tells its case's toll as plain
  news dated years back ("Bij de ramp in mei 2000 kwamen 23 mensen om het leven") tells its own event's toll: the
  figures are the report's headline. Without a court step in the headline, such a sentence stays background.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bench.news import headline
from core.extract import extract
from core.extract.language import read_as
from core.models import ArticleInput


def _headline(text: str, language: str, title: str | None = None, published: str | None = None) -> tuple:
    at = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    result = extract(ArticleInput(text=text, title=title, language=language, published_at=at))
    got = headline(result.claims)
    return got["killed"].value, got["wounded"].value


SORANI_LABELLED_KU = [
    # fire at a hall: 'more than 40 people lost their lives and 65 others were injured'
    (
        "لە ئاگرکەوتنەوەی هۆڵێکی بازرگانی لە شاری کەرکووک، زیاتر لە 40 کەس گیانیان لەدەستدا و 65 کەسی تر بریندار بوون.",
        40,
        65,
    ),
    # passive: '12 people were killed and 30 were injured in a car bomb'
    ("لە تەقینەوەی ئۆتۆمبێلێکی بۆمبڕێژکراو لە هەولێر 12 کەس کوژران و 30 کەس بریندار بوون.", 12, 30),
    # number words: 'twenty-three people were killed'
    ("لە لافاوەکەی دوێنێ لە دهۆک بیست و سێ کەس کوژران و نۆ کەس بریندار بوون.", 23, 9),
    # Eastern Arabic digits
    ("بەهۆی بوومەلەرزەکە لە سلێمانی ١٥ کەس گیانیان لەدەستدا و ٤٠ کەس بریندار بوون.", 15, 40),
]  # fmt: skip


@pytest.mark.parametrize("label", ["ku", "KU", "ku-IQ", "ckb"])
@pytest.mark.parametrize(
    ("text", "killed", "wounded"), SORANI_LABELLED_KU, ids=["hall-fire", "car-bomb", "number-words", "arabic-digits"]
)
def test_sorani_labelled_kurdish_is_read(label: str, text: str, killed: int, wounded: int) -> None:
    assert _headline(text, label) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Li Amedê di teqînekê de 12 kes mirin û 30 kes birîndar bûn.", 12, 30),
        ("Di agirê li Wanê de bîst û sê kes mirin.", 23, None),
    ],
)
def test_kurmanji_in_latin_letters_keeps_its_lexicon(text: str, killed: int, wounded: int | None) -> None:
    assert read_as("ku", text) == "ku"
    assert _headline(text, "ku") == (killed, wounded)


@pytest.mark.parametrize(
    ("label", "text", "read"),
    [
        ("ku", "زیاتر لە 100 کەس کوژران لە Hamdaniya", "ckb"),  # a Latin name in it: the script of most letters
        ("ku", "Li Hewlêrê 5 kes birîndar bûn", "ku"),
        ("ar", "قتل 12 شخصا في انفجار", "ar"),  # a label without twins is kept as sent
        ("es", "Murieron 12 personas", "es"),
    ],
    ids=["sorani-with-a-latin-name", "kurmanji", "arabic", "spanish"],
)
def test_read_as_follows_the_script(label: str, text: str, read: str) -> None:
    assert read_as(label, text) == read


COURT_FOLLOW_UPS = [
    (
        "nl",
        "Eigenaren vuurwerkopslag veroordeeld",
        "De twee eigenaren van de opslag zijn in hoger beroep veroordeeld tot een celstraf. Bij de explosie in "
        "juni 2004 kwamen 14 mensen om het leven en raakten 310 mensen gewond.",
        (14, 310),
    ),
    (
        "nl",
        "Rechtszaak over instorting tribune",
        "De rechtbank heeft de aannemer vrijgesproken. Bij de instorting in april 2011 vielen negen doden en "
        "raakten 48 bezoekers gewond.",
        (9, 48),
    ),
    (
        "de",
        "Urteil im Prozess um Brand in Diskothek",
        "Das Landgericht hat den Betreiber zu vier Jahren Haft verurteilt. Bei dem Feuer im März 2015 starben "
        "31 Menschen, 85 wurden verletzt.",
        (31, 85),
    ),
    (
        "fr",
        "Effondrement d'un pont : deux ingénieurs condamnés en appel",
        "La cour a confirmé la peine des deux ingénieurs. Lors de l'effondrement d'août 2012, 27 personnes sont "
        "mortes et 64 ont été blessées.",
        (27, 64),
    ),
    (
        "es",
        "Condenados los responsables de la discoteca",
        "El tribunal condenó a tres años de prisión a los dueños del local. En el incendio de enero de 2013 "
        "murieron 19 personas y 40 resultaron heridas.",
        (19, 40),
    ),
    (
        "pt",
        "Réus do incêndio na boate vão a julgamento",
        "Os quatro réus começam a ser julgados nesta segunda-feira. No incêndio de janeiro de 2013 morreram "
        "242 pessoas e 636 ficaram feridas.",
        (242, 636),
    ),
    (
        "it",
        "Crollo della scuola, condannati i costruttori",
        "La corte d'appello ha confermato la sentenza per i due costruttori. Nel crollo dell'ottobre 2002 "
        "morirono 30 persone e 45 rimasero ferite.",
        (30, 45),
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "figures"), COURT_FOLLOW_UPS)
def test_a_court_follow_up_tells_its_cases_toll(language: str, title: str, text: str, figures: tuple) -> None:
    assert _headline(text, language, title, "2019-05-20") == figures


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Hommage aux victimes de l'effondrement",
            "La ville a rendu hommage aux victimes samedi. Lors de l'effondrement d'août 2012, 27 personnes sont "
            "mortes et 64 ont été blessées.",
        ),
        (
            "nl",
            "Herdenking vuurwerkramp",
            "Honderden mensen herdachten zaterdag de slachtoffers. Bij de explosie in juni 2004 kwamen 14 mensen "
            "om het leven.",
        ),
    ],
)
def test_a_recalled_toll_without_a_court_step_stays_background(language: str, title: str, text: str) -> None:
    assert _headline(text, language, title, "2019-05-20") == (None, None)
