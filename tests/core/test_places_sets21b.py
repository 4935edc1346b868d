"""Places left by sets21 (own sets a117 onward), taken up by places21b: sentences of our own for each rule."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import main_location
from core.similarity import fingerprint


def region(text: str, language: str) -> str | None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    loc = main_location(article)
    return loc.region if loc is not None else None


def claim_places(text: str, language: str) -> list[str | None]:
    return [c.location for c in extract(ArticleInput(text=text, language=language)).claims]


def test_a_second_level_province_lies_in_its_first_level_region() -> None:
    # ISO 3166-2's Spanish and Italian provinces (ES-TE under Aragón, IT-CH under Abruzzo) carry no code of their
    # own: a report placed in the province and one placed in a town of it must share the region
    province = region("Un incendio en una fábrica de la provincia de Teruel dejó tres muertos el martes.", "es")
    town = region("Un incendio en una fábrica de Alcañiz dejó tres muertos el martes.", "es")
    assert province == town == "ES-52"
    province = region("Un'esplosione in una fabbrica in provincia di Chieti ha causato tre morti.", "it")
    assert province == region("Un'esplosione in una fabbrica di Lanciano ha causato tre morti.", "it")
    assert province not in (None, "IT")


def test_a_province_whose_region_geonames_names_otherwise_takes_the_code_its_towns_agree_on() -> None:
    # Toscana (ISO) is GeoNames' 'Tuscany': the towns Tuscany's provinces are named after tell its code
    province = region("Un incendio in un capannone in provincia di Livorno ha causato due morti.", "it")
    town = region("Un incendio in un capannone a Piombino ha causato due morti.", "it")
    assert province == town and province not in (None, "IT")


def test_two_towns_before_a_comma_stay_two_towns_though_one_names_a_province_of_their_region() -> None:
    # England's boroughs now lie in England; 'Leeds, Bradford' is still no town inside a borough
    assert claim_places("Two people were killed in Leeds, Bradford police said.", "en") != ["Leeds, Bradford"]


def test_a_polish_region_is_read_by_the_older_name_its_own_news_writes() -> None:
    # Lower Silesia as Polish news writes it ('na Dolnym Śląsku'; ISO's 'Dolnośląskie', GeoNames' 'Lower Silesia'),
    # with both words' endings
    text = "Nawałnica, która przeszła w sobotę na Dolnym Śląsku, zabiła trzy osoby, przekazała straż pożarna."
    assert claim_places(text, "pl") == ["Lower Silesia, Poland"]


def test_a_department_named_after_no_town_takes_the_region_geonames_files_it_under() -> None:
    # Finistère (FR-29) lies in ISO's 'Bretagne', GeoNames' 'Brittany', and no town bears its name: GeoNames' own
    # second-level division of that name tells its region
    province = region("Une explosion dans une usine dans le département du Finistère a fait trois morts mardi.", "fr")
    assert province == region("Une explosion dans une usine de Quimper a fait trois morts mardi.", "fr") != "FR"
