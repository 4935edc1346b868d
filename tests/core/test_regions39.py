"""Places (round 39, places47): a report in another language whose only place is a quarter of a big city.

Turkish news names Istanbul's central districts alone, with the case ending on the name ('Beyoğlu'ndaki
saldırıda', in the attack in Beyoğlu; 'Kadıköy'de'). GeoNames lists these districts as no town (or only some
village elsewhere bears the name), so the report was placed nowhere and stayed apart from the reports naming
Istanbul. data/city_quarters.tsv, which English reports were already read with ('in Itaewon': Seoul), now lists
Istanbul's, and a world reader in a Latin script reads the quarters of its language's own countries with their
endings (core.extract.name_forms `own_names`). A quarter of another country's city is not read that way by a
language whose countries it is not in: the German reader takes 'in Beyoğlu' as the English one does, by the name
alone.

An Indonesian report names a regency by its province's name and a side ('perairan Aceh Barat': the waters of West
Aceh; 'Aceh Timur', 'Aceh Utara'). The index gave the bare side words 'Barat', 'Timur', 'Utara' as other names of
Cameroon's West, East and North regions (pycountry's Indonesian names of them), so such a headline was placed in
Cameroon. A translation that is only a compass word (data/compass_words.tsv) names no division (index 400).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed

_ISTANBUL = "city:745044"


@pytest.mark.parametrize(
    "text",
    [
        "Beyoğlu'ndaki saldırıda 6 kişi hayatını kaybetti.",
        "Kadıköy'deki bir apartmanda çıkan yangında 3 kişi öldü.",
        "Bakırköy'de otobüs kazası: 2 kişi öldü, 9 kişi yaralandı.",
        "Sarıyer'de toprak kayması sonucu 4 işçi hayatını kaybetti.",
        "Bayrampaşa'daki fabrikada patlama: 5 kişi yaralandı.",
    ],
)
def test_a_turkish_report_naming_only_an_istanbul_district_is_istanbuls(text: str) -> None:
    loc = placed("tr", text)
    assert loc is not None and loc.key == _ISTANBUL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Six people were killed in an explosion in Beyoglu on Sunday."),
        ("de", "Bei einer Explosion in Beyoğlu kamen sechs Menschen ums Leben."),
    ],
)
def test_the_district_named_in_other_languages_is_istanbuls_too(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == _ISTANBUL


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Fatih'teki yangında 3 kişi öldü.", _ISTANBUL),  # a town of its own in GeoNames, read as before
        ("Bursa'daki yangında 3 kişi öldü.", "city:750269"),  # a town elsewhere is no quarter
    ],
)
def test_towns_of_their_own_keep_their_reading(text: str, key: str) -> None:
    loc = placed("tr", text)
    assert loc is not None and loc.key == key


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kapal nelayan tenggelam di perairan Aceh Barat", "Tim SAR masih mencari 4 nelayan yang hilang."),
        ("Perahu terbalik di perairan Aceh Timur", "Dua nelayan hilang setelah perahu mereka dihantam ombak."),
        ("Banjir rendam desa di Aceh Utara", "Air sungai meluap setelah hujan deras, 2 warga hilang."),
    ],
)
def test_an_indonesian_compass_word_is_no_province_of_cameroon(title: str, text: str) -> None:
    """pycountry's Indonesian names of Cameroon's 'West', 'East', 'North' are the bare compass words 'Barat',
    'Timur', 'Utara', which every Indonesian name of a side of a region ends in: no province's name of their own
    (core.places.index_names, with data/compass_words.tsv; index 400)."""
    loc = placed("id", text, title)
    assert loc is None or loc.region is None or not loc.region.startswith("CM")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Banjir di Jawa Timur menewaskan 5 orang.", "province:ID-JI"),
        ("Gempa di Sulawesi Barat menewaskan 5 orang.", "province:ID-SR"),
        ("Longsor di Sulawesi Utara menimbun rumah warga, 3 orang meninggal.", "province:ID-SA"),
    ],
)
def test_indonesian_provinces_named_with_their_side_keep_their_reading(text: str, key: str) -> None:
    loc = placed("id", text)
    assert loc is not None and loc.key == key
