"""Places (round 28): a province named with another language's division word, a preposition opening a sentence,
a town's area, a victim's home town. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import UNPLACED, article_locations
from core.places.not_places import _inside_names
from core.places.reading import divisions_named
from tests.core.places_kit import place_label as place
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Les secours de la préfecture d'Ishikawa cherchent encore des survivants.", "JP-15"),
        ("Las autoridades de la prefectura de Ishikawa pidieron calma.", "JP-15"),
        ("Die Behörden der Präfektur Ishikawa baten um Geduld.", "JP-15"),
        ("Hujan deras melanda provinsi Jawa Timur sejak Senin.", "ID-08"),
        ("The governor of Ishikawa Prefecture asked for patience.", "JP-15"),
        ("Die Provinz Menschen bleibt ruhig.", None),
    ],
)
def test_a_province_named_with_its_word_in_any_language(text: str, region: str | None) -> None:
    assert divisions_named(text) == ([region] if region else [])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Noto kamen bei dem Beben 84 Menschen ums Leben, teilten die Behörden der Präfektur Ishikawa mit."),
        ("fr", "À Noto, le séisme a fait 84 morts, selon les autorités de la préfecture d'Ishikawa."),
        ("es", "En Noto el sismo dejó 84 muertos, según las autoridades de la prefectura de Ishikawa."),
    ],
)
def test_another_languages_province_word_places_a_towns_name(language: str, text: str) -> None:
    # Noto is Japan's (an alternate name of Ushitsu in the gazetteer), not Sicily's
    loc = placed(language, text)
    assert loc is not None and loc.region == "JP-15"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En Noto el sismo dejó 84 muertos, según las autoridades de la prefectura de Ishikawa."),
        ("it", "A Noto il sisma ha fatto 84 morti, secondo le autorità della prefettura di Ishikawa."),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(language: str, text: str) -> None:
    # "En Noto": the capitalised 'En' opens the sentence; Noto is not only ever written inside a longer name
    loc = placed(language, text)
    assert loc is not None and loc.region == "JP-15"


def test_a_title_before_a_name_still_makes_it_a_persons() -> None:
    # "Mr" has no vowel: a title, not a preposition opening the sentence
    assert _inside_names("Noto", "Mr Noto said the quake killed 84 people.")


@pytest.mark.parametrize(
    "text",
    [
        "TULSA, Okla. — Two people were killed and three wounded in a shooting in the Tulsa area on Saturday.",
        "Two people were killed and three wounded in a shooting in the Tulsa area on Saturday, police said.",
        "A man was shot and killed on Saturday night in a Tulsa-area neighborhood, deputies said.",
    ],
)
def test_a_towns_area_places_the_scene(text: str) -> None:
    # "the Tulsa area" is no ship or building written after 'the'; "a Tulsa-area neighborhood" names the town's region
    assert place(text) == "Tulsa, OK"


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a shooting in Decatur on Saturday night. One victim, a 34-year-old from "
        "Springfield, died at the scene.",
        "Two people were killed in a shooting in Decatur on Saturday night. One of them, a resident of Springfield, "
        "was 34.",
        "Police said a woman from Springfield was among two people killed in a shooting in Decatur on Saturday.",
    ],
)
def test_a_victims_home_town_is_no_scene(text: str) -> None:
    # where the victim lived is not where the claim happened: the name is no candidate of its own
    facts = extract(ArticleInput(text=text, language="en"))
    article = ArticleFacts("r", "", facts.claims, None, None, (), text, None)
    located = article_locations(article)
    assert all(loc.kind == UNPLACED for written, loc in located.items() if "Springfield" in written)
    assert place(text) == "Decatur, IL"
