"""'None of the eight people shot was killed': the number after 'none of the' is a group's size, of which no one
died, never a toll (`core.extract.binder.bind_number`)."""

import pytest

from core.extract import extract
from core.models import KILLED, ArticleInput


def _killed(text: str) -> list[int | None]:
    result = extract(ArticleInput(text=text, title=None, published_at=None, language="en"))
    return [c.value for c in result.claims if c.metric == KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "None of the eight people shot on Saturday night was killed, police said.",
        "None of the eight people who were shot at the party died.",
        "Neither of the two men shot outside the store was killed.",
        "None of the three people inside the house was killed when the car struck it.",
    ],
)
def test_the_size_of_a_group_none_of_which_died_is_no_toll(text: str) -> None:
    assert all(v == 0 for v in _killed(text)), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three of the eight people shot at the party died, police said.", 3),
        ("The blast killed eight people, none of them children.", 8),
        ("Eight people were killed; none of the victims has been named.", 8),
    ],
)
def test_a_toll_beside_a_none_is_still_read(text: str, killed: int) -> None:
    assert killed in _killed(text)
