"""Deaths at the scene and deaths after it, told in one sentence, add up: 'Thirty-one people died at the scenes and
four more died later in hospital' is 35 killed. ('Died later' tells a later death, not a later count of the toll.)"""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Thirty-one people died at the scenes and four more died later in hospital.", "35"),
        ("Nine miners were killed in the collapse and two more died later at a hospital in the valley.", "11"),
        ("Eight people were killed instantly; two more died on the way to hospital.", "10"),
        ("Six passengers died in the wreck and one more died en route to the trauma centre, the coroner said.", "7"),
        # a toll that counts its later deaths already
        ("The toll rose to 23 after nine more died later in hospital.", "23"),
    ],
)  # fmt: skip
def test_deaths_after_the_scene_add_to_the_toll(text: str, killed: str) -> None:
    assert headlines(text, "en")[0] == killed
