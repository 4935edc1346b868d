"""Places found by probing with own sets a146 onward (bureaus far from the scene, cross-state US metros, routes):
sentences of our own."""

from __future__ import annotations

import pytest

from core.places.reading import _text_context
from tests.core.places_kit import place_label as place


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("A man was shot dead outside a bar in Kansas City on Saturday night.", None),
        ("Two men were wounded in a shooting in Missouri City on Sunday, police said.", None),
        ("Three people were hurt in a crash in Oklahoma City on Monday.", "US-OK"),
    ],
)
def test_a_state_name_opening_a_town_of_another_state_votes_for_no_state(text: str, region: str | None) -> None:
    # 'Kansas City' (Missouri's, and a smaller one in Kansas), 'Missouri City' (Texas): the state's name is the
    # town's first word, not the state; Oklahoma City is in Oklahoma, so the name still says which state
    regions = dict(_text_context(text).regions)
    assert (max(regions, key=lambda r: regions[r]) if regions else None) == region


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Una mujer murió y 22 personas resultaron heridas de bala en un tiroteo frente a la estación de "
            "Kansas City al término del desfile.",
        ),
        (
            "fr",
            "Une personne a été tuée et vingt-deux autres blessées par balle près de la gare de Kansas City, "
            "dans le Missouri, lors du défilé.",
        ),
        (
            "en",
            "One woman was killed and 22 people were wounded by gunfire near the train station in Kansas City "
            "after the victory parade.",
        ),
    ],
)
def test_kansas_city_written_alone_is_missouris(language: str, text: str) -> None:
    assert place(text, language) == "Kansas City, MO"


def test_a_headline_town_a_bus_was_bound_for_is_not_the_scene() -> None:
    # 'Pune-bound': where the bus was going; the text puts it on the expressway in Buldhana district
    title = "Twelve burned to death as Pune-bound bus catches fire on expressway"
    text = (
        "Twelve passengers were burned to death after a private bus travelling from Nagpur to Pune hit a "
        "divider and caught fire near Sindkhed Raja in Buldhana district early on Saturday, police said."
    )
    assert place(text, title=title) not in ("Pune", "Nagpur")


def test_a_headline_town_a_bus_was_bound_for_is_not_the_scene_beside_a_village() -> None:
    # the village the text names is small; the headline's 'Pune-bound' still names no scene
    title = "Twelve charred to death as Pune-bound bus catches fire on expressway"
    text = (
        "Twelve passengers were charred to death and six were hurt after a private bus travelling from Nagpur "
        "to Pune hit a divider and caught fire near Pimpalkhuta village in Buldhana district on Saturday."
    )
    assert place(text, title=title) not in ("Pune, IN", "Nagpur, IN")


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # 'Пала' (fell) is 'Палау' less its last letter, with no ending: a verb, not Palau
        ("sr", "Пала је бетонска надстрешница изнад улаза у зграду, а осам особа је погинуло.", None),
        # ... while a name less its last letter with an ending is the country: 'у Сирији', 'в Кении', 'в Україні'
        ("sr", "Осам особа је погинуло у Сирији у нападу дроном.", "SY"),
        ("ru", "В Кении восемь человек погибли в результате наводнения.", "KE"),
        ("uk", "В Україні вісім людей загинули внаслідок обстрілу.", "UA"),
    ],
)
def test_a_country_name_less_its_last_letter_needs_an_ending(language: str, text: str, country: str | None) -> None:
    from core.extract.world_language import language as reader_of

    reader = reader_of(language)
    assert reader is not None
    found = reader.places.countries_in(text)
    assert (max(found, key=lambda c: found[c]) if found else None) == country


def test_a_capital_bureau_over_a_town_known_only_with_its_country_is_no_scene() -> None:
    # Hpakant is known as a town of Myanmar only with its country; Yangon, the wire's bureau, is 900 km off
    text = (
        "YANGON (Reuters) - Nine miners were killed when a pit wall collapsed at a jade mine in Hpakant in "
        "Myanmar's far north on Tuesday, police said."
    )
    assert place(text) == "Hpākān, MM"


@pytest.mark.parametrize(
    "text",
    [
        # 'the Dali' is the ship (Dali is a city of China); 'the Potomac' the river (Potomac, Maryland, a town)
        "BALTIMORE - Divers found the body of the last of the four welders killed when the Dali brought down the "
        "bridge, police said on Tuesday.",
        "Crews recovered the bodies of all 12 people killed when the plane went down in the Potomac, officials said.",
    ],
)
def test_a_name_written_only_after_the_is_no_town(text: str) -> None:
    assert place(text) not in ("Dali, CN", "Potomac, MD")


def test_a_town_whose_own_name_has_the_keeps_it() -> None:
    # 'The Bronx', 'The Hague': the index knows the name with its article
    assert place("Two men were shot dead in the Bronx on Sunday night, police said.") is not None


def test_a_town_opening_a_longer_name_after_the_is_still_the_town() -> None:
    text = "Gunmen stormed the Karachi Police Office on Friday evening, killing four people and wounding 18."
    assert place(text, title="Gunmen storm Karachi police office") == "Karachi, PK"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mindestens zwölf Menschen kamen bei einem Tornado im US-Bundesstaat Kentucky ums Leben.", "Kentucky"),
        (
            "Mindestens zwölf Menschen starben im US-Bundesstaat Kentucky, als ein Tornado eine Fabrik zerstörte.",
            "Kentucky",
        ),
    ],
)
def test_a_state_after_a_compound_state_word_is_the_state(text: str, label: str) -> None:
    # 'US-Bundesstaat': the division's word with the country written on, not the head of a longer name
    assert place(text, "de") == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty migrants, most of them from Egypt, drowned when their boat sank off Tobruk, the IOM said.",
            "Tobruk, LY",
        ),
        ("Forty migrants, most of them from Egypt, drowned off the Libyan coast, the IOM said.", None),
        (
            "At least 23 people, mostly from Bangladesh, died when a fishing boat capsized near Zuwara on Sunday.",
            "Zuwara",
        ),
    ],
)
def test_where_the_dead_came_from_is_not_the_scene(text: str, expected: str | None) -> None:
    # 'most of them from Egypt', 'mostly from Bangladesh': the people's origin, not where they died
    assert place(text) in (expected, "Libya")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Siete personas murieron al caer una avioneta sanitaria sobre un barrio del noreste de Filadelfia."),
        ("pt", "Sete pessoas morreram quando um avião-ambulância caiu sobre um bairro de Filadélfia, nos EUA."),
    ],
)
def test_philadelphia_by_its_romance_name(language: str, text: str) -> None:
    # 'Filadelfia' was read as another place of that name in Italy
    assert place(text, language) == "Philadelphia, PA"
