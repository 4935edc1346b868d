"""Per-article figures, round 37 (English phrasings). Sentences of our own.

A ranking that names an older disaster by a bare plural ("the deadliest blast since explosions at a depot in X
killed 107") tells that disaster's toll, not the news's. Those who lived through their wounds are the wounded ("the
13 who survived their wounds"), as is someone "in surgery". A report the text calls wrong ("early reports that she
had died were wrong") tells no figure at all. A landmark the story measures its spot from, named by its older toll
("two blocks from the bar where three people were killed"), tells another incident's toll; the attackers' own dead
told beside their victims ("23 hostages and 32 militants had died") are no part of the toll. One person told after a
count of people ("14 pupils and their driver") is one more; "a further 14" and "a family of five" are counts."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)  # a Tuesday


# An older disaster a ranking compares the news with, told by a bare plural and its own verb, commas of its place and
# all; a figure of the news's own day told after the ranking ("with 40 killed") stays the news's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 31 people were killed when a gas truck blew up on a highway outside Morvale on Monday night."
            " It was the deadliest blast in the country since explosions at a navy depot in Port Essen, Calmar"
            " Province, killed 112 people in 2019.",
            (31, None),
        ),
        (
            "A bus fell into a ravine in the hills above Tarnow on Sunday, killing 26 passengers. It is the worst"
            " road accident in the region since floods swept a bridge away and killed 48 people in March.",
            (26, None),
        ),
        (
            "Security forces opened fire on marchers in the capital on Saturday. It was the bloodiest day since"
            " protests began, with 40 killed.",
            (40, None),
        ),
        ("The worst floods since records began have killed 40 people in the province this week.", (40, None)),
    ],
)
def test_an_older_disaster_a_ranking_names_by_a_bare_plural(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# The people who lived through their wounds, and one on the operating table, are the wounded.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A plaque at the library lists the names of the five who died; the nine who survived their wounds are"
            " named on a second plaque.",
            (5, 9),
        ),
        ("Four people died in the fire and 11 survived their injuries, the coroner said.", (4, 11)),
        (
            "A man opened fire in a warehouse in Dunmore on Monday and killed three co-workers, police said. A"
            " wounded woman was in surgery on Monday night.",
            (3, 1),
        ),
        ("Two men were shot outside a bar in Elton late Sunday. Both were undergoing surgery, police said.", (None, 2)),
        # the survivor alone, taken to hospital, is no one counted hurt (as "The pilot is in hospital" is not)
        (
            "Nine people were killed when a small plane crashed near Haldon on Tuesday. The pilot survived and is"
            " being treated at a hospital.",
            (9, None),
        ),
    ],
)
def test_those_who_survived_their_wounds_are_the_wounded(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# What a report the text calls wrong told is no figure; what the text tells before it, or confirms after it, stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "State Senator Lena Ortiz was shot in the shoulder at a town hall in Pell City, and early reports that she"
            " had died were wrong, her spokesman said. At least five other people were wounded.",
            (None, 5),
        ),
        (
            "Rumours that two guards had been killed in the raid proved false, the army said on Tuesday. Three guards"
            " were hurt.",
            (None, 3),
        ),
        (
            "Officials said initial reports that 14 miners had died were premature; six miners were killed and four"
            " were injured.",
            (6, 4),
        ),
        (
            "A report that 30 people were killed in the blast was published on Monday, and the minister said it was"
            " wrong to blame the army.",
            (30, None),
        ),
    ],
)
def test_a_report_the_text_calls_wrong_tells_no_figure(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# A landmark the story measures its own spot from, named by the older toll told there ("four miles from the store where
# three people were killed"), is another incident's toll; mourners outside the bar of the story's own toll are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women were wounded in a drive-by shooting on the east side late Monday, police said. The shooting"
            " happened about three miles from the pharmacy where four people were killed on Sunday.",
            (None, 2),
        ),
        (
            "A teenager was shot and wounded on Friday night. Police said he was standing two blocks from the diner"
            " where a gunman killed six people in 2021.",
            (None, 1),
        ),
        (
            "Three people were killed in a shooting at a bar in Roxford early Saturday. On Sunday, mourners gathered"
            " outside the bar where three people were killed.",
            (3, None),
        ),
    ],
)
def test_a_landmark_named_by_its_older_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# The attackers' own dead told beside their victims are no part of the toll; beside soldiers or police (a clash's two
# sides) both are its dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops retook the oil depot on Thursday after a three-day siege. The army said 17 workers and 9 militants"
            " had died.",
            (17, None),
        ),
        ("The attack on the church killed 14 worshippers and two attackers, the governor said.", (14, None)),
        ("Officials said 11 guests and three gunmen were killed when the hotel was stormed.", (11, None)),
        ("Fighting near the border killed 8 soldiers and 25 militants on Monday.", (33, None)),
    ],
)
def test_the_attackers_dead_beside_their_victims(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected


# A count of people told with one more person of theirs ("14 pupils and their driver", "two children and their
# mother") counts that person too; the words between a harm verb and its count ("injured a further 14", "killed a
# family of five") leave the count its own (a father of three is one person).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve pupils and their teacher were injured when the minibus overturned on Monday.", (None, 13)),
        ("A coach left the road near Wexley, injuring 22 passengers and the driver.", (None, 23)),
        ("Two boys and their grandmother were killed in the house fire.", (3, None)),
        ("The gas blast killed two workers and injured a further 19.", (2, 19)),
        ("The landslide killed a family of six in the village of Orra on Sunday.", (6, None)),
        ("The crash killed a father of three on the bypass on Sunday.", (1, None)),
    ],
)
def test_one_more_person_and_the_words_before_a_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY) == expected
