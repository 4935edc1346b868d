"""'... late Thursday, a day after a school shooting': the sentence's own incident is Thursday's, the shooting it
names in passing the day before. Sentences of our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput

_FRIDAY = datetime(2031, 5, 9, 6)  # published the next morning


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot dead eight people and wounded 14 in villages near the town of Mladen, south of the capital, "
        "late Thursday, a day after a school shooting in the capital.",
        "A gunman killed eight people in two villages late Thursday, a day after a school shooting in the capital.",
    ],
)
def test_the_sentences_own_incident_keeps_its_day(text: str) -> None:
    claims = extract(ArticleInput(text=text, published_at=_FRIDAY)).claims
    killed = [c for c in claims if c.metric == "killed" and c.value == 8]
    assert killed and killed[0].incident_date == date(2031, 5, 8)


def test_a_later_step_still_dates_the_day_before() -> None:
    text = "Police arrested a man on Friday, a day after a gunman shot dead two people at a bar."
    claims = extract(ArticleInput(text=text, published_at=datetime(2031, 5, 10, 6))).claims
    killed = [c for c in claims if c.metric == "killed" and c.value == 2]
    assert killed and killed[0].incident_date == date(2031, 5, 8)
