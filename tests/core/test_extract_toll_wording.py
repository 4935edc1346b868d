"""How tolls are told, English: a count revised down after an earlier figure a source cited, and remains found as
the dead. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


def _killed(text: str) -> int | None:
    return headline_figures(text, language="en")[0]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The agency has revised the death toll from the floods in the coastal city down to 3,958, citing hospital "
         "records, after earlier citing 11,300 dead from the Red Crescent.", 3958),
        ("The ministry, which previously cited 40 dead, now says 52 people died.", 52),
    ],
)
def test_a_figure_a_source_cited_earlier_is_not_the_toll(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The remains of 79 people have been found so far, officials said.", 79),
        ("Crews recovered the remains of at least 14 victims on Tuesday.", 14),
        ("The toll remains at 12, officials said.", 12),  # the verb, as before
    ],
)
def test_remains_found_are_the_dead(text: str, killed: int) -> None:
    assert _killed(text) == killed
