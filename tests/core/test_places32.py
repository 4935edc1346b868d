"""Places (round 30, places32): namesakes told apart by the country a text names or implies, a province named
after its seat in another language, streets named after places, and datelines of other languages. Sentences of
our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.places_kit import placed


def _claim_places(language: str, text: str, title: str | None = None) -> list[str | None]:
    return [c.location for c in extract(ArticleInput(text=text, title=title, language=language)).claims]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Die Zahl der Toten nach dem Beschuss des Marktes im ostukrainischen Slowjansk ist auf zwölf gestiegen. "
            "Das teilte der Gouverneur der Region Donezk mit. Russland bestreitet den Angriff.",
        ),
        ("de", "Bei einem Raketenangriff im Gebiet Donezk sind acht Menschen getötet worden. Russland schweigt."),
        ("fr", "Huit personnes ont été tuées dans l'oblast de Donetsk, a indiqué le gouverneur. La Russie dément."),
    ],
)
def test_a_province_named_after_its_seat_is_that_province_not_a_namesake_town(language: str, text: str) -> None:
    # 'Donezk' is the German name of the oblast's seat; Russia (named as the attacker) has a small Donetsk too
    places = _claim_places(language, text)
    assert places and all(p is not None and "Russia" not in p for p in places)
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and (loc.region or "").startswith("UA")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ocho personas murieron en un ataque en la región de Donetsk, según el gobernador."),
        ("uk", "Вісім людей загинули внаслідок удару по Донецькій області, повідомив губернатор."),
        ("ru", "Восемь человек погибли в результате удара по Донецкой области, сообщил губернатор."),
    ],
)
def test_the_province_in_other_languages_stays_the_province(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "province" and (loc.region or "").startswith("UA")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("O acidente que matou 16 pessoas na Calçada da Glória foi causado por um cabo partido.", None),
        (
            "O descarrilamento do Elevador da Glória, em Lisboa, provocou pelo menos 15 mortos, segundo os bombeiros.",
            "Elevador da Glória: 15 mortos",
        ),
        ("Tre persone sono morte nel crollo di una palazzina in via della Spezia, a Roma.", None),
    ],
)
def test_a_street_named_after_a_place_is_no_place_of_the_report(text: str, title: str | None) -> None:
    language = "it" if "persone" in text else "pt"
    places = _claim_places(language, text, title)
    assert places and not any(p in ("Glória", "La Spezia") for p in places)


def test_a_town_after_a_locative_word_stays_the_town() -> None:
    assert _claim_places("pt", "Um incêndio matou três pessoas na Glória, em Minas Gerais.") == ["Glória"]


def test_a_state_is_read_by_the_country_the_texts_big_towns_lie_in() -> None:
    text = "Un homme a tué cinq personnes dans une discothèque de Colorado Springs, selon la police."
    places = _claim_places("fr", text, "Colorado: cinq morts dans une fusillade")
    assert places and "Colorado, Parana" not in places


def test_a_namesake_town_stays_in_a_text_of_its_own_country() -> None:
    places = _claim_places("pt", "Cinco pessoas morreram num acidente em Colorado, a 80 quilômetros de Maringá.")
    assert places == ["Colorado, Parana"]


def test_a_town_name_opening_with_a_common_word_is_the_town() -> None:
    text = (
        "Ciudad Juárez - Al menos 39 migrantes murieron en un incendio. "
        "Los heridos fueron llevados a hospitales de la ciudad."
    )
    assert _claim_places("es", text)[0] == "Ciudad Juárez"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "(서울=연합뉴스) 버스가 다리 아래로 추락해 12명이 숨졌다."),
        ("ja", "【ソウル共同】バスが橋から転落し、12人が死亡した。"),
    ],
)
def test_a_wires_dateline_in_another_script_places_a_report_that_names_no_other(language: str, text: str) -> None:
    # (a capital's dateline is the wire's bureau as often as not: only its country is sure)
    loc = placed(language, text)
    assert loc is not None and loc.kind == "country" and loc.region == "KR"


def test_the_dead_home_town_is_not_the_scene_when_the_sentence_names_another() -> None:
    text = (
        "Tres vecinos de Ciudad Juárez están entre los nueve muertos del tiroteo en una tienda de El Paso. "
        "La policía de la ciudad sigue investigando."
    )
    assert _claim_places("es", text)[0] == "El Paso"


def test_a_districts_name_abroad_after_a_region_word_is_no_place() -> None:
    text = "Le bilan des inondations dans la région de Mandra, à l'ouest d'Athènes, s'est alourdi à 21 morts en Grèce."
    assert not any("Romania" in (p or "") for p in _claim_places("fr", text))


def test_a_state_namesake_town_is_the_big_town_of_the_implied_country() -> None:
    text = "Un avión chocó con un helicóptero cerca de Washington; venía de Wichita y llevaba 60 pasajeros."
    places = _claim_places("es", text, "Washington: 67 muertos en un choque aéreo")
    assert places == ["Washington, District of Columbia"]  # (a guard: the capital, not the state)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Δύο άνθρωποι βρέθηκαν νεκροί στα Ψαχνά μετά τις πλημμύρες.", "Psachná"),
        ("Πέντε άνθρωποι πνίγηκαν στη Μάνδρα μετά την καταιγίδα.", "Mándra"),
    ],
)
def test_a_small_town_in_its_countrys_own_script_is_read(text: str, town: str) -> None:
    # towns under 15,000 people, by their Greek names (GeoNames' alternate names in the country's own script)
    loc = placed("el", text)
    assert loc is not None and loc.label.startswith(town)


def test_an_everyday_word_that_begins_as_a_villages_name_is_no_place() -> None:
    # 'Κεντρική' (central) begins as the village 'Κεντρί' does: a village's name gives no stem
    loc = placed("el", "Τρεις άνθρωποι έχασαν τη ζωή τους στην Κεντρική Εύβοια από τις πλημμύρες.")
    assert loc is None or not loc.label.startswith("Kentr")


def test_a_town_named_without_the_last_word_news_leaves_out() -> None:
    # GeoNames' 'Casamicciola Terme' (8,000 people): news writes 'Casamicciola'
    loc = placed("it", "La frana di sabato a Casamicciola ha ucciso otto persone.")
    assert loc is not None and loc.label.startswith("Casamicciola")
