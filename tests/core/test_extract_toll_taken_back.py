"""A toll its source took back: 'officials had put the toll at 81 before revising it' is a replaced figure, not the
latest update, so the current figure told elsewhere stands."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 67 people were killed in the fire. Earlier, officials had put the toll at 81 before revising it.",
         "67:at_least"),
        ("Forty people died in the flood, the governor said. The agency had put the death toll at 52 before "
         "correcting it on Sunday.", "40"),
        # a toll that rose is the latest
        ("At least 67 people were killed in the fire. Officials later raised the toll to 81.", "81"),
    ],
)  # fmt: skip
def test_a_toll_taken_back_is_no_update(text: str, killed: str) -> None:
    assert headlines(text, "en")[0] == killed
