"""Second-level divisions worldwide (districts, regencies, ilçe): GeoNames' admin2, read beside a division word
(sentences of our own)."""

from __future__ import annotations

from core.places import resolve_location
from core.places.index import district_stem, gazetteer
from core.places.nearby import _distance_km
from tests.core.places_kit import placed


def test_a_district_named_with_its_word_is_a_place_of_its_region_and_country() -> None:
    idukki = resolve_location("Idukki district")
    assert idukki.kind == "province" and idukki.region == resolve_location("Munnar", "IN").region
    swat = resolve_location("Swat District")
    assert swat.kind == "province" and swat.region is not None and swat.region.startswith("PK-")
    assert resolve_location("Shangla district").region == swat.region  # both in Khyber Pakhtunkhwa


def test_a_district_knows_its_region_name_and_lies_near_its_towns() -> None:
    (idukki,) = gazetteer().districts("idukki")
    assert idukki.region_name == "Kerala" and idukki.country == "IN"
    munnar = resolve_location("Munnar", "IN")
    km = _distance_km(idukki.key, munnar.key)
    assert km is not None and km < 60  # the centroid of its towns, a stand-in for its place
    far = _distance_km(idukki.key, resolve_location("Delhi").key)
    assert far is not None and far > 1000


def test_a_bare_district_name_stays_its_town_or_nothing() -> None:
    # Without its division word a name is the town it names, or no place: districts are read only beside one.
    assert resolve_location("Idukki", "IN").kind == "city"
    assert resolve_location("Shangla").kind == "name"
    assert resolve_location("Hathras").kind == "city"


def test_a_district_name_loses_its_kind_words_in_any_language() -> None:
    assert district_stem("provincia de valencia") == "valencia"
    assert district_stem("swat district") == "swat"
    assert district_stem("kabupaten maros") == "maros"
    assert district_stem("tercan ilcesi") == "tercan"
    assert district_stem("district") == "district"


def test_a_report_naming_only_the_district_is_placed_in_it() -> None:
    text = "Eleven people were killed when flash floods swept through villages in Swat district on Thursday."
    loc = placed("en", text, "Flash floods kill 11 in northwest Pakistan")
    assert loc is not None and loc.kind == "province" and loc.region is not None and loc.region.startswith("PK-")
    text = "At least nine people died after a landslide buried houses in Idukki district in Kerala on Tuesday."
    loc = placed("en", text, "Landslide kills nine in south India")
    assert loc is not None and loc.region == resolve_location("Munnar", "IN").region
