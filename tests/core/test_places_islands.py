"""Islands and peninsulas as places: sentences of our own in the styles of island disasters (a quake on an
Indonesian island, wildfires on a Hawaiian island) reported by outlets of other countries."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import ArticleFacts
from core.places import main_location, resolve_location
from core.places.reading import _text_context
from core.similarity import fingerprint
from tests.core.eventkit import make_claim


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Maui", "Maui County, HI"),  # the island is the county
        ("Lombok", "West Nusa Tenggara"),  # the island lies in the province
        ("Mallorca", "Balearic Islands"),
        ("Noto Peninsula", "Ishikawa"),
    ],
)
def test_an_island_is_the_division_that_is_it_or_holds_it(written: str, label: str) -> None:
    assert resolve_location(written).label == label


def test_an_island_is_not_a_namesake_town_of_another_country() -> None:
    # "Bāli" is a town of 300,000 in India; news writing "Bali" means the island unless the text is India's.
    assert resolve_location("Bali").region == resolve_location("Denpasar", "ID").region
    assert resolve_location("Bali", "IN").region is not None and resolve_location("Bali", "IN").region.startswith("IN")


def test_on_and_across_place_things_only_on_an_island() -> None:
    mentions = _text_context("Fires swept across Maui on Tuesday. Crews worked on Main Street and on Sunday.").mentions
    assert mentions == ("Maui",)


def report(article_id: str, title: str, text: str, url: str, when: str, killed: int) -> ArticleFacts:
    claim = make_claim("killed", killed, location=None, incident_date=None)
    published = datetime.fromisoformat(when)
    return ArticleFacts(article_id, url.split("/")[2], (claim,), published, title, fingerprint(text, title), text, url)


def test_reports_of_an_island_quake_from_three_countries_are_one_event() -> None:
    reports = [
        report(
            "w", "Quake on Lombok kills 60",
            "A strong earthquake struck the Indonesian island of Lombok on Sunday evening, killing at least 60 "
            "people, the disaster agency said.",
            "https://wire.example.com/w", "2031-08-06T08:00:00", 60,
        ),
        report(
            "u", "Lombok earthquake: toll rises",
            "The death toll from the earthquake on Lombok has risen to 82, officials said.",
            "https://paper.example.co.uk/u", "2031-08-07T08:00:00", 82,
        ),
        report(
            "a", "",
            "Rescuers on Lombok kept digging on Tuesday as the toll climbed to 98, the agency said.",
            "https://news.example.com.au/a", "2031-08-07T20:00:00", 98,
        ),
    ]  # fmt: skip
    for article in reports:
        main = main_location(article)
        assert main is not None and main.label == "West Nusa Tenggara"
    events = group_articles(reports, GroupingSettings())
    assert [sorted(e.article_ids) for e in events] == [["a", "u", "w"]]


def test_an_other_name_with_its_country_never_names_a_namesake_elsewhere() -> None:
    # Our exonym row says "Mecca" is Saudi Arabia's; a village of that name in California is not it.
    assert resolve_location("Mecca").label == resolve_location("Makkah", "SA").label == "Makkah, SA"
    assert resolve_location("Mecca, Saudi Arabia").region == resolve_location("Makkah", "SA").region
