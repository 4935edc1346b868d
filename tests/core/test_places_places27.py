"""Places (round 27): a town the hinted province knows by an alternate name, a cape's word before a town's name,
a shop's name before 'de' and a town, a state's name opening a quarter's name. Sentences of our own."""

from __future__ import annotations

import pytest

from core.places.location import resolve_location
from tests.core.places_kit import place_label as place
from tests.core.places_kit import placed


def test_the_hinted_provinces_town_by_an_alternate_name_beats_a_namesake_abroad() -> None:
    # Japan's Noto is in the gazetteer only as an alternate name of Ushitsu (Ishikawa, admin1 '15'); Sicily's
    # admin1 code is '15' too, which must not make Noto, Italy the hinted province's town
    assert resolve_location("Noto", "JP", "15").region == "JP-15"
    assert resolve_location("Noto").region == "IT-15"  # with no hint, the town of that own name


@pytest.mark.parametrize(
    "text",
    [
        "Death toll from Noto quake rises to 61. The earthquake struck Ishikawa Prefecture on Monday; Wajima city "
        "alone counted 30 dead.",
        "The Noto earthquake has now killed 84 people, officials of Ishikawa Prefecture said on Friday.",
    ],
)
def test_a_province_named_with_its_word_places_a_towns_name(text: str) -> None:
    # "Ishikawa Prefecture" votes though no "in" stands before it; Noto is then Japan's
    loc = placed("en", text)
    assert loc is not None and loc.region == "JP-15"


def test_a_headlines_town_is_the_named_provinces_by_an_alternate_name() -> None:
    # the headline's figure is Noto's: read beside the province the body names, it is Japan's town, and it votes
    # no more for Sicily
    text = (
        "The toll from the quake that hit Ishikawa Prefecture on Christmas Day rose to 84 on Friday, officials said. "
        "Suzu counted 20 of the deaths."
    )
    loc = placed("en", text, "Noto quake toll climbs to 84")
    assert loc is not None and loc.region == "JP-15"


@pytest.mark.parametrize(
    "text",
    [
        "Kapal tenggelam di perairan Tanjung Karawang dan menewaskan 12 orang.",
        "Pesawat jatuh di perairan Tanjung Karawang, Jawa Barat, dan menewaskan 189 orang.",
    ],
)
def test_a_capes_word_before_a_towns_name_is_no_town(text: str) -> None:
    # 'tanjung' is a cape (data/coast_words.tsv): not the town Tanjung in South Kalimantan, but Karawang's coast
    assert place(text, "id") == "Karawang, ID"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un hombre armado mató a 22 personas en un Walmart de El Paso, entre ellos ocho mexicanos, informó la "
               "cancillería de México."),
        ("en", "A gunman killed 22 people at a Walmart in El Paso, eight of them Mexican nationals, Mexico's foreign "
               "ministry said."),
    ],
)  # fmt: skip
def test_a_shops_name_before_a_town_leaves_the_town(language: str, text: str) -> None:
    # "Walmart de El Paso": a one-word shop's name, 'de' and a big town is the town, not a longer name's end; the
    # ministry that speaks is no scene
    assert place(text, language) == "El Paso, TX"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("DAYTON — Nine people were killed when a gunman opened fire in the Oregon District early Sunday.",
         "Dayton, OH"),
        ("SALEM — Two people were killed in a shooting in Salem, Oregon, on Sunday, police said.", "Salem, OR"),
        ("PORTLAND — Two men were shot dead on Sunday in Oregon, police said.", "Portland, OR"),
    ],
)  # fmt: skip
def test_a_state_opening_a_quarters_name_under_another_states_dateline_is_not_the_state(text: str, label: str) -> None:
    # "the Oregon District" is a quarter of Dayton, Ohio (data/quarter_words.tsv); a state named on its own stays
    assert place(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Murieron 20 personas en un Walmart de El Paso, informó el canciller.", "El Paso, TX"),
        ("Murieron 20 personas en El Paso, según el alcalde.", "El Paso, TX"),
        ("Un tiroteo dejó 5 muertos en Los Ángeles, según la policía de los Estados Unidos.", "Los Angeles, CA"),
    ],
)
def test_an_article_opening_a_towns_name_is_no_common_word_of_it(text: str, label: str) -> None:
    # the text writes 'el', 'los' in lower case: that makes the article a common word, not 'El Paso' one
    assert place(text, "es") == label


def test_a_quarters_name_as_the_reader_writes_it_down_is_no_state() -> None:
    text = "DAYTON — A gunman killed nine people and wounded 27 in the Oregon District early Sunday, the mayor said."
    assert place(text, "en", "Nine dead, 27 hurt in Oregon District shooting") == "Dayton, OH"
