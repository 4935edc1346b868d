"""A harm someone tried, threatened or planned to do is no harm done: "tried to kill three people" counts no dead.
The other languages read this from their ATTEMPTED lexicons; English from ATTEMPTED_BEFORE_TO."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _killed(text: str) -> list[int]:
    return [c.value for c in extract(ArticleInput(text=text)).claims if c.metric == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "A man was charged with attempting to kill two people.",
        "The man tried to kill three people, police said.",
        "He threatened to kill four hostages before surrendering.",
        "Prosecutors say the pair were plotting to kill 20 worshippers.",
        "Police said he tried to kill his wife.",
    ],
)
def test_a_harm_only_meant_counts_no_dead(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("He was charged with killing three people and trying to kill two others.", [3]),
        ("Police said he tried to kill his wife and then killed two neighbors.", [2]),
        ("The gunman set out to kill as many people as he could and killed three people.", [3]),
        ("The suspect, who had threatened to kill a deputy, killed two people at the bank.", [2]),
    ],
)
def test_a_harm_done_beside_one_only_meant_still_counts(text: str, killed: list[int]) -> None:
    assert _killed(text) == killed
