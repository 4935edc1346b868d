"""Grouping (round 35): decoys pulled into an event; sentences of our own.

Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import ArticleFacts
from tests.core.test_events_join31 import report


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


# ---------------------------------------------------------------------------------------------------------
# A lone victim the night before a mass shooting, reported first


def _lone_killing_friday() -> ArticleFacts:
    return report(
        "alley",
        "Deputies found a woman shot dead behind a laundromat on Elm Boulevard in east Fresno on Friday night, the "
        "Fresno County Sheriff's Office said. She died at the scene and no arrest has been made.",
        16,
        title="Woman found shot dead in east Fresno Friday night",
    )


def _nightclub_shooting_saturday() -> list[ArticleFacts]:
    return [
        report(
            "club",
            "FRESNO, Calif. - Five people were killed and eleven wounded when gunmen opened fire outside a crowded "
            "nightclub on Tulare Street early Saturday, Fresno police said.",
            17,
            title="5 killed, 11 wounded in shooting outside Fresno nightclub",
        ),
        report(
            "club2",
            "FRESNO, Calif. - Police on Sunday were still searching for the gunmen who killed five people and "
            "wounded eleven outside a Tulare Street nightclub early Saturday.",
            18,
            title="Hunt goes on for gunmen in Fresno nightclub shooting",
        ),
    ]


def test_a_mass_shooting_does_not_join_a_lone_killing_of_the_night_before() -> None:
    """A woman shot dead on Friday night across the city, reported that night, opens an event first. The nightclub
    shooting of early Saturday, five dead and eleven hurt, is no later count of one death on another day: its
    reports stay together and apart from hers, as a lone victim's report arriving after them would."""
    held = _holders([_lone_killing_friday(), *_nightclub_shooting_saturday()])
    assert held["club"] == held["club2"]
    assert held["alley"] != held["club"]


def test_a_first_count_of_the_shooting_on_its_day_still_joins_it() -> None:
    """The counterpart: the first report of the nightclub shooting itself, on its day, with one death known so
    far, is its first count, and the later reports of five dead join it."""
    first = report(
        "club0",
        "FRESNO, Calif. - One person was killed in a shooting outside a nightclub on Tulare Street early Saturday, "
        "police said. Officers are at the scene.",
        17,
        title="1 killed in shooting outside Fresno nightclub",
    )
    held = _holders([first, *_nightclub_shooting_saturday()])
    assert held["club0"] == held["club"] == held["club2"]


# ---------------------------------------------------------------------------------------------------------
# A deadly warehouse fire


def _warehouse_fire() -> list[ArticleFacts]:
    return [
        report(
            "blaze",
            "MEMPHIS, Tenn. - Four workers died when a fire tore through a paint warehouse near the river on Monday "
            "afternoon, the fire department said.",
            12,
            title="Four workers die in Memphis warehouse fire",
        ),
        report(
            "blaze2",
            "MEMPHIS, Tenn. - Investigators on Tuesday began sifting the ruins of the paint warehouse where four "
            "workers died in Monday's blaze.",
            13,
            title="Investigators search ruins of Memphis warehouse fire",
        ),
    ]


# ---------------------------------------------------------------------------------------------------------
# "No one was hurt": a report whose only count is nobody is no report of an event with dead


def test_a_later_scare_in_which_no_one_was_hurt_does_not_join_a_deadly_fire() -> None:
    """Two days after the warehouse fire killed four, a tree fell on a car not far from the ruins, and its driver
    and passenger walked away. The report's only count is nobody, on a day of its own: no stage of a toll that had
    already reached four dead, so it is another event, whatever words and place it shares with the fire's."""
    scare = report(
        "tree",
        "A tree fell on a car on Riverside Drive on Wednesday evening, about a mile from the site of Monday's "
        "deadly warehouse fire in Memphis. The driver and a passenger escaped unhurt, police said.",
        15,
        title="Tree falls on car near Memphis fire site, no one hurt",
    )
    held = _holders([*_warehouse_fire(), scare])
    assert held["blaze"] == held["blaze2"]
    assert held["tree"] != held["blaze"]


def test_a_first_report_of_the_fire_before_its_dead_were_found_still_joins_it() -> None:
    """The counterpart: on the fire's own day, a first report that no one was hurt so far is a stage of the fire's
    story (the dead were found later), and stays with it."""
    first = report(
        "blaze0",
        "MEMPHIS, Tenn. - Firefighters battled a blaze at a paint warehouse near the river on Monday afternoon. No "
        "injuries were reported so far, the fire department said.",
        12,
        title="Fire at Memphis paint warehouse",
    )
    held = _holders([first, *_warehouse_fire()])
    assert held["blaze0"] == held["blaze"] == held["blaze2"]


def test_a_deadly_fire_does_not_join_a_scare_of_days_before_in_which_no_one_was_hurt() -> None:
    """The mirror: the tree fell on the car on Saturday and its report came out first; the warehouse fire that
    killed four on Monday is no later count of that morning's nobody hurt, and its reports make an event of their
    own."""
    scare = report(
        "tree",
        "A tree fell on a car on Riverside Drive on Saturday morning, near the paint warehouses by the river in "
        "Memphis. The driver and a passenger escaped unhurt, police said.",
        10,
        title="Tree falls on car near Memphis riverfront, no one hurt",
    )
    held = _holders([scare, *_warehouse_fire()])
    assert held["blaze"] == held["blaze2"]
    assert held["tree"] != held["blaze"]
