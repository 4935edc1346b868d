"""Per-article figures, round 28: the hurt counted one person at a time across sentences, with no figure for them
all ("A man was shot in the arm. A woman was also shot."), without counting twice those a figure or the dead
already cover. Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in the arm on Elm Street. A woman was also shot, police said.", (None, 2)),
        ("Tom Ruiz was pronounced dead at the scene. His son was shot in the hip. Another man, 30, also suffered a "
         "gunshot wound.", (1, 2)),
        ("Her father was shot four times and her brother was also struck.", (None, 2)),
        ("One man was shot in the knee and another was shot in the foot, deputies said.", (None, 2)),
        ("A man was killed early Sunday. A woman was also shot.", (1, 1)),
        ("A teen was shot Friday. A woman was also shot. She died at the hospital.", (1, 1)),
        # the one shot first is the one who died later: the woman is the only one hurt
        ("A man was shot Friday. He later died at a hospital. A woman was also shot.", (1, 1)),
        # the same person shot twice over is one
        ("A man was shot in the chest Friday. He was also shot in the leg.", (None, 1)),
        # a figure for them all already counts them
        ("Two people were shot Sunday. A man was shot in the leg. A woman was also shot in the arm.", (None, 2)),
        # 'another' after the dead, told again further on, is still one person
        ("One person was killed and another was wounded Friday night on Oak Street. Officers arrived to find the "
         "victims near a car. Another person who was wounded was taken to a hospital.", (1, 1)),
    ],
)
def test_the_hurt_counted_one_by_one_are_summed(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
