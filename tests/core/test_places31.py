"""Places (round 30, places31): which place is the scene. Where the victims were before (an event they survived)
or where the hurt were treated is not the scene; a venue's word is no town; a people's adjective or an acronym
glued to a place in a headline is no part of it; suffixed place names in the languages that join their case
endings or particles. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import SPOT_ONLY, article_locations, resolve_location
from tests.core.places_kit import placed


def _claim_places(language: str, text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    return [(c.value, c.location) for c in claims]


def test_a_place_the_victims_survived_before_is_no_scene() -> None:
    text = (
        "A gunman killed 12 people at a dance hall in Thousand Oaks on Wednesday. Two of the dead had survived the "
        "2017 shooting in Las Vegas, relatives said."
    )
    assert "Las Vegas" not in {where for _, where in _claim_places("en", text)}
    loc = placed("en", text)
    assert loc is not None and loc.label == "Thousand Oaks, CA"


def test_a_place_the_victims_survived_in_a_dated_earlier_event_is_no_scene_even_alone() -> None:
    text = (
        "Nine people were killed at a crowded bar late on Saturday. One of them had survived the shooting in Las "
        "Vegas last year, his sister said."
    )
    loc = placed("en", text)
    assert loc is None or loc.label != "Las Vegas, NV"


def test_a_place_survivors_speak_of_stays_the_scene_when_the_text_names_no_other() -> None:
    text = "Survivors of the blast in Beirut said at least 40 people were killed on the waterfront."
    loc = placed("en", text)
    assert loc is not None and loc.label == "Beirut, LB"


def test_where_the_hurt_died_in_care_is_no_place_of_theirs_in_portuguese() -> None:
    text = (
        "O desabamento de um prédio em Lisboa matou nove pessoas. Mais duas vítimas morreram no hospital de Santa "
        "Maria no sábado."
    )
    claims = extract(ArticleInput(text=text, title=None, language="pt")).claims
    article = ArticleFacts("r", "", claims, None, None, (), text, None)
    places = article_locations(article)
    labels = {places[c.location].label for c in claims if c.location}
    assert "Lisbon, PT" in labels and not any(label.endswith(", BR") for label in labels)


def test_a_saints_hospital_is_no_town_of_that_name() -> None:
    text = "Um incêndio num lar em Lisboa matou seis idosos. Um dos feridos morreu no hospital de São José ontem."
    loc = placed("pt", text)
    assert loc is not None and loc.label == "Lisbon, PT"


@pytest.mark.parametrize(
    "text",
    [
        "Ein Angestellter hat in einer Bank in Louisville vier Kollegen erschossen.",
        "In einem Supermarkt in Louisville hat ein Mann vier Menschen erschossen.",
    ],
)
def test_a_german_noun_after_an_indefinite_article_is_no_town(text: str) -> None:
    assert {where for _, where in _claim_places("de", text)} == {"Louisville"}


def test_a_german_venue_alone_is_no_town() -> None:
    loc = placed("de", "Bei einem Überfall in einer Bank wurden drei Menschen getötet, teilte die Polizei mit.")
    assert loc is None or loc.kind == SPOT_ONLY


@pytest.mark.parametrize("name", ["Old National Bank", "Riverside Bar & Grill", "Golden Nugget Casino", "Bank"])
def test_a_named_venue_is_no_town(name: str) -> None:
    assert resolve_location(name).kind == SPOT_ONLY


def test_a_named_venue_in_a_text_that_names_its_town_is_that_town() -> None:
    text = (
        "Four people were killed when a gunman opened fire at Old National Bank on Monday morning. The bank's "
        "tower stands on Main Street in downtown Louisville."
    )
    loc = placed("en", text, "Four killed at Old National Bank")
    assert loc is not None and loc.label == "Louisville, KY"


def test_a_towns_own_police_places_a_report_that_names_only_a_venue() -> None:
    text = (
        "An officer shot while answering the call to the attack at Old National Bank that killed five employees "
        "has left the hospital, Louisville Metro Police said on Friday."
    )
    loc = placed("en", text)
    assert loc is not None and loc.label == "Louisville, KY"


@pytest.mark.parametrize(
    ("title", "adjective"),
    [
        ("Death toll in Turkish ski resort fire climbs to 70", "Turkish"),
        ("Toll in Iraqi COVID ward blaze rises to 80", "Iraqi COVID"),
        ("Fire in Greek ICU ward kills nine", "Greek ICU"),
    ],
)
def test_a_peoples_adjective_in_a_headline_is_no_place(title: str, adjective: str) -> None:
    places = _claim_places("en", "The toll rose again on Friday, officials said.", title)
    assert all(where != adjective and (where or "").split()[:1] != adjective.split()[:1] for _, where in places)


def test_an_acronym_glued_after_a_place_in_a_headline_is_no_part_of_it() -> None:
    title = "4 dead in Colorado Springs LGBTQ bar shooting"
    places = _claim_places("en", "Four people died and 17 were hurt, police said.", title)
    assert ("Colorado Springs LGBTQ" not in {where for _, where in places}) and (4, "Colorado Springs") in places
    loc = placed("en", "Four people died and 17 were hurt, police said.", title)
    assert loc is not None and loc.label == "Colorado Springs, CO"


def test_a_place_written_with_its_acronym_stays_whole() -> None:
    assert (3, "Washington DC") in _claim_places("en", "Three people were shot dead in Washington DC on Friday.")


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("tr", "Bolu'daki otelde çıkan yangında 70 kişi öldü.", "Bolu, TR"),
        ("tr", "Bolu'da bir otelde çıkan yangında 70 kişi öldü.", "Bolu, TR"),
        ("tr", "Bolu'nun dağ ilçesindeki otelde çıkan yangında 70 kişi öldü.", "Bolu, TR"),
        ("tr", "İstanbul'daki patlamada altı kişi öldü.", "Istanbul, TR"),
        ("id", "Ledakan di Istanbul menewaskan enam orang.", "Istanbul, TR"),
        ("ko", "이스탄불에서 발생한 폭발로 6명이 숨졌다.", "Istanbul, TR"),
        ("ko", "이스탄불의 거리에서 발생한 폭발로 6명이 숨졌다.", "Istanbul, TR"),
        ("ja", "イスタンブールの繁華街で爆発が起き、6人が死亡した。", "Istanbul, TR"),
        ("ja", "ボルのホテルで火災が発生し、70人が死亡した。", "Bolu, TR"),
    ],
)
def test_a_place_with_a_joined_case_ending_or_particle_is_read_as_the_place(
    language: str, text: str, label: str
) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.label == label
