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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Ifølge politiet døde 7 mennesker i ulykken på motorvejen.", "politiet (police)"),
        ("sv", "Enligt polisen omkom 3 personer när bussen välte.", "polisen (police)"),
        ("sv", "Minst 6 personer har dött i skogsbranden, uppger den spanska räddningstjänsten.",
         "spanska räddningstjänsten (fire service)"),
        ("da", "Mindst 9 personer er omkommet i oversvømmelserne, oplyser de lokale myndigheder.",
         "lokale myndigheder (authorities)"),
    ],
)  # fmt: skip
def test_a_source_in_a_verb_second_language(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == {expected}


def test_a_place_inside_the_clause_is_no_speaker_in_swedish() -> None:
    text = "Minst 4 personer har dött i branden norr om Göteborg, uppger den lokala räddningstjänsten."
    assert _sources(text, "sv") == {"lokala räddningstjänsten (fire service)"}
