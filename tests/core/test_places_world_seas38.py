"""Seas named by the readers of every language, capes named after towns, and other places read wrong (round 38,
places44; own sentences)."""

from __future__ import annotations

import pytest

from core.places.seas import sea_written_in
from tests.core.places_kit import placed


def _key(language: str, text: str, title: str | None = None) -> str | None:
    loc = placed(language, text, title)
    return loc.key if loc is not None else None


# -- a sea in the reports of other languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("fr", "Neuf passagers sont morts quand un ferry a pris feu en mer Adriatique.", "sea:adriatic"),
        ("fr", "Une embarcation a chaviré en Méditerranée : une trentaine de morts.", "sea:mediterranean"),
        ("es", "Un pesquero se hundió en el mar Mediterráneo y murieron doce tripulantes.", "sea:mediterranean"),
        ("es", "Siete marineros murieron al incendiarse un carguero en el mar Adriático.", "sea:adriatic"),
        ("de", "Beim Brand einer Fähre in der Adria sind acht Menschen gestorben.", "sea:adriatic"),
        ("de", "Im Mittelmeer sind erneut 45 Flüchtlinge ertrunken.", "sea:mediterranean"),
        ("it", "Otto morti nel rogo di un traghetto nel canale d'Otranto.", "sea:strait-of-otranto"),
        ("it", "Cinquanta migranti sono annegati nel Mediterraneo centrale.", "sea:mediterranean"),
        ("pt", "Vinte migrantes morreram num naufrágio no mar Mediterrâneo.", "sea:mediterranean"),
        ("ar", "قتل خمسة بحارة في هجوم على سفينة في البحر الأحمر.", "sea:red-sea"),
        ("ru", "В Средиземном море утонули 30 мигрантов.", "sea:mediterranean"),
        ("ru", "В Чёрном море затонул сухогруз, погибли семь моряков.", "sea:black-sea"),
        ("uk", "У Чорному морі загинули троє моряків.", "sea:black-sea"),
        ("tr", "Ege Denizi'nde lastik bot battı: 12 kişi hayatını kaybetti.", "sea:aegean"),
        ("zh", "一艘渔船在地中海沉没，造成九人死亡。", "sea:mediterranean"),
    ],
)
def test_a_sea_in_any_language_is_a_place(language: str, text: str, key: str) -> None:
    assert _key(language, text) == key


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        # a port or a country named beside the sea is the finer place
        ("fr", "Onze morts dans l'incendie d'un ferry au large de Brindisi, en mer Adriatique.", "city:3181528"),
        ("it", "Dieci migranti sono morti nel Mediterraneo al largo della Libia.", "country:LY"),
    ],
)
def test_a_port_or_a_country_beside_the_sea_stays(language: str, text: str, key: str) -> None:
    assert _key(language, text) == key


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        ("Tre morti nell'Adriatico", "adriatic"),
        ("乗客が紅海で死亡", "red-sea"),
        ("지중해에서 난민선 침몰", "mediterranean"),
        ("W Bałtyku zatonął kuter", "baltic"),
        ("Three people died in a house fire in Leeds.", None),
    ],
)
def test_a_seas_written_names(text: str, sea: str | None) -> None:
    found = sea_written_in(text)
    assert (found.id if found is not None else None) == sea


# -- a headland named after a town ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Cyclone crosses Cape York coast", "A cyclone crossed the coast on Friday; two people were injured."),
        ("Storm hits Cape York, two injured", "A storm hit the far north on Friday and two people were injured."),
    ],
)
def test_a_headland_is_not_the_town_its_name_ends_with(title: str, text: str) -> None:
    assert _key("en", text, title) != "city:2633352"  # York, England


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Fire in Cape Town kills three", "city:3369157"),
        ("Two killed in Point Pleasant crash", "city:5102796"),
    ],
)
def test_a_town_named_with_a_capes_word_stays(title: str, key: str) -> None:
    assert _key("en", "Two people died on Sunday, officials said.", title) == key


# -- a country's name that is also another country's capital's ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("أصيب ثمانية أشخاص في حريق بمطعم في العاصمة عمان.", "city:250441"),  # Amman
        ("أصيب ثمانية أشخاص في حريق بمطعم في العاصمة مسقط.", "city:287286"),  # Muscat
        ("لقي ستة أشخاص حتفهم في سلطنة عمان جراء السيول.", "country:OM"),
    ],
)
def test_the_capital_named_after_the_capitals_word(text: str, key: str) -> None:
    assert _key("ar", text) == key
