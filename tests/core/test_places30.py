"""Places (round 28, places30): an attacker's nationality is no scene; a background event's place is not the
place of the report's own figures; small places only the index's second-level divisions hold; Georgia the US state
in other words. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.places_kit import placed


def _claim_places(language: str, text: str) -> dict[int, str | None]:
    return {c.value: c.location for c in extract(ArticleInput(text=text, title=None, language=language)).claims}


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("Nine villagers were killed in Pakistani shelling in Poonch district on Tuesday.", "Pakistani"),
        ("Five fishermen were killed in Israeli strikes on Tuesday, medics said.", "Israeli"),
        ("Three children were killed in Russian drone attacks overnight.", "Russian"),
    ],
)
def test_the_attackers_nationality_is_no_scene(text: str, adjective: str) -> None:
    assert adjective not in _claim_places("en", text).values()


def test_the_attackers_nationality_is_no_scene_in_hindi() -> None:
    loc = placed("hi", "कुपवाड़ा जिले में पाकिस्तानी सेना की गोलाबारी में नौ ग्रामीण मारे गए।")
    assert loc is None or not (loc.region or "").startswith("PK")


def test_a_background_events_place_is_not_the_place_of_the_figure_before_it() -> None:
    text = "Seven climbers were killed in an avalanche on Sunday, a month after a dam burst in Verona killed 21."
    places = _claim_places("en", text)
    assert places[7] != "Verona"
    assert places[21] == "Verona"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("no", "Fire personer omkom da et hus raste sammen i Gjerdrum natt til fredag."),
        ("en", "Four people died when a house collapsed in Gjerdrum, north of Oslo."),
    ],
)
def test_a_division_whose_name_no_town_bears_is_read_alone(language: str, text: str) -> None:
    # a Norwegian municipality: GeoNames' second-level division, with no town of its name
    loc = placed(language, text)
    assert loc is not None and loc.key.startswith("province:NO.") and loc.name == "gjerdrum"


@pytest.mark.parametrize(
    "text",
    [
        "Un tornado ha ucciso quattro persone nello stato della Georgia, nel sud degli Stati Uniti.",
        "Tre fedeli sono stati uccisi in una chiesa nello stato americano della Georgia.",
    ],
)
def test_the_italian_state_word_makes_georgia_the_us_state(text: str) -> None:
    loc = placed("it", text)
    assert loc is not None and loc.key == "state:US-GA"


def test_italian_georgia_with_no_state_word_stays_the_country() -> None:
    loc = placed("it", "Una frana ha ucciso tre persone in Georgia, nel Caucaso.")
    assert loc is not None and loc.key == "country:GE"


def test_where_the_hurt_died_in_care_is_no_scene_when_the_text_names_one() -> None:
    text = "Five workers died in a blast at a mill in Kasur. Two more died at a burn institute in Lahore on Friday."
    places = _claim_places("en", text)
    assert places[2] == "Kasur" and "Lahore" not in places.values()


def test_where_the_hurt_died_in_care_stays_the_place_when_the_text_names_no_other() -> None:
    text = "Two men died at a burn institute in Lahore after a gas cylinder exploded, officials said."
    assert _claim_places("en", text) == {2: "Lahore"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Jammu-Kashmir sind bei einem Anschlag zwölf Zivilisten getötet worden."),
        ("it", "Dodici civili sono stati uccisi in un attacco in Jammu-Kashmir."),
    ],
)
def test_a_hyphenated_pair_is_the_territory_of_both_in_other_languages(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and loc.name == "jammu and kashmir"
