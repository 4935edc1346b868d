"""Places (round 28, places29): a US state that bears a country's name, read as the state where the text says so;
a newspaper's dateline in capitals closed by a full stop; a Japanese paper's bracketed dateline as a bureau; a
compass direction's noun and a person's surname after a title as no town. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron en un tiroteo en el estado de Georgia, según la policía."),
        ("de", "Drei Menschen wurden in einer Kirche im US-Bundesstaat Georgia erschossen."),
        ("fr", "Un homme a tué trois personnes dans une église en Géorgie, aux Etats-Unis."),
        ("pt", "Três pessoas foram mortas numa igreja no estado da Geórgia, nos EUA."),
        ("ja", "米ジョージア州の教会で銃撃があり、3人が死亡した。"),
    ],
)
def test_a_country_named_as_a_us_state_is_the_state(language: str, text: str) -> None:
    # a division word before it, or the United States named beside it: Georgia the state, not the country
    loc = placed(language, text)
    assert loc is not None and loc.key == "state:US-GA"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Georgien kamen bei einem Erdrutsch drei Menschen ums Leben."),
        ("fr", "Trois personnes sont mortes dans un glissement de terrain en Géorgie, dans le Caucase."),
        ("ru", "В Грузии в результате оползня погибли три человека."),
    ],
)
def test_the_country_stays_the_country_with_no_word_of_the_state(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.key == "country:GE"


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("fr", "LYON. Un incendie a fait dix morts dans un immeuble.", "FR-"),
        ("fr", "LE CAIRE. Au moins 30 fidèles ont été tués dans une mosquée.", "EG-"),
        ("es", "ROMA. Al menos 30 personas murieron en el derrumbe del puente.", "IT-"),
    ],
)
def test_a_dateline_in_capitals_closed_by_a_full_stop(language: str, text: str, region: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.kind == "city" and (loc.region or "").startswith(region)


def test_a_japanese_papers_bracketed_dateline_yields_to_the_town_of_its_first_sentence() -> None:
    loc = placed("ja", "【北京】中国南部の広州市で10日、工場が爆発し、8人が死亡しました。")
    assert loc is not None and (loc.region or "").startswith("CN-") and loc.name != "beijing"


@pytest.mark.parametrize(
    "text",
    [
        "Bei einem Anschlag im Norden der Halbinsel wurden 30 Menschen getötet.",
        "Bei einem Erdrutsch im Norden des Landes wurden zwölf Menschen getötet.",
    ],
)
def test_a_compass_directions_noun_is_no_town(text: str) -> None:
    loc = placed("de", text)
    assert loc is None or loc.name != "norden"


def test_the_town_named_by_the_word_is_still_the_town() -> None:
    loc = placed("de", "In Norden wurden bei einem Brand drei Menschen getötet.")
    assert loc is not None and loc.name == "norden"


def test_a_surname_after_a_title_and_a_first_name_is_no_town() -> None:
    loc = placed("id", "Gubernur Ridwan Kamil menyebut 30 orang meninggal dunia akibat longsor.")
    assert loc is None or loc.name != "hami"
