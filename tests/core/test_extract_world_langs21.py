"""Toll paragraphs in the reporters' own languages (sentences of our own, round 21): a count of people that is
year-shaped, hospital admissions told with injuries, separable verbs around their count, a source written into a
compound, a verb-final speaker's name after the title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Role
from tests.core.world_kit import figure, headlines


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # a year-shaped number with a counter of people is a count, not a year dating an earlier event
        ("fa", "سیل روز جمعه روستاهای استان سیستان را ویران کرد و بیش از ۲۰۰۰ نفر کشته شدند.", "2000:more_than"),
        ("zh", "强烈地震袭击了该省山区，造成2000多人死亡。", "2000:more_than"),
    ],
)  # fmt: skip
def test_a_year_shaped_count_of_people_is_no_year(language: str, text: str, killed: str) -> None:
    published = datetime(2026, 3, 4, tzinfo=UTC)
    main = main_incident_claims(extract(ArticleInput(text=text, language=language, published_at=published)).claims)
    assert figure(pick_headline(main, "killed")) == killed


def test_a_year_before_its_event_still_makes_background() -> None:
    # "in 2010 the quake killed 300": the year is a year, with no counter of people after it
    text = "2010년 이 지역을 강타한 지진으로 300명이 숨졌다."
    claims = extract(ArticleInput(text=text, language="ko", published_at=datetime(2026, 3, 4, tzinfo=UTC))).claims
    assert [(c.value, c.role) for c in claims if c.metric == "killed"] == [(300, Role.BACKGROUND)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Basi liligongana na lori usiku wa kuamkia leo na abiria 38 wamelazwa hospitalini wakiwa na majeraha.", "38"),
        ("Watu saba walifariki papo hapo na wengine 64 wamelazwa wakiwa na majeraha.", "64"),
    ],
)  # fmt: skip
def test_sw_admitted_with_injuries_are_the_injured(text: str, wounded: str) -> None:
    assert headlines(text, "sw")[1] == wounded


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("nl", "Bij de busramp in de Alpen kwamen negen toeristen om.", "9"),
        ("nl", "Bij de overstroming kwamen volgens de gemeente tussen de 15 en 25 bewoners om.", "25:range"),
        ("nl", "Bij de explosie kwam één arbeider om, zeven anderen raakten gewond.", "1"),
        ("de", "Bei dem Lawinenunglück kamen vier Bergsteiger um.", "4"),
        # "om te helpen" (to help): another verb's 'om', no particle
        ("nl", "Na de storm kwamen 300 vrijwilligers om te helpen bij het opruimen.", "-"),
        ("de", "Am Morgen kamen 80 Helfer, um die Straße zu räumen.", "-"),
    ],
)  # fmt: skip
def test_a_separable_verb_around_its_count(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


def _sources(text: str, language: str) -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric in ("killed", "wounded")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben starben bei dem Busunglück 14 Menschen.", "Polizei (police)"),
        ("Regierungsangaben zufolge wurden 70 Menschen verletzt.", "Regierung (government)"),
        ("Laut Feuerwehrangaben kamen sechs Menschen ums Leben.", "Feuerwehr (fire service)"),
    ],
)
def test_de_a_source_written_into_its_statement(text: str, source: str) -> None:
    assert _sources(text, "de") == {source}


def test_de_first_reports_name_no_source() -> None:
    # "Nach ersten Angaben" (according to first reports): no one named; the toll's own clause is no speaker
    assert _sources("Nach ersten Angaben starben bei dem Brand fünf Menschen.", "de") == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ulaştırma Bakanı Ahmet Yılmaz, kazada 9 kişinin öldüğünü söyledi.",
         "Ulaştırma Bakanı Ahmet Yılmaz (minister)"),
        ("AFAD Başkanı Mehmet Kaya, depremde 31 kişinin yaralandığını açıkladı.", "AFAD Başkanı Mehmet Kaya (head)"),
    ],
)  # fmt: skip
def test_tr_the_speakers_name_after_the_title(text: str, source: str) -> None:
    assert _sources(text, "tr") == {source}
