"""Grouping (round 33): a report that merges two events into one (the bridge) must not merge an event it could never
have joined alone; sentences of our own."""

from __future__ import annotations

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import ArticleFacts
from tests.core.test_events_join31 import report


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _teller_shooting() -> list[ArticleFacts]:
    return [
        report(
            "teller",
            "SPOKANE, Wash. - Three people were killed and seven wounded when Darren Holcomb, a former teller, opened "
            "fire inside a downtown credit union on Monday morning, Spokane police said. Holcomb was arrested at the "
            "scene.",
            12,
            title="3 killed, 7 wounded in shooting at Spokane credit union",
        ),
        report(
            "teller2",
            "SPOKANE, Wash. - Police on Tuesday named the three employees killed in Monday's shooting by Darren "
            "Holcomb at the Riverside Avenue credit union. Seven people were wounded, two of them critically. "
            "Holcomb remains in custody.",
            13,
            title="Victims of Spokane credit union shooting identified",
        ),
    ]


def _barbecue_first_alert() -> ArticleFacts:
    return report(
        "bbq",
        "CHENEY, Wash. - Two men died and three other people were hurt after shots were fired at a family barbecue "
        "in a city park late on Saturday, officers said.",
        18,
        title="Two dead, three hurt at Cheney park barbecue",
    )


def test_a_report_recounting_an_earlier_shooting_by_its_gunmans_name_does_not_merge_the_two() -> None:
    """The barbecue's second report names the credit union's gunman, as that shooting's reports do, only to recount
    it as another, earlier shooting: it could never have joined that event alone, so it does not bridge it into
    its own."""
    recount = report(
        "bbq2",
        "CHENEY, Wash. - Two men were shot dead and three other people wounded when gunfire broke out at a barbecue "
        "in a city park on Saturday night, police said. The shooting came five days after Darren Holcomb killed "
        "three people at a downtown credit union in Spokane. Holcomb is still held in the county jail.",
        18,
        title="2 dead, 3 hurt in shooting at Cheney park barbecue",
    )
    held = _holders([*_teller_shooting(), _barbecue_first_alert(), recount])
    assert held["teller"] == held["teller2"]
    assert held["bbq"] == held["bbq2"]
    assert held["bbq2"] != held["teller"]


def test_a_later_report_naming_the_gunman_still_joins_his_shooting() -> None:
    """The counterpart: a report of the credit union shooting itself, days on and filed from the next town, that
    names the gunman is that shooting's, and the bridge still holds it there."""
    later = report(
        "teller3",
        "CHENEY, Wash. - Darren Holcomb, charged with killing three people at a Spokane credit union on Monday, "
        "appeared in court on Friday. Holcomb pleaded not guilty; seven people were wounded in the shooting.",
        16,
        title="Credit union gunman pleads not guilty",
    )
    held = _holders([*_teller_shooting(), later])
    assert held["teller"] == held["teller2"] == held["teller3"]
