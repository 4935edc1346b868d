"""Where the hurt are treated is no spread of incidents: 'many of them remain in hospitals across the city' keeps
'About 225 people were wounded' the incident's own figure, while '12 people were shot across the city over the
weekend' is a count over the city's incidents."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed 100 people. About 225 people were wounded, and many of them remain in hospitals across "
         "the city.", ("100", "225:about")),
        ("The quake killed 40 people and injured 300, who were taken to clinics across the city.", ("40", "300")),
        ("Twelve people were shot across the city over the weekend, police said.", ("-", "-")),
    ],
)  # fmt: skip
def test_hospitals_across_the_city_are_no_round_up(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "en") == expected
