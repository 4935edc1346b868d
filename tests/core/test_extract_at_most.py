"""'No more than five' is at most five: the longer qualifier wins over the 'more than' it ends with."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput, Qualifier


def _killed(text: str) -> list[tuple[int, Qualifier]]:
    return [(c.value, c.qualifier) for c in extract(ArticleInput(text=text)).claims if c.metric == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake killed no more than five people, officials said.", [(5, Qualifier.UP_TO)]),
        ("No more than five people were killed in the landslide.", [(5, Qualifier.UP_TO)]),
        ("The crash killed not more than four people.", [(4, Qualifier.UP_TO)]),
        ("The storm killed more than 40 people.", [(40, Qualifier.MORE_THAN)]),
        ("The blast killed at least 12 people.", [(12, Qualifier.AT_LEAST)]),
    ],
)
def test_the_longest_qualifier_before_a_count_bounds_it(text: str, expected: list[tuple[int, Qualifier]]) -> None:
    assert _killed(text) == expected
