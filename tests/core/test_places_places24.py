"""Places read from the words around a name (round 24): the country or province written beside a village, route
words of other languages, state words of other languages. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import article_locations
from core.similarity import fingerprint
from tests.core.places_kit import place_label as place


@pytest.mark.parametrize(
    "text",
    [
        "A lorry slid off the road at Piedra Larga in Nepal's Kaski district, killing 12 people.",
        "A minibus fell into the river at Loma Pelada in Chuquisaca department, leaving 14 dead.",
        "A ferry capsized near Piedra Larga, Nepal, on Sunday; nine passengers drowned.",
    ],
)
def test_a_village_named_beside_another_country_is_no_namesake_abroad(text: str) -> None:
    # the gazetteer's only village of that name lies in Mexico; the country or the province the sentence writes
    # beside it says it is another village, one the gazetteer lacks
    label = place(text)
    assert label is not None and not label.endswith(", MX"), label


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen shot dead 90 villagers in the hamlet of Solhan in Yagha province late on Friday."),
        ("en", "Raiders killed 90 people in Solhan, Burkina Faso, overnight."),
        (
            "fr",
            "Des assaillants ont tué 90 habitants dans le hameau de Solhan, dans la province du Yagha, vendredi soir.",
        ),
    ],
)
def test_a_town_written_before_another_countrys_province_is_that_countrys(language: str, text: str) -> None:
    # Turkey has a town called Solhan; the province or the country written right after the name says this one is
    # in Burkina Faso
    claims = extract(ArticleInput(text=text, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    regions = {loc.region for loc in article_locations(article).values()}
    assert regions and all(r is not None and r.startswith("BF") for r in regions), regions


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une fusillade a fait deux morts et trois blessés dans l'État du Kentucky, samedi soir."),
        ("fr", "Une fusillade a fait deux morts et trois blessés dans le Kentucky, samedi soir."),
        ("de", "Bei einer Schießerei im US-Bundesstaat Kentucky sind zwei Menschen getötet worden."),
        ("de", "Bei einer Schießerei in Kentucky sind zwei Menschen getötet worden."),
        ("pt", "Um tiroteio deixou dois mortos e três feridos no estado de Kentucky, no sábado."),
    ],
)
def test_a_us_state_after_a_state_word_or_a_locative_is_the_claims_place(language: str, text: str) -> None:
    # a state of the federation by its own name after 'État du', 'US-Bundesstaat', 'estado de' or 'in'/'dans le'
    assert place(text, language) == "Kentucky"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei einer Schießerei in New York sind zwei Menschen getötet worden."),
        ("es", "Un tiroteo dejó dos muertos en Georgia el sábado."),
    ],
)
def test_a_state_name_that_a_big_city_or_a_country_bears_is_not_read_as_the_state(language: str, text: str) -> None:
    assert place(text, language) not in ("New York", "Georgia, US")


def test_a_name_after_a_towns_comma_and_everyday_words_does_not_hold_the_town() -> None:
    # 'Natal' (Christmas) after "no dia de" is no province of Brazil holding Maputo
    text = "Um ciclone matou 34 pessoas em Maputo, no dia de Natal, segundo as autoridades."
    claims = extract(ArticleInput(text=text, language="pt")).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    assert {loc.region for loc in article_locations(article).values()} <= {"MZ", "MZ-04", "MZ-11", None}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ru", "После прорыва плотины погибли 12 человек, сообщил Владимир Сальдо.", None),
        ("ru", "После прорыва плотины во Владимире погибли 12 человек.", "Vladimir, RU"),
    ],
)
def test_a_first_name_before_a_surname_is_no_town(language: str, text: str, town: str | None) -> None:
    # 'Владимир' before the capitalised 'Сальдо' is a person's first name; after a locative word it is the town
    assert place(text, language) == town
