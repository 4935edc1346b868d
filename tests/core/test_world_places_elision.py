"""Where a report of another language places its figures: a division word elided onto the name ('district
d'X'), and an agency's dateline written with '.-' ('Lima, 5 feb (EFE).-'), which is where it was filed, not
where it happened. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places.index import fold


def _places(text: str, language: str) -> set[str | None]:
    """The claims' places, each its first part folded ('Rāmban, India' is 'ramban')."""
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims, "the sentence states a figure"
    return {fold(c.location.split(",")[0]) if c.location else None for c in claims}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "fr",
            "Sept pèlerins sont morts dans le district d'Rudraprayag, dans l'Etat de l'Uttarakhand, en Inde.",
            "Rudraprayāg",
        ),
        (
            "fr",
            "Le bilan de l'incendie dans le district d’Ramban, dans le nord de l'Inde, est passé à 9 morts.",
            "Rāmban",
        ),
    ],
)
def test_a_name_after_an_elided_or_a_district_word_is_the_place(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {fold(place)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Nueva Delhi, 9 oct (EFE).- Al menos 30 personas murieron en el distrito de Rudraprayag, en el estado "
            "indio de Uttarakhand.",
            "Rudraprayāg",
        ),
        ("Lima, 5 feb (EFE).- Nueve personas murieron al caer un autobús a un abismo en Huarmey.", "Huarmey"),
    ],
)
def test_an_agency_dateline_with_a_dot_and_dash_is_not_the_place(text: str, place: str) -> None:
    assert _places(text, "es") == {fold(place)}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "de",
            "Bei Überschwemmungen im Bundesstaat Mato Grosso do Sul starben am Montag 12 Menschen.",
            "Mato Grosso do Sul",
        ),
        ("de", "In Santa Cruz de la Sierra kamen bei einem Brand 9 Menschen ums Leben.", "Santa Cruz de la Sierra"),
        ("de", "Ein Hochwasser hat in Rio de Janeiro 14 Menschen getötet.", "Rio de Janeiro"),
        (
            "nl",
            "In de deelstaat Rio Grande do Sul zijn 30 mensen om het leven gekomen door overstromingen.",
            "Rio Grande do Sul",
        ),
        ("it", "Nello stato di Rio Grande do Sul sono morte 30 persone per le alluvioni.", "Rio Grande do Sul"),
    ],
)
def test_a_name_with_link_words_of_another_language_is_read_whole(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {fold(place)}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("uk", "Унаслідок обстрілу Білої Церкви загинули 3 людини.", "Bila Tserkva"),
        ("uk", "Після атаки дронів по Кривому Рогу загинули 4 людини.", "Kryvyy Rih"),
        ("ru", "В Нижнем Новгороде погибли 4 человека при пожаре.", "Nizhniy Novgorod"),
    ],
)
def test_a_name_of_two_words_both_inflected_is_read(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {fold(place)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("W pożarze hali w Zielonej Górze zginęły trzy osoby, a sześć zostało rannych.", "Zielona Góra"),
        ("Pod Nowym Targiem autobus wpadł do rowu; zginęło pięć osób.", "Nowy Targ"),
        ("W Gorzowie Wielkopolskim w wybuchu gazu zginęły dwie osoby.", "Gorzów Wielkopolski"),
        ("W Jeleniej Górze zawalił się budynek, zginęły cztery osoby.", "Jelenia Góra"),
        ("W Białej Podlaskiej w wypadku zginęły dwie osoby.", "Biała Podlaska"),
    ],
)
def test_a_latin_script_name_of_two_words_both_inflected_is_read(text: str, place: str) -> None:
    # Polish declines both words of a town's name ('Zielona Góra', 'w Zielonej Górze'): the index's names of two
    # words whose every word the text's is, less its ending
    assert _places(text, "pl") == {fold(place)}


def test_two_inflected_words_that_are_no_place_stay_none() -> None:
    # a fire brigade's and a person's names decline the same way, and name no town
    assert _places("Według Państwowej Straży Pożarnej w pożarze zginęło pięć osób.", "pl") == {None}


@pytest.mark.parametrize(
    ("language", "text", "county"),
    [
        ("es", "Un tiroteo en el condado de Harris dejó tres muertos, informó la policía de Texas.", "Harris County"),
        ("fr", "Au moins cinq personnes ont été tuées dans un incendie dans le comté d'Orange, en Californie.", "Orange County"),
        ("it", "Almeno sei persone sono morte in una sparatoria nella contea di Cook, in Illinois.", "Cook County"),
        ("pt", "Pelo menos três pessoas morreram em um tornado no condado de Dallas, no Texas.", "Dallas County"),
    ],
)
def test_a_us_county_named_in_another_language_is_the_county(language: str, text: str, county: str) -> None:
    # the county's word written in the language before its name: the county, not a town that bears the name
    assert _places(text, language) == {fold(county)}
