"""A round floor ('more than 1,000', 'at least 50') said more often than the precise count that lies just above it:
the count is the figure the floor stands for. Sums of parts are no stated count.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput


def _killed(text: str, language: str, title: str | None = None) -> int | None:
    claims = list(extract(ArticleInput(text=text, title=title, language=language)).claims)
    head = pick_headline(main_incident_claims(claims), "killed")
    return head.value if head else None


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "en",
            "Quake toll passes 1,000",
            "The toll of the earthquake passed 1,000 on Friday. Rescuers said 1,046 bodies had been recovered so far.",
            1046,
        ),
        (
            "fr",
            "Séisme : le bilan dépasse les 2 000 morts",
            "Le bilan du séisme a dépassé jeudi les 2 000 morts. Selon la protection civile, 2 071 corps ont été "
            "retirés des ruines.",
            2071,
        ),
        (
            "es",
            "Más de 300 muertos por las inundaciones",
            "Las inundaciones dejan más de 300 muertos. El gobierno informó el martes de 312 fallecidos.",
            312,
        ),
        # guards: a sum of two regions' parts is no stated count; a count below the floor is no count of it
        (
            "en",
            "Flood toll passes 200",
            "More than 200 people have died in the floods, with 171 dead in one province and 36 in the other, "
            "officials said.",
            200,
        ),
        (
            "en",
            "More than 300 dead in floods",
            "More than 300 people have died in the floods, officials said. Of the dead, 290 have been identified.",
            300,
        ),
    ],
)
def test_a_round_floor_stands_for_the_precise_count_just_above_it(
    language: str, title: str | None, text: str, expected: int
) -> None:
    assert _killed(text, language, title) == expected
