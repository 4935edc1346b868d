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
        ("fr", "Un homme a tué trois personnes dans une église en Géorgie, aux États-Unis."),
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
        ("fr", "MARSEILLE. Au moins trois personnes ont été tuées dans une fusillade.", "FR-"),
        ("es", "GÉNOVA. Al menos 30 personas murieron en el derrumbe del puente.", "IT-"),
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


def test_a_capitals_dateline_is_only_its_country() -> None:
    # 'TOKYO.', 'ROMA.': a paper's bureau as often as the scene; the country is sure, the town is not
    loc = placed("es", "ROMA. Al menos 30 personas murieron en el derrumbe de un edificio.")
    assert loc is not None and loc.key == "country:IT"


def test_a_headlines_unknown_town_keeps_its_names_last_word() -> None:
    # "Pinewick Springs" is no town the gazetteer knows: not Springs, South Africa
    loc = placed("en", "Three people were killed in a shooting at a church on Sunday, police said.",
                 "Three shot dead at Pinewick Springs church")  # fmt: skip
    assert loc is None or not (loc.region or "").startswith("ZA")


@pytest.mark.parametrize(
    ("written", "kind"),
    [("Frisco Premium Outlets", "spot"), ("Frisco Galleria", "spot"), ("Jacksonville State", "spot")],
)
def test_a_shops_or_a_colleges_name_is_a_spot_not_a_place_of_its_own(written: str, kind: str) -> None:
    from core.places import resolve_location

    assert resolve_location(written).kind == kind


def test_a_shops_name_holding_the_datelines_town_is_that_town() -> None:
    text = "FRISCO, Texas (AP) — A gunman killed two people at Frisco Premium Outlets on Saturday, police said."
    loc = placed("en", text)
    assert loc is not None and loc.region == "US-TX" and loc.kind == "city"


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía de Hidalgo informó que 30 personas murieron en la explosión.",
        "El Gobierno de Hidalgo confirmó la muerte de 30 personas en la explosión.",
    ],
)
def test_an_office_named_after_a_state_is_the_states(text: str) -> None:
    # not the small town Hidalgo in Nuevo León
    loc = placed("es", text)
    assert loc is not None and loc.key == "province:MX-HID"


@pytest.mark.parametrize(
    ("written", "key"),
    [("Jammu-Kashmir", "province:IN-JK"), ("Bosnia-Herzegovina", "country:BA")],
)
def test_two_names_joined_by_a_hyphen_for_and(written: str, key: str) -> None:
    from core.places import resolve_location

    assert resolve_location(written).key == key


def test_a_hyphenated_pair_of_surnames_stays_a_name() -> None:
    from core.places import resolve_location

    assert resolve_location("Pinewick-Oakdale").kind == "name"
