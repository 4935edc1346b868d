"""A toll split into shares in one sentence ("9,057 died in the country, besides more than 52,000 injured, while
3,300 died in the neighbouring one"): the injured told between the shares are the first share's, even where no
place is named, when the report tells the whole's injured otherwise (a figure or "tens of thousands"). With no
other injured told, the share's injured stay the report's figure. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Qualifier

_PUBLISHED = datetime(2031, 3, 9, 9)


def _headline(text: str, language: str, metric: str) -> tuple[int, Qualifier] | None:
    claims = extract(ArticleInput(text=text, language=language, published_at=_PUBLISHED)).claims
    best = pick_headline(main_incident_claims(claims), metric)
    return (best.value, best.qualifier) if best else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The earthquake killed more than 4,000 people in the two countries and injured tens of thousands, "
               "officials said on Tuesday. The northern government said 2,900 people had died on its side of the "
               "border, with more than 9,000 injured, while 1,050 died in the south."),
        ("es", "El terremoto dejó más de 4.000 muertos y decenas de miles de heridos en la región, según las "
               "autoridades. El gobierno del norte informó de que 2.900 personas murieron en su territorio, además "
               "de más de 9.000 heridos, mientras que en el sur murieron 1.050 personas."),
    ],
)  # fmt: skip
def test_the_injured_between_two_shares_are_the_first_shares(language: str, text: str) -> None:
    assert _headline(text, language, "killed") == (4000, Qualifier.MORE_THAN)
    wounded = _headline(text, language, "wounded")
    assert wounded is None or wounded[1] is Qualifier.VAGUE


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        # no other injured told: the share's are the report's figure
        ("en", "Three people were killed in the storms on Sunday, officials said. Two people died and four were "
               "injured in Millbrook, and one died in Ashford when a tree fell on a car.", 4),
        # the injured told after both shares are the whole's
        ("en", "Twelve people were killed in the floods, officials said. Nine people died in the town and three in "
               "the village, and more than 40 were injured, the mayor said. Earlier reports said 30 were hurt.", 40),
    ],
)  # fmt: skip
def test_other_injured_stay(language: str, text: str, wounded: int) -> None:
    got = _headline(text, language, "wounded")
    assert got is not None and got[0] == wounded
