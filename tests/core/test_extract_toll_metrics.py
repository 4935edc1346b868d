"""'The number of people missing / displaced / arrested rose to N': the toll phrasing of the other metrics, read as
the dead's and the hurt's already are (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_value


@pytest.mark.parametrize(
    ("text", "metric", "expected"),
    [
        ("The number of people missing after the mudslide rose to 38, rescuers said.", "missing", 38),
        ("The number of residents displaced by the flooding has climbed to 14,500.", "displaced", 14500),
        ("Police said the number of people arrested after the clashes rose to 73.", "arrested", 73),
        ("The number of fishermen missing at sea now stands at 11.", "missing", 11),
        # a toll of each kind in one sentence keeps each its own
        ("The number of people killed rose to 9, and the number of people missing rose to 27.", "killed", 9),
        ("The number of people killed rose to 9, and the number of people missing rose to 27.", "missing", 27),
    ],
)
def test_the_toll_phrasing_of_the_other_metrics(text: str, metric: str, expected: int) -> None:
    assert headline_value(text, metric) == expected


def test_a_count_of_things_told_as_a_toll_is_no_count_of_people() -> None:
    text = "The number of homes destroyed by the fire rose to 240, and 3 people are missing."
    assert headline_value(text, "missing") == 3
    assert headline_value(text, "displaced") is None
