"""An aside set off by dashes between the people counted and the verb that harms them ("At least eight people — the
youngest 14 — were killed"): read through it as through commas or brackets, and the figure is the one before it,
not a number inside it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least eight people \u2014 the youngest 14 \u2014 were killed when the crowd surged on Friday.", (8, None)),
        ("As many as 148 people \u2013 most of them students \u2013 were killed when gunmen stormed the campus.",
         (148, None)),
        ("At least 12 people - including two children - were killed in the blast on Monday.", (12, None)),
        ("Twenty people \u2014 most of them pilgrims from the north \u2014 died when the bus plunged into a gorge.",
         (20, None)),
        ("Two men \u2014 one 19, the other 23 \u2014 were wounded in the shooting near the park.", (None, 2)),
        # the same asides set off by commas and brackets, read as before
        ("At least 12 people, including two children, were killed in the blast on Monday.", (12, None)),
        ("At least 12 people (including two children) were killed in the blast on Monday.", (12, None)),
    ],
)  # fmt: skip
def test_a_dashed_aside_between_the_count_and_its_verb(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected

