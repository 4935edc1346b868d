"""The five seed articles (read from ../shared/seeds, never copied here) give the expected Ganja figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")

# file index -> (killed, wounded value, wounded low, wounded high)
EXPECTED = {
    0: (1, 4, 4, None),
    1: (1, 32, 32, 32),
    2: (1, 4, 4, 4),
    3: (1, 4, 4, 4),
    4: (9, 34, None, 34),
}


def _claims(index: int) -> tuple[str, tuple[Claim, ...]]:
    path = sorted(SEEDS.glob(f"{index:03d}_*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    return text, extract(ArticleInput(text=text)).claims


def _ganja(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.location in (None, "Ganja")]


@pytest.mark.parametrize("index", sorted(EXPECTED))
def test_seed_headline_figures(index: int) -> None:
    _, claims = _claims(index)
    main = _ganja(main_incident_claims(claims))
    killed, wounded, low, high = EXPECTED[index]
    k = pick_headline(main, "killed")
    w = pick_headline(main, "wounded")
    assert k is not None and k.value == killed
    assert w is not None and (w.value, w.low, w.high) == (wounded, low, high)


@pytest.mark.parametrize("index", sorted(EXPECTED))
def test_seed_quotes_match_source(index: int) -> None:
    text, claims = _claims(index)
    for c in claims:
        assert text[c.start : c.end] == c.quote


def test_seed_dates() -> None:
    for index, expected in ((0, date(2020, 10, 4)), (1, date(2020, 10, 4)), (4, date(2020, 10, 11))):
        _, claims = _claims(index)
        ganja = [c for c in claims if c.location == "Ganja" and c.metric in ("killed", "wounded")]
        assert ganja and all(c.incident_date == expected for c in ganja)


def test_seed_roles() -> None:
    _, c0 = _claims(0)
    beylagan = [c for c in c0 if c.value == 2 and c.metric == "killed"]
    assert beylagan and beylagan[0].location == "Beylagan" and beylagan[0].role is Role.INCREMENT
    assert any(c.value == 30000 and c.role is Role.BACKGROUND for c in c0)
    _, c2 = _claims(2)
    assert any(c.value == 51 and c.role is Role.INCREMENT for c in c2)
    assert any(c.value == 240 and c.role is Role.CUMULATIVE for c in c2)
    _, c3 = _claims(3)
    assert any(c.value == 2 and c.role is Role.PARTIAL for c in c3)
    assert all(c.role is Role.BACKGROUND for c in c3 if c.value >= 1000)
    _, c4 = _claims(4)
    subsets = {(c.metric, c.value) for c in c4 if c.role is Role.SUBSET}
    assert subsets == {("killed", 4), ("wounded", 16), ("wounded", 6)}
    nine = next(c for c in c4 if c.value == 9)
    assert nine.attribution == "the Prosecutor General's Office"
    wounded = next(c for c in c4 if c.value == 34)
    assert wounded.qualifier is Qualifier.UP_TO and wounded.attribution == "the Prosecutor General's Office"


def test_seed_non_counts_are_not_harm_claims() -> None:
    for index in EXPECTED:
        _, claims = _claims(index)
        harm = [c for c in claims if c.metric in ("killed", "wounded")]
        assert not any(
            c.value in (500000, 330000, 1165, 100, 27, 2020) for c in harm if c.qualifier is not Qualifier.VAGUE
        )
