"""Places (round 37, places41): a big city's ward or quarter the gazetteer lacks is the city's.

GeoNames lists Seoul's and Busan's wards and best-known quarters as no town of their own ('Seocho-dong', 'Jongno-gu',
'Itaewon'; '서초구' in Hangul): a report naming only the quarter was placed at an unknown name, apart from the reports
naming the city. The quarter is the city's, with the quarter as its spot. Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        (
            "en",
            "Two people were killed in a fire at an apartment in Seocho-dong on Tuesday, fire officials said.",
            "Seoul, KR",
        ),
        ("en", "A fire in Jongno-gu killed three people, Yonhap reported.", "Seoul, KR"),
        ("en", "A crowd crush in Itaewon killed 150 people on Saturday night.", "Seoul, KR"),
        ("en", "Two fishermen drowned in Gijang-gun on Monday, the coast guard said.", "Busan, KR"),
        ("ko", "서초구 아파트 화재로 2명이 숨졌다.", "Seoul, KR"),
        ("ko", "해운대구의 한 아파트에서 불이 나 2명이 숨졌다.", "Busan, KR"),
    ],
)
def test_a_quarter_the_gazetteer_lacks_is_its_citys(language: str, text: str, label: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.label == label


def test_a_quarters_name_keeps_the_quarter_as_the_spot() -> None:
    loc = resolve_location("Seocho-dong")
    assert loc.label == "Seoul, KR" and loc.spot == "seocho dong"
    assert resolve_location("Seocho-dong", "JP").kind == "name"  # another country's: not Seoul's quarter
