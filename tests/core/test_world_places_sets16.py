"""Places that probing our own sets a60-a71 got wrong: sentences of our own, one per phenomenon
(`core.places.data`, `core.extract.world_places`)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location
from core.places.index import data_lines, fold, gazetteer
from tests.core.places_kit import placed


def _label(language: str, text: str, title: str | None = None) -> str | None:
    found = placed(language, text, title)
    return found.label if found else None


def test_every_exonym_row_names_a_place_of_the_gazetteer() -> None:
    # a row whose canonical name GeoNames has since changed ("Czech Republic" is now "Czechia") finds nothing
    missing = [cells for cells in data_lines("exonyms.tsv") if not gazetteer().exonym_keys(fold(cells[0]))]
    assert missing == []


def test_a_countrys_former_english_name_is_the_country() -> None:
    assert resolve_location("the Czech Republic").key == "country:CZ"
    assert _label("en", "Eleven people were killed in a shooting in the Czech Republic on Friday.") == "Czechia"


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # "the capital of Khyber Pakhtunkhwa province, Peshawar": a province's capital, named right after the word
        ("ur", "صوبہ خیبر پختونخوا کے دارالحکومت پشاور میں ایک دھماکے میں 30 افراد ہلاک ہو گئے۔", "Peshawar, PK"),
        ("ur", "صوبہ سندھ کے دارالحکومت کراچی میں فائرنگ سے 5 افراد ہلاک ہو گئے۔", "Karachi, PK"),
    ],
)
def test_a_capital_word_with_its_towns_name_after_it_is_that_town(language: str, text: str, town: str) -> None:
    assert _label(language, text) == town


def test_a_capital_word_alone_is_still_the_countrys_capital() -> None:
    assert _label("ur", "پاکستان کے دارالحکومت میں ایک دھماکے میں 12 افراد ہلاک ہو گئے۔") == "Islamabad, PK"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In den Städten Derbent und Kaspijsk wurden mindestens 20 Menschen getötet.", "Derbent, RU"),
        ("In der Hafenstadt Odessa wurden mindestens zwölf Menschen getötet.", "Odesa, UA"),
    ],
)
def test_a_german_town_after_an_inflected_town_word_is_no_part_of_a_longer_name(text: str, town: str) -> None:
    assert _label("de", text) == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ein Student hat in der Prager Altstadt 14 Menschen getötet.", "Prague, CZ"),
        ("Bei einem Anschlag in der Kabuler Innenstadt wurden 30 Menschen getötet.", "Kabul, AF"),
    ],
)
def test_a_town_made_an_adjective_after_an_article_is_the_town(text: str, town: str) -> None:
    assert _label("de", text) == town


def test_a_noun_after_its_article_is_still_no_town() -> None:
    assert _label("de", "Nach Angaben der Polizei wurden zwölf Menschen getötet.") is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Czternaście osób zginęło w strzelaninie na uniwersytecie w Pradze.", "Prague, CZ"),
        ("Pięć osób zginęło w pożarze kamienicy w Rydze.", "Riga, LV"),
    ],
)
def test_a_polish_locative_that_softens_the_stems_consonant_is_the_town(text: str, town: str) -> None:
    assert _label("pl", text) == town


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le séisme qui a frappé la province d'Al-Haouz, au sud-ouest de Marrakech, a fait 820 morts."),
        ("es", "El sismo que sacudió la provincia de Al Haouz, al sur de Marrakech, dejó 820 muertos."),
    ],
)
def test_a_province_named_beside_its_division_word_is_as_sure_as_a_big_town(language: str, text: str) -> None:
    assert _label(language, text) == "Al Haouz"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El terremoto dejó 2.497 muertos en las provincias de Al Haouz y Taroudant."),
        ("fr", "Le séisme a fait 2 497 morts dans les provinces d'Al-Haouz et de Taroudant."),
    ],
)
def test_a_plural_division_word_makes_the_first_name_after_it_a_province(language: str, text: str) -> None:
    assert _label(language, text) == "Al Haouz"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("At least 46 people were killed when a fire tore through a building in Bangladesh's capital late on Thursday.",
         "Dhaka, BD"),
        ("A suicide bomber killed 12 people in the Afghan capital on Monday, police said.", "Kabul, AF"),
        ("A car bomb killed nine people in the capital of Somalia on Saturday, officials said.", "Mogadishu, SO"),
    ],
)  # fmt: skip
def test_a_countrys_capital_named_by_the_country_is_the_capital_city(text: str, town: str) -> None:
    assert _label("en", text) == town


def test_capital_as_an_adjective_names_no_city() -> None:
    assert _label("en", "Three men were killed in Lahore as Pakistan's capital punishment law stood.") == "Lahore, PK"


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("es", "Dos obreros murieron en una explosión en Aznalcóllar, en la provincia de Sevilla.", "Aznalcóllar"),
        ("it", "Un operaio è morto in un incendio a Pontecagnano, in provincia di Salerno.", "Pontecagnano"),
    ],
)
def test_a_town_named_before_its_province_stays_the_place(language: str, text: str, town: str) -> None:
    label = _label(language, text)
    assert label is not None and label.startswith(town)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A teenager killed nine people at Milena Pavlovic school on Wednesday, police said.", "Milena Pavlovic"),
        ("A gunman killed six people at Sveti Sava church on Sunday, police said.", "Sveti Sava"),
    ],
)
def test_a_name_the_gazetteer_does_not_know_before_a_buildings_kind_is_no_place(text: str, name: str) -> None:
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert claims and all(c.location != name for c in claims)
