"""Who gave a figure, told in the sentence after it, and names with Arabic particles.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from core.extract import extract
from core.extract.attribution import attribution_in, source_of_figure_before
from core.models import ArticleInput


def test_the_next_sentence_that_announces_the_figure_names_its_source() -> None:
    text = (
        "The death toll from the bridge collapse rose to 61 on Sunday. "
        "Transport Minister Samir al-Haddad announced the new figure, up from 48 the day before."
    )
    claims = [c for c in extract(ArticleInput(text=text, language="en")).claims if c.value == 61]
    assert claims and claims[0].attribution == "Transport Minister Samir al-Haddad"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The mayor confirmed the toll.", "The mayor"),
        (
            "Regional health officials confirmed the latest count, without naming the victims.",
            "Regional health officials",
        ),
        ("Witnesses said the toll could rise.", None),  # a clause about the toll, not its source
        ("The rain stopped the search.", None),
    ],
)
def test_a_sentence_giving_the_source_of_the_figure_before(sentence: str, who: str | None) -> None:
    assert source_of_figure_before(sentence) == who


def test_a_name_with_a_hyphenated_particle_is_one_name() -> None:
    assert attribution_in("Interior Minister Nabil al-Rashid said 14 people died.") == (
        "Interior Minister Nabil al-Rashid",
        False,
    )
