"""Grouping (round 30): what ties two reports of one town days apart into one event, what dates an anniversary or a
court report, and what another event's toll named in passing does; sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders


def report(rid: str, text: str, day: int | None, title: str | None = None) -> ArticleFacts:
    """A report published on a day of May 2031 (a Monday is the 12th), extracted as the service does: with its
    publication date, so "on Saturday" dates its incident."""
    published = datetime(2031, 5, day, 18, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _credit_union_shooting() -> list[ArticleFacts]:
    return [
        report(
            "bank",
            "SPOKANE, Wash. - Three people were killed and seven wounded when a former employee opened fire inside "
            "a downtown credit union on Monday morning, Spokane police said.",
            12,
            title="3 killed, 7 wounded in shooting at Spokane credit union",
        ),
        report(
            "bank2",
            "SPOKANE, Wash. - Police on Tuesday named the three employees killed in Monday's shooting at the "
            "Riverside Avenue credit union. Seven people were wounded, two of them critically.",
            13,
            title="Victims of Spokane credit union shooting identified",
        ),
    ]


def test_a_shooting_that_recounts_its_citys_earlier_one_as_past_is_not_that_one() -> None:
    park = report(
        "park",
        "SPOKANE, Wash. - Two men were shot dead and three other people wounded when gunfire broke out at a "
        "barbecue in Mission Park on Saturday night, police said. The shooting came five days after a gunman "
        "killed three people at a downtown credit union.",
        18,
        title="2 dead, 3 hurt in shooting at Spokane park barbecue",
    )
    held = holders([*_credit_union_shooting(), park])
    assert held["bank"] == held["bank2"]
    assert held["park"] != held["bank"]


def test_a_victim_dying_days_later_still_joins_the_shooting_of_its_city() -> None:
    later = report(
        "bank3",
        "SPOKANE, Wash. - A woman wounded in the shooting at a downtown credit union died in hospital on Friday, "
        "raising the number of people killed to four, police said.",
        16,
        title="Fourth victim dies after Spokane credit union shooting",
    )
    held = holders([*_credit_union_shooting(), later])
    assert held["bank"] == held["bank2"] == held["bank3"]


def _two_fires_of_one_city() -> list[ArticleFacts]:
    """A workshop fire and, weeks later, a fire at a shelter for migrants, both in one city."""
    return [
        report(
            "workshop",
            "REYNOSA, Mexico - Nine workers were killed when a fire swept through a textile workshop in Reynosa "
            "on Saturday, the state prosecutor's office said.",
            3,
            title="Fire at Reynosa textile workshop kills 9",
        ),
        report(
            "shelter",
            "REYNOSA, Mexico - At least 38 migrants were killed and 20 injured when a fire broke out at a migrant "
            "shelter in Reynosa on Wednesday night, officials said.",
            29,
            title="Fire at Reynosa migrant shelter kills 38",
        ),
        report(
            "shelter2",
            "REYNOSA, Mexico - The number of migrants killed in Wednesday's fire at the Reynosa shelter rose to 40, "
            "officials said on Friday.",
            31,
            title="Reynosa shelter fire toll rises to 40",
        ),
    ]


def test_an_undated_anniversary_report_joins_its_towns_disaster_of_that_toll() -> None:
    anniversary = report(
        "year",
        "One year on from the Reynosa blaze that killed 41 people, workers and families marched to the state "
        "prosecutor's office on Saturday, the office said.",
        None,
        title="A year on, Reynosa fire victims' families march",
    )
    held = holders([*_two_fires_of_one_city(), anniversary])
    assert held["shelter"] == held["shelter2"] == held["year"] != held["workshop"]


def test_a_report_naming_only_the_venue_joins_the_shooting_placed_there() -> None:
    """The venue's name is its only place (no town, no name the text resemblance reads: "XO"), and its text is
    the victims' names: nothing else ties it to the shooting."""
    placed = report(
        "lounge",
        "BOISE, Idaho - Six people were killed and 14 wounded when a gunman opened fire at Club XO, a bar "
        "downtown, early on Sunday, police said.",
        18,
        title="6 killed, 14 wounded in shooting at Boise bar",
    )
    placed2 = report(
        "lounge2",
        "BOISE, Idaho - Police said on Monday the gunman who killed six people at a downtown bar had been "
        "banned from it a week earlier. Fourteen people were wounded.",
        19,
        title="Boise bar gunman had been banned, police say",
    )
    venue = report(
        "names",
        "The six people killed at Club XO were Dana Whitlock, 29, a bartender; Luis Ortega, 41; Mara Chen, 35; "
        "Ben Adeyemi, 52; Carla Fuentes, 24; and Owen Pratt, 38. Of the 14 people injured, nine had gunshot "
        "wounds.",
        22,
        title="Club XO: the six lives lost",
    )
    held = holders([placed, placed2, venue])
    assert held["lounge"] == held["lounge2"] == held["names"]
