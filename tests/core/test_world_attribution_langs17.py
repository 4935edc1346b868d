"""Who gave the figure in Korean and Turkish (sentences of our own): speech verbs in every ending (the broadcast
"밝혔습니다", the joined "밝혔으며"), a particle on the source's last word taken off ("소방당국은"), ministries and
agencies as sources, and a statement before an according-to marker that names no one ("Yapılan son açıklamaya
göre", "최신 발표에 따르면")."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _sources(text: str, language: str) -> set[str | None]:
    return {c.attribution for c in extract(ArticleInput(text=text, language=language)).claims}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("ko", "소방당국은 이번 화재로 12명이 숨졌다고 밝혔습니다.", "소방당국 (fire authorities)"),
        ("ko", "소방당국은 이번 화재로 12명이 숨지고 30명이 다쳤다고 밝혔으며, 원인을 조사하고 있다.",
         "소방당국 (fire authorities)"),
        ("ko", "경찰은 사망자가 8명으로 늘었다고 전했습니다.", "경찰 (police)"),
        ("ko", "중대본은 사망자가 29명이라고 집계했습니다.", "중대본 (disaster headquarters)"),
        ("ko", "행정안전부는 이날 오후 기준 사망자가 29명으로 늘었다고 밝혔다.", "행정안전부 (ministry)"),
        ("ko", "해양경찰청은 실종자가 12명이라고 밝혔다.", "해양경찰청 (coast guard)"),
        ("ko", "이번 지진으로 최소 120명이 숨졌다고 현지 경찰이 밝혔다.", "현지 경찰 (police)"),
        ("ko", "외신에 따르면 이번 지진으로 최소 300명이 숨졌다.", "외신 (foreign media)"),
        ("tr", "Valilikten yapılan açıklamaya göre 45 kişi yaralandı.", "Valilikten (governorate)"),
        # the genitive's ending is no part of the name
        ("tr", "AFAD'ın yaptığı son açıklamaya göre depremde 120 kişi hayatını kaybetti.", "AFAD"),
    ],
)  # fmt: skip
def test_the_source_is_read(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Yapılan son açıklamaya göre depremde 120 kişi hayatını kaybetti."),
        ("tr", "Son açıklamaya göre 45 kişi yaralandı."),
        ("ko", "최신 발표에 따르면 사망자는 120명으로 늘었다."),
    ],
)
def test_a_statement_names_no_source(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


def test_the_group_a_korean_count_is_taken_from_is_no_count() -> None:
    # "승객 300명 가운데": among the 300 passengers; the dead and the missing are counted from them
    text = "승객 300명 가운데 사망자가 12명, 실종자가 40명으로 집계됐다."
    found = extract(ArticleInput(text=text, language="ko")).claims
    assert sorted((c.metric, c.value) for c in found) == [("killed", 12), ("missing", 40)]
    found = extract(ArticleInput(text="이번 사고로 숨진 179명 가운데 대부분은 승객이었다.", language="ko")).claims
    assert [(c.metric, c.value) for c in found] == [("killed", 179)]  # of the 179 dead: the count
    found = extract(ArticleInput(text="이번 사고로 3명 중상, 5명이 경상을 입었다.", language="ko")).claims
    assert ("wounded", 3) in {(c.metric, c.value) for c in found}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # declined source nouns read by their stems; the source ends where the toll's clause begins
        ("cs", "Podle hasičů zahynulo v požáru pět lidí.", "hasičů (firefighters)"),
        ("sk", "Podľa polície zahynulo päť ľudí.", "polície (police)"),
        ("hr", "Prema navodima policije, poginulo je pet osoba.", "policije (police)"),
        ("sr", "Погинуло је пет особа, саопштило је Министарство унутрашњих послова.",
         "Министарство унутрашњих послова (ministry)"),
        ("bg", "Според МВР загиналите са 15.", "МВР (police)"),
        ("bg", "Загинаха 15 души, съобщиха от полицията.", "полицията (police)"),
        # Hebrew "so said in the police": the source with "in" written onto it
        ("he", "15 בני אדם נהרגו, כך מסרו בשירותי ההצלה.", "בשירותי ההצלה (rescuers)"),
        ("ha", "A cewar hukumar NEMA, mutane 40 ne suka mutu.", "hukumar NEMA (agency, emergency agency)"),
        ("so", "15 qof ayaa ku dhintay, sida ay sheegeen booliska.", "booliska (police)"),
        ("ms", "Menurut polis, 15 orang maut dalam kejadian itu.", "polis (police)"),
    ],
)  # fmt: skip
def test_the_source_in_the_languages_added(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}
