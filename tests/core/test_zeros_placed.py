"""A stated zero is placed as any figure of its sentence would be (sentences of our own)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.extract import extract
from core.models import ArticleInput


def _zero_places(text: str) -> list[tuple[str, int, str | None]]:
    published = datetime(2031, 5, 12, 18, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, published_at=published, language="en")).claims
    return [(c.metric, c.value, c.location) for c in claims]


def test_a_zero_told_after_the_sentence_naming_the_town_takes_that_town() -> None:
    text = (
        "Police swarmed a church in Tulsa on Monday evening after reports of gunfire during a service. "
        "No injuries were reported so far, police said."
    )
    assert _zero_places(text) == [("wounded", 0, "Tulsa")]


def test_a_zero_in_the_sentence_naming_its_town_takes_it() -> None:
    text = "A gas leak forced hundreds out of an office tower on Monday. No one was hurt in Leeds, firefighters said."
    assert _zero_places(text) == [("wounded", 0, "Leeds")]


def test_a_zero_with_no_town_told_stays_unplaced() -> None:
    text = "A gas leak forced hundreds out of an office tower on Monday. No one was hurt, firefighters said."
    assert _zero_places(text) == [("wounded", 0, None)]
