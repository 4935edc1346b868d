"""Places (round 37, places41): Ukraine's oblasts by their adjectives and everyday names; Hebrew names take no ending.

- Russian and Ukrainian news name an oblast by its adjective and 'область', inflected ('в Сумской области', 'у
  Запорізькій області'), or by its everyday '-щина' name, Russian spelling and endings too ('на Харьковщине').
  pycountry gives the adjective for some oblasts only (Sumy's and Zaporizhzhia's in neither language) and files Kyiv's
  oblast under Kyiv city: every oblast in both languages is data, each the oblast GeoNames' towns lie in, so that one
  oblast named three ways is one place.
- A first-level province found by a long stem of its name ('Харьковщин' + 'е') is as sure as a US state by its stem,
  in a report that names no country.
- A Hebrew place's name takes particles before it and no ending after it: 'במקום' (in the place) is no 'במקו'
  (Bamako), 'נתניהו' (Netanyahu) no 'נתניה' (Netanya) with a letter added.
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("ru", "Два человека погибли при обстреле в Сумской области, сообщили власти.", "Sumy"),
        ("ru", "В Запорожской области ночью погибли три человека.", "Zaporizhzhia"),
        ("ru", "На Харьковщине в результате обстрела погибли двое мирных жителей.", "Kharkiv"),
        ("ru", "В Киевской области при атаке дронов погиб один человек.", "Kiev"),
        ("uk", "У Сумській області внаслідок обстрілу загинули двоє людей.", "Sumy"),
        ("uk", "У Запорізькій області загинули троє людей.", "Zaporizhzhia"),
        ("uk", "Внаслідок атаки на Львівщині загинули троє людей.", "Lviv"),
        ("ru", "На Белгородчине при обстреле погиб водитель.", "Belgorod Oblast"),
    ],
)
def test_an_oblast_by_its_adjective_or_everyday_name_is_the_oblast(language: str, text: str, label: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and loc.label == label


def test_one_oblast_named_three_ways_is_one_place() -> None:
    found = [
        placed("ru", "Два человека погибли в Харьковской области."),
        placed("uk", "Двоє людей загинули на Харківщині."),
        placed("en", "Two people were killed in Kharkiv Oblast, the governor said."),
    ]
    assert all(loc is not None for loc in found)
    assert len({loc.key for loc in found if loc is not None}) == 1


@pytest.mark.parametrize(
    "text",
    [
        'צוותי מד"א מטפלים במקום בעשרות פצועים, שלושה נהרגו.',
        "ראש הממשלה בנימין נתניהו הגיע למקום. ארבעה בני אדם נהרגו.",
    ],
)
def test_a_hebrew_word_is_no_town_with_its_last_letters_taken_off(text: str) -> None:
    loc = placed("he", text)
    assert loc is None or loc.label not in ("Bamako, ML", "Netanya, IL")


def test_a_hebrew_town_with_its_particle_is_still_the_town() -> None:
    loc = placed("he", "שלושה בני אדם נהרגו בפיגוע בנתניה.")
    assert loc is not None and loc.label == "Netanya, IL"
