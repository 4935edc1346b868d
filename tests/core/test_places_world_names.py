"""Place names across languages and scripts: regions' and US states' names in other languages, countries with a
Korean particle or by their initials, and a donor country that is no scene (sentences of our own)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location
from tests.core.places_kit import placed


def _country(language: str, text: str, title: str | None = None) -> str | None:
    loc = placed(language, text, title)
    return loc.region if loc is not None else None


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("es", "Al menos 20 muertos en un incendio en Cataluña, según los bomberos.", "ES-56"),
        ("fr", "Au moins cinq morts dans des inondations en Bavière, selon la police.", "DE-02"),
        ("it", "Almeno cinque morti per le inondazioni in Baviera, secondo la polizia.", "DE-02"),
        ("pl", "Co najmniej pięć osób zginęło w powodzi w Bawarii, poinformowała policja.", "DE-02"),
        # a region by the name its own news writes, which neither GeoNames ('Valencia') nor ISO gives
        ("es", "Al menos 40 personas han muerto en la Comunidad Valenciana por las lluvias, según Emergencias.",
         "ES-60"),
        ("en", "At least 40 people have died in floods in the Valencian Community, emergency services said.", "ES-60"),
    ],
)
def test_a_region_named_in_the_reports_language_is_that_region(language: str, text: str, region: str) -> None:
    assert _country(language, text) == region


def test_a_regions_other_name_that_is_a_town_or_a_word_is_no_exonym() -> None:
    # 'Marfa' is a Texan town as well as one of Malta's divisions in some language; 'Howland' a surname; 'Coast' a word
    assert resolve_location("Marfa", "US").region == "US-TX"
    assert resolve_location("Howland").kind == "name"
    assert resolve_location("Coast").kind == "name"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "하와이 마우이섬 산불 사망자가 93명으로 늘었다."),
        ("ja", "ハワイ州マウイ島の山火事で死者は93人に増えた。"),
        ("el", "Τουλάχιστον 93 νεκροί από την πυρκαγιά στη Χαβάη."),
    ],
)
def test_a_us_state_written_in_another_script_is_that_state(language: str, text: str) -> None:
    assert _country(language, text) == "US-HI"


def test_a_us_state_in_a_language_with_endings_and_the_us_by_its_initials() -> None:
    tr = "ABD'nin Teksas eyaletindeki bir ilkokulda düzenlenen silahlı saldırıda 21 kişi öldü."
    assert _country("tr", tr) == "US-TX"  # not Abadan (Iran), whose other name 'ABD' is
    lt = "Per šaudynes Uvaldėje, Teksaso valstijoje, žuvo 21 žmogus."
    assert _country("lt", lt) == "US-TX"


def test_a_korean_country_name_with_a_particle_written_onto_it() -> None:
    text = "리비아에서 지진이 발생해 최소 300명이 숨졌다."
    assert _country("ko", text, "지진") == "LY"


def test_a_korean_flood_toll_is_read() -> None:
    # '홍수' (flood) ends with the '수' of '사망자 수' (the number of dead): no count noun, the toll stands
    found = extract(ArticleInput(text="리비아 동부에서 홍수로 최소 5,300명이 숨졌다.", language="ko")).claims
    assert [(c.metric, c.value) for c in found] == [("killed", 5300)]


def test_a_donor_country_is_no_scene_when_the_text_names_a_town_of_the_languages_own() -> None:
    text = "ایالات متحده برای کمک به زلزله‌زدگان هرات ۱۲ میلیون دلار اختصاص داد. در این زلزله ۲۴۰۰ نفر کشته شدند."
    assert _country("fa", text, "زلزله") == "AF-11"
    # ... and the Persian word for news is no town ('خبر' is also one of Khobar's names)
    news = "به گزارش خبرگزاری‌ها، این خبر را وزارت دفاع تایید کرد: در انفجار ۱۷۰ نفر کشته شدند."
    loc = placed("fa", news, "انفجار")
    assert loc is None or loc.region is None or not loc.region.startswith("SA")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ne", "भारतीय नम्बरको बस नदीमा खस्दा २७ जनाको मृत्यु भएको छ।"),
        ("hi", "नेपाली नंबर की एक बस खाई में गिरने से 12 लोगों की मौत हो गई।"),
    ],
)
def test_a_peoples_adjective_on_a_number_plate_is_no_country_of_the_scene(language: str, text: str) -> None:
    # an Indian-plated bus in Nepal, a Nepali-plated bus in India: where the vehicle is registered, not where it is
    loc = placed(language, text)
    assert loc is None or loc.region is None or not loc.region.startswith("IN" if language == "ne" else "NP")


def test_a_big_foreign_town_with_a_korean_particle_is_that_town_in_a_report_naming_no_country() -> None:
    # '헤라트에서' (in Herat): a name of three syllables found by taking the particle off, of a town of 100,000+
    text = "헤라트에서 발생한 강진으로 인한 사망자가 2,445명으로 늘었다."
    assert _country("ko", text, "지진") == "AF-11"
