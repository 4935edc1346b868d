"""A toll broken down by place: the injured told with one place's share of the deaths are that place's, not the whole
toll's ('killing at least 25 people across the country ... In Kharkiv, 14 people were killed and 40 wounded ... In
Dnipro, 11 people were killed' has no wounded figure for the whole)."""

from __future__ import annotations

import pytest

from tests.core.world_kit import head_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles struck cities across Ukraine on Thursday, killing at least 25 people, officials said. In "
         "Kharkiv, 14 people were killed and 40 wounded, the regional governor said. In the city of Dnipro, 11 "
         "people were killed, the mayor said.", (25, None)),
        # a whole figure of the injured is the whole's
        ("Russian missiles struck cities across Ukraine on Thursday, killing at least 25 people and injuring 90, "
         "officials said. In Kharkiv, 14 people were killed and 40 wounded, the regional governor said. In the city "
         "of Dnipro, 11 people were killed, the mayor said.", (25, 90)),
        # one place told alone is the incident's own
        ("A missile struck an apartment block in Kharkiv on Thursday. Fourteen people were killed and 40 wounded, "
         "the regional governor said.", (14, 40)),
    ],
)  # fmt: skip
def test_the_injured_of_one_place_are_no_whole_figure(text: str, expected: tuple[int | None, int | None]) -> None:
    assert head_values(text) == expected
