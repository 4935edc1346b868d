"""The dead of one nation told beside a disaster's larger toll are that nation's share, not the toll."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import KILLED, ArticleInput, Role


def _headline_killed(text: str, title: str) -> int | None:
    claims = extract(ArticleInput(text=text, title=title)).claims
    chosen = pick_headline(main_incident_claims(claims), KILLED)
    return None if chosen is None else chosen.value


@pytest.mark.parametrize(
    ("title", "text", "toll"),
    [
        (
            "Shrine crush toll rises",
            "The crush at the shrine killed 412 pilgrims, officials said on Thursday. Four Turkish pilgrims died in "
            "the crush, the ministry in Ankara said. Officials later said two Turkish pilgrims died, not four.",
            412,
        ),
        (
            "Ferry sinking: embassy counts its dead",
            "At least 120 people died when the ferry sank off the cape. Eleven Indonesian nationals were killed, "
            "the embassy said. Eleven Indonesian nationals were killed in all, a consul repeated on Sunday.",
            120,
        ),
        (
            "Quake: families wait for news",
            "The earthquake killed 2,310 people across the region. Six British tourists died in the collapse of a "
            "hotel, the Foreign Office said, and six British tourists are still being identified.",
            2310,
        ),
    ],
)
def test_a_nations_dead_beside_a_larger_toll_are_a_share(title: str, text: str, toll: int) -> None:
    assert _headline_killed(text, title) == toll


def test_a_nations_dead_with_no_larger_toll_are_the_toll() -> None:
    text = "Two Mexican nationals were killed in a shooting on Main Street on Friday night, police said."
    assert _headline_killed(text, "Two killed in Main Street shooting") == 2


def test_a_small_toll_beside_them_leaves_them_as_they_are() -> None:
    text = (
        "A gunman killed three people at a bus stop on Friday. Two Mexican nationals were killed, the consulate said."
    )
    claims = extract(ArticleInput(text=text, title="Three killed at bus stop")).claims
    assert not any(c.metric == KILLED and c.role is Role.SUBSET for c in claims)
