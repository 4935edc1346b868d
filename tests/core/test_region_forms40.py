"""Places (round 40, places49): regions named by their adjective, their people, or their own language's form.

- A report that places its event only by a region's adjective or people ("the Victorian bushfires", "Bavarian
  police", "Queenslanders", "la costa siciliana", "a serra gaúcha") is placed at the region, and a small town of the
  region the gazetteer lacks is not a namesake on another continent ("Marysville" in a report of the Victorian fires
  is no town of Washington).
- Czech, Slovak, Polish and Russian write a region by an adjective with its division word, inflected ("v Jihomoravském
  kraji", "w województwie śląskim", "в Краснодарском крае"); German writes "in der Steiermark". Each is the region,
  and every form of one region is one key, so reports of one region meet.
- A region's people or adjective is never a town itself, as a country's are not ("Victorian", "Bavarians").
Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("en", "Eleven people have died in the Victorian bushfires, the premier said on Sunday.", "Victoria"),
        ("en", "A Bavarian village was cut off by mudslides overnight and two residents drowned.", "Bavaria"),
        ("en", "Sicilian police said four migrants drowned when their dinghy capsized overnight.", "Sicily"),
        ("en", "Two swimmers died on the Tuscan coast on Saturday after a sudden storm.", "Tuscany"),
        ("en", "Queensland floods have now killed five people, emergency officials said.", "Queensland"),
        ("en", "Catalan firefighters said three people died when a warehouse burned overnight.", "Catalonia"),
        ("en", "Three Albertans were killed when an avalanche buried their snowmobiles.", "Alberta"),
        ("it", "Tre pescatori sono morti al largo della costa siciliana, ha detto la guardia costiera.", "Sicily"),
        ("pt", "Duas pessoas morreram em deslizamentos na serra gaúcha, segundo a Defesa Civil.", "Rio Grande do Sul"),
    ],
)
def test_a_region_named_by_its_adjective_places_the_report(language: str, text: str, label: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and loc.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Victorian authorities said the fire front reached Marysville overnight and 14 people died in the town.",
        "Victorian fire crews battled the blaze all night as residents fled Marysville; 9 people have died.",
    ],
)
def test_a_small_town_of_the_named_region_is_no_namesake_abroad(text: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.region == "AU-07"


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("cs", "Při požáru rodinného domu v Jihomoravském kraji zemřeli dva lidé.", "CZ-78"),
        ("cs", "Moravskoslezský kraj: při srážce dvou aut zemřeli tři lidé.", "CZ-85"),
        ("cs", "Při srážce dvou aut v Moravskoslezském kraji zemřeli tři lidé.", "CZ-85"),
        ("pl", "Dwie osoby zginęły w zderzeniu autobusu z ciężarówką w województwie śląskim.", "PL-83"),
        ("pl", "Województwo śląskie: dwie osoby zginęły w pożarze kamienicy.", "PL-83"),
        ("sk", "Pri požiari v Košickom kraji zahynuli dvaja ľudia.", "SK-03"),
        ("ru", "В Краснодарском крае при пожаре в частном доме погибли три человека.", "RU-38"),
        ("de", "Bei einem Lawinenabgang in der Steiermark sind zwei Tourengeher gestorben.", "AT-06"),
    ],
)
def test_a_region_written_in_its_own_language_is_the_region(language: str, text: str, region: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.region == region


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Moravskoslezský kraj", "Moravskoslezském kraji"),
        ("Jihomoravský kraj", "Jihomoravském kraji"),
        ("Śląskie", "województwie śląskim"),
        ("Steiermark", "Styria, Austria"),
        ("Krasnodar Krai", "Краснодарском крае"),
    ],
)
def test_every_form_of_a_region_is_one_key(one: str, other: str) -> None:
    assert resolve_location(one).key == resolve_location(other).key
    assert resolve_location(one).kind == "province"


@pytest.mark.parametrize("word", ["Victorian", "Victorians", "Bavarian", "Queenslanders", "Sicilian", "Albertan"])
def test_a_regions_people_is_no_town(word: str) -> None:
    assert resolve_location(word).kind not in ("city", "county", "name")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A Victorian-era house collapsed in London on Monday, killing two people.", "London, GB"),
        ("Two workers died when a Victorian terrace collapsed in Leeds, police said.", "Leeds, GB"),
        ("Bavarian police said two climbers died near Garmisch-Partenkirchen on Sunday.", "Garmisch-Partenkirchen, DE"),
        ("Catalan police said five people died in a fire in Barcelona on Sunday.", "Barcelona, ES"),
        ("Three people died in a crash near Marysville on Friday, the county sheriff said.", "Marysville, WA"),
    ],
)
def test_a_town_named_beside_the_adjective_or_an_era_keeps_its_place(text: str, label: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.label == label
