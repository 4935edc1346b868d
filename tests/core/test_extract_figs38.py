"""Per-article figures, round 35 (English). Sentences of our own.

A court follow-up (a sentence, a plea, a verdict) is written months or years after its event and dates that event by
its year ("for killing nine shoppers at a grocery in 2019"). Read undated, such a sentence is the article's own
event; read with the article's date, its past year made it background and the figure was lost. When the article
tells no harm of its own and its title or lead tells the court step, the harm told by year in its lead or the
sentence after it is the case's own crime, dated or not. An article about something else that recalls a past year's
toll keeps it as history."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_LATER = datetime(2025, 3, 12)  # years after the events below


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Judge sentences Millbrook mall gunman to life",
            "A judge on Tuesday sentenced Carl Dobson to life without parole for killing nine shoppers at the"
            " Millbrook mall in 2021. Dobson also wounded four people, including a security guard.",
            (9, 4),
        ),
        (
            "Mother of teenage gunman convicted of manslaughter",
            "The mother of a teenager who opened fire at Eastvale Middle School was convicted Friday of four counts"
            " of involuntary manslaughter. Her son killed three classmates and a teacher at the school in 2022.",
            (4, None),
        ),
        (
            None,
            "A former nurse pleaded guilty on Monday to setting the 2019 fire at a care home in Dunmore that killed"
            " 14 residents. He will be sentenced in May.",
            (14, None),
        ),
    ],
)
def test_a_court_follow_up_tells_its_case_by_its_year(
    title: str | None, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_LATER) == expected
    assert headline_figures(text, title=title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "City unveils new flood barrier",
            "The city unveiled a new flood barrier on the river on Tuesday. In 2019, floods killed 23 people in the"
            " valley.",
            (None, None),
        ),
        (
            None,
            "Crews held an earthquake drill at the harbour on Monday. The 2011 earthquake killed more than 300 people"
            " in the region.",
            (None, None),
        ),
    ],
)
def test_a_past_years_toll_beside_other_news_stays_history(
    title: str | None, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_LATER) == expected


# A whole told after its parts: a report gives each site's dead first ("killing three people at a bar"), and then the
# toll of the whole rampage with "in all", "in total", "altogether" or "all told" after the figure. That figure is
# the headline, however often a site's smaller figure is restated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman pleaded guilty Monday to killing four people and wounding a fifth at a nail salon near Marietta."
            " He still faces charges in DeKalb County, where prosecutors seek the death penalty for the four deaths at"
            " two Decatur bars. The attacks killed eight people in all.",
            (8, 1),
        ),
        (
            "Two people died when the bus left the road near Arlo, and two more died at the second crash site"
            " further down the pass. The two crashes killed four people in total, police said.",
            (4, None),
        ),
    ],
)
def test_a_whole_told_after_its_parts_is_the_headline(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_LATER) == expected


# Twin disasters: "killed in two landslides" is a toll over several incidents when the two are told apart, but when
# the text tells the second as following from the first ("those buried by the second slide had come to dig out the
# victims of the first") the two are one disaster, and its toll is the headline. Three stampedes in a season, or
# two that the text never orders, stay a toll over several incidents.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Twin mudslides kill 60 in Kerala hills",
            "At least 60 people were killed in two mudslides in a hill district of Kerala, officials said on"
            " Wednesday. Many of those who died in the second mudslide had gone to dig out families buried by the"
            " first one.",
            (60, None),
        ),
        (
            None,
            "So far this season, 67 people have died in three stampedes at pilgrim sites across the state. The"
            " latest, at a temple in Ujjain, killed 12 on Saturday.",
            (12, None),
        ),
    ],
)
def test_a_second_disaster_following_the_first_is_one_toll(
    title: str | None, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title=title, published_at=_LATER) == expected


# The hurt among a group that is no count of hurt people: "Thirty people were pulled from the rubble. Nine of them were
# injured" counts nine injured, the first hurt the text tells. Among the wounded already counted ("Twelve were
# wounded. Three of them were police officers"), the part stays a part.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were confirmed dead and 20 others missing after floodwater swept through a campsite near"
            " Dalat early on Saturday. Of the 80 campers, 57 have been found safe. Nine of them were injured and taken"
            " to hospital.",
            (3, 9),
        ),
        (
            "Two people were killed and twelve were wounded when a gunman opened fire at a bus station in Elmore on"
            " Friday. Three of them were police officers.",
            (2, 12),
        ),
    ],
)
def test_the_hurt_among_a_group_not_counted_as_hurt_are_the_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_LATER) == expected



# A charge counted per victim: "faces three counts of murder, one for each worker killed" tells three killed, when
# the article tells no death figure otherwise. Counts with no victim behind each ("two counts of fraud") count no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The owner of the Riverside fireworks depot was arrested on Friday. He faces three counts of"
            " manslaughter, one for each worker killed in the blast, and a count of reckless endangerment.",
            (3, None),
        ),
        (
            "A driver was charged on Monday with five counts of vehicular assault, one for every pedestrian injured"
            " when his van mounted the pavement on Elm Street.",
            (None, 5),
        ),
        ("A Dover accountant was charged on Monday with two counts of fraud and one count of forgery.", (None, None)),
    ],
)
def test_a_charge_counted_per_victim_counts_the_victims(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_LATER) == expected
