"""Places (round 36, places40): a province in brackets, a source's seat, a line, a surname and an attacker's people.

- Spanish, Portuguese and Italian news writes a small town with its province in brackets after it ('Mocejón
  (Toledo)'). The bracketed name is where the town lies, not a namesake town abroad (Toledo, Ohio): the town of
  that name in a division the bracketed name also lies in, else the bracketed name in the text's or the language's
  country.
- A town right after an office that sits there ('wie die Staatsanwaltschaft Lüneburg mitteilte', 'informó la
  Fiscalía de Cartagena', 'a annoncé le parquet de Nîmes', 'ayon sa embahada ng Pilipinas sa Wellington') is the
  office's seat, where the source speaks from, not where the figures happened.
- A transport line's noun capitalised before its number ('la Línea 12 del Metro') is the line, not La Línea de la
  Concepción.
- A title's name the text writes as a person's surname after a title and a first name ('Präsident Barack Obama')
  is the person, not the town it spells (Obama, Japan).
- A Ukrainian alert about a Russian strike names Russia only by its people ('Росіяни вдарили'), the scene by its
  province's adjective and the province's word, inflected ('Харківської області'): the province read with its
  word is sure, as a province named beside its word in Latin script is, whatever country the attackers' word names.
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "title", "text", "label"),
    [
        (
            "es",
            None,
            "Un agricultor murió al volcar su tractor en un camino de Mocejón (Toledo), según los servicios de "
            "emergencia.",
            "Mocejón, ES",
        ),
        (
            "es",
            "Muere un trabajador en Mocejón (Toledo)",
            "Un operario murió al caer de un andamio en la obra.",
            "Mocejón, ES",
        ),
        (
            "es",
            None,
            "Dos turistas murieron en un choque frontal en Villa Carlos Paz (Córdoba), informó la policía provincial.",
            "Villa Carlos Paz, AR",
        ),
    ],
)
def test_a_town_with_its_province_in_brackets_is_that_town_not_a_namesake_abroad(
    language: str, title: str | None, text: str, label: str
) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.label == label


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        (
            "de",
            "Ein Reisebus ist bei Soltau von der Autobahn abgekommen. Die Zahl der Toten ist auf sechs gestiegen, wie "
            "die Staatsanwaltschaft Lüneburg mitteilte.",
            "Soltau, DE",
        ),
        (
            "es",
            "Un autobús cayó por un barranco cerca de Caravaca. El número de muertos subió a siete, según informó la "
            "Fiscalía de Cartagena.",
            "Caravaca, ES",
        ),
        (
            "fr",
            "Un car s'est renversé près d'Alès. Le bilan est passé à cinq morts, a annoncé le parquet de Nîmes.",
            "Alès, FR",
        ),
    ],
)
def test_a_town_right_after_an_office_that_sits_there_is_its_seat_not_the_scene(
    language: str, text: str, label: str
) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.label == label


def test_an_embassys_town_is_not_where_the_dead_were() -> None:
    loc = placed("tl", "Umabot na sa 30 ang nasawi sa pagguho ng gusali, ayon sa embahada ng Pilipinas sa Wellington.")
    assert loc is None or "Wellington" not in loc.label


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Cierran la Línea 12 tras el derrumbe",
            "El derrumbe del tramo elevado de la Línea 12 dejó 26 muertos hace dos años.",
        ),
        (
            "Choque de trenes en la Línea 2 deja un muerto",
            "Un choque entre dos convoyes en la Línea 2 del Metro dejó un muerto y 30 heridos, informaron las "
            "autoridades.",
        ),
    ],
)
def test_a_metro_line_before_its_number_is_no_town(title: str | None, text: str) -> None:
    loc = placed("es", text, title)
    assert loc is None or "Línea" not in loc.label


def test_the_town_la_linea_without_a_number_stays_the_town() -> None:
    loc = placed("es", "Dos personas murieron en un tiroteo en La Línea de la Concepción la pasada madrugada.")
    assert loc is not None and loc.label.startswith("La Línea")


def test_a_presidents_surname_in_a_title_is_no_town() -> None:
    loc = placed(
        "de",
        "Nach dem Amoklauf an einem College im Bundesstaat Oregon mit neun Toten hat Präsident Barack Obama strengere "
        "Waffengesetze gefordert. Obama sprach von einer traurigen Routine.",
        "Obama nach Amoklauf in Oregon: Waffengesetze verschärfen",
    )
    assert loc is not None and loc.region == "US-OR"


def test_a_ukrainian_alert_naming_the_attackers_people_is_in_the_province_struck() -> None:
    loc = placed(
        "uk",
        "Російські війська обстріляли селище Козача Лопань Харківського району Харківської області, повідомив голова "
        "обласної адміністрації. Є загиблі, їх кількість уточнюється.",
        "Росіяни обстріляли селище на Харківщині",
    )
    assert loc is not None and loc.region == "UA-07"
