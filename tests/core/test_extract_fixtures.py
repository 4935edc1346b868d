"""End-to-end on the hand-written fixture articles in tests/fixtures/articles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Role

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"

# file -> (headline killed, headline wounded, (killed low, killed high))
EXPECTED = {
    "001_flood.txt": (14, 27, (14, None)),
    "002_shooting.txt": (1, 3, (1, 1)),
    "003_attack.txt": (9, 30, (9, 9)),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_headlines(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    claims = extract(ArticleInput(text=text)).claims
    for c in claims:
        assert text[c.start : c.end] == c.quote
    main = main_incident_claims(claims)
    killed, wounded, bounds = EXPECTED[name]
    k, w = pick_headline(main, "killed"), pick_headline(main, "wounded")
    assert k is not None and (k.value, (k.low, k.high)) == (killed, bounds)
    assert w is not None and w.value == wounded


def test_fixture_roles_and_noise() -> None:
    text = (FIXTURES / "001_flood.txt").read_text(encoding="utf-8")
    claims = extract(ArticleInput(text=text, published_at=datetime(2024, 3, 4))).claims
    summary = {(c.metric, c.value, c.role) for c in claims}
    assert ("killed", 3, Role.SUBSET) in summary
    assert ("missing", 31, Role.TOTAL) in summary
    assert ("displaced", 2500, Role.TOTAL) in summary
    assert ("houses destroyed", 120, Role.TOTAL) in summary
    assert any(c.role is Role.BACKGROUND and c.value == 200 for c in claims)
    # The repeated lead paragraph of the shooting story is counted once.
    shooting = (FIXTURES / "002_shooting.txt").read_text(encoding="utf-8")
    shot = [c for c in extract(ArticleInput(text=shooting)).claims if c.metric == "shot" and c.quote == "Four"]
    assert len(shot) == 1
