"""Places in reports that probing our own multi-outlet sets got wrong: sentences of our own, one per phenomenon
(`core.places.index` data, `core.extract.world_places`)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location
from tests.core.places_kit import placed


def _label(language: str, text: str) -> str | None:
    found = placed(language, text)
    return found.label if found else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The health ministry, which Hamas runs, said 52 people had died."),
        ("es", "Según Hamás, 52 personas murieron en los bombardeos de Jan Yunis."),
        ("tr", "Hamas'a göre Han Yunus'taki saldırılarda 52 kişi öldü."),
    ],
)
def test_an_armed_group_a_town_also_goes_by_is_no_place(language: str, text: str) -> None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims
    for claim in claims:
        found = resolve_location(claim.location) if claim.location else None
        assert found is None or found.label != "Hamm, DE"
    assert _label(language, text) != "Hamm, DE"


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("ur", "انڈیا میں شدید بارشوں سے 61 افراد ہلاک ہو گئے", "India"),
        ("th", "เกิดแผ่นดินไหวรุนแรงที่ตุรกี มีผู้เสียชีวิตอย่างน้อย 45 คน", "Turkey"),
        ("th", "พายุพัดถล่มพม่า มีผู้เสียชีวิต 33 คน", "Myanmar"),
        ("sw", "Watu 27 wamefariki nchini Uturuki kufuatia tetemeko kubwa la ardhi.", "Turkey"),
    ],
)
def test_a_country_as_the_language_writes_it(language: str, text: str, country: str) -> None:
    assert _label(language, text) == country


@pytest.mark.parametrize(
    "text",
    [
        "Eleven fishermen drowned when their boat sank, the Dar es Salaam regional police commander told reporters.",
        "Seven people were killed when a wall collapsed in Dar es Salaam on Monday.",
    ],
)
def test_a_name_with_a_lower_case_link_word_is_read_whole(text: str) -> None:
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert {c.location for c in claims} == {"Dar es Salaam"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("lt", "Per gaisrą anglių sandėlyje žuvo trys darbuotojai."),  # 'anglių' (of coal) is no 'Anglija'
        ("es", "Un incendio en la zona franca dejó 5 muertos."),  # 'franca' (free) is no 'Francia'
        ("it", "Cinque operai sono morti in una zona franca."),
    ],
)
def test_a_lower_case_word_shorter_than_a_countrys_name_is_no_hint_of_it(language: str, text: str) -> None:
    assert _label(language, text) is None


def test_a_peoples_adjective_still_hints_its_country() -> None:
    text = "Nach Angaben der italienischen Behörden starben bei dem Unglück sechs Menschen."
    assert _label("de", text) == "Italy"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Turkin Somassa sortui kaivos, ja ainakin 40 työntekijää kuoli."),
        ("hu", "A törökországi Somában beomlott egy tárna, 40 munkás meghalt."),
    ],
)
def test_a_smaller_town_with_a_case_ending_is_read_when_the_text_names_its_country(language: str, text: str) -> None:
    assert _label(language, text) == "Soma, TR"


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fi", "Oslon keskustassa räjähti pommi, ja kuusi ihmistä kuoli.", "Oslo, NO"),
        ("lt", "Kaune per gaisrą žuvo trys žmonės.", "Kaunas, LT"),
    ],
)
def test_a_big_town_with_an_ending_opening_a_sentence_is_still_a_town(language: str, text: str, town: str) -> None:
    assert _label(language, text) == town


def test_a_countrys_name_opening_a_sentence_with_an_ending_is_no_town() -> None:
    text = "Venäjän ohjusisku osui Harkovaan, ja kuusi ihmistä kuoli."
    assert _label("fi", text) == "Kharkiv, UA"


def test_a_provinces_name_is_the_province_not_a_small_town_elsewhere_that_also_goes_by_it() -> None:
    text = "Mưa lớn kéo dài ở Quảng Ninh làm 6 người thiệt mạng."
    claims = extract(ArticleInput(text=text, language="vi")).claims
    assert claims
    for claim in claims:
        assert claim.location is not None
        assert resolve_location(claim.location).kind == "province"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Δύο άνθρωποι έχασαν τη ζωή τους από πυρκαγιά στη δυτική Αττική.", "Attica"),
        ("Πλημμύρες στη Θεσσαλία: τέσσερις νεκροί.", "Thessaly"),
    ],
)
def test_a_greek_region_by_its_greek_name(text: str, region: str) -> None:
    found = placed("el", text)
    assert found is not None
    assert (found.kind, found.label) == ("province", region)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("انڈیا کی ریاست گجرات میں کیمیکل فیکٹری میں دھماکے سے 9 مزدور ہلاک", "Gujarāt"),
        ("بھارت کی ریاست مہاراشٹر میں بارشوں سے 23 افراد ہلاک ہو گئے", "Mahārāshtra"),
    ],
)
def test_an_indian_state_after_the_urdu_word_for_state_is_the_state(text: str, state: str) -> None:
    found = placed("ur", text)
    assert found is not None
    assert (found.kind, found.label) == ("province", state)


def test_the_pakistani_town_keeps_its_name_without_the_word_for_state() -> None:
    assert _label("ur", "گجرات میں ایک بس کھائی میں گرنے سے 12 مسافر ہلاک ہو گئے") == "Gujrat, PK"
