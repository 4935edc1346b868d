"""Grouping (round 38): an early report of others hurt without a count; sentences of our own.

Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

import pytest

from core.events.uncounted import tells_uncounted_hurt
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report

# ---------------------------------------------------------------------------------------------------------
# An early report of a small toll "and several others wounded": no lone victim beside the later count


def _march_ambush() -> list[ArticleFacts]:
    """Snipers fired on officers at the end of a march in Tulsa on Saturday night (the 10th): the later counts."""
    return [
        report(
            "count",
            "Five officers died and nine more were wounded in a sniper ambush at the close of a protest march in "
            "Tulsa, the police chief said on Sunday. One suspect was killed by a police robot.",
            11,
            title="Five officers killed, nine wounded in Tulsa sniper ambush",
        ),
        report(
            "count2",
            "The Tulsa police chief said five officers were killed and nine wounded by snipers firing from a "
            "garage at the end of Saturday's march; two civilians were also hurt.",
            11,
            title="Tulsa ambush: five officers dead",
        ),
    ]


def test_an_early_report_of_two_dead_and_several_others_wounded_joins_the_later_count() -> None:
    """The first report: two deputies killed "and several others wounded", sent with no date and in other words.
    Its others hurt are not counted, so it is no report of a lone victim or two beside the ambush: it is the
    ambush's."""
    early = report(
        "early",
        "Two deputies were killed and several others wounded on Saturday night when shots rang out near the end "
        "of a march downtown, the sheriff's office said. Marchers fled into side streets.",
        None,
        title="Two deputies shot dead, others wounded as gunfire erupts at Tulsa march",
    )
    held = holders([*_march_ambush(), early])
    assert held["count"] == held["count2"]
    assert held["early"] == held["count"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Two officers were killed and several others wounded on Thursday night.", True),
        ("One man died and many more were injured in the blast.", True),
        ("Deux policiers ont été tués et plusieurs autres blessés.", True),
        ("Dos agentes murieron y varios otros resultaron heridos.", True),
        ("Zwei Polizisten starben, mehrere weitere wurden verletzt.", True),
        ("Two officers were killed and three others wounded.", False),
        ("A man was shot dead; nobody else was hurt.", False),
        ("One person died and one more was injured.", False),
    ],
)
def test_others_hurt_without_a_count_are_told(text: str, told: bool) -> None:
    assert tells_uncounted_hurt(None, text) is told
