"""Grouping (round 31): another occurrence beside an event of the same town or country and days (a killing across
town, another quake, a van driven into a crowd days after a fire), and where a first alert with no figure goes;
sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import headline_hazards
from core.events.occurrences import another_occurrence
from core.events.pieces import article_pieces
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders


def report(rid: str, text: str, day: int, hour: int, title: str | None = None) -> ArticleFacts:
    """A report published at an hour (UTC) of a day of May 2031 (a Sunday is the 11th), extracted as the service
    does: with its publication time, so "on Saturday" dates its incident."""
    published = datetime(2031, 5, day, hour, 30, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _warehouse_party_shooting() -> list[ArticleFacts]:
    """A mass shooting at a warehouse party early on Sunday the 11th, its first alert with no figure, and a killing
    across town late on Monday whose report names the shooting."""
    return [
        report(
            "alert",
            "FRESNO, Calif. - Police said a gunman opened fire at a crowded warehouse party on Ventura Avenue shortly "
            "after 1 a.m. Sunday. Several people were taken to hospitals and officers asked residents to avoid the "
            "area while they searched the building.",
            11,
            9,
            title="Gunman opens fire at Fresno warehouse party; victims taken to hospitals",
        ),
        report(
            "toll",
            "FRESNO, Calif. - Eleven people were killed and 19 wounded when a gunman opened fire at a warehouse party "
            "early Sunday, Fresno police said. The suspect fled in a pickup truck and was arrested hours later.",
            11,
            15,
            title="11 killed, 19 wounded in Fresno warehouse party shooting",
        ),
        report(
            "toll2",
            "FRESNO, Calif. - Police on Sunday raised the toll of the warehouse party shooting to 11 dead and 19 "
            "wounded. The gunman, a 24-year-old man, was being held without bail.",
            11,
            22,
            title="Fresno warehouse party shooting: 11 dead",
        ),
        report(
            "across",
            "FRESNO, Calif. - A 38-year-old man was found shot dead late Monday outside a house on the city's west "
            "side, police said. Officers said the killing was not linked to Sunday's shooting at a warehouse party "
            "on Ventura Avenue, where a gunman opened fire on a crowd.",
            13,
            6,
            title="Man shot dead on Fresno's west side, police say",
        ),
    ]


def test_a_first_alert_does_not_go_to_a_killing_that_came_after_it_was_published() -> None:
    held = holders(_warehouse_party_shooting())
    assert held["toll"] == held["toll2"]
    assert held["across"] != held["toll"]
    assert held.get("alert") != held["across"]


def test_a_mass_shooting_is_not_the_event_of_a_lone_killing_two_nights_before_in_its_city() -> None:
    concert = report(
        "concert",
        "FRESNO, Calif. - One man, a 26-year-old guitarist, was killed when a gunman opened fire after a concert "
        "at the Tower Theatre on Friday night, police said. The gunman was arrested at the scene.",
        10,
        7,
        title="Guitarist shot dead after Fresno concert",
    )
    held = holders([concert, *_warehouse_party_shooting()])
    assert held["toll"] == held["toll2"]
    assert held["concert"] != held["toll"]


def test_a_mass_shootings_first_low_count_of_its_day_still_joins_it() -> None:
    first = report(
        "first",
        "FRESNO, Calif. - One person was killed when a gunman opened fire at a crowded warehouse party early "
        "Sunday, police said; several others were wounded.",
        11,
        10,
        title="1 dead in shooting at Fresno warehouse party",
    )
    held = holders([first, *_warehouse_party_shooting()])
    assert held["first"] == held["toll"] == held["toll2"]


def _quake(rid: str, text: str, day: int, title: str) -> ArticleFacts:
    return report(rid, text, day, 8, title=title)


def _malatya_quake() -> ArticleFacts:
    """The first report of a quake on Monday the 12th (31 dead), published on the 13th."""
    return _quake(
        "first",
        "MALATYA, Turkey - A magnitude 6.3 earthquake killed 31 people in Malatya province on Monday, the disaster "
        "agency said, and collapsed dozens of buildings.",
        13,
        "Earthquake kills 31 in eastern Turkey",
    )


def test_a_quake_of_the_same_town_on_another_day_with_a_smaller_toll_is_another_quake() -> None:
    first = _malatya_quake()
    second = _quake(
        "second",
        "MALATYA, Turkey - A magnitude 5.8 earthquake struck Malatya province on Sunday, killing nine people and "
        "damaging homes in several villages, the disaster agency said.",
        19,
        "New earthquake kills nine in Malatya",
    )
    held = holders([first, second])
    assert held["first"] != held["second"]


def test_a_quakes_toll_counted_days_later_still_joins_it() -> None:
    first = _malatya_quake()
    later = _quake(
        "later",
        "MALATYA, Turkey - Rescuers pulled more bodies from collapsed buildings in Malatya on Friday, and the "
        "disaster agency said 58 people had been killed by the earthquake.",
        16,
        "Malatya earthquake: 58 dead",
    )
    held = holders([first, later])
    assert held["first"] == held["later"]


def test_a_vehicle_driven_into_people_is_the_roads_kind_of_disaster() -> None:
    assert headline_hazards("Man dies after van hits worshippers near mosque") == frozenset({"road"})
    assert headline_hazards("Car ploughs into crowd at Christmas market") == frozenset({"road"})
    assert headline_hazards("Car bomb kills five at checkpoint") == frozenset({"attack"})
    assert headline_hazards("De hits van het jaar") == frozenset()  # (Dutch: the hits of the year)


def _tower_fire() -> list[ArticleFacts]:
    return [
        report(
            "fire",
            "LEEDS, England - Nine people died when fire tore through a 15-storey tower block in Leeds early on "
            "Tuesday, police said.",
            13,
            12,
            title="Nine dead in Leeds tower block fire",
        ),
        report(
            "fire2",
            "Police said 17 people were now known to have been killed when the blaze swept through the block of "
            "flats in the west of the city. Firefighters were still searching its upper floors.",
            15,
            10,
            title="Leeds blaze: death toll rises to 17",
        ),
    ]


def test_a_van_driven_into_worshippers_days_after_a_fire_is_not_the_fire() -> None:
    van = report(
        "van",
        "LEEDS, England - One man died and eight people were hurt when a van was driven into worshippers leaving "
        "evening prayers at a mosque in Leeds, police said. The driver was detained at the scene.",
        18,
        7,
        title="Man dies after van hits worshippers near Leeds mosque",
    )
    held = holders([*_tower_fire(), van])
    assert held["fire"] == held["fire2"]
    assert held["van"] != held["fire"]


def test_a_report_with_no_figure_telling_a_fire_does_not_join_a_ramming_that_names_the_fire() -> None:
    ramming = [
        report(
            "van",
            "LEEDS, England - One man died and eight people were hurt when a van was driven into worshippers "
            "leaving evening prayers at a mosque in Leeds on Saturday, police said. Four days earlier, the fire at "
            "Hawthorn House had killed 17 people in the west of the city.",
            18,
            7,
            title="Man dies after van hits worshippers near Leeds mosque",
        ),
    ]
    search = report(
        "search",
        "The number of people who are dead or presumed dead after the Hawthorn House fire has risen to 23, police "
        "said. The search of the burned tower may take weeks.",
        18,
        12,
        title="Hawthorn House: 23 now presumed dead",
    )
    held = holders([*_tower_fire(), *ramming, search])
    assert held.get("search") != held["van"]


def test_a_mass_toll_nothing_dates_still_joins_the_shootings_first_count() -> None:
    first = report(
        "first",
        "FRESNO, Calif. - One person was killed when a gunman opened fire at a crowded warehouse party early "
        "Sunday, police said. Several people were hit.",
        11,
        10,
        title="1 dead after shooting at Fresno warehouse party",
    )
    undated = ArticleFacts(
        "undated",
        "outlet-undated",
        extract(
            ArticleInput(
                text="FRESNO, Calif. - Eleven people were killed and 19 wounded when a gunman opened fire at a "
                "warehouse party, Fresno police said.",
                title="11 killed, 19 wounded in Fresno warehouse party shooting",
                language="en",
            )
        ).claims,
        None,
        "11 killed, 19 wounded in Fresno warehouse party shooting",
        fingerprint("Eleven people were killed and 19 wounded when a gunman opened fire at a warehouse party"),
        "FRESNO, Calif. - Eleven people were killed and 19 wounded when a gunman opened fire at a warehouse party, "
        "Fresno police said.",
        None,
    )
    held = holders([first, undated])
    assert held["first"] == held["undated"]


def test_a_quakes_later_report_with_no_toll_of_its_own_is_no_other_quake() -> None:
    """A later report of the quake that gives no death toll we read (the missing counted, the injured) has no toll
    of its own to make it another quake, however late its day (a collapse's 'toll rises to 43' we miss, four days
    on, split it from its bridge)."""
    first = _malatya_quake()
    later = _quake(
        "later",
        "MALATYA, Turkey - Twelve people were still missing on Saturday after the earthquake in Malatya province, "
        "the disaster agency said, as rescuers searched collapsed buildings.",
        18,
        "Malatya earthquake update",
    )
    (event,) = group_articles([first])
    (piece,) = [p for p in article_pieces(later) if p.main]
    assert piece.date is not None and piece.date > event.end_date  # type: ignore[operator]
    assert not another_occurrence(piece, later, event, GroupingSettings(), {"first": first, "later": later})
