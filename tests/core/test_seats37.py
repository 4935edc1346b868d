"""Places (round 37, places41): an office's seat in English is where the source speaks from, not the scene.

A town right after an office that sits there and 'in' ('the embassy in Wellington said', 'a court in Lüneburg
heard', 'the judge in Évry', 'an inquest in Oxford') is where the source speaks from; when the text puts the events
in another place, that place is the claim's, not the seat (as the other languages' seat words already were). Police
in a town are no such office: they work where things happen. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("text", "seat", "scene"),
    [
        (
            "A tour bus overturned on a mountain road in Bali on Sunday. Two New Zealanders were killed and five "
            "hurt, the embassy in Wellington said.",
            "Wellington",
            "Bali",
        ),
        (
            "A warehouse burned down in Winsen last March. Three workers were killed in the blaze, a court in "
            "Lüneburg heard on Monday.",
            "Lüneburg",
            "Winsen",
        ),
        (
            "A crowd surged at an open-air concert in Corbeil-Essonnes in June. Four people died in the crush, the "
            "judge in Évry said on Friday.",
            "Évry",
            "Corbeil-Essonnes",
        ),
        (
            "Two Britons drowned off a beach in Phuket in 2023. Both men died of drowning, an inquest in Oxford heard.",
            "Oxford",
            "Phuket",
        ),
    ],
)
def test_an_offices_seat_is_not_the_scene_the_text_names(text: str, seat: str, scene: str) -> None:
    claims = extract(ArticleInput(text=text, title=None, language="en")).claims
    assert claims and all(c.location != seat for c in claims)
    loc = placed("en", text)
    assert loc is not None and loc.label.startswith(scene)


def test_police_in_a_town_are_still_at_the_scene() -> None:
    text = "A fire in Winsen killed two people on Sunday. Police in Lüneburg said a third man was hurt."
    claims = extract(ArticleInput(text=text, title=None, language="en")).claims
    assert any(c.location == "Lüneburg" for c in claims)
