"""Places resolved the same way in every language (round 25): states and countries as other languages write them,
a town held by the province or country written after it, a country named as a route's end, countries named
together. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import article_locations
from core.places.joint import joint_countries
from core.similarity import fingerprint
from tests.core.places_kit import place_label as place


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("es", "Un tiroteo dejó dos muertos y tres heridos en Nuevo México el sábado por la noche.", "New Mexico"),
        ("es", "Dos personas murieron en un tiroteo en Nuevo México, cerca de la frontera con México.", "New Mexico"),
        ("fr", "Une fusillade a fait deux morts et trois blessés en Floride samedi soir.", "Florida"),
    ],
)
def test_a_us_state_as_the_language_writes_it_is_the_state(language: str, text: str, label: str) -> None:
    # the exonym table's row names the state: not a neighbourhood of Zapopan called Nuevo México
    assert place(text, language) == label


def _regions(language: str, text: str) -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    return {loc.region for loc in article_locations(article).values()}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei einem Überfall auf das Dorf Solhan in der Provinz Yagha wurden 90 Bewohner getötet."),
        ("es", "Hombres armados mataron a 90 vecinos en la aldea de Solhan en la provincia de Yagha el viernes."),
        ("fr", "Des assaillants ont tué 90 habitants dans le hameau de Solhan dans la province du Yagha vendredi."),
        ("fr", "Des assaillants ont tué 90 habitants à Solhan, au Burkina Faso, dans la nuit de vendredi."),
    ],
)
def test_a_town_before_another_countrys_province_with_no_comma_is_that_countrys(language: str, text: str) -> None:
    # Turkey has a Solhan; the province written after the town ("in der Provinz", "en la provincia de", "dans la
    # province du"), or the country after its comma, says this one is Burkina Faso's
    regions = _regions(language, text)
    assert regions and all(r is not None and r.startswith("BF") for r in regions), regions


@pytest.mark.parametrize(
    ("language", "text", "origin"),
    [
        ("it", "Un peschereccio partito dalla Turchia è affondato davanti alle coste italiane: 41 morti.", "Turkey"),
        ("es", "Un pesquero procedente del Perú naufragó frente a la costa de Chile; murieron seis marineros.", "Peru"),
        ("es", "Un jet procedente de Omaha (Nebraska) se estrelló en Washington; murieron 20 pasajeros.", "Nebraska"),
    ],
)
def test_a_country_or_state_named_as_the_routes_start_is_not_the_scene(language: str, text: str, origin: str) -> None:
    assert place(text, language) != origin


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Monsoon floods killed 16 people in Bangladesh and six in India's West Bengal state.", {"BD", "IN"}),
        ("The cyclone left dozens dead in Mozambique, Malawi and the French territory of Mayotte.", {"MZ", "MW", "YT"}),
        ("The storm killed at least 40 people in Mozambique and 18 in Malawi, officials said.", {"MZ", "MW"}),
        ("Rescuers from Turkey flew to Syria, Lebanon said.", set()),  # not named together as the scene
    ],
)
def test_countries_named_together_with_a_possessive_a_list_or_counts_between(text: str, countries: set[str]) -> None:
    assert joint_countries(None, text) == frozenset(countries)


@pytest.mark.parametrize(
    "text",
    [
        "アメリカの首都ワシントンで銃撃事件があり、3人が死亡した。",
        "アメリカの首都ワシントン近郊で列車が脱線し、12人が死亡した。",
    ],
)
def test_the_capital_of_a_country_written_before_the_word_is_that_countrys(text: str) -> None:
    # 'アメリカの首都' (America's capital): Washington the capital, not the state, nor the language's own capital
    assert place(text, "ja") == "Washington, DC"


def test_a_rivers_name_joined_to_its_bank_word_is_no_town() -> None:
    # 'Dnipro-Ufer' is the river's bank, not Dnipro the city (its first part read alone, as 'Brüssel-Zaventem' is)
    text = "Beim Beschuss des Dnipro-Ufers wurden am Montag fünf Menschen getötet."
    assert place(text, "de") != "Dnipro, UA"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Bei einem Luftangriff auf Mykolajiw wurden in der Nacht drei Menschen getötet.", "Mykolayiv, UA"),
        ("In Cherson sind bei Beschuss vier Menschen ums Leben gekommen.", "Kherson, UA"),
    ],
)
def test_a_ukrainian_town_as_german_news_writes_it(text: str, label: str) -> None:
    assert place(text, "de") == label


def test_a_small_namesake_abroad_gives_way_to_a_country_of_several_words_the_text_names() -> None:
    # Turkey's Solhan (15,000 people) in a report that names Burkina Faso only ("im Nordosten von Burkina Faso")
    text = (
        "Nach dem Überfall auf das Dorf Solhan im Nordosten von Burkina Faso ist die Zahl der Toten auf 90 "
        "gestiegen, teilte die Regierung mit."
    )
    assert not any((r or "").startswith("TR") for r in _regions("de", text))


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("fr", "Une fusillade en Caroline du Nord a fait deux morts dimanche.", "North Carolina"),
        ("it", "Una sparatoria in Florida ha causato due morti domenica.", "Florida"),
        ("de", "Bei einer Schießerei in Florida sind am Sonntag zwei Menschen getötet worden.", "Florida"),
        ("es", "Un tiroteo en Florida, Uruguay, dejó dos muertos el domingo.", "Florida, UY"),
    ],
)
def test_a_state_in_the_languages_words_is_read_as_the_location_resolver_reads_it(
    language: str, text: str, label: str
) -> None:
    # 'Caroline du Nord' is one name (not 'Caroline', a Puerto Rican town); a town of 36,000 (Uruguay's Florida)
    # does not hold the state's name back, unless the text names that town's country
    assert place(text, language) == label
