"""Where a report of another language places its figures: a division word elided onto the name ('district
d'X'), and an agency's dateline written with '.-' ('Lima, 5 feb (EFE).-'), which is where it was filed, not
where it happened. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.places import resolve_location
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
            "Rudraprayag District",  # the district (GeoNames' admin2), which holds the town Rudraprayāg
        ),
        (
            "fr",
            "Le bilan de l'incendie dans le district d’Ramban, dans le nord de l'Inde, est passé à 9 morts.",
            "Ramban District",
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
            "Rudraprayag District",
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
        (
            "fr",
            "Au moins cinq personnes ont été tuées dans un incendie dans le comté d'Orange, en Californie.",
            "Orange County",
        ),
        ("it", "Almeno sei persone sono morte in una sparatoria nella contea di Cook, in Illinois.", "Cook County"),
        ("pt", "Pelo menos três pessoas morreram em um tornado no condado de Dallas, no Texas.", "Dallas County"),
    ],
)
def test_a_us_county_named_in_another_language_is_the_county(language: str, text: str, county: str) -> None:
    # the county's word written in the language before its name: the county, not a town that bears the name
    assert _places(text, language) == {fold(county)}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # no town of that name is sure (villages only): the state
        ("es", "Las lluvias dejaron al menos 12 muertos en Nuevo León, informaron las autoridades.", "Nuevo León"),
        ("es", "Al menos 10 personas murieron en Baja California Sur tras el paso del huracán.", "Baja California Sur"),
        ("fr", "Au moins 10 personnes sont mortes dans l'Uttar Pradesh, selon la police.", "Uttar Pradesh"),
        # several towns bear it as an alternate name (a saint's name): the state, not one of them
        (
            "pt",
            "Pelo menos 10 pessoas morreram nas chuvas no Espírito Santo, segundo a Defesa Civil.",
            "Espírito Santo",
        ),
        # a town abroad bears the name, the language's own country has the state: the state
        ("pt", "Pelo menos 10 pessoas morreram nas chuvas em Santa Catarina, segundo os bombeiros.", "Santa Catarina"),
        # a division word, a capitalised noun and a name of two words: one run of four capitalised words
        ("de", "Im Bundesstaat Nuevo León kamen bei Überschwemmungen 12 Menschen ums Leben.", "Nuevo León"),
    ],
)
def test_a_divisions_own_name_of_several_words_beats_a_town_inside_or_elsewhere(
    language: str, text: str, place: str
) -> None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims, "the sentence states a figure"
    found = {resolve_location(c.location) for c in claims if c.location}
    assert {(loc.kind, loc.name) for loc in found} == {("province", fold(place))}


def test_a_towns_native_name_is_still_the_town_not_its_province() -> None:
    # 'Napoli' is Naples' own name in Italian and the province's: one town bears it, the town
    assert _places("Il crollo di una palazzina a Napoli ha fatto 7 morti.", "it") == {"naples"}
