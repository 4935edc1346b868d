"""Per-article figures, round 32 (English). Sentences of our own.

A follow-up written days to years after its event (an anniversary, a plea, an inquiry) tells that event's toll in
the past tense, the way a background sentence tells an older event's toll. When the follow-up tells no harm of its
own, the toll in its title or first sentence is the article's figure. A background toll told later in such an
article, after a lead about something else, stays another event's; so does one told in a clause about another event
after the lead's own news of damage ("Fire destroyed a dormitory on Sunday, days after a fire killed 17")."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years ago today, a gunman opened fire at a county fair in Millbrook and killed four people and"
            " wounded nine others. Survivors gathered on Saturday to remember them.",
            (4, 9),
        ),
        (
            "A 31-year-old man charged with killing three people and injuring two at a bowling alley in Dorset last"
            " month pleaded guilty on Tuesday. Sentencing is set for June.",
            (3, 2),
        ),
        (
            "One year ago, a truck bomb tore through the market in Sarpur and killed 38 people. Traders say the"
            " rebuilt stalls are still half empty.",
            (38, None),
        ),
    ],
)
def test_a_follow_ups_own_event_told_in_the_past_is_its_figure(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police are investigating after shots were fired into a house on Oak Street late Monday. Last month, two"
            " people were killed in a shooting on the same block.",
            (None, None),
        ),
        (
            "A teenager was wounded in a drive-by shooting on Monday night. Last year, three people were killed in"
            " a shooting at the same park.",
            (None, 1),
        ),
        (
            "Fire destroyed a dormitory at a boarding school on Sunday night, days after a school fire in another"
            " county killed 17 boys.",
            (None, None),
        ),
        ("Mourners gathered on Sunday, a week after a gunman killed eight people at a mall.", (8, None)),
    ],
)
def test_a_background_toll_after_a_lead_of_its_own_stays_another_events(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# The dead and the hurt denied together ("No one was killed or injured") are one zero for each harm. A sentence that
# denies a harm never counts one person ("No deputy was hurt" is no hurt deputy). When only the attacker was hurt,
# that is the figure beside a zero told of everyone.
@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "A fire swept through a warehouse on Monday night. No one was killed or injured, the owner said.",
            None,
            (0, 0),
        ),
        ("Deputies arrested a man after a standoff on Sunday. No deputy was hurt.", None, (None, None)),
        ("A man was shot by police on Sunday. No officer was injured.", None, (None, 1)),
        (
            "Deputies exchanged gunfire with a man outside a motel on Monday night. No one was hurt, the sheriff said.",
            "Suspect wounded in shootout with deputies",
            (None, 1),
        ),
    ],
)
def test_a_denied_harm_counts_no_one(text: str, title: str | None, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, title=title, published_at=_DAY) == expected


# People counted by kin and age words in the plural ("the fire killed 10 newborns", "three nephews were hurt").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire in the maternity ward killed 10 newborns on Friday.", (10, None)),
        ("Three nephews of the mayor were hurt when the stand collapsed.", (None, 3)),
    ],
)
def test_people_told_by_a_kin_word_in_the_plural(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
