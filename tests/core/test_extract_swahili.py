"""Swahili (sw), on sentences of our own: stems inside prefixed verbs ("wamefariki", "kujeruhiwa"), the count
after its noun ("watu 16", "watu saba"), number words with the people class's prefix, the qualifier before the
noun ("zaidi ya watu 100"), toll updates ("imefikia"), those still in hospital, sources and places."""

from __future__ import annotations

import pytest

from tests.core.world_kit import claims, headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Watu 5 wamefariki dunia na zaidi ya 40 wameokolewa wakiwa hai.", ("5", "-")),
        ("Watu saba wamefariki dunia na wengine 20 kujeruhiwa baada ya basi kupinduka.", ("7", "20")),
        ("Watu ishirini na tano wamefariki dunia katika mafuriko.", ("25", "-")),
        ("Zaidi ya watu 100 wamejeruhiwa katika shambulio hilo.", ("-", "100:more_than")),
        ("Idadi ya vifo imeongezeka hadi 42.", ("42", "-")),
        ("Idadi ya watu waliofariki dunia katika ajali ya kuporomoka kwa jengo imefikia 16.", ("16", "-")),
        ("Watu watatu wameuawa na wawili kujeruhiwa katika shambulio la usiku.", ("3", "2")),
        ("Watu 4 wamefariki na 30 wamejeruhiwa. Majeruhi 12 bado wamelazwa hospitalini.", ("4", "30")),
        ("Majeruhi 12 bado wamelazwa hospitalini.", ("-", "-")),
    ],
)
def test_swahili_figures(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "sw") == expected


def test_swahili_source_and_place() -> None:
    text = "Mkuu wa Mkoa Albert Chalamila amesema watu 5 wamefariki dunia jijini Dar es Salaam."
    (claim,) = claims(text, "sw")
    assert claim.attribution is not None and "regional commissioner" in claim.attribution
    assert claim.location == "Dar es Salaam"
