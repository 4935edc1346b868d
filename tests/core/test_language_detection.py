"""Offline language detection (core.extract.language) on sentences of our own: words English shares with
another language are no English evidence, and the codes one lexicon reads count as one."""

from __future__ import annotations

import pytest

from core.extract.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch: "in", "is" and "was" are Dutch words too.
        (
            "Het aantal doden in de provincie is opgelopen tot 41. De brug was pas in maart gerenoveerd. "
            "In het ziekenhuis liggen nog 9 gewonden.",
            "nl",
        ),
        # Hungarian: "a" is its article, "is" its "also", "be" its "into".
        (
            "A földrengés után a halottak száma 38-ra nőtt. A mentők a romok alá is bejutottak. "
            "A sebesülteket a kórházba szállították be.",
            "hu",
        ),
        # Indonesian that py3langid splits between Indonesian and Malay.
        (
            "Jumlah korban tewas akibat banjir bandang bertambah menjadi 17 orang, kata petugas pada Selasa. "
            "Sebanyak 40 warga luka-luka.",
            "id",
        ),
        # Chinese that py3langid splits between Mandarin and Wu.
        (
            "四川一煤矿发生透水事故 已致9人死亡\n"
            "记者从当地应急管理部门获悉，事故发生后救援人员已救出12人，仍有3人被困井下。",
            "zh",
        ),
        # English stays English.
        (
            "Three people were killed and five others were injured in a crash on the highway on Monday, "
            "police said.",
            "en",
        ),
    ],
)
def test_detected_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
