"""Phenomena from the probe sets of round 15 (sentences of our own)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _sources(text: str, language: str = "en", metric: str = "killed") -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric == metric}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heat killed at least 310 pilgrims near the holy sites, Asian diplomats said Monday.", "Asian diplomats"),
        ("Fourteen miners were killed when the shaft flooded, a source said Friday.", "a source"),
        ("The ferry sank and 45 passengers drowned, a police source said on Sunday.", "a police source"),
    ],
)
def test_a_weekday_after_the_verb_is_no_speaker(text: str, expected: str) -> None:
    assert _sources(text) == {expected}
